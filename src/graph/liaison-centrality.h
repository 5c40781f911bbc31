/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-centrality.h: how central each node is: degree and betweenness. */

#pragma once

#include "liaison-graph.h"

G_BEGIN_DECLS

double *liaison_centrality_degree      (LiaisonGraph *graph);
double *liaison_centrality_betweenness (LiaisonGraph *graph,
                                        guint         max_sources,
                                        guint32       seed);

G_END_DECLS
