/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-lod.c: level of detail: what the graph view draws afresh, reuses or leaves out. */

#include "config.h"

#include "liaison-graph-lod.h"

/* What a frame does about the picture of the links and nodes: keeps it
 * when it is @up_to_date (the camera, positions, colours and size as
 * they are now); draws one now when there is none yet, or when the last
 * took less than a small share of a frame (@cost_us); otherwise lets a
 * worker draw it, and meanwhile shows the last picture moved and scaled
 * with the camera, one picture at a time (@worker_busy). */
LiaisonGraphSceneAction
liaison_graph_lod_scene_action (gboolean have_picture,
                                gboolean up_to_date,
                                gboolean worker_busy,
                                gint64   cost_us)
{
  if (have_picture && up_to_date)
    return LIAISON_GRAPH_SCENE_KEEP;
  if (!have_picture)
    return LIAISON_GRAPH_SCENE_DRAW;
  if (worker_busy)
    return LIAISON_GRAPH_SCENE_WAIT;
  if (cost_us < LIAISON_GRAPH_LOD_CHEAP_US)
    return LIAISON_GRAPH_SCENE_DRAW;

  return LIAISON_GRAPH_SCENE_DRAW_ASIDE;
}

/* How wide the outline that sets a node apart from those under it is,
 * for a node of @radius pixels and an outline of @width: the full width
 * on nodes of a few pixels, thinner below, none on the smallest, where
 * it would leave no colour. */
double
liaison_graph_lod_outline_width (double radius,
                                 double width)
{
  return CLAMP (radius - width * 2.0 / 3.0, 0, width);
}
