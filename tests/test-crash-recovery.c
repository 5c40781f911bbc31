/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-crash-recovery.c: edits survive an application killed with SIGKILL, through its recovery draft.
 *
 * The test runs the real application twice. The first instance, a child
 * process started from this program ("--edit-and-wait FILE"), opens a
 * document from the command line as main() would, adds an event through
 * the window's action and keeps running; once its draft is on disk it is
 * killed with SIGKILL. A second instance, started afresh in this process,
 * must offer the draft and bring the edit back, with the user's file
 * untouched. Part of the "safety" suite; needs a display.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>

#include "liaison-i18n.h"
#include "liaison-test-ui.h"
#include "model/liaison-json.h"
#include "model/liaison-recovery.h"

#define EDIT_AND_WAIT "--edit-and-wait"

/* ---------------------------------------------------------------------- */
/* The first instance, in a child process. */

static gboolean
edit_when_loaded (gpointer data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (data));

  if (!LIAISON_IS_WINDOW (window) ||
      liaison_window_get_file (LIAISON_WINDOW (window)) == NULL ||
      !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return G_SOURCE_CONTINUE;

  /* What a click on the events page's add button does. */
  liaison_window_set_page (LIAISON_WINDOW (window), "events");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-record", NULL);

  return G_SOURCE_REMOVE;
}

/* Runs the application as main() does, on @path, makes one edit and
 * waits to be killed. */
static int
edit_and_wait (const char *program,
               const char *path)
{
  g_autoptr(LiaisonApplication) app = NULL;
  char *arguments[] = { (char *) program, (char *) path, NULL };

  setlocale (LC_ALL, "");
  liaison_i18n_init ();

  app = liaison_application_new ();
  g_timeout_add (50, edit_when_loaded, app);
  /* Held, so that nothing ends the instance but the kill. */
  g_application_hold (G_APPLICATION (app));

  return g_application_run (G_APPLICATION (app), 2, arguments);
}

/* ---------------------------------------------------------------------- */
/* The test. */

static guint
n_drafts (void)
{
  g_autoptr(GPtrArray) drafts = liaison_recovery_list_drafts ();

  return drafts->len;
}

static gboolean
alert_shown (gpointer data)
{
  return liaison_test_ui_get_alert (data) != NULL;
}

static gboolean
window_gone (gpointer data)
{
  GtkApplication *app = data;

  return gtk_application_get_windows (app) == NULL;
}

static guint
count_events (LiaisonDocument *document)
{
  return g_list_model_get_n_items (liaison_document_get_events (document));
}

static void
test_recovery_after_kill (void)
{
  g_autofree char *sample = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "sample.liaison", NULL);
  g_autofree char *dir = liaison_test_ui_make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "network.liaison", NULL);
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(LiaisonDocument) original = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL, *after = NULL, *original_uri = NULL;
  g_autoptr(LiaisonApplication) app = NULL;
  LiaisonDraft *draft;
  LiaisonDocument *restored;
  LiaisonWindow *window;
  AdwAlertDialog *alert;
  gsize length, after_length;
  gint64 deadline;

  g_assert_nonnull (program);
  liaison_test_ui_clear_drafts ();
  g_assert_true (g_file_get_contents (sample, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  original = liaison_json_load_file (file, NULL, &error);
  g_assert_no_error (error);

  /* The first instance opens the file, edits, and writes its draft after
   * the usual delay. */
  first = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error,
                            program, EDIT_AND_WAIT, path, NULL);
  g_assert_no_error (error);

  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (n_drafts () == 0)
    {
      if (g_subprocess_get_identifier (first) == NULL)
        g_error ("the first instance ended before it wrote a draft");
      if (g_get_monotonic_time () > deadline)
        g_error ("no recovery draft within a minute of starting the first instance");
      g_usleep (100 * 1000);
    }

  /* A crash: SIGKILL, nothing runs after it. */
  g_subprocess_force_exit (first);
  g_assert_true (g_subprocess_wait (first, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_signaled (first));
  g_assert_cmpint (g_subprocess_get_term_sig (first), ==, SIGKILL);

  /* The draft is there; the user's file was never written. */
  drafts = liaison_recovery_list_drafts ();
  g_assert_cmpuint (drafts->len, ==, 1);
  draft = g_ptr_array_index (drafts, 0);
  original_uri = g_file_get_uri (file);
  g_assert_cmpstr (draft->original, ==, original_uri);
  g_assert_cmpstr (draft->title, ==, "network");
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, contents, length);

  /* A new instance offers the draft; restoring brings the edit back. */
  app = liaison_application_new ();
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = liaison_test_ui_get_window (app);
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 10000));
  alert = liaison_test_ui_get_alert (GTK_WIDGET (window));
  g_assert_cmpstr (adw_alert_dialog_get_heading (alert), ==, "Restore Unsaved Changes?");
  g_assert_nonnull (strstr (adw_alert_dialog_get_body (alert), "“network”"));
  liaison_test_ui_respond (alert, "restore");

  restored = liaison_window_get_document (window);
  g_assert_cmpuint (count_events (restored), ==, count_events (original) + 1);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (restored)), ==,
                    g_list_model_get_n_items (liaison_document_get_organizations (original)));
  g_assert_true (liaison_document_get_dirty (restored));
  g_assert_true (g_file_equal (liaison_window_get_file (window), file));

  /* The user's file is still the old one until they save. */
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, &after_length, NULL));
  g_assert_cmpmem (after, after_length, contents, length);

  /* Closing and discarding leaves nothing to recover. */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (liaison_test_ui_wait_for (alert_shown, window, 5000));
  liaison_test_ui_respond (liaison_test_ui_get_alert (GTK_WIDGET (window)), "discard");
  g_assert_true (liaison_test_ui_wait_for (window_gone, app, 5000));
  g_assert_cmpuint (n_drafts (), ==, 0);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], EDIT_AND_WAIT))
    return edit_and_wait (argv[0], argv[2]);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/safety/recovery-after-kill", test_recovery_after_kill);

  return g_test_run ();
}
