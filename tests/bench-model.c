/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-model.c: how fast large documents load, save, search and sort, and how much memory they take.
 *
 * For each size (1,000, 10,000 and 100,000 organizations, or the sizes
 * given as arguments) it generates a document with a fixed seed:
 * organizations in 25 cities of East and South-East Asia, five cooperation
 * links each, one event per ten organizations with three to eight
 * participants in various roles, one person per ten organizations and a
 * few sources. The document is saved to a file, and a fresh copy of this
 * program (so that the memory high-water mark is that of one size alone)
 * measures:
 *
 *  - load: liaison_json_load_file(), as the window opens a file;
 *  - save: liaison_json_save_file(), the atomic save to a new file;
 *  - peak RSS: the process's maximum resident set size (getrusage) after
 *    all of the steps, with GTK and one list page set up; the line about
 *    the load also gives the heap the loaded document takes (mallinfo2(),
 *    in use after loading less before), which varies less;
 *  - keystroke: the organizations page (the real LiaisonEntityList, with
 *    its GtkSortListModel, LiaisonFilterModel, LiaisonEntityFilter and
 *    column view, in a window) while "urban" is typed and deleted again
 *    letter by letter, first unsorted, then sorted by name: the slowest
 *    single keystroke, from the search entry's "search-changed" (setting
 *    the filter's search, as the page does) until the list models and the
 *    column view's rows are up to date. The models are not incremental,
 *    as in the window, so they are complete when the call returns
 *    (checked). As in the window, the search bar opens first and the
 *    search entry's delay passes before the first keystroke reaches the
 *    filter; that delay is not counted. The page folds the records' texts
 *    for the search when the main loop is idle, from when it shows, and
 *    the typing starts once it is idle: a line above the table also gives
 *    a first keystroke right after an edit, before anything could be
 *    folded again;
 *  - sort: clicking the Name column of the unsorted list: the sort model
 *    sorting every record, collation keys included.
 *
 * Then it prints a table and whether the targets of 100,000 organizations
 * are met.
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>
#include <glib/gstdio.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "liaison-resources.h"
#include "model/liaison-json.h"
#include "model/liaison-language.h"
#include "views/liaison-entity-list.h"
#include "views/liaison-filter-model.h"
#include "liaison-memory.h"

#define SEED              4321
#define LINKS_EACH        5
#define ORGS_PER_EVENT    10
#define ORGS_PER_PERSON   10
#define N_SOURCES         12
#define FRAME_TIMEOUT_MS  5000

/* The targets at 100,000 organizations (issue 9). */
#define TARGET_SIZE         100000
#define TARGET_LOAD_MS      3000.0
#define TARGET_SAVE_MS      2000.0
#define TARGET_KEYSTROKE_MS 50.0
#define TARGET_PEAK_KIB     (1024.0 * 1024.0)

static const char *typed_word = "urban";

typedef struct
{
  const char *name;
  const char *country;
  const char *local_name;   /* in the country's language, or NULL */
} City;

static const City cities[] = {
  { "Tokyo", "JP", "東京" }, { "Yokohama", "JP", "横浜" }, { "Osaka", "JP", "大阪" },
  { "Kobe", "JP", "神戸" }, { "Fukuoka", "JP", "福岡" }, { "Sendai", "JP", "仙台" },
  { "Seoul", "KR", "서울" }, { "Busan", "KR", "부산" }, { "Incheon", "KR", "인천" },
  { "Daejeon", "KR", "대전" }, { "Taipei", "TW", "臺北" }, { "Kaohsiung", "TW", "高雄" },
  { "Taichung", "TW", "臺中" }, { "Tainan", "TW", "臺南" }, { "Shanghai", "CN", "上海" },
  { "Shenzhen", "CN", "深圳" }, { "Hangzhou", "CN", "杭州" }, { "Beijing", "CN", "北京" },
  { "Chengdu", "CN", "成都" }, { "Singapore", "SG", NULL }, { "Kuala Lumpur", "MY", NULL },
  { "Bangkok", "TH", NULL }, { "Hanoi", "VN", NULL }, { "Manila", "PH", NULL },
  { "Jakarta", "ID", NULL },
};

static const char *descriptors[] = {
  "Smart City Office", "Urban Innovation Agency", "Digital Transformation Bureau",
  "Mobility Research Institute", "Data Platform Consortium", "Green Energy Company",
  "Resilience Network", "Convention Center", "University Urban Lab", "Open Data Association",
  "Future Mobility Forum", "Smart Port Authority",
};

static const char *scopes[] = {
  "information exchange", "joint events", "talent development", "data sharing",
  "pilot projects", "mobility", "energy", "disaster prevention",
};

static const char *event_words[] = {
  "Summit", "Expo", "Forum", "Webinar", "Workshop", "Conference", "Signing Ceremony", "Study Tour",
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static double
peak_rss_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  /* Kilobytes on Linux. */
  return usage.ru_maxrss;
}

/* The bytes of the heap in use, in MiB: more steady than the peak RSS,
 * for comparing what records take. -1 where the C library cannot say. */
static double
heap_in_use_mib (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  struct mallinfo2 info = mallinfo2 ();

  return (info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
#else
  return -1;
#endif
}

static const char *
local_language (const char *country)
{
  if (g_str_equal (country, "JP"))
    return "ja";
  if (g_str_equal (country, "KR"))
    return "ko";
  if (g_str_equal (country, "TW"))
    return "zh_TW";
  if (g_str_equal (country, "CN"))
    return "zh_CN";

  return NULL;
}

static const char *
local_suffix (const char *language)
{
  if (g_str_equal (language, "ja"))
    return "スマートシティ推進協議会";
  if (g_str_equal (language, "ko"))
    return "스마트도시 협의회";
  if (g_str_equal (language, "zh_TW"))
    return "智慧城市推動協會";

  return "智慧城市促进会";
}

static LiaisonDate
random_date (GRand   *rand,
             int      first_year,
             int      last_year)
{
  LiaisonDate date = LIAISON_DATE_INIT_NONE;

  date.year = g_rand_int_range (rand, first_year, last_year + 1);
  if (g_rand_int_range (rand, 0, 4) > 0)
    {
      date.month = g_rand_int_range (rand, 1, 13);
      if (g_rand_int_range (rand, 0, 2) > 0)
        date.day = g_rand_int_range (rand, 1, 29);
    }

  return date;
}

static void
add (LiaisonDocument *document,
     gpointer         entity)
{
  g_autoptr(GError) error = NULL;

  if (!liaison_document_add (document, entity, &error))
    g_error ("%s", error->message);
  g_object_unref (entity);
}

static char **
random_sources (GRand *rand)
{
  char **sources;

  if (g_rand_int_range (rand, 0, 2) == 0)
    return NULL;

  sources = g_new0 (char *, 2);
  sources[0] = g_strdup_printf ("src-%u", g_rand_int_range (rand, 0, N_SOURCES));

  return sources;
}

static void
add_sources (LiaisonDocument *document,
             GRand           *rand)
{
  for (guint i = 0; i < N_SOURCES; i++)
    {
      g_autofree char *id = g_strdup_printf ("src-%u", i);
      g_autofree char *title = g_strdup_printf ("Smart city cooperation news, issue %u", i + 1);
      LiaisonSource *source = liaison_source_new (id);
      LiaisonDate date = random_date (rand, 2015, 2024);

      g_object_set (source,
                    "title", title,
                    "publisher", i % 2 ? "WeGO" : "Smart City Institute Japan",
                    "date", &date,
                    "language", "en",
                    NULL);
      add (document, source);
    }
}

static void
add_organizations (LiaisonDocument *document,
                   GRand           *rand,
                   guint            n)
{
  for (guint i = 0; i < n; i++)
    {
      const City *city = &cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (cities))];
      const char *descriptor = descriptors[g_rand_int_range (rand, 0, G_N_ELEMENTS (descriptors))];
      const char *language = local_language (city->country);
      g_autofree char *id = g_strdup_printf ("org-%u", i);
      g_autofree char *name = g_strdup_printf ("%s %s %u", city->name, descriptor, i / 7 + 1);
      g_autoptr(LiaisonText) text = liaison_text_new ("en", name);
      g_auto(GStrv) sources = random_sources (rand);
      LiaisonOrganization *organization = liaison_organization_new (id);

      if (language != NULL && g_rand_int_range (rand, 0, 3) == 0)
        {
          g_autofree char *local = g_strdup_printf ("%s%s %u", city->local_name, local_suffix (language), i / 7 + 1);
          LiaisonText *both = liaison_text_with (text, language, local);

          liaison_text_unref (text);
          text = both;
        }

      g_object_set (organization,
                    "name", text,
                    "kind", g_rand_int_range (rand, 0, 8),
                    "country", city->country,
                    "city", city->name,
                    "sources", sources,
                    NULL);
      if (g_rand_int_range (rand, 0, 2) == 0)
        {
          g_autoptr(GString) acronym = g_string_new (NULL);

          g_string_append_c (acronym, city->name[0]);
          for (const char *p = descriptor; *p != '\0'; p++)
            if (g_ascii_isupper (*p))
              g_string_append_c (acronym, *p);
          g_object_set (organization, "short-name", acronym->str, NULL);
        }
      if (g_rand_int_range (rand, 0, 2) == 0)
        g_object_set (organization, "founded", g_rand_int_range (rand, 1950, 2025), NULL);
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_object_set (organization, "description",
                      "Works with cities of the region on data platforms, mobility and resilience.", NULL);
      add (document, organization);
    }
}

/* Five links per organization, four in five within its country, as in
 * the graph benchmark. */
static void
add_links (LiaisonDocument *document,
           GRand           *rand,
           guint            n)
{
  GListModel *organizations = liaison_document_get_organizations (document);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiaisonOrganization) from = g_list_model_get_item (organizations, i);

      for (guint k = 0; k < LINKS_EACH; k++)
        {
          g_autofree char *id = g_strdup_printf ("link-%u-%u", i, k);
          g_autoptr(LiaisonOrganization) to = NULL;
          LiaisonCooperationLink *link = liaison_cooperation_link_new (id);
          g_auto(GStrv) sources = random_sources (rand);
          LiaisonDate start = random_date (rand, 2000, 2026);
          int kind = g_rand_int_range (rand, 0, 7);
          guint other = g_rand_int_range (rand, 0, n);

          for (guint tries = 0; tries < 8 && g_rand_int_range (rand, 0, 5) > 0; tries++)
            {
              g_autoptr(LiaisonOrganization) candidate = g_list_model_get_item (organizations, other);

              if (g_strcmp0 (liaison_organization_get_country (candidate),
                             liaison_organization_get_country (from)) == 0)
                break;
              other = g_rand_int_range (rand, 0, n);
            }
          if (other == i)
            other = (i + 1) % n;
          to = g_list_model_get_item (organizations, other);

          g_object_set (link,
                        "kind", kind,
                        "from", liaison_entity_get_id (LIAISON_ENTITY (from)),
                        "to", liaison_entity_get_id (LIAISON_ENTITY (to)),
                        "directed", kind == LIAISON_LINK_KIND_MEMBERSHIP,
                        "start", &start,
                        "status", start.year > 2024 ? LIAISON_LINK_STATUS_PLANNED
                                                    : g_rand_int_range (rand, 0, 6) == 0 ? LIAISON_LINK_STATUS_ENDED
                                                                                         : LIAISON_LINK_STATUS_ACTIVE,
                        "sources", sources,
                        NULL);
          if (g_rand_int_range (rand, 0, 5) == 0)
            {
              const char *scope[] = {
                scopes[g_rand_int_range (rand, 0, G_N_ELEMENTS (scopes))],
                scopes[g_rand_int_range (rand, 0, G_N_ELEMENTS (scopes))],
                NULL,
              };

              if (g_str_equal (scope[0], scope[1]))
                scope[1] = NULL;
              g_object_set (link, "scope", scope, NULL);
            }
          if (g_rand_int_range (rand, 0, 10) == 0)
            g_object_set (link, "note", "Renewed after the first three years.", NULL);
          add (document, link);
        }
    }
}

static void
add_people (LiaisonDocument *document,
            guint            n)
{
  for (guint i = 0; i < n; i += ORGS_PER_PERSON)
    {
      g_autofree char *id = g_strdup_printf ("person-%u", i / ORGS_PER_PERSON);
      g_autofree char *name = g_strdup_printf ("Representative %u", i / ORGS_PER_PERSON + 1);
      g_autofree char *organization = g_strdup_printf ("org-%u", i);
      g_autoptr(LiaisonText) text = liaison_text_new ("en", name);
      LiaisonPerson *person = liaison_person_new (id);

      g_object_set (person,
                    "name", text,
                    "title", "Director of International Affairs",
                    "affiliation", organization,
                    NULL);
      add (document, person);
    }
}

/* One event per ten organizations; three to eight organizations take part,
 * the first as host, sometimes the second as co-organizer. */
static void
add_events (LiaisonDocument *document,
            GRand           *rand,
            guint            n)
{
  static const LiaisonRole roles[] = {
    LIAISON_ROLE_ATTENDEE, LIAISON_ROLE_SIGNATORY, LIAISON_ROLE_PRESENTER, LIAISON_ROLE_PANELIST,
    LIAISON_ROLE_EXHIBITOR, LIAISON_ROLE_OBSERVER, LIAISON_ROLE_SUPPORTER,
  };

  for (guint e = 0; e < MAX (n / ORGS_PER_EVENT, 1); e++)
    {
      const City *city = &cities[g_rand_int_range (rand, 0, G_N_ELEMENTS (cities))];
      LiaisonDate start = random_date (rand, 2010, 2027);
      g_autofree char *id = g_strdup_printf ("evt-%u", e);
      g_autofree char *title = g_strdup_printf ("%s Smart City %s %u (%u)", city->name,
                                                event_words[g_rand_int_range (rand, 0, G_N_ELEMENTS (event_words))],
                                                start.year, e + 1);
      g_autoptr(LiaisonText) text = liaison_text_new ("en", title);
      g_auto(GStrv) sources = random_sources (rand);
      g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);
      LiaisonEvent *event = liaison_event_new (id);
      guint n_participants = MIN ((guint) g_rand_int_range (rand, 3, 9), n);

      g_object_set (event,
                    "title", text,
                    "kind", g_rand_int_range (rand, 0, 8),
                    "start", &start,
                    "status", start.year > 2025 ? LIAISON_EVENT_STATUS_PLANNED
                                                : g_rand_int_range (rand, 0, 20) == 0 ? LIAISON_EVENT_STATUS_CANCELLED
                                                                                      : LIAISON_EVENT_STATUS_HELD,
                    "city", city->name,
                    "country", city->country,
                    "online", g_rand_int_range (rand, 0, 6) == 0,
                    "sources", sources,
                    NULL);
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          g_autoptr(GPtrArray) attendance = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_figure_unref);

          g_ptr_array_add (attendance, liaison_figure_new (g_rand_int_range (rand, 20, 5000),
                                                           LIAISON_QUALIFIER_ABOUT, NULL, NULL, NULL));
          g_object_set (event, "attendance", attendance, NULL);
        }
      add (document, event);

      for (guint p = 0; p < n_participants; p++)
        {
          g_autofree char *participation_id = g_strdup_printf ("part-%u-%u", e, p);
          g_autofree char *organization = NULL;
          LiaisonParticipation *participation = liaison_participation_new (participation_id);
          guint o;
          LiaisonRole role;

          do
            o = g_rand_int_range (rand, 0, n);
          while (!g_hash_table_add (taken, GUINT_TO_POINTER (o + 1)));
          organization = g_strdup_printf ("org-%u", o);

          if (p == 0)
            role = LIAISON_ROLE_HOST;
          else if (p == 1 && g_rand_int_range (rand, 0, 2) == 0)
            role = LIAISON_ROLE_CO_ORGANIZER;
          else
            role = roles[g_rand_int_range (rand, 0, G_N_ELEMENTS (roles))];

          g_object_set (participation,
                        "organization", organization,
                        "event", id,
                        "role", role,
                        NULL);
          if (o % ORGS_PER_PERSON == 0 && g_rand_int_range (rand, 0, 2) == 0)
            {
              g_autofree char *person = g_strdup_printf ("person-%u", o / ORGS_PER_PERSON);

              g_object_set (participation, "person", person, NULL);
            }
          add (document, participation);
        }
    }
}

static LiaisonDocument *
generate_document (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  LiaisonDocument *document = liaison_document_new ();

  liaison_document_begin_change (document, "Generate");
  add_sources (document, rand);
  add_organizations (document, rand, n);
  add_links (document, rand, n);
  add_people (document, n);
  add_events (document, rand, n);
  liaison_document_end_change (document);

  return document;
}

/* For profiling one step by hand: "bench-model --generate FILE SIZE", then
 * "bench-model --measure FILE SIZE" under valgrind --tool=callgrind. */
static int
generate_file (const char *path,
               guint       n)
{
  g_autoptr(LiaisonDocument) document = generate_document (n);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  if (!liaison_json_save_file (document, file, NULL, &error))
    g_error ("%s", error->message);

  return 0;
}

/* ---------------------------------------------------------------------- */
/* Measuring one size, in a process of its own                            */

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normalized, -1);
}

static gboolean
contains_folded (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = fold (haystack);

  return strstr (folded, folded_needle) != NULL;
}

/* How many organizations the search should show, worked out here without
 * the filter, so that a broken filter cannot pass as a fast one. */
static guint
count_matches (LiaisonDocument *document,
               const char      *search)
{
  GListModel *organizations = liaison_document_get_organizations (document);
  g_autofree char *needle = NULL;
  guint count = 0;

  if (search == NULL || *search == '\0')
    return g_list_model_get_n_items (organizations);

  needle = fold (search);
  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(LiaisonOrganization) organization = g_list_model_get_item (organizations, i);
      LiaisonText *name = liaison_organization_get_name (organization);
      gboolean match = contains_folded (liaison_entity_get_id (LIAISON_ENTITY (organization)), needle) ||
                       contains_folded (liaison_organization_get_short_name (organization), needle) ||
                       contains_folded (liaison_organization_get_city (organization), needle);

      for (guint j = 0; !match && j < liaison_text_get_n_items (name); j++)
        match = contains_folded (liaison_text_get_value (name, j), needle);
      count += match;
    }

  return count;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
frame_timeout_cb (gpointer data)
{
  gboolean *painted = data;

  *painted = TRUE;

  return G_SOURCE_REMOVE;
}

/* Lets the window lay out and draw the change, and returns when it has. */
static void
wait_for_frame (GtkWidget *window)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler;
  guint timeout;

  handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), &painted);
  timeout = g_timeout_add (FRAME_TIMEOUT_MS, frame_timeout_cb, &painted);
  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (frame_clock, handler);
  g_source_remove (timeout);
}

static gboolean
window_is_drawn (GtkWidget *window)
{
  return gtk_widget_get_mapped (window) && gtk_widget_get_width (window) > 0;
}

typedef struct
{
  double worst_ms;
  char  *worst_text;
  double worst_frame_ms;
} Keystrokes;

static GtkWidget *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
delay_done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Opens the search, as Ctrl+F or a first key typed in the list does, and
 * lets the main loop run for the search entry's delay, as it does before
 * the first keystroke reaches the filter. */
static void
open_search (LiaisonEntityList *list)
{
  GtkWidget *entry = find_search_entry (GTK_WIDGET (list));
  gboolean done = FALSE;

  g_assert_nonnull (entry);
  liaison_entity_list_start_search (list);
  g_timeout_add (gtk_search_entry_get_search_delay (GTK_SEARCH_ENTRY (entry)), delay_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* Types "urban" into the search, then deletes it, one letter at a time. */
static void
type_and_delete (LiaisonEntityList *list,
                 GtkWidget         *window,
                 LiaisonDocument   *document,
                 const char        *label,
                 Keystrokes        *result)
{
  GListModel *shown = liaison_entity_list_get_model (list);
  GtkSortListModel *sort_model = GTK_SORT_LIST_MODEL (liaison_filter_model_get_model (LIAISON_FILTER_MODEL (shown)));
  gsize length = strlen (typed_word);
  g_autoptr(GString) report = g_string_new (NULL);

  /* The filter model filters synchronously; the sort model too unless incremental. */
  g_assert_false (gtk_sort_list_model_get_incremental (sort_model));

  for (gsize step = 1; step <= 2 * length; step++)
    {
      gsize n_chars = step <= length ? step : 2 * length - step;
      g_autofree char *text = g_strndup (typed_word, n_chars);
      double start, update_ms, frame_ms;
      guint expected = count_matches (document, text);

      /* What the search entry does when the user has typed (after its
       * search-delay, which is not counted). */
      start = now_ms ();
      liaison_entity_filter_set_search (liaison_entity_list_get_filter (list), text);
      update_ms = now_ms () - start;

      /* The models are done when the call returns. */
      g_assert_cmpuint (gtk_sort_list_model_get_pending (sort_model), ==, 0);
      if (g_list_model_get_n_items (shown) != expected)
        g_error ("“%s” shows %u organizations, expected %u", text, g_list_model_get_n_items (shown), expected);

      wait_for_frame (window);
      frame_ms = now_ms () - start;

      g_string_append_printf (report, " “%s” %.1f (%u)", text, update_ms, expected);
      if (update_ms > result->worst_ms)
        {
          result->worst_ms = update_ms;
          result->worst_frame_ms = frame_ms;
          g_free (result->worst_text);
          result->worst_text = g_strdup_printf ("%s, “%s”", label, text);
        }
    }

  g_print ("# keystrokes, %s, ms (matches):%s\n", label, report->str);
}

/* Whether the list shows the organizations in the order of their titles. */
static void
check_sorted (GListModel *shown)
{
  const char *language = liaison_language_get_current ();
  g_autofree char *previous = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (shown); i++)
    {
      g_autoptr(LiaisonEntity) entity = g_list_model_get_item (shown, i);
      g_autofree char *title = liaison_entity_dup_title (entity, language);

      if (previous != NULL && g_utf8_collate (previous, title) > 0)
        g_error ("The list is not sorted: “%s” comes before “%s”", previous, title);
      g_free (previous);
      previous = g_steal_pointer (&title);
    }
}

static int
measure (const char *path,
         guint       n)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *saved_path = g_strconcat (path, ".saved", NULL);
  g_autoptr(GFile) saved_file = g_file_new_for_path (saved_path);
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_path = g_strconcat (saved_path, "~", NULL);
  Keystrokes keystrokes = { 0 };
  GtkWidget *window, *list;
  double start, load_ms, save_ms, sort_ms, sort_frame_ms, load_peak, cold_ms, settle_ms, heap_before, load_heap;

  /* As in the application: the toolkit is up before a file is opened. */
  gtk_init ();
  adw_init ();
  liaison_register_resource ();

  heap_before = heap_in_use_mib ();
  start = now_ms ();
  document = liaison_json_load_file (file, NULL, &error);
  load_ms = now_ms () - start;
  if (document == NULL)
    g_error ("%s", error->message);
  load_peak = peak_rss_kib ();
  load_heap = heap_in_use_mib () - heap_before;
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (document)), ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_links (document)), ==, n * LINKS_EACH);

  start = now_ms ();
  if (!liaison_json_save_file (document, saved_file, NULL, &error))
    g_error ("%s", error->message);
  save_ms = now_ms () - start;

  /* What was saved is what was loaded: the generator wrote it with the same code. */
  {
    g_autofree char *original = NULL;
    g_autofree char *copy = NULL;
    gsize original_length, copy_length;

    if (!g_file_get_contents (path, &original, &original_length, &error) ||
        !g_file_get_contents (saved_path, &copy, &copy_length, &error))
      g_error ("%s", error->message);
    if (original_length != copy_length || memcmp (original, copy, original_length) != 0)
      g_error ("Saving the loaded document did not give the same file");
  }
  g_unlink (saved_path);
  g_unlink (backup_path);

  window = gtk_window_new ();
  list = liaison_entity_list_new (LIAISON_TYPE_ORGANIZATION);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), list);
  liaison_entity_list_set_document (LIAISON_ENTITY_LIST (list), document);
  gtk_window_present (GTK_WINDOW (window));
  while (!window_is_drawn (window))
    g_main_context_iteration (NULL, TRUE);
  wait_for_frame (window);
  /* The user looks at the list before searching it: the page settles
   * (and folds the records' texts for the search meanwhile). */
  start = now_ms ();
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  settle_ms = now_ms () - start;

  open_search (LIAISON_ENTITY_LIST (list));
  type_and_delete (LIAISON_ENTITY_LIST (list), window, document, "unsorted", &keystrokes);

  start = now_ms ();
  liaison_entity_list_sort_by (LIAISON_ENTITY_LIST (list), "name", GTK_SORT_ASCENDING);
  sort_ms = now_ms () - start;
  {
    GListModel *shown = liaison_entity_list_get_model (LIAISON_ENTITY_LIST (list));
    GListModel *sorted = liaison_filter_model_get_model (LIAISON_FILTER_MODEL (shown));

    g_assert_cmpuint (gtk_sort_list_model_get_pending (GTK_SORT_LIST_MODEL (sorted)), ==, 0);
  }
  wait_for_frame (window);
  sort_frame_ms = now_ms () - start;
  check_sorted (liaison_entity_list_get_model (LIAISON_ENTITY_LIST (list)));

  type_and_delete (LIAISON_ENTITY_LIST (list), window, document, "sorted by name", &keystrokes);

  /* Right after an edit, the texts are folded again when the main loop is
   * idle; a keystroke that comes first does the folding itself. */
  {
    g_autoptr(LiaisonOrganization) first = g_list_model_get_item (liaison_document_get_organizations (document), 0);
    LiaisonEntityFilter *filter = liaison_entity_list_get_filter (LIAISON_ENTITY_LIST (list));

    if (!liaison_document_set (document, LIAISON_ENTITY (first), &error, "city", "Elsewhere", NULL))
      g_error ("%s", error->message);
    liaison_document_undo (document);
    start = now_ms ();
    liaison_entity_filter_set_search (filter, "u");
    cold_ms = now_ms () - start;
    liaison_entity_filter_set_search (filter, NULL);
  }

  g_print ("# load %.0f ms (peak RSS after load %.0f MiB, the document %.1f MiB of the heap), save %.0f ms\n",
           load_ms, load_peak / 1024, load_heap, save_ms);
  g_print ("# sort by name %.1f ms, %.1f ms until drawn\n", sort_ms, sort_frame_ms);
  g_print ("# slowest keystroke %.1f ms (%s), %.1f ms until drawn\n",
           keystrokes.worst_ms, keystrokes.worst_text, keystrokes.worst_frame_ms);
  g_print ("# first keystroke right after an edit, nothing folded yet: %.1f ms "
           "(the page, shown, was idle after %.0f ms)\n", cold_ms, settle_ms);
  g_print ("result %u %.3f %.3f %.0f %.3f %.3f\n",
           n, load_ms, save_ms, peak_rss_kib (), keystrokes.worst_ms, sort_ms);

  g_free (keystrokes.worst_text);
  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}

/* ---------------------------------------------------------------------- */
/* The table                                                               */

typedef struct
{
  guint  n;
  double load_ms;
  double save_ms;
  double peak_kib;
  double keystroke_ms;
  double sort_ms;
} Row;

static gboolean
run_size (const char *self_path,
          const char *dir,
          guint       n,
          Row        *row)
{
  g_autofree char *path = NULL;
  g_autofree char *size = g_strdup_printf ("%u", n);
  g_autofree char *output = NULL;
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  const char *argv[] = { self_path, "--measure", NULL, size, NULL };
  double start = now_ms ();
  int status;
  gboolean found = FALSE;

  path = g_strdup_printf ("%s/bench-model-%u.liaison", dir, n);
  file = g_file_new_for_path (path);
  document = generate_document (n);
  g_print ("%7u organizations: %u records generated in %.0f ms\n",
           n, liaison_document_get_n_entities (document), now_ms () - start);
  if (!liaison_json_save_file (document, file, NULL, &error))
    g_error ("%s", error->message);
  g_clear_object (&document);

  argv[2] = path;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL,
                     &output, NULL, &status, &error))
    g_error ("%s", error->message);
  g_unlink (path);

  lines = g_strsplit (output, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "# "))
        g_print ("%7u organizations: %s\n", n, lines[i] + 2);
      else if (sscanf (lines[i], "result %u %lf %lf %lf %lf %lf", &row->n, &row->load_ms, &row->save_ms,
                       &row->peak_kib, &row->keystroke_ms, &row->sort_ms) == 6)
        found = TRUE;
    }

  if (!g_spawn_check_wait_status (status, &error) || !found)
    {
      g_printerr ("%u organizations: the measuring process failed: %s\n",
                  n, error != NULL ? error->message : "no result");
      return FALSE;
    }

  return TRUE;
}

static void
print_target (const char *what,
              double      value,
              double      target,
              const char *unit)
{
  g_print ("target: %-32s %10.1f %s (under %.0f %s): %s\n",
           what, value, unit, target, unit, value < target ? "met" : "MISSED");
}

int
main (int   argc,
      char *argv[])
{
  guint default_sizes[] = { 1000, 10000, 100000 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autofree char *self_path = NULL;
  const char *dir = g_getenv ("G_TEST_BUILDDIR");
  gboolean failed = FALSE;
  const Row *target_row = NULL;

  /* As the application does first thing. */
  liaison_memory_init ();
  setlocale (LC_ALL, "");

  if (argc == 4 && g_str_equal (argv[1], "--measure"))
    return measure (argv[2], (guint) strtoul (argv[3], NULL, 10));
  if (argc == 4 && g_str_equal (argv[1], "--generate"))
    return generate_file (argv[2], (guint) strtoul (argv[3], NULL, 10));

  for (int i = 1; i < argc; i++)
    {
      guint size = (guint) strtoul (argv[i], NULL, 10);

      if (size > 0)
        g_array_append_val (sizes, size);
    }
  if (sizes->len == 0)
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);
  if (dir == NULL)
    dir = ".";

  for (guint s = 0; s < sizes->len; s++)
    {
      Row row = { 0 };

      if (run_size (self_path, dir, g_array_index (sizes, guint, s), &row))
        g_array_append_val (rows, row);
      else
        failed = TRUE;
    }

  g_print ("\n%13s | %9s | %9s | %10s | %10s | %9s\n",
           "organizations", "load", "save", "peak RSS", "keystroke", "sort");
  g_print ("--------------|-----------|-----------|------------|------------|----------\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const Row *row = &g_array_index (rows, Row, i);

      g_print ("%13u | %6.0f ms | %6.0f ms | %6.0f MiB | %7.1f ms | %6.0f ms\n",
               row->n, row->load_ms, row->save_ms, row->peak_kib / 1024, row->keystroke_ms, row->sort_ms);
      if (row->n == TARGET_SIZE)
        target_row = row;
    }
  g_print ("\n");

  if (target_row != NULL)
    {
      print_target ("load, 100,000 organizations", target_row->load_ms, TARGET_LOAD_MS, "ms");
      print_target ("save, 100,000 organizations", target_row->save_ms, TARGET_SAVE_MS, "ms");
      print_target ("keystroke, 100,000 organizations", target_row->keystroke_ms, TARGET_KEYSTROKE_MS, "ms");
      print_target ("peak RSS, 100,000 organizations", target_row->peak_kib / 1024, TARGET_PEAK_KIB / 1024, "MiB");
    }
  else
    {
      g_print ("target: not checked: the targets are for %u organizations, which was not measured\n", TARGET_SIZE);
    }

  return failed ? 1 : 0;
}
