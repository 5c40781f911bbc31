/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-first-frame.c: how long the start took until a window first drew, for the start benchmark.
 *
 * With LIAISON_BENCH_FIRST_FRAME set, the first window prints, once its
 * frame clock has painted it for the first time, the time since the
 * process started, and the application quits. The variable holds the
 * launcher's g_get_monotonic_time() in microseconds just before it
 * started Liaison (tests/bench-start.c does that), so that loading the
 * program counts too; any other value, such as 1, measures from the
 * process's start time in /proc/self/stat, to 10 ms.
 */

#define G_LOG_DOMAIN "liaison-first-frame"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "liaison-first-frame.h"

typedef struct
{
  GtkWindow *window;
  gulong     handler;
  gint64     launched;   /* g_get_monotonic_time () at launch, or 0 */
} FirstFrame;

/* Milliseconds since the process started, from the kernel's record of it. */
static double
ms_since_process_start (void)
{
  g_autofree char *stat = NULL;
  const char *fields;
  unsigned long long start_ticks = 0;
  struct timespec now;

  if (!g_file_get_contents ("/proc/self/stat", &stat, NULL, NULL) ||
      (fields = strrchr (stat, ')')) == NULL ||
      sscanf (fields + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %*u %*u %*d %*d %*d %*d %*d %*d %llu",
              &start_ticks) != 1 ||
      clock_gettime (CLOCK_BOOTTIME, &now) != 0)
    return -1;

  return now.tv_sec * 1000.0 + now.tv_nsec / 1e6 - start_ticks * 1000.0 / sysconf (_SC_CLK_TCK);
}

static gboolean
quit_cb (gpointer data)
{
  GApplication *application = data;

  g_application_quit (application);

  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                FirstFrame    *first)
{
  double elapsed = first->launched > 0 ? (g_get_monotonic_time () - first->launched) / 1000.0
                                       : ms_since_process_start ();
  GtkApplication *application = gtk_window_get_application (first->window);

  g_clear_signal_handler (&first->handler, frame_clock);

  printf ("liaison: first frame after %.1f ms\n", elapsed);
  fflush (stdout);

  if (application != NULL)
    g_idle_add_full (G_PRIORITY_HIGH, quit_cb, g_object_ref (application), g_object_unref);

  g_object_unref (first->window);
  g_free (first);
}

static void
realize_cb (GtkWidget  *widget,
            FirstFrame *first)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, realize_cb, first);
  first->handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), first);
}

/* Prints the time to @window's first frame and quits, as described above. */
void
liaison_first_frame_report (GtkWindow *window)
{
  const char *launched = g_getenv ("LIAISON_BENCH_FIRST_FRAME");
  FirstFrame *first;

  g_return_if_fail (GTK_IS_WINDOW (window));

  first = g_new0 (FirstFrame, 1);
  first->window = g_object_ref (window);
  if (launched != NULL)
    first->launched = g_ascii_strtoll (launched, NULL, 10);
  if (first->launched <= 1 || first->launched > g_get_monotonic_time ())
    first->launched = 0;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    realize_cb (GTK_WIDGET (window), first);
  else
    g_signal_connect (window, "realize", G_CALLBACK (realize_cb), first);
}
