/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-centrality.c: how central each node is: degree and betweenness. */

#define G_LOG_DOMAIN "liaison-centrality"

#include "config.h"

#include <string.h>

#include "liaison-centrality.h"

/* The number of links of each node; free with g_free(). */
double *
liaison_centrality_degree (LiaisonGraph *graph)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);
  double *result = g_new0 (double, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    result[i] = nodes[i].degree;

  return result;
}

/* Betweenness centrality: for each node, over all pairs of other nodes,
 * the share of shortest paths between them that pass through it, links
 * taken as undirected and unweighted (Brandes, 2001: O(n m)). With more
 * than @max_sources nodes, paths are counted from that many sources
 * picked with @seed and scaled up, an unbiased estimate (Brandes and
 * Pich, 2007). Free with g_free(). */
double *
liaison_centrality_betweenness (LiaisonGraph *graph,
                                guint         max_sources,
                                guint32       seed)
{
  guint n = liaison_graph_get_n_nodes (graph);
  double *result = g_new0 (double, MAX (n, 1));
  g_autofree guint *order = g_new (guint, MAX (n, 1));    /* nodes by distance */
  g_autofree int *distance = g_new (int, MAX (n, 1));
  g_autofree double *paths = g_new (double, MAX (n, 1));  /* shortest paths from the source */
  g_autofree double *dependency = g_new (double, MAX (n, 1));
  g_autofree guint *sources = g_new (guint, MAX (n, 1));
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n_sources = n;
  double scale;

  for (guint i = 0; i < n; i++)
    sources[i] = i;
  if (max_sources > 0 && n > max_sources)
    {
      /* The first max_sources of a Fisher–Yates shuffle. */
      for (guint i = 0; i < max_sources; i++)
        {
          guint j = g_rand_int_range (rand, i, n);
          guint swap = sources[i];

          sources[i] = sources[j];
          sources[j] = swap;
        }
      n_sources = max_sources;
    }
  /* Each pair is seen from both ends. */
  scale = (double) n / MAX (n_sources, 1) / 2.0;

  for (guint k = 0; k < n_sources; k++)
    {
      guint source = sources[k];
      guint head = 0, tail = 0;

      memset (distance, 0xff, n * sizeof (int));
      memset (paths, 0, n * sizeof (double));
      memset (dependency, 0, n * sizeof (double));
      distance[source] = 0;
      paths[source] = 1;
      order[tail++] = source;

      while (head < tail)
        {
          guint v = order[head++];
          guint n_incident;
          const guint *incident = liaison_graph_get_incident (graph, v, &n_incident);

          for (guint e = 0; e < n_incident; e++)
            {
              guint w = liaison_graph_get_neighbor (graph, v, incident[e]);

              if (distance[w] < 0)
                {
                  distance[w] = distance[v] + 1;
                  order[tail++] = w;
                }
              if (distance[w] == distance[v] + 1)
                paths[w] += paths[v];
            }
        }

      /* Back from the farthest: each node passes its dependency to the
       * predecessors on its shortest paths. */
      for (guint q = tail; q > 0; q--)
        {
          guint w = order[q - 1];
          guint n_incident;
          const guint *incident = liaison_graph_get_incident (graph, w, &n_incident);

          for (guint e = 0; e < n_incident; e++)
            {
              guint v = liaison_graph_get_neighbor (graph, w, incident[e]);

              if (distance[v] == distance[w] - 1)
                dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
            }
          if (w != source)
            result[w] += dependency[w];
        }
    }

  for (guint i = 0; i < n; i++)
    result[i] *= scale;

  return result;
}
