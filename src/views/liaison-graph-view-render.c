/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-render.c: a frame of the graph view: links and nodes, highlights, labels, legend; export.
 *
 * A frame is the scene of links and nodes (see liaison-graph-view-scene.c),
 * then what depends on the pointer and the keyboard: the neighbourhood in
 * focus over a veil, rings around the selected and the focused node; then
 * the labels, placed around the legend, and the legend. The same drawing,
 * fitted and afresh, makes the exported pictures.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "liaison-graph-view-private.h"

/* The neighbourhood in focus: the hovered node, or the one double-clicked,
 * with its neighbours. NULL when nothing is in focus. */
static guint8 *
dup_highlight (LiaisonGraphView *self,
               int              *center)
{
  int node = self->neighborhood >= 0 ? self->neighborhood : self->hover;
  guint n_incident;
  const guint *incident;
  guint8 *mask;

  if (node < 0 || self->dragged >= 0)
    return NULL;

  mask = g_new0 (guint8, liaison_graph_get_n_nodes (self->graph));
  mask[node] = 1;
  incident = liaison_graph_get_incident (self->graph, node, &n_incident);
  for (guint k = 0; k < n_incident; k++)
    mask[liaison_graph_get_neighbor (self->graph, node, incident[k])] = 1;
  *center = node;

  return mask;
}

static void
draw_ring (GtkSnapshot            *snapshot,
           const LiaisonGraphNode *node,
           const Projection       *projection,
           double                  gap,
           double                  width,
           gboolean                dashed,
           const GdkRGBA          *color)
{
  GskPathBuilder *builder = gsk_path_builder_new ();
  g_autoptr(GskStroke) stroke = gsk_stroke_new (width);

  if (dashed)
    gsk_stroke_set_dash (stroke, (float[]) { 4, 3 }, 2);
  _liaison_graph_view_add_node_shape (builder, node, projection, gap + width / 2);
  _liaison_graph_view_append_path (snapshot, builder, stroke, NULL, color);
}

/* Draws the graph as @camera sees it in a @width × @height area. On
 * screen, the scene is kept between frames, labels stay with their nodes
 * while the camera moves, and the keyboard focus is shown; off screen
 * everything is drawn afresh. */
void
_liaison_graph_view_draw (LiaisonGraphView         *self,
                          GtkSnapshot              *snapshot,
                          const LiaisonGraphCamera *camera,
                          double                    width,
                          double                    height,
                          DrawMode                  mode)
{
  gboolean on_screen = mode == DRAW_ON_SCREEN;
  const LiaisonGraphNode *nodes;
  g_autofree guint8 *highlight = NULL;
  g_autoptr(GskRenderNode) legend = NULL;
  graphene_rect_t legend_bounds;
  int center = -1;
  Projection projection;
  GdkRGBA accent, foreground, dim;

  if (self->graph == NULL || liaison_graph_get_n_nodes (self->graph) == 0)
    return;

  nodes = liaison_graph_get_nodes (self->graph);
  _liaison_graph_view_get_accent (&accent);
  _liaison_graph_view_get_foreground (self, &foreground);
  _liaison_graph_view_get_background (&dim);
  dim.alpha = 0.72f;
  if (on_screen)
    highlight = dup_highlight (self, &center);

  _liaison_graph_view_project (&projection, camera, width, height);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  _liaison_graph_view_append_scene (self, snapshot, camera, width, height, mode);

  /* A neighbourhood in focus: the rest fades behind a veil. */
  if (highlight != NULL)
    {
      gtk_snapshot_append_color (snapshot, &dim, &GRAPHENE_RECT_INIT (0, 0, width, height));
      _liaison_graph_view_draw_paths (self, snapshot, &projection, highlight, center, 1.6);
      if (center >= 0)
        draw_ring (snapshot, &nodes[center], &projection, 1.5, 2.0, FALSE, &foreground);
    }

  if (self->selected >= 0 && _liaison_graph_view_is_shown (self, self->selected))
    draw_ring (snapshot, &nodes[self->selected], &projection, 2.0, 3.0, FALSE, &accent);
  if (on_screen && self->focused >= 0 && gtk_widget_has_focus (GTK_WIDGET (self)) &&
      gtk_widget_get_root (GTK_WIDGET (self)) != NULL &&
      gtk_window_get_focus_visible (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)))) &&
      _liaison_graph_view_is_shown (self, self->focused))
    draw_ring (snapshot, &nodes[self->focused], &projection, 6.0, 2.0, TRUE, &accent);

  /* The legend first, so that labels keep off it. */
  legend = _liaison_graph_view_build_legend (self, width, height, &legend_bounds);
  if (on_screen)
    {
      self->legend_width = legend_bounds.size.width;
      self->legend_height = legend_bounds.size.height;
    }

  if (!on_screen || !self->camera_moving || self->labels_stale)
    _liaison_graph_view_place_labels (self, camera, width, height, &legend_bounds, highlight);
  self->labels_stale = !on_screen;
  _liaison_graph_view_draw_labels (self, snapshot, camera, width, height, highlight);

  if (legend != NULL)
    gtk_snapshot_append_node (snapshot, legend);

  gtk_snapshot_pop (snapshot);
}

/* ---------------------------------------------------------------------- */
/* Off screen                                                              */

static GskRenderNode *
render (LiaisonGraphView *self,
        int               width,
        int               height,
        gboolean          fit,
        DrawMode          mode)
{
  g_autoptr(GtkSnapshot) snapshot = NULL;
  LiaisonGraphCamera camera = self->camera;
  GdkRGBA background;

  if (fit && self->graph != NULL)
    {
      double x1, y1, x2, y2;

      if (liaison_graph_get_bounds (self->graph, TRUE, &x1, &y1, &x2, &y2))
        liaison_graph_camera_fit (&camera, width, height, x1, y1, x2, y2, MIN (width, height) / 12.0);
    }

  snapshot = gtk_snapshot_new ();
  _liaison_graph_view_get_background (&background);
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  _liaison_graph_view_draw (self, snapshot, &camera, width, height, mode);

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* The render node of the whole graph in a @width × @height frame, fitted
 * to it when @fit, else as the view shows it; links and nodes in @pixels
 * as for a picture, or as paths, as for a drawing. All is drawn here and
 * now. */
GskRenderNode *
liaison_graph_view_render (LiaisonGraphView *self,
                           int               width,
                           int               height,
                           gboolean          fit,
                           gboolean          pixels)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  return render (self, width, height, fit, pixels ? DRAW_PIXELS : DRAW_PATHS);
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  if (!g_output_stream_write_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/* Saves the whole graph, fitted to a @width × @height frame, with its
 * legend, as a PNG image or an SVG or PDF drawing (text stays text). */
gboolean
liaison_graph_view_export (LiaisonGraphView          *self,
                           GFile                     *file,
                           LiaisonGraphExportFormat   format,
                           int                        width,
                           int                        height,
                           GError                   **error)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (width > 0 && height > 0, FALSE);

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, error);
  if (stream == NULL)
    return FALSE;

  /* A picture takes the links and nodes in pixels, which large networks
   * need; drawings keep them as paths. */
  node = render (self, width, height, TRUE, format == LIAISON_GRAPH_EXPORT_PNG ? DRAW_PIXELS : DRAW_PATHS);

  switch (format)
    {
    case LIAISON_GRAPH_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_stream, stream, width, height);
      break;

    case LIAISON_GRAPH_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, width, height);
      break;

    case LIAISON_GRAPH_EXPORT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      break;
    }

  cr = cairo_create (surface);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);

  if (format == LIAISON_GRAPH_EXPORT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, stream);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, LIAISON_GRAPH_VIEW_ERROR, 0,
                   _("Could not write the graph to “%s”: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
