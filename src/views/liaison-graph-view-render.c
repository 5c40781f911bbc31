/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-render.c: how the graph view draws: links, nodes, labels that never overlap, the legend, export.
 *
 * Links and nodes are drawn as a few large paths, one per style (a link
 * kind, a colour), so that a frame holds some tens of render nodes
 * whatever the size of the network, leaving out what is out of sight.
 * They are drawn in view coordinates: the cairo renderer strokes and
 * fills several times slower under a scaling transform. That scene is
 * kept while neither camera, positions nor styles change. Labels are placed each frame in view coordinates, the most
 * important first, each only where it overlaps no other label and no node.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "model/liaison-language.h"
#include "liaison-graph-view-private.h"

/* Okabe and Ito's palette, safe for colour-blind eyes, for countries. */
static const GdkRGBA country_colors[] = {
  { 0.902f, 0.624f, 0.000f, 1 },   /* orange */
  { 0.337f, 0.706f, 0.914f, 1 },   /* sky blue */
  { 0.000f, 0.620f, 0.451f, 1 },   /* bluish green */
  { 0.000f, 0.447f, 0.698f, 1 },   /* blue */
  { 0.835f, 0.369f, 0.000f, 1 },   /* vermilion */
  { 0.800f, 0.475f, 0.655f, 1 },   /* reddish purple */
  { 0.941f, 0.894f, 0.259f, 1 },   /* yellow */
};
#define N_COUNTRY_COLORS G_N_ELEMENTS (country_colors)

/* Paul Tol's "muted" scheme, also safe, for kinds of organization. */
static const GdkRGBA kind_colors[] = {
  { 0.733f, 0.733f, 0.733f, 1 },   /* other: grey */
  { 0.533f, 0.800f, 0.933f, 1 },   /* city: cyan */
  { 0.200f, 0.133f, 0.533f, 1 },   /* national agency: indigo */
  { 0.067f, 0.467f, 0.200f, 1 },   /* international: green */
  { 0.800f, 0.400f, 0.467f, 1 },   /* network: rose */
  { 0.867f, 0.800f, 0.467f, 1 },   /* company: sand */
  { 0.667f, 0.267f, 0.600f, 1 },   /* research: purple */
  { 0.267f, 0.667f, 0.600f, 1 },   /* venue: teal */
};
static const GdkRGBA event_color = { 0.533f, 0.133f, 0.333f, 1 };  /* wine */
static const GdkRGBA other_color = { 0.600f, 0.600f, 0.600f, 1 };

#define N_COLORS 10     /* colour slots: palettes plus "other" */
#define SLOT_OTHER 8
#define SLOT_EVENT 9

typedef enum
{
  STYLE_OTHER,
  STYLE_MOU,
  STYLE_PARTNERSHIP,
  STYLE_CO_ORGANIZATION,
  STYLE_MEMBERSHIP,
  STYLE_REGIONAL_OFFICE,
  STYLE_SUPPORT,
  STYLE_DERIVED,
  STYLE_PARTICIPATION,
  N_STYLES
} EdgeStyle;

/* Widths and dashes in pixels. */
static const struct
{
  float  width;
  float  alpha;
  float  dash[4];
  guint  n_dash;
  gboolean round;
} edge_styles[N_STYLES] = {
  [STYLE_OTHER]           = { 1.0f, 0.45f, { 0 }, 0, FALSE },
  [STYLE_MOU]             = { 2.4f, 0.75f, { 0 }, 0, FALSE },
  [STYLE_PARTNERSHIP]     = { 1.4f, 0.65f, { 0 }, 0, FALSE },
  [STYLE_CO_ORGANIZATION] = { 1.5f, 0.65f, { 7, 4 }, 2, FALSE },
  [STYLE_MEMBERSHIP]      = { 2.0f, 0.70f, { 2, 3 }, 2, FALSE },
  [STYLE_REGIONAL_OFFICE] = { 1.5f, 0.65f, { 9, 3, 1.5f, 3 }, 4, FALSE },
  [STYLE_SUPPORT]         = { 1.2f, 0.60f, { 3, 3 }, 2, FALSE },
  [STYLE_DERIVED]         = { 1.0f, 0.35f, { 7, 4 }, 2, FALSE },
  [STYLE_PARTICIPATION]   = { 0.8f, 0.28f, { 0 }, 0, FALSE },
};

#define FADED_ALPHA     0.14f
#define LABEL_MAX_WIDTH 170
#define LABEL_PADDING_X 4.0
#define LABEL_PADDING_Y 1.5
#define MAX_LABELS      400
#define MAX_LABEL_TRIES 3000
#define MAX_RESERVED    6000
#define SHORT_NAME_ZOOM 0.75

/* Where the camera puts world points in a view: scenes are drawn in view
 * coordinates, as the cairo renderer is many times slower under a scale. */
typedef struct
{
  double zoom;
  double ox;
  double oy;
  double width;
  double height;
} Projection;

static void
projection_init (Projection               *projection,
                 const LiaisonGraphCamera *camera,
                 double                    width,
                 double                    height)
{
  projection->zoom = camera->zoom;
  projection->ox = width / 2 - camera->x * camera->zoom;
  projection->oy = height / 2 - camera->y * camera->zoom;
  projection->width = width;
  projection->height = height;
}

static EdgeStyle
style_of (const LiaisonGraphEdge *edge)
{
  if (edge->flags & LIAISON_GRAPH_EDGE_PARTICIPATION)
    return STYLE_PARTICIPATION;
  if (edge->flags & LIAISON_GRAPH_EDGE_DERIVED)
    return STYLE_DERIVED;

  switch ((LiaisonLinkKind) edge->kind)
    {
    case LIAISON_LINK_KIND_MOU: return STYLE_MOU;
    case LIAISON_LINK_KIND_PARTNERSHIP: return STYLE_PARTNERSHIP;
    case LIAISON_LINK_KIND_CO_ORGANIZATION: return STYLE_CO_ORGANIZATION;
    case LIAISON_LINK_KIND_MEMBERSHIP: return STYLE_MEMBERSHIP;
    case LIAISON_LINK_KIND_REGIONAL_OFFICE: return STYLE_REGIONAL_OFFICE;
    case LIAISON_LINK_KIND_SUPPORT: return STYLE_SUPPORT;
    case LIAISON_LINK_KIND_OTHER:
    default: return STYLE_OTHER;
    }
}

static gboolean
coloring_by_kind (LiaisonGraphView *self)
{
  return g_strcmp0 (self->color_by, "kind") == 0;
}

/* The colour slot of a node: a palette index, SLOT_OTHER or SLOT_EVENT. */
static guint
slot_of (LiaisonGraphView       *self,
         const LiaisonGraphNode *node)
{
  if (coloring_by_kind (self))
    {
      if (node->type == LIAISON_GRAPH_NODE_EVENT)
        return SLOT_EVENT;
      return MIN (node->kind, G_N_ELEMENTS (kind_colors) - 1);
    }
  else
    {
      guint n_groups;
      const char * const *groups = liaison_graph_get_groups (self->graph, &n_groups);
      guint rank = 0;

      /* Countries in order of size take the colours; nodes without a
       * country, and the small countries past the palette, are grey. */
      if (groups[node->group][0] == '\0')
        return SLOT_OTHER;
      for (guint g = 0; g < node->group; g++)
        rank += groups[g][0] != '\0';

      return rank < N_COUNTRY_COLORS ? rank : SLOT_OTHER;
    }
}

static const GdkRGBA *
color_of_slot (LiaisonGraphView *self,
               guint             slot)
{
  if (slot == SLOT_EVENT)
    return &event_color;
  if (slot == SLOT_OTHER)
    return &other_color;
  if (coloring_by_kind (self))
    return &kind_colors[slot];

  return &country_colors[slot];
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
get_background (GdkRGBA *color)
{
  if (is_dark ())
    *color = (GdkRGBA) { 0.118f, 0.118f, 0.118f, 1 };
  else
    *color = (GdkRGBA) { 1, 1, 1, 1 };
}

static void
get_foreground (LiaisonGraphView *self,
                GdkRGBA          *color)
{
  gtk_widget_get_color (GTK_WIDGET (self), color);
  color->alpha = 1;
}

static void
get_accent (GdkRGBA *color)
{
  g_autofree GdkRGBA *accent = adw_style_manager_get_accent_color_rgba (adw_style_manager_get_default ());

  *color = *accent;
}

static gboolean
is_faded (LiaisonGraphView       *self,
          const LiaisonGraphNode *node)
{
  return !liaison_graph_node_is_current (node, self->date);
}

/* Whether the filter lets @node through. */
gboolean
_liaison_graph_view_is_shown (LiaisonGraphView *self,
                              guint             node)
{
  return (liaison_graph_get_nodes (self->graph)[node].flags & LIAISON_GRAPH_NODE_HIDDEN) == 0;
}

/* A node's disc (or an event's diamond) in view coordinates, @grow
 * pixels larger. */
static void
add_node_shape (GskPathBuilder         *builder,
                const LiaisonGraphNode *node,
                const Projection       *projection,
                double                  grow)
{
  double x = node->x * projection->zoom + projection->ox;
  double y = node->y * projection->zoom + projection->oy;
  double r = node->size * projection->zoom + grow;

  if (node->type == LIAISON_GRAPH_NODE_EVENT)
    {
      /* A diamond of about the area the disc would have. */
      double d = r * 1.25;

      gsk_path_builder_move_to (builder, x, y - d);
      gsk_path_builder_line_to (builder, x + d, y);
      gsk_path_builder_line_to (builder, x, y + d);
      gsk_path_builder_line_to (builder, x - d, y);
      gsk_path_builder_close (builder);
    }
  else
    gsk_path_builder_add_circle (builder, &GRAPHENE_POINT_INIT (x, y), r);
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

static GskStroke *
stroke_for (EdgeStyle style,
            double    scale)
{
  GskStroke *stroke = gsk_stroke_new (edge_styles[style].width * scale);

  if (edge_styles[style].n_dash > 0)
    gsk_stroke_set_dash (stroke, edge_styles[style].dash, edge_styles[style].n_dash);
  if (edge_styles[style].round)
    gsk_stroke_set_line_cap (stroke, GSK_LINE_CAP_ROUND);

  return stroke;
}

static void
append_path (GtkSnapshot    *snapshot,
             GskPathBuilder *builder,
             GskStroke      *stroke,
             const GdkRGBA  *fill,
             const GdkRGBA  *outline)
{
  g_autoptr(GskPath) path = gsk_path_builder_free_to_path (builder);

  if (fill != NULL)
    gtk_snapshot_append_fill (snapshot, path, GSK_FILL_RULE_WINDING, fill);
  if (stroke != NULL)
    gtk_snapshot_append_stroke (snapshot, path, stroke, outline);
}

static void
draw_edges (LiaisonGraphView *self,
            GtkSnapshot      *snapshot,
            const Projection *projection,
            const guint8     *only,
            int               only_node,
            double            scale)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  const LiaisonGraphEdge *edges = liaison_graph_get_edges (self->graph);
  guint n_edges = liaison_graph_get_n_edges (self->graph);
  GskPathBuilder *builders[N_STYLES][2] = { { NULL } };
  GdkRGBA foreground;

  get_foreground (self, &foreground);

  for (guint e = 0; e < n_edges; e++)
    {
      const LiaisonGraphEdge *edge = &edges[e];
      const LiaisonGraphNode *source = &nodes[edge->source];
      const LiaisonGraphNode *target = &nodes[edge->target];
      double x1 = source->x * projection->zoom + projection->ox;
      double y1 = source->y * projection->zoom + projection->oy;
      double x2 = target->x * projection->zoom + projection->ox;
      double y2 = target->y * projection->zoom + projection->oy;
      EdgeStyle style;
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

      style = style_of (edge);
      faded = !liaison_graph_edge_is_current (edge, self->date) || is_faded (self, source) || is_faded (self, target);
      if (builders[style][faded] == NULL)
        builders[style][faded] = gsk_path_builder_new ();
      gsk_path_builder_move_to (builders[style][faded], x1, y1);
      gsk_path_builder_line_to (builders[style][faded], x2, y2);
    }

  for (guint faded = 0; faded < 2; faded++)
    for (guint style = 0; style < N_STYLES; style++)
      {
        g_autoptr(GskStroke) stroke = NULL;
        GdkRGBA color = foreground;

        if (builders[style][faded] == NULL)
          continue;

        stroke = stroke_for (style, scale);
        color.alpha = MIN (1.0, edge_styles[style].alpha * (scale > 1 ? 1.3 : 1.0)) * (faded ? FADED_ALPHA : 1);
        append_path (snapshot, builders[style][faded], stroke, NULL, &color);
      }
}

static void
draw_nodes (LiaisonGraphView *self,
            GtkSnapshot      *snapshot,
            const Projection *projection,
            const guint8     *only)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);
  GskPathBuilder *builders[N_COLORS][2] = { { NULL } };
  g_autoptr(GskStroke) outline = gsk_stroke_new (1.5);
  GdkRGBA background;

  get_background (&background);

  for (guint i = 0; i < n; i++)
    {
      guint slot;
      gboolean faded;

      if (nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN)
        continue;
      if ((only != NULL && !only[i]) || node_is_outside (&nodes[i], projection))
        continue;

      slot = slot_of (self, &nodes[i]);
      faded = is_faded (self, &nodes[i]);
      if (builders[slot][faded] == NULL)
        builders[slot][faded] = gsk_path_builder_new ();
      add_node_shape (builders[slot][faded], &nodes[i], projection, 0);
    }

  for (guint faded = 0; faded < 2; faded++)
    for (guint slot = 0; slot < N_COLORS; slot++)
      {
        GdkRGBA fill, ring = background;

        if (builders[slot][faded] == NULL)
          continue;

        fill = *color_of_slot (self, slot);
        if (faded)
          {
            fill.alpha = 0.25f;
            ring.alpha = 0.3f;
          }
        append_path (snapshot, builders[slot][faded], outline, &fill, &ring);
      }
}

static void
ensure_scene (LiaisonGraphView *self,
              const Projection *projection)
{
  g_autoptr(GtkSnapshot) snapshot = NULL;

  if (self->scene != NULL && memcmp (&self->scene_projection, projection, sizeof *projection) == 0)
    return;

  g_clear_pointer (&self->scene, gsk_render_node_unref);
  snapshot = gtk_snapshot_new ();
  draw_edges (self, snapshot, projection, NULL, -1, 1.0);
  draw_nodes (self, snapshot, projection, NULL);
  self->scene = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  memcpy (&self->scene_projection, projection, sizeof *projection);
}

void
_liaison_graph_view_invalidate_scene (LiaisonGraphView *self)
{
  g_clear_pointer (&self->scene, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

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
  add_node_shape (builder, node, projection, gap + width / 2);
  append_path (snapshot, builder, stroke, NULL, color);
}

/* ---------------------------------------------------------------------- */
/* Labels                                                                  */

static int
compare_importance (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const LiaisonGraphNode *nodes = user_data;
  const LiaisonGraphNode *node_a = &nodes[*(const guint *) a];
  const LiaisonGraphNode *node_b = &nodes[*(const guint *) b];

  if (node_a->importance != node_b->importance)
    return node_a->importance > node_b->importance ? -1 : 1;
  if (node_a->type != node_b->type)
    return node_a->type < node_b->type ? -1 : 1;

  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

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
  g_sort_array (self->label_order, n, sizeof (guint), compare_importance, liaison_graph_get_nodes (self->graph));
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

static PangoLanguage *
interface_pango_language (void)
{
  const char *language = liaison_language_get_current ();

  /* So that Han characters take the Japanese, Chinese or Korean forms. */
  if (g_str_equal (language, "zh_CN"))
    return pango_language_from_string ("zh-cn");
  if (g_str_equal (language, "zh_TW"))
    return pango_language_from_string ("zh-tw");

  return pango_language_from_string (language);
}

static PangoLayout *
make_layout (LiaisonGraphView *self,
             const char       *text,
             double            scale,
             gboolean          bold,
             int               max_width)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_context_set_language (pango_layout_get_context (layout), interface_pango_language ());
  pango_layout_context_changed (layout);
  pango_attr_list_insert (attributes, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);

  if (max_width > 0)
    {
      pango_layout_set_width (layout, max_width * PANGO_SCALE);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_height (layout, -2);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  return layout;
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
      self->label_layouts[node] = make_layout (self, name, 0.85, bold, LABEL_MAX_WIDTH);
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
      if (liaison_label_placer_place (self->placer, spots[s].x, spots[s].y, w, h))
        {
          LiaisonGraphLabel label = { node_index, spots[s].x, spots[s].y, layout };

          g_array_append_val (self->labels, label);
          return TRUE;
        }
    }

  return FALSE;
}

static void
place_labels (LiaisonGraphView         *self,
              const LiaisonGraphCamera *camera,
              double                    width,
              double                    height,
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

  /* Labels keep off the legend (as the last frame drew it) … */
  if (self->show_legend && self->legend_width > 0)
    liaison_label_placer_reserve (self->placer, 12, height - 12 - self->legend_height,
                                  self->legend_width, self->legend_height);

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

        if ((nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN) || is_faded (self, &nodes[i]))
          continue;
        if ((int) i == first[0] || (int) i == first[1] || (int) i == first[2])
          continue;
        if (highlight != NULL && (pass == 0) != (highlight[i] != 0))
          continue;

        tries++;
        try_label (self, camera, width, height, i, short_name && (highlight == NULL || !highlight[i]), max_importance);
      }
}

static void
draw_labels (LiaisonGraphView *self,
             GtkSnapshot      *snapshot,
             const guint8     *highlight)
{
  GdkRGBA foreground, background, dim;

  get_foreground (self, &foreground);
  get_background (&background);
  background.alpha = 0.82f;
  dim = foreground;
  dim.alpha = 0.45f;

  for (guint k = 0; k < self->labels->len; k++)
    {
      const LiaisonGraphLabel *label = &g_array_index (self->labels, LiaisonGraphLabel, k);
      PangoRectangle extents;
      GskRoundedRect halo;
      gboolean muted = highlight != NULL && !highlight[label->node];

      pango_layout_get_pixel_extents (label->layout, NULL, &extents);
      gsk_rounded_rect_init_from_rect (&halo,
                                       &GRAPHENE_RECT_INIT (label->x, label->y,
                                                            extents.width + 2 * LABEL_PADDING_X,
                                                            extents.height + 2 * LABEL_PADDING_Y),
                                       4);
      gtk_snapshot_push_rounded_clip (snapshot, &halo);
      gtk_snapshot_append_color (snapshot, &background, &halo.bounds);
      gtk_snapshot_pop (snapshot);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (label->x + LABEL_PADDING_X - extents.x,
                                                              label->y + LABEL_PADDING_Y - extents.y));
      gtk_snapshot_append_layout (snapshot, label->layout, muted ? &dim : &foreground);
      gtk_snapshot_restore (snapshot);
    }
}

/* ---------------------------------------------------------------------- */
/* The legend                                                              */

typedef struct
{
  char     *text;
  int       slot;    /* a colour slot, or -1 */
  int       style;   /* an EdgeStyle, or -1 */
  gboolean  event;   /* a diamond */
  gboolean  heading;
} LegendEntry;

static void
legend_entry_clear (gpointer data)
{
  LegendEntry *entry = data;

  g_free (entry->text);
}

static void
add_entry (GArray     *entries,
           const char *text,
           int         slot,
           int         style,
           gboolean    event,
           gboolean    heading)
{
  LegendEntry entry = { g_strdup (text), slot, style, event, heading };

  g_array_append_val (entries, entry);
}

static void
collect_node_legend (LiaisonGraphView *self,
                     GArray           *entries)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);
  gboolean used[N_COLORS] = { FALSE };
  gboolean any_event = FALSE;

  for (guint i = 0; i < n; i++)
    {
      if (nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN)
        continue;
      used[slot_of (self, &nodes[i])] = TRUE;
      any_event |= nodes[i].type == LIAISON_GRAPH_NODE_EVENT;
    }

  if (coloring_by_kind (self))
    {
      add_entry (entries, _("Kinds"), -1, -1, FALSE, TRUE);
      for (guint kind = 1; kind <= G_N_ELEMENTS (kind_colors); kind++)
        {
          guint slot = kind % G_N_ELEMENTS (kind_colors);   /* "other" last */

          if (used[slot])
            add_entry (entries, liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND, slot), slot, -1, FALSE, FALSE);
        }
    }
  else
    {
      guint n_groups, rank = 0;
      const char * const *groups = liaison_graph_get_groups (self->graph, &n_groups);

      add_entry (entries, _("Countries"), -1, -1, FALSE, TRUE);
      for (guint g = 0; g < n_groups && rank < N_COUNTRY_COLORS; g++)
        {
          if (groups[g][0] == '\0')
            continue;
          if (used[rank])
            add_entry (entries, groups[g], rank, -1, FALSE, FALSE);
          rank++;
        }
      if (used[SLOT_OTHER])
        add_entry (entries, C_("countries", "Other or none"), SLOT_OTHER, -1, FALSE, FALSE);
    }

  if (any_event)
    add_entry (entries, _("Event"), coloring_by_kind (self) ? SLOT_EVENT : -1, -1, TRUE, FALSE);

  add_entry (entries,
             g_strcmp0 (self->size_by, "betweenness") == 0
               ? _("Size: betweenness")
               : _("Size: number of links"),
             -1, -1, FALSE, FALSE);
}

static void
collect_link_legend (LiaisonGraphView *self,
                     GArray           *entries)
{
  const LiaisonGraphEdge *edges = liaison_graph_get_edges (self->graph);
  guint n_edges = liaison_graph_get_n_edges (self->graph);
  gboolean used[N_STYLES] = { FALSE };
  static const LiaisonLinkKind kinds[] = {
    [STYLE_OTHER] = LIAISON_LINK_KIND_OTHER,
    [STYLE_MOU] = LIAISON_LINK_KIND_MOU,
    [STYLE_PARTNERSHIP] = LIAISON_LINK_KIND_PARTNERSHIP,
    [STYLE_CO_ORGANIZATION] = LIAISON_LINK_KIND_CO_ORGANIZATION,
    [STYLE_MEMBERSHIP] = LIAISON_LINK_KIND_MEMBERSHIP,
    [STYLE_REGIONAL_OFFICE] = LIAISON_LINK_KIND_REGIONAL_OFFICE,
    [STYLE_SUPPORT] = LIAISON_LINK_KIND_SUPPORT,
  };

  for (guint e = 0; e < n_edges; e++)
    used[style_of (&edges[e])] = TRUE;

  add_entry (entries, _("Links"), -1, -1, FALSE, TRUE);
  for (guint style = STYLE_MOU; style <= STYLE_SUPPORT; style++)
    if (used[style])
      add_entry (entries, liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, kinds[style]), -1, style, FALSE, FALSE);
  if (used[STYLE_OTHER])
    add_entry (entries, liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, LIAISON_LINK_KIND_OTHER), -1, STYLE_OTHER, FALSE, FALSE);
  if (used[STYLE_DERIVED])
    add_entry (entries, _("Co-organized an event"), -1, STYLE_DERIVED, FALSE, FALSE);
  if (used[STYLE_PARTICIPATION])
    add_entry (entries, _("Took part in an event"), -1, STYLE_PARTICIPATION, FALSE, FALSE);
}

#define LEGEND_ROW     18.0
#define LEGEND_SWATCH  26.0
#define LEGEND_PADDING 10.0
#define LEGEND_GAP     18.0

static double
measure_column (LiaisonGraphView *self,
                GArray           *entries,
                GPtrArray        *layouts)
{
  double width = 0;

  for (guint k = 0; k < entries->len; k++)
    {
      LegendEntry *entry = &g_array_index (entries, LegendEntry, k);
      PangoLayout *layout = make_layout (self, entry->text, 0.85, entry->heading, 0);
      PangoRectangle extents;
      double indent = entry->heading || (entry->slot < 0 && entry->style < 0 && !entry->event) ? 0 : LEGEND_SWATCH;

      pango_layout_get_pixel_extents (layout, NULL, &extents);
      width = MAX (width, indent + extents.width);
      g_ptr_array_add (layouts, layout);
    }

  return width;
}

static void
draw_column (LiaisonGraphView *self,
             GtkSnapshot      *snapshot,
             GArray           *entries,
             GPtrArray        *layouts,
             double            x,
             double            y)
{
  GdkRGBA foreground, background;

  get_foreground (self, &foreground);
  get_background (&background);

  for (guint k = 0; k < entries->len; k++)
    {
      LegendEntry *entry = &g_array_index (entries, LegendEntry, k);
      double row_y = y + k * LEGEND_ROW;
      double middle = row_y + LEGEND_ROW / 2;
      double indent = 0;

      if (entry->slot >= 0 || entry->event)
        {
          LiaisonGraphNode node = { 0 };
          Projection identity = { 1, 0, 0, G_MAXDOUBLE, G_MAXDOUBLE };
          GskPathBuilder *builder = gsk_path_builder_new ();
          g_autoptr(GskStroke) ring = gsk_stroke_new (1.0);
          GdkRGBA fill = entry->slot >= 0 ? *color_of_slot (self, entry->slot) : background;

          node.x = x + 8;
          node.y = middle;
          node.size = 5;
          node.type = entry->event ? LIAISON_GRAPH_NODE_EVENT : LIAISON_GRAPH_NODE_ORGANIZATION;
          add_node_shape (builder, &node, &identity, 0);
          append_path (snapshot, builder, ring, &fill, entry->slot >= 0 ? &background : &foreground);
          indent = LEGEND_SWATCH;
        }
      else if (entry->style >= 0)
        {
          GskPathBuilder *builder = gsk_path_builder_new ();
          g_autoptr(GskStroke) stroke = stroke_for (entry->style, 1.0);
          GdkRGBA color = foreground;

          color.alpha = edge_styles[entry->style].alpha;
          gsk_path_builder_move_to (builder, x, middle);
          gsk_path_builder_line_to (builder, x + LEGEND_SWATCH - 6, middle);
          append_path (snapshot, builder, stroke, NULL, &color);
          indent = LEGEND_SWATCH;
        }

      {
        PangoLayout *layout = layouts->pdata[k];
        PangoRectangle extents;
        GdkRGBA color = foreground;

        if (!entry->heading && indent == 0)
          color.alpha = 0.7f;
        pango_layout_get_pixel_extents (layout, NULL, &extents);
        gtk_snapshot_save (snapshot);
        gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + indent - extents.x,
                                                                middle - extents.height / 2.0 - extents.y));
        gtk_snapshot_append_layout (snapshot, layout, &color);
        gtk_snapshot_restore (snapshot);
      }
    }
}

/* Two columns, nodes and links, in a card at the bottom left. */
static void
draw_legend (LiaisonGraphView *self,
             GtkSnapshot      *snapshot,
             double            width,
             double            height,
             gboolean          on_screen)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (LegendEntry));
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (LegendEntry));
  g_autoptr(GPtrArray) node_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) link_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  double node_width, link_width, card_width, card_height, x, y;
  GskRoundedRect card;
  GdkRGBA background, border;

  g_array_set_clear_func (nodes, legend_entry_clear);
  g_array_set_clear_func (links, legend_entry_clear);
  collect_node_legend (self, nodes);
  collect_link_legend (self, links);
  if (links->len == 1)
    g_array_set_size (links, 0);

  node_width = measure_column (self, nodes, node_layouts);
  link_width = measure_column (self, links, link_layouts);
  card_width = node_width + (links->len > 0 ? LEGEND_GAP + link_width : 0) + 2 * LEGEND_PADDING;
  card_height = MAX (nodes->len, links->len) * LEGEND_ROW + 2 * LEGEND_PADDING;
  x = 12;
  y = height - 12 - card_height;

  if (card_width > width - 24 || y < 12)
    return;

  if (on_screen)
    {
      self->legend_width = card_width;
      self->legend_height = card_height;
    }

  get_background (&background);
  background.alpha = 0.92f;
  get_foreground (self, &border);
  border.alpha = 0.15f;
  gsk_rounded_rect_init_from_rect (&card, &GRAPHENE_RECT_INIT (x, y, card_width, card_height), 10);
  gtk_snapshot_push_rounded_clip (snapshot, &card);
  gtk_snapshot_append_color (snapshot, &background, &card.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &card, (float[]) { 1, 1, 1, 1 },
                              (GdkRGBA[]) { border, border, border, border });

  draw_column (self, snapshot, nodes, node_layouts, x + LEGEND_PADDING, y + LEGEND_PADDING);
  if (links->len > 0)
    draw_column (self, snapshot, links, link_layouts, x + LEGEND_PADDING + node_width + LEGEND_GAP, y + LEGEND_PADDING);
}

/* ---------------------------------------------------------------------- */
/* A frame                                                                 */

/* Draws the graph as @camera sees it in a @width × @height area. On
 * screen, the scene is kept between frames and the keyboard focus is
 * shown; off screen everything is drawn afresh. */
void
_liaison_graph_view_draw (LiaisonGraphView         *self,
                          GtkSnapshot              *snapshot,
                          const LiaisonGraphCamera *camera,
                          double                    width,
                          double                    height,
                          gboolean                  on_screen)
{
  const LiaisonGraphNode *nodes;
  g_autofree guint8 *highlight = NULL;
  int center = -1;
  Projection projection;
  GdkRGBA accent, foreground, dim;

  if (self->graph == NULL || liaison_graph_get_n_nodes (self->graph) == 0)
    return;

  nodes = liaison_graph_get_nodes (self->graph);
  get_accent (&accent);
  get_foreground (self, &foreground);
  get_background (&dim);
  dim.alpha = 0.72f;
  if (on_screen)
    highlight = dup_highlight (self, &center);

  projection_init (&projection, camera, width, height);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (on_screen)
    {
      ensure_scene (self, &projection);
      gtk_snapshot_append_node (snapshot, self->scene);
    }
  else
    {
      draw_edges (self, snapshot, &projection, NULL, -1, 1.0);
      draw_nodes (self, snapshot, &projection, NULL);
    }

  /* A neighbourhood in focus: the rest fades behind a veil. */
  if (highlight != NULL)
    {
      gtk_snapshot_append_color (snapshot, &dim, &GRAPHENE_RECT_INIT (0, 0, width, height));
      draw_edges (self, snapshot, &projection, highlight, center, 1.6);
      draw_nodes (self, snapshot, &projection, highlight);
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

  place_labels (self, camera, width, height, highlight);
  draw_labels (self, snapshot, highlight);

  if (on_screen)
    self->legend_width = self->legend_height = 0;
  if (self->show_legend)
    draw_legend (self, snapshot, width, height, on_screen);

  gtk_snapshot_pop (snapshot);
}

/* ---------------------------------------------------------------------- */
/* Off screen                                                              */

/* The render node of the whole graph in a @width × @height frame, fitted
 * to it when @fit, else as the view shows it. */
GskRenderNode *
liaison_graph_view_render (LiaisonGraphView *self,
                           int               width,
                           int               height,
                           gboolean          fit)
{
  g_autoptr(GtkSnapshot) snapshot = NULL;
  LiaisonGraphCamera camera = self->camera;
  GdkRGBA background;

  g_return_val_if_fail (LIAISON_IS_GRAPH_VIEW (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  if (fit && self->graph != NULL)
    {
      double x1, y1, x2, y2;

      if (liaison_graph_get_bounds (self->graph, TRUE, &x1, &y1, &x2, &y2))
        liaison_graph_camera_fit (&camera, width, height, x1, y1, x2, y2, MIN (width, height) / 12.0);
    }

  snapshot = gtk_snapshot_new ();
  get_background (&background);
  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));
  _liaison_graph_view_draw (self, snapshot, &camera, width, height, FALSE);

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
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

  node = liaison_graph_view_render (self, width, height, TRUE);

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
