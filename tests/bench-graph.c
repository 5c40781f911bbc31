/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench-graph.c: how fast the graph lays out, builds a frame and renders it, on synthetic networks.
 *
 * For each size (1,000, 10,000 and 50,000 organizations with five links
 * each, or the sizes given as arguments) it generates a document with a
 * fixed seed: organizations in twelve countries, most links within a
 * country. It reports the force layout's time per iteration and to
 * settle, the time to build one frame's render nodes (from scratch, and
 * with the scene kept as when panning), and the time for the cairo
 * renderer to draw a full 1280×800 frame.
 */

#include "config.h"

#include <stdlib.h>

#include "graph/liaison-force-layout.h"
#include "views/liaison-graph-view.h"

#define SEED          1234
#define LINKS_EACH    5
#define FRAME_WIDTH   1280
#define FRAME_HEIGHT  800
#define SETTLE_LIMIT_S 60.0

static const char *countries[] = {
  "JP", "KR", "CN", "TW", "SG", "MY", "TH", "VN", "PH", "ID", "IN", "AU",
};

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
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

/* Lays out and stores the positions in the document, as the user's
 * "Arrange" would, so that the view draws a settled network. */
static void
bench_layout (LiaisonDocument *document,
              guint            n)
{
  g_autoptr(LiaisonGraph) graph = NULL;
  g_autoptr(LiaisonForceLayout) layout = NULL;
  double start, build_ms, first_ms, settle_ms;
  guint iterations = 0, sample = 20;
  g_autoptr(GError) error = NULL;

  start = now_ms ();
  graph = liaison_graph_new_for_document (document, 0);
  build_ms = now_ms () - start;

  layout = liaison_force_layout_new (graph, SEED);
  start = now_ms ();
  liaison_force_layout_scatter (layout);
  iterations = liaison_force_layout_run (layout, sample);
  first_ms = (now_ms () - start) / MAX (iterations, 1);
  while (!liaison_force_layout_is_settled (layout) && now_ms () - start < SETTLE_LIMIT_S * 1000)
    iterations += liaison_force_layout_run (layout, 10);
  settle_ms = now_ms () - start;

  g_print ("%6u nodes %6u links: graph built in %.1f ms\n", n, liaison_graph_get_n_edges (graph), build_ms);
  g_print ("%6u nodes: layout %.2f ms per iteration (first %u), %.2f ms on average\n",
           n, first_ms, sample, settle_ms / MAX (iterations, 1));
  if (liaison_force_layout_is_settled (layout))
    g_print ("%6u nodes: layout settled in %.2f s (%u iterations)\n", n, settle_ms / 1000, iterations);
  else
    g_print ("%6u nodes: layout NOT settled after %.2f s (%u iterations)\n", n, settle_ms / 1000, iterations);

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

static void
wait_for (gboolean (*condition) (gpointer), gpointer data)
{
  while (!condition (data))
    g_main_context_iteration (NULL, TRUE);
}

static void
bench_frames (LiaisonDocument *document,
              guint            n)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *view = liaison_graph_view_new ();
  g_autoptr(GskRenderer) renderer = gsk_cairo_renderer_new ();
  g_autoptr(GError) error = NULL;
  double start, full_ms = 0, cached_ms = 0, render_ms = 0, offscreen_ms;
  guint rounds = n >= 50000 ? 3 : 10;

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
      g_autoptr(GtkSnapshot) snapshot = NULL;
      g_autoptr(GskRenderNode) node = NULL;
      g_autoptr(GdkTexture) texture = NULL;
      int width = gtk_widget_get_width (view), height = gtk_widget_get_height (view);

      /* A frame after the layout moved: the scene is drawn again. */
      liaison_graph_view_set_date (LIAISON_GRAPH_VIEW (view), r % 2);
      start = now_ms ();
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      full_ms += now_ms () - start;
      g_clear_pointer (&node, gsk_render_node_unref);

      /* A frame that did not move: the scene is kept, labels placed anew. */
      start = now_ms ();
      snapshot = gtk_snapshot_new ();
      GTK_WIDGET_GET_CLASS (view)->snapshot (view, snapshot);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
      cached_ms += now_ms () - start;

      start = now_ms ();
      texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
      render_ms += now_ms () - start;
    }

  {
    g_autoptr(GskRenderNode) node = NULL;

    start = now_ms ();
    node = liaison_graph_view_render (LIAISON_GRAPH_VIEW (view), FRAME_WIDTH, FRAME_HEIGHT, TRUE);
    offscreen_ms = now_ms () - start;
  }

  g_print ("%6u nodes: frame render nodes %.2f ms (scene rebuilt), %.2f ms (scene kept); %u labels\n",
           n, full_ms / rounds, cached_ms / rounds, liaison_graph_view_get_n_labels (LIAISON_GRAPH_VIEW (view)));
  g_print ("%6u nodes: cairo renderer, full %dx%d frame: %.2f ms; snapshot + render %.2f ms\n",
           n, FRAME_WIDTH, FRAME_HEIGHT, render_ms / rounds, (full_ms + render_ms) / rounds);
  g_print ("%6u nodes: off-screen frame for export %.2f ms\n", n, offscreen_ms);

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
