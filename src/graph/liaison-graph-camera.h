/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-camera.h: the mapping between graph (world) and view coordinates: pan and zoom. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LIAISON_GRAPH_CAMERA_MIN_ZOOM 0.0005
#define LIAISON_GRAPH_CAMERA_MAX_ZOOM 16.0

/* The world point shown at the centre of the view, and the view's pixels
 * per world unit. */
typedef struct
{
  double x;
  double y;
  double zoom;
} LiaisonGraphCamera;

void liaison_graph_camera_to_view  (const LiaisonGraphCamera *camera,
                                    double                    width,
                                    double                    height,
                                    double                    world_x,
                                    double                    world_y,
                                    double                   *view_x,
                                    double                   *view_y);
void liaison_graph_camera_to_world (const LiaisonGraphCamera *camera,
                                    double                    width,
                                    double                    height,
                                    double                    view_x,
                                    double                    view_y,
                                    double                   *world_x,
                                    double                   *world_y);
void liaison_graph_camera_pan      (LiaisonGraphCamera       *camera,
                                    double                    view_dx,
                                    double                    view_dy);
void liaison_graph_camera_zoom_at  (LiaisonGraphCamera       *camera,
                                    double                    width,
                                    double                    height,
                                    double                    view_x,
                                    double                    view_y,
                                    double                    factor);
void liaison_graph_camera_fit      (LiaisonGraphCamera       *camera,
                                    double                    width,
                                    double                    height,
                                    double                    x1,
                                    double                    y1,
                                    double                    x2,
                                    double                    y2,
                                    double                    margin);
void liaison_graph_camera_interpolate (LiaisonGraphCamera       *camera,
                                       const LiaisonGraphCamera *from,
                                       const LiaisonGraphCamera *to,
                                       double                    t);
void liaison_graph_camera_reproject   (const LiaisonGraphCamera *from,
                                       double                    from_width,
                                       double                    from_height,
                                       const LiaisonGraphCamera *to,
                                       double                    to_width,
                                       double                    to_height,
                                       double                   *x,
                                       double                   *y,
                                       double                   *scale);

G_END_DECLS
