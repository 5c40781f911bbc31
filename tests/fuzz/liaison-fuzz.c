/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-fuzz.c: what the fuzz targets share: set-up and the checks every input must pass.
 *
 * Beyond not crashing, leaking or running into undefined behaviour (the
 * sanitizers see to that), every input must keep these promises: a
 * refusal names the file; whatever loads or imports saves and loads back
 * exactly; a failed import leaves the document as it was; an import is
 * one step that undo takes back completely. A broken promise aborts, and
 * libFuzzer keeps the input.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "liaison-fuzz.h"
#include "liaison-json.h"

/* Two organizations for imports to match by name, in two languages. */
static const char base_document[] =
  "{\n"
  "  \"format\": \"liaison\",\n"
  "  \"version\": 1,\n"
  "  \"organizations\": [\n"
  "    { \"id\": \"org-wego\", \"name\": { \"en\": \"World Smart Sustainable Cities Organization\" },\n"
  "      \"short_name\": \"WeGO\", \"kind\": \"international\", \"country\": \"KR\" },\n"
  "    { \"id\": \"org-busan\", \"name\": { \"en\": \"Busan Metropolitan City\", \"ko\": \"부산광역시\" },\n"
  "      \"kind\": \"city\", \"country\": \"KR\" }\n"
  "  ]\n"
  "}\n";

/* A critical or a warning on bad input is a bug in Liaison, and so is a
 * broken promise (g_error). abort() rather than GLib's breakpoint trap,
 * so that libFuzzer sees a crash and keeps the input. */
static GLogWriterOutput
abort_on_trouble (GLogLevelFlags   log_level,
                  const GLogField *fields,
                  gsize            n_fields,
                  gpointer         user_data)
{
  g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    abort ();

  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (abort_on_trouble, NULL, NULL);

  return 0;
}

LiaisonDocument *
liaison_fuzz_base_document (void)
{
  g_autoptr(GError) error = NULL;
  LiaisonDocument *document = liaison_json_load_data (base_document, strlen (base_document), "base.liaison", &error);

  if (document == NULL)
    g_error ("the base document does not load: %s", error->message);

  return document;
}

/* A refusal says which file it is about, in valid UTF-8. */
void
liaison_fuzz_check_error (const GError *error,
                          const char   *display_name)
{
  if (error == NULL)
    g_error ("failed without an error");
  if (!g_utf8_validate (error->message, -1, NULL))
    {
      g_autofree char *escaped = g_strescape (error->message, NULL);

      g_error ("the error message is not valid UTF-8: %s", escaped);
    }
  if (!g_str_has_prefix (error->message, display_name))
    g_error ("the error message does not start with the file's name: %s", error->message);
}

/* Whatever is in @document saves, loads back, and saves the same again. */
void
liaison_fuzz_check_round_trip (LiaisonDocument *document)
{
  g_autoptr(LiaisonDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  gsize length, length_again;

  saved = liaison_json_save_data (document, &length);
  reloaded = liaison_json_load_data (saved, length, "saved.liaison", &error);
  if (reloaded == NULL)
    g_error ("a document Liaison holds does not load back after saving: %s\n%s", error->message, saved);

  saved_again = liaison_json_save_data (reloaded, &length_again);
  if (length != length_again || memcmp (saved, saved_again, length) != 0)
    g_error ("saving, loading and saving again changed the document:\n%s\n---\n%s", saved, saved_again);
}

/* After an import into @document, which held @before (as saved): when it
 * failed, nothing changed; when it worked, the result round-trips and one
 * undo brings back @before exactly. */
void
liaison_fuzz_check_import (LiaisonDocument *document,
                           const char      *before,
                           gboolean         imported,
                           const GError    *error,
                           const char      *display_name)
{
  g_autofree char *after = NULL;

  if (!imported)
    {
      liaison_fuzz_check_error (error, display_name);
      after = liaison_json_save_data (document, NULL);
      if (strcmp (after, before) != 0 || liaison_document_can_undo (document))
        g_error ("a failed import changed the document");
      return;
    }

  liaison_fuzz_check_round_trip (document);

  /* An import that found nothing new is no step at all. */
  if (liaison_document_can_undo (document) &&
      (!liaison_document_undo (document) || liaison_document_can_undo (document)))
    g_error ("the import is not one step of the undo stack");

  after = liaison_json_save_data (document, NULL);
  if (strcmp (after, before) != 0)
    g_error ("undoing the import did not bring back the document:\n%s\n---\n%s", before, after);
}
