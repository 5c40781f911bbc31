/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-graph.c: how fast the graph lays out, builds a frame and renders it, on synthetic networks.
 *
 * For each size (1,000, 10,000 and 50,000 organizations with five links
 * each, or the sizes given as arguments) it generates a document with a
 * fixed seed: organizations in twelve countries, most links within a
 * country. It reports:
 *
 *  - the force layout: time per iteration and to settle, run here; and
 *    to settle in the worker thread the graph view runs it in;
 *  - frames of a 1280×800 view, on the main thread, where they must take
 *    under 16 ms for 60 frames a second: (a) the frame after nodes moved
 *    (as each layout step moves them), which lists links and nodes for a
 *    new picture, drawn by a worker for large networks, and places the
 *    labels; then how long until the new picture shows; and the same
 *    frame drawn whole in one go, as off screen; (b) a frame while
 *    panning, which moves the last picture;
 *  - (c) the cairo renderer: snapshot and render of a full frame, idle
 *    at full quality, and while panning;
 *  - export: a frame of paths (SVG, PDF), a PNG file written.
 *
 * Targets, for 10,000 organizations and 50,000 links: under 20 ms a
 * layout iteration, settled in under 5 s, under 16 ms a frame. Frame
 * times are medians of several rounds; the machine's load shows in them.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>

#include "graph/liaison-force-layout.h"
#include "graph/liaison-layout-runner.h"
#include "views/liaison-graph-view.h"
#include "liaison-memory.h"

#define SEED           1234
#define LINKS_EACH     5
#define FRAME_WIDTH    1280
#define FRAME_HEIGHT   800
#define SETTLE_LIMIT_S 60.0
#define TARGET_SIZE    10000

static const char *countries[] = {
  "JP", "KR", "CN", "TW", "SG", "MY", "TH", "VN", "PH", "ID", "IN", "AU",
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *samples)
{
  g_array_sort (samples, compare_doubles);

  return samples->len > 0 ? g_array_index (samples, double, samples->len / 2) : 0;
}

/* Whether @value meets the target for the size the targets are set for;
 * empty for other sizes. */
static const char *
verdict (guint       n,
         double      value,
         double      target,
         const char *unit)
{
  static char text[4][64];
  static guint next;
  char *out = text[next++ % G_N_ELEMENTS (text)];

  if (n != TARGET_SIZE)
    return "";

  g_snprintf (out, sizeof text[0], "   [target under %g %s: %s]", target, unit, value < target ? "met" : "MISSED");

  return out;
}

static LiaisonDocument *
generate_document (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  LiaisonDocument *document = liaison_document_new ();
  g_autoptr(GPtrArray) organizations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  liaison_document_begin_change (document, "Generate");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("org-%u", i);
      g_autofree char *name = g_strdup_printf ("Organization %u", i);
      LiaisonOrganization *organization = liaison_organization_new (id);
      g_autoptr(LiaisonText) text = liaison_text_new ("en", name);

      g_object_set (organization,
                    "name", text,
                    "country", countries[i % G_N_ELEMENTS (countries)],
                    "kind", g_rand_int_range (rand, 0, 8),
                    NULL);
      if (!liaison_document_add (document, LIAISON_ENTITY (organization), &error))
        g_error ("%s", error->message);
      g_ptr_array_add (organizations, organization);
    }

  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < LINKS_EACH; k++)
      {
        g_autofree char *id = g_strdup_printf ("link-%u-%u", i, k);
        g_autoptr(LiaisonCooperationLink) link = liaison_cooperation_link_new (id);
        guint other;

        /* Four in five within the same country. */
        if (g_rand_int_range (rand, 0, 5) > 0)
          other = (g_rand_int_range (rand, 0, n / G_N_ELEMENTS (countries)) * G_N_ELEMENTS (countries) +
                   i % G_N_ELEMENTS (countries)) % n;
        else
          other = g_rand_int_range (rand, 0, n);
        if (other == i)
          other = (i + 1) % n;

        g_object_set (link,
                      "kind", g_rand_int_range (rand, 0, 7),
                      "from", liaison_entity_get_id (organizations->pdata[i]),
                      "to", liaison_entity_get_id (organizations->pdata[other]),
                      NULL);
        if (!liaison_document_add (document, LIAISON_ENTITY (link), &error))
          g_error ("%s", error->message);
      }
  liaison_document_end_change (document);

  return document;
}


static void
count_settled (gpointer data)
{
  (*(guint *) data)++;
}

/* Lays out and stores the positions in the document, as the user's
 * "Arrange" would, so that the view draws a settled network. */
static void
bench_layout (LiaisonDocument *document,
              guint            n)
{
  g_autoptr(LiaisonGraph) graph = NULL;
  g_autoptr(LiaisonGraph) copy = NULL;
  g_autoptr(LiaisonForceLayout) layout = NULL;
  g_autoptr(LiaisonLayoutRunner) runner = NULL;
  double start, build_ms, first_ms, settle_ms, worker_ms;
  guint iterations = 0, sample = 20, settled = 0;
  g_autoptr(GError) error = NULL;

  start = now_ms ();
  graph = liaison_graph_new_for_document (document, 0);
  build_ms = now_ms () - start;
  copy = liaison_graph_copy (graph);

  layout = liaison_force_layout_new (graph, SEED);
  start = now_ms ();
  liaison_force_layout_scatter (layout);
  iterations = liaison_force_layout_run (layout, sample);
  first_ms = (now_ms () - start) / MAX (iterations, 1);
  while (!liaison_force_layout_is_settled (layout) && now_ms () - start < SETTLE_LIMIT_S * 1000)
    iterations += liaison_force_layout_run (layout, 10);
  settle_ms = now_ms () - start;

  g_print ("%6u nodes %6u links: graph built in %.1f ms\n", n, liaison_graph_get_n_edges (graph), build_ms);
  g_print ("%6u nodes: layout %.2f ms per iteration (first %u), %.2f ms on average%s\n",
           n, first_ms, sample, settle_ms / MAX (iterations, 1),
           verdict (n, settle_ms / MAX (iterations, 1), 20, "ms"));
  if (liaison_force_layout_is_settled (layout))
    g_print ("%6u nodes: layout settled in %.2f s (%u iterations)%s\n", n, settle_ms / 1000, iterations,
             verdict (n, settle_ms / 1000, 5, "s"));
  else
    g_print ("%6u nodes: layout NOT settled after %.2f s (%u iterations)%s\n", n, settle_ms / 1000, iterations,
             verdict (n, G_MAXDOUBLE, 5, "s"));

  /* The same in the worker thread, the main loop free meanwhile. */
  runner = liaison_layout_runner_new (copy, SEED);
  g_signal_connect_swapped (runner, "settled", G_CALLBACK (count_settled), &settled);
  start = now_ms ();
  liaison_layout_runner_scatter (runner);
  liaison_layout_runner_start (runner);
  while (settled == 0 && now_ms () - start < SETTLE_LIMIT_S * 1000)
    g_main_context_iteration (NULL, TRUE);
  worker_ms = now_ms () - start;
  g_print ("%6u nodes: layout in the worker thread settled in %.2f s (%u iterations)%s\n",
           n, worker_ms / 1000, liaison_layout_runner_get_iteration (runner),
           verdict (n, settled > 0 ? worker_ms / 1000 : G_MAXDOUBLE, 5, "s"));
  liaison_layout_runner_stop (runner);

  start = now_ms ();
  liaison_document_begin_change (document, "Arrange Graph");
  for (guint i = 0; i < liaison_graph_get_n_nodes (graph); i++)
    if (!liaison_document_set (document, liaison_graph_get_entity (graph, i), &error,
                               "x", liaison_graph_get_nodes (graph)[i].x,
                               "y", liaison_graph_get_nodes (graph)[i].y,
                               "placed", TRUE, NULL))
      g_error ("%s", error->message);
  liaison_document_end_change (document);
  g_print ("%6u nodes: positions stored as one change in %.1f ms\n", n, now_ms () - start);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static gboolean
is_drawn (gpointer data)
{
  return !liaison_graph_view_get_drawing (data);
}

static void
wait_for (gboolean (*condition) (gpointer), gpointer data)
{
  while (!condition (data))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
set_done (gpointer data)
{
  *(gboolean *) data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Lets the main loop run for @milliseconds: after panning, the view
 * waits for the camera to rest before it places labels anew. */
static void
wait_ms (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, set_done, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

/* A frame of @view, as GTK takes it; its time added to @times. */
static GskRenderNode *
snapshot_view (GtkWidget *view,
               GArray    *times)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  double start = now_ms (), ms;
  GskRenderNode *node;

  GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  ms = now_ms () - start;
  if (times != NULL)
    g_array_append_val (times, ms);

  return node;
}

/* Snapshot and render, with the cairo renderer, of a frame of @view. */
static void
snapshot_and_render (GtkWidget   *view,
                     GskRenderer *renderer,
                     GArray      *times)
{
  double start = now_ms (), ms;
  g_autoptr(GskRenderNode) node = snapshot_view (view, NULL);
  g_autoptr(GdkTexture) texture = NULL;

  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (view),
                                                              gtk_widget_get_height (view)));
  ms = now_ms () - start;
  g_array_append_val (times, ms);
}

static void
bench_frames (LiaisonDocument *document,
              guint            n)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = liaison_graph_view_new ();
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moved = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) whole = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pan = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) idle_cairo = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pan_cairo = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  double paths_ms, png_ms, start;
  guint rounds = n >= 50000 ? 3 : 9;
  int fd;

  liaison_graph_view_set_show_events (LIAISON_GRAPH_VIEW (view), FALSE);
  gtk_window_set_default_size (window, FRAME_WIDTH, FRAME_HEIGHT);
  gtk_window_set_child (window, view);
  liaison_graph_view_set_document (LIAISON_GRAPH_VIEW (view), document);
  gtk_window_present (window);
  wait_for (is_mapped, view);
  g_assert_false (liaison_graph_view_get_layout_running (LIAISON_GRAPH_VIEW (view)));

  if (!gsk_renderer_realize_for_display (renderer, gdk_display_get_default (), &error))
    g_error ("%s", error->message);

  for (guint r = 0; r < rounds; r++)
    {
      g_autoptr(GskRenderNode) node = NULL;

      /* The camera at rest, the picture up to date. */
      wait_ms (300);
      wait_for (is_drawn, view);

      /* (a) The frame after the nodes moved: the time slider's date
       * changes what is faded, which calls for a new picture as moving
       * nodes does. Then until the new picture is shown. */
      liaison_graph_view_set_date (LIAISON_GRAPH_VIEW (view), r % 2);
      start = now_ms ();
      node = snapshot_view (view, moved);
      g_clear_pointer (&node, gsk_render_node_unref);
      wait_for (is_drawn, view);
      node = snapshot_view (view, NULL);
      g_clear_pointer (&node, gsk_render_node_unref);
      {
        double ms = now_ms () - start;

        g_array_append_val (shown, ms);
      }

      /* The same frame, all drawn in one go (as off screen). */
      start = now_ms ();
      node = liaison_graph_view_render (LIAISON_GRAPH_VIEW (view), gtk_widget_get_width (view),
                                        gtk_widget_get_height (view), FALSE, TRUE);
      {
        double ms = now_ms () - start;

        g_array_append_val (whole, ms);
      }
      g_clear_pointer (&node, gsk_render_node_unref);

      /* (c) An idle frame at full quality, with the cairo renderer. */
      wait_for (is_drawn, view);
      snapshot_and_render (view, renderer, idle_cairo);

      /* (b) A frame while panning: the picture moves with the camera;
       * and with the cairo renderer. */
      liaison_graph_view_pan (LIAISON_GRAPH_VIEW (view), r % 2 ? -7 : 7, 3);
      node = snapshot_view (view, pan);
      g_clear_pointer (&node, gsk_render_node_unref);
      liaison_graph_view_pan (LIAISON_GRAPH_VIEW (view), r % 2 ? -7 : 7, 3);
      snapshot_and_render (view, renderer, pan_cairo);
    }

  start = now_ms ();
  {
    g_autoptr(GskRenderNode) node = liaison_graph_view_render (LIAISON_GRAPH_VIEW (view), FRAME_WIDTH, FRAME_HEIGHT,
                                                               TRUE, FALSE);
  }
  paths_ms = now_ms () - start;

  fd = g_file_open_tmp ("liaison-bench-XXXXXX.png", &path, &error);
  if (fd < 0)
    g_error ("%s", error->message);
  g_close (fd, NULL);
  file = g_file_new_for_path (path);
  start = now_ms ();
  if (!liaison_graph_view_export (LIAISON_GRAPH_VIEW (view), file, LIAISON_GRAPH_EXPORT_PNG,
                                  FRAME_WIDTH, FRAME_HEIGHT, &error))
    g_error ("%s", error->message);
  png_ms = now_ms () - start;
  g_file_delete (file, NULL, NULL);

  g_print ("%6u nodes: (a) frame after nodes moved, on the main thread: %.2f ms%s\n",
           n, median (moved), verdict (n, median (moved), 16, "ms"));
  g_print ("%6u nodes:     its new picture shown after %.1f ms (drawn by a worker when large)\n",
           n, median (shown));
  g_print ("%6u nodes:     the same frame all drawn in one go: %.1f ms\n", n, median (whole));
  g_print ("%6u nodes: (b) frame while panning: %.2f ms%s\n", n, median (pan), verdict (n, median (pan), 16, "ms"));
  g_print ("%6u nodes: (c) cairo renderer, snapshot + render of a %dx%d frame, idle at full quality: %.2f ms%s\n",
           n, FRAME_WIDTH, FRAME_HEIGHT, median (idle_cairo), verdict (n, median (idle_cairo), 16, "ms"));
  g_print ("%6u nodes: (c) cairo renderer, snapshot + render of a frame while panning: %.2f ms%s\n",
           n, median (pan_cairo), verdict (n, median (pan_cairo), 16, "ms"));
  g_print ("%6u nodes: %u labels shown\n", n, liaison_graph_view_get_n_labels (LIAISON_GRAPH_VIEW (view)));
  g_print ("%6u nodes: export: frame of paths (SVG, PDF) built in %.1f ms; PNG written in %.1f ms\n",
           n, paths_ms, png_ms);

  gsk_renderer_unrealize (renderer);
  gtk_window_destroy (window);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  guint default_sizes[] = { 1000, 10000, 50000 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));

  /* As the application does first thing. */
  liaison_memory_init ();
  gtk_init ();
  adw_init ();

  for (int i = 1; i < argc; i++)
    {
      guint size = (guint) strtoul (argv[i], NULL, 10);

      if (size > 0)
        g_array_append_val (sizes, size);
    }
  if (sizes->len == 0)
    g_array_append_vals (sizes, default_sizes, G_N_ELEMENTS (default_sizes));

  for (guint s = 0; s < sizes->len; s++)
    {
      guint n = g_array_index (sizes, guint, s);
      g_autoptr(LiaisonDocument) document = NULL;
      double start = now_ms ();

      document = generate_document (n);
      g_print ("%6u nodes: document generated in %.0f ms\n", n, now_ms () - start);
      bench_layout (document, n);
      bench_frames (document, n);
      g_print ("\n");
    }

  return 0;
}
