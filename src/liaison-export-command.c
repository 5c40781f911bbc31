/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-export-command.c: "liaison --export=FILE DOCUMENT": write a document in another format without a window.
 *
 * For scripts and batch reports. It runs before the application registers
 * or GTK starts, so every format works with no display at all: the data
 * formats, images of the network graph (svg, png and pdf, --size=WxH) and
 * reports (--report=ID, always PDF). --language chooses the
 * language of names, dates and headings. Errors go to standard error;
 * the exit status is 0 on success, 1 when the export failed and 2 when
 * the command line is wrong.
 */

#define G_LOG_DOMAIN "liaison-export-command"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "liaison-export-command.h"
#include "liaison-export.h"
#include "liaison-graph-image.h"
#include "liaison-i18n.h"
#include "liaison-json.h"
#include "liaison-language.h"
#include "liaison-report.h"

#define EXIT_FAILED 1
#define EXIT_USAGE 2

static const GOptionEntry option_entries[] = {
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write DOCUMENT to FILE in another format and quit, without opening a window"), N_("FILE") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The format to write: csv, gexf, graphml or ics, or svg, png or pdf for a picture of the network graph (by default, from the name of FILE)"), N_("FORMAT") },
  { "list", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("For CSV, the list to write: organizations, people, events, participations, links or sources"), N_("LIST") },
  { "size", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("For a picture of the graph, its width and height (by default 1600x1000)"), N_("WIDTHxHEIGHT") },
  { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Instead of the graph, write a PDF report of the event or organization with this id"), N_("ID") },
  { NULL }
};

/* The options, for the application's --help; their values are read here. */
const GOptionEntry *
liaison_export_command_get_option_entries (void)
{
  return option_entries;
}

/* Whether the command line asks for an export. */
gboolean
liaison_export_command_wanted (const char * const *arguments)
{
  for (guint i = 1; arguments != NULL && arguments[i] != NULL; i++)
    {
      if (strcmp (arguments[i], "--") == 0)
        break;
      if (strcmp (arguments[i], "--export") == 0 || g_str_has_prefix (arguments[i], "--export="))
        return TRUE;
    }

  return FALSE;
}

static GType
list_type (const char *name)
{
  for (guint i = 0; i < LIAISON_N_COLLECTIONS; i++)
    {
      GType type = liaison_document_get_collection_type (i);
      g_autoptr(GTypeClass) klass = g_type_class_ref (type);

      if (g_ascii_strcasecmp (name, LIAISON_ENTITY_CLASS (klass)->collection) == 0)
        return type;
    }

  return G_TYPE_INVALID;
}

static int
fail (const char *message)
{
  g_printerr ("liaison: %s\n", message);

  return EXIT_FAILED;
}

static int
usage (GOptionContext *context,
       const char     *message)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  g_printerr ("liaison: %s\n\n%s", message, help);

  return EXIT_USAGE;
}

/* Reads "1600x1000". */
static gboolean
parse_size (const char *text,
            int        *width,
            int        *height)
{
  g_auto(GStrv) sides = g_strsplit_set (text, "xX", -1);
  guint64 values[2];

  if (g_strv_length (sides) != 2)
    return FALSE;
  for (guint i = 0; i < 2; i++)
    {
      if (!g_ascii_string_to_unsigned (g_strstrip (sides[i]), 10, 1, LIAISON_GRAPH_IMAGE_MAX_SIZE, &values[i], NULL))
        return FALSE;
    }
  *width = values[0];
  *height = values[1];

  return TRUE;
}

int
liaison_export_command_run (const char * const *arguments)
{
  g_autofree char *export_path = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *list_name = NULL;
  g_autofree char *size_text = NULL;
  g_autofree char *report_id = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) documents = NULL;
  g_auto(GStrv) args = g_strdupv ((char **) arguments);
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(LiaisonDocument) document = NULL;
  LiaisonExportFormat format;
  GType csv_type = LIAISON_TYPE_ORGANIZATION;
  int width = LIAISON_GRAPH_IMAGE_DEFAULT_WIDTH;
  int height = LIAISON_GRAPH_IMAGE_DEFAULT_HEIGHT;
  GOptionEntry entries[G_N_ELEMENTS (option_entries) + 2];

  memcpy (entries, option_entries, sizeof option_entries);
  entries[0].arg_data = &export_path;
  entries[1].arg_data = &format_name;
  entries[2].arg_data = &list_name;
  entries[3].arg_data = &size_text;
  entries[4].arg_data = &report_id;
  /* The application lists --language in --help; it is read here too. */
  entries[5] = (GOptionEntry) { "language", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &language, NULL, NULL };
  entries[6] = (GOptionEntry) { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &documents, NULL, NULL };
  entries[7] = (GOptionEntry) { NULL };

  /* Translators: what follows "liaison --export=FILE" on the command line. */
  context = g_option_context_new (_("DOCUMENT"));
  g_option_context_set_summary (context, _("Write a Liaison document in another format."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse_strv (context, &args, &error))
    return usage (context, error->message);

  if (language != NULL)
    {
      if (!g_strv_contains (liaison_language_get_all (), language))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown language “%s”: use one of en, ja, zh_CN, zh_TW or ko"),
                                                      language);

          return usage (context, message);
        }
      liaison_i18n_apply_locale (language);
    }

  if (export_path == NULL || *export_path == '\0')
    return usage (context, _("--export needs the name of the file to write"));
  if (documents == NULL || documents[0] == NULL)
    return usage (context, _("Name the document to export"));
  if (documents[1] != NULL)
    return usage (context, _("Name only one document to export"));

  output = g_file_new_for_commandline_arg (export_path);
  input = g_file_new_for_commandline_arg (documents[0]);

  if (format_name != NULL)
    {
      if (!liaison_export_format_from_name (format_name, &format))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a format Liaison can write"), format_name);

          return usage (context, message);
        }
    }
  else if (report_id != NULL)
    {
      /* A report is PDF, whatever the name, unless it names another format. */
      if (!liaison_export_format_from_file (output, &format))
        format = LIAISON_EXPORT_FORMAT_PDF;
    }
  else if (!liaison_export_format_from_file (output, &format))
    {
      return usage (context, _("Give the format with --format, or end the name of the file with .csv, .gexf, .graphml, .ics, .svg, .png or .pdf"));
    }

  if (list_name != NULL)
    {
      csv_type = list_type (list_name);
      if (csv_type == G_TYPE_INVALID)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a list of a Liaison document"), list_name);

          return usage (context, message);
        }
    }

  if (report_id != NULL && format != LIAISON_EXPORT_FORMAT_PDF)
    return usage (context, _("Reports are written as PDF"));

  if (size_text != NULL)
    {
      if (!liaison_export_format_is_image (format) || report_id != NULL)
        return usage (context, _("--size is for pictures of the graph: svg, png or pdf"));
      if (!parse_size (size_text, &width, &height))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a size: give the width and height as 1600x1000, each from 1 to %d"),
                                                      size_text, LIAISON_GRAPH_IMAGE_MAX_SIZE);

          return usage (context, message);
        }
    }

  document = liaison_json_load_file (input, NULL, &error);
  if (document == NULL)
    return fail (error->message);

  if (report_id != NULL)
    {
      LiaisonEntity *entity = liaison_document_lookup (document, report_id);

      if (!LIAISON_IS_EVENT (entity) && !LIAISON_IS_ORGANIZATION (entity))
        {
          g_autofree char *message = g_strdup_printf (_("The document has no event or organization with the id “%s”"),
                                                      report_id);

          return fail (message);
        }

      if (!liaison_report_export_file (document, entity, output, NULL, &error))
        return fail (error->message);

      return EXIT_SUCCESS;
    }

  if (liaison_export_format_is_image (format))
    {
      if (!liaison_graph_image_export_file (document, format, width, height, output, NULL, &error))
        return fail (error->message);

      return EXIT_SUCCESS;
    }

  if (!liaison_export_document (document, format, csv_type, output, NULL, &error))
    return fail (error->message);

  return EXIT_SUCCESS;
}
