/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-interop.c: import and export: CSV mapping and merging, GEXF and GraphML round trips, iCalendar, malformed files. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-test-sample.h"
#include "liaison-csv-import.h"
#include "liaison-csv.h"
#include "liaison-export.h"
#include "liaison-gexf.h"
#include "liaison-graph-image.h"
#include "liaison-graphml.h"
#include "liaison-ical.h"
#include "liaison-interop.h"
#include "liaison-json.h"
#include "liaison-merge.h"
#include "liaison-report.h"

static guint
count (LiaisonDocument *document,
       GType            type)
{
  return g_list_model_get_n_items (liaison_document_get_collection (document, type));
}

/* The same names in the same languages, in any order. */
static gboolean
same_names (const LiaisonText *a,
            const LiaisonText *b)
{
  if (liaison_text_get_n_items (a) != liaison_text_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < liaison_text_get_n_items (a); i++)
    {
      if (g_strcmp0 (liaison_text_get_value (a, i), liaison_text_get (b, liaison_text_get_language (a, i))) != 0)
        return FALSE;
    }

  return TRUE;
}

static LiaisonCsvTable *
parse_csv (const char *text)
{
  g_autoptr(GError) error = NULL;
  LiaisonCsvTable *table = liaison_csv_table_parse (text, strlen (text), "test.csv", &error);

  g_assert_no_error (error);

  return table;
}

/* ---------------------------------------------------------------------- */

static void
test_values (void)
{
  LiaisonDate date;
  int value;
  gboolean yes;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_assert_true (liaison_interop_parse_date ("2020/8/5", &date));
  g_assert_cmpuint (date.year, ==, 2020);
  g_assert_cmpuint (date.month, ==, 8);
  g_assert_cmpuint (date.day, ==, 5);
  g_assert_true (liaison_interop_parse_date ("2020年8月5日", &date));
  g_assert_cmpuint (date.day, ==, 5);
  g_assert_true (liaison_interop_parse_date ("2023년 11월 7일", &date));
  g_assert_cmpuint (date.month, ==, 11);
  g_assert_true (liaison_interop_parse_date ("2021-early", &date));
  g_assert_cmpuint (date.part, ==, LIAISON_DATE_PART_EARLY);
  g_assert_true (liaison_interop_parse_date ("2020-08-05T09:30:00", &date));
  g_assert_false (liaison_interop_parse_date ("5/8/2020", &date));
  g_assert_false (liaison_interop_parse_date ("2021-02-30", &date));
  g_assert_false (liaison_interop_parse_date ("soon", &date));

  g_assert_true (liaison_interop_parse_date ("2021-mid", &date));
  first = liaison_interop_date_first_day (&date);
  last = liaison_interop_date_last_day (&date);
  g_assert_cmpstr (first, ==, "2021-05-01");
  g_assert_cmpstr (last, ==, "2021-08-31");

  g_assert_true (liaison_interop_parse_enum (LIAISON_TYPE_LINK_KIND, "覚書", &value));
  g_assert_cmpint (value, ==, LIAISON_LINK_KIND_MOU);
  g_assert_true (liaison_interop_parse_enum (LIAISON_TYPE_LINK_KIND, "양해각서", &value));
  g_assert_cmpint (value, ==, LIAISON_LINK_KIND_MOU);
  g_assert_true (liaison_interop_parse_enum (LIAISON_TYPE_LINK_KIND, "Regional Office", &value));
  g_assert_cmpint (value, ==, LIAISON_LINK_KIND_REGIONAL_OFFICE);
  g_assert_true (liaison_interop_parse_enum (LIAISON_TYPE_ORGANIZATION_KIND, "national-agency", &value));
  g_assert_cmpint (value, ==, LIAISON_ORGANIZATION_KIND_NATIONAL_AGENCY);
  g_assert_true (liaison_interop_parse_enum (LIAISON_TYPE_ORGANIZATION_KIND, "城市", &value));
  g_assert_cmpint (value, ==, LIAISON_ORGANIZATION_KIND_CITY);
  g_assert_false (liaison_interop_parse_enum (LIAISON_TYPE_ORGANIZATION_KIND, "spaceship", &value));

  g_assert_cmpstr (liaison_interop_parse_country ("jp"), ==, "JP");
  g_assert_cmpstr (liaison_interop_parse_country ("대한민국"), ==, "KR");
  g_assert_cmpstr (liaison_interop_parse_country ("臺灣"), ==, "TW");
  g_assert_cmpstr (liaison_interop_parse_country ("Japan"), ==, "JP");
  g_assert_null (liaison_interop_parse_country ("Atlantis"));
  g_assert_null (liaison_interop_parse_country ("XX"));

  g_assert_true (liaison_interop_parse_boolean ("はい", &yes));
  g_assert_true (yes);
  g_assert_true (liaison_interop_parse_boolean ("No", &yes));
  g_assert_false (yes);

  g_assert_cmpstr (liaison_interop_guess_language ("부산광역시", NULL), ==, "ko");
  g_assert_cmpstr (liaison_interop_guess_language ("スマートシティ", NULL), ==, "ja");
  g_assert_cmpstr (liaison_interop_guess_language ("資訊工業策進會", "TW"), ==, "zh_TW");
  g_assert_cmpstr (liaison_interop_guess_language ("WeGO", "KR"), ==, "en");
}

static void
test_csv_parse (void)
{
  /* A byte order mark, semicolons, a quoted field across two lines with a
   * doubled quote, CRLF, an empty line and a short row. */
  g_autoptr(LiaisonCsvTable) table =
    parse_csv ("\xEF\xBB\xBF" "Name;Country;Note\r\n"
               "City of Yokohama;JP;\"Host of the\r\n\"\"Y-PORT\"\" centre\"\r\n"
               "\r\n"
               "WeGO;KR\r\n"
               "\"Semi;colon\";TW;x");

  g_assert_cmpint (liaison_csv_table_get_delimiter (table), ==, ';');
  g_assert_cmpuint (liaison_csv_table_get_n_columns (table), ==, 3);
  g_assert_cmpuint (liaison_csv_table_get_n_rows (table), ==, 3);
  g_assert_cmpstr (liaison_csv_table_get_header (table, 0), ==, "Name");
  g_assert_cmpstr (liaison_csv_table_get_cell (table, 0, 2), ==, "Host of the\r\n\"Y-PORT\" centre");
  g_assert_cmpuint (liaison_csv_table_get_line (table, 0), ==, 2);
  g_assert_cmpstr (liaison_csv_table_get_cell (table, 1, 0), ==, "WeGO");
  g_assert_cmpstr (liaison_csv_table_get_cell (table, 1, 2), ==, "");
  g_assert_cmpuint (liaison_csv_table_get_line (table, 1), ==, 5);
  g_assert_cmpstr (liaison_csv_table_get_cell (table, 2, 0), ==, "Semi;colon");
  g_assert_cmpuint (liaison_csv_table_get_line (table, 2), ==, 6);
}

static void
test_csv_parse_tabs (void)
{
  g_autoptr(LiaisonCsvTable) table = parse_csv ("組織名\t略称\t国\nスマートシティ・インスティテュート\tSCI-Japan\t日本\n");

  g_assert_cmpint (liaison_csv_table_get_delimiter (table), ==, '\t');
  g_assert_cmpuint (liaison_csv_table_get_n_columns (table), ==, 3);
  g_assert_cmpstr (liaison_csv_table_get_cell (table, 0, 1), ==, "SCI-Japan");
}

static void
test_csv_guess (void)
{
  struct {
    const char        *header;
    LiaisonCsvRecords  records;
    LiaisonCsvField    fields[4];
  } cases[] = {
    { "組織名,略称,国,種類\n", LIAISON_CSV_RECORDS_ORGANIZATIONS,
      { LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_SHORT_NAME, LIAISON_CSV_FIELD_COUNTRY, LIAISON_CSV_FIELD_KIND } },
    { "机构名称,简称,国家,成立年份\n", LIAISON_CSV_RECORDS_ORGANIZATIONS,
      { LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_SHORT_NAME, LIAISON_CSV_FIELD_COUNTRY, LIAISON_CSV_FIELD_FOUNDED } },
    { "機構名稱,簡稱,網站,備註\n", LIAISON_CSV_RECORDS_ORGANIZATIONS,
      { LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_SHORT_NAME, LIAISON_CSV_FIELD_WEBSITE, LIAISON_CSV_FIELD_DESCRIPTION } },
    { "기관명,약칭,국가,도시\n", LIAISON_CSV_RECORDS_ORGANIZATIONS,
      { LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_SHORT_NAME, LIAISON_CSV_FIELD_COUNTRY, LIAISON_CSV_FIELD_CITY } },
    { "Title,Start Date,Host,Online\n", LIAISON_CSV_RECORDS_EVENTS,
      { LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_START, LIAISON_CSV_FIELD_HOSTS, LIAISON_CSV_FIELD_ONLINE } },
    { "Organization A,Organization B,Type,Signed\n", LIAISON_CSV_RECORDS_LINKS,
      { LIAISON_CSV_FIELD_FROM, LIAISON_CSV_FIELD_TO, LIAISON_CSV_FIELD_KIND, LIAISON_CSV_FIELD_START } },
    { "name,name_ja,Unrelated,short_name\n", LIAISON_CSV_RECORDS_ORGANIZATIONS,
      { LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_NAME_JA, LIAISON_CSV_FIELD_IGNORE, LIAISON_CSV_FIELD_SHORT_NAME } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].header, "a,b,c,d\n", NULL);
      g_autoptr(LiaisonCsvTable) table = parse_csv (text);
      g_autoptr(LiaisonCsvImport) import = liaison_csv_import_new (table);

      g_test_message ("header %s", cases[i].header);
      g_assert_cmpint (liaison_csv_import_get_records (import), ==, cases[i].records);
      for (guint c = 0; c < 4; c++)
        g_assert_cmpint (liaison_csv_import_get_field (import, c), ==, cases[i].fields[c]);
    }
}

/* A spreadsheet of 1,000 organizations in Japanese: some are already in
 * the sample (by name or by acronym), some repeat within the file, three
 * rows cannot be used. */
static void
test_csv_import_thousand (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(GString) text = g_string_new ("組織名,略称,国,種類,設立,備考\n");
  g_autoptr(LiaisonCsvTable) table = NULL;
  g_autoptr(LiaisonCsvImport) import = NULL;
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *before = liaison_json_save_data (document, NULL);
  g_autofree char *after_undo = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(LiaisonDocument) reloaded = NULL;
  guint organizations = count (document, LIAISON_TYPE_ORGANIZATION);
  LiaisonEntity *sci;
  guint expected_new = 0;

  for (guint i = 0; i < 1000; i++)
    {
      if (i == 10)
        g_string_append (text, "Smart City Institute Japan,,JP,network,,\n");    /* the sample's, by name */
      else if (i == 20)
        g_string_append (text, "\"スマートシティ・インスティテュート（略称）\",SCI-Japan,日本,協会,,会員 約130\n");  /* by acronym */
      else if (i == 30)
        g_string_append (text, "実在しない団体,,Atlantis,企業,,\n");           /* an unknown country */
      else if (i == 40)
        g_string_append (text, "謎の組織,,JP,宇宙船,,\n");                      /* an unknown kind */
      else if (i == 50)
        g_string_append (text, ",,JP,企業,,\n");                                 /* no name */
      else if (i % 100 == 99)
        g_string_append_printf (text, "テスト市役所 %u,,JP,自治体,1990,\n", i - 1);  /* a repeat of the row before */
      else
        {
          g_string_append_printf (text, "テスト市役所 %u,,JP,自治体,1990,\"備考, %u\"\n", i, i);
          expected_new++;
        }
    }

  table = parse_csv (text->str);
  g_assert_cmpuint (liaison_csv_table_get_n_rows (table), ==, 1000);
  import = liaison_csv_import_new (table);
  g_assert_cmpint (liaison_csv_import_get_records (import), ==, LIAISON_CSV_RECORDS_ORGANIZATIONS);
  g_assert_cmpint (liaison_csv_import_get_field (import, 0), ==, LIAISON_CSV_FIELD_NAME);
  g_assert_cmpint (liaison_csv_import_get_field (import, 1), ==, LIAISON_CSV_FIELD_SHORT_NAME);
  g_assert_cmpint (liaison_csv_import_get_field (import, 2), ==, LIAISON_CSV_FIELD_COUNTRY);
  g_assert_cmpint (liaison_csv_import_get_field (import, 3), ==, LIAISON_CSV_FIELD_KIND);
  g_assert_cmpint (liaison_csv_import_get_field (import, 4), ==, LIAISON_CSV_FIELD_FOUNDED);
  g_assert_cmpint (liaison_csv_import_get_field (import, 5), ==, LIAISON_CSV_FIELD_DESCRIPTION);

  merge = liaison_csv_import_prepare (import, document, &problems, &error);
  g_assert_no_error (error);

  /* Preparing changes nothing. */
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations);
  g_assert_false (liaison_document_can_undo (document));

  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "Line 32: "));
  g_assert_nonnull (strstr (problems->pdata[0], "Atlantis"));
  g_assert_true (g_str_has_prefix (problems->pdata[1], "Line 42: "));
  g_assert_nonnull (strstr (problems->pdata[1], "宇宙船"));
  g_assert_true (g_str_has_prefix (problems->pdata[2], "Line 52: "));

  g_assert_cmpuint (liaison_merge_get_n_added (merge, LIAISON_TYPE_ORGANIZATION), ==, expected_new);
  g_assert_cmpuint (liaison_merge_get_n_matched (merge, LIAISON_TYPE_ORGANIZATION), ==, 2);

  g_assert_true (liaison_merge_apply (merge, "Import Spreadsheet", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations + expected_new);
  g_assert_cmpstr (liaison_document_get_undo_label (document), ==, "Import Spreadsheet");

  /* No organization twice. */
  for (guint i = 0; i < count (document, LIAISON_TYPE_ORGANIZATION); i++)
    {
      g_autoptr(LiaisonOrganization) organization =
        g_list_model_get_item (liaison_document_get_organizations (document), i);
      LiaisonText *name = liaison_organization_get_name (organization);

      for (guint l = 0; l < liaison_text_get_n_items (name); l++)
        {
          g_autofree char *key = g_strdup_printf ("%s:%s", liaison_text_get_language (name, l), liaison_text_get_value (name, l));

          g_assert_false (g_hash_table_contains (names, key));
          g_hash_table_add (names, g_steal_pointer (&key));
        }
    }

  /* Matching by acronym fills only empty fields: the Japanese name stays. */
  sci = liaison_document_lookup (document, "org-sci-japan");
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (LIAISON_ORGANIZATION (sci)), "ja"), ==,
                   "スマートシティ・インスティテュート");

  /* A new one has its fields. */
  {
    LiaisonEntity *found = NULL;

    for (guint i = 0; i < count (document, LIAISON_TYPE_ORGANIZATION) && found == NULL; i++)
      {
        g_autoptr(LiaisonOrganization) organization =
          g_list_model_get_item (liaison_document_get_organizations (document), i);

        if (g_strcmp0 (liaison_text_get (liaison_organization_get_name (organization), "ja"), "テスト市役所 5") == 0)
          found = LIAISON_ENTITY (organization);
      }
    g_assert_nonnull (found);
    g_assert_cmpint (liaison_organization_get_kind (LIAISON_ORGANIZATION (found)), ==, LIAISON_ORGANIZATION_KIND_CITY);
    g_assert_cmpstr (liaison_organization_get_country (LIAISON_ORGANIZATION (found)), ==, "JP");
    g_assert_cmpint (liaison_organization_get_founded (LIAISON_ORGANIZATION (found)), ==, 1990);
    g_assert_cmpstr (liaison_organization_get_description (LIAISON_ORGANIZATION (found)), ==, "備考, 5");
  }

  /* The document with the import saves and loads. */
  saved = liaison_json_save_data (document, NULL);
  reloaded = liaison_json_load_data (saved, strlen (saved), "imported", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count (reloaded, LIAISON_TYPE_ORGANIZATION), ==, organizations + expected_new);

  /* One undo takes it all back. */
  g_assert_true (liaison_document_undo (document));
  g_assert_false (liaison_document_can_undo (document));
  after_undo = liaison_json_save_data (document, NULL);
  g_assert_cmpstr (after_undo, ==, before);

  /* Importing the same file again adds nothing new. */
  g_assert_true (liaison_document_redo (document));
  {
    g_autoptr(LiaisonMerge) again = liaison_csv_import_prepare (import, document, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (liaison_merge_get_n_added (again, LIAISON_TYPE_ORGANIZATION), ==, 0);
    g_assert_true (liaison_merge_is_empty (again));
  }
}

static void
test_csv_import_links (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonCsvTable) table =
    parse_csv ("Organization A,Organization B,Type,Signed,Note\n"
               "SCI-Japan,WeGO,覚書,2024/4/1,a new MoU\n"
               "sci japan,New Partner Agency,partnership,2024-05,\n"
               "SCI-Japan,Smart City Institute Japan,mou,2024,\n"
               "WeGO,,mou,2024,\n"
               "WeGO,SCI-Japan,mou,whenever,\n");
  g_autoptr(LiaisonCsvImport) import = liaison_csv_import_new (table);
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint organizations = count (document, LIAISON_TYPE_ORGANIZATION);
  guint links = count (document, LIAISON_TYPE_COOPERATION_LINK);
  g_autoptr(LiaisonCooperationLink) last = NULL;

  g_assert_cmpint (liaison_csv_import_get_records (import), ==, LIAISON_CSV_RECORDS_LINKS);
  merge = liaison_csv_import_prepare (import, document, &problems, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "Line 4: "));   /* one organization by two names */
  g_assert_true (g_str_has_prefix (problems->pdata[1], "Line 5: "));   /* only one end */
  g_assert_true (g_str_has_prefix (problems->pdata[2], "Line 6: "));   /* not a date */

  g_assert_true (liaison_merge_apply (merge, "Import Spreadsheet", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations + 1);
  g_assert_cmpuint (count (document, LIAISON_TYPE_COOPERATION_LINK), ==, links + 2);

  last = g_list_model_get_item (liaison_document_get_links (document), links);
  g_assert_cmpstr (liaison_cooperation_link_get_from (last), ==, "org-sci-japan");
  g_assert_cmpint (liaison_cooperation_link_get_kind (last), ==, LIAISON_LINK_KIND_MOU);
  g_assert_cmpstr (liaison_cooperation_link_get_note (last), ==, "a new MoU");
  {
    g_autofree char *start = liaison_date_to_string (liaison_cooperation_link_get_start (last));

    g_assert_cmpstr (start, ==, "2024-04-01");
  }
}

static void
test_csv_import_events (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonCsvTable) table =
    parse_csv ("Title,Start,End,Kind,Host,Participants,Online\n"
               "Smart City Webinar 2030,2030-06-01,2030-06-02,webinar,WeGO,SCI-Japan; Unknown Future Institute,yes\n"
               "Backwards Forum,2024-06-02,2024-06-01,forum,,,\n");
  g_autoptr(LiaisonCsvImport) import = liaison_csv_import_new (table);
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint events = count (document, LIAISON_TYPE_EVENT);
  guint participations = count (document, LIAISON_TYPE_PARTICIPATION);
  g_autoptr(LiaisonEvent) event = NULL;
  g_autoptr(GPtrArray) taking_part = NULL;

  g_assert_cmpint (liaison_csv_import_get_records (import), ==, LIAISON_CSV_RECORDS_EVENTS);
  merge = liaison_csv_import_prepare (import, document, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_true (g_str_has_prefix (problems->pdata[0], "Line 3: "));

  g_assert_true (liaison_merge_apply (merge, "Import Spreadsheet", &error));
  g_assert_cmpuint (count (document, LIAISON_TYPE_EVENT), ==, events + 1);
  g_assert_cmpuint (count (document, LIAISON_TYPE_PARTICIPATION), ==, participations + 3);

  event = g_list_model_get_item (liaison_document_get_events (document), events);
  g_assert_cmpint (liaison_event_get_kind (event), ==, LIAISON_EVENT_KIND_WEBINAR);
  g_assert_cmpint (liaison_event_get_status (event), ==, LIAISON_EVENT_STATUS_PLANNED);
  g_assert_true (liaison_event_get_online (event));
  taking_part = liaison_document_get_participations_of (document, LIAISON_ENTITY (event));
  g_assert_cmpuint (taking_part->len, ==, 3);
  for (guint i = 0; i < taking_part->len; i++)
    {
      LiaisonParticipation *participation = taking_part->pdata[i];

      if (liaison_participation_get_role (participation) == LIAISON_ROLE_HOST)
        g_assert_cmpstr (liaison_participation_get_organization (participation), ==, "org-wego");
    }
}

static void
test_csv_export_round_trip (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  GListModel *organizations = liaison_document_get_organizations (document);
  g_autofree char *data = NULL;
  g_autoptr(LiaisonCsvTable) table = NULL;
  g_autoptr(LiaisonCsvImport) import = NULL;
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(LiaisonDocument) empty = liaison_document_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  data = liaison_csv_export_data (document, organizations, LIAISON_TYPE_ORGANIZATION, &length);
  g_assert_true (g_str_has_prefix (data, "\xEF\xBB\xBF" "id,name,name_en,name_ja"));
  table = liaison_csv_table_parse (data, length, "organizations.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_csv_table_get_n_rows (table), ==, g_list_model_get_n_items (organizations));

  /* Into the same document: all of them are there already. */
  import = liaison_csv_import_new (table);
  merge = liaison_csv_import_prepare (import, document, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (liaison_merge_get_n_added (merge, LIAISON_TYPE_ORGANIZATION), ==, 0);
  g_clear_object (&merge);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* Into an empty one: all of them, with their names in every language. */
  merge = liaison_csv_import_prepare (import, empty, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (liaison_merge_apply (merge, "Import", &error));
  g_assert_cmpuint (count (empty, LIAISON_TYPE_ORGANIZATION), ==, g_list_model_get_n_items (organizations));
  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(LiaisonOrganization) original = g_list_model_get_item (organizations, i);
      g_autoptr(LiaisonOrganization) copy = g_list_model_get_item (liaison_document_get_organizations (empty), i);

      g_assert_true (same_names (liaison_organization_get_name (original), liaison_organization_get_name (copy)));
      g_assert_cmpstr (liaison_organization_get_short_name (original), ==, liaison_organization_get_short_name (copy));
      g_assert_cmpint (liaison_organization_get_kind (original), ==, liaison_organization_get_kind (copy));
    }
}

static void
test_csv_export_formula (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonOrganization) organization = liaison_organization_new ("org-x");
  g_autoptr(LiaisonText) name = liaison_text_new ("en", "=HYPERLINK(\"http://example.com\")");
  g_autofree char *data = NULL;

  g_object_set (organization, "name", name, NULL);
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (organization), NULL));
  data = liaison_csv_export_data (document, liaison_document_get_organizations (document), LIAISON_TYPE_ORGANIZATION, NULL);
  g_assert_nonnull (strstr (data, ",\"'=HYPERLINK(\"\"http://example.com\"\")\","));
}

/* ---------------------------------------------------------------------- */

typedef char *(*ExportFunc) (LiaisonDocument *, GListModel *, gsize *);
typedef gboolean (*ImportFunc) (LiaisonDocument *, const char *, gsize, const char *, GError **);

static void
assert_network_round_trip (ExportFunc export_data,
                           ImportFunc import_data)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonDocument) copy = liaison_document_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(LiaisonDocument) reloaded = NULL;
  GListModel *organizations = liaison_document_get_organizations (document);
  GListModel *links = liaison_document_get_links (document);
  gsize length;

  data = export_data (document, NULL, &length);
  g_assert_true (import_data (copy, data, length, "network", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (liaison_document_get_undo_label (copy), ==, "Import Network");

  g_assert_cmpuint (count (copy, LIAISON_TYPE_ORGANIZATION), ==, g_list_model_get_n_items (organizations));
  g_assert_cmpuint (count (copy, LIAISON_TYPE_COOPERATION_LINK), ==, g_list_model_get_n_items (links));

  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(LiaisonOrganization) original = g_list_model_get_item (organizations, i);
      LiaisonEntity *found = liaison_document_lookup (copy, liaison_entity_get_id (LIAISON_ENTITY (original)));

      g_assert_true (LIAISON_IS_ORGANIZATION (found));
      g_assert_true (same_names (liaison_organization_get_name (original),
                                 liaison_organization_get_name (LIAISON_ORGANIZATION (found))));
      g_assert_cmpstr (liaison_organization_get_short_name (original), ==,
                       liaison_organization_get_short_name (LIAISON_ORGANIZATION (found)));
      g_assert_cmpint (liaison_organization_get_kind (original), ==,
                       liaison_organization_get_kind (LIAISON_ORGANIZATION (found)));
      g_assert_cmpstr (liaison_organization_get_country (original), ==,
                       liaison_organization_get_country (LIAISON_ORGANIZATION (found)));
      g_assert_cmpint (liaison_organization_get_founded (original), ==,
                       liaison_organization_get_founded (LIAISON_ORGANIZATION (found)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(LiaisonCooperationLink) original = g_list_model_get_item (links, i);
      LiaisonEntity *found = liaison_document_lookup (copy, liaison_entity_get_id (LIAISON_ENTITY (original)));
      LiaisonCooperationLink *link;

      g_assert_true (LIAISON_IS_COOPERATION_LINK (found));
      link = LIAISON_COOPERATION_LINK (found);
      g_assert_cmpstr (liaison_cooperation_link_get_from (original), ==, liaison_cooperation_link_get_from (link));
      g_assert_cmpstr (liaison_cooperation_link_get_to (original), ==, liaison_cooperation_link_get_to (link));
      g_assert_cmpint (liaison_cooperation_link_get_kind (original), ==, liaison_cooperation_link_get_kind (link));
      g_assert_cmpint (liaison_cooperation_link_get_status (original), ==, liaison_cooperation_link_get_status (link));
      g_assert_cmpint (liaison_cooperation_link_get_directed (original), ==, liaison_cooperation_link_get_directed (link));
      g_assert_true (liaison_date_equal (liaison_cooperation_link_get_start (original), liaison_cooperation_link_get_start (link)));
      g_assert_true (liaison_date_equal (liaison_cooperation_link_get_end (original), liaison_cooperation_link_get_end (link)));
      g_assert_cmpstr (liaison_cooperation_link_get_note (original), ==, liaison_cooperation_link_get_note (link));
    }

  /* What was imported is a valid document. */
  saved = liaison_json_save_data (copy, NULL);
  reloaded = liaison_json_load_data (saved, strlen (saved), "copy", &error);
  g_assert_no_error (error);

  /* Into the document it came from: nothing is new. */
  g_assert_true (import_data (document, data, length, "network", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, count (copy, LIAISON_TYPE_ORGANIZATION));
  g_assert_cmpuint (count (document, LIAISON_TYPE_COOPERATION_LINK), ==, count (copy, LIAISON_TYPE_COOPERATION_LINK));
  g_assert_false (liaison_document_can_undo (document));
}

static void
test_gexf_round_trip (void)
{
  assert_network_round_trip (liaison_gexf_export_data, liaison_gexf_import_data);
}

static void
test_graphml_round_trip (void)
{
  assert_network_round_trip (liaison_graphml_export_data, liaison_graphml_import_data);
}

static void
test_gexf_spells (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autofree char *data = liaison_gexf_export_data (document, NULL, NULL);

  g_assert_nonnull (strstr (data, "<gexf xmlns=\"http://gexf.net/1.3\""));
  g_assert_nonnull (strstr (data, "mode=\"dynamic\""));
  g_assert_nonnull (strstr (data, "timeformat=\"date\""));
  /* The MoU of SCI-Japan and III, signed on 7 November 2023. */
  g_assert_nonnull (strstr (data, "<spell start=\"2023-11-07\"/>"));
}

/* A file as networkx and Gephi write it: numbers for ids, attributes of
 * their own, a GEXF 1.2 namespace; and one as yEd writes it. */
static void
test_network_from_other_tools (void)
{
  const char *gexf =
    "<?xml version='1.0' encoding='utf-8'?>\n"
    "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
    "  <graph defaultedgetype=\"directed\" mode=\"static\" name=\"\">\n"
    "    <attributes class=\"node\" mode=\"static\">\n"
    "      <attribute id=\"0\" title=\"country\" type=\"string\"/>\n"
    "      <attribute id=\"1\" title=\"modularity_class\" type=\"integer\"/>\n"
    "      <attribute id=\"2\" title=\"type\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <attributes class=\"edge\" mode=\"static\">\n"
    "      <attribute id=\"3\" title=\"since\" type=\"string\"/>\n"
    "    </attributes>\n"
    "    <nodes>\n"
    "      <node id=\"0\" label=\"釜山（プサン）広域市\"><attvalues><attvalue for=\"0\" value=\"Korea\"/>"
    "<attvalue for=\"1\" value=\"3\"/><attvalue for=\"2\" value=\"city\"/></attvalues></node>\n"
    "      <node id=\"1\" label=\"WeGO\"><attvalues><attvalue for=\"1\" value=\"3\"/></attvalues></node>\n"
    "    </nodes>\n"
    "    <edges>\n"
    "      <edge source=\"0\" target=\"1\" id=\"0\" weight=\"2.5\" start=\"2019-05-02\">"
    "<attvalues><attvalue for=\"3\" value=\"2019\"/></attvalues></edge>\n"
    "    </edges>\n"
    "  </graph>\n"
    "</gexf>\n";
  const char *graphml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
    "  <key for=\"node\" id=\"d6\" yfiles.type=\"nodegraphics\"/>\n"
    "  <key attr.name=\"interaction\" attr.type=\"string\" for=\"edge\" id=\"d9\"><default>pp</default></key>\n"
    "  <graph edgedefault=\"directed\" id=\"G\">\n"
    "    <node id=\"n0\"><data key=\"d6\"><y:ShapeNode><y:Geometry height=\"30\" width=\"30\" x=\"0\" y=\"0\"/>"
    "<y:NodeLabel>Seoul Digital Foundation</y:NodeLabel></y:ShapeNode></data></node>\n"
    "    <node id=\"n1\"><data key=\"d6\"><y:ShapeNode><y:NodeLabel>WeGO</y:NodeLabel></y:ShapeNode></data></node>\n"
    "    <edge id=\"e0\" source=\"n0\" target=\"n1\"/>\n"
    "  </graph>\n"
    "</graphml>\n";
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(GError) error = NULL;
  guint organizations = count (document, LIAISON_TYPE_ORGANIZATION);
  guint links = count (document, LIAISON_TYPE_COOPERATION_LINK);
  g_autoptr(LiaisonOrganization) busan = NULL;
  g_autoptr(LiaisonCooperationLink) link = NULL;
  JsonObject *kept;
  g_autofree char *start = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(LiaisonDocument) reloaded = NULL;
  g_autofree char *exported = NULL;

  g_assert_true (liaison_gexf_import_data (document, gexf, strlen (gexf), "networkx.gexf", &error));
  g_assert_no_error (error);

  /* WeGO is the sample's; Busan is new, with its Japanese name, kind and country. */
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations + 1);
  g_assert_cmpuint (count (document, LIAISON_TYPE_COOPERATION_LINK), ==, links + 1);
  busan = g_list_model_get_item (liaison_document_get_organizations (document), organizations);
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (busan), "ja"), ==, "釜山（プサン）広域市");
  g_assert_cmpint (liaison_organization_get_kind (busan), ==, LIAISON_ORGANIZATION_KIND_CITY);
  g_assert_cmpstr (liaison_organization_get_country (busan), ==, "KR");
  kept = liaison_interop_get_kept_attributes (LIAISON_ENTITY (busan));
  g_assert_nonnull (kept);
  g_assert_cmpstr (json_object_get_string_member (kept, "modularity_class"), ==, "3");

  link = g_list_model_get_item (liaison_document_get_links (document), links);
  g_assert_cmpstr (liaison_cooperation_link_get_from (link), ==, liaison_entity_get_id (LIAISON_ENTITY (busan)));
  g_assert_cmpstr (liaison_cooperation_link_get_to (link), ==, "org-wego");
  g_assert_true (liaison_cooperation_link_get_directed (link));
  start = liaison_date_to_string (liaison_cooperation_link_get_start (link));
  g_assert_cmpstr (start, ==, "2019-05-02");
  kept = liaison_interop_get_kept_attributes (LIAISON_ENTITY (link));
  g_assert_cmpstr (json_object_get_string_member (kept, "weight"), ==, "2.5");
  g_assert_cmpstr (json_object_get_string_member (kept, "since"), ==, "2019");

  /* What was kept survives a save and comes back in exports. */
  saved = liaison_json_save_data (document, NULL);
  reloaded = liaison_json_load_data (saved, strlen (saved), "saved", &error);
  g_assert_no_error (error);
  exported = liaison_graphml_export_data (reloaded, NULL, NULL);
  g_assert_nonnull (strstr (exported, "attr.name=\"modularity_class\""));
  g_assert_nonnull (strstr (exported, ">2.5</data>"));

  g_assert_true (liaison_graphml_import_data (document, graphml, strlen (graphml), "yed.graphml", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations + 2);
  g_assert_cmpuint (count (document, LIAISON_TYPE_COOPERATION_LINK), ==, links + 2);
  {
    g_autoptr(LiaisonOrganization) foundation =
      g_list_model_get_item (liaison_document_get_organizations (document), organizations + 1);
    g_autoptr(LiaisonCooperationLink) yed_link = g_list_model_get_item (liaison_document_get_links (document), links + 1);

    g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (foundation), "en"), ==, "Seoul Digital Foundation");
    kept = liaison_interop_get_kept_attributes (LIAISON_ENTITY (yed_link));
    g_assert_cmpstr (json_object_get_string_member (kept, "interaction"), ==, "pp");
  }

  /* Two imports, two steps. */
  g_assert_true (liaison_document_undo (document));
  g_assert_true (liaison_document_undo (document));
  g_assert_false (liaison_document_can_undo (document));
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations);
}

/* ---------------------------------------------------------------------- */

static void
test_malformed (void)
{
  static const struct {
    const char *file;
    int         code;
    guint       line;
  } cases[] = {
    { "csv-unclosed-quote.csv", LIAISON_INTEROP_ERROR_SYNTAX, 3 },
    { "csv-invalid-utf8.csv", LIAISON_INTEROP_ERROR_ENCODING, 4 },
    { "csv-too-many-columns.csv", LIAISON_INTEROP_ERROR_INVALID, 2 },
    { "csv-empty.csv", LIAISON_INTEROP_ERROR_EMPTY, 1 },
    { "csv-bom-only.csv", LIAISON_INTEROP_ERROR_EMPTY, 1 },
    { "csv-nul-byte.csv", LIAISON_INTEROP_ERROR_ENCODING, 2 },
    { "gexf-not-xml.gexf", LIAISON_INTEROP_ERROR_SYNTAX, 5 },
    { "gexf-truncated.gexf", LIAISON_INTEROP_ERROR_SYNTAX, 6 },
    { "gexf-dangling-edge.gexf", LIAISON_INTEROP_ERROR_UNKNOWN_REFERENCE, 10 },
    { "gexf-duplicate-node.gexf", LIAISON_INTEROP_ERROR_INVALID, 7 },
    { "gexf-wrong-root.gexf", LIAISON_INTEROP_ERROR_INVALID, 2 },
    { "gexf-invalid-utf8.gexf", LIAISON_INTEROP_ERROR_ENCODING, 5 },
    { "gexf-node-without-id.gexf", LIAISON_INTEROP_ERROR_INVALID, 6 },
    { "graphml-dangling-edge.graphml", LIAISON_INTEROP_ERROR_UNKNOWN_REFERENCE, 8 },
    { "graphml-mismatched-tag.graphml", LIAISON_INTEROP_ERROR_SYNTAX, 4 },
    { "graphml-undefined-entity.graphml", LIAISON_INTEROP_ERROR_SYNTAX, 5 },
    { "graphml-edge-without-source.graphml", LIAISON_INTEROP_ERROR_INVALID, 6 },
    { "graphml-empty.graphml", LIAISON_INTEROP_ERROR_SYNTAX, 1 },
    { "graphml-not-graphml.graphml", LIAISON_INTEROP_ERROR_INVALID, 2 },
    /* Found by fuzzing (tests/fuzz): GMarkup cuts the name it quotes in
     * the middle of a character. */
    { "gexf-fullwidth-in-tag.gexf", LIAISON_INTEROP_ERROR_SYNTAX, 5 },
    { "graphml-fullwidth-in-tag.graphml", LIAISON_INTEROP_ERROR_SYNTAX, 5 },
  };
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "interop-bad", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autofree char *before = liaison_json_save_data (document, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "interop-bad", cases[i].file, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autofree char *where = g_strdup_printf ("%s, line %u: ", cases[i].file, cases[i].line);
      g_autofree char *after = NULL;

      g_test_message ("%s", cases[i].file);
      if (g_str_has_suffix (cases[i].file, ".csv"))
        {
          g_autoptr(LiaisonCsvTable) table = liaison_csv_table_load_file (file, NULL, &error);

          g_assert_null (table);
        }
      else
        {
          g_assert_false (liaison_import_network_file (document, file, NULL, &error));
        }

      g_assert_error (error, LIAISON_INTEROP_ERROR, cases[i].code);
      g_test_message ("  %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, where));
      g_assert_true (g_utf8_validate (error->message, -1, NULL));

      after = liaison_json_save_data (document, NULL);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (liaison_document_can_undo (document));
    }

  /* Every file in the folder has its case above. */
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (cases) && !listed; i++)
        listed = g_str_equal (cases[i].file, name);
      if (!listed)
        g_error ("tests/data/interop-bad/%s has no case in test_malformed", name);
    }
}

/* Every file in tests/data/interop, the fuzzers' seeds and what they
 * found, imports into the sample as one step that undo takes back
 * completely, and the result saves and loads again. */
static void
test_import_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "interop", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  /* One sample for all: each import is undone, and checked to be. */
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autofree char *before = liaison_json_save_data (document, NULL);
  const char *name;
  guint checked = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(LiaisonDocument) reloaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *saved = NULL, *after = NULL;
      gsize length;

      g_test_message ("%s", name);
      if (g_str_has_suffix (name, ".csv") || g_str_has_suffix (name, ".tsv"))
        {
          g_autoptr(LiaisonCsvTable) table = liaison_csv_table_load_file (file, NULL, &error);
          g_autoptr(LiaisonCsvImport) import = NULL;
          g_autoptr(LiaisonMerge) merge = NULL;
          g_autoptr(GPtrArray) problems = NULL;

          g_assert_no_error (error);
          import = liaison_csv_import_new (table);
          liaison_csv_import_guess (import);
          merge = liaison_csv_import_prepare (import, document, &problems, &error);
          g_assert_no_error (error);
          for (guint i = 0; i < problems->len; i++)
            g_test_message ("  %s", (char *) problems->pdata[i]);
          g_assert_true (liaison_merge_apply (merge, "Import", &error));
        }
      else
        {
          g_assert_true (liaison_import_network_file (document, file, NULL, &error));
        }
      g_assert_no_error (error);
      g_assert_true (liaison_document_can_undo (document));

      saved = liaison_json_save_data (document, &length);
      reloaded = liaison_json_load_data (saved, length, "imported.liaison", &error);
      g_assert_no_error (error);
      g_assert_cmpuint (liaison_document_get_n_entities (reloaded), ==, liaison_document_get_n_entities (document));

      g_assert_true (liaison_document_undo (document));
      g_assert_false (liaison_document_can_undo (document));
      after = liaison_json_save_data (document, NULL);
      g_assert_cmpstr (after, ==, before);
      checked++;
    }

  g_assert_cmpuint (checked, >=, 10);
}

static void
test_too_large (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(LiaisonCsvTable) table = NULL;
  GOutputStream *output;

  /* A sparse file over the limit: nothing of it is read. */
  file = g_file_new_tmp ("liaison-XXXXXX.gexf", &stream, &error);
  g_assert_no_error (error);
  output = g_io_stream_get_output_stream (G_IO_STREAM (stream));
  g_assert_true (g_seekable_seek (G_SEEKABLE (output), LIAISON_INTEROP_MAX_SIZE + 10, G_SEEK_SET, NULL, &error));
  g_assert_true (g_output_stream_write_all (output, "x", 1, NULL, NULL, &error));
  g_assert_true (g_io_stream_close (G_IO_STREAM (stream), NULL, &error));

  g_assert_false (liaison_import_network_file (document, file, NULL, &error));
  g_assert_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_TOO_LARGE);
  g_clear_error (&error);
  table = liaison_csv_table_load_file (file, NULL, &error);
  g_assert_null (table);
  g_assert_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_TOO_LARGE);
  g_file_delete (file, NULL, NULL);
}

/* ---------------------------------------------------------------------- */

static void
test_ical (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  guint left_out = 0;
  guint n_events = 0;
  gboolean found = FALSE;

  data = liaison_ical_export_data (document, NULL, &left_out, NULL);
  g_assert_true (g_str_has_prefix (data, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
  g_assert_true (g_str_has_suffix (data, "END:VCALENDAR\r\n"));

  lines = g_strsplit (data, "\r\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_assert_cmpuint (strlen (lines[i]), <=, 75);
      g_assert_null (strchr (lines[i], '\n'));
      if (strcmp (lines[i], "BEGIN:VEVENT") == 0)
        n_events++;
      if (strcmp (lines[i], "UID:evt-cjk-webinar-2020@" APP_ID) == 0)
        {
          g_assert_cmpstr (lines[i + 2], ==, "DTSTART;VALUE=DATE:20200805");
          g_assert_cmpstr (lines[i + 3], ==, "DTEND;VALUE=DATE:20200806");
          found = TRUE;
        }
    }
  g_assert_true (found);
  /* Events without a day ("2023-11", "2021-early") are left out and counted. */
  g_assert_cmpuint (n_events + left_out, ==, count (document, LIAISON_TYPE_EVENT));
  g_assert_cmpuint (left_out, >, 0);
  /* The series runs from 6 to 13 July 2020: DTEND is the day after. */
  g_assert_nonnull (strstr (data, "DTSTART;VALUE=DATE:20200706\r\nDTEND;VALUE=DATE:20200714\r\n"));
}

static void
test_export_formats (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(GFile) png = g_file_new_for_path ("graph.PNG");
  g_autoptr(GFile) ics = g_file_new_for_path ("events.ics");
  g_autoptr(GFile) none = g_file_new_for_path ("README");
  g_autoptr(GError) error = NULL;
  LiaisonExportFormat format;

  g_assert_true (liaison_export_format_from_name ("GraphML", &format));
  g_assert_cmpint (format, ==, LIAISON_EXPORT_FORMAT_GRAPHML);
  g_assert_false (liaison_export_format_from_name ("docx", &format));
  g_assert_true (liaison_export_format_from_file (png, &format));
  g_assert_cmpint (format, ==, LIAISON_EXPORT_FORMAT_PNG);
  g_assert_true (liaison_export_format_from_file (ics, &format));
  g_assert_cmpint (format, ==, LIAISON_EXPORT_FORMAT_ICS);
  g_assert_false (liaison_export_format_from_file (none, &format));

  g_assert_cmpstr (liaison_export_format_get_name (LIAISON_EXPORT_FORMAT_PDF), ==, "pdf");
  g_assert_true (liaison_export_format_is_image (LIAISON_EXPORT_FORMAT_PDF));
  g_assert_false (liaison_export_format_is_image (LIAISON_EXPORT_FORMAT_ICS));
}

static guint
count_pages (const char *pdf,
             gsize       length)
{
  guint pages = 0;

  /* "/Type /Page" but not "/Type /Pages"; the data holds NUL bytes. */
  static const char marker[] = "/Type /Page";
  gsize marker_length = strlen (marker);

  for (gsize i = 0; i + marker_length < length; i++)
    {
      if (memcmp (pdf + i, marker, marker_length) == 0 && pdf[i + marker_length] != 's')
        pages++;
    }

  return pages;
}

static void
test_report (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  const char *ids[] = { "evt-cjk-webinar-2020", "org-sci-japan" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFileIOStream) stream = NULL;
      g_autoptr(GFile) file = g_file_new_tmp ("liaison-XXXXXX.pdf", &stream, &error);
      g_autofree char *data = NULL;
      gsize length;

      g_assert_no_error (error);
      g_assert_true (liaison_report_export_file (document, liaison_document_lookup (document, ids[i]), file, NULL, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_load_contents (file, NULL, &data, &length, NULL, &error));
      g_assert_true (g_str_has_prefix (data, "%PDF-"));
      g_assert_cmpuint (length, >, 2000);
      g_assert_cmpuint (count_pages (data, length), ==, 1);
      g_file_delete (file, NULL, NULL);
    }
}

static char *
export_image (LiaisonDocument     *document,
              LiaisonExportFormat  format,
              int                  width,
              int                  height,
              gsize               *length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  g_autoptr(GFile) file = g_file_new_tmp ("liaison-XXXXXX.image", &stream, &error);
  char *data = NULL;

  g_assert_no_error (error);
  if (width > 0)
    g_assert_true (liaison_graph_image_export_file (document, format, width, height, file, NULL, &error));
  else
    g_assert_true (liaison_export_document (document, format, G_TYPE_INVALID, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_load_contents (file, NULL, &data, length, NULL, &error));
  g_assert_no_error (error);
  g_file_delete (file, NULL, NULL);

  return data;
}

static guint32
read_big_endian (const char *data)
{
  const guchar *bytes = (const guchar *) data;

  return (guint32) bytes[0] << 24 | (guint32) bytes[1] << 16 | (guint32) bytes[2] << 8 | bytes[3];
}

/* The graph as pictures, with no display: a PNG of the size asked for,
 * an SVG whose names are text, a one-page PDF; the same each time. */
static void
test_graph_image (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autofree char *png = NULL;
  g_autofree char *small = NULL;
  g_autofree char *svg = NULL;
  g_autofree char *again = NULL;
  g_autofree char *pdf = NULL;
  gsize length, again_length;

  /* By default 1600 × 1000. */
  png = export_image (document, LIAISON_EXPORT_FORMAT_PNG, 0, 0, &length);
  g_assert_cmpuint (length, >, 24);
  g_assert_true (memcmp (png, "\x89PNG\r\n\x1a\n", 8) == 0);
  g_assert_true (memcmp (png + 12, "IHDR", 4) == 0);
  g_assert_cmpuint (read_big_endian (png + 16), ==, LIAISON_GRAPH_IMAGE_DEFAULT_WIDTH);
  g_assert_cmpuint (read_big_endian (png + 20), ==, LIAISON_GRAPH_IMAGE_DEFAULT_HEIGHT);

  small = export_image (document, LIAISON_EXPORT_FORMAT_PNG, 640, 480, &length);
  g_assert_cmpuint (read_big_endian (small + 16), ==, 640);
  g_assert_cmpuint (read_big_endian (small + 20), ==, 480);

  /* The force layout starts from a fixed seed: the same drawing twice. */
  svg = export_image (document, LIAISON_EXPORT_FORMAT_SVG, 1200, 800, &length);
  again = export_image (document, LIAISON_EXPORT_FORMAT_SVG, 1200, 800, &again_length);
  g_assert_cmpuint (length, ==, again_length);
  g_assert_cmpstr (svg, ==, again);
  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  g_assert_nonnull (strstr (svg, "width=\"1200\" height=\"800\""));
  g_assert_nonnull (strstr (svg, ">WeGO</tspan></text>"));
  g_assert_nonnull (strstr (svg, ">Countries</tspan></text>"));
  g_assert_null (strstr (svg, "nan"));

  /* Too small for the legend: the graph takes the whole picture. */
  g_clear_pointer (&svg, g_free);
  svg = export_image (document, LIAISON_EXPORT_FORMAT_SVG, 600, 400, &length);
  g_assert_nonnull (strstr (svg, ">WeGO</tspan></text>"));
  g_assert_null (strstr (svg, ">Countries</tspan></text>"));

  pdf = export_image (document, LIAISON_EXPORT_FORMAT_PDF, 0, 0, &length);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  g_assert_cmpuint (count_pages (pdf, length), ==, 1);
}

/* Places every organization and event of @document on a circle, turned
 * by @turn and moved by @dx, @dy. */
static void
place_all (LiaisonDocument *document,
           double           turn,
           double           dx,
           double           dy)
{
  GListModel *collections[] = { liaison_document_get_organizations (document), liaison_document_get_events (document) };
  guint k = 0;

  for (guint c = 0; c < G_N_ELEMENTS (collections); c++)
    for (guint i = 0; i < g_list_model_get_n_items (collections[c]); i++, k++)
      {
        g_autoptr(LiaisonEntity) entity = g_list_model_get_item (collections[c], i);
        g_autoptr(GError) error = NULL;

        g_assert_true (liaison_document_set (document, entity, &error,
                                             "x", dx + 300 * cos (k * turn), "y", dy + 300 * sin (k * turn),
                                             "placed", TRUE, NULL));
        g_assert_no_error (error);
      }
}

/* Positions saved in the document are drawn as they are: moving them all
 * together changes nothing in the picture (it is fitted to them), moving
 * them apart changes it. */
static void
test_graph_image_positions (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autofree char *laid_out = NULL;
  g_autofree char *placed = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *turned = NULL;
  gsize length;

  laid_out = export_image (document, LIAISON_EXPORT_FORMAT_SVG, 800, 600, &length);
  place_all (document, 0.3, 0, 0);
  placed = export_image (document, LIAISON_EXPORT_FORMAT_SVG, 800, 600, &length);
  place_all (document, 0.3, 5000, -2000);
  moved = export_image (document, LIAISON_EXPORT_FORMAT_SVG, 800, 600, &length);
  place_all (document, 0.7, 0, 0);
  turned = export_image (document, LIAISON_EXPORT_FORMAT_SVG, 800, 600, &length);

  g_assert_cmpstr (placed, !=, laid_out);
  g_assert_cmpstr (moved, ==, placed);
  g_assert_cmpstr (turned, !=, placed);
}

/* An empty network still makes a picture, saying why it is empty; sizes
 * out of range are refused. */
static void
test_graph_image_edges (void)
{
  g_autoptr(LiaisonDocument) empty = liaison_document_new ();
  g_autoptr(GFile) file = g_file_new_for_path ("never-written.png");
  g_autoptr(GError) error = NULL;
  g_autofree char *svg = NULL;
  gsize length;

  svg = export_image (empty, LIAISON_EXPORT_FORMAT_SVG, 400, 300, &length);
  g_assert_nonnull (strstr (svg, "no organizations"));

  g_assert_false (liaison_graph_image_export_file (empty, LIAISON_EXPORT_FORMAT_PNG, 0, 300, file, NULL, &error));
  g_assert_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (liaison_graph_image_export_file (empty, LIAISON_EXPORT_FORMAT_PNG, 400, LIAISON_GRAPH_IMAGE_MAX_SIZE + 1,
                                                   file, NULL, &error));
  g_assert_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID);
  g_assert_false (g_file_query_exists (file, NULL));
}

static void
test_merge_ids (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonMerge) merge = liaison_merge_new (document);
  g_autoptr(LiaisonOrganization) first = liaison_organization_new ("org-sci-japan");
  g_autoptr(LiaisonOrganization) second = liaison_organization_new ("anything");
  g_autoptr(LiaisonOrganization) third = liaison_organization_new ("anything");
  g_autoptr(LiaisonText) first_name = liaison_text_new ("en", "Kyoto Smart City Office");
  g_autoptr(LiaisonText) second_name = liaison_text_new ("ko", "부산광역시");
  g_autoptr(LiaisonText) third_name = liaison_text_new ("ko", "대구광역시");
  const char *first_id, *second_id, *third_id;

  g_object_set (first, "name", first_name, NULL);
  g_object_set (second, "name", second_name, NULL);
  g_object_set (third, "name", third_name, NULL);

  /* A Liaison id already taken is not reused; names without Latin letters get numbers. */
  first_id = liaison_merge_add_organization (merge, first);
  second_id = liaison_merge_add_organization (merge, second);
  third_id = liaison_merge_add_organization (merge, third);
  g_assert_cmpstr (first_id, ==, "org-kyoto-smart-city-office");
  g_assert_cmpstr (second_id, !=, third_id);
  g_assert_true (g_str_has_prefix (second_id, "org-"));
  g_assert_cmpstr (liaison_merge_find_organization (merge, "부산 광역시"), ==, second_id);
  g_assert_true (liaison_merge_apply (merge, "Import", NULL));
  g_assert_true (LIAISON_IS_ORGANIZATION (liaison_document_lookup (document, third_id)));

  /* Names alike in their first forty letters, too many for an id: each
   * gets an id of its own (this used to loop forever; found by fuzzing). */
  {
    g_autoptr(LiaisonMerge) long_names = liaison_merge_new (document);
    g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < 12; i++)
      {
        g_autofree char *title = g_strdup_printf ("Smart City Expo World Congress 2023, Japan Pavilion, day %u", i + 1);
        g_autoptr(LiaisonEvent) event = liaison_event_new ("anything");
        g_autoptr(LiaisonText) text = liaison_text_new ("en", title);
        const char *id;

        g_object_set (event, "title", text, NULL);
        id = liaison_merge_add_event (long_names, event);
        g_assert_true (liaison_entity_id_is_valid (id));
        g_assert_false (g_hash_table_contains (ids, id));
        g_hash_table_add (ids, (char *) id);
      }
    g_assert_true (liaison_merge_apply (long_names, "Import", NULL));
    g_assert_cmpuint (g_hash_table_size (ids), ==, 12);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interop/values", test_values);
  g_test_add_func ("/interop/merge/ids", test_merge_ids);
  g_test_add_func ("/interop/csv/parse", test_csv_parse);
  g_test_add_func ("/interop/csv/parse-tabs", test_csv_parse_tabs);
  g_test_add_func ("/interop/csv/guess", test_csv_guess);
  g_test_add_func ("/interop/csv/import-thousand", test_csv_import_thousand);
  g_test_add_func ("/interop/csv/import-links", test_csv_import_links);
  g_test_add_func ("/interop/csv/import-events", test_csv_import_events);
  g_test_add_func ("/interop/csv/export-round-trip", test_csv_export_round_trip);
  g_test_add_func ("/interop/csv/export-formula", test_csv_export_formula);
  g_test_add_func ("/interop/gexf/round-trip", test_gexf_round_trip);
  g_test_add_func ("/interop/gexf/spells", test_gexf_spells);
  g_test_add_func ("/interop/graphml/round-trip", test_graphml_round_trip);
  g_test_add_func ("/interop/network/other-tools", test_network_from_other_tools);
  g_test_add_func ("/interop/malformed", test_malformed);
  g_test_add_func ("/interop/import-files", test_import_files);
  g_test_add_func ("/interop/too-large", test_too_large);
  g_test_add_func ("/interop/ical", test_ical);
  g_test_add_func ("/interop/export/formats", test_export_formats);
  g_test_add_func ("/interop/report", test_report);
  g_test_add_func ("/interop/graph-image", test_graph_image);
  g_test_add_func ("/interop/graph-image/positions", test_graph_image_positions);
  g_test_add_func ("/interop/graph-image/edges", test_graph_image_edges);

  return g_test_run ();
}
