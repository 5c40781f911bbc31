/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view.c: the widget that draws the network and lets people pan, zoom, pick and move nodes.
 *
 * The view keeps a LiaisonGraph built from the document and rebuilt when
 * it changes. Where nodes are is the document's business only once the
 * user arranged them: a first automatic layout stays in the view, so that
 * looking at a graph never marks a document modified (the model has no
 * way to store positions outside the undo stack, and should not). When
 * the user moves a node or asks for a new layout, every position the
 * view shows is written in one undoable change, so that what was seen is
 * what is saved. Positions the view chose are remembered, so that undoing
 * that change puts nodes back where they were on screen.
 *
 * The force layout runs in a worker thread (LiaisonLayoutRunner) and
 * stops once settled; on each frame the view takes the newest positions
 * it published. Small networks are laid out before their first frame.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "graph/liaison-centrality.h"
#include "graph/liaison-graph-layouts.h"
#include "liaison-graph-view-private.h"

#define LAYOUT_SEED        20240601
#define FIRST_LAYOUT_US    40000
#define SMALL_GRAPH        2000      /* nodes and links: laid out before the first frame */
#define CAMERA_REST_MS     150
#define FIT_MARGIN         36.0
#define DRAG_THRESHOLD     4.0
#define ZOOM_STEP          1.5
#define BETWEENNESS_SOURCES 256

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_ENTITY,
  PROP_COLOR_BY,
  PROP_SIZE_BY,
  PROP_SHOW_EVENTS,
  PROP_SHOW_DERIVED,
  PROP_SHOW_LEGEND,
  PROP_DATE,
  PROP_ZOOM,
  PROP_LAYOUT_RUNNING,
  N_PROPS
};

enum {
  GRAPH_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonGraphView, liaison_graph_view, GTK_TYPE_WIDGET)
G_DEFINE_QUARK (liaison-graph-view-error-quark, liaison_graph_view_error)

static void rebuild (LiaisonGraphView *self);
static void stop_layout (LiaisonGraphView *self);

GtkWidget *
liaison_graph_view_new (void)
{
  return g_object_new (LIAISON_TYPE_GRAPH_VIEW, NULL);
}

/* ---------------------------------------------------------------------- */
/* The camera                                                              */

static void
set_camera (LiaisonGraphView         *self,
            const LiaisonGraphCamera *camera)
{
  gboolean zoomed = camera->zoom != self->camera.zoom;

  self->camera = *camera;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  if (zoomed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
camera_rest_cb (gpointer user_data)
{
  LiaisonGraphView *self = user_data;

  self->camera_rest_source = 0;
  self->camera_moving = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  return G_SOURCE_REMOVE;
}

/* The user pans or zooms: frames reuse what they can until the camera
 * rests (see liaison-graph-view-scene.c), then draw all afresh. */
static void
move_camera (LiaisonGraphView         *self,
             const LiaisonGraphCamera *camera)
{
  self->camera_moving = TRUE;
  g_clear_handle_id (&self->camera_rest_source, g_source_remove);
  self->camera_rest_source = g_timeout_add (CAMERA_REST_MS, camera_rest_cb, self);
  set_camera (self, camera);
}

static void
camera_animation_cb (double   value,
                     gpointer user_data)
{
  LiaisonGraphView *self = user_data;
  LiaisonGraphCamera camera;

  liaison_graph_camera_interpolate (&camera, &self->camera_from, &self->camera_to, value);
  move_camera (self, &camera);
}

static void
animate_camera (LiaisonGraphView         *self,
                const LiaisonGraphCamera *target)
{
  adw_animation_reset (self->camera_animation);
  self->camera_from = self->camera;
  self->camera_to = *target;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    adw_animation_play (self->camera_animation);
  else
    set_camera (self, target);
}

static void
stop_camera_animation (LiaisonGraphView *self)
{
  if (adw_animation_get_state (self->camera_animation) == ADW_ANIMATION_PLAYING)
    adw_animation_pause (self->camera_animation);
}

static gboolean
fitted_camera (LiaisonGraphView   *self,
               LiaisonGraphCamera *camera)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double x1, y1, x2, y2, margin, label_room;

  *camera = self->camera;
  if (self->graph == NULL || width <= 0 || height <= 0)
    return FALSE;

  if (self->neighborhood >= 0)
    {
      const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
      const LiaisonGraphNode *center = &nodes[self->neighborhood];
      guint n_incident;
      const guint *incident = liaison_graph_get_incident (self->graph, self->neighborhood, &n_incident);

      x1 = center->x - center->size;
      x2 = center->x + center->size;
      y1 = center->y - center->size;
      y2 = center->y + center->size;
      for (guint k = 0; k < n_incident; k++)
        {
          const LiaisonGraphNode *node = &nodes[liaison_graph_get_neighbor (self->graph, self->neighborhood, incident[k])];

          x1 = MIN (x1, node->x - node->size);
          x2 = MAX (x2, node->x + node->size);
          y1 = MIN (y1, node->y - node->size);
          y2 = MAX (y2, node->y + node->size);
        }
    }
  else if (!liaison_graph_get_bounds (self->graph, TRUE, &x1, &y1, &x2, &y2))
    return FALSE;

  /* Room for the labels of the outer nodes, which go beside them. */
  margin = MIN (FIT_MARGIN * 2.5, MIN (width, height) / 10.0);
  label_room = MIN (110.0, width / 8.0);
  liaison_graph_camera_fit (camera, width - 2 * label_room, height, x1, y1, x2, y2, margin);

  /* Beside the legend or above it rather than under it, unless that
   * shrinks the graph too much. */
  if (self->show_legend && self->legend_width > 0)
    {
      LiaisonGraphCamera beside = *camera;
      double left = self->legend_width + 12;

      LiaisonGraphCamera above = *camera;
      double below = self->legend_height + 12;

      liaison_graph_camera_fit (&beside, width - left - 2 * label_room, height, x1, y1, x2, y2, margin);
      liaison_graph_camera_fit (&above, width - 2 * label_room, height - below, x1, y1, x2, y2, margin);
      /* Whichever keeps the graph larger: beside the legend or above it. */
      if (beside.zoom >= above.zoom && beside.zoom > 0.8 * camera->zoom)
        {
          beside.x -= left / 2 / beside.zoom;
          *camera = beside;
        }
      else if (above.zoom > 0.8 * camera->zoom)
        {
          above.y += below / 2 / above.zoom;
          *camera = above;
        }
    }

  return TRUE;
}

void
liaison_graph_view_zoom_to_fit (LiaisonGraphView *self,
                                gboolean          animate)
{
  LiaisonGraphCamera camera;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->neighborhood < 0)
    self->follow = TRUE;
  if (!fitted_camera (self, &camera))
    return;

  if (animate)
    animate_camera (self, &camera);
  else
    {
      stop_camera_animation (self);
      set_camera (self, &camera);
    }
}

static void
zoom_by (LiaisonGraphView *self,
         double            factor)
{
  LiaisonGraphCamera camera = adw_animation_get_state (self->camera_animation) == ADW_ANIMATION_PLAYING
                              ? self->camera_to : self->camera;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  self->follow = FALSE;
  liaison_graph_camera_zoom_at (&camera, width, height, width / 2.0, height / 2.0, factor);
  animate_camera (self, &camera);
}

void
liaison_graph_view_zoom_in (LiaisonGraphView *self)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  zoom_by (self, ZOOM_STEP);
}

void
liaison_graph_view_zoom_out (LiaisonGraphView *self)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  zoom_by (self, 1 / ZOOM_STEP);
}

/* Moves what is shown by (@dx, @dy) pixels, as dragging the background
 * does. */
void
liaison_graph_view_pan (LiaisonGraphView *self,
                        double            dx,
                        double            dy)
{
  LiaisonGraphCamera camera;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  stop_camera_animation (self);
  self->follow = FALSE;
  camera = self->camera;
  liaison_graph_camera_pan (&camera, dx, dy);
  move_camera (self, &camera);
}

double
liaison_graph_view_get_zoom (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), 1);

  return self->camera.zoom;
}

static void
follow_layout (LiaisonGraphView *self)
{
  LiaisonGraphCamera camera;

  if (self->follow && adw_animation_get_state (self->camera_animation) != ADW_ANIMATION_PLAYING &&
      fitted_camera (self, &camera))
    set_camera (self, &camera);
}

/* Brings @node into view when it is out of it, for keyboard users. */
static void
reveal_node (LiaisonGraphView *self,
             guint             node)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double vx, vy;

  liaison_graph_camera_to_view (&self->camera, width, height, nodes[node].x, nodes[node].y, &vx, &vy);
  if (vx < FIT_MARGIN || vy < FIT_MARGIN || vx > width - FIT_MARGIN || vy > height - FIT_MARGIN)
    {
      LiaisonGraphCamera camera = self->camera;

      camera.x = nodes[node].x;
      camera.y = nodes[node].y;
      self->follow = FALSE;
      animate_camera (self, &camera);
    }
}

/* ---------------------------------------------------------------------- */
/* Positions and the document                                              */

static void
remember_auto_position (LiaisonGraphView *self,
                        LiaisonEntity    *entity,
                        double            x,
                        double            y)
{
  double *position = g_new (double, 2);

  position[0] = x;
  position[1] = y;
  g_hash_table_replace (self->auto_positions, g_object_ref (entity), position);
}

/* Writes where the nodes are into the document, as one change named
 * @label: every node whose place there differs from the view's. The node
 * @moved was at (@from_x, @from_y) before the user moved it. */
static void
commit_positions (LiaisonGraphView *self,
                  const char       *label,
                  int               moved,
                  double            from_x,
                  double            from_y)
{
  const LiaisonGraphNode *nodes;
  guint n;

  if (self->document == NULL || self->graph == NULL)
    return;

  nodes = liaison_graph_get_nodes (self->graph);
  n = liaison_graph_get_n_nodes (self->graph);

  liaison_document_begin_change (self->document, label);
  for (guint i = 0; i < n; i++)
    {
      LiaisonEntity *entity = liaison_graph_get_entity (self->graph, i);
      const LiaisonGraphDocPosition *saved = &self->doc_positions[i];
      g_autoptr(GError) error = NULL;

      if (entity == NULL || (saved->placed && saved->x == nodes[i].x && saved->y == nodes[i].y))
        continue;

      if (!saved->placed)
        {
          if ((int) i == moved)
            remember_auto_position (self, entity, from_x, from_y);
          else
            remember_auto_position (self, entity, nodes[i].x, nodes[i].y);
        }

      if (!liaison_document_set (self->document, entity, &error,
                                 "x", nodes[i].x, "y", nodes[i].y, "placed", TRUE,
                                 NULL))
        g_warning ("Could not store the position of a node: %s", error->message);
    }
  liaison_document_end_change (self->document);
}

static gboolean
layout_tick_cb (GtkWidget     *widget,
                GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  if (liaison_layout_runner_update (self->layout))
    {
      _liaison_graph_view_invalidate_scene (self);
      follow_layout (self);
    }

  return G_SOURCE_CONTINUE;
}

static void
remove_layout_tick (LiaisonGraphView *self)
{
  if (self->layout_tick == 0)
    return;

  gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->layout_tick);
  self->layout_tick = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT_RUNNING]);
}

static void
layout_settled_cb (LiaisonGraphView    *self,
                   LiaisonLayoutRunner *runner)
{
  if (runner != self->layout)
    return;

  _liaison_graph_view_invalidate_scene (self);
  follow_layout (self);
  remove_layout_tick (self);
  if (self->arranging)
    {
      self->arranging = FALSE;
      commit_positions (self, _("Arrange Graph"), -1, 0, 0);
    }
}

static void
start_layout (LiaisonGraphView *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->layout_paused = self->layout != NULL && !liaison_layout_runner_is_settled (self->layout);
      return;
    }

  if (self->layout_tick != 0 || self->layout == NULL || liaison_layout_runner_is_settled (self->layout))
    return;

  liaison_layout_runner_start (self->layout);
  self->layout_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), layout_tick_cb, NULL, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT_RUNNING]);
}

/* Stops the layout where it is: the graph keeps the positions it has. */
static void
stop_layout (LiaisonGraphView *self)
{
  if (self->layout != NULL)
    liaison_layout_runner_stop (self->layout);
  remove_layout_tick (self);
}

static void
set_layout (LiaisonGraphView    *self,
            LiaisonLayoutRunner *layout)
{
  stop_layout (self);
  if (self->layout != NULL)
    g_signal_handlers_disconnect_by_func (self->layout, layout_settled_cb, self);
  g_set_object (&self->layout, layout);
  if (layout != NULL)
    g_signal_connect_object (layout, "settled", G_CALLBACK (layout_settled_cb), self, G_CONNECT_SWAPPED);
}

gboolean
liaison_graph_view_get_layout_running (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return self->layout_tick != 0;
}

/* Lays the graph out anew on the user's request, as one undoable change:
 * "force" (moving every node that is not pinned), "circle" or "country". */
void
liaison_graph_view_arrange (LiaisonGraphView *self,
                            const char       *layout)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (layout != NULL);

  if (self->graph == NULL || self->layout == NULL)
    return;

  self->neighborhood = -1;
  if (g_str_equal (layout, "force"))
    {
      stop_layout (self);
      liaison_layout_runner_set_move_placed (self->layout, TRUE);
      liaison_layout_runner_reheat (self->layout, 1.0);
      self->arranging = TRUE;
      self->follow = TRUE;
      start_layout (self);
      return;
    }

  stop_layout (self);
  self->arranging = FALSE;
  if (g_str_equal (layout, "circle"))
    liaison_graph_layout_circle (self->graph);
  else
    liaison_graph_layout_grouped (self->graph);

  _liaison_graph_view_invalidate_scene (self);
  commit_positions (self, _("Arrange Graph"), -1, 0, 0);
  liaison_graph_view_zoom_to_fit (self, TRUE);
}

static void
apply_filter (LiaisonGraphView *self)
{
  LiaisonGraphNode *nodes;
  guint n;

  if (self->graph == NULL)
    return;

  nodes = liaison_graph_get_nodes (self->graph);
  n = liaison_graph_get_n_nodes (self->graph);

  for (guint i = 0; i < n; i++)
    {
      LiaisonEntity *entity = liaison_graph_get_entity (self->graph, i);
      gboolean hidden = FALSE;

      if (nodes[i].type == LIAISON_GRAPH_NODE_ORGANIZATION && self->filter != NULL && entity != NULL)
        hidden = !gtk_filter_match (self->filter, entity);

      if (hidden)
        nodes[i].flags |= LIAISON_GRAPH_NODE_HIDDEN;
      else
        nodes[i].flags &= ~LIAISON_GRAPH_NODE_HIDDEN;
    }

  /* An event stays while one of its participants does. */
  for (guint i = 0; i < n; i++)
    {
      guint n_incident;
      const guint *incident;
      gboolean any = FALSE;

      if (nodes[i].type != LIAISON_GRAPH_NODE_EVENT || self->filter == NULL)
        continue;

      incident = liaison_graph_get_incident (self->graph, i, &n_incident);
      for (guint k = 0; k < n_incident && !any; k++)
        any = (nodes[liaison_graph_get_neighbor (self->graph, i, incident[k])].flags & LIAISON_GRAPH_NODE_HIDDEN) == 0;
      if (!any && n_incident > 0)
        nodes[i].flags |= LIAISON_GRAPH_NODE_HIDDEN;
    }

  if (self->hover >= 0 && (nodes[self->hover].flags & LIAISON_GRAPH_NODE_HIDDEN))
    self->hover = -1;
  _liaison_graph_view_invalidate_looks (self);
}

static void
apply_sizes (LiaisonGraphView *self)
{
  if (self->graph == NULL)
    return;

  g_clear_pointer (&self->betweenness, g_free);
  if (g_strcmp0 (self->size_by, "betweenness") == 0)
    {
      self->betweenness = liaison_centrality_betweenness (self->graph, BETWEENNESS_SOURCES, LAYOUT_SEED);
      liaison_graph_update_sizes (self->graph, self->betweenness);
    }
  else
    liaison_graph_update_sizes (self->graph, NULL);

  _liaison_graph_view_invalidate_labels (self);
  _liaison_graph_view_invalidate_looks (self);
}

static void
update_selected_index (LiaisonGraphView *self)
{
  self->selected = self->graph != NULL ? liaison_graph_find_entity (self->graph, self->selected_entity) : -1;
}

/* Builds the graph again from the document, keeping where nodes were:
 * the view's place for those the document did not move meanwhile, the
 * document's for those it did. */
static void
rebuild (LiaisonGraphView *self)
{
  g_autoptr(LiaisonGraph) old_graph = NULL;
  g_autofree LiaisonGraphDocPosition *old_positions = NULL;
  g_autoptr(LiaisonEntity) focused = NULL;
  g_autoptr(LiaisonEntity) neighborhood = NULL;
  LiaisonGraphOptions options = 0;
  LiaisonGraphNode *nodes;
  gboolean unplaced = FALSE;
  guint n;

  /* Labels point into the old graph: they go first. */
  _liaison_graph_view_invalidate_labels (self);
  old_graph = g_steal_pointer (&self->graph);
  old_positions = g_steal_pointer (&self->doc_positions);
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  if (old_graph != NULL && self->focused >= 0)
    focused = g_object_ref (liaison_graph_get_entity (old_graph, self->focused));
  if (old_graph != NULL && self->neighborhood >= 0)
    neighborhood = g_object_ref (liaison_graph_get_entity (old_graph, self->neighborhood));

  set_layout (self, NULL);
  _liaison_graph_view_invalidate_looks (self);
  self->hover = self->focused = self->neighborhood = self->dragged = -1;

  if (self->document == NULL)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  if (self->show_events)
    options |= LIAISON_GRAPH_INCLUDE_EVENTS;
  if (self->show_derived)
    options |= LIAISON_GRAPH_INCLUDE_DERIVED;
  self->graph = liaison_graph_new_for_document (self->document, options);
  nodes = liaison_graph_get_nodes (self->graph);
  n = liaison_graph_get_n_nodes (self->graph);
  self->doc_positions = g_new0 (LiaisonGraphDocPosition, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      LiaisonEntity *entity = liaison_graph_get_entity (self->graph, i);
      LiaisonGraphDocPosition *now = &self->doc_positions[i];
      int old = old_graph != NULL ? liaison_graph_find_entity (old_graph, entity) : -1;
      const double *remembered = g_hash_table_lookup (self->auto_positions, entity);

      now->x = nodes[i].x;
      now->y = nodes[i].y;
      now->placed = (nodes[i].flags & LIAISON_GRAPH_NODE_PLACED) != 0;
      now->pinned = (nodes[i].flags & LIAISON_GRAPH_NODE_PINNED) != 0;

      if (old >= 0 && old_positions[old].placed == now->placed &&
          old_positions[old].x == now->x && old_positions[old].y == now->y)
        {
          /* The document did not move it: it stays where the view has it. */
          nodes[i].x = liaison_graph_get_nodes (old_graph)[old].x;
          nodes[i].y = liaison_graph_get_nodes (old_graph)[old].y;
        }
      else if (!now->placed && remembered != NULL)
        {
          nodes[i].x = remembered[0];
          nodes[i].y = remembered[1];
        }
      else if (!now->placed && old >= 0)
        {
          nodes[i].x = liaison_graph_get_nodes (old_graph)[old].x;
          nodes[i].y = liaison_graph_get_nodes (old_graph)[old].y;
        }
      else if (!now->placed)
        {
          nodes[i].x = nodes[i].y = 0;
          unplaced = TRUE;
        }
    }

  apply_sizes (self);
  apply_filter (self);
  update_selected_index (self);
  if (focused != NULL)
    self->focused = liaison_graph_find_entity (self->graph, focused);
  if (neighborhood != NULL)
    self->neighborhood = liaison_graph_find_entity (self->graph, neighborhood);

  {
    g_autoptr(LiaisonLayoutRunner) layout = liaison_layout_runner_new (self->graph, LAYOUT_SEED);

    set_layout (self, layout);
  }
  if (self->arranging)
    {
      liaison_layout_runner_set_move_placed (self->layout, TRUE);
      liaison_layout_runner_reheat (self->layout, 0.5);
      start_layout (self);
    }
  else if (unplaced)
    {
      /* Nodes with no place yet: a first layout. Small networks settle
       * here, before the first frame, in a few milliseconds; larger ones
       * in the worker, over the next frames. */
      liaison_layout_runner_scatter (self->layout);
      if (old_graph != NULL)
        liaison_layout_runner_reheat (self->layout, 0.7);
      if (n + liaison_graph_get_n_edges (self->graph) <= SMALL_GRAPH)
        liaison_layout_runner_run_for (self->layout, FIRST_LAYOUT_US);
      start_layout (self);
    }

  if (old_graph == NULL)
    self->follow = TRUE;
  follow_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[GRAPH_CHANGED], 0);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  LiaisonGraphView *self = user_data;

  self->rebuild_idle = 0;
  rebuild (self);

  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (LiaisonGraphView *self)
{
  if (self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild_idle_cb, self, NULL);
}

static void
document_changed_cb (LiaisonGraphView *self)
{
  queue_rebuild (self);
}

LiaisonGraph *
liaison_graph_view_get_graph (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  if (self->rebuild_idle != 0)
    rebuild (self);

  return self->graph;
}

/* ---------------------------------------------------------------------- */
/* Nodes under the pointer and in focus                                    */

static int
node_at (LiaisonGraphView *self,
         double            x,
         double            y)
{
  double wx, wy;

  if (self->graph == NULL)
    return -1;

  liaison_graph_camera_to_world (&self->camera,
                                 gtk_widget_get_width (GTK_WIDGET (self)),
                                 gtk_widget_get_height (GTK_WIDGET (self)),
                                 x, y, &wx, &wy);

  /* Small nodes are easier to hit with a few pixels to spare. */
  return liaison_graph_node_at (self->graph, wx, wy, 3.0 / self->camera.zoom);
}

LiaisonEntity *
liaison_graph_view_get_entity_at (LiaisonGraphView *self,
                                  double            x,
                                  double            y)
{
  int node;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  node = node_at (self, x, y);

  return node >= 0 ? liaison_graph_get_entity (self->graph, node) : NULL;
}

/* Where @entity's node is drawn, in widget coordinates. */
gboolean
liaison_graph_view_get_node_position (LiaisonGraphView *self,
                                      LiaisonEntity    *entity,
                                      double           *x,
                                      double           *y)
{
  int node;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  if (self->graph == NULL || (node = liaison_graph_find_entity (self->graph, entity)) < 0)
    return FALSE;

  liaison_graph_camera_to_view (&self->camera,
                                gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)),
                                liaison_graph_get_nodes (self->graph)[node].x,
                                liaison_graph_get_nodes (self->graph)[node].y,
                                x, y);

  return TRUE;
}

static void
select_node (LiaisonGraphView *self,
             int               node)
{
  LiaisonEntity *entity = node >= 0 ? liaison_graph_get_entity (self->graph, node) : NULL;

  liaison_graph_view_set_selected_entity (self, entity);
}

/* What a click at (@x, @y) does: selects the node there, or nothing when
 * it is on the background. Returns whether it hit a node. */
gboolean
liaison_graph_view_select_at (LiaisonGraphView *self,
                              double            x,
                              double            y)
{
  int node;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  node = node_at (self, x, y);
  if (node >= 0)
    self->focused = node;
  select_node (self, node);

  return node >= 0;
}

/* Moves @entity's node to (@x, @y) in widget coordinates, as dragging it
 * there does: one undoable change. */
gboolean
liaison_graph_view_move_node (LiaisonGraphView *self,
                              LiaisonEntity    *entity,
                              double            x,
                              double            y)
{
  LiaisonGraphNode *nodes;
  double from_x, from_y;
  int node;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  if (self->graph == NULL || (node = liaison_graph_find_entity (self->graph, entity)) < 0)
    return FALSE;

  stop_layout (self);
  self->follow = FALSE;
  nodes = liaison_graph_get_nodes (self->graph);
  from_x = nodes[node].x;
  from_y = nodes[node].y;
  liaison_graph_camera_to_world (&self->camera,
                                 gtk_widget_get_width (GTK_WIDGET (self)),
                                 gtk_widget_get_height (GTK_WIDGET (self)),
                                 x, y, &nodes[node].x, &nodes[node].y);
  _liaison_graph_view_invalidate_scene (self);
  commit_positions (self, _("Move Node"), node, from_x, from_y);

  return TRUE;
}

LiaisonEntity *
liaison_graph_view_get_focus_entity (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  if (self->graph == NULL || self->focused < 0)
    return NULL;

  return liaison_graph_get_entity (self->graph, self->focused);
}

/* How many labels the last frame showed. */
guint
liaison_graph_view_get_n_labels (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), 0);

  return self->labels->len;
}

static void
announce_focus (LiaisonGraphView *self)
{
  g_autofree char *description = NULL;

  if (self->focused < 0)
    return;

  description = _liaison_graph_view_dup_node_description (self, self->focused);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_accessible_announce (GTK_ACCESSIBLE (self), description, GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
}

static void
set_focused (LiaisonGraphView *self,
             int               node,
             gboolean          reveal)
{
  self->focused = node;
  if (node >= 0)
    {
      announce_focus (self);
      if (reveal)
        reveal_node (self, node);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static int
next_in_order (LiaisonGraphView *self,
               int               from,
               gboolean          forward)
{
  const guint *order = _liaison_graph_view_get_order (self);
  int n = liaison_graph_get_n_nodes (self->graph);
  int position = -1;

  for (int k = 0; k < n && from >= 0; k++)
    if ((int) order[k] == from)
      position = k;

  for (int k = forward ? position + 1 : (position < 0 ? n - 1 : position - 1);
       k >= 0 && k < n;
       k += forward ? 1 : -1)
    {
      if (_liaison_graph_view_is_shown (self, order[k]))
        return order[k];
    }

  return -1;
}

/* Tab walks the nodes, the most linked first, then leaves the view. */
static gboolean
liaison_graph_view_focus (GtkWidget        *widget,
                          GtkDirectionType  direction)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_DOWN || direction == GTK_DIR_RIGHT;
  int next;

  if (self->graph == NULL || liaison_graph_get_n_nodes (self->graph) == 0)
    return FALSE;

  if (!gtk_widget_has_focus (widget))
    {
      gtk_widget_grab_focus (widget);
      /* Entering the view shows where focus is without moving the camera. */
      if (self->focused < 0 || !_liaison_graph_view_is_shown (self, self->focused))
        set_focused (self, next_in_order (self, -1, forward), FALSE);
      else
        set_focused (self, self->focused, FALSE);
      return TRUE;
    }

  next = next_in_order (self, self->focused, forward);
  if (next < 0)
    return FALSE;

  set_focused (self, next, TRUE);

  return TRUE;
}

/* Arrow keys: to the neighbour that lies most in that direction. */
static void
move_focus_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  const LiaisonGraphNode *nodes;
  double dx, dy, best_score = -G_MAXDOUBLE;
  const guint *incident;
  guint n_incident;
  int best = -1;

  if (self->graph == NULL)
    return;
  if (self->focused < 0)
    {
      set_focused (self, next_in_order (self, -1, TRUE), TRUE);
      return;
    }

  g_variant_get (parameter, "(dd)", &dx, &dy);
  nodes = liaison_graph_get_nodes (self->graph);
  incident = liaison_graph_get_incident (self->graph, self->focused, &n_incident);
  for (guint k = 0; k < n_incident; k++)
    {
      guint other = liaison_graph_get_neighbor (self->graph, self->focused, incident[k]);
      double ox = nodes[other].x - nodes[self->focused].x;
      double oy = nodes[other].y - nodes[self->focused].y;
      double length = hypot (ox, oy);
      double score;

      if (length == 0 || !_liaison_graph_view_is_shown (self, other))
        continue;

      /* Mostly the angle; among similar angles, the nearer. */
      score = (ox * dx + oy * dy) / length - length / 1e6;
      if (score > best_score && score > 0)
        {
          best_score = score;
          best = other;
        }
    }

  if (best >= 0)
    set_focused (self, best, TRUE);
  else
    gtk_widget_error_bell (widget);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  if (self->focused >= 0)
    select_node (self, self->focused);
}

static void
escape_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  if (self->neighborhood >= 0)
    {
      self->neighborhood = -1;
      liaison_graph_view_zoom_to_fit (self, TRUE);
      gtk_widget_queue_draw (widget);
    }
  else
    select_node (self, -1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  if (g_str_equal (action_name, "graph-view.zoom-in"))
    liaison_graph_view_zoom_in (self);
  else if (g_str_equal (action_name, "graph-view.zoom-out"))
    liaison_graph_view_zoom_out (self);
  else
    liaison_graph_view_zoom_to_fit (self, TRUE);
}

static void
toggle_pin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  int node = self->focused >= 0 ? self->focused : self->selected;
  LiaisonEntity *entity;
  g_autoptr(GError) error = NULL;
  gboolean pinned;

  if (self->graph == NULL || node < 0 || self->document == NULL)
    return;

  entity = liaison_graph_get_entity (self->graph, node);
  pinned = (liaison_graph_get_nodes (self->graph)[node].flags & LIAISON_GRAPH_NODE_PINNED) != 0;
  liaison_document_begin_change (self->document, pinned ? _("Unpin Node") : _("Pin Node"));
  commit_positions (self, NULL, -1, 0, 0);
  if (!liaison_document_set (self->document, entity, &error, "pinned", !pinned, NULL))
    g_warning ("Could not pin a node: %s", error->message);
  liaison_document_end_change (self->document);
}

/* ---------------------------------------------------------------------- */
/* Pointer and touch                                                       */

static void
click_released_cb (LiaisonGraphView *self,
                   int               n_press,
                   double            x,
                   double            y,
                   GtkGestureClick  *gesture)
{
  int node = node_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (n_press == 2 && node >= 0)
    {
      /* A double click focuses the node's neighbourhood. */
      self->neighborhood = node;
      liaison_graph_view_zoom_to_fit (self, TRUE);
      self->follow = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  if (n_press == 1)
    {
      if (node < 0 && self->neighborhood >= 0)
        {
          self->neighborhood = -1;
          gtk_widget_queue_draw (GTK_WIDGET (self));
        }
      liaison_graph_view_select_at (self, x, y);
    }
}

static void
drag_begin_cb (LiaisonGraphView *self,
               double            x,
               double            y,
               GtkGestureDrag   *gesture)
{
  int node = node_at (self, x, y);

  self->drag_moved = FALSE;
  self->drag_camera = self->camera;
  self->dragged = -1;
  if (node >= 0)
    {
      self->dragged = node;
      self->drag_node_x = liaison_graph_get_nodes (self->graph)[node].x;
      self->drag_node_y = liaison_graph_get_nodes (self->graph)[node].y;
    }
}

static void
drag_update_cb (LiaisonGraphView *self,
                double            offset_x,
                double            offset_y,
                GtkGestureDrag   *gesture)
{
  if (!self->drag_moved && hypot (offset_x, offset_y) < DRAG_THRESHOLD)
    return;

  if (!self->drag_moved)
    {
      self->drag_moved = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      stop_camera_animation (self);
      if (self->dragged >= 0)
        {
          stop_layout (self);
          gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
        }
    }

  if (self->dragged >= 0 && self->graph != NULL)
    {
      LiaisonGraphNode *node = &liaison_graph_get_nodes (self->graph)[self->dragged];

      node->x = self->drag_node_x + offset_x / self->camera.zoom;
      node->y = self->drag_node_y + offset_y / self->camera.zoom;
      _liaison_graph_view_invalidate_scene (self);
    }
  else
    {
      LiaisonGraphCamera camera = self->drag_camera;

      self->follow = FALSE;
      liaison_graph_camera_pan (&camera, offset_x, offset_y);
      move_camera (self, &camera);
    }
}

static void
drag_end_cb (LiaisonGraphView *self,
             double            offset_x,
             double            offset_y,
             GtkGestureDrag   *gesture)
{
  int dragged = self->dragged;

  self->dragged = -1;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
  if (dragged >= 0 && self->drag_moved)
    {
      self->follow = FALSE;
      commit_positions (self, _("Move Node"), dragged, self->drag_node_x, self->drag_node_y);
    }
}

static gboolean
scroll_cb (LiaisonGraphView         *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  LiaisonGraphCamera camera = self->camera;
  double step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL ? 40.0 : 1.0;

  stop_camera_animation (self);
  self->follow = FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      graphene_point_t pointer = GRAPHENE_POINT_INIT (gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                                                      gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
      GdkEvent *event = gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (controller));
      double px, py;

      if (event != NULL && gdk_event_get_position (event, &px, &py))
        {
          GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
          double nx, ny;

          gtk_native_get_surface_transform (native, &nx, &ny);
          if (!gtk_widget_compute_point (GTK_WIDGET (native), GTK_WIDGET (self),
                                         &GRAPHENE_POINT_INIT (px - nx, py - ny), &pointer))
            pointer = GRAPHENE_POINT_INIT (gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                                           gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
        }

      liaison_graph_camera_zoom_at (&camera,
                                    gtk_widget_get_width (GTK_WIDGET (self)),
                                    gtk_widget_get_height (GTK_WIDGET (self)),
                                    pointer.x, pointer.y,
                                    exp (-dy * (step > 1 ? 0.15 : 0.01)));
    }
  else
    liaison_graph_camera_pan (&camera, -dx * step, -dy * step);

  move_camera (self, &camera);

  return GDK_EVENT_STOP;
}

static void
zoom_begin_cb (LiaisonGraphView *self,
               GdkEventSequence *sequence,
               GtkGesture       *gesture)
{
  stop_camera_animation (self);
  self->pinch_zoom = self->camera.zoom;
  self->follow = FALSE;
}

static void
zoom_scale_changed_cb (LiaisonGraphView *self,
                       double            scale,
                       GtkGestureZoom   *gesture)
{
  LiaisonGraphCamera camera = self->camera;
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;

  liaison_graph_camera_zoom_at (&camera,
                                gtk_widget_get_width (GTK_WIDGET (self)),
                                gtk_widget_get_height (GTK_WIDGET (self)),
                                x, y, self->pinch_zoom * scale / camera.zoom);
  move_camera (self, &camera);
}

static void
motion_cb (LiaisonGraphView         *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  int node;

  if (self->dragged >= 0)
    return;

  node = node_at (self, x, y);
  if (node == self->hover)
    return;

  self->hover = node;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), node >= 0 ? "pointer" : NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (LiaisonGraphView         *self,
          GtkEventControllerMotion *controller)
{
  if (self->hover < 0)
    return;

  self->hover = -1;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
liaison_graph_view_query_tooltip (GtkWidget  *widget,
                                  int         x,
                                  int         y,
                                  gboolean    keyboard,
                                  GtkTooltip *tooltip)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  g_autofree char *description = NULL;
  const LiaisonGraphNode *node;
  int index = keyboard ? self->focused : node_at (self, x, y);
  double vx, vy, r;

  if (index < 0 || self->dragged >= 0)
    return FALSE;

  node = &liaison_graph_get_nodes (self->graph)[index];
  description = _liaison_graph_view_dup_node_description (self, index);
  gtk_tooltip_set_text (tooltip, description);
  liaison_graph_camera_to_view (&self->camera, gtk_widget_get_width (widget), gtk_widget_get_height (widget),
                                node->x, node->y, &vx, &vy);
  r = MAX (node->size * self->camera.zoom, 4);
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { vx - r, vy - r, 2 * r, 2 * r });

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* GtkWidget                                                               */

static void
liaison_graph_view_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);
  double legend_width = self->legend_width;

  if (self->rebuild_idle != 0)
    rebuild (self);

  _liaison_graph_view_draw (self, snapshot, &self->camera,
                            gtk_widget_get_width (widget), gtk_widget_get_height (widget), DRAW_ON_SCREEN);

  /* The first legend drawn changes where the graph fits best. */
  if (legend_width != self->legend_width)
    follow_layout (self);
}

static void
liaison_graph_view_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  if (self->follow)
    {
      LiaisonGraphCamera camera;

      stop_camera_animation (self);
      if (fitted_camera (self, &camera))
        set_camera (self, &camera);
    }
}

static void
liaison_graph_view_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = 120;
  *natural = 640;
}

static void
liaison_graph_view_map (GtkWidget *widget)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  GTK_WIDGET_CLASS (liaison_graph_view_parent_class)->map (widget);

  /* The layout only runs while it can be seen. */
  if (self->layout_paused)
    start_layout (self);
  self->layout_paused = FALSE;
}

static void
liaison_graph_view_unmap (GtkWidget *widget)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  self->layout_paused = self->layout_tick != 0;
  stop_layout (self);

  GTK_WIDGET_CLASS (liaison_graph_view_parent_class)->unmap (widget);
}

static void
style_changed_cb (LiaisonGraphView *self)
{
  _liaison_graph_view_invalidate_looks (self);
}

static void
liaison_graph_view_css_changed (GtkWidget         *widget,
                                GtkCssStyleChange *change)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (widget);

  GTK_WIDGET_CLASS (liaison_graph_view_parent_class)->css_changed (widget, change);

  /* Colours and fonts may have changed. */
  _liaison_graph_view_invalidate_labels (self);
  _liaison_graph_view_invalidate_looks (self);
}

/* ---------------------------------------------------------------------- */
/* Properties                                                              */

LiaisonDocument *
liaison_graph_view_get_document (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  return self->document;
}

void
liaison_graph_view_set_document (LiaisonGraphView *self,
                                 LiaisonDocument  *document)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (document == NULL || LIAISON_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);

  /* A new document: nothing of the old one carries over. */
  if (self->graph != NULL)
    {
      _liaison_graph_view_invalidate_labels (self);
      g_clear_pointer (&self->graph, liaison_graph_unref);
      g_clear_pointer (&self->doc_positions, g_free);
    }
  g_hash_table_remove_all (self->auto_positions);
  self->arranging = FALSE;
  self->follow = TRUE;
  g_clear_object (&self->selected_entity);
  rebuild (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
}

/* Takes over what @old shows of the same document: its display options,
 * the places it gave nodes, a layout still running, the camera, the
 * selection and the neighbourhood in focus. For a window rebuilt in
 * another language, which should look as it did. */
void
liaison_graph_view_adopt (LiaisonGraphView *self,
                          LiaisonGraphView *old)
{
  GHashTableIter iter;
  gpointer entity, position;
  gboolean was_running;

  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (old));

  if (old->rebuild_idle != 0)
    rebuild (old);
  if (old->layout != NULL)
    liaison_layout_runner_update (old->layout);
  was_running = old->layout_tick != 0 || old->layout_paused;

  g_set_str (&self->color_by, old->color_by);
  g_set_str (&self->size_by, old->size_by);
  self->show_events = old->show_events;
  self->show_derived = old->show_derived;
  self->show_legend = old->show_legend;
  self->date = old->date;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  g_set_object (&self->document, old->document);
  if (self->document != NULL)
    g_signal_connect_object (self->document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);

  /* Rebuilt from the old view's graph, each node keeps the place the old
   * view gave it. */
  _liaison_graph_view_invalidate_labels (self);
  g_clear_pointer (&self->graph, liaison_graph_unref);
  g_clear_pointer (&self->doc_positions, g_free);
  if (old->graph != NULL)
    {
      self->graph = liaison_graph_ref (old->graph);
      self->doc_positions = g_memdup2 (old->doc_positions,
                                       MAX (liaison_graph_get_n_nodes (old->graph), 1) * sizeof (LiaisonGraphDocPosition));
    }
  g_hash_table_remove_all (self->auto_positions);
  g_hash_table_iter_init (&iter, old->auto_positions);
  while (g_hash_table_iter_next (&iter, &entity, &position))
    g_hash_table_insert (self->auto_positions, g_object_ref (entity), g_memdup2 (position, 2 * sizeof (double)));
  g_set_object (&self->selected_entity, old->selected_entity);
  self->arranging = old->arranging;
  self->follow = old->follow;
  rebuild (self);

  if (old->graph != NULL && self->graph != NULL)
    {
      if (old->focused >= 0)
        self->focused = liaison_graph_find_entity (self->graph, liaison_graph_get_entity (old->graph, old->focused));
      if (old->neighborhood >= 0)
        self->neighborhood = liaison_graph_find_entity (self->graph, liaison_graph_get_entity (old->graph, old->neighborhood));
    }

  /* A layout not yet settled goes on, as warm as it was. */
  if (was_running && self->layout != NULL && !liaison_layout_runner_is_running (self->layout))
    {
      liaison_layout_runner_set_move_placed (self->layout, old->arranging);
      liaison_layout_runner_reheat (self->layout, liaison_layout_runner_get_temperature (old->layout));
      start_layout (self);
    }

  stop_camera_animation (self);
  set_camera (self, adw_animation_get_state (old->camera_animation) == ADW_ANIMATION_PLAYING
                    ? &old->camera_to : &old->camera);
  _liaison_graph_view_invalidate_looks (self);

  for (guint p = PROP_DOCUMENT; p <= PROP_DATE; p++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[p]);
}

LiaisonEntity *
liaison_graph_view_get_selected_entity (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  return self->selected_entity;
}

void
liaison_graph_view_set_selected_entity (LiaisonGraphView *self,
                                        LiaisonEntity    *entity)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (entity == NULL || LIAISON_IS_ENTITY (entity));

  if (!g_set_object (&self->selected_entity, entity))
    return;

  update_selected_index (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
}

static void
filter_changed_cb (LiaisonGraphView *self)
{
  apply_filter (self);
}

/* Hides the organizations @organization_filter rejects, and the events
 * none of whose participants remain. */
void
liaison_graph_view_set_filter (LiaisonGraphView *self,
                               GtkFilter        *organization_filter)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));
  g_return_if_fail (organization_filter == NULL || GTK_IS_FILTER (organization_filter));

  if (self->filter == organization_filter)
    return;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_set_object (&self->filter, organization_filter);
  if (organization_filter != NULL)
    g_signal_connect_object (organization_filter, "changed", G_CALLBACK (filter_changed_cb), self, G_CONNECT_SWAPPED);

  apply_filter (self);
}

const char *
liaison_graph_view_get_color_by (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  return self->color_by;
}

/* "country" or "kind". */
void
liaison_graph_view_set_color_by (LiaisonGraphView *self,
                                 const char       *color_by)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (color_by == NULL || (!g_str_equal (color_by, "country") && !g_str_equal (color_by, "kind")))
    color_by = "country";

  if (g_set_str (&self->color_by, color_by))
    {
      _liaison_graph_view_invalidate_looks (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOR_BY]);
    }
}

const char *
liaison_graph_view_get_size_by (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);

  return self->size_by;
}

/* "degree" or "betweenness". */
void
liaison_graph_view_set_size_by (LiaisonGraphView *self,
                                const char       *size_by)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (size_by == NULL || (!g_str_equal (size_by, "degree") && !g_str_equal (size_by, "betweenness")))
    size_by = "degree";

  if (g_set_str (&self->size_by, size_by))
    {
      apply_sizes (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE_BY]);
    }
}

gboolean
liaison_graph_view_get_show_events (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return self->show_events;
}

void
liaison_graph_view_set_show_events (LiaisonGraphView *self,
                                    gboolean          show_events)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  show_events = !!show_events;
  if (self->show_events == show_events)
    return;

  self->show_events = show_events;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_EVENTS]);
}

gboolean
liaison_graph_view_get_show_derived (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return self->show_derived;
}

void
liaison_graph_view_set_show_derived (LiaisonGraphView *self,
                                     gboolean          show_derived)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  show_derived = !!show_derived;
  if (self->show_derived == show_derived)
    return;

  self->show_derived = show_derived;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DERIVED]);
}

gboolean
liaison_graph_view_get_show_legend (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  return self->show_legend;
}

void
liaison_graph_view_set_show_legend (LiaisonGraphView *self,
                                    gboolean          show_legend)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  show_legend = !!show_legend;
  if (self->show_legend == show_legend)
    return;

  self->show_legend = show_legend;
  _liaison_graph_view_invalidate_legend (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_LEGEND]);
}

/* The julian day the graph shows the network as of: links and events
 * after it fade. 0 shows everything. */
guint
liaison_graph_view_get_date (LiaisonGraphView *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), 0);

  return self->date;
}

void
liaison_graph_view_set_date (LiaisonGraphView *self,
                             guint             julian_day)
{
  g_return_if_fail (LIAISON_IS_GRAPH_VIEW (self));

  if (self->date == julian_day)
    return;

  self->date = julian_day;
  _liaison_graph_view_invalidate_looks (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/* The days between which something in the graph is dated. */
gboolean
liaison_graph_view_get_date_range (LiaisonGraphView *self,
                                   guint            *first_day,
                                   guint            *last_day)
{
  guint32 first = 0, last = 0;
  gboolean any = FALSE;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), FALSE);

  if (self->graph != NULL)
    any = liaison_graph_get_time_range (self->graph, &first, &last);
  *first_day = first;
  *last_day = last;

  return any && first < last;
}

static void
liaison_graph_view_dispose (GObject *object)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (object);

  set_layout (self, NULL);
  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  g_clear_handle_id (&self->camera_rest_source, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);
  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, filter_changed_cb, self);
  g_clear_object (&self->camera_animation);
  _liaison_graph_view_invalidate_labels (self);
  g_clear_pointer (&self->graph, liaison_graph_unref);
  g_clear_object (&self->scene);
  g_clear_pointer (&self->scene_looks, _liaison_graph_view_scene_looks_unref);
  _liaison_graph_view_invalidate_legend (self);
  g_clear_object (&self->document);
  g_clear_object (&self->selected_entity);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (liaison_graph_view_parent_class)->dispose (object);
}

static void
liaison_graph_view_finalize (GObject *object)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (object);

  g_free (self->doc_positions);
  g_free (self->betweenness);
  g_free (self->color_by);
  g_free (self->size_by);
  g_hash_table_unref (self->auto_positions);
  g_clear_pointer (&self->placer, liaison_label_placer_free);
  g_array_unref (self->labels);

  G_OBJECT_CLASS (liaison_graph_view_parent_class)->finalize (object);
}

static void
liaison_graph_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SELECTED_ENTITY:
      g_value_set_object (value, self->selected_entity);
      break;

    case PROP_COLOR_BY:
      g_value_set_string (value, self->color_by);
      break;

    case PROP_SIZE_BY:
      g_value_set_string (value, self->size_by);
      break;

    case PROP_SHOW_EVENTS:
      g_value_set_boolean (value, self->show_events);
      break;

    case PROP_SHOW_DERIVED:
      g_value_set_boolean (value, self->show_derived);
      break;

    case PROP_SHOW_LEGEND:
      g_value_set_boolean (value, self->show_legend);
      break;

    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, self->camera.zoom);
      break;

    case PROP_LAYOUT_RUNNING:
      g_value_set_boolean (value, self->layout_tick != 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_graph_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiaisonGraphView *self = LIAISON_GRAPH_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      liaison_graph_view_set_document (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ENTITY:
      liaison_graph_view_set_selected_entity (self, g_value_get_object (value));
      break;

    case PROP_COLOR_BY:
      liaison_graph_view_set_color_by (self, g_value_get_string (value));
      break;

    case PROP_SIZE_BY:
      liaison_graph_view_set_size_by (self, g_value_get_string (value));
      break;

    case PROP_SHOW_EVENTS:
      liaison_graph_view_set_show_events (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_DERIVED:
      liaison_graph_view_set_show_derived (self, g_value_get_boolean (value));
      break;

    case PROP_SHOW_LEGEND:
      liaison_graph_view_set_show_legend (self, g_value_get_boolean (value));
      break;

    case PROP_DATE:
      liaison_graph_view_set_date (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_graph_view_class_init (LiaisonGraphViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_graph_view_dispose;
  object_class->finalize = liaison_graph_view_finalize;
  object_class->get_property = liaison_graph_view_get_property;
  object_class->set_property = liaison_graph_view_set_property;

  widget_class->snapshot = liaison_graph_view_snapshot;
  widget_class->size_allocate = liaison_graph_view_size_allocate;
  widget_class->measure = liaison_graph_view_measure;
  widget_class->map = liaison_graph_view_map;
  widget_class->unmap = liaison_graph_view_unmap;
  widget_class->focus = liaison_graph_view_focus;
  widget_class->query_tooltip = liaison_graph_view_query_tooltip;
  widget_class->css_changed = liaison_graph_view_css_changed;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ENTITY] =
    g_param_spec_object ("selected-entity", NULL, NULL, LIAISON_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_BY] =
    g_param_spec_string ("color-by", NULL, NULL, "country",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE_BY] =
    g_param_spec_string ("size-by", NULL, NULL, "degree",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_EVENTS] =
    g_param_spec_boolean ("show-events", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DERIVED] =
    g_param_spec_boolean ("show-derived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0, G_MAXDOUBLE, 1,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAYOUT_RUNNING] =
    g_param_spec_boolean ("layout-running", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The graph was built again: its nodes, links and dates may differ. */
  signals[GRAPH_CHANGED] =
    g_signal_new ("graph-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "graph-view.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph-view.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph-view.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph-view.move-focus", "(dd)", move_focus_action);
  gtk_widget_class_install_action (widget_class, "graph-view.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "graph-view.escape", NULL, escape_action);
  gtk_widget_class_install_action (widget_class, "graph-view.toggle-pin", NULL, toggle_pin_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "graph-view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "graph-view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "graph-view.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "graph-view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "graph-view.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "graph-view.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "graph-view.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, 0, "graph-view.move-focus", "(dd)", -1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, 0, "graph-view.move-focus", "(dd)", 1.0, 0.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, 0, "graph-view.move-focus", "(dd)", 0.0, -1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, 0, "graph-view.move-focus", "(dd)", 0.0, 1.0);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "graph-view.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "graph-view.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "graph-view.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "graph-view.escape", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, 0, "graph-view.toggle-pin", NULL);

  gtk_widget_class_set_css_name (widget_class, "graphview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_APPLICATION);
}

static void
liaison_graph_view_init (LiaisonGraphView *self)
{
  GtkGesture *click, *drag, *zoom;
  GtkEventController *scroll, *motion;
  AdwAnimationTarget *target;

  self->color_by = g_strdup ("country");
  self->size_by = g_strdup ("degree");
  self->show_events = TRUE;
  self->show_legend = TRUE;
  self->camera = (LiaisonGraphCamera) { 0, 0, 1 };
  self->follow = TRUE;
  self->hover = self->selected = self->focused = self->neighborhood = self->dragged = -1;
  self->auto_positions = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->labels = g_array_new (FALSE, FALSE, sizeof (LiaisonGraphLabel));
  self->legend_for_width = self->legend_for_height = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_add_css_class (GTK_WIDGET (self), "view");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Network graph"),
                                  -1);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  zoom = gtk_gesture_zoom_new ();
  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));
  gtk_gesture_group (zoom, drag);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect_swapped (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  target = adw_callback_animation_target_new (camera_animation_cb, self, NULL);
  self->camera_animation = adw_timed_animation_new (GTK_WIDGET (self), 0, 1, 280, target);
  adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->camera_animation), ADW_EASE_OUT_CUBIC);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::accent-color",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}
