/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-window.c: the main window's sidebar pages exist and switch. */

#include "config.h"

#include "liaison-test-ui.h"
#include "views/liaison-sidebar-row.h"

static const char *pages[] = {
  "organizations", "people", "events", "links", "sources", "graph",
};

static GtkStack *
find_page_stack (GtkWidget *window)
{
  GtkWidget *stack;

  for (guint i = 0; (stack = liaison_test_ui_find (window, GTK_TYPE_STACK, i)) != NULL; i++)
    {
      if (gtk_stack_get_child_by_name (GTK_STACK (stack), "organizations") != NULL)
        return GTK_STACK (stack);
    }

  return NULL;
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
  sidebar = GTK_LIST_BOX (liaison_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, 0));
  stack = find_page_stack (GTK_WIDGET (window));
  g_assert_nonnull (split_view);
  g_assert_nonnull (sidebar);
  g_assert_nonnull (stack);

  /* Every page has a sidebar row and a page in the content stack. */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      LiaisonSidebarRow *row = LIAISON_SIDEBAR_ROW (gtk_list_box_get_row_at_index (sidebar, i));
      AdwNavigationPage *content;

      g_assert_nonnull (row);
      g_assert_cmpstr (liaison_sidebar_row_get_page_name (row), ==, pages[i]);
      g_assert_nonnull (gtk_stack_get_child_by_name (stack, pages[i]));

      /* Clicking the row shows its page, titled like the row. */
      g_signal_emit_by_name (sidebar, "row-activated", row);
      liaison_test_ui_wait (50);
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, pages[i]);
      g_assert_cmpstr (liaison_window_get_page (window), ==, pages[i]);
      g_assert_true (gtk_list_box_get_selected_row (sidebar) == GTK_LIST_BOX_ROW (row));
      content = adw_navigation_split_view_get_content (split_view);
      g_assert_cmpstr (adw_navigation_page_get_title (content), ==, liaison_sidebar_row_get_title (row));
      g_assert_cmpstr (adw_navigation_page_get_title (content), !=, "");
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
test_narrow_window_navigates (void)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = liaison_test_ui_get_window (app);
  AdwNavigationSplitView *split_view;
  GtkListBox *sidebar;

  split_view = ADW_NAVIGATION_SPLIT_VIEW (liaison_test_ui_find (GTK_WIDGET (window), ADW_TYPE_NAVIGATION_SPLIT_VIEW, 0));
  sidebar = GTK_LIST_BOX (liaison_test_ui_find (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, 0));

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
  liaison_test_ui_wait (300);
  g_assert_true (adw_navigation_split_view_get_collapsed (split_view));

  g_signal_emit_by_name (sidebar, "row-activated", gtk_list_box_get_row_at_index (sidebar, 4));
  liaison_test_ui_wait (50);
  g_assert_true (adw_navigation_split_view_get_show_content (split_view));
  g_assert_cmpstr (liaison_window_get_page (window), ==, "sources");

  liaison_test_ui_stop_application (app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/window/sidebar-pages", test_sidebar_pages);
  g_test_add_func ("/ui/window/narrow-window-navigates", test_narrow_window_navigates);

  return g_test_run ();
}
