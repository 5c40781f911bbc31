/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-start-floor.c: the least any libadwaita application takes here to draw its first frame.
 *
 * The start benchmark (tests/bench-start.c) runs this program as well as
 * Liaison, the same way and alternately, so that its table separates what
 * Liaison's own start costs from what the machine's libraries, display
 * and graphics driver cost every application: loading GTK and
 * libadwaita, connecting to the display, preparing the renderer and
 * drawing one window. The window is as large as Liaison's first one
 * (the defaults of its window-width and window-height keys) and holds
 * what an empty GNOME application window holds, a header bar and a
 * status page; it reports its first frame and quits exactly as Liaison
 * does (src/liaison-first-frame.c).
 */

#include "config.h"

#include <adwaita.h>

#include "liaison-first-frame.h"
#include "liaison-memory.h"

#define WINDOW_WIDTH  1200
#define WINDOW_HEIGHT 800

static void
activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *toolbar_view = adw_toolbar_view_new ();
  GtkWidget *status_page = adw_status_page_new ();

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status_page), "applications-science-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status_page), "Bench");
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (toolbar_view), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (toolbar_view), status_page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), toolbar_view);
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);

  liaison_first_frame_report (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;

  liaison_memory_init ();
  application = adw_application_new ("io.github.cityliaison.Liaison.BenchFloor", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (activate_cb), NULL);

  return g_application_run (G_APPLICATION (application), argc, argv);
}
