/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window: pages, lists, editing, files and recovery. */

#include "config.h"

#include <glib/gstdio.h>

#include "liaison-test-ui.h"
#include "model/liaison-json.h"
#include "model/liaison-organization.h"
#include "views/liaison-entity-list.h"
#include "views/liaison-filter-bar.h"
#include "views/liaison-graph-page.h"
#include "views/liaison-sidebar-row.h"

static const char *pages[] = {
  "organizations", "people", "events", "links", "sources", "graph",
};

static gboolean
has_entities (gpointer data)
{
  return liaison_document_get_n_entities (liaison_window_get_document (data)) > 0;
}

/* A window showing the sample network. */
static LiaisonWindow *
open_sample (LiaisonApplication *app)
{
  LiaisonWindow *window = liaison_test_ui_get_window (app);

  liaison_window_open_sample (window);
  g_assert_true (has_entities (window));
  g_assert_false (liaison_document_get_dirty (liaison_window_get_document (window)));
  liaison_test_ui_wait (50);

  return window;
}

static guint
n_shown (LiaisonEntityList *list)
{
  return g_list_model_get_n_items (liaison_entity_list_get_model (list));
}

static void
test_sidebar_pages (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = liaison_test_ui_get_window (app);
  AdwNavigationSplitView *split_view;
  GtkListBox *sidebar;
  GtkStack *stack;

  split_view = ADW_NAVIGATION_SPLIT_VIEW (liaison_test_ui_find (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, 0));
  sidebar = liaison_test_ui_find_sidebar (GTK_WIDGET (window));
  stack = liaison_test_ui_find_page_stack (GTK_WIDGET (window));
  g_assert_nonnull (split_view);
  g_assert_nonnull (sidebar);
  g_assert_nonnull (stack);

  /* Every page has a sidebar row and a page in the stack. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      LiaisonSidebarRow *row = LIAISON_SIDEBAR_ROW (gtk_list_box_get_row_at_index (sidebar, i));
      AdwNavigationPage *list_page;

      g_assert_nonnull (row);
      g_assert_cmpstr (liaison_sidebar_row_get_page_name (row), ==, pages[i]);
      g_assert_nonnull (gtk_stack_get_child_by_name (stack, pages[i]));

      /* Clicking the row shows its page, titled like the row. */
      g_signal_emit_by_name (sidebar, "row-activated", row);
      liaison_test_ui_wait (50);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, pages[i]);
      g_assert_cmpstr (liaison_window_get_page (window), ==, pages[i]);
      g_assert_true (gtk_list_box_get_selected_row (sidebar) == GTK_LIST_BOX_ROW (row));
      list_page = adw_navigation_split_view_get_sidebar (split_view);
      g_assert_cmpstr (adw_navigation_page_get_title (list_page), ==, liaison_sidebar_row_get_title (row));
      g_assert_cmpstr (adw_navigation_page_get_title (list_page), !=, "");
    }
  g_assert_null (gtk_list_box_get_row_at_index (sidebar, G_N_ELEMENTS (pages)));

  /* The win.page action switches too, and selects the row. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.page", "s", "events");
  liaison_test_ui_wait (50);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "events");
  g_assert_true (gtk_list_box_get_selected_row (sidebar) == gtk_list_box_get_row_at_index (sidebar, 2));

  liaison_test_ui_stop_application (app);
}

static void
test_first_run_opens_sample (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  GSettings *settings = liaison_application_get_settings (app);
  LiaisonWindow *window;

  /* With no window left, activating is a fresh start. */
  liaison_test_ui_stop_application (app);
  g_settings_set_boolean (settings, "first-run", TRUE);
  app = liaison_test_ui_start_application ();
  window = liaison_test_ui_get_window (app);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (liaison_window_get_document (window))), ==, 49);
  g_assert_false (g_settings_get_boolean (settings, "first-run"));
  g_assert_null (liaison_window_get_file (window));

  /* The next start is empty. */
  liaison_test_ui_stop_application (app);
  app = liaison_test_ui_start_application ();
  window = liaison_test_ui_get_window (app);
  g_assert_true (liaison_window_is_pristine (window));

  liaison_test_ui_stop_application (app);
}

static gboolean
split_view_collapsed (gpointer data)
{
  return adw_navigation_split_view_get_collapsed (data);
}

static gboolean
split_view_expanded (gpointer data)
{
  return !adw_navigation_split_view_get_collapsed (data);
}

static void
page_shown_cb (AdwNavigationPage *page,
               gboolean          *shown)
{
  *shown = TRUE;
}

static gboolean
flag_is_set (gpointer data)
{
  return *(gboolean *) data;
}

static void
test_narrow_window_navigates (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  AdwNavigationSplitView *split_view;
  AdwOverlaySplitView *outer;
  LiaisonEntityList *list = LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "organizations"));
  g_autoptr(LiaisonEntity) first = NULL;
  gboolean shown = FALSE;
  gulong shown_id;

  split_view = ADW_NAVIGATION_SPLIT_VIEW (liaison_test_ui_find (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, 0));
  outer = ADW_OVERLAY_SPLIT_VIEW (liaison_test_ui_find (GTK_WIDGET (window), ADW_TYPE_OVERLAY_SPLIT_VIEW, 0));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  g_assert_true (liaison_test_ui_wait_for (split_view_collapsed, split_view, 5000));
  g_assert_true (adw_overlay_split_view_get_collapsed (outer));
  g_assert_true (liaison_entity_list_get_compact (list));

  /* The graph fits too. */
  liaison_window_set_page (window, "graph");
  liaison_test_ui_wait (200);
  liaison_window_set_page (window, "organizations");
  liaison_test_ui_wait (50);

  /* Activating a row goes to its detail page, and back. */
  first = g_list_model_get_item (liaison_entity_list_get_model (list), 0);
  shown_id = g_signal_connect (adw_navigation_split_view_get_content (split_view), "shown",
                               G_CALLBACK (page_shown_cb), &shown);
  g_signal_emit_by_name (list, "activate-entity", first);
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_assert_true (liaison_window_get_selected_entity (window) == first);
  /* Widening the window in the middle of the sliding in of the page
   * snapshots libadwaita's shadow before it has a size (a warning, fatal
   * in tests): let the page arrive first. */
  g_assert_true (liaison_test_ui_wait_for (flag_is_set, &shown, 5000));
  g_signal_handler_disconnect (adw_navigation_split_view_get_content (split_view), shown_id);

  /* Wide again: three panes. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 800);
  g_assert_true (liaison_test_ui_wait_for (split_view_expanded, split_view, 5000));
  g_assert_false (adw_overlay_split_view_get_collapsed (outer));
  g_assert_false (liaison_entity_list_get_compact (list));

  /* AdwBreakpointBin keeps a picture of the old layout until the next frame
   * draws; let it draw so it is released. */
  liaison_test_ui_wait (300);

  liaison_test_ui_stop_application (app);
}

static gboolean
shows_five (gpointer data)
{
  return n_shown (data) == 5;
}

static void
test_search_filter_sort (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonEntityList *organizations = LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "organizations"));
  LiaisonEntityList *events = LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "events"));
  LiaisonEntityFilter *filter = liaison_entity_list_get_filter (organizations);
  GtkSearchEntry *entry;
  GtkWidget *no_results;
  g_autoptr(LiaisonEntity) top = NULL;

  g_assert_cmpuint (n_shown (organizations), ==, 49);

  /* Ctrl+F opens the search; typing narrows the list: WeGO and its four offices. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  entry = GTK_SEARCH_ENTRY (liaison_test_ui_find (GTK_WIDGET (organizations), GTK_TYPE_SEARCH_ENTRY, 0));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (entry)) ||
                 gtk_widget_is_focus (gtk_widget_get_first_child (GTK_WIDGET (entry))) ||
                 gtk_widget_get_focus_child (GTK_WIDGET (entry)) != NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "wego");
  g_assert_true (liaison_test_ui_wait_for (shows_five, organizations, 2000));

  /* Any translation matches: the Japanese name of SCI-Japan. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "スマートシティ");
  liaison_test_ui_wait (300);
  g_assert_cmpuint (n_shown (organizations), ==, 1);

  /* Nothing found: the no-results page. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "no such organization");
  liaison_test_ui_wait (300);
  g_assert_cmpuint (n_shown (organizations), ==, 0);
  no_results = liaison_test_ui_find_label (GTK_WIDGET (organizations), "No Results Found");
  g_assert_nonnull (no_results);
  g_assert_true (gtk_widget_is_drawable (no_results));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  liaison_test_ui_wait (300);
  g_assert_cmpuint (n_shown (organizations), ==, 49);

  /* Filters combine, and clear. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.filters-visible", NULL);
  g_assert_true (liaison_entity_list_get_filters_visible (organizations));
  liaison_entity_filter_set_country (filter, "TW");
  g_assert_cmpuint (n_shown (organizations), >, 5);
  {
    guint taiwan = n_shown (organizations);

    liaison_entity_filter_set_kind (filter, LIAISON_ORGANIZATION_KIND_COMPANY);
    g_assert_cmpuint (n_shown (organizations), <, taiwan);
    g_assert_cmpuint (n_shown (organizations), ==, 2);   /* Vpon and iKala */
    for (guint i = 0; i < n_shown (organizations); i++)
      {
        g_autoptr(LiaisonOrganization) organization = g_list_model_get_item (liaison_entity_list_get_model (organizations), i);

        g_assert_cmpstr (liaison_organization_get_country (organization), ==, "TW");
        g_assert_cmpint (liaison_organization_get_kind (organization), ==, LIAISON_ORGANIZATION_KIND_COMPANY);
      }
  }
  gtk_widget_activate_action (GTK_WIDGET (organizations), "list.clear-filters", NULL);
  g_assert_cmpuint (n_shown (organizations), ==, 49);

  /* Events: planned ones only. */
  liaison_entity_filter_set_status (liaison_entity_list_get_filter (events), LIAISON_EVENT_STATUS_PLANNED);
  g_assert_cmpuint (n_shown (events), >=, 1);
  for (guint i = 0; i < n_shown (events); i++)
    {
      g_autoptr(GObject) event = g_list_model_get_item (liaison_entity_list_get_model (events), i);
      int status;

      g_object_get (event, "status", &status, NULL);
      g_assert_cmpint (status, ==, LIAISON_EVENT_STATUS_PLANNED);
    }
  liaison_entity_filter_set_year_from (liaison_entity_list_get_filter (events), 2021);
  liaison_entity_filter_set_year_to (liaison_entity_list_get_filter (events), 2021);
  liaison_entity_filter_set_status (liaison_entity_list_get_filter (events), LIAISON_FILTER_ANY);
  for (guint i = 0; i < n_shown (events); i++)
    {
      g_autoptr(GObject) event = g_list_model_get_item (liaison_entity_list_get_model (events), i);
      LiaisonDate *start;

      g_object_get (event, "start", &start, NULL);
      g_assert_cmpint (start->year, <=, 2021);
      liaison_date_free (start);
    }

  /* Sorting by number of links puts WeGO first; by name, A before Z. */
  liaison_entity_list_sort_by (organizations, "links", GTK_SORT_DESCENDING);
  top = g_list_model_get_item (liaison_entity_list_get_model (organizations), 0);
  g_assert_cmpstr (liaison_entity_get_id (top), ==, "org-wego");
  liaison_entity_list_sort_by (organizations, "name", GTK_SORT_ASCENDING);
  {
    GListModel *model = liaison_entity_list_get_model (organizations);

    for (guint i = 1; i < g_list_model_get_n_items (model); i++)
      {
        g_autoptr(LiaisonEntity) a = g_list_model_get_item (model, i - 1);
        g_autoptr(LiaisonEntity) b = g_list_model_get_item (model, i);
        g_autofree char *title_a = liaison_entity_dup_title (a, NULL);
        g_autofree char *title_b = liaison_entity_dup_title (b, NULL);

        g_assert_cmpint (g_utf8_collate (title_a, title_b), <=, 0);
      }
  }

  liaison_test_ui_stop_application (app);
}

static gboolean
is_drawable (gpointer data)
{
  return gtk_widget_is_drawable (data);
}

/* Where @label is in @dropdown's list, or GTK_INVALID_LIST_POSITION. */
static guint
dropdown_position (GtkDropDown *dropdown,
                   const char  *label)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label) == 0)
      return i;

  return GTK_INVALID_LIST_POSITION;
}

/* The filter bar is made when the filters first show; its fields set the
 * page's filter and follow it when it changes otherwise. */
static void
test_filter_bar (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonEntityList *organizations = LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "organizations"));
  LiaisonEntityList *people = LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "people"));
  LiaisonEntityFilter *filter = liaison_entity_list_get_filter (organizations);
  const char *company = liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND, LIAISON_ORGANIZATION_KIND_COMPANY);
  GtkDropDown *kind, *country, *status;
  GtkEditable *year_from, *year_to;
  GtkWidget *bar;

  /* No page has filter fields before they are asked for. */
  g_assert_null (liaison_test_ui_find (GTK_WIDGET (window), LIAISON_TYPE_FILTER_BAR, 0));
  g_assert_null (liaison_test_ui_find (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, 0));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.filters-visible", NULL);
  bar = liaison_test_ui_find (GTK_WIDGET (organizations), LIAISON_TYPE_FILTER_BAR, 0);
  g_assert_nonnull (bar);
  g_assert_true (liaison_filter_bar_get_filter (LIAISON_FILTER_BAR (bar)) == filter);
  /* It slides in. */
  g_assert_true (liaison_test_ui_wait_for (is_drawable, bar, 5000));
  kind = GTK_DROP_DOWN (liaison_test_ui_find (bar, GTK_TYPE_DROP_DOWN, 0));
  country = GTK_DROP_DOWN (liaison_test_ui_find (bar, GTK_TYPE_DROP_DOWN, 1));
  status = GTK_DROP_DOWN (liaison_test_ui_find (bar, GTK_TYPE_DROP_DOWN, 2));
  year_from = GTK_EDITABLE (liaison_test_ui_find (bar, GTK_TYPE_ENTRY, 0));
  year_to = GTK_EDITABLE (liaison_test_ui_find (bar, GTK_TYPE_ENTRY, 1));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (kind)));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (country)));
  /* Organizations have no status. */
  g_assert_false (gtk_widget_is_drawable (GTK_WIDGET (status)));
  g_assert_true (gtk_widget_is_drawable (GTK_WIDGET (year_from)));

  /* Choosing in the fields filters: Taiwanese companies, Vpon and iKala. */
  g_assert_cmpuint (dropdown_position (country, "TW"), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (dropdown_position (country, "ZZ"), ==, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (kind, dropdown_position (kind, company));
  gtk_drop_down_set_selected (country, dropdown_position (country, "TW"));
  g_assert_cmpint (liaison_entity_filter_get_kind (filter), ==, LIAISON_ORGANIZATION_KIND_COMPANY);
  g_assert_cmpstr (liaison_entity_filter_get_country (filter), ==, "TW");
  g_assert_cmpuint (n_shown (organizations), ==, 2);
  gtk_editable_set_text (year_from, "2021");
  gtk_editable_set_text (year_to, "not a year");
  g_assert_cmpint (liaison_entity_filter_get_year_from (filter), ==, 2021);
  g_assert_cmpint (liaison_entity_filter_get_year_to (filter), ==, 0);

  /* Cleared from the page, the fields show "all" again. */
  gtk_widget_activate_action (GTK_WIDGET (organizations), "list.clear-filters", NULL);
  g_assert_cmpuint (gtk_drop_down_get_selected (kind), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (country), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (year_from), ==, "");
  g_assert_cmpuint (n_shown (organizations), ==, 49);

  /* Set in code, as when a window is rebuilt, the fields follow too. */
  liaison_entity_filter_set_kind (filter, LIAISON_ORGANIZATION_KIND_COMPANY);
  liaison_entity_filter_set_country (filter, "TW");
  liaison_entity_filter_set_year_to (filter, 2022);
  g_assert_cmpuint (gtk_drop_down_get_selected (kind), ==, dropdown_position (kind, company));
  g_assert_cmpuint (gtk_drop_down_get_selected (country), ==, dropdown_position (country, "TW"));
  g_assert_cmpstr (gtk_editable_get_text (year_to), ==, "2022");

  /* Hiding the filters clears them. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.filters-visible", NULL);
  g_assert_false (liaison_entity_list_get_filters_visible (organizations));
  g_assert_cmpint (liaison_entity_filter_get_kind (filter), ==, LIAISON_FILTER_ANY);
  g_assert_null (liaison_entity_filter_get_country (filter));
  g_assert_cmpuint (n_shown (organizations), ==, 49);

  /* People have a country but no kind and no years. */
  liaison_window_set_page (window, "people");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.filters-visible", NULL);
  bar = liaison_test_ui_find (GTK_WIDGET (people), LIAISON_TYPE_FILTER_BAR, 0);
  g_assert_nonnull (bar);
  g_assert_true (liaison_test_ui_wait_for (is_drawable, bar, 5000));
  g_assert_false (gtk_widget_is_drawable (liaison_test_ui_find (bar, GTK_TYPE_DROP_DOWN, 0)));
  g_assert_true (gtk_widget_is_drawable (liaison_test_ui_find (bar, GTK_TYPE_DROP_DOWN, 1)));
  g_assert_false (gtk_widget_is_drawable (liaison_test_ui_find (bar, GTK_TYPE_ENTRY, 0)));

  liaison_test_ui_stop_application (app);
}

static void
test_edit_undo_redo (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonDocument *document = liaison_window_get_document (window);
  LiaisonEntityList *list = LIAISON_ENTITY_LIST (liaison_test_ui_find_page (GTK_WIDGET (window), "organizations"));
  LiaisonEntity *iii = liaison_document_lookup (document, "org-iii");
  g_autoptr(LiaisonText) name = NULL;
  g_autoptr(GError) error = NULL;

  liaison_window_show_entity (window, iii);
  liaison_test_ui_wait (50);
  g_assert_true (liaison_entity_list_get_selected_entity (list) == iii);
  g_assert_true (liaison_window_get_selected_entity (window) == iii);

  name = liaison_text_with (liaison_organization_get_name (LIAISON_ORGANIZATION (iii)), "en", "Information Industry Institute");
  g_assert_true (liaison_document_set (document, iii, &error, "name", name, NULL));
  g_assert_no_error (error);
  liaison_test_ui_wait (50);

  /* The list row and the title show the edit. */
  g_assert_nonnull (liaison_test_ui_find_label (GTK_WIDGET (list), "Information Industry Institute  III"));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Ctrl+Z and Shift+Ctrl+Z through the window's actions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  liaison_test_ui_wait (50);
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (LIAISON_ORGANIZATION (iii)), "en"), ==,
                   "Institute for Information Industry");
  g_assert_false (liaison_document_get_dirty (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_nonnull (liaison_test_ui_find_label (GTK_WIDGET (list), "Institute for Information Industry  III"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (LIAISON_ORGANIZATION (iii)), "en"), ==,
                   "Information Industry Institute");
  g_assert_true (liaison_document_get_dirty (document));

  liaison_test_ui_stop_application (app);
}

static gboolean
alert_shown (gpointer data)
{
  return liaison_test_ui_get_alert (data) != NULL;
}

static gboolean
window_gone (gpointer data)
{
  GtkApplication *app = GTK_APPLICATION (g_application_get_default ());

  return g_list_find (gtk_application_get_windows (app), data) == NULL;
}

static void
test_add_delete_undo (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonDocument *document = liaison_window_get_document (window);
  GListModel *organizations = liaison_document_get_organizations (document);
  GListModel *links = liaison_document_get_links (document);
  guint n_links = g_list_model_get_n_items (links);
  LiaisonEntity *added, *sci;
  AdwAlertDialog *alert;

  /* Ctrl+N adds an organization and shows it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (organizations), ==, 50);
  added = liaison_window_get_selected_entity (window);
  g_assert_true (LIAISON_IS_ORGANIZATION (added));
  g_assert_nonnull (liaison_text_get (liaison_organization_get_name (LIAISON_ORGANIZATION (added)), "en"));

  /* Nothing refers to it: deleting is immediate, with Undo in a toast. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (organizations), ==, 49);
  g_assert_null (liaison_test_ui_get_alert (GTK_WIDGET (window)));
  g_assert_null (liaison_window_get_selected_entity (window));

  /* SCI-Japan has links: the window asks first; Cancel keeps everything. */
  sci = liaison_document_lookup (document, "org-sci-japan");
  liaison_window_show_entity (window, sci);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", NULL);
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));
  alert = liaison_test_ui_get_alert (GTK_WIDGET (window));
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_alert_dialog_get_heading (alert), ==, "Delete Organization?");
  g_assert_true (strstr (adw_alert_dialog_get_body (alert), "Its 4 cooperation links will be deleted") != NULL);
  liaison_test_ui_respond (alert, "cancel");
  g_assert_nonnull (liaison_document_lookup (document, "org-sci-japan"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-record", NULL);
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));
  liaison_test_ui_respond (liaison_test_ui_get_alert (GTK_WIDGET (window)), "delete");
  g_assert_null (liaison_document_lookup (document, "org-sci-japan"));
  g_assert_cmpuint (g_list_model_get_n_items (links), <, n_links);

  /* One undo brings back the organization and its links. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  g_assert_nonnull (liaison_document_lookup (document, "org-sci-japan"));
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, n_links);

  liaison_test_ui_stop_application (app);
}

/* Duplicating copies every field of the record shown under a new id; undo removes the copy. */
static void
test_duplicate_record (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonDocument *document = liaison_window_get_document (window);
  const char *ids[] = { "org-sci-japan", "link-sci-japan-iii-mou", "evt-cjk-webinar-2020" };

  for (guint n = 0; n < G_N_ELEMENTS (ids); n++)
    {
      LiaisonEntity *original = liaison_document_lookup (document, ids[n]);
      LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (original);
      LiaisonEntity *copy;
      guint before = liaison_document_get_n_entities (document);

      liaison_window_show_entity (window, original);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.duplicate-record", NULL);
      copy = liaison_window_get_selected_entity (window);
      g_assert_nonnull (copy);
      g_assert_true (copy != original);
      g_assert_true (G_OBJECT_TYPE (copy) == G_OBJECT_TYPE (original));
      g_assert_cmpstr (liaison_entity_get_id (copy), !=, ids[n]);
      g_assert_true (liaison_document_lookup (document, liaison_entity_get_id (copy)) == copy);
      g_assert_cmpuint (liaison_document_get_n_entities (document), ==, before + 1);
      g_assert_true (g_strv_equal (liaison_entity_get_sources (copy),
                                   liaison_entity_get_sources (original)));

      /* Every field, the last one included. */
      for (guint i = 1; i <= klass->n_values; i++)
        {
          GParamSpec *pspec = klass->value_pspecs[i];
          g_auto(GValue) a = G_VALUE_INIT;
          g_auto(GValue) b = G_VALUE_INIT;
          g_autofree char *text_a = NULL;
          g_autofree char *text_b = NULL;

          g_value_init (&a, pspec->value_type);
          g_value_init (&b, pspec->value_type);
          g_object_get_property (G_OBJECT (original), pspec->name, &a);
          g_object_get_property (G_OBJECT (copy), pspec->name, &b);
          if (G_VALUE_HOLDS_BOXED (&a) && pspec->value_type != G_TYPE_STRV)
            g_assert_true ((g_value_get_boxed (&a) == NULL) == (g_value_get_boxed (&b) == NULL));
          else
            {
              text_a = g_strdup_value_contents (&a);
              text_b = g_strdup_value_contents (&b);
              g_assert_cmpstr (text_a, ==, text_b);
            }
        }

      gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
      g_assert_cmpuint (liaison_document_get_n_entities (document), ==, before);
    }

  liaison_test_ui_stop_application (app);
}

static gboolean
file_is_set (gpointer data)
{
  return liaison_window_get_file (data) != NULL;
}

static void
test_save_and_reload (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  g_autofree char *dir = liaison_test_ui_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "network.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDocument) saved = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonWindow *second;

  g_assert_true (liaison_window_save_to (window, file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_equal (liaison_window_get_file (window), file));
  g_assert_cmpstr (liaison_window_get_document_title (window), ==, "network");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "network");

  saved = liaison_json_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (liaison_document_get_n_entities (saved), ==,
                    liaison_document_get_n_entities (liaison_window_get_document (window)));

  /* Opening it again brings its window forward instead of a copy. */
  g_application_open (G_APPLICATION (app), &file, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  /* In a new, unused window, the file loads (in a thread) with its name. */
  gtk_widget_activate_action (GTK_WIDGET (window), "app.new-window", NULL);
  second = liaison_test_ui_get_window (app);
  g_assert_true (second != window);
  liaison_window_open (second, file);
  g_assert_true (liaison_test_ui_wait_for (file_is_set, second, 5000));
  g_assert_cmpuint (liaison_document_get_n_entities (liaison_window_get_document (second)), ==,
                    liaison_document_get_n_entities (saved));

  liaison_test_ui_stop_application (app);
  g_unlink (path);
  g_rmdir (dir);
}


static void
test_unsaved_changes_dialog (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonDocument *document = liaison_window_get_document (window);
  AdwAlertDialog *alert;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", NULL);
  g_assert_true (liaison_document_get_dirty (document));

  /* Closing asks; Cancel keeps the window. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window));
  alert = liaison_test_ui_get_alert (GTK_WIDGET (window));
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_alert_dialog_get_heading (alert), ==, "Save Changes?");
  g_assert_true (strstr (adw_alert_dialog_get_body (alert), "“Sample Network”") != NULL);
  g_assert_true (adw_alert_dialog_has_response (alert, "save"));
  g_assert_true (adw_alert_dialog_has_response (alert, "discard"));
  liaison_test_ui_respond (alert, "cancel");
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), window));

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));
  liaison_test_ui_respond (liaison_test_ui_get_alert (GTK_WIDGET (window)), "discard");
  g_assert_true (liaison_test_ui_wait_for (window_gone, window, 3000));

  liaison_test_ui_stop_application (app);
}

static void
test_malformed_file_keeps_document (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonDocument *document = liaison_window_get_document (window);
  g_autofree char *dir = liaison_test_ui_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "broken.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwAlertDialog *alert;

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"liaison\",\n  \"version\": 1,\n  \"organizations\": [ { \"id\": 5 } ]\n}\n", -1, NULL));
  liaison_window_open (window, file);
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));

  alert = liaison_test_ui_get_alert (GTK_WIDGET (window));
  g_assert_cmpstr (adw_alert_dialog_get_heading (alert), ==, "Could Not Open File");
  g_assert_true (strstr (adw_alert_dialog_get_body (alert), "broken.liaison, line 4") != NULL);
  g_assert_true (liaison_window_get_document (window) == document);
  g_assert_null (liaison_window_get_file (window));
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (document)), ==, 49);
  liaison_test_ui_respond (alert, "close");

  liaison_test_ui_stop_application (app);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
has_draft (gpointer data)
{
  return liaison_recovery_get_has_draft (data);
}

static void
test_recovery_after_crash (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonRecovery *recovery = liaison_window_get_recovery (window);
  g_autoptr(GPtrArray) drafts = NULL;
  AdwAlertDialog *alert;
  LiaisonDocument *restored;

  liaison_test_ui_clear_drafts ();
  liaison_recovery_set_delay (recovery, 50);
  liaison_window_set_page (window, "events");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", NULL);
  g_assert_true (liaison_test_ui_wait_for (has_draft, recovery, 5000));

  drafts = liaison_recovery_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((LiaisonDraft *) g_ptr_array_index (drafts, 0))->title, ==, "Sample Network");

  /* A crash: the window vanishes without closing, the draft stays. */
  gtk_window_destroy (GTK_WINDOW (window));
  liaison_test_ui_wait (50);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = liaison_recovery_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);

  /* The next start offers it; restoring brings the edit back, unsaved. */
  g_assert_cmpuint (liaison_application_offer_drafts (app), ==, 1);
  window = liaison_test_ui_get_window (app);
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));
  alert = liaison_test_ui_get_alert (GTK_WIDGET (window));
  g_assert_nonnull (alert);
  g_assert_cmpstr (adw_alert_dialog_get_heading (alert), ==, "Restore Unsaved Changes?");
  g_assert_true (strstr (adw_alert_dialog_get_body (alert), "“Sample Network”") != NULL);
  liaison_test_ui_respond (alert, "restore");

  restored = liaison_window_get_document (window);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_events (restored)), ==, 14);
  g_assert_true (liaison_document_get_dirty (restored));
  g_assert_cmpstr (liaison_window_get_document_title (window), ==, "Sample Network");

  /* The window now keeps its own draft, and only one. */
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = liaison_recovery_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);

  /* Closing and discarding leaves nothing to recover. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));
  liaison_test_ui_respond (liaison_test_ui_get_alert (GTK_WIDGET (window)), "discard");
  g_assert_true (liaison_test_ui_wait_for (window_gone, window, 5000));
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = liaison_recovery_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 0);

  liaison_test_ui_stop_application (app);
}

static gboolean
banner_revealed (gpointer data)
{
  AdwBanner *banner = ADW_BANNER (liaison_test_ui_find (data, ADW_TYPE_BANNER, 0));

  return adw_banner_get_revealed (banner);
}

static gboolean
has_48_organizations (gpointer data)
{
  return g_list_model_get_n_items (liaison_document_get_organizations (liaison_window_get_document (data))) == 48;
}

static void
test_changed_on_disk (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  g_autofree char *dir = liaison_test_ui_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "watched.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  AdwBanner *banner;

  g_assert_true (liaison_window_save_to (window, file, &error));
  liaison_test_ui_wait (700);
  banner = ADW_BANNER (liaison_test_ui_find (GTK_WIDGET (window), ADW_TYPE_BANNER, 0));
  /* Our own save is not a change by another program. */
  g_assert_false (adw_banner_get_revealed (banner));

  /* Another program rewrites it, with one organization less. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  {
    g_autoptr(LiaisonDocument) other = liaison_json_load_data (contents, strlen (contents), "other", &error);
    LiaisonEntity *kyoto = liaison_document_lookup (other, "org-kyoto");
    g_autofree char *data = NULL;

    g_assert_nonnull (kyoto);
    g_assert_true (liaison_document_remove (other, kyoto, LIAISON_REMOVE_CASCADE, &error));
    data = liaison_json_save_data (other, NULL);
    g_assert_true (g_file_set_contents (path, data, -1, &error));
  }
  g_assert_true (liaison_test_ui_wait_for (banner_revealed, window, 5000));
  g_assert_true (strstr (adw_banner_get_title (banner), "changed by another program") != NULL);

  /* Reload shows the other program's version. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  g_assert_true (liaison_test_ui_wait_for (has_48_organizations, window, 5000));
  g_assert_false (adw_banner_get_revealed (banner));

  liaison_test_ui_stop_application (app);
  g_unlink (path);
  {
    g_autofree char *backup = g_strconcat (path, "~", NULL);

    g_unlink (backup);
  }
  g_rmdir (dir);
}

static void
test_graph_selection_shows_detail (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  LiaisonEntity *wego = liaison_document_lookup (liaison_window_get_document (window), "org-wego");
  LiaisonGraphPage *graph;
  GtkStack *stack = liaison_test_ui_find_page_stack (GTK_WIDGET (window));

  liaison_window_set_page (window, "graph");
  liaison_test_ui_wait (300);
  graph = LIAISON_GRAPH_PAGE (gtk_stack_get_child_by_name (stack, "graph"));

  /* Selecting a node, as a click does, shows its detail page. */
  liaison_graph_page_set_selected_entity (graph, wego);
  liaison_test_ui_wait (100);
  g_assert_true (liaison_window_get_selected_entity (window) == wego);
  g_assert_nonnull (liaison_test_ui_find_label (GTK_WIDGET (window), "World Smart Sustainable Cities Organization"));
  g_assert_cmpstr (liaison_window_get_page (window), ==, "graph");

  liaison_test_ui_stop_application (app);
}

/* The window's and the graph page's menus are built when first opened,
 * with every item of their model. */
static void
test_menus_built_when_opened (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = open_sample (app);
  GtkWidget *button;
  guint n_deferred = 0;

  liaison_window_set_page (window, "graph");
  liaison_window_show_entity (window, liaison_document_lookup (liaison_window_get_document (window), "org-wego"));
  liaison_test_ui_wait (300);

  for (guint i = 0; (button = liaison_test_ui_find (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, i)) != NULL; i++)
    {
      GtkPopover *popover;
      GMenuModel *model;

      /* Rows of the detail pane have their menus from the start. */
      if (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)) != NULL)
        continue;

      n_deferred++;
      g_assert_true (gtk_widget_get_mapped (button));
      g_assert_true (gtk_widget_is_sensitive (button));
      gtk_menu_button_popup (GTK_MENU_BUTTON (button));
      liaison_test_ui_wait (50);

      popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
      g_assert_true (GTK_IS_POPOVER_MENU (popover));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
      model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (popover));
      g_assert_nonnull (model);
      g_assert_true (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)) == model);
      g_assert_cmpint (g_menu_model_get_n_items (model), >, 0);
      g_assert_nonnull (liaison_test_ui_find (GTK_WIDGET (popover), g_type_from_name ("GtkModelButton"), 0));

      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
      liaison_test_ui_wait (50);
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
    }
  /* Main menu, record menu; the graph's Arrange, Display and Export. */
  g_assert_cmpuint (n_deferred, ==, 5);

  liaison_test_ui_stop_application (app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/sidebar-pages", test_sidebar_pages);
  g_test_add_func ("/ui/window/first-run-opens-sample", test_first_run_opens_sample);
  g_test_add_func ("/ui/window/narrow-window-navigates", test_narrow_window_navigates);
  g_test_add_func ("/ui/window/search-filter-sort", test_search_filter_sort);
  g_test_add_func ("/ui/window/filter-bar", test_filter_bar);
  g_test_add_func ("/ui/window/edit-undo-redo", test_edit_undo_redo);
  g_test_add_func ("/ui/window/add-delete-undo", test_add_delete_undo);
  g_test_add_func ("/ui/window/duplicate-record", test_duplicate_record);
  g_test_add_func ("/ui/window/save-and-reload", test_save_and_reload);
  g_test_add_func ("/ui/window/unsaved-changes-dialog", test_unsaved_changes_dialog);
  g_test_add_func ("/ui/window/malformed-file-keeps-document", test_malformed_file_keeps_document);
  g_test_add_func ("/ui/window/recovery-after-crash", test_recovery_after_crash);
  g_test_add_func ("/ui/window/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/ui/window/graph-selection-shows-detail", test_graph_selection_shows_detail);
  g_test_add_func ("/ui/window/menus-built-when-opened", test_menus_built_when_opened);

  return g_test_run ();
}
