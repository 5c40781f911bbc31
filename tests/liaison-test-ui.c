/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-test-ui.c: helpers for the ui tests: run the real application and find widgets. */

#include "config.h"

#include <glib/gstdio.h>

#include "liaison-test-ui.h"
#include "model/liaison-recovery.h"
#include "views/liaison-sidebar-row.h"

static gboolean
window_is_drawn (gpointer data)
{
  GtkWidget *window = data;

  return gtk_widget_get_mapped (window) && gtk_widget_get_width (window) > 0;
}

/* Starts the real application, as main() would, and waits until its first
 * window is on screen. The application is registered once per test
 * program (it owns its name on the bus); each test gets a new window. */
LiaisonApplication *
liaison_test_ui_start_application (void)
{
  static LiaisonApplication *app;
  GtkWindow *window;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      /* Drafts of an earlier run would be offered for recovery. */
      liaison_test_ui_clear_drafts ();
      app = liaison_application_new ();
      g_application_register (G_APPLICATION (app), NULL, &error);
      g_assert_no_error (error);
    }

  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (window);
  g_assert_true (liaison_test_ui_wait_for (window_is_drawn, window, 10000));

  return app;
}

LiaisonWindow *
liaison_test_ui_get_window (LiaisonApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (LIAISON_IS_WINDOW (window));

  return LIAISON_WINDOW (window);
}

static gboolean
timeout_reached (gpointer data)
{
  gboolean *reached = data;

  *reached = TRUE;

  return G_SOURCE_REMOVE;
}

void
liaison_test_ui_wait (guint milliseconds)
{
  gboolean reached = FALSE;

  g_timeout_add (milliseconds, timeout_reached, &reached);
  while (!reached)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
liaison_test_ui_wait_for (gboolean (*condition) (gpointer data),
                          gpointer   data,
                          guint      timeout_ms)
{
  gboolean reached = FALSE;
  guint id = g_timeout_add (timeout_ms, timeout_reached, &reached);

  while (!condition (data))
    {
      if (reached)
        return FALSE;
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (id);

  return TRUE;
}

static GtkWidget *
find_recursive (GtkWidget *widget,
                GType      type,
                guint     *index)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    {
      if (*index == 0)
        return widget;
      (*index)--;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_recursive (child, type, index);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The @index-th widget of @type under @root, depth first, or NULL. */
GtkWidget *
liaison_test_ui_find (GtkWidget *root,
                      GType      type,
                      guint      index)
{
  return find_recursive (root, type, &index);
}

/* The first visible GtkLabel under @root showing exactly @text, or NULL. */
GtkWidget *
liaison_test_ui_find_label (GtkWidget  *root,
                            const char *text)
{
  for (guint i = 0;; i++)
    {
      GtkWidget *label = liaison_test_ui_find (root, GTK_TYPE_LABEL, i);

      if (label == NULL)
        return NULL;
      /* The text as shown, without markup. */
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), text) == 0 &&
          gtk_widget_is_visible (label))
        return label;
    }
}

void
liaison_test_ui_stop_application (LiaisonApplication *app)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_destroy (GTK_WINDOW (iter->data));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

/* Deletes every recovery draft, as if no session had ever crashed. */
void
liaison_test_ui_clear_drafts (void)
{
  g_autoptr(GPtrArray) drafts = liaison_recovery_list_drafts ();
  g_autofree char *directory = liaison_recovery_get_directory ();
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  for (guint i = 0; i < drafts->len; i++)
    liaison_recovery_delete_draft (g_ptr_array_index (drafts, i), NULL);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (directory, name, NULL);

      g_unlink (path);
    }
}

/* The alert dialog shown on @window, or %NULL. */
AdwAlertDialog *
liaison_test_ui_get_alert (GtkWidget *window)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (window));

  return ADW_IS_ALERT_DIALOG (dialog) ? ADW_ALERT_DIALOG (dialog) : NULL;
}

/* Answers @dialog as a click on the button of @response would. */
void
liaison_test_ui_respond (AdwAlertDialog *dialog,
                         const char     *response)
{
  /* Closing emits the close response once, as a button would. */
  adw_alert_dialog_set_close_response (dialog, response);
  adw_dialog_close (ADW_DIALOG (dialog));
  liaison_test_ui_wait (50);
}

char *
liaison_test_ui_make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("liaison-test-XXXXXX", &error);

  g_assert_no_error (error);

  return path;
}

/* The window's stack of pages (lists and graph). */
GtkStack *
liaison_test_ui_find_page_stack (GtkWidget *window)
{
  GtkWidget *stack;

  for (guint i = 0; (stack = liaison_test_ui_find (window, GTK_TYPE_STACK, i)) != NULL; i++)
    {
      if (gtk_stack_get_child_by_name (GTK_STACK (stack), "organizations") != NULL)
        return GTK_STACK (stack);
    }

  return NULL;
}

/* The list of pages on the window's side. */
GtkListBox *
liaison_test_ui_find_sidebar (GtkWidget *window)
{
  GtkWidget *list_box;

  for (guint i = 0; (list_box = liaison_test_ui_find (window, GTK_TYPE_LIST_BOX, i)) != NULL; i++)
    {
      if (LIAISON_IS_SIDEBAR_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list_box), 0)))
        return GTK_LIST_BOX (list_box);
    }

  return NULL;
}

/* The page named @page, such as "organizations" or "graph". */
GtkWidget *
liaison_test_ui_find_page (GtkWidget  *window,
                           const char *page)
{
  GtkStack *stack = liaison_test_ui_find_page_stack (window);

  return stack != NULL ? gtk_stack_get_child_by_name (stack, page) : NULL;
}
