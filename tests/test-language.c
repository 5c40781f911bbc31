/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-language.c: switching the interface language keeps everything the user had. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "liaison-screenshot.h"
#include "liaison-test-ui.h"
#include "model/liaison-date.h"
#include "model/liaison-language.h"
#include "model/liaison-organization.h"
#include "views/liaison-entity-list.h"
#include "views/liaison-graph-view.h"
#include "views/liaison-sidebar-row.h"

typedef struct
{
  const char *language;
  const char *organizations;   /* the sidebar row and page title */
  const char *date;            /* 5 August 2020 */
  const char *name;            /* III's name as shown */
} Expected;

static const Expected expected[] = {
  { "ja", "組織", "2020年8月5日", "Institute for Information Industry" },
  { "zh_CN", "机构", "2020年8月5日", "资讯工业策进会" },
  { "zh_TW", "機構", "2020年8月5日", "資訊工業策進會" },
  { "ko", "기관", "2020년 8월 5일", "Institute for Information Industry" },
  { "en", "Organizations", "5 August 2020", "Institute for Information Industry" },
};

static void
test_switch_keeps_state (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = liaison_test_ui_get_window (app);
  LiaisonDocument *document;
  LiaisonEntity *iii;
  LiaisonDate date = { 2020, 8, 5, 0 };
  g_autoptr(GError) error = NULL;

  liaison_window_open_sample (window);
  document = liaison_window_get_document (window);
  iii = liaison_document_lookup (document, "org-iii");

  /* Unsaved edits, a search and a selection. */
  g_assert_true (liaison_document_set (document, iii, &error, "city", "Taipei", NULL));
  liaison_entity_list_set_search (LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "organizations")), "institute");
  liaison_window_show_entity (window, iii);
  liaison_test_ui_wait (100);
  g_assert_true (liaison_window_get_selected_entity (window) == iii);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      LiaisonWindow *previous = window;
      LiaisonEntityList *list;
      LiaisonSidebarRow *row;
      g_autofree char *formatted = NULL;
      g_autofree char *title = NULL;

      liaison_application_set_language (app, expected[i].language);
      liaison_test_ui_wait (200);
      window = liaison_test_ui_get_window (app);
      g_assert_true (window != previous);
      g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);
      g_assert_cmpstr (liaison_language_get_current (), ==, expected[i].language);

      /* The same document, with its unsaved edit and undo history. */
      g_assert_true (liaison_window_get_document (window) == document);
      g_assert_true (liaison_document_get_dirty (document));
      g_assert_true (liaison_document_can_undo (document));
      g_assert_cmpstr (liaison_organization_get_city (LIAISON_ORGANIZATION (iii)), ==, "Taipei");

      /* The same page, selection and search. */
      g_assert_cmpstr (liaison_window_get_page (window), ==, "organizations");
      g_assert_true (liaison_window_get_selected_entity (window) == iii);
      list = LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "organizations"));
      g_assert_true (liaison_entity_list_get_selected_entity (list) == iii);
      g_assert_cmpstr (liaison_entity_filter_get_search (liaison_entity_list_get_filter (list)), ==, "institute");

      /* Our strings, GTK's and libadwaita's are in the new language. */
      row = LIAISON_SIDEBAR_ROW (gtk_list_box_get_row_at_index (liaison_test_ui_find_sidebar (GTK_WIDGET (window)), 0));
      g_assert_cmpstr (liaison_sidebar_row_get_title (row), ==, expected[i].organizations);
      g_assert_nonnull (liaison_test_ui_find_label (GTK_WIDGET (window), expected[i].organizations));
      if (g_str_equal (expected[i].language, "en"))
        {
          g_assert_cmpstr (g_dgettext ("gtk40", "Close"), ==, "Close");
          g_assert_cmpstr (g_dgettext ("libadwaita", "Back"), ==, "Back");
        }
      else
        {
          g_assert_cmpstr (g_dgettext ("gtk40", "Close"), !=, "Close");
          g_assert_cmpstr (g_dgettext ("libadwaita", "Back"), !=, "Back");
        }

      /* Han characters in the language's forms: pictures to look at. */
      if (g_getenv ("LIAISON_TEST_SHOTS") != NULL)
        {
          GtkWidget *han = gtk_window_new ();
          GtkWidget *label = gtk_label_new ("直 骨 角 関 画 海 — 組織 機構 기관");
          g_autofree char *name = g_strdup_printf ("han-%s.png", expected[i].language);
          g_autofree char *path = g_build_filename (g_getenv ("LIAISON_TEST_SHOTS"), name, NULL);
          g_autoptr(GError) shot_error = NULL;

          gtk_widget_add_css_class (label, "title-1");
          gtk_widget_set_margin_start (label, 24);
          gtk_widget_set_margin_end (label, 24);
          gtk_widget_set_margin_top (label, 24);
          gtk_widget_set_margin_bottom (label, 24);
          gtk_window_set_child (GTK_WINDOW (han), label);
          gtk_window_present (GTK_WINDOW (han));
          liaison_test_ui_wait (300);
          g_assert_true (liaison_screenshot_save (label, path, &shot_error));
          gtk_window_destroy (GTK_WINDOW (han));
        }

      /* A name shown in another language than the interface's is marked with its own. */
      {
        GtkWidget *label = liaison_test_ui_find_label (GTK_WIDGET (list), "Institute for Information Industry  III");

        if (g_str_equal (expected[i].name, "Institute for Information Industry"))
          {
            g_assert_nonnull (label);
            if (g_str_equal (expected[i].language, "en"))
              g_assert_null (gtk_label_get_attributes (GTK_LABEL (label)));
            else
              g_assert_nonnull (gtk_label_get_attributes (GTK_LABEL (label)));
          }
      }

      /* Dates and names follow the language. */
      formatted = liaison_date_format (&date);
      g_assert_cmpstr (formatted, ==, expected[i].date);
      title = liaison_entity_dup_title (iii, liaison_language_get_current ());
      g_assert_cmpstr (title, ==, expected[i].name);
    }

  liaison_test_ui_stop_application (app);
}

static LiaisonGraphView *
find_graph_view (LiaisonWindow *window)
{
  GtkWidget *view = liaison_test_ui_find (GTK_WIDGET (window), LIAISON_TYPE_GRAPH_VIEW, 0);

  g_assert_nonnull (view);

  return LIAISON_GRAPH_VIEW (view);
}

static gboolean
graph_is_ready (gpointer data)
{
  LiaisonGraphView *view = data;

  return gtk_widget_get_mapped (GTK_WIDGET (view)) && gtk_widget_get_width (GTK_WIDGET (view)) > 0 &&
         !liaison_graph_view_get_layout_running (view) && liaison_graph_view_get_n_labels (view) > 0;
}

/* The graph looks as it did: the same camera, each node where it was on
 * screen, the same options. */
static void
test_switch_keeps_graph (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = liaison_test_ui_get_window (app);
  LiaisonGraphView *view;
  LiaisonDocument *document;
  GListModel *organizations;
  g_autofree double *positions = NULL;
  double zoom;
  guint n;

  liaison_window_open_sample (window);
  document = liaison_window_get_document (window);
  organizations = liaison_document_get_organizations (document);
  n = g_list_model_get_n_items (organizations);
  liaison_window_set_page (window, "graph");
  view = find_graph_view (window);
  g_assert_true (liaison_test_ui_wait_for (graph_is_ready, view, 10000));

  /* Looked at from closer, elsewhere, coloured by kind. */
  liaison_graph_view_zoom_in (view);
  liaison_test_ui_wait (400);
  liaison_graph_view_pan (view, 37, -21);
  liaison_graph_view_set_color_by (view, "kind");
  zoom = liaison_graph_view_get_zoom (view);
  g_assert_cmpfloat (zoom, >, 0);
  positions = g_new (double, 2 * n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiaisonEntity) organization = g_list_model_get_item (organizations, i);

      g_assert_true (liaison_graph_view_get_node_position (view, organization, &positions[2 * i], &positions[2 * i + 1]));
    }

  for (guint k = 0; k < 2; k++)
    {
      LiaisonWindow *previous = window;

      liaison_application_set_language (app, k == 0 ? "ja" : "en");
      liaison_test_ui_wait (200);
      window = liaison_test_ui_get_window (app);
      g_assert_true (window != previous);
      g_assert_cmpstr (liaison_window_get_page (window), ==, "graph");
      view = find_graph_view (window);
      g_assert_true (liaison_test_ui_wait_for (graph_is_ready, view, 10000));
      liaison_test_ui_wait (100);

      g_assert_cmpfloat (liaison_graph_view_get_zoom (view), ==, zoom);
      g_assert_cmpstr (liaison_graph_view_get_color_by (view), ==, "kind");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LiaisonEntity) organization = g_list_model_get_item (organizations, i);
          double x, y;

          g_assert_true (liaison_graph_view_get_node_position (view, organization, &x, &y));
          g_assert_cmpfloat_with_epsilon (x, positions[2 * i], 0.01);
          g_assert_cmpfloat_with_epsilon (y, positions[2 * i + 1], 0.01);
        }

      /* Looking is still not an edit. */
      g_assert_false (liaison_document_get_dirty (document));
    }

  liaison_test_ui_stop_application (app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/language/switch-keeps-state", test_switch_keeps_state);
  g_test_add_func ("/ui/language/switch-keeps-graph", test_switch_keeps_graph);

  return g_test_run ();
}
