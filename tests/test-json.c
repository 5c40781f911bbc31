/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-json.c: the file format: the sample loads, round trips lose nothing, bad files fail well, saves are atomic. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>

#include "liaison-json.h"
#include "liaison-json-private.h"

static char *
sample_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "sample.liaison", NULL);
}

static LiaisonDocument *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return liaison_json_load_file (file, NULL, error);
}

static void
test_sample_loads (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) document = load_path (path, &error);
  LiaisonEntity *sci, *iii, *webinar;
  g_autoptr(GPtrArray) links = NULL;
  GPtrArray *attendance;
  gboolean found_mou = FALSE;

  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_false (liaison_document_get_dirty (document));

  /* One source per seed document. */
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_sources (document)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (document)), >=, 40);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_events (document)), >=, 8);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_links (document)), >=, 10);

  /* The MoU of SCI-Japan and III, signed on 7 November 2023. */
  sci = liaison_document_lookup (document, "org-sci-japan");
  iii = liaison_document_lookup (document, "org-iii");
  g_assert_true (LIAISON_IS_ORGANIZATION (sci));
  g_assert_true (LIAISON_IS_ORGANIZATION (iii));
  g_assert_cmpstr (liaison_organization_get_short_name (LIAISON_ORGANIZATION (sci)), ==, "SCI-Japan");
  g_assert_cmpstr (liaison_organization_get_country (LIAISON_ORGANIZATION (iii)), ==, "TW");

  links = liaison_document_get_links_of (document, LIAISON_ORGANIZATION (sci));
  for (guint i = 0; i < links->len; i++)
    {
      LiaisonCooperationLink *link = links->pdata[i];
      g_autofree char *start = liaison_date_to_string (liaison_cooperation_link_get_start (link));

      if (liaison_cooperation_link_get_kind (link) == LIAISON_LINK_KIND_MOU &&
          (g_strcmp0 (liaison_cooperation_link_get_to (link), "org-iii") == 0 ||
           g_strcmp0 (liaison_cooperation_link_get_from (link), "org-iii") == 0))
        {
          g_assert_cmpstr (start, ==, "2023-11-07");
          g_assert_nonnull (liaison_entity_get_sources (LIAISON_ENTITY (link))[0]);
          found_mou = TRUE;
        }
    }
  g_assert_true (found_mou);

  /* The CJK webinar keeps both reported attendance figures, each with its source. */
  webinar = liaison_document_lookup (document, "evt-cjk-webinar-2020");
  g_assert_true (LIAISON_IS_EVENT (webinar));
  attendance = liaison_event_get_attendance (LIAISON_EVENT (webinar));
  g_assert_nonnull (attendance);
  g_assert_cmpuint (attendance->len, ==, 2);
  for (guint i = 0; i < attendance->len; i++)
    g_assert_nonnull (liaison_figure_get_source (attendance->pdata[i]));

  /* Every record cites a source. */
  for (guint c = 0; c < 6; c++)
    {
      GType types[] = { LIAISON_TYPE_SOURCE, LIAISON_TYPE_ORGANIZATION, LIAISON_TYPE_PERSON,
                        LIAISON_TYPE_EVENT, LIAISON_TYPE_PARTICIPATION, LIAISON_TYPE_COOPERATION_LINK };
      GListModel *model = liaison_document_get_collection (document, types[c]);

      if (types[c] == LIAISON_TYPE_SOURCE)
        continue;
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(LiaisonEntity) entity = g_list_model_get_item (model, i);

          if (liaison_entity_get_sources (entity)[0] == NULL)
            g_error ("%s cites no source", liaison_entity_get_id (entity));
        }
    }
}

static void
assert_round_trip (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) first = load_path (path, &error);
  g_autoptr(LiaisonDocument) second = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  gsize length;

  g_assert_no_error (error);
  saved = liaison_json_save_data (first, &length);
  second = liaison_json_load_data (saved, length, "saved", &error);
  g_assert_no_error (error);
  saved_again = liaison_json_save_data (second, NULL);
  if (g_strcmp0 (saved, saved_again) != 0)
    {
      g_auto(GStrv) lines = g_strsplit (saved, "\n", -1);
      g_auto(GStrv) lines_again = g_strsplit (saved_again, "\n", -1);

      for (guint i = 0; lines[i] != NULL && lines_again[i] != NULL; i++)
        {
          if (g_strcmp0 (lines[i], lines_again[i]) != 0)
            g_error ("%s: line %u differs after a round trip: “%s” became “%s”", path, i + 1, lines[i], lines_again[i]);
        }
      g_error ("%s: the saved files differ in length after a round trip", path);
    }
  g_assert_cmpuint (liaison_document_get_n_entities (first), ==, liaison_document_get_n_entities (second));
}

static void
test_round_trip_sample (void)
{
  g_autofree char *path = sample_path ();

  assert_round_trip (path);
}

static void
test_round_trip_keeps_unknown_fields (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "unknown-fields.liaison", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) document = load_path (path, &error);
  g_autofree char *saved = NULL;

  g_assert_no_error (error);
  assert_round_trip (path);

  saved = liaison_json_save_data (document, NULL);
  /* A field, a nested object and a whole collection from a newer version. */
  g_assert_nonnull (strstr (saved, "\"logo\" : \"sci.png\""));
  g_assert_nonnull (strstr (saved, "\"budget\" : {"));
  g_assert_nonnull (strstr (saved, "\"projects\" : ["));
  g_assert_nonnull (strstr (saved, "\"Smart City Driver\""));
  g_assert_nonnull (strstr (saved, "\"pinned\" : true"));
  /* Inside a figure and a graph position too. */
  g_assert_nonnull (strstr (saved, "\"method\" : \"registrations\""));
  g_assert_nonnull (strstr (saved, "\"layer\" : \"east-asia\""));
}

typedef struct
{
  char  *file;
  guint  line;
  int    code;
  char  *needle;
} Expectation;

static void
test_bad_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autofree char *list_path = g_build_filename (dir, "expected.txt", NULL);
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autoptr(GHashTable) expected_files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GEnumClass) codes = g_type_class_ref (g_enum_register_static ("TestJsonError", (const GEnumValue[]) {
    { LIAISON_JSON_ERROR_TOO_LARGE, "too-large", "too-large" },
    { LIAISON_JSON_ERROR_ENCODING, "encoding", "encoding" },
    { LIAISON_JSON_ERROR_TOO_DEEP, "too-deep", "too-deep" },
    { LIAISON_JSON_ERROR_SYNTAX, "syntax", "syntax" },
    { LIAISON_JSON_ERROR_NOT_LIAISON, "not-liaison", "not-liaison" },
    { LIAISON_JSON_ERROR_VERSION, "version", "version" },
    { LIAISON_JSON_ERROR_TYPE, "type", "type" },
    { LIAISON_JSON_ERROR_MISSING, "missing", "missing" },
    { LIAISON_JSON_ERROR_INVALID, "invalid", "invalid" },
    { LIAISON_JSON_ERROR_DUPLICATE_ID, "duplicate-id", "duplicate-id" },
    { LIAISON_JSON_ERROR_UNKNOWN_REFERENCE, "unknown-reference", "unknown-reference" },
    { 0, NULL, NULL } }));
  guint checked = 0;
  const char *name;

  g_assert_true (g_file_get_contents (list_path, &list, NULL, NULL));
  lines = g_strsplit (list, "\n", -1);

  /* expected.txt: FILE LINE CODE TEXT-IN-MESSAGE, tab-separated. */
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      g_autofree char *path = NULL;
      g_autofree char *where = NULL;
      g_autoptr(LiaisonDocument) document = NULL;
      GEnumValue *code;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", 4);
      g_assert_cmpuint (g_strv_length (fields), ==, 4);
      code = g_enum_get_value_by_nick (codes, fields[2]);
      g_assert_nonnull (code);

      path = g_build_filename (dir, fields[0], NULL);
      document = load_path (path, &error);
      if (document != NULL)
        g_error ("%s loaded, but should fail", fields[0]);
      g_assert_error (error, LIAISON_JSON_ERROR, code->value);

      /* The message names the file, the line and what is wrong, in valid UTF-8. */
      if (!g_utf8_validate (error->message, -1, NULL))
        g_error ("%s: the message is not valid UTF-8", fields[0]);
      where = g_strdup_printf ("%s, line %s, column ", fields[0], fields[1]);
      if (!g_str_has_prefix (error->message, where) || strstr (error->message, fields[3]) == NULL)
        g_error ("%s: unexpected message “%s”; expected “%s…” with “%s”",
                 fields[0], error->message, where, fields[3]);

      g_hash_table_add (expected_files, g_strdup (fields[0]));
      g_clear_error (&error);
      checked++;
    }

  /* Every file in the corpus is checked. */
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      if (g_str_has_suffix (name, ".liaison") && !g_hash_table_contains (expected_files, name))
        g_error ("%s has no line in expected.txt", name);
    }

  g_assert_cmpuint (checked, >=, 40);
}

/* Valid documents are read in one pass; the same document that only the
 * full reading may read (here with "version" given twice, which json-glib
 * takes and the fast parser leaves to it) gives the same records; and no
 * malformed document is ever taken by the fast path. */
static void
test_one_pass_agrees (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *unknown = g_test_build_filename (G_TEST_DIST, "data", "unknown-fields.liaison", NULL);
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  const char *paths[] = { sample, unknown };
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n_bad = 0;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *text = NULL;
      g_autofree char *doubled = NULL;
      g_autoptr(LiaisonDocument) fast = NULL;
      g_autoptr(LiaisonDocument) full = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *fast_saved = NULL;
      g_autofree char *full_saved = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (paths[i], &text, &length, NULL));
      g_assert_true (text[0] == '{');

      fast = _liaison_json_read_in_one_pass (text, length);
      g_assert_nonnull (fast);

      doubled = g_strconcat ("{\"version\": 1,", text + 1, NULL);
      g_assert_null (_liaison_json_read_in_one_pass (doubled, strlen (doubled)));
      full = liaison_json_load_data (doubled, strlen (doubled), "doubled", &error);
      g_assert_no_error (error);

      fast_saved = liaison_json_save_data (fast, NULL);
      full_saved = liaison_json_save_data (full, NULL);
      g_assert_cmpstr (fast_saved, ==, full_saved);
      g_assert_cmpuint (liaison_document_get_n_entities (fast), ==, liaison_document_get_n_entities (full));
    }

  dir = g_dir_open (bad, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (bad, name, NULL);
      g_autofree char *text = NULL;
      const char *start;
      gsize length;

      if (!g_str_has_suffix (name, ".liaison"))
        continue;
      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      start = text;
      if (length >= 3 && memcmp (start, "\xEF\xBB\xBF", 3) == 0)
        {
          start += 3;
          length -= 3;
        }
      if (_liaison_json_read_in_one_pass (start, length) != NULL)
        g_error ("%s was read in one pass, but is malformed", name);
      n_bad++;
    }
  g_assert_cmpuint (n_bad, >=, 40);
}

/* Records read from a file keep their strings in the file's pool: they
 * read back as written, can be edited and undone like any other, and
 * outlive their document. */
static void
test_loaded_records_edit (void)
{
  static const char text[] =
    "{ \"format\": \"liaison\", \"version\": 1,"
    "  \"sources\": [ { \"id\": \"news\", \"title\": \"News\" } ],"
    "  \"organizations\": ["
    "    { \"id\": \"a\", \"name\": { \"en\": \"A\" }, \"country\": \"JP\", \"city\": \"Tokyo\" },"
    "    { \"id\": \"b\", \"name\": { \"en\": \"B\", \"ja\": \"ビー\" }, \"country\": \"JP\", \"city\": \"Tokyo\" },"
    "    { \"id\": \"c\", \"name\": { \"en\": \"C\" } } ],"
    "  \"links\": ["
    "    { \"id\": \"l\", \"kind\": \"partnership\", \"from\": \"a\", \"to\": \"b\", \"directed\": true,"
    "      \"start\": \"2020-05\", \"scope\": [ \"data\", \"mobility\" ], \"note\": \"first\","
    "      \"sources\": [ \"news\" ] } ] }";
  const char *new_scope[] = { "energy", NULL };
  const char *new_sources[] = { "news", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) document = liaison_json_load_data (text, strlen (text), "edit.liaison", &error);
  g_autoptr(LiaisonCooperationLink) link = NULL;
  LiaisonDate no_date = LIAISON_DATE_INIT_NONE;
  LiaisonDate date;
  LiaisonOrganization *b;

  g_assert_no_error (error);
  link = g_object_ref (LIAISON_COOPERATION_LINK (liaison_document_lookup (document, "l")));
  b = LIAISON_ORGANIZATION (liaison_document_lookup (document, "b"));

  g_assert_cmpstr (liaison_cooperation_link_get_from (link), ==, "a");
  g_assert_cmpstr (liaison_cooperation_link_get_to (link), ==, "b");
  g_assert_cmpint (liaison_cooperation_link_get_kind (link), ==, LIAISON_LINK_KIND_PARTNERSHIP);
  g_assert_true (liaison_cooperation_link_get_directed (link));
  g_assert_cmpint (liaison_cooperation_link_get_status (link), ==, LIAISON_LINK_STATUS_ACTIVE);
  g_assert_cmpuint (liaison_cooperation_link_get_start (link)->year, ==, 2020);
  g_assert_null (liaison_cooperation_link_get_end (link));
  g_assert_cmpstrv (liaison_cooperation_link_get_scope (link), ((const char *[]) { "data", "mobility", NULL }));
  g_assert_cmpstrv (liaison_entity_get_sources (LIAISON_ENTITY (link)), new_sources);
  g_assert_cmpstr (liaison_organization_get_city (b), ==, "Tokyo");
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (b), "ja"), ==, "ビー");

  g_assert_true (liaison_document_set (document, LIAISON_ENTITY (link), &error,
                                       "from", "c", "note", "second", "scope", new_scope,
                                       "directed", FALSE, "sources", NULL, NULL));
  g_assert_no_error (error);
  g_assert_true (liaison_document_set (document, LIAISON_ENTITY (b), &error, "city", "Osaka", "country", NULL, NULL));
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_cooperation_link_get_from (link), ==, "c");
  g_assert_cmpstr (liaison_cooperation_link_get_note (link), ==, "second");
  g_assert_cmpstrv (liaison_cooperation_link_get_scope (link), new_scope);
  g_assert_false (liaison_cooperation_link_get_directed (link));
  g_assert_null (liaison_entity_get_sources (LIAISON_ENTITY (link))[0]);
  g_assert_cmpstr (liaison_organization_get_city (b), ==, "Osaka");
  g_assert_null (liaison_organization_get_country (b));

  g_assert_true (liaison_document_undo (document));
  g_assert_true (liaison_document_undo (document));
  g_assert_cmpstr (liaison_cooperation_link_get_from (link), ==, "a");
  g_assert_cmpstr (liaison_cooperation_link_get_note (link), ==, "first");
  g_assert_cmpstrv (liaison_cooperation_link_get_scope (link), ((const char *[]) { "data", "mobility", NULL }));
  g_assert_true (liaison_cooperation_link_get_directed (link));
  g_assert_cmpstrv (liaison_entity_get_sources (LIAISON_ENTITY (link)), new_sources);
  g_assert_cmpstr (liaison_organization_get_country (b), ==, "JP");
  g_assert_true (liaison_document_redo (document));
  g_assert_cmpstr (liaison_cooperation_link_get_from (link), ==, "c");

  /* A date of no year that replaces one is kept as given, as the boxed
   * value it was. */
  g_object_set (link, "start", &no_date, NULL);
  g_assert_nonnull (liaison_cooperation_link_get_start (link));
  g_assert_false (liaison_date_is_set (liaison_cooperation_link_get_start (link)));
  date = (LiaisonDate) { 2019, 4, 1, 0 };
  g_object_set (link, "start", &date, NULL);
  g_assert_cmpuint (liaison_cooperation_link_get_start (link)->day, ==, 1);
  g_object_set (link, "start", NULL, NULL);
  g_assert_null (liaison_cooperation_link_get_start (link));

  /* The record outlives the document and the other records of its file. */
  g_clear_object (&document);
  g_assert_cmpstr (liaison_entity_get_id (LIAISON_ENTITY (link)), ==, "l");
  g_assert_cmpstr (liaison_cooperation_link_get_to (link), ==, "b");
  g_object_set (link, "to", "d", "sources", new_sources, NULL);
  g_assert_cmpstr (liaison_cooperation_link_get_to (link), ==, "d");
  date = (LiaisonDate) { 2021, 0, 0, 0 };
  g_object_set (link, "end", &date, NULL);
  g_assert_cmpuint (liaison_cooperation_link_get_end (link)->year, ==, 2021);
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) document = NULL;

  /* The size is checked before anything is read. */
  document = liaison_json_load_data ("{}", (gsize) LIAISON_JSON_MAX_SIZE + 1, "huge.liaison", &error);
  g_assert_null (document);
  g_assert_error (error, LIAISON_JSON_ERROR, LIAISON_JSON_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.liaison"));
}

/* Files that cannot be read give an error naming them, and nothing else. */
static void
test_unreadable_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.liaison", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.liaison", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.liaison", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) document = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  document = load_path (folder, &error);
  g_assert_null (document);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "folder.liaison"));
  g_clear_error (&error);

  document = load_path (missing, &error);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An empty file is read, and is not a document. */
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  document = load_path (empty, &error);
  g_assert_null (document);
  g_assert_error (error, LIAISON_JSON_ERROR, LIAISON_JSON_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "empty.liaison"));

  g_clear_error (&error);

  /* A load that was cancelled says so and reads nothing. */
  {
    g_autofree char *sample = sample_path ();
    g_autoptr(GFile) file = g_file_new_for_path (sample);
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();

    g_cancellable_cancel (cancellable);
    g_clear_object (&document);
    document = liaison_json_load_file (file, cancellable, &error);
    g_assert_null (document);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }

  g_remove (empty);
  g_rmdir (folder);
  g_rmdir (dir);
}

static void
test_save_keeps_backup (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "network.liaison", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) document = load_path (sample, &error);
  g_autofree char *first = NULL, *second = NULL, *old = NULL;
  LiaisonEntity *sci;

  g_assert_no_error (error);
  g_assert_true (liaison_json_save_file (document, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &first, NULL, NULL));

  sci = liaison_document_lookup (document, "org-sci-japan");
  g_assert_true (liaison_document_set (document, sci, &error, "city", "Tokyo", NULL));
  g_assert_true (liaison_json_save_file (document, file, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (path, &second, NULL, NULL));
  g_assert_true (g_file_get_contents (backup, &old, NULL, NULL));
  g_assert_cmpstr (old, ==, first);
  g_assert_cmpstr (second, !=, first);

  g_remove (backup);
  g_remove (path);
  g_rmdir (dir);
}

/* A write that fails half-way (here: the file size limit, as a full disk
 * would) leaves the old file whole. */
static void
test_failed_save_keeps_old_file (void)
{
  g_autofree char *sample = sample_path ();
  g_autofree char *dir = g_dir_make_tmp ("liaison-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "network.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(LiaisonDocument) document = load_path (sample, &error);
  g_autofree char *before = NULL, *after = NULL;
  struct rlimit old_limit, limit;
  LiaisonEntity *sci;
  gboolean saved;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "{\"format\": \"liaison\", \"version\": 1}\n", -1, NULL));
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));

  sci = liaison_document_lookup (document, "org-sci-japan");
  g_assert_true (liaison_document_set (document, sci, &error, "city", "Tokyo", NULL));

  /* Writes beyond 4 KiB fail with EFBIG instead of killing the process. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  limit = old_limit;
  limit.rlim_cur = 4096;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  saved = liaison_json_save_file (document, file, NULL, &error);

  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old_limit), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (saved);
  g_assert_nonnull (error);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  /* No temporary file is left behind, and nothing but the old file is there. */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *leftover = g_build_filename (dir, name, NULL);

        if (g_strcmp0 (name, "network.liaison") != 0)
          {
            g_remove (leftover);
            g_error ("save left %s behind", name);
          }
      }
  }

  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/json/sample-loads", test_sample_loads);
  g_test_add_func ("/model/json/round-trip-sample", test_round_trip_sample);
  g_test_add_func ("/model/json/round-trip-keeps-unknown-fields", test_round_trip_keeps_unknown_fields);
  g_test_add_func ("/model/json/bad-files", test_bad_files);
  g_test_add_func ("/model/json/one-pass-agrees", test_one_pass_agrees);
  g_test_add_func ("/model/json/loaded-records-edit", test_loaded_records_edit);
  g_test_add_func ("/model/json/too-large", test_too_large);
  g_test_add_func ("/model/json/unreadable-files", test_unreadable_files);
  g_test_add_func ("/model/json/save-keeps-backup", test_save_keeps_backup);
  g_test_add_func ("/model/json/failed-save-keeps-old-file", test_failed_save_keeps_old_file);

  return g_test_run ();
}
