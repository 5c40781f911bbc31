/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-labels.c: the graph view's labels: names of nodes that never overlap, most important first.
 *
 * Labels are placed in view coordinates, the most important nodes first,
 * each beside its node where it overlaps no other label, no node and not
 * the legend, and lies wholly in the view; a node whose label finds no
 * room goes without. While the user pans and zooms, the labels placed
 * last stay with their nodes, and are placed anew once the camera rests.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <glib/gi18n.h>

#include "model/liaison-language.h"
#include "liaison-graph-view-private.h"

#define LABEL_SCALE     0.85
#define LABEL_MAX_WIDTH 170
#define LABEL_PADDING_X 4.0
#define LABEL_PADDING_Y 1.5
#define MAX_LABELS      400
#define MAX_LABEL_TRIES 3000
#define MAX_RESERVED    6000
#define SHORT_NAME_ZOOM 0.75

void
_liaison_graph_view_invalidate_labels (LiaisonGraphView *self)
{
  guint n = self->graph != NULL ? liaison_graph_get_n_nodes (self->graph) : 0;

  for (guint i = 0; self->label_layouts != NULL && i < n; i++)
    g_clear_object (&self->label_layouts[i]);
  g_clear_pointer (&self->label_layouts, g_free);
  g_clear_pointer (&self->label_short, g_free);
  g_clear_pointer (&self->label_order, g_free);
  if (self->labels != NULL)
    g_array_set_size (self->labels, 0);
  self->labels_stale = TRUE;
}

static void
ensure_label_order (LiaisonGraphView *self)
{
  guint n = liaison_graph_get_n_nodes (self->graph);

  if (self->label_order != NULL)
    return;

  self->label_order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    self->label_order[i] = i;
  g_sort_array (self->label_order, n, sizeof (guint), liaison_graph_compare_importance, liaison_graph_get_nodes (self->graph));
  self->label_layouts = g_new0 (PangoLayout *, MAX (n, 1));
  self->label_short = g_new0 (guint8, MAX (n, 1));
}

/* The nodes, most important first: the order of labels and of Tab. */
const guint *
_liaison_graph_view_get_order (LiaisonGraphView *self)
{
  ensure_label_order (self);

  return self->label_order;
}

/* The name of a node in the interface language, or its short name. */
char *
_liaison_graph_view_dup_node_name (LiaisonGraphView *self,
                                   guint             node,
                                   gboolean          short_name)
{
  LiaisonEntity *entity = liaison_graph_get_entity (self->graph, node);
  char *name;

  if (entity == NULL)
    return g_strdup_printf ("%u", node);

  if (short_name && LIAISON_IS_ORGANIZATION (entity))
    {
      const char *abbreviation = liaison_organization_get_short_name (LIAISON_ORGANIZATION (entity));

      if (abbreviation != NULL && abbreviation[0] != '\0')
        return g_strdup (abbreviation);
    }

  name = liaison_entity_dup_title (entity, liaison_language_get_current ());
  if (name == NULL || name[0] == '\0')
    {
      g_free (name);
      name = g_strdup (liaison_entity_get_id (entity));
    }

  return name;
}

/* What the tooltip and screen readers say of a node. */
char *
_liaison_graph_view_dup_node_description (LiaisonGraphView *self,
                                          guint             node)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  g_autofree char *name = _liaison_graph_view_dup_node_name (self, node, FALSE);
  const char *kind;

  if (nodes[node].type == LIAISON_GRAPH_NODE_EVENT)
    kind = liaison_enum_to_label (LIAISON_TYPE_EVENT_KIND, nodes[node].kind);
  else
    kind = liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND, nodes[node].kind);

  /* Translators: a node of the graph: its name, its kind (such as "City")
   * and how many links it has. */
  return g_strdup_printf (ngettext ("%s (%s), %u link", "%s (%s), %u links", nodes[node].degree),
                          name, kind, nodes[node].degree);
}

static PangoLayout *
label_layout (LiaisonGraphView *self,
              guint             node,
              gboolean          short_name,
              gboolean          bold)
{
  if (self->label_layouts[node] == NULL || self->label_short[node] != short_name)
    {
      g_autofree char *name = _liaison_graph_view_dup_node_name (self, node, short_name);

      g_clear_object (&self->label_layouts[node]);
      self->label_layouts[node] = _liaison_graph_view_make_layout (self, name, LABEL_SCALE, bold, LABEL_MAX_WIDTH);
      self->label_short[node] = short_name;
    }

  return self->label_layouts[node];
}

static gboolean
try_label (LiaisonGraphView         *self,
           const LiaisonGraphCamera *camera,
           double                    width,
           double                    height,
           guint                     node_index,
           gboolean                  short_name,
           double                    max_importance)
{
  const LiaisonGraphNode *node = &liaison_graph_get_nodes (self->graph)[node_index];
  PangoLayout *layout;
  PangoRectangle extents;
  double vx, vy, r, w, h;
  struct { double x, y; } spots[4];

  liaison_graph_camera_to_view (camera, width, height, node->x, node->y, &vx, &vy);
  r = node->size * camera->zoom * (node->type == LIAISON_GRAPH_NODE_EVENT ? 1.25 : 1.0);
  if (vx + r + LABEL_MAX_WIDTH < 0 || vx - r - LABEL_MAX_WIDTH > width ||
      vy + r + 40 < 0 || vy - r - 40 > height)
    return FALSE;

  layout = label_layout (self, node_index, short_name,
                         max_importance > 0 && node->importance >= 0.5 * max_importance);
  pango_layout_get_pixel_extents (layout, NULL, &extents);
  w = extents.width + 2 * LABEL_PADDING_X;
  h = extents.height + 2 * LABEL_PADDING_Y;

  /* Right of the node, then below, left, above. */
  spots[0].x = vx + r + 3;          spots[0].y = vy - h / 2;
  spots[1].x = vx - w / 2;          spots[1].y = vy + r + 2;
  spots[2].x = vx - r - 3 - w;      spots[2].y = vy - h / 2;
  spots[3].x = vx - w / 2;          spots[3].y = vy - r - 2 - h;

  for (guint s = 0; s < G_N_ELEMENTS (spots); s++)
    {
      if (liaison_label_placer_fits (self->placer, spots[s].x, spots[s].y, w, h) &&
          liaison_label_placer_place (self->placer, spots[s].x, spots[s].y, w, h))
        {
          LiaisonGraphLabel label = { node_index, spots[s].x, spots[s].y, vx, vy, layout };

          g_array_append_val (self->labels, label);
          return TRUE;
        }
    }

  return FALSE;
}

/* Places the labels of a @width × @height view as @camera shows it,
 * away from the @legend (a box in view coordinates; empty when none). */
void
_liaison_graph_view_place_labels (LiaisonGraphView         *self,
                                  const LiaisonGraphCamera *camera,
                                  double                    width,
                                  double                    height,
                                  const graphene_rect_t    *legend,
                                  const guint8             *highlight)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);
  gboolean short_name = camera->zoom < SHORT_NAME_ZOOM;
  double max_importance = 0;
  guint reserved = 0, tries = 0;
  int first[3] = { self->selected, self->focused, self->hover };

  ensure_label_order (self);
  if (self->placer == NULL)
    self->placer = liaison_label_placer_new (width, height);
  liaison_label_placer_reset (self->placer, width, height);
  g_array_set_size (self->labels, 0);
  if (n > 0)
    max_importance = nodes[self->label_order[0]].importance;

  /* Labels keep off the legend … */
  if (legend->size.width > 0 && legend->size.height > 0)
    liaison_label_placer_reserve (self->placer, legend->origin.x, legend->origin.y,
                                  legend->size.width, legend->size.height);

  /* … and off the nodes, the biggest at least. */
  for (guint k = 0; k < n && reserved < MAX_RESERVED; k++)
    {
      const LiaisonGraphNode *node = &nodes[self->label_order[k]];
      double vx, vy, r = node->size * camera->zoom * (node->type == LIAISON_GRAPH_NODE_EVENT ? 1.25 : 1.0);

      if (node->flags & LIAISON_GRAPH_NODE_HIDDEN)
        continue;
      liaison_graph_camera_to_view (camera, width, height, node->x, node->y, &vx, &vy);
      if (vx + r < 0 || vx - r > width || vy + r < 0 || vy - r > height)
        continue;
      liaison_label_placer_reserve (self->placer, vx - r, vy - r, 2 * r, 2 * r);
      reserved++;
    }

  /* What the user points at comes first, then its neighbours, then the
   * rest by importance. */
  for (guint f = 0; f < G_N_ELEMENTS (first); f++)
    if (first[f] >= 0 && _liaison_graph_view_is_shown (self, first[f]))
      try_label (self, camera, width, height, first[f], FALSE, max_importance);

  for (guint pass = highlight != NULL ? 0 : 1; pass < 2; pass++)
    for (guint k = 0; k < n && self->labels->len < MAX_LABELS && tries < MAX_LABEL_TRIES; k++)
      {
        guint i = self->label_order[k];

        if ((nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN) || _liaison_graph_view_is_faded (self, &nodes[i]))
          continue;
        if ((int) i == first[0] || (int) i == first[1] || (int) i == first[2])
          continue;
        if (highlight != NULL && (pass == 0) != (highlight[i] != 0))
          continue;

        tries++;
        try_label (self, camera, width, height, i, short_name && (highlight == NULL || !highlight[i]), max_importance);
      }
}

/* Draws the labels as last placed, each where its node now is. */
void
_liaison_graph_view_draw_labels (LiaisonGraphView         *self,
                                 GtkSnapshot              *snapshot,
                                 const LiaisonGraphCamera *camera,
                                 double                    width,
                                 double                    height,
                                 const guint8             *highlight)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  GdkRGBA foreground, background, dim;

  _liaison_graph_view_get_foreground (self, &foreground);
  _liaison_graph_view_get_background (&background);
  background.alpha = 0.82f;
  dim = foreground;
  dim.alpha = 0.45f;

  for (guint k = 0; k < self->labels->len; k++)
    {
      const LiaisonGraphLabel *label = &g_array_index (self->labels, LiaisonGraphLabel, k);
      PangoRectangle extents;
      GskRoundedRect halo;
      gboolean muted = highlight != NULL && !highlight[label->node];
      double vx, vy, x, y;

      liaison_graph_camera_to_view (camera, width, height, nodes[label->node].x, nodes[label->node].y, &vx, &vy);
      x = label->x + vx - label->node_x;
      y = label->y + vy - label->node_y;

      pango_layout_get_pixel_extents (label->layout, NULL, &extents);
      gsk_rounded_rect_init_from_rect (&halo,
                                       &GRAPHENE_RECT_INIT (x, y,
                                                            extents.width + 2 * LABEL_PADDING_X,
                                                            extents.height + 2 * LABEL_PADDING_Y),
                                       4);
      gtk_snapshot_push_rounded_clip (snapshot, &halo);
      gtk_snapshot_append_color (snapshot, &background, &halo.bounds);
      gtk_snapshot_pop (snapshot);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + LABEL_PADDING_X - extents.x,
                                                              y + LABEL_PADDING_Y - extents.y));
      gtk_snapshot_append_layout (snapshot, label->layout, muted ? &dim : &foreground);
      gtk_snapshot_restore (snapshot);
    }
}