/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-graph.c: the graph library: building, layouts and their worker, hit-testing, camera, level of detail, time filter, labels, centrality. */

#include "config.h"

#include <math.h>

#include "liaison-test-sample.h"
#include "graph/liaison-centrality.h"
#include "graph/liaison-force-layout.h"
#include "graph/liaison-graph-camera.h"
#include "graph/liaison-graph-layouts.h"
#include "graph/liaison-graph-lod.h"
#include "graph/liaison-graph.h"
#include "graph/liaison-label-placer.h"
#include "graph/liaison-layout-runner.h"
#include "model/liaison-json.h"

static void
test_build_sample (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonGraph) graph = liaison_graph_new_for_document (document, 0);
  g_autoptr(LiaisonGraph) with_events = liaison_graph_new_for_document (document, LIAISON_GRAPH_INCLUDE_EVENTS);
  g_autoptr(LiaisonGraph) with_derived = liaison_graph_new_for_document (document, LIAISON_GRAPH_INCLUDE_DERIVED);
  g_autoptr(GPtrArray) derived = liaison_document_derive_co_organization (document);
  GListModel *organizations = liaison_document_get_organizations (document);
  GListModel *events = liaison_document_get_events (document);
  guint n_organizations = g_list_model_get_n_items (organizations);
  const char * const *groups;
  guint n_groups, degree_sum = 0;

  g_assert_cmpuint (liaison_graph_get_n_nodes (graph), ==, n_organizations);
  g_assert_cmpuint (liaison_graph_get_n_edges (graph), ==, g_list_model_get_n_items (liaison_document_get_links (document)));
  g_assert_cmpuint (liaison_graph_get_n_nodes (with_events), ==, n_organizations + g_list_model_get_n_items (events));
  g_assert_cmpuint (liaison_graph_get_n_edges (with_events), >, liaison_graph_get_n_edges (graph));
  g_assert_cmpuint (derived->len, >, 0);
  g_assert_cmpuint (liaison_graph_get_n_edges (with_derived), ==, liaison_graph_get_n_edges (graph) + derived->len);

  /* Nodes find their records and back. */
  for (guint i = 0; i < n_organizations; i++)
    {
      g_autoptr(LiaisonEntity) organization = g_list_model_get_item (organizations, i);

      g_assert_cmpint (liaison_graph_find_entity (graph, organization), ==, i);
      g_assert_true (liaison_graph_get_entity (graph, i) == organization);
      g_assert_cmpuint (liaison_graph_get_nodes (graph)[i].degree, ==,
                        liaison_document_count_links_of (document, LIAISON_ORGANIZATION (organization)));
    }

  /* Incident edges agree with degrees and each edge is seen from both ends. */
  for (guint i = 0; i < liaison_graph_get_n_nodes (with_events); i++)
    {
      guint n_incident;
      const guint *incident = liaison_graph_get_incident (with_events, i, &n_incident);

      g_assert_cmpuint (n_incident, ==, liaison_graph_get_nodes (with_events)[i].degree);
      for (guint k = 0; k < n_incident; k++)
        {
          const LiaisonGraphEdge *edge = &liaison_graph_get_edges (with_events)[incident[k]];

          g_assert_true (edge->source == i || edge->target == i);
        }
      degree_sum += n_incident;
    }
  g_assert_cmpuint (degree_sum, ==, 2 * liaison_graph_get_n_edges (with_events));

  /* Groups are countries, the most frequent first. */
  groups = liaison_graph_get_groups (graph, &n_groups);
  g_assert_cmpuint (n_groups, >, 3);
  for (guint g = 1; g < n_groups; g++)
    g_assert_cmpuint (liaison_graph_count_group (graph, g - 1), >=, liaison_graph_count_group (graph, g));
  g_assert_cmpstr (groups[0], !=, NULL);
}

static void
assert_finite_positions (LiaisonGraph *graph)
{
  for (guint i = 0; i < liaison_graph_get_n_nodes (graph); i++)
    {
      g_assert_true (isfinite (liaison_graph_get_nodes (graph)[i].x));
      g_assert_true (isfinite (liaison_graph_get_nodes (graph)[i].y));
    }
}

static void
test_layout_converges (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonGraph) graph = liaison_graph_new_for_document (document, LIAISON_GRAPH_INCLUDE_EVENTS);
  g_autoptr(LiaisonGraph) again = liaison_graph_new_for_document (document, LIAISON_GRAPH_INCLUDE_EVENTS);
  g_autoptr(LiaisonForceLayout) layout = liaison_force_layout_new (graph, 42);
  g_autoptr(LiaisonForceLayout) layout_again = liaison_force_layout_new (again, 42);
  double energy_start, energy_middle, energy_end;
  guint iterations;

  liaison_force_layout_scatter (layout);
  assert_finite_positions (graph);
  energy_start = liaison_force_layout_compute_energy (layout);
  liaison_force_layout_run (layout, 60);
  energy_middle = liaison_force_layout_compute_energy (layout);
  iterations = 60 + liaison_force_layout_run (layout, 2000);
  energy_end = liaison_force_layout_compute_energy (layout);

  g_test_message ("energy %g → %g → %g in %u iterations", energy_start, energy_middle, energy_end, iterations);
  g_assert_true (liaison_force_layout_is_settled (layout));
  g_assert_cmpuint (iterations, <, 1000);
  g_assert_cmpfloat (energy_middle, <, energy_start);
  g_assert_cmpfloat (energy_end, <, energy_middle);
  assert_finite_positions (graph);

  /* Settled means still: another step moves nothing. */
  {
    double x = liaison_graph_get_nodes (graph)[0].x;

    g_assert_true (liaison_force_layout_step (layout));
    g_assert_cmpfloat (liaison_graph_get_nodes (graph)[0].x, ==, x);
  }

  /* Linked nodes end up closer than the average pair. */
  {
    const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
    const LiaisonGraphEdge *edges = liaison_graph_get_edges (graph);
    guint n = liaison_graph_get_n_nodes (graph);
    double linked = 0, all = 0;

    for (guint e = 0; e < liaison_graph_get_n_edges (graph); e++)
      linked += hypot (nodes[edges[e].source].x - nodes[edges[e].target].x,
                       nodes[edges[e].source].y - nodes[edges[e].target].y);
    linked /= liaison_graph_get_n_edges (graph);
    for (guint i = 0; i < n; i++)
      for (guint j = i + 1; j < n; j++)
        all += hypot (nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y);
    all /= n * (n - 1) / 2.0;
    g_assert_cmpfloat (linked, <, all);
  }

  /* The same seed gives the same layout. */
  liaison_force_layout_scatter (layout_again);
  liaison_force_layout_run (layout_again, 2000);
  for (guint i = 0; i < liaison_graph_get_n_nodes (graph); i++)
    {
      g_assert_cmpfloat (liaison_graph_get_nodes (graph)[i].x, ==, liaison_graph_get_nodes (again)[i].x);
      g_assert_cmpfloat (liaison_graph_get_nodes (graph)[i].y, ==, liaison_graph_get_nodes (again)[i].y);
    }
}

static LiaisonGraph *
make_path_graph (guint n)
{
  LiaisonGraph *graph = liaison_graph_new ();

  for (guint i = 0; i < n; i++)
    liaison_graph_add_node (graph, LIAISON_GRAPH_NODE_ORGANIZATION, NULL, i % 2 ? "JP" : "KR");
  for (guint i = 0; i + 1 < n; i++)
    liaison_graph_add_edge (graph, i, i + 1, LIAISON_LINK_KIND_MOU, 0, 0, 0);
  liaison_graph_finish (graph);

  return graph;
}

static void
test_layout_pinned_and_placed (void)
{
  g_autoptr(LiaisonGraph) graph = make_path_graph (6);
  g_autoptr(LiaisonForceLayout) layout = NULL;
  LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);

  nodes[0].flags |= LIAISON_GRAPH_NODE_PINNED;
  nodes[0].x = 500;
  nodes[0].y = -300;
  nodes[1].flags |= LIAISON_GRAPH_NODE_PLACED;
  nodes[1].x = 10;
  nodes[1].y = 20;

  layout = liaison_force_layout_new (graph, 7);
  liaison_force_layout_scatter (layout);
  liaison_force_layout_run (layout, 1000);
  g_assert_cmpfloat (nodes[0].x, ==, 500);
  g_assert_cmpfloat (nodes[0].y, ==, -300);
  g_assert_cmpfloat (nodes[1].x, ==, 10);
  g_assert_cmpfloat (nodes[1].y, ==, 20);
  g_assert_cmpfloat (hypot (nodes[2].x - nodes[1].x, nodes[2].y - nodes[1].y), <, 400);

  /* A new layout on request moves placed nodes, never pinned ones. */
  liaison_force_layout_set_move_placed (layout, TRUE);
  liaison_force_layout_reheat (layout, 2.0);
  liaison_force_layout_run (layout, 1000);
  g_assert_cmpfloat (nodes[0].x, ==, 500);
  g_assert_true (nodes[1].x != 10 || nodes[1].y != 20);
}

static void
test_layout_larger_graph (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (3);
  g_autoptr(LiaisonGraph) graph = liaison_graph_new ();
  g_autoptr(LiaisonForceLayout) layout = NULL;
  double energy_start, energy_end;
  guint n = 400;

  for (guint i = 0; i < n; i++)
    liaison_graph_add_node (graph, LIAISON_GRAPH_NODE_ORGANIZATION, NULL, NULL);
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < 3; k++)
      liaison_graph_add_edge (graph, i, g_rand_int_range (rand, 0, n), 0, 0, 0, 0);
  liaison_graph_finish (graph);

  layout = liaison_force_layout_new (graph, 1);
  liaison_force_layout_scatter (layout);
  energy_start = liaison_force_layout_compute_energy (layout);
  liaison_force_layout_run (layout, 3000);
  energy_end = liaison_force_layout_compute_energy (layout);
  g_assert_true (liaison_force_layout_is_settled (layout));
  g_assert_cmpfloat (energy_end, <, energy_start);
  assert_finite_positions (graph);
}

static void
test_layouts_circle_and_grouped (void)
{
  g_autoptr(LiaisonGraph) graph = make_path_graph (12);
  LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  double radius;
  double jp_x = 0, kr_x = 0, jp_y = 0, kr_y = 0;

  liaison_graph_layout_circle (graph);
  radius = hypot (nodes[0].x, nodes[0].y);
  g_assert_cmpfloat (radius, >, 10);
  for (guint i = 0; i < 12; i++)
    {
      g_assert_cmpfloat_with_epsilon (hypot (nodes[i].x, nodes[i].y), radius, 1e-6);
      for (guint j = i + 1; j < 12; j++)
        g_assert_cmpfloat (hypot (nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y), >, nodes[i].size + nodes[j].size);
    }

  /* Grouped: the two countries apart, each node nearer its own. */
  liaison_graph_layout_grouped (graph);
  for (guint i = 0; i < 12; i++)
    {
      if (i % 2)
        {
          jp_x += nodes[i].x / 6;
          jp_y += nodes[i].y / 6;
        }
      else
        {
          kr_x += nodes[i].x / 6;
          kr_y += nodes[i].y / 6;
        }
      for (guint j = i + 1; j < 12; j++)
        g_assert_cmpfloat (hypot (nodes[i].x - nodes[j].x, nodes[i].y - nodes[j].y), >, nodes[i].size + nodes[j].size);
    }
  g_assert_cmpfloat (hypot (jp_x - kr_x, jp_y - kr_y), >, 50);
  for (guint i = 0; i < 12; i++)
    {
      double to_jp = hypot (nodes[i].x - jp_x, nodes[i].y - jp_y);
      double to_kr = hypot (nodes[i].x - kr_x, nodes[i].y - kr_y);

      g_assert_true ((to_jp < to_kr) == (i % 2 == 1));
    }
}

static void
test_hit_test (void)
{
  g_autoptr(LiaisonGraph) graph = make_path_graph (3);
  LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);

  nodes[0].x = 0; nodes[0].y = 0; nodes[0].size = 10;
  nodes[1].x = 15; nodes[1].y = 0; nodes[1].size = 10;
  nodes[2].x = 100; nodes[2].y = 100; nodes[2].size = 5;

  g_assert_cmpint (liaison_graph_node_at (graph, -5, 0, 0), ==, 0);
  /* Where two overlap, the one drawn last, on top, wins. */
  g_assert_cmpint (liaison_graph_node_at (graph, 7, 0, 0), ==, 1);
  g_assert_cmpint (liaison_graph_node_at (graph, 100, 104, 0), ==, 2);
  g_assert_cmpint (liaison_graph_node_at (graph, 100, 107, 0), ==, -1);
  g_assert_cmpint (liaison_graph_node_at (graph, 100, 107, 3), ==, 2);
  g_assert_cmpint (liaison_graph_node_at (graph, 50, 50, 0), ==, -1);

  /* Hidden nodes cannot be hit, and do not count in the visible bounds. */
  nodes[1].flags |= LIAISON_GRAPH_NODE_HIDDEN;
  g_assert_cmpint (liaison_graph_node_at (graph, 7, 0, 0), ==, 0);
  nodes[2].flags |= LIAISON_GRAPH_NODE_HIDDEN;
  {
    double x1, y1, x2, y2;

    g_assert_true (liaison_graph_get_bounds (graph, TRUE, &x1, &y1, &x2, &y2));
    g_assert_cmpfloat (x1, ==, -10);
    g_assert_cmpfloat (x2, ==, 10);
    g_assert_true (liaison_graph_get_bounds (graph, FALSE, &x1, &y1, &x2, &y2));
    g_assert_cmpfloat (x2, ==, 105);
    g_assert_cmpfloat (y2, ==, 105);
  }
}

static void
test_camera (void)
{
  LiaisonGraphCamera camera = { 100, 50, 2 };
  double vx, vy, wx, wy;

  liaison_graph_camera_to_view (&camera, 800, 600, 100, 50, &vx, &vy);
  g_assert_cmpfloat (vx, ==, 400);
  g_assert_cmpfloat (vy, ==, 300);
  liaison_graph_camera_to_view (&camera, 800, 600, 110, 40, &vx, &vy);
  g_assert_cmpfloat (vx, ==, 420);
  g_assert_cmpfloat (vy, ==, 280);
  liaison_graph_camera_to_world (&camera, 800, 600, vx, vy, &wx, &wy);
  g_assert_cmpfloat_with_epsilon (wx, 110, 1e-9);
  g_assert_cmpfloat_with_epsilon (wy, 40, 1e-9);

  /* Zooming keeps the point under the pointer in place. */
  liaison_graph_camera_to_world (&camera, 800, 600, 123, 456, &wx, &wy);
  liaison_graph_camera_zoom_at (&camera, 800, 600, 123, 456, 1.7);
  g_assert_cmpfloat_with_epsilon (camera.zoom, 3.4, 1e-9);
  liaison_graph_camera_to_view (&camera, 800, 600, wx, wy, &vx, &vy);
  g_assert_cmpfloat_with_epsilon (vx, 123, 1e-9);
  g_assert_cmpfloat_with_epsilon (vy, 456, 1e-9);

  /* Within limits. */
  liaison_graph_camera_zoom_at (&camera, 800, 600, 0, 0, 1e9);
  g_assert_cmpfloat (camera.zoom, ==, LIAISON_GRAPH_CAMERA_MAX_ZOOM);

  /* Panning follows the pointer. */
  liaison_graph_camera_to_view (&camera, 800, 600, 0, 0, &vx, &vy);
  liaison_graph_camera_pan (&camera, 30, -20);
  {
    double vx2, vy2;

    liaison_graph_camera_to_view (&camera, 800, 600, 0, 0, &vx2, &vy2);
    g_assert_cmpfloat_with_epsilon (vx2 - vx, 30, 1e-6);
    g_assert_cmpfloat_with_epsilon (vy2 - vy, -20, 1e-6);
  }

  /* Fitting shows the whole box inside the margins. */
  liaison_graph_camera_fit (&camera, 800, 600, -1000, -200, 3000, 1800, 20);
  liaison_graph_camera_to_view (&camera, 800, 600, -1000, -200, &vx, &vy);
  g_assert_cmpfloat (vx, >=, 20 - 1e-9);
  g_assert_cmpfloat (vy, >=, 20 - 1e-9);
  liaison_graph_camera_to_view (&camera, 800, 600, 3000, 1800, &vx, &vy);
  g_assert_cmpfloat (vx, <=, 780 + 1e-9);
  g_assert_cmpfloat (vy, <=, 580 + 1e-9);
  /* … and fills it along one side. */
  g_assert_cmpfloat_with_epsilon (camera.zoom, 0.19, 1e-9);

  /* A picture moves and scales with the camera: a world point lands
   * where the new camera shows it, also in a view of another size. */
  {
    LiaisonGraphCamera from = { 10, 20, 0.5 }, to = { 40, -5, 1.25 };
    double x, y, scale, before_x, before_y, after_x, after_y;

    liaison_graph_camera_reproject (&from, 800, 600, &to, 1000, 500, &x, &y, &scale);
    g_assert_cmpfloat_with_epsilon (scale, 2.5, 1e-12);
    liaison_graph_camera_to_view (&from, 800, 600, 77, -33, &before_x, &before_y);
    liaison_graph_camera_to_view (&to, 1000, 500, 77, -33, &after_x, &after_y);
    g_assert_cmpfloat_with_epsilon (x + before_x * scale, after_x, 1e-9);
    g_assert_cmpfloat_with_epsilon (y + before_y * scale, after_y, 1e-9);

    liaison_graph_camera_reproject (&from, 800, 600, &from, 800, 600, &x, &y, &scale);
    g_assert_cmpfloat (x, ==, 0);
    g_assert_cmpfloat (y, ==, 0);
    g_assert_cmpfloat (scale, ==, 1);
  }
}

static void
test_time_filter (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonGraph) graph = liaison_graph_new_for_document (document, LIAISON_GRAPH_INCLUDE_EVENTS);
  LiaisonGraphEdge edge = { 0 };
  LiaisonGraphNode node = { 0 };
  LiaisonDate date_2020 = { 2020, 0, 0, 0 };
  LiaisonDate date_2022 = { 2022, 6, 1, 0 };
  guint32 first, last, day_2020 = liaison_date_get_first_day (&date_2020);
  guint current_2020 = 0, current_all = 0;

  g_assert_true (liaison_graph_get_time_range (graph, &first, &last));
  g_assert_cmpuint (first, <, last);
  g_assert_cmpuint (first, >, day_2020 - 365 * 30);

  edge.start_day = day_2020;
  g_assert_true (liaison_graph_edge_is_current (&edge, 0));
  g_assert_false (liaison_graph_edge_is_current (&edge, day_2020 - 1));
  g_assert_true (liaison_graph_edge_is_current (&edge, day_2020));
  edge.end_day = liaison_date_get_first_day (&date_2022);
  g_assert_true (liaison_graph_edge_is_current (&edge, edge.end_day));
  g_assert_false (liaison_graph_edge_is_current (&edge, edge.end_day + 1));
  edge.start_day = 0;
  g_assert_true (liaison_graph_edge_is_current (&edge, 1));

  node.start_day = day_2020;
  g_assert_false (liaison_graph_node_is_current (&node, day_2020 - 1));
  g_assert_true (liaison_graph_node_is_current (&node, day_2020 + 1));

  /* In the sample, fewer links existed in 2020 than at the end. */
  for (guint e = 0; e < liaison_graph_get_n_edges (graph); e++)
    {
      current_2020 += liaison_graph_edge_is_current (&liaison_graph_get_edges (graph)[e], day_2020);
      current_all += liaison_graph_edge_is_current (&liaison_graph_get_edges (graph)[e], last);
    }
  g_assert_cmpuint (current_2020, <, current_all);
  g_assert_cmpuint (current_2020, >, 0);
}

static void
test_label_placer (void)
{
  g_autoptr(LiaisonLabelPlacer) placer = liaison_label_placer_new (500, 300);

  g_assert_true (liaison_label_placer_place (placer, 10, 10, 100, 20));
  g_assert_false (liaison_label_placer_place (placer, 60, 25, 100, 20));
  g_assert_true (liaison_label_placer_place (placer, 110, 10, 100, 20));
  g_assert_true (liaison_label_placer_place (placer, 10, 30, 100, 20));
  /* Across bucket borders and out of the area. */
  g_assert_true (liaison_label_placer_place (placer, 450, 280, 200, 50));
  g_assert_false (liaison_label_placer_place (placer, 600, 320, 10, 10));
  g_assert_true (liaison_label_placer_place (placer, -50, -50, 40, 40));
  g_assert_cmpuint (liaison_label_placer_get_n_placed (placer), ==, 5);

  liaison_label_placer_reserve (placer, 300, 100, 10, 10);
  g_assert_false (liaison_label_placer_is_free (placer, 305, 105, 1, 1));
  g_assert_cmpuint (liaison_label_placer_get_n_placed (placer), ==, 5);

  liaison_label_placer_reset (placer, 500, 300);
  g_assert_true (liaison_label_placer_place (placer, 60, 25, 100, 20));

  /* Labels cut by the view's edges cannot be read: they must fit in it. */
  g_assert_true (liaison_label_placer_fits (placer, 0, 0, 500, 300));
  g_assert_true (liaison_label_placer_fits (placer, 400, 280, 100, 20));
  g_assert_false (liaison_label_placer_fits (placer, 401, 280, 100, 20));
  g_assert_false (liaison_label_placer_fits (placer, -1, 10, 100, 20));
  g_assert_false (liaison_label_placer_fits (placer, 10, 290, 100, 20));
}

static void
test_centrality (void)
{
  g_autoptr(LiaisonGraph) path = make_path_graph (5);
  g_autofree double *betweenness = liaison_centrality_betweenness (path, 0, 0);
  g_autofree double *degree = liaison_centrality_degree (path);
  g_autofree double *sampled = NULL;
  static const double expected[] = { 0, 3, 4, 3, 0 };

  for (guint i = 0; i < 5; i++)
    g_assert_cmpfloat_with_epsilon (betweenness[i], expected[i], 1e-9);
  g_assert_cmpfloat (degree[0], ==, 1);
  g_assert_cmpfloat (degree[2], ==, 2);

  /* Sampling from every node is the exact count. */
  sampled = liaison_centrality_betweenness (path, 5, 9);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpfloat_with_epsilon (sampled[i], expected[i], 1e-9);

  /* Sizes follow importance. */
  liaison_graph_update_sizes (path, betweenness);
  g_assert_cmpfloat (liaison_graph_get_nodes (path)[2].size, >, liaison_graph_get_nodes (path)[1].size);
  g_assert_cmpfloat (liaison_graph_get_nodes (path)[1].size, >, liaison_graph_get_nodes (path)[0].size);
}


static LiaisonGraph *
make_random_graph (guint n,
                   guint links_each,
                   guint32 seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  LiaisonGraph *graph = liaison_graph_new ();

  for (guint i = 0; i < n; i++)
    liaison_graph_add_node (graph, LIAISON_GRAPH_NODE_ORGANIZATION, NULL, i % 2 ? "JP" : "KR");
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < links_each; k++)
      liaison_graph_add_edge (graph, i, g_rand_int_range (rand, 0, n), k % 7, 0, 0, 0);
  liaison_graph_finish (graph);

  return graph;
}

static void
test_copy (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonGraph) graph = liaison_graph_new_for_document (document, LIAISON_GRAPH_INCLUDE_EVENTS);
  g_autoptr(LiaisonGraph) copy = NULL;
  guint n_groups, n_copy_groups;

  liaison_graph_get_nodes (graph)[3].x = 42;
  copy = liaison_graph_copy (graph);

  /* The same network, without the records. */
  g_assert_cmpuint (liaison_graph_get_n_nodes (copy), ==, liaison_graph_get_n_nodes (graph));
  g_assert_cmpuint (liaison_graph_get_n_edges (copy), ==, liaison_graph_get_n_edges (graph));
  g_assert_cmpmem (liaison_graph_get_nodes (copy), liaison_graph_get_n_nodes (copy) * sizeof (LiaisonGraphNode),
                   liaison_graph_get_nodes (graph), liaison_graph_get_n_nodes (graph) * sizeof (LiaisonGraphNode));
  g_assert_cmpmem (liaison_graph_get_edges (copy), liaison_graph_get_n_edges (copy) * sizeof (LiaisonGraphEdge),
                   liaison_graph_get_edges (graph), liaison_graph_get_n_edges (graph) * sizeof (LiaisonGraphEdge));
  for (guint i = 0; i < liaison_graph_get_n_nodes (graph); i++)
    {
      guint n_incident, n_copy_incident;
      const guint *incident = liaison_graph_get_incident (graph, i, &n_incident);
      const guint *copy_incident = liaison_graph_get_incident (copy, i, &n_copy_incident);

      g_assert_cmpmem (copy_incident, n_copy_incident * sizeof (guint), incident, n_incident * sizeof (guint));
      g_assert_null (liaison_graph_get_entity (copy, i));
    }
  liaison_graph_get_groups (graph, &n_groups);
  liaison_graph_get_groups (copy, &n_copy_groups);
  g_assert_cmpuint (n_copy_groups, ==, n_groups);

  /* Its own: moving a node there moves nothing here. */
  liaison_graph_get_nodes (copy)[3].x = -7;
  g_assert_cmpfloat (liaison_graph_get_nodes (graph)[3].x, ==, 42);
}

static void
count_settled (LiaisonLayoutRunner *runner,
               gpointer             user_data)
{
  (*(guint *) user_data)++;
}

static gboolean
fail_timeout (gpointer user_data)
{
  g_error ("The layout worker did not settle in time");

  return G_SOURCE_REMOVE;
}

static void
wait_settled (guint *settled,
              guint  expected)
{
  guint timeout = g_timeout_add_seconds (60, fail_timeout, NULL);

  while (*settled < expected)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (timeout);
}

static void
test_layout_runner (void)
{
  g_autoptr(LiaisonGraph) graph = make_random_graph (400, 3, 3);
  g_autoptr(LiaisonGraph) reference = NULL;
  g_autoptr(LiaisonForceLayout) reference_layout = NULL;
  g_autoptr(LiaisonLayoutRunner) runner = liaison_layout_runner_new (graph, 1);
  g_autofree LiaisonGraphNode *before = NULL;
  guint n = liaison_graph_get_n_nodes (graph);
  guint settled = 0;

  g_signal_connect (runner, "settled", G_CALLBACK (count_settled), &settled);

  /* Scattering here gives the graph its first positions. */
  liaison_layout_runner_scatter (runner);
  g_assert_cmpfloat (fabs (liaison_graph_get_nodes (graph)[7].x) + fabs (liaison_graph_get_nodes (graph)[7].y), >, 0);
  g_assert_false (liaison_layout_runner_is_settled (runner));

  /* The same layout, run here from there, for reference. */
  reference = liaison_graph_copy (graph);
  reference_layout = liaison_force_layout_new (reference, 1);
  liaison_force_layout_run (reference_layout, 0);
  g_assert_true (liaison_force_layout_is_settled (reference_layout));

  /* Run in the worker, it moves the graph to the same places. */
  liaison_layout_runner_start (runner);
  g_assert_true (liaison_layout_runner_is_running (runner));
  wait_settled (&settled, 1);
  g_assert_false (liaison_layout_runner_is_running (runner));
  g_assert_true (liaison_layout_runner_is_settled (runner));
  g_assert_cmpuint (liaison_layout_runner_get_iteration (runner), ==, liaison_force_layout_get_iteration (reference_layout));
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpfloat (liaison_graph_get_nodes (graph)[i].x, ==, liaison_graph_get_nodes (reference)[i].x);
      g_assert_cmpfloat (liaison_graph_get_nodes (graph)[i].y, ==, liaison_graph_get_nodes (reference)[i].y);
    }
  assert_finite_positions (graph);

  /* Once settled, starting does nothing until reheated. */
  liaison_layout_runner_start (runner);
  g_assert_false (liaison_layout_runner_is_running (runner));

  /* Stopped, it leaves the graph where it was, and says nothing. */
  liaison_layout_runner_reheat (runner, 1.0);
  g_assert_false (liaison_layout_runner_is_settled (runner));
  before = g_memdup2 (liaison_graph_get_nodes (graph), n * sizeof (LiaisonGraphNode));
  liaison_layout_runner_start (runner);
  liaison_layout_runner_stop (runner);
  g_assert_false (liaison_layout_runner_is_running (runner));
  g_assert_false (liaison_layout_runner_update (runner));
  for (guint k = 0; k < 20; k++)
    {
      g_usleep (2000);
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);
    }
  g_assert_cmpmem (liaison_graph_get_nodes (graph), n * sizeof (LiaisonGraphNode), before, n * sizeof (LiaisonGraphNode));
  g_assert_cmpuint (settled, ==, 1);

  /* A node moved meanwhile (dragged) is where the layout goes on from;
   * started again, it settles. */
  liaison_graph_get_nodes (graph)[0].x += 500;
  liaison_layout_runner_start (runner);
  wait_settled (&settled, 2);
  g_assert_cmpfloat (liaison_graph_get_nodes (graph)[0].x, !=, before[0].x + 500);
  assert_finite_positions (graph);
}

static void
test_layout_runner_here (void)
{
  g_autoptr(LiaisonGraph) graph = make_path_graph (6);
  g_autoptr(LiaisonLayoutRunner) runner = liaison_layout_runner_new (graph, 1);

  /* A small network settles in the caller's thread, within its budget. */
  liaison_layout_runner_scatter (runner);
  g_assert_true (liaison_layout_runner_run_for (runner, 10 * G_USEC_PER_SEC));
  g_assert_true (liaison_layout_runner_is_settled (runner));
  g_assert_false (liaison_layout_runner_is_running (runner));
  g_assert_cmpfloat (liaison_layout_runner_get_temperature (runner), <, 2.0);
  assert_finite_positions (graph);
  g_assert_cmpfloat (hypot (liaison_graph_get_nodes (graph)[1].x - liaison_graph_get_nodes (graph)[0].x,
                            liaison_graph_get_nodes (graph)[1].y - liaison_graph_get_nodes (graph)[0].y), >, 10);
}

static void
test_lod (void)
{
  /* Up to date: kept. None yet: drawn now. */
  g_assert_cmpint (liaison_graph_lod_scene_action (TRUE, TRUE, FALSE, 1000000), ==, LIAISON_GRAPH_SCENE_KEEP);
  g_assert_cmpint (liaison_graph_lod_scene_action (TRUE, TRUE, TRUE, 10), ==, LIAISON_GRAPH_SCENE_KEEP);
  g_assert_cmpint (liaison_graph_lod_scene_action (FALSE, FALSE, FALSE, 1000000), ==, LIAISON_GRAPH_SCENE_DRAW);

  /* Out of date: cheap ones are drawn now, dear ones by the worker, one
   * at a time, the last shown meanwhile. */
  g_assert_cmpint (liaison_graph_lod_scene_action (TRUE, FALSE, FALSE, LIAISON_GRAPH_LOD_CHEAP_US - 1), ==,
                   LIAISON_GRAPH_SCENE_DRAW);
  g_assert_cmpint (liaison_graph_lod_scene_action (TRUE, FALSE, FALSE, LIAISON_GRAPH_LOD_CHEAP_US), ==,
                   LIAISON_GRAPH_SCENE_DRAW_ASIDE);
  g_assert_cmpint (liaison_graph_lod_scene_action (TRUE, FALSE, TRUE, 50000), ==, LIAISON_GRAPH_SCENE_WAIT);
  g_assert_cmpint (liaison_graph_lod_scene_action (TRUE, FALSE, TRUE, 10), ==, LIAISON_GRAPH_SCENE_WAIT);

  /* Outlines: whole on nodes of a few pixels, thinner below, none on the
   * smallest. */
  g_assert_cmpfloat (liaison_graph_lod_outline_width (10, 1.5), ==, 1.5);
  g_assert_cmpfloat (liaison_graph_lod_outline_width (2.5, 1.5), ==, 1.5);
  g_assert_cmpfloat_with_epsilon (liaison_graph_lod_outline_width (1.5, 1.5), 0.5, 1e-12);
  g_assert_cmpfloat (liaison_graph_lod_outline_width (1.0, 1.5), ==, 0);
  g_assert_cmpfloat (liaison_graph_lod_outline_width (0.2, 1.5), ==, 0);
  /* At twice the pixels, twice the thresholds. */
  g_assert_cmpfloat (liaison_graph_lod_outline_width (5, 3), ==, 3);
  g_assert_cmpfloat (liaison_graph_lod_outline_width (2, 3), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/graph/build/sample", test_build_sample);
  g_test_add_func ("/graph/layout/converges", test_layout_converges);
  g_test_add_func ("/graph/layout/pinned-and-placed", test_layout_pinned_and_placed);
  g_test_add_func ("/graph/layout/larger-graph", test_layout_larger_graph);
  g_test_add_func ("/graph/layout/runner", test_layout_runner);
  g_test_add_func ("/graph/layout/runner-here", test_layout_runner_here);
  g_test_add_func ("/graph/copy", test_copy);
  g_test_add_func ("/graph/lod", test_lod);
  g_test_add_func ("/graph/layout/circle-and-grouped", test_layouts_circle_and_grouped);
  g_test_add_func ("/graph/hit-test", test_hit_test);
  g_test_add_func ("/graph/camera", test_camera);
  g_test_add_func ("/graph/time-filter", test_time_filter);
  g_test_add_func ("/graph/label-placer", test_label_placer);
  g_test_add_func ("/graph/centrality", test_centrality);

  return g_test_run ();
}
