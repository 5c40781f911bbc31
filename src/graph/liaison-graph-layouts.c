/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-layouts.c: the layouts computed in one go: a circle, and groups by country.
 *
 * Both move every node that is not pinned, and keep nodes of a country
 * together, the most linked first, so that colours form runs.
 */

#define G_LOG_DOMAIN "liaison-graph-layouts"

#include "config.h"

#include <math.h>

#include "liaison-graph-layouts.h"

#define GAP 14.0
#define GOLDEN_ANGLE 2.39996322972865332

static int
compare_by_group_then_degree (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data)
{
  const LiaisonGraphNode *nodes = user_data;
  const LiaisonGraphNode *node_a = &nodes[*(const guint *) a];
  const LiaisonGraphNode *node_b = &nodes[*(const guint *) b];

  if (node_a->group != node_b->group)
    return node_a->group < node_b->group ? -1 : 1;
  if (node_a->type != node_b->type)
    return node_a->type < node_b->type ? -1 : 1;
  if (node_a->degree != node_b->degree)
    return node_a->degree > node_b->degree ? -1 : 1;

  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static guint *
sorted_nodes (LiaisonGraph *graph)
{
  guint n = liaison_graph_get_n_nodes (graph);
  guint *order = g_new (guint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_sort_array (order, n, sizeof (guint), compare_by_group_then_degree, liaison_graph_get_nodes (graph));

  return order;
}

/* Every node on one circle, spaced by its size. */
void
liaison_graph_layout_circle (LiaisonGraph *graph)
{
  LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);
  g_autofree guint *order = sorted_nodes (graph);
  double circumference = 0, radius, angle = 0;

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    circumference += 2 * nodes[i].size + GAP;
  radius = MAX (circumference / (2 * G_PI), 40.0);

  for (guint k = 0; k < n; k++)
    {
      LiaisonGraphNode *node = &nodes[order[k]];
      double step = (2 * node->size + GAP) / radius;

      angle += step / 2;
      if ((node->flags & LIAISON_GRAPH_NODE_PINNED) == 0)
        {
          node->x = radius * cos (angle - G_PI / 2);
          node->y = radius * sin (angle - G_PI / 2);
        }
      angle += step / 2;
    }
}

/* Each country a disc of its nodes (a sunflower spiral, the most linked
 * in the middle); the discs in rows, the largest first. */
void
liaison_graph_layout_grouped (LiaisonGraph *graph)
{
  LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);
  g_autofree guint *order = sorted_nodes (graph);
  g_autofree double *spacing = NULL;
  guint n_groups;
  double total_area = 0, row_width, x = 0, y = 0, row_height = 0;
  guint start = 0;

  if (n == 0)
    return;

  liaison_graph_get_groups (graph, &n_groups);
  spacing = g_new0 (double, MAX (n_groups, 1));
  for (guint i = 0; i < n; i++)
    spacing[nodes[i].group] = MAX (spacing[nodes[i].group], 2 * nodes[i].size + GAP);
  for (guint i = 0; i < n; i++)
    total_area += spacing[nodes[i].group] * spacing[nodes[i].group] * 1.6;
  row_width = sqrt (total_area) * 1.6;

  while (start < n)
    {
      guint group = nodes[order[start]].group;
      guint end = start;
      double radius, step;

      while (end < n && nodes[order[end]].group == group)
        end++;

      step = spacing[group] * 0.62;
      radius = step * sqrt (end - start) + spacing[group];
      if (x > 0 && x + 2 * radius > row_width)
        {
          x = 0;
          y += row_height + 2 * GAP;
          row_height = 0;
        }

      for (guint k = start; k < end; k++)
        {
          LiaisonGraphNode *node = &nodes[order[k]];
          double r = step * sqrt (k - start + 0.5);
          double angle = (k - start) * GOLDEN_ANGLE;

          if ((node->flags & LIAISON_GRAPH_NODE_PINNED) == 0)
            {
              node->x = x + radius + r * cos (angle);
              node->y = y + radius + r * sin (angle);
            }
        }

      x += 2 * radius + 2 * GAP;
      row_height = MAX (row_height, 2 * radius);
      start = end;
    }
}
