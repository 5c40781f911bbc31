/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-style.c: how the graph view's things look: palettes, link styles, colours of the theme, shapes. */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include "model/liaison-language.h"
#include "liaison-graph-view-private.h"

/* Okabe and Ito's palette, safe for colour-blind eyes, for countries. */
static const GdkRGBA country_colors[N_COUNTRY_COLORS] = {
  { 0.902f, 0.624f, 0.000f, 1 },   /* orange */
  { 0.337f, 0.706f, 0.914f, 1 },   /* sky blue */
  { 0.000f, 0.620f, 0.451f, 1 },   /* bluish green */
  { 0.000f, 0.447f, 0.698f, 1 },   /* blue */
  { 0.835f, 0.369f, 0.000f, 1 },   /* vermilion */
  { 0.800f, 0.475f, 0.655f, 1 },   /* reddish purple */
  { 0.941f, 0.894f, 0.259f, 1 },   /* yellow */
};

/* Paul Tol's "muted" scheme, also safe, for kinds of organization. */
static const GdkRGBA kind_colors[N_KIND_COLORS] = {
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

const LinkLook _liaison_graph_view_link_looks[N_LINK_STYLES] = {
  [LINK_STYLE_OTHER]           = { 1.0f, 0.45f, { 0 }, 0 },
  [LINK_STYLE_MOU]             = { 2.4f, 0.75f, { 0 }, 0 },
  [LINK_STYLE_PARTNERSHIP]     = { 1.4f, 0.65f, { 0 }, 0 },
  [LINK_STYLE_CO_ORGANIZATION] = { 1.5f, 0.65f, { 7, 4 }, 2 },
  [LINK_STYLE_MEMBERSHIP]      = { 2.0f, 0.70f, { 2, 3 }, 2 },
  [LINK_STYLE_REGIONAL_OFFICE] = { 1.5f, 0.65f, { 9, 3, 1.5f, 3 }, 4 },
  [LINK_STYLE_SUPPORT]         = { 1.2f, 0.60f, { 3, 3 }, 2 },
  [LINK_STYLE_DERIVED]         = { 1.0f, 0.35f, { 7, 4 }, 2 },
  [LINK_STYLE_PARTICIPATION]   = { 0.8f, 0.28f, { 0 }, 0 },
};

void
_liaison_graph_view_project (Projection               *projection,
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

LinkStyle
_liaison_graph_view_link_style (const LiaisonGraphEdge *edge)
{
  if (edge->flags & LIAISON_GRAPH_EDGE_PARTICIPATION)
    return LINK_STYLE_PARTICIPATION;
  if (edge->flags & LIAISON_GRAPH_EDGE_DERIVED)
    return LINK_STYLE_DERIVED;

  switch ((LiaisonLinkKind) edge->kind)
    {
    case LIAISON_LINK_KIND_MOU: return LINK_STYLE_MOU;
    case LIAISON_LINK_KIND_PARTNERSHIP: return LINK_STYLE_PARTNERSHIP;
    case LIAISON_LINK_KIND_CO_ORGANIZATION: return LINK_STYLE_CO_ORGANIZATION;
    case LIAISON_LINK_KIND_MEMBERSHIP: return LINK_STYLE_MEMBERSHIP;
    case LIAISON_LINK_KIND_REGIONAL_OFFICE: return LINK_STYLE_REGIONAL_OFFICE;
    case LIAISON_LINK_KIND_SUPPORT: return LINK_STYLE_SUPPORT;
    case LIAISON_LINK_KIND_OTHER:
    default: return LINK_STYLE_OTHER;
    }
}

gboolean
_liaison_graph_view_coloring_by_kind (LiaisonGraphView *self)
{
  return g_strcmp0 (self->color_by, "kind") == 0;
}

/* The colour slot of a node: a palette index, COLOR_SLOT_OTHER or
 * COLOR_SLOT_EVENT. */
guint
_liaison_graph_view_color_slot (LiaisonGraphView       *self,
                                const LiaisonGraphNode *node)
{
  if (_liaison_graph_view_coloring_by_kind (self))
    {
      if (node->type == LIAISON_GRAPH_NODE_EVENT)
        return COLOR_SLOT_EVENT;
      return MIN (node->kind, N_KIND_COLORS - 1);
    }
  else
    {
      guint n_groups;
      const char * const *groups = liaison_graph_get_groups (self->graph, &n_groups);
      guint rank = 0;

      /* Countries in order of size take the colours; nodes without a
       * country, and the small countries past the palette, are grey. */
      if (groups[node->group][0] == '\0')
        return COLOR_SLOT_OTHER;
      for (guint g = 0; g < node->group; g++)
        rank += groups[g][0] != '\0';

      return rank < N_COUNTRY_COLORS ? rank : COLOR_SLOT_OTHER;
    }
}

const GdkRGBA *
_liaison_graph_view_slot_color (LiaisonGraphView *self,
                                guint             slot)
{
  if (slot == COLOR_SLOT_EVENT)
    return &event_color;
  if (slot == COLOR_SLOT_OTHER)
    return &other_color;
  if (_liaison_graph_view_coloring_by_kind (self))
    return slot < N_KIND_COLORS ? &kind_colors[slot] : &other_color;

  /* No node takes the slots past the country palette. */
  return slot < N_COUNTRY_COLORS ? &country_colors[slot] : &other_color;
}

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

void
_liaison_graph_view_get_background (GdkRGBA *color)
{
  if (is_dark ())
    *color = (GdkRGBA) { 0.118f, 0.118f, 0.118f, 1 };
  else
    *color = (GdkRGBA) { 1, 1, 1, 1 };
}

void
_liaison_graph_view_get_foreground (LiaisonGraphView *self,
                                    GdkRGBA          *color)
{
  gtk_widget_get_color (GTK_WIDGET (self), color);
  color->alpha = 1;
}

void
_liaison_graph_view_get_accent (GdkRGBA *color)
{
  g_autofree GdkRGBA *accent = adw_style_manager_get_accent_color_rgba (adw_style_manager_get_default ());

  *color = *accent;
}

gboolean
_liaison_graph_view_is_faded (LiaisonGraphView       *self,
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
void
_liaison_graph_view_add_node_shape (GskPathBuilder         *builder,
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

GskStroke *
_liaison_graph_view_link_stroke (LinkStyle style,
                                 double    scale)
{
  const LinkLook *look = &_liaison_graph_view_link_looks[style];
  GskStroke *stroke = gsk_stroke_new (look->width * scale);

  if (look->n_dash > 0)
    gsk_stroke_set_dash (stroke, look->dash, look->n_dash);

  return stroke;
}

void
_liaison_graph_view_append_path (GtkSnapshot    *snapshot,
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

/* Text for the graph in the interface language, @scale times the
 * widget's font; wrapped on two lines at most when @max_width > 0. */
PangoLayout *
_liaison_graph_view_make_layout (LiaisonGraphView *self,
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
