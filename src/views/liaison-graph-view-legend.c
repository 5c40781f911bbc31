/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-legend.c: the graph view's legend: what colours, shapes, sizes and lines mean.
 *
 * A compact card in the bottom left corner: entries flow along lines,
 * a section to a paragraph (the colours, what sizes show, the links), in
 * smaller type than the labels. Only what the graph shows is listed.
 * When the card would take too much of a small view, the links' section
 * goes first, then the whole legend.
 */

#define G_LOG_DOMAIN "liaison-graph-view"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-graph-view-private.h"

#define LEGEND_SCALE      0.8
#define LEGEND_MARGIN     12.0   /* from the view's edges */
#define LEGEND_PADDING    8.0
#define LEGEND_MAX_WIDTH  560.0
#define LEGEND_DOT        12.0   /* room for a colour's swatch */
#define LEGEND_LINE       20.0   /* room for a link's */
#define LEGEND_SPACING    4.0    /* between a swatch and its text */
#define LEGEND_GAP        12.0   /* between entries */
#define LEGEND_MAX_SHARE  0.3    /* of the view's height */

typedef struct
{
  PangoLayout *layout;
  int          slot;     /* a colour slot, or -1 */
  int          style;    /* a LinkStyle, or -1 */
  gboolean     event;    /* a diamond */
  gboolean     heading;  /* starts a section */
  gboolean     note;     /* a section of its own, dimmed */
  double       width;
  double       x;
  double       y;
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_clear_object (&entry->layout);
}

static void
add_entry (LiaisonGraphView *self,
           GArray           *entries,
           const char       *text,
           int               slot,
           int               style,
           gboolean          event,
           gboolean          heading,
           gboolean          note)
{
  Entry entry = { NULL, slot, style, event, heading, note, 0, 0, 0 };
  PangoRectangle extents;
  double swatch = 0;

  entry.layout = _liaison_graph_view_make_layout (self, text, LEGEND_SCALE, heading, 0);
  pango_layout_get_pixel_extents (entry.layout, NULL, &extents);
  if (slot >= 0 || event)
    swatch = LEGEND_DOT + LEGEND_SPACING;
  else if (style >= 0)
    swatch = LEGEND_LINE + LEGEND_SPACING;
  entry.width = swatch + extents.width;

  g_array_append_val (entries, entry);
}

static void
collect_node_entries (LiaisonGraphView *self,
                      GArray           *entries)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);
  gboolean used[N_COLOR_SLOTS] = { FALSE };
  gboolean any_event = FALSE;
  gboolean by_kind = _liaison_graph_view_coloring_by_kind (self);

  for (guint i = 0; i < n; i++)
    {
      if (nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN)
        continue;
      used[_liaison_graph_view_color_slot (self, &nodes[i])] = TRUE;
      any_event |= nodes[i].type == LIAISON_GRAPH_NODE_EVENT;
    }

  if (by_kind)
    {
      add_entry (self, entries, _("Kinds"), -1, -1, FALSE, TRUE, FALSE);
      for (guint kind = 1; kind <= N_KIND_COLORS; kind++)
        {
          guint slot = kind % N_KIND_COLORS;   /* "other" last */

          if (used[slot])
            add_entry (self, entries, liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND, slot),
                       slot, -1, FALSE, FALSE, FALSE);
        }
    }
  else
    {
      guint n_groups, rank = 0;
      const char * const *groups = liaison_graph_get_groups (self->graph, &n_groups);

      add_entry (self, entries, _("Countries"), -1, -1, FALSE, TRUE, FALSE);
      for (guint g = 0; g < n_groups && rank < N_COUNTRY_COLORS; g++)
        {
          if (groups[g][0] == '\0')
            continue;
          if (used[rank])
            add_entry (self, entries, groups[g], rank, -1, FALSE, FALSE, FALSE);
          rank++;
        }
      if (used[COLOR_SLOT_OTHER])
        add_entry (self, entries, C_("countries", "Other or none"), COLOR_SLOT_OTHER, -1, FALSE, FALSE, FALSE);
    }

  if (any_event)
    add_entry (self, entries, _("Event"), by_kind ? COLOR_SLOT_EVENT : -1, -1, TRUE, FALSE, FALSE);

  add_entry (self, entries,
             g_strcmp0 (self->size_by, "betweenness") == 0
               ? _("Size: betweenness")
               : _("Size: number of links"),
             -1, -1, FALSE, FALSE, TRUE);
}

static void
collect_link_entries (LiaisonGraphView *self,
                      GArray           *entries)
{
  const LiaisonGraphEdge *edges = liaison_graph_get_edges (self->graph);
  guint n_edges = liaison_graph_get_n_edges (self->graph);
  gboolean used[N_LINK_STYLES] = { FALSE };
  guint n_used = 0;
  static const LiaisonLinkKind kinds[] = {
    [LINK_STYLE_OTHER] = LIAISON_LINK_KIND_OTHER,
    [LINK_STYLE_MOU] = LIAISON_LINK_KIND_MOU,
    [LINK_STYLE_PARTNERSHIP] = LIAISON_LINK_KIND_PARTNERSHIP,
    [LINK_STYLE_CO_ORGANIZATION] = LIAISON_LINK_KIND_CO_ORGANIZATION,
    [LINK_STYLE_MEMBERSHIP] = LIAISON_LINK_KIND_MEMBERSHIP,
    [LINK_STYLE_REGIONAL_OFFICE] = LIAISON_LINK_KIND_REGIONAL_OFFICE,
    [LINK_STYLE_SUPPORT] = LIAISON_LINK_KIND_SUPPORT,
  };

  for (guint e = 0; e < n_edges; e++)
    used[_liaison_graph_view_link_style (&edges[e])] = TRUE;
  for (guint style = 0; style < N_LINK_STYLES; style++)
    n_used += used[style];
  if (n_used == 0)
    return;

  add_entry (self, entries, _("Links"), -1, -1, FALSE, TRUE, FALSE);
  for (guint style = LINK_STYLE_MOU; style <= LINK_STYLE_SUPPORT; style++)
    if (used[style])
      add_entry (self, entries, liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, kinds[style]),
                 -1, style, FALSE, FALSE, FALSE);
  if (used[LINK_STYLE_OTHER])
    add_entry (self, entries, liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, LIAISON_LINK_KIND_OTHER),
               -1, LINK_STYLE_OTHER, FALSE, FALSE, FALSE);
  if (used[LINK_STYLE_DERIVED])
    add_entry (self, entries, _("Co-organized an event"), -1, LINK_STYLE_DERIVED, FALSE, FALSE, FALSE);
  if (used[LINK_STYLE_PARTICIPATION])
    add_entry (self, entries, _("Took part in an event"), -1, LINK_STYLE_PARTICIPATION, FALSE, FALSE, FALSE);
}

/* Lays the entries out in lines at most @max_width wide; returns the
 * size they take, and the height of a line in @line. */
static void
flow (GArray *entries,
      double  max_width,
      double *width,
      double *height,
      double *line)
{
  double x = 0, y = 0;

  *line = 0;
  for (guint k = 0; k < entries->len; k++)
    {
      Entry *entry = &g_array_index (entries, Entry, k);
      PangoRectangle extents;

      pango_layout_get_pixel_extents (entry->layout, NULL, &extents);
      *line = MAX (*line, extents.height + 2.0);
    }

  *width = 0;
  for (guint k = 0; k < entries->len; k++)
    {
      Entry *entry = &g_array_index (entries, Entry, k);

      /* Each section on a line of its own; entries wrap when full. */
      if (x > 0 && (entry->heading || entry->note || x + entry->width > max_width))
        {
          x = 0;
          y += *line;
        }
      entry->x = x;
      entry->y = y;
      x += entry->width;
      *width = MAX (*width, x);
      x += LEGEND_GAP;
    }
  *height = entries->len > 0 ? y + *line : 0;
}

static void
draw_entry (LiaisonGraphView *self,
            GtkSnapshot      *snapshot,
            const Entry      *entry,
            double            x,
            double            y,
            double            line)
{
  GdkRGBA foreground, background, color;
  PangoRectangle extents;
  double middle = y + line / 2;
  double indent = 0;

  _liaison_graph_view_get_foreground (self, &foreground);
  _liaison_graph_view_get_background (&background);

  if (entry->slot >= 0 || entry->event)
    {
      LiaisonGraphNode node = { 0 };
      Projection identity = { 1, 0, 0, G_MAXDOUBLE, G_MAXDOUBLE };
      GskPathBuilder *builder = gsk_path_builder_new ();
      g_autoptr(GskStroke) ring = gsk_stroke_new (1.0);
      GdkRGBA fill = entry->slot >= 0 ? *_liaison_graph_view_slot_color (self, entry->slot) : background;

      node.x = x + LEGEND_DOT / 2 - 0.5;
      node.y = middle;
      node.size = entry->event ? 3.6 : 4.5;
      node.type = entry->event ? LIAISON_GRAPH_NODE_EVENT : LIAISON_GRAPH_NODE_ORGANIZATION;
      _liaison_graph_view_add_node_shape (builder, &node, &identity, 0);
      _liaison_graph_view_append_path (snapshot, builder, ring, &fill, entry->slot >= 0 ? &background : &foreground);
      indent = LEGEND_DOT + LEGEND_SPACING;
    }
  else if (entry->style >= 0)
    {
      GskPathBuilder *builder = gsk_path_builder_new ();
      g_autoptr(GskStroke) stroke = _liaison_graph_view_link_stroke (entry->style, 1.0);

      color = foreground;
      color.alpha = _liaison_graph_view_link_looks[entry->style].alpha;
      gsk_path_builder_move_to (builder, x, middle);
      gsk_path_builder_line_to (builder, x + LEGEND_LINE, middle);
      _liaison_graph_view_append_path (snapshot, builder, stroke, NULL, &color);
      indent = LEGEND_LINE + LEGEND_SPACING;
    }

  color = foreground;
  if (entry->note)
    color.alpha = 0.7f;
  pango_layout_get_pixel_extents (entry->layout, NULL, &extents);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x + indent - extents.x,
                                                          middle - extents.height / 2.0 - extents.y));
  gtk_snapshot_append_layout (snapshot, entry->layout, &color);
  gtk_snapshot_restore (snapshot);
}

/* The legend of a @width × @height view, and in @bounds where it goes;
 * NULL when there is none: hidden, or no room for it. */
static GskRenderNode *
build_legend (LiaisonGraphView *self,
              double            width,
              double            height,
              graphene_rect_t  *bounds)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  double max_width = MIN (width - 2 * LEGEND_MARGIN, LEGEND_MAX_WIDTH) - 2 * LEGEND_PADDING;
  double flow_width = 0, flow_height = 0, line = 0, card_width, card_height;
  guint n_node_entries;
  GskRoundedRect card;
  GdkRGBA background, border;

  *bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  if (!self->show_legend || self->graph == NULL || liaison_graph_get_n_nodes (self->graph) == 0 || max_width < 60)
    return NULL;

  entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (entries, entry_clear);
  collect_node_entries (self, entries);
  n_node_entries = entries->len;
  collect_link_entries (self, entries);

  /* The whole legend, or its colours only, or none, by the room. */
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      flow (entries, max_width, &flow_width, &flow_height, &line);
      if (flow_height + 2 * LEGEND_PADDING <= LEGEND_MAX_SHARE * height)
        break;
      if (attempt == 0 && entries->len > n_node_entries)
        g_array_set_size (entries, n_node_entries);
      else
        return NULL;
    }

  card_width = flow_width + 2 * LEGEND_PADDING;
  card_height = flow_height + 2 * LEGEND_PADDING;
  if (card_height > LEGEND_MAX_SHARE * height)
    return NULL;

  *bounds = GRAPHENE_RECT_INIT (LEGEND_MARGIN, height - LEGEND_MARGIN - card_height, card_width, card_height);

  snapshot = gtk_snapshot_new ();
  _liaison_graph_view_get_background (&background);
  background.alpha = 0.92f;
  _liaison_graph_view_get_foreground (self, &border);
  border.alpha = 0.15f;
  gsk_rounded_rect_init_from_rect (&card, bounds, 8);
  gtk_snapshot_push_rounded_clip (snapshot, &card);
  gtk_snapshot_append_color (snapshot, &background, &card.bounds);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &card, (float[]) { 1, 1, 1, 1 },
                              (GdkRGBA[]) { border, border, border, border });

  for (guint k = 0; k < entries->len; k++)
    {
      const Entry *entry = &g_array_index (entries, Entry, k);

      draw_entry (self, snapshot, entry,
                  bounds->origin.x + LEGEND_PADDING + entry->x,
                  bounds->origin.y + LEGEND_PADDING + entry->y,
                  line);
    }

  return gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
}

/* The legend of a @width × @height view, kept while nothing it shows
 * changes; see build_legend(). The caller owns the node returned. */
GskRenderNode *
_liaison_graph_view_build_legend (LiaisonGraphView *self,
                                  double            width,
                                  double            height,
                                  graphene_rect_t  *bounds)
{
  if (self->legend_for_width != width || self->legend_for_height != height)
    {
      g_clear_pointer (&self->legend, gsk_render_node_unref);
      self->legend = build_legend (self, width, height, &self->legend_bounds);
      self->legend_for_width = width;
      self->legend_for_height = height;
    }

  *bounds = self->legend_bounds;

  return self->legend != NULL ? gsk_render_node_ref (self->legend) : NULL;
}

/* What the legend shows changed: it is built anew. */
void
_liaison_graph_view_invalidate_legend (LiaisonGraphView *self)
{
  g_clear_pointer (&self->legend, gsk_render_node_unref);
  self->legend_for_width = self->legend_for_height = -1;
}
