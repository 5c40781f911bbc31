/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-lod.h: level of detail: what the graph view draws afresh, reuses or leaves out. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Drawing the links and nodes afresh costs less than this: it is done in
 * the frame that needs it. */
#define LIAISON_GRAPH_LOD_CHEAP_US 4000

/* What a frame does about the picture of the links and nodes. */
typedef enum
{
  LIAISON_GRAPH_SCENE_KEEP,        /* shows it: it is up to date */
  LIAISON_GRAPH_SCENE_DRAW,        /* draws it afresh, now */
  LIAISON_GRAPH_SCENE_DRAW_ASIDE,  /* has a worker draw it; shows the last meanwhile */
  LIAISON_GRAPH_SCENE_WAIT,        /* a worker draws one; shows the last meanwhile */
} LiaisonGraphSceneAction;

LiaisonGraphSceneAction liaison_graph_lod_scene_action   (gboolean have_picture,
                                                          gboolean up_to_date,
                                                          gboolean worker_busy,
                                                          gint64   cost_us);
double                  liaison_graph_lod_outline_width  (double   radius,
                                                          double   width);

G_END_DECLS
