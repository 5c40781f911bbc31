/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-start.c: how long Liaison takes from being started to the first drawn frame of its window.
 *
 *   bench-start LIAISON FLOOR [RUNS]
 *
 * Starts the real program RUNS times (seven unless given), each time as on
 * a first run (fresh data and configuration folders, so the sample network
 * opens and no draft is offered), with LIAISON_BENCH_FIRST_FRAME set to the
 * time just before starting it: the window prints the time to its first
 * frame and Liaison quits (see src/liaison-first-frame.c). One run before
 * those is not counted, so that the program and its libraries are read
 * from the disk cache, and the graphics driver's compiled shaders from its
 * cache folder (kept for all runs), as on any start but the very first.
 *
 * FLOOR (tests/bench-start-floor.c) is started the same way, each run
 * right before Liaison's: a libadwaita window of the same size with only
 * a header bar and a status page. Its time is what any libadwaita
 * application pays on this machine before it can draw (libraries, display
 * connection, renderer); the difference is Liaison's own share.
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_RUNS   7
#define RUN_TIMEOUT_S  60
#define TARGET_MS      400.0

typedef struct
{
  GMainLoop *loop;
  char      *output;
  gboolean   done;
  gboolean   timed_out;
} Run;

static void
communicated_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;

  if (!g_subprocess_communicate_utf8_finish (G_SUBPROCESS (object), result, &run->output, NULL, &error))
    g_printerr ("bench-start: %s\n", error->message);
  run->done = TRUE;
  g_main_loop_quit (run->loop);
}

static gboolean
timeout_cb (gpointer data)
{
  Run *run = data;

  run->timed_out = TRUE;
  g_main_loop_quit (run->loop);

  return G_SOURCE_REMOVE;
}

/* Starts Liaison once; returns the time to its first frame, or -1. */
static double
start_once (const char *liaison,
            const char *home,
            const char *cache,
            double     *total_ms)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *launched = NULL;
  Run run = { loop, NULL, FALSE, FALSE };
  const char *line;
  double frame_ms = -1;
  gint64 start;
  guint timeout;

  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CACHE_HOME", cache, TRUE);
  /* As when started from the desktop, not from a test. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_subprocess_launcher_unsetenv (launcher, "MALLOC_CHECK_");
  g_subprocess_launcher_unsetenv (launcher, "MALLOC_PERTURB_");

  start = g_get_monotonic_time ();
  launched = g_strdup_printf ("%" G_GINT64_FORMAT, start);
  g_subprocess_launcher_setenv (launcher, "LIAISON_BENCH_FIRST_FRAME", launched, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, liaison, NULL);
  if (process == NULL)
    g_error ("%s", error->message);

  g_subprocess_communicate_utf8_async (process, NULL, NULL, communicated_cb, &run);
  timeout = g_timeout_add_seconds (RUN_TIMEOUT_S, timeout_cb, &run);
  g_main_loop_run (loop);
  if (run.timed_out)
    {
      g_subprocess_force_exit (process);
      while (!run.done)
        g_main_context_iteration (NULL, TRUE);
      g_printerr ("bench-start: Liaison drew no frame in %d s\n", RUN_TIMEOUT_S);
    }
  else
    {
      g_source_remove (timeout);
    }
  g_subprocess_wait (process, NULL, NULL);
  *total_ms = (g_get_monotonic_time () - start) / 1000.0;

  line = run.output != NULL ? strstr (run.output, "liaison: first frame after ") : NULL;
  if (line != NULL)
    frame_ms = g_ascii_strtod (line + strlen ("liaison: first frame after "), NULL);
  g_free (run.output);

  return frame_ms;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static double
median_of (GArray *times)
{
  g_array_sort (times, compare_doubles);

  return times->len % 2 ? g_array_index (times, double, times->len / 2)
                        : (g_array_index (times, double, times->len / 2 - 1) +
                           g_array_index (times, double, times->len / 2)) / 2;
}

/* Starts @program once as on a first run; the time to its first frame, or -1. */
static double
first_run (const char *program,
           const char *base,
           const char *name,
           const char *cache,
           double     *total_ms)
{
  g_autofree char *home = g_strdup_printf ("%s/%s", base, name);
  double frame_ms;

  /* Nothing kept from the run before. */
  remove_tree (home);
  g_mkdir_with_parents (home, 0700);
  frame_ms = start_once (program, home, cache, total_ms);
  remove_tree (home);

  if (frame_ms < 0)
    g_printerr ("bench-start: %s printed no time\n", program);

  return frame_ms;
}

int
main (int   argc,
      char *argv[])
{
  const char *liaison;
  const char *floor_program;
  guint runs = DEFAULT_RUNS;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) floors = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *base = NULL;
  g_autofree char *cache = NULL;
  double median;
  double floor_median;

  if (argc < 3)
    {
      g_printerr ("Usage: %s LIAISON FLOOR [RUNS]\n", argv[0]);
      return 2;
    }
  liaison = argv[1];
  floor_program = argv[2];
  if (argc > 3)
    runs = MAX (1, (guint) strtoul (argv[3], NULL, 10));

  base = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                           "bench-start-home", NULL);

  cache = g_build_filename (base, "cache", NULL);
  for (guint i = 0; i <= runs; i++)
    {
      double floor_total_ms, total_ms;
      double floor_ms = first_run (floor_program, base, "floor", cache, &floor_total_ms);
      double frame_ms = first_run (liaison, base, "liaison", cache, &total_ms);

      if (floor_ms < 0 || frame_ms < 0)
        return 1;
      g_print ("run %u%s: first frame after %.1f ms (process ended after %.1f ms); "
               "bare libadwaita window: %.1f ms\n",
               i, i == 0 ? " (not counted)" : "", frame_ms, total_ms, floor_ms);
      if (i > 0)
        {
          g_array_append_val (frames, frame_ms);
          g_array_append_val (floors, floor_ms);
        }
    }
  remove_tree (base);

  median = median_of (frames);
  floor_median = median_of (floors);
  g_print ("\nstart to first frame, sample network, %u runs: median %.1f ms, fastest %.1f ms, slowest %.1f ms\n",
           frames->len, median, g_array_index (frames, double, 0), g_array_index (frames, double, frames->len - 1));
  g_print ("bare libadwaita window of the same size, same runs: median %.1f ms, fastest %.1f ms, slowest %.1f ms\n",
           floor_median, g_array_index (floors, double, 0), g_array_index (floors, double, floors->len - 1));
  g_print ("Liaison's own share (difference of the medians): %.1f ms\n", median - floor_median);
  g_print ("target: start to first frame (median) %10.1f ms (under %.0f ms): %s\n",
           median, TARGET_MS, median < TARGET_MS ? "met" : "MISSED");
  if (median >= TARGET_MS && floor_median >= TARGET_MS)
    g_print ("        (on this machine the bare window alone takes %.1f ms)\n", floor_median);

  return 0;
}
