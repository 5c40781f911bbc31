/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-layouts.h: the layouts computed in one go: a circle, and groups by country. */

#pragma once

#include "liaison-graph.h"

G_BEGIN_DECLS

void liaison_graph_layout_circle  (LiaisonGraph *graph);
void liaison_graph_layout_grouped (LiaisonGraph *graph);

G_END_DECLS
