/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-scene.c: the graph view's links and nodes: pixels on screen, paths for export and highlights.
 *
 * On screen, links and nodes are listed in a LiaisonDrawing, drawn into
 * pixels by LiaisonRaster and shown as one texture, kept while neither
 * camera, positions nor colours change: a frame then costs next to
 * nothing, whatever the size of the network, with any of GTK's renderers
 * (all of which would hand tens of thousands of path segments to cairo,
 * frame after frame). Links of one style are one layer, as they were one
 * path, so that crossings do not darken.
 *
 * Small networks are drawn in the frame that needs them. Larger ones are
 * drawn by a worker thread, one picture at a time: meanwhile frames show
 * the last picture moved and scaled with the camera, so that panning and
 * zooming keep to the frame rate, and the picture sharpens as soon as
 * the worker is done (as Gephi does). The worker gets what it needs in
 * plain arrays: how each node and link looks (SceneLooks, kept while
 * the network, its colours and the time slider stay) and a copy of
 * where the nodes are; so a frame that asks for a picture only copies
 * positions, whatever the size of the network.
 *
 * Off screen, for SVG and PDF, and for the few links and nodes of a
 * highlighted neighbourhood, they are paths, a few large ones: one per
 * link style and per colour.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <math.h>
#include <string.h>

#include "graph/liaison-drawing.h"
#include "graph/liaison-graph-lod.h"
#include "liaison-graph-view-private.h"

#define NODE_OUTLINE 1.5

/* ---------------------------------------------------------------------- */
/* Paths                                                                   */

static void
draw_link_paths (LiaisonGraphView *self,
                 GtkSnapshot      *snapshot,
                 const Projection *projection,
                 const guint8     *only,
                 int               only_node,
                 double            scale)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  const LiaisonGraphEdge *edges = liaison_graph_get_edges (self->graph);
  guint n_edges = liaison_graph_get_n_edges (self->graph);
  GskPathBuilder *builders[N_LINK_STYLES][2] = { { NULL } };
  GdkRGBA foreground;

  _liaison_graph_view_get_foreground (self, &foreground);

  for (guint e = 0; e < n_edges; e++)
    {
      const LiaisonGraphEdge *edge = &edges[e];
      const LiaisonGraphNode *source = &nodes[edge->source];
      const LiaisonGraphNode *target = &nodes[edge->target];
      double x1 = source->x * projection->zoom + projection->ox;
      double y1 = source->y * projection->zoom + projection->oy;
      double x2 = target->x * projection->zoom + projection->ox;
      double y2 = target->y * projection->zoom + projection->oy;
      LinkStyle style;
      gboolean faded;

      if (((source->flags | target->flags) & LIAISON_GRAPH_NODE_HIDDEN) || edge->source == edge->target)
        continue;
      /* Out of sight: both ends beyond the same side. */
      if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) ||
          (x1 > projection->width && x2 > projection->width) ||
          (y1 > projection->height && y2 > projection->height))
        continue;
      if (only_node >= 0 && edge->source != (guint) only_node && edge->target != (guint) only_node)
        continue;
      if (only != NULL && (!only[edge->source] || !only[edge->target]))
        continue;

      style = _liaison_graph_view_link_style (edge);
      faded = !liaison_graph_edge_is_current (edge, self->date) ||
              _liaison_graph_view_is_faded (self, source) || _liaison_graph_view_is_faded (self, target);
      if (builders[style][faded] == NULL)
        builders[style][faded] = gsk_path_builder_new ();
      gsk_path_builder_move_to (builders[style][faded], x1, y1);
      gsk_path_builder_line_to (builders[style][faded], x2, y2);
    }

  for (guint faded = 0; faded < 2; faded++)
    for (guint style = 0; style < N_LINK_STYLES; style++)
      {
        g_autoptr(GskStroke) stroke = NULL;
        GdkRGBA color = foreground;

        if (builders[style][faded] == NULL)
          continue;

        stroke = _liaison_graph_view_link_stroke (style, scale);
        color.alpha = MIN (1.0, _liaison_graph_view_link_looks[style].alpha * (scale > 1 ? 1.3 : 1.0)) *
                      (faded ? FADED_ALPHA : 1);
        _liaison_graph_view_append_path (snapshot, builders[style][faded], stroke, NULL, &color);
      }
}

static gboolean
node_is_outside (const LiaisonGraphNode *node,
                 const Projection       *projection)
{
  double x = node->x * projection->zoom + projection->ox;
  double y = node->y * projection->zoom + projection->oy;
  double r = node->size * projection->zoom * 1.25 + 8;

  return x + r < 0 || y + r < 0 || x - r > projection->width || y - r > projection->height;
}

static void
draw_node_paths (LiaisonGraphView *self,
                 GtkSnapshot      *snapshot,
                 const Projection *projection,
                 const guint8     *only)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);
  GskPathBuilder *builders[N_COLOR_SLOTS][2] = { { NULL } };
  g_autoptr(GskStroke) outline = gsk_stroke_new (NODE_OUTLINE);
  GdkRGBA background;

  _liaison_graph_view_get_background (&background);

  for (guint i = 0; i < n; i++)
    {
      guint slot;
      gboolean faded;

      if (nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN)
        continue;
      if ((only != NULL && !only[i]) || node_is_outside (&nodes[i], projection))
        continue;

      slot = _liaison_graph_view_color_slot (self, &nodes[i]);
      faded = _liaison_graph_view_is_faded (self, &nodes[i]);
      if (builders[slot][faded] == NULL)
        builders[slot][faded] = gsk_path_builder_new ();
      _liaison_graph_view_add_node_shape (builders[slot][faded], &nodes[i], projection, 0);
    }

  for (guint faded = 0; faded < 2; faded++)
    for (guint slot = 0; slot < N_COLOR_SLOTS; slot++)
      {
        GdkRGBA fill, ring = background;

        if (builders[slot][faded] == NULL)
          continue;

        fill = *_liaison_graph_view_slot_color (self, slot);
        if (faded)
          {
            fill.alpha = 0.25f;
            ring.alpha = 0.3f;
          }
        _liaison_graph_view_append_path (snapshot, builders[slot][faded], outline, &fill, &ring);
      }
}

/* Links and nodes as paths: all of them, or only those @only marks (and
 * of the links, only those of @only_node when it is not -1), links @scale
 * times as wide. */
void
_liaison_graph_view_draw_paths (LiaisonGraphView *self,
                                GtkSnapshot      *snapshot,
                                const Projection *projection,
                                const guint8     *only,
                                int               only_node,
                                double            scale)
{
  draw_link_paths (self, snapshot, projection, only, only_node, scale);
  draw_node_paths (self, snapshot, projection, only);
}

/* ---------------------------------------------------------------------- */
/* Pixels                                                                  */

#define NOT_DRAWN G_MAXUINT8

/* How each node and link looks, without where nodes are. */
struct _SceneLooks
{
  gatomicrefcount  ref_count;
  guint            n_nodes;
  guint            n_edges;
  float           *size;        /* radius in world units */
  guint8          *node_layer;  /* colour slot, + N_COLOR_SLOTS when faded */
  guint8          *diamond;     /* events are diamonds */
  guint           *ends;        /* source and target of each link */
  guint8          *link_layer;  /* link style, + N_LINK_STYLES when faded */
  float            node_color[2 * N_COLOR_SLOTS][4];
  float            outline_color[2][4];
  float            link_color[2 * N_LINK_STYLES][4];
};

static void
to_floats (const GdkRGBA *color,
           float          alpha,
           float          rgba[4])
{
  rgba[0] = color->red;
  rgba[1] = color->green;
  rgba[2] = color->blue;
  rgba[3] = color->alpha * alpha;
}

static SceneLooks *
scene_looks_new (LiaisonGraphView *self)
{
  SceneLooks *looks = g_new0 (SceneLooks, 1);
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  const LiaisonGraphEdge *edges = liaison_graph_get_edges (self->graph);
  GdkRGBA foreground, background;

  g_atomic_ref_count_init (&looks->ref_count);
  looks->n_nodes = liaison_graph_get_n_nodes (self->graph);
  looks->n_edges = liaison_graph_get_n_edges (self->graph);
  looks->size = g_new (float, MAX (looks->n_nodes, 1));
  looks->node_layer = g_new (guint8, MAX (looks->n_nodes, 1));
  looks->diamond = g_new (guint8, MAX (looks->n_nodes, 1));
  looks->ends = g_new (guint, 2 * MAX (looks->n_edges, 1));
  looks->link_layer = g_new (guint8, MAX (looks->n_edges, 1));

  for (guint i = 0; i < looks->n_nodes; i++)
    {
      looks->size[i] = nodes[i].size;
      looks->diamond[i] = nodes[i].type == LIAISON_GRAPH_NODE_EVENT;
      looks->node_layer[i] = (nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN)
                             ? NOT_DRAWN
                             : _liaison_graph_view_color_slot (self, &nodes[i]) +
                               (_liaison_graph_view_is_faded (self, &nodes[i]) ? N_COLOR_SLOTS : 0);
    }

  for (guint e = 0; e < looks->n_edges; e++)
    {
      const LiaisonGraphEdge *edge = &edges[e];
      const LiaisonGraphNode *source = &nodes[edge->source];
      const LiaisonGraphNode *target = &nodes[edge->target];
      gboolean faded;

      looks->ends[2 * e] = edge->source;
      looks->ends[2 * e + 1] = edge->target;
      if (((source->flags | target->flags) & LIAISON_GRAPH_NODE_HIDDEN) || edge->source == edge->target)
        {
          looks->link_layer[e] = NOT_DRAWN;
          continue;
        }
      faded = !liaison_graph_edge_is_current (edge, self->date) ||
              _liaison_graph_view_is_faded (self, source) || _liaison_graph_view_is_faded (self, target);
      looks->link_layer[e] = _liaison_graph_view_link_style (edge) + (faded ? N_LINK_STYLES : 0);
    }

  _liaison_graph_view_get_foreground (self, &foreground);
  _liaison_graph_view_get_background (&background);
  for (guint l = 0; l < 2 * N_COLOR_SLOTS; l++)
    to_floats (_liaison_graph_view_slot_color (self, l % N_COLOR_SLOTS), l >= N_COLOR_SLOTS ? 0.25f : 1,
               looks->node_color[l]);
  to_floats (&background, 1, looks->outline_color[0]);
  to_floats (&background, 0.3f, looks->outline_color[1]);
  for (guint l = 0; l < 2 * N_LINK_STYLES; l++)
    to_floats (&foreground,
               _liaison_graph_view_link_looks[l % N_LINK_STYLES].alpha * (l >= N_LINK_STYLES ? FADED_ALPHA : 1),
               looks->link_color[l]);

  return looks;
}

static SceneLooks *
scene_looks_ref (SceneLooks *looks)
{
  g_atomic_ref_count_inc (&looks->ref_count);

  return looks;
}

/* Any thread may let go of the last reference. */
void
_liaison_graph_view_scene_looks_unref (SceneLooks *looks)
{
  if (!g_atomic_ref_count_dec (&looks->ref_count))
    return;

  g_free (looks->size);
  g_free (looks->node_layer);
  g_free (looks->diamond);
  g_free (looks->ends);
  g_free (looks->link_layer);
  g_free (looks);
}

/* The indices of the @n items whose key is below @n_keys, sorted by it
 * (stably: in the order they come); returns in @starts (@n_keys + 1 long)
 * where each key's begin, and the end at @starts[@n_keys]. */
static guint *
sort_by_key (const guint8 *key,
             guint         n,
             guint         n_keys,
             guint        *starts)
{
  g_autofree guint *fill = NULL;
  guint *sorted;

  memset (starts, 0, (n_keys + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    if (key[i] < n_keys)
      starts[key[i] + 1]++;
  for (guint k = 0; k < n_keys; k++)
    starts[k + 1] += starts[k];

  sorted = g_new (guint, MAX (starts[n_keys], 1));
  fill = g_memdup2 (starts, n_keys * sizeof (guint));
  for (guint i = 0; i < n; i++)
    if (key[i] < n_keys)
      sorted[fill[key[i]]++] = i;

  return sorted;
}

/* What a picture shows: how things look, where the nodes are (x, y in
 * world units, a pair a node), and for which view. */
typedef struct
{
  SceneLooks         *looks;
  double             *positions;
  LiaisonGraphCamera  camera;
  double              width;
  double              height;
  int                 scale;
  guint               generation;
  gint64              cost;       /* µs drawing it took */
  LiaisonDrawing     *drawing;
} Picture;

static void
picture_free (gpointer data)
{
  Picture *picture = data;

  g_clear_pointer (&picture->looks, _liaison_graph_view_scene_looks_unref);
  g_free (picture->positions);
  g_clear_pointer (&picture->drawing, liaison_drawing_free);
  g_free (picture);
}

/* A layer for each link style, faded or not, in a list: links out of
 * sight, or too short to see, in none. Any thread. */
static void
list_links (const Picture  *picture,
            LiaisonDrawing *drawing,
            double          zoom,
            double          ox,
            double          oy)
{
  const SceneLooks *looks = picture->looks;
  const double *positions = picture->positions;
  double width = liaison_drawing_get_width (drawing), height = liaison_drawing_get_height (drawing);
  g_autofree guint8 *layer = g_new (guint8, MAX (looks->n_edges, 1));
  g_autofree guint *sorted = NULL;
  guint starts[2 * N_LINK_STYLES + 1];

  for (guint e = 0; e < looks->n_edges; e++)
    {
      const double *source = &positions[2 * looks->ends[2 * e]];
      const double *target = &positions[2 * looks->ends[2 * e + 1]];
      double x1 = source[0] * zoom + ox, y1 = source[1] * zoom + oy;
      double x2 = target[0] * zoom + ox, y2 = target[1] * zoom + oy;

      layer[e] = looks->link_layer[e];
      if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) ||
          (x1 > width && x2 > width) || (y1 > height && y2 > height) ||
          fabs (x2 - x1) + fabs (y2 - y1) < 0.25)
        layer[e] = NOT_DRAWN;
    }
  sorted = sort_by_key (layer, looks->n_edges, 2 * N_LINK_STYLES, starts);

  for (guint l = 0; l < 2 * N_LINK_STYLES; l++)
    {
      const LinkLook *look = &_liaison_graph_view_link_looks[l % N_LINK_STYLES];
      float dash[G_N_ELEMENTS (look->dash)];

      if (starts[l] == starts[l + 1])
        continue;

      for (guint k = 0; k < look->n_dash; k++)
        dash[k] = look->dash[k] * picture->scale;
      liaison_drawing_set_dash (drawing, dash, look->n_dash);
      for (guint k = starts[l]; k < starts[l + 1]; k++)
        {
          const double *source = &positions[2 * looks->ends[2 * sorted[k]]];
          const double *target = &positions[2 * looks->ends[2 * sorted[k] + 1]];

          liaison_drawing_line (drawing,
                                source[0] * zoom + ox, source[1] * zoom + oy,
                                target[0] * zoom + ox, target[1] * zoom + oy,
                                look->width * picture->scale);
        }
      liaison_drawing_paint (drawing, looks->link_color[l]);
    }
}

/* Each colour's discs (diamonds for events), then their outlines in the
 * background colour, which set them apart where they overlap. Any
 * thread. */
static void
list_nodes (const Picture  *picture,
            LiaisonDrawing *drawing,
            double          zoom,
            double          ox,
            double          oy)
{
  const SceneLooks *looks = picture->looks;
  const double *positions = picture->positions;
  double width = liaison_drawing_get_width (drawing), height = liaison_drawing_get_height (drawing);
  g_autofree guint8 *layer = g_new (guint8, MAX (looks->n_nodes, 1));
  g_autofree guint *sorted = NULL;
  guint starts[2 * N_COLOR_SLOTS + 1];

  for (guint i = 0; i < looks->n_nodes; i++)
    {
      double x = positions[2 * i] * zoom + ox, y = positions[2 * i + 1] * zoom + oy;
      double reach = looks->size[i] * zoom * 1.25 + 8;

      layer[i] = looks->node_layer[i];
      if (x + reach < 0 || y + reach < 0 || x - reach > width || y - reach > height)
        layer[i] = NOT_DRAWN;
    }
  sorted = sort_by_key (layer, looks->n_nodes, 2 * N_COLOR_SLOTS, starts);

  for (guint l = 0; l < 2 * N_COLOR_SLOTS; l++)
    {
      gboolean any_outline = FALSE;

      if (starts[l] == starts[l + 1])
        continue;

      for (guint k = starts[l]; k < starts[l + 1]; k++)
        {
          guint i = sorted[k];
          double x = positions[2 * i] * zoom + ox, y = positions[2 * i + 1] * zoom + oy, r = looks->size[i] * zoom;

          if (looks->diamond[i])
            liaison_drawing_diamond (drawing, x, y, r * 1.25);
          else
            liaison_drawing_disc (drawing, x, y, r);
        }
      liaison_drawing_paint (drawing, looks->node_color[l]);

      for (guint k = starts[l]; k < starts[l + 1]; k++)
        {
          guint i = sorted[k];
          double x = positions[2 * i] * zoom + ox, y = positions[2 * i + 1] * zoom + oy, r = looks->size[i] * zoom;
          double outline = liaison_graph_lod_outline_width (r, NODE_OUTLINE * picture->scale);

          if (outline <= 0)
            continue;

          any_outline = TRUE;
          if (looks->diamond[i])
            liaison_drawing_diamond_outline (drawing, x, y, r * 1.25, outline);
          else
            liaison_drawing_circle (drawing, x, y, r, outline);
        }
      if (any_outline)
        liaison_drawing_paint (drawing, looks->outline_color[l >= N_COLOR_SLOTS]);
    }
}

/* Lists and draws the picture: premultiplied pixels. Any thread. */
static GBytes *
draw_picture (Picture *picture)
{
  gint64 start = g_get_monotonic_time ();
  Projection projection;
  GBytes *pixels;
  double zoom, ox, oy;

  _liaison_graph_view_project (&projection, &picture->camera, picture->width, picture->height);
  zoom = projection.zoom * picture->scale;
  ox = projection.ox * picture->scale;
  oy = projection.oy * picture->scale;

  picture->drawing = liaison_drawing_new ((int) ceil (picture->width * picture->scale),
                                          (int) ceil (picture->height * picture->scale));
  list_links (picture, picture->drawing, zoom, ox, oy);
  list_nodes (picture, picture->drawing, zoom, ox, oy);
  pixels = liaison_drawing_render (picture->drawing);
  picture->cost = g_get_monotonic_time () - start;

  return pixels;
}

static SceneLooks *
ensure_looks (LiaisonGraphView *self)
{
  if (self->scene_looks == NULL)
    self->scene_looks = scene_looks_new (self);

  return self->scene_looks;
}

/* A picture of the graph as @camera shows it, to draw: how things look
 * now, and a copy of where the nodes are. */
static Picture *
picture_new (LiaisonGraphView         *self,
             const LiaisonGraphCamera *camera,
             double                    width,
             double                    height,
             int                       scale)
{
  Picture *picture = g_new0 (Picture, 1);
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);

  picture->looks = scene_looks_ref (ensure_looks (self));
  picture->positions = g_new (double, 2 * MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      picture->positions[2 * i] = nodes[i].x;
      picture->positions[2 * i + 1] = nodes[i].y;
    }
  picture->camera = *camera;
  picture->width = width;
  picture->height = height;
  picture->scale = scale;
  picture->generation = self->scene_generation;

  return picture;
}

static GdkTexture *
texture_new (const Picture *picture,
             GBytes        *pixels)
{
  int width = liaison_drawing_get_width (picture->drawing);

  return gdk_memory_texture_new (width, liaison_drawing_get_height (picture->drawing),
                                 GDK_MEMORY_DEFAULT, pixels, width * 4);
}

static void
show_picture (LiaisonGraphView *self,
              const Picture    *picture,
              GBytes           *pixels)
{
  g_clear_object (&self->scene);
  self->scene = texture_new (picture, pixels);
  self->scene_camera = picture->camera;
  self->scene_width = picture->width;
  self->scene_height = picture->height;
  self->scene_scale = picture->scale;
  self->scene_drawn = picture->generation;
  self->scene_cost = picture->cost;
}

static void
draw_picture_in_thread (GTask        *task,
                        gpointer      source_object,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  g_task_return_pointer (task, draw_picture (task_data), (GDestroyNotify) g_bytes_unref);
}

static void
picture_drawn_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GWeakRef *view_ref = user_data;
  g_autoptr(LiaisonGraphView) self = g_weak_ref_get (view_ref);
  g_autoptr(GBytes) pixels = g_task_propagate_pointer (G_TASK (result), NULL);
  Picture *picture = g_task_get_task_data (G_TASK (result));

  g_weak_ref_clear (view_ref);
  g_free (view_ref);

  /* The view went away meanwhile. */
  if (self == NULL || self->graph == NULL)
    return;

  self->scene_busy = FALSE;
  if (pixels != NULL)
    show_picture (self, picture, pixels);

  /* The next frame shows it, and asks for another if it is out of date. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
draw_picture_aside (LiaisonGraphView *self,
                    Picture          *picture)
{
  g_autoptr(GTask) task = NULL;
  GWeakRef *view_ref = g_new0 (GWeakRef, 1);

  /* No source object: the task may be let go of in the worker. */
  g_weak_ref_init (view_ref, self);
  task = g_task_new (NULL, NULL, picture_drawn_cb, view_ref);
  g_task_set_source_tag (task, draw_picture_aside);
  g_task_set_task_data (task, picture, picture_free);
  self->scene_busy = TRUE;
  g_task_run_in_thread (task, draw_picture_in_thread);
}

/* Nodes moved: the picture is out of date. */
void
_liaison_graph_view_invalidate_scene (LiaisonGraphView *self)
{
  self->scene_generation++;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* What nodes and links look like changed (colours, sizes, the filter,
 * the date, the network itself): the picture and the legend are out of
 * date. */
void
_liaison_graph_view_invalidate_looks (LiaisonGraphView *self)
{
  g_clear_pointer (&self->scene_looks, _liaison_graph_view_scene_looks_unref);
  _liaison_graph_view_invalidate_legend (self);
  _liaison_graph_view_invalidate_scene (self);
}

static gboolean
same_camera (const LiaisonGraphCamera *a,
             const LiaisonGraphCamera *b)
{
  return a->x == b->x && a->y == b->y && a->zoom == b->zoom;
}

/* Appends the links and nodes as @camera shows them in a @width ×
 * @height view: as paths or pixels off screen, from the last picture
 * drawn on screen, drawing another when it is out of date. */
void
_liaison_graph_view_append_scene (LiaisonGraphView         *self,
                                  GtkSnapshot              *snapshot,
                                  const LiaisonGraphCamera *camera,
                                  double                    width,
                                  double                    height,
                                  DrawMode                  mode)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  gboolean current;
  double x, y, zoom;

  if (mode == DRAW_PATHS)
    {
      Projection projection;

      _liaison_graph_view_project (&projection, camera, width, height);
      _liaison_graph_view_draw_paths (self, snapshot, &projection, NULL, -1, 1.0);
      return;
    }

  if (mode == DRAW_PIXELS)
    {
      Picture *picture = picture_new (self, camera, width, height, 1);
      g_autoptr(GBytes) pixels = draw_picture (picture);
      g_autoptr(GdkTexture) texture = texture_new (picture, pixels);

      gtk_snapshot_append_texture (snapshot, texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
      picture_free (picture);
      return;
    }

  current = self->scene != NULL && self->scene_drawn == self->scene_generation &&
            same_camera (camera, &self->scene_camera) &&
            self->scene_width == width && self->scene_height == height && self->scene_scale == scale;

  switch (liaison_graph_lod_scene_action (self->scene != NULL, current, self->scene_busy, self->scene_cost))
    {
    case LIAISON_GRAPH_SCENE_DRAW:
      {
        Picture *picture = picture_new (self, camera, width, height, scale);
        g_autoptr(GBytes) pixels = draw_picture (picture);

        show_picture (self, picture, pixels);
        picture_free (picture);
      }
      break;

    case LIAISON_GRAPH_SCENE_DRAW_ASIDE:
      draw_picture_aside (self, picture_new (self, camera, width, height, scale));
      break;

    case LIAISON_GRAPH_SCENE_KEEP:
    case LIAISON_GRAPH_SCENE_WAIT:
    default:
      break;
    }

  if (self->scene == NULL)
    return;

  /* The picture where the camera now puts it. Moved by whole pixels
   * only, it is copied as it is (renderers filter and blend it much
   * faster than at a fraction of a pixel); the next picture puts it
   * right. */
  liaison_graph_camera_reproject (&self->scene_camera, self->scene_width, self->scene_height,
                                  camera, width, height, &x, &y, &zoom);
  if (fabs (zoom - 1) < 1e-9)
    gtk_snapshot_append_texture (snapshot, self->scene,
                                 &GRAPHENE_RECT_INIT (round (x * scale) / scale, round (y * scale) / scale,
                                                      self->scene_width, self->scene_height));
  else
    gtk_snapshot_append_scaled_texture (snapshot, self->scene, GSK_SCALING_FILTER_LINEAR,
                                        &GRAPHENE_RECT_INIT (x, y, self->scene_width * zoom, self->scene_height * zoom));
}

/* Whether a picture of the network is being drawn in the background. */
gboolean
liaison_graph_view_get_drawing (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return self->scene_busy;
}
