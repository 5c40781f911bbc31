/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-camera.c: the mapping between graph (world) and view coordinates: pan and zoom. */

#include "config.h"

#include <math.h>

#include "liaison-graph-camera.h"

void
liaison_graph_camera_to_view (const LiaisonGraphCamera *camera,
                              double                    width,
                              double                    height,
                              double                    world_x,
                              double                    world_y,
                              double                   *view_x,
                              double                   *view_y)
{
  *view_x = (world_x - camera->x) * camera->zoom + width / 2;
  *view_y = (world_y - camera->y) * camera->zoom + height / 2;
}

void
liaison_graph_camera_to_world (const LiaisonGraphCamera *camera,
                               double                    width,
                               double                    height,
                               double                    view_x,
                               double                    view_y,
                               double                   *world_x,
                               double                   *world_y)
{
  *world_x = (view_x - width / 2) / camera->zoom + camera->x;
  *world_y = (view_y - height / 2) / camera->zoom + camera->y;
}

/* Moves what is shown by (@view_dx, @view_dy) pixels, as when dragging
 * the background. */
void
liaison_graph_camera_pan (LiaisonGraphCamera *camera,
                          double              view_dx,
                          double              view_dy)
{
  camera->x -= view_dx / camera->zoom;
  camera->y -= view_dy / camera->zoom;
}

/* Zooms by @factor, keeping the world point under (@view_x, @view_y)
 * where it is, within the zoom limits. */
void
liaison_graph_camera_zoom_at (LiaisonGraphCamera *camera,
                              double              width,
                              double              height,
                              double              view_x,
                              double              view_y,
                              double              factor)
{
  double world_x, world_y, zoom;

  liaison_graph_camera_to_world (camera, width, height, view_x, view_y, &world_x, &world_y);
  zoom = CLAMP (camera->zoom * factor, LIAISON_GRAPH_CAMERA_MIN_ZOOM, LIAISON_GRAPH_CAMERA_MAX_ZOOM);
  camera->zoom = zoom;
  camera->x = world_x - (view_x - width / 2) / zoom;
  camera->y = world_y - (view_y - height / 2) / zoom;
}

/* Shows the box (@x1, @y1)–(@x2, @y2) whole, centred, with @margin
 * pixels around it; never closer than 1.5 pixels per unit, so that one
 * node does not fill the view. */
void
liaison_graph_camera_fit (LiaisonGraphCamera *camera,
                          double              width,
                          double              height,
                          double              x1,
                          double              y1,
                          double              x2,
                          double              y2,
                          double              margin)
{
  double box_width = MAX (x2 - x1, 1e-6);
  double box_height = MAX (y2 - y1, 1e-6);
  double zoom = MIN ((width - 2 * margin) / box_width, (height - 2 * margin) / box_height);

  camera->x = (x1 + x2) / 2;
  camera->y = (y1 + y2) / 2;
  camera->zoom = CLAMP (zoom, LIAISON_GRAPH_CAMERA_MIN_ZOOM, 1.5);
}

/* The camera a share @t (0–1) of the way from @from to @to, zooming
 * geometrically so that the motion looks even. */
void
liaison_graph_camera_interpolate (LiaisonGraphCamera       *camera,
                                  const LiaisonGraphCamera *from,
                                  const LiaisonGraphCamera *to,
                                  double                    t)
{
  camera->x = from->x + (to->x - from->x) * t;
  camera->y = from->y + (to->y - from->y) * t;
  camera->zoom = from->zoom * pow (to->zoom / from->zoom, t);
}

/* Where a picture of a @from_width × @from_height view, as @from showed
 * it, goes in a @to_width × @to_height view when the camera is @to: its
 * top left corner to (@x, @y), @scale times as large. */
void
liaison_graph_camera_reproject (const LiaisonGraphCamera *from,
                                double                    from_width,
                                double                    from_height,
                                const LiaisonGraphCamera *to,
                                double                    to_width,
                                double                    to_height,
                                double                   *x,
                                double                   *y,
                                double                   *scale)
{
  double world_x, world_y;

  liaison_graph_camera_to_world (from, from_width, from_height, 0, 0, &world_x, &world_y);
  liaison_graph_camera_to_view (to, to_width, to_height, world_x, world_y, x, y);
  *scale = to->zoom / from->zoom;
}
