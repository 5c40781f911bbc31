/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model.c: dates, translated names, the document's edits, undo stack and integrity. */

#include "config.h"

#include <locale.h>

#include "liaison-document.h"
#include "liaison-language.h"

static void
test_date_parse (void)
{
  struct { const char *text; gboolean valid; const char *back; } cases[] = {
    { "2020-08-05", TRUE, "2020-08-05" },
    { "2020-08", TRUE, "2020-08" },
    { "2021", TRUE, "2021" },
    { "2021-early", TRUE, "2021-early" },
    { "2021-mid", TRUE, "2021-mid" },
    { "2021-late", TRUE, "2021-late" },
    { "2024-02-29", TRUE, "2024-02-29" },
    { "2021-02-29", FALSE, NULL },
    { "2021-13", FALSE, NULL },
    { "2021-00", FALSE, NULL },
    { "2021-1-5", FALSE, NULL },
    { "05/08/2020", FALSE, NULL },
    { "2021-spring", FALSE, NULL },
    { "0000", FALSE, NULL },
    { "", FALSE, NULL },
    { "20211", FALSE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LiaisonDate date;
      g_autofree char *back = NULL;

      g_assert_cmpint (liaison_date_parse (cases[i].text, &date), ==, cases[i].valid);
      back = liaison_date_to_string (&date);
      g_assert_cmpstr (back, ==, cases[i].back);
    }
}

static void
test_date_order (void)
{
  LiaisonDate year, month, day, early, late, none = LIAISON_DATE_INIT_NONE;

  g_assert_true (liaison_date_parse ("2020", &year));
  g_assert_true (liaison_date_parse ("2020-01", &month));
  g_assert_true (liaison_date_parse ("2020-01-01", &day));
  g_assert_true (liaison_date_parse ("2020-early", &early));
  g_assert_true (liaison_date_parse ("2020-late", &late));

  g_assert_cmpint (liaison_date_compare (&year, &month), <, 0);
  g_assert_cmpint (liaison_date_compare (&month, &day), <, 0);
  g_assert_cmpint (liaison_date_compare (&early, &late), <, 0);
  g_assert_cmpint (liaison_date_compare (&day, &late), <, 0);
  g_assert_cmpint (liaison_date_compare (&late, &none), <, 0);
  g_assert_cmpint (liaison_date_compare (&none, &none), ==, 0);
  g_assert_cmpuint (liaison_date_get_first_day (&late), >, liaison_date_get_first_day (&early));
}

static void
test_date_format_english (void)
{
  LiaisonDate date, start, end;
  g_autofree char *full = NULL, *month = NULL, *early = NULL, *range = NULL;

  /* Untranslated: the English patterns. */
  g_assert_true (liaison_date_parse ("2020-08-05", &date));
  full = liaison_date_format (&date);
  g_assert_cmpstr (full, ==, "5 August 2020");

  g_assert_true (liaison_date_parse ("2020-08", &date));
  month = liaison_date_format (&date);
  g_assert_cmpstr (month, ==, "August 2020");

  g_assert_true (liaison_date_parse ("2021-early", &date));
  early = liaison_date_format (&date);
  g_assert_cmpstr (early, ==, "early 2021");

  g_assert_true (liaison_date_parse ("2020-07-06", &start));
  g_assert_true (liaison_date_parse ("2020-07-13", &end));
  range = liaison_date_format_range (&start, &end);
  g_assert_cmpstr (range, ==, "6 July 2020 – 13 July 2020");
}

static void
test_text_lookup (void)
{
  g_autoptr(LiaisonText) empty = liaison_text_new (NULL, NULL);
  g_autoptr(LiaisonText) korean = liaison_text_with (empty, "ko", "세계스마트시티기구");
  g_autoptr(LiaisonText) both = liaison_text_with (korean, "en", "WeGO");
  g_autoptr(LiaisonText) removed = liaison_text_with (both, "ko", NULL);
  const char *found;

  g_assert_cmpuint (liaison_text_get_n_items (empty), ==, 0);
  g_assert_null (liaison_text_lookup (empty, "ja", NULL, NULL));

  /* The reader's language first, then English, then the original. */
  g_assert_cmpstr (liaison_text_lookup (both, "ko", "ko", &found), ==, "세계스마트시티기구");
  g_assert_cmpstr (found, ==, "ko");
  g_assert_cmpstr (liaison_text_lookup (both, "ja", "ko", &found), ==, "WeGO");
  g_assert_cmpstr (found, ==, "en");
  g_assert_cmpstr (liaison_text_lookup (korean, "ja", NULL, &found), ==, "세계스마트시티기구");
  g_assert_cmpstr (found, ==, "ko");

  g_assert_cmpuint (liaison_text_get_n_items (removed), ==, 1);
  g_assert_false (liaison_text_equal (both, removed));
  g_assert_true (liaison_text_contains (both, "wego"));
  g_assert_true (liaison_text_contains (both, "스마트"));
  g_assert_false (liaison_text_contains (removed, "스마트"));
}

static LiaisonOrganization *
add_organization (LiaisonDocument *document,
                  const char      *id,
                  const char      *name)
{
  g_autoptr(LiaisonOrganization) organization = liaison_organization_new (id);
  g_autoptr(LiaisonText) text = liaison_text_new ("en", name);
  g_autoptr(GError) error = NULL;

  g_object_set (organization, "name", text, NULL);
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (organization), &error));
  g_assert_no_error (error);

  return organization;
}

static LiaisonCooperationLink *
add_link (LiaisonDocument *document,
          const char      *id,
          const char      *from,
          const char      *to)
{
  g_autoptr(LiaisonCooperationLink) link = liaison_cooperation_link_new (id);
  g_autoptr(GError) error = NULL;

  g_object_set (link, "kind", LIAISON_LINK_KIND_MOU, "from", from, "to", to, NULL);
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (link), &error));
  g_assert_no_error (error);

  return link;
}

static void
test_undo_redo (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  LiaisonOrganization *sci;

  g_assert_false (liaison_document_get_dirty (document));
  sci = add_organization (document, "org-sci", "SCI-Japan");
  g_assert_true (liaison_document_get_dirty (document));
  liaison_document_mark_saved (document);
  g_assert_false (liaison_document_get_dirty (document));

  g_assert_true (liaison_document_set (document, LIAISON_ENTITY (sci), NULL, "city", "Tokyo", "country", "JP", NULL));
  g_assert_cmpstr (liaison_organization_get_city (sci), ==, "Tokyo");
  g_assert_true (liaison_document_get_dirty (document));

  /* Both fields were one step. */
  g_assert_true (liaison_document_undo (document));
  g_assert_null (liaison_organization_get_city (sci));
  g_assert_null (liaison_organization_get_country (sci));
  g_assert_false (liaison_document_get_dirty (document));

  g_assert_true (liaison_document_redo (document));
  g_assert_cmpstr (liaison_organization_get_city (sci), ==, "Tokyo");
  g_assert_cmpstr (liaison_organization_get_country (sci), ==, "JP");
  g_assert_true (liaison_document_get_dirty (document));
  g_assert_false (liaison_document_redo (document));

  /* A group of changes under one label. */
  liaison_document_begin_change (document, "Rename");
  liaison_document_set (document, LIAISON_ENTITY (sci), NULL, "short-name", "SCI-J", NULL);
  liaison_document_set (document, LIAISON_ENTITY (sci), NULL, "city", "Chiyoda", NULL);
  liaison_document_end_change (document);
  g_assert_cmpstr (liaison_document_get_undo_label (document), ==, "Rename");
  g_assert_true (liaison_document_undo (document));
  g_assert_null (liaison_organization_get_short_name (sci));
  g_assert_cmpstr (liaison_organization_get_city (sci), ==, "Tokyo");

  /* A new edit after an undo drops the redo branch; the saved state is lost for good. */
  liaison_document_undo (document);
  liaison_document_mark_saved (document);
  liaison_document_redo (document);
  liaison_document_undo (document);
  g_assert_false (liaison_document_get_dirty (document));
  liaison_document_set (document, LIAISON_ENTITY (sci), NULL, "website", "https://example.org", NULL);
  g_assert_false (liaison_document_can_redo (document));

  /* Adding is undone by removing. */
  while (liaison_document_undo (document))
    ;
  g_assert_null (liaison_document_lookup (document, "org-sci"));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (document)), ==, 0);
  g_assert_true (liaison_document_redo (document));
  g_assert_true (liaison_document_lookup (document, "org-sci") == LIAISON_ENTITY (sci));
}

static void
test_references_checked (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonCooperationLink) dangling = liaison_cooperation_link_new ("link-x");
  g_autoptr(GError) error = NULL;
  LiaisonOrganization *sci;

  sci = add_organization (document, "org-sci", "SCI-Japan");

  /* A link to an organization that is not there is refused. */
  g_object_set (dangling, "from", "org-sci", "to", "org-nowhere", NULL);
  g_assert_false (liaison_document_add (document, LIAISON_ENTITY (dangling), &error));
  g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_UNKNOWN_REFERENCE);
  g_clear_error (&error);

  /* So is a parent that is not an organization, and a duplicate id. */
  g_assert_false (liaison_document_set (document, LIAISON_ENTITY (sci), &error, "parent", "src-none", NULL));
  g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_UNKNOWN_REFERENCE);
  g_clear_error (&error);
  g_assert_null (liaison_organization_get_parent (sci));

  {
    g_autoptr(LiaisonOrganization) twin = liaison_organization_new ("org-sci");

    g_assert_false (liaison_document_add (document, LIAISON_ENTITY (twin), &error));
    g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_DUPLICATE_ID);
  }
}

static void
test_remove_cascades (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonSource) source = liaison_source_new ("src-1");
  g_autoptr(LiaisonPerson) person = liaison_person_new ("person-1");
  g_autoptr(GError) error = NULL;
  const char *cites[] = { "src-1", NULL };
  LiaisonOrganization *sci, *iii, *wego;

  sci = add_organization (document, "org-sci", "SCI-Japan");
  iii = add_organization (document, "org-iii", "III");
  wego = add_organization (document, "org-wego", "WeGO");
  add_link (document, "link-1", "org-sci", "org-iii");
  add_link (document, "link-2", "org-wego", "org-sci");
  add_link (document, "link-3", "org-wego", "org-iii");
  g_object_set (person, "affiliation", "org-sci", NULL);
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (person), NULL));
  g_object_set (source, "title", "News", NULL);
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (source), NULL));
  g_assert_true (liaison_document_set (document, LIAISON_ENTITY (iii), NULL, "sources", cites, NULL));

  g_assert_cmpuint (liaison_document_count_links_of (document, sci), ==, 2);
  g_assert_cmpuint (liaison_document_count_links_of (document, wego), ==, 2);

  /* Refused while something refers to it. */
  g_assert_false (liaison_document_remove (document, LIAISON_ENTITY (sci), LIAISON_REMOVE_REFUSE, &error));
  g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_REFERENCED);
  g_assert_nonnull (liaison_document_lookup (document, "org-sci"));

  /* Cascade: its links go, the person stays without affiliation, in one step. */
  g_assert_true (liaison_document_remove (document, LIAISON_ENTITY (sci), LIAISON_REMOVE_CASCADE, NULL));
  g_assert_null (liaison_document_lookup (document, "org-sci"));
  g_assert_null (liaison_document_lookup (document, "link-1"));
  g_assert_null (liaison_document_lookup (document, "link-2"));
  g_assert_nonnull (liaison_document_lookup (document, "link-3"));
  g_assert_null (liaison_person_get_affiliation (person));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_links (document)), ==, 1);

  /* No dangling reference is left anywhere. */
  for (guint i = 0; i < g_list_model_get_n_items (liaison_document_get_links (document)); i++)
    {
      g_autoptr(LiaisonCooperationLink) link = g_list_model_get_item (liaison_document_get_links (document), i);

      g_assert_nonnull (liaison_document_lookup (document, liaison_cooperation_link_get_from (link)));
      g_assert_nonnull (liaison_document_lookup (document, liaison_cooperation_link_get_to (link)));
    }

  g_assert_true (liaison_document_undo (document));
  g_assert_nonnull (liaison_document_lookup (document, "org-sci"));
  g_assert_nonnull (liaison_document_lookup (document, "link-1"));
  g_assert_nonnull (liaison_document_lookup (document, "link-2"));
  g_assert_cmpstr (liaison_person_get_affiliation (person), ==, "org-sci");
  g_assert_cmpuint (liaison_document_count_links_of (document, sci), ==, 2);

  /* Removing a source takes it out of the citations. */
  g_assert_true (liaison_document_remove (document, LIAISON_ENTITY (source), LIAISON_REMOVE_CASCADE, NULL));
  g_assert_null (liaison_entity_get_sources (LIAISON_ENTITY (iii))[0]);
  g_assert_true (liaison_document_undo (document));
  g_assert_true (liaison_entity_cites (LIAISON_ENTITY (iii), "src-1"));
}

static void
test_derived_co_organization (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonEvent) event = liaison_event_new ("evt-1");
  g_autoptr(GPtrArray) derived = NULL;
  const char *roles[][2] = { { "org-tcs", "host" }, { "org-wego", "co-organizer" }, { "org-sci", "presenter" } };

  add_organization (document, "org-tcs", "TCS");
  add_organization (document, "org-wego", "WeGO");
  add_organization (document, "org-sci", "SCI-Japan");
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (event), NULL));

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      g_autofree char *id = g_strdup_printf ("part-%u", i);
      g_autoptr(LiaisonParticipation) participation = liaison_participation_new (id);
      int role;

      g_assert_true (liaison_enum_from_nick (LIAISON_TYPE_ROLE, roles[i][1], &role));
      g_object_set (participation, "organization", roles[i][0], "event", "evt-1", "role", role, NULL);
      g_assert_true (liaison_document_add (document, LIAISON_ENTITY (participation), NULL));
    }

  /* Only the host and the co-organizer are linked. */
  derived = liaison_document_derive_co_organization (document);
  g_assert_cmpuint (derived->len, ==, 1);
  g_assert_cmpstr (liaison_cooperation_link_get_from (derived->pdata[0]), ==, "org-tcs");
  g_assert_cmpstr (liaison_cooperation_link_get_to (derived->pdata[0]), ==, "org-wego");
  g_assert_cmpint (liaison_cooperation_link_get_kind (derived->pdata[0]), ==, LIAISON_LINK_KIND_CO_ORGANIZATION);
}

static void
test_make_id (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autofree char *first = NULL, *second = NULL, *unnamed = NULL;

  first = liaison_document_make_id (document, LIAISON_TYPE_ORGANIZATION, "Smart City Institute Japan");
  g_assert_cmpstr (first, ==, "org-smart-city-institute-japan");
  add_organization (document, first, "Smart City Institute Japan");
  second = liaison_document_make_id (document, LIAISON_TYPE_ORGANIZATION, "Smart City Institute Japan");
  g_assert_cmpstr (second, ==, "org-smart-city-institute-japan-2");
  unnamed = liaison_document_make_id (document, LIAISON_TYPE_EVENT, "東京");
  g_assert_cmpstr (unnamed, ==, "evt-1");
}

static void
test_language_from_locale (void)
{
  g_assert_cmpstr (liaison_language_from_locale ("ja_JP.UTF-8"), ==, "ja");
  g_assert_cmpstr (liaison_language_from_locale ("ko"), ==, "ko");
  g_assert_cmpstr (liaison_language_from_locale ("zh_TW.UTF-8"), ==, "zh_TW");
  g_assert_cmpstr (liaison_language_from_locale ("zh_HK"), ==, "zh_TW");
  g_assert_cmpstr (liaison_language_from_locale ("zh_CN.GB18030"), ==, "zh_CN");
  g_assert_cmpstr (liaison_language_from_locale ("zh"), ==, "zh_CN");
  g_assert_cmpstr (liaison_language_from_locale ("en_GB@euro"), ==, "en");
  g_assert_cmpstr (liaison_language_from_locale ("C"), ==, "en");
  g_assert_null (liaison_language_from_locale ("de_DE.UTF-8"));
  g_assert_null (liaison_language_from_locale (""));
  g_assert_cmpstr (liaison_language_get_native_name ("zh_TW"), ==, "繁體中文");
  g_assert_cmpuint (g_strv_length ((char **) liaison_language_get_all ()), ==, LIAISON_N_LANGUAGES);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/language/from-locale", test_language_from_locale);
  g_test_add_func ("/model/date/parse", test_date_parse);
  g_test_add_func ("/model/date/order", test_date_order);
  g_test_add_func ("/model/date/format-english", test_date_format_english);
  g_test_add_func ("/model/text/lookup", test_text_lookup);
  g_test_add_func ("/model/document/undo-redo", test_undo_redo);
  g_test_add_func ("/model/document/references-checked", test_references_checked);
  g_test_add_func ("/model/document/remove-cascades", test_remove_cascades);
  g_test_add_func ("/model/document/derived-co-organization", test_derived_co_organization);
  g_test_add_func ("/model/document/make-id", test_make_id);

  return g_test_run ();
}
