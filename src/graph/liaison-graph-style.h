/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-style.h: how the graph looks, without GTK: node colours, link strokes, the legend's entries. */

#pragma once

#include "liaison-graph.h"

G_BEGIN_DECLS

/* Colour slots: the palettes' colours, then "other" and "event". */
#define LIAISON_GRAPH_SLOT_OTHER 8
#define LIAISON_GRAPH_SLOT_EVENT 9
#define LIAISON_GRAPH_N_SLOTS    10

typedef struct
{
  double red;
  double green;
  double blue;
} LiaisonGraphColor;

typedef enum
{
  LIAISON_GRAPH_STROKE_OTHER,
  LIAISON_GRAPH_STROKE_MOU,
  LIAISON_GRAPH_STROKE_PARTNERSHIP,
  LIAISON_GRAPH_STROKE_CO_ORGANIZATION,
  LIAISON_GRAPH_STROKE_MEMBERSHIP,
  LIAISON_GRAPH_STROKE_REGIONAL_OFFICE,
  LIAISON_GRAPH_STROKE_SUPPORT,
  LIAISON_GRAPH_STROKE_DERIVED,
  LIAISON_GRAPH_STROKE_PARTICIPATION,
  LIAISON_GRAPH_N_STROKES
} LiaisonGraphStrokeKind;

/* Widths and dashes in pixels. */
typedef struct
{
  float  width;
  float  alpha;
  double dash[4];
  guint  n_dash;
} LiaisonGraphStroke;

typedef struct
{
  char     *text;
  int       slot;     /* a colour slot, or -1 */
  int       stroke;   /* a LiaisonGraphStrokeKind, or -1 */
  gboolean  event;    /* a diamond */
  gboolean  heading;
} LiaisonGraphLegendEntry;

LiaisonGraphStrokeKind    liaison_graph_style_stroke_of      (const LiaisonGraphEdge *edge);
const LiaisonGraphStroke *liaison_graph_style_get_stroke     (LiaisonGraphStrokeKind  kind);
guint                     liaison_graph_style_slot_of        (LiaisonGraph           *graph,
                                                              const LiaisonGraphNode *node,
                                                              gboolean                by_kind);
const LiaisonGraphColor  *liaison_graph_style_get_slot_color (guint                   slot,
                                                              gboolean                by_kind);
GArray                   *liaison_graph_style_node_legend    (LiaisonGraph           *graph,
                                                              gboolean                by_kind,
                                                              gboolean                by_betweenness);
GArray                   *liaison_graph_style_link_legend    (LiaisonGraph           *graph);

G_END_DECLS
