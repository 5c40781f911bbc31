/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-model.c: dates, translated names, the document's edits, undo stack and integrity. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "liaison-date-input.h"
#include "liaison-document.h"
#include "liaison-language.h"
#include "liaison-reference-index.h"
#include "liaison-string-pool.h"

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
    { "2020-08-early", TRUE, "2020-08-early" },
    { "2020-08-mid", TRUE, "2020-08-mid" },
    { "2020-08-late", TRUE, "2020-08-late" },
    { "2024-02-29", TRUE, "2024-02-29" },
    { "2020-13-early", FALSE, NULL },
    { "2020-08-05-early", FALSE, NULL },
    { "2020-08-spring", FALSE, NULL },
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

  /* Parts of a month: after the month, before its first day. */
  {
    LiaisonDate august, early_august, mid_august, first;

    g_assert_true (liaison_date_parse ("2020-08", &august));
    g_assert_true (liaison_date_parse ("2020-08-early", &early_august));
    g_assert_true (liaison_date_parse ("2020-08-mid", &mid_august));
    g_assert_true (liaison_date_parse ("2020-08-01", &first));
    g_assert_cmpint (liaison_date_compare (&august, &early_august), <, 0);
    g_assert_cmpint (liaison_date_compare (&early_august, &first), <, 0);
    g_assert_cmpint (liaison_date_compare (&first, &mid_august), <, 0);
  }
}

static char *
format_julian (guint32 julian)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

/* The days a date stands for: a part of a year is four months, a part of
 * a month ten days (上旬, 中旬) or the rest of it (下旬). */
static void
test_date_period (void)
{
  static const struct { const char *date, *first, *last; } cases[] = {
    { "2021", "2021-01-01", "2021-12-31" },
    { "2021-early", "2021-01-01", "2021-04-30" },
    { "2021-mid", "2021-05-01", "2021-08-31" },
    { "2021-late", "2021-09-01", "2021-12-31" },
    { "2021-02", "2021-02-01", "2021-02-28" },
    { "2024-02", "2024-02-01", "2024-02-29" },
    { "2020-08-early", "2020-08-01", "2020-08-10" },
    { "2020-08-mid", "2020-08-11", "2020-08-20" },
    { "2020-08-late", "2020-08-21", "2020-08-31" },
    { "2021-02-late", "2021-02-21", "2021-02-28" },
    { "2020-08-05", "2020-08-05", "2020-08-05" },
  };
  LiaisonDate none = LIAISON_DATE_INIT_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LiaisonDate date;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;

      g_assert_true (liaison_date_parse (cases[i].date, &date));
      first = format_julian (liaison_date_get_first_day (&date));
      last = format_julian (liaison_date_get_last_day (&date));
      g_assert_cmpstr (first, ==, cases[i].first);
      g_assert_cmpstr (last, ==, cases[i].last);
    }

  g_assert_cmpuint (liaison_date_get_last_day (&none), ==, 0);
}

/* What people type, in each interface language, and what it means in the
 * file form. */
static void
test_date_input (void)
{
  static const struct { const char *text, *date; } cases[] = {
    /* The file forms, and forms with other separators. */
    { "2021", "2021" },
    { "2020-08", "2020-08" },
    { "2020-08-05", "2020-08-05" },
    { "2021-early", "2021-early" },
    { "2020-08-mid", "2020-08-mid" },
    { " 2021/3/5 ", "2021-03-05" },
    { "2021.03.05", "2021-03-05" },
    { "2021/3", "2021-03" },
    { "8/2020", "2020-08" },
    /* English. */
    { "early 2021", "2021-early" },
    { "mid-2021", "2021-mid" },
    { "Late 2021", "2021-late" },
    { "5 August 2020", "2020-08-05" },
    { "August 5, 2020", "2020-08-05" },
    { "Aug 2020", "2020-08" },
    { "sept. 2020", "2020-09" },
    { "early August 2020", "2020-08-early" },
    { "mid-August 2020", "2020-08-mid" },
    { "late Aug 2020", "2020-08-late" },
    { "mid 2021-05", "2021-05-mid" },
    /* Japanese and Chinese. */
    { "2020年8月5日", "2020-08-05" },
    { "2020年8月", "2020-08" },
    { "2020 年 8 月", "2020-08" },
    { "2020 年 8 月 5 日", "2020-08-05" },
    { "２０２０年８月", "2020-08" },
    { "２０２０年８月５日", "2020-08-05" },
    { "2020年8月上旬", "2020-08-early" },
    { "2020年8月中旬", "2020-08-mid" },
    { "2020年8月下旬", "2020-08-late" },
    { "2020年8月初旬", "2020-08-early" },
    { "2020年8月末", "2020-08-late" },
    { "2020年8月底", "2020-08-late" },
    { "2020年8月5日（水）", "2020-08-05" },
    { "2020年8月5日(星期三)", "2020-08-05" },
    { "2020年", "2020" },
    { "2021年初め", "2021-early" },
    { "2021年半ば", "2021-mid" },
    { "2021年末", "2021-late" },
    { "2021年初", "2021-early" },
    { "2021年年中", "2021-mid" },
    { "2021年中", "2021-mid" },
    { "2021年底", "2021-late" },
    { "2020年8月5号", "2020-08-05" },
    /* Korean. */
    { "2020년 8월 5일", "2020-08-05" },
    { "2020년 8월", "2020-08" },
    { "2020년 8월 초", "2020-08-early" },
    { "2020년 8월 초순", "2020-08-early" },
    { "2020년 8월 중순", "2020-08-mid" },
    { "2020년 8월 하순", "2020-08-late" },
    { "2020년 8월 말", "2020-08-late" },
    { "2020년8월말", "2020-08-late" },
    { "2021년 초", "2021-early" },
    { "2021년 중반", "2021-mid" },
    { "2021년 말", "2021-late" },
    { "2020년 8월 5일 (수)", "2020-08-05" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *back = NULL;
      LiaisonDate date;

      if (!liaison_date_parse_input (cases[i].text, &date, &error))
        g_error ("“%s” was refused: %s", cases[i].text, error->message);
      back = liaison_date_to_string (&date);
      g_assert_cmpstr (back, ==, cases[i].date);
    }
}

/* What cannot be a date is refused, and the message says why. */
static void
test_date_input_invalid (void)
{
  static const struct { const char *text; LiaisonDateError code; const char *says; } cases[] = {
    { "", LIAISON_DATE_ERROR_EMPTY, "Type a date" },
    { "   ", LIAISON_DATE_ERROR_EMPTY, "Type a date" },
    { "soon", LIAISON_DATE_ERROR_UNKNOWN_WORD, "“soon”" },
    { "2020 spring", LIAISON_DATE_ERROR_UNKNOWN_WORD, "“spring”" },
    { "令和2年", LIAISON_DATE_ERROR_UNKNOWN_WORD, "“令和”" },
    { "midnight 2020", LIAISON_DATE_ERROR_UNKNOWN_WORD, "“midnight”" },
    { "21", LIAISON_DATE_ERROR_NO_YEAR, "four digits" },
    { "20年8月", LIAISON_DATE_ERROR_NO_YEAR, "four digits" },
    { "20211", LIAISON_DATE_ERROR_NO_YEAR, "four digits" },
    { "8月5日", LIAISON_DATE_ERROR_NO_YEAR, "four digits" },
    { "0000", LIAISON_DATE_ERROR_NO_YEAR, "year 0" },
    { "5/8/2020", LIAISON_DATE_ERROR_AMBIGUOUS, "year first" },
    { "2020-08-05-07", LIAISON_DATE_ERROR_TOO_MANY, "more numbers" },
    { "2020年2021年", LIAISON_DATE_ERROR_TOO_MANY, "more numbers" },
    { "early late 2020", LIAISON_DATE_ERROR_TOO_MANY, "more than once" },
    { "2021-13", LIAISON_DATE_ERROR_NO_SUCH_MONTH, "no month 13" },
    { "2021年0月", LIAISON_DATE_ERROR_NO_SUCH_MONTH, "no month 0" },
    { "2021-02-30", LIAISON_DATE_ERROR_NO_SUCH_DAY, "February 2021 has no day 30" },
    { "2021년 4월 31일", LIAISON_DATE_ERROR_NO_SUCH_DAY, "April 2021 has no day 31" },
    { "2021年5日", LIAISON_DATE_ERROR_NO_SUCH_DAY, "no month" },
    { "early 2020-08-05", LIAISON_DATE_ERROR_PART_OF_DAY, "early, mid or late" },
    { "2020年8月5日上旬", LIAISON_DATE_ERROR_PART_OF_DAY, "early, mid or late" },
    { "2020 (next)", LIAISON_DATE_ERROR_UNKNOWN_WORD, "“(”" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      LiaisonDate date = { 1999, 1, 1, 0 };

      if (liaison_date_parse_input (cases[i].text, &date, &error))
        g_error ("“%s” was taken as %u-%u-%u", cases[i].text, date.year, date.month, date.day);
      g_assert_error (error, LIAISON_DATE_ERROR, (int) cases[i].code);
      if (strstr (error->message, cases[i].says) == NULL)
        g_error ("“%s” was refused with “%s”, which does not say “%s”", cases[i].text, error->message, cases[i].says);
      g_assert_false (liaison_date_is_set (&date));
    }
}

/* Switches messages to @language, as the application does. */
static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  /* glibc ignores LANGUAGE in the C locales. */
  g_assert_nonnull (setlocale (LC_MESSAGES, "en_US.UTF-8"));
  /* Setting the domain again makes gettext forget what it looked up. */
  textdomain (GETTEXT_PACKAGE);
}

/* Each language shows dates its own way, and every date shown, in any
 * language, reads back as itself. */
static void
test_date_format_languages (void)
{
  static const char * const dates[] = {
    "2020-08-05", "2020-08", "2020-08-early", "2020-08-mid", "2020-08-late",
    "2021", "2021-early", "2021-mid", "2021-late",
  };
  static const struct { const char *language; const char *day; const char *mid_month; } expected[] = {
    { "en", "5 August 2020", "mid-August 2020" },
    { "ja", "2020年8月5日", "2020年8月中旬" },
    { "zh_CN", "2020年8月5日", "2020年8月中旬" },
    { "zh_TW", "2020年8月5日", "2020年8月中旬" },
    { "ko", "2020년 8월 5일", "2020년 8월 중순" },
  };

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LIAISON_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  for (guint l = 0; l < G_N_ELEMENTS (expected); l++)
    {
      use_language (expected[l].language);
      g_assert_cmpstr (liaison_language_get_current (), ==, expected[l].language);

      for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *shown = NULL;
          g_autofree char *back = NULL;
          LiaisonDate date, read;

          g_assert_true (liaison_date_parse (dates[i], &date));
          shown = liaison_date_format (&date);
          if (i == 0)
            g_assert_cmpstr (shown, ==, expected[l].day);
          if (i == 3)
            g_assert_cmpstr (shown, ==, expected[l].mid_month);
          if (!liaison_date_parse_input (shown, &read, &error))
            g_error ("%s: “%s” does not read back: %s", expected[l].language, shown, error->message);
          back = liaison_date_to_string (&read);
          g_assert_cmpstr (back, ==, dates[i]);
        }
    }

  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C.UTF-8");
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

/* A copy has every field and source of its original, under its own id,
 * but not the original's unknown fields. */
static void
test_entity_copy (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  LiaisonOrganization *original = add_organization (document, "org-sci-japan", "Smart City Institute Japan");
  g_autoptr(LiaisonEntity) copy = NULL;
  g_autoptr(JsonObject) extras = json_object_new ();
  const char *sources[] = { "src-001", "src-002", NULL };
  LiaisonText *name = NULL;

  /* "placed" is the last field. */
  g_object_set (original, "short-name", "SCI-Japan", "country", "JP", "founded", 2020, "placed", TRUE,
                "sources", sources, NULL);
  json_object_set_string_member (extras, "x-later", "kept");
  liaison_entity_set_extras (LIAISON_ENTITY (original), extras);

  copy = liaison_entity_copy (LIAISON_ENTITY (original), "org-sci-japan-2");
  g_assert_true (LIAISON_IS_ORGANIZATION (copy));
  g_assert_cmpstr (liaison_entity_get_id (copy), ==, "org-sci-japan-2");
  g_assert_cmpstr (liaison_organization_get_short_name (LIAISON_ORGANIZATION (copy)), ==, "SCI-Japan");
  g_assert_cmpstr (liaison_organization_get_country (LIAISON_ORGANIZATION (copy)), ==, "JP");
  g_assert_cmpint (liaison_organization_get_founded (LIAISON_ORGANIZATION (copy)), ==, 2020);
  g_assert_true (liaison_organization_get_placed (LIAISON_ORGANIZATION (copy)));
  g_object_get (copy, "name", &name, NULL);
  g_assert_cmpstr (liaison_text_get (name, "en"), ==, "Smart City Institute Japan");
  g_assert_true (g_strv_equal (liaison_entity_get_sources (copy), sources));
  g_assert_null (liaison_entity_get_extras (copy));
  g_assert_true (liaison_document_lookup (document, "org-sci-japan-2") == NULL);
  liaison_text_unref (name);
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

/* An event takes an organization, with or without a person, once per role. */
static void
test_check_participation (void)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonOrganization) organization = liaison_organization_new ("org-a");
  g_autoptr(LiaisonPerson) person = liaison_person_new ("person-a");
  g_autoptr(LiaisonEvent) event = liaison_event_new ("evt-a");
  g_autoptr(LiaisonParticipation) participation = liaison_participation_new ("part-a");
  g_autoptr(LiaisonText) name = liaison_text_new ("en", "Alpha City");
  g_autoptr(GError) error = NULL;

  g_object_set (organization, "name", name, NULL);
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (organization), NULL));
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (person), NULL));
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (event), NULL));
  g_object_set (participation, "organization", "org-a", "event", "evt-a", "role", LIAISON_ROLE_HOST, NULL);
  g_assert_true (liaison_document_add (document, LIAISON_ENTITY (participation), NULL));

  g_assert_true (liaison_document_find_participation (document, event, "org-a", NULL, LIAISON_ROLE_HOST) == participation);
  g_assert_null (liaison_document_find_participation (document, event, "org-a", NULL, LIAISON_ROLE_PRESENTER));
  g_assert_null (liaison_document_find_participation (document, event, "org-a", "person-a", LIAISON_ROLE_HOST));

  g_assert_true (liaison_document_check_participation (document, event, "org-a", NULL, LIAISON_ROLE_PRESENTER, NULL));
  g_assert_true (liaison_document_check_participation (document, event, "org-a", "person-a", LIAISON_ROLE_HOST, NULL));
  g_assert_false (liaison_document_check_participation (document, event, "org-a", NULL, LIAISON_ROLE_HOST, &error));
  g_assert_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_ALREADY_TAKES_PART);
  g_assert_cmpstr (error->message, ==, "Alpha City already takes part in this event as Host");
}

/* The index of references: each id's referrers in the order they came,
 * twice when a record refers twice, none for ids no one refers to. */
static void
test_reference_index (void)
{
  g_autoptr(LiaisonOrganization) a = liaison_organization_new ("a");
  g_autoptr(LiaisonOrganization) b = liaison_organization_new ("b");
  g_autoptr(LiaisonCooperationLink) link = liaison_cooperation_link_new ("l");
  g_autoptr(LiaisonReferenceIndex) index = liaison_reference_index_new ();
  g_autofree char *other_a = g_strdup ("a");
  struct { const char *id; gpointer referrer; } references[] = {
    { "a", link }, { other_a, link }, { NULL, a }, { "src", a }, { "a", b }, { "src", b },
  };
  LiaisonEntity * const *referrers;
  guint n_referrers;

  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    liaison_reference_index_count (index, references[i].id);
  liaison_reference_index_allocate (index);
  for (guint i = 0; i < G_N_ELEMENTS (references); i++)
    liaison_reference_index_add (index, references[i].id, references[i].referrer);

  referrers = liaison_reference_index_lookup (index, "a", &n_referrers);
  g_assert_cmpuint (n_referrers, ==, 3);
  g_assert_true (referrers[0] == (gpointer) link);
  g_assert_true (referrers[1] == (gpointer) link);
  g_assert_true (referrers[2] == (gpointer) b);
  referrers = liaison_reference_index_lookup (index, "src", &n_referrers);
  g_assert_cmpuint (n_referrers, ==, 2);
  g_assert_true (referrers[0] == (gpointer) a);
  g_assert_true (referrers[1] == (gpointer) b);
  g_assert_null (liaison_reference_index_lookup (index, "b", &n_referrers));
  g_assert_cmpuint (n_referrers, ==, 0);
}

/* The pool the file reader keeps the records' strings in: equal strings
 * and lists once, lists aligned for their pointers, the memory there as
 * long as a reference is. */
static void
test_string_pool (void)
{
  g_autoptr(LiaisonStringPool) pool = liaison_string_pool_new ();
  const char *scope[] = { "data", "mobility" };
  g_autofree char *scope_copy = g_strdup ("mobility");
  const char *copy[] = { "data", scope_copy };
  g_autofree char *long_string = g_strnfill (10000, 'x');
  const char *jp, *added;
  const char * const *list;
  LiaisonStringPool *kept;

  jp = liaison_string_pool_intern (pool, "JP");
  g_assert_cmpstr (jp, ==, "JP");
  g_assert_true (liaison_string_pool_intern (pool, "JP") == jp);
  added = liaison_string_pool_add (pool, "JP");
  g_assert_cmpstr (added, ==, "JP");
  g_assert_true (added != jp);

  /* An odd length first, so that the list must be aligned. */
  liaison_string_pool_add (pool, "odd");
  list = liaison_string_pool_intern_strv (pool, scope, G_N_ELEMENTS (scope));
  g_assert_cmpuint (GPOINTER_TO_SIZE (list) % sizeof (gpointer), ==, 0);
  g_assert_cmpstrv (list, ((const char *[]) { "data", "mobility", NULL }));
  g_assert_true (liaison_string_pool_intern_strv (pool, copy, G_N_ELEMENTS (copy)) == list);
  g_assert_true (liaison_string_pool_intern_strv (pool, scope, 1) != list);
  g_assert_true (liaison_string_pool_intern (pool, "mobility") == list[1]);

  /* Longer than a block. */
  g_assert_cmpstr (liaison_string_pool_add (pool, long_string), ==, long_string);

  kept = liaison_string_pool_ref (pool);
  liaison_string_pool_seal (pool);
  g_clear_pointer (&pool, liaison_string_pool_unref);
  g_assert_cmpstr (jp, ==, "JP");
  g_assert_cmpstr (list[0], ==, "data");
  liaison_string_pool_unref (kept);
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
  g_test_add_func ("/model/date/period", test_date_period);
  g_test_add_func ("/model/date/input", test_date_input);
  g_test_add_func ("/model/date/input-invalid", test_date_input_invalid);
  g_test_add_func ("/model/date/format-languages", test_date_format_languages);
  g_test_add_func ("/model/text/lookup", test_text_lookup);
  g_test_add_func ("/model/document/undo-redo", test_undo_redo);
  g_test_add_func ("/model/document/references-checked", test_references_checked);
  g_test_add_func ("/model/document/remove-cascades", test_remove_cascades);
  g_test_add_func ("/model/document/derived-co-organization", test_derived_co_organization);
  g_test_add_func ("/model/document/make-id", test_make_id);
  g_test_add_func ("/model/entity/copy", test_entity_copy);
  g_test_add_func ("/model/document/check-participation", test_check_participation);
  g_test_add_func ("/model/string-pool", test_string_pool);
  g_test_add_func ("/model/reference-index", test_reference_index);

  return g_test_run ();
}
