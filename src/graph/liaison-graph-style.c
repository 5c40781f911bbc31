/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-style.c: how the graph looks, without GTK: node colours, link strokes, the legend's entries.
 *
 * For drawings made with no window, such as "liaison --export=graph.png".
 * The colours and strokes are those of the graph page
 * (src/views/liaison-graph-view-render.c), so that an image looks like
 * the page it comes from.
 */

#define G_LOG_DOMAIN "liaison-graph"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-graph-style.h"

/* Okabe and Ito's palette, safe for colour-blind eyes, for countries. */
static const LiaisonGraphColor country_colors[] = {
  { 0.902, 0.624, 0.000 },   /* orange */
  { 0.337, 0.706, 0.914 },   /* sky blue */
  { 0.000, 0.620, 0.451 },   /* bluish green */
  { 0.000, 0.447, 0.698 },   /* blue */
  { 0.835, 0.369, 0.000 },   /* vermilion */
  { 0.800, 0.475, 0.655 },   /* reddish purple */
  { 0.941, 0.894, 0.259 },   /* yellow */
};

/* Paul Tol's "muted" scheme, also safe, for kinds of organization. */
static const LiaisonGraphColor kind_colors[] = {
  { 0.733, 0.733, 0.733 },   /* other: grey */
  { 0.533, 0.800, 0.933 },   /* city: cyan */
  { 0.200, 0.133, 0.533 },   /* national agency: indigo */
  { 0.067, 0.467, 0.200 },   /* international: green */
  { 0.800, 0.400, 0.467 },   /* network: rose */
  { 0.867, 0.800, 0.467 },   /* company: sand */
  { 0.667, 0.267, 0.600 },   /* research: purple */
  { 0.267, 0.667, 0.600 },   /* venue: teal */
};
static const LiaisonGraphColor event_color = { 0.533, 0.133, 0.333 };  /* wine */
static const LiaisonGraphColor other_color = { 0.600, 0.600, 0.600 };

G_STATIC_ASSERT (G_N_ELEMENTS (kind_colors) == LIAISON_GRAPH_SLOT_OTHER);

static const LiaisonGraphStroke strokes[LIAISON_GRAPH_N_STROKES] = {
  [LIAISON_GRAPH_STROKE_OTHER]           = { 1.0f, 0.45f, { 0 }, 0 },
  [LIAISON_GRAPH_STROKE_MOU]             = { 2.4f, 0.75f, { 0 }, 0 },
  [LIAISON_GRAPH_STROKE_PARTNERSHIP]     = { 1.4f, 0.65f, { 0 }, 0 },
  [LIAISON_GRAPH_STROKE_CO_ORGANIZATION] = { 1.5f, 0.65f, { 7, 4 }, 2 },
  [LIAISON_GRAPH_STROKE_MEMBERSHIP]      = { 2.0f, 0.70f, { 2, 3 }, 2 },
  [LIAISON_GRAPH_STROKE_REGIONAL_OFFICE] = { 1.5f, 0.65f, { 9, 3, 1.5, 3 }, 4 },
  [LIAISON_GRAPH_STROKE_SUPPORT]         = { 1.2f, 0.60f, { 3, 3 }, 2 },
  [LIAISON_GRAPH_STROKE_DERIVED]         = { 1.0f, 0.35f, { 7, 4 }, 2 },
  [LIAISON_GRAPH_STROKE_PARTICIPATION]   = { 0.8f, 0.28f, { 0 }, 0 },
};

LiaisonGraphStrokeKind
liaison_graph_style_stroke_of (const LiaisonGraphEdge *edge)
{
  if (edge->flags & LIAISON_GRAPH_EDGE_PARTICIPATION)
    return LIAISON_GRAPH_STROKE_PARTICIPATION;
  if (edge->flags & LIAISON_GRAPH_EDGE_DERIVED)
    return LIAISON_GRAPH_STROKE_DERIVED;

  switch ((LiaisonLinkKind) edge->kind)
    {
    case LIAISON_LINK_KIND_MOU: return LIAISON_GRAPH_STROKE_MOU;
    case LIAISON_LINK_KIND_PARTNERSHIP: return LIAISON_GRAPH_STROKE_PARTNERSHIP;
    case LIAISON_LINK_KIND_CO_ORGANIZATION: return LIAISON_GRAPH_STROKE_CO_ORGANIZATION;
    case LIAISON_LINK_KIND_MEMBERSHIP: return LIAISON_GRAPH_STROKE_MEMBERSHIP;
    case LIAISON_LINK_KIND_REGIONAL_OFFICE: return LIAISON_GRAPH_STROKE_REGIONAL_OFFICE;
    case LIAISON_LINK_KIND_SUPPORT: return LIAISON_GRAPH_STROKE_SUPPORT;
    case LIAISON_LINK_KIND_OTHER:
    default: return LIAISON_GRAPH_STROKE_OTHER;
    }
}

const LiaisonGraphStroke *
liaison_graph_style_get_stroke (LiaisonGraphStrokeKind kind)
{
  g_return_val_if_fail (kind < LIAISON_GRAPH_N_STROKES, &strokes[0]);

  return &strokes[kind];
}

/* The colour slot of a node: by its kind, or by its country, where the
 * countries with most nodes take the palette's colours and the rest,
 * and nodes without a country, are grey. */
guint
liaison_graph_style_slot_of (LiaisonGraph           *graph,
                             const LiaisonGraphNode *node,
                             gboolean                by_kind)
{
  guint n_groups, rank = 0;
  const char * const *groups;

  if (by_kind)
    {
      if (node->type == LIAISON_GRAPH_NODE_EVENT)
        return LIAISON_GRAPH_SLOT_EVENT;
      return MIN (node->kind, G_N_ELEMENTS (kind_colors) - 1);
    }

  groups = liaison_graph_get_groups (graph, &n_groups);
  if (node->group >= n_groups || groups[node->group][0] == '\0')
    return LIAISON_GRAPH_SLOT_OTHER;
  for (guint g = 0; g < node->group; g++)
    rank += groups[g][0] != '\0';

  return rank < G_N_ELEMENTS (country_colors) ? rank : LIAISON_GRAPH_SLOT_OTHER;
}

const LiaisonGraphColor *
liaison_graph_style_get_slot_color (guint    slot,
                                    gboolean by_kind)
{
  if (slot == LIAISON_GRAPH_SLOT_EVENT)
    return &event_color;
  if (slot >= LIAISON_GRAPH_SLOT_OTHER)
    return &other_color;
  if (by_kind)
    return &kind_colors[slot];
  if (slot < G_N_ELEMENTS (country_colors))
    return &country_colors[slot];

  return &other_color;
}

static void
legend_entry_clear (gpointer data)
{
  LiaisonGraphLegendEntry *entry = data;

  g_free (entry->text);
}

static GArray *
legend_new (void)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (LiaisonGraphLegendEntry));

  g_array_set_clear_func (entries, legend_entry_clear);

  return entries;
}

static void
add_entry (GArray     *entries,
           const char *text,
           int         slot,
           int         stroke,
           gboolean    event,
           gboolean    heading)
{
  LiaisonGraphLegendEntry entry = { g_strdup (text), slot, stroke, event, heading };

  g_array_append_val (entries, entry);
}

/* What the colours, shapes and sizes of the shown nodes mean. */
GArray *
liaison_graph_style_node_legend (LiaisonGraph *graph,
                                 gboolean      by_kind,
                                 gboolean      by_betweenness)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);
  gboolean used[LIAISON_GRAPH_N_SLOTS] = { FALSE };
  gboolean any_event = FALSE;
  GArray *entries = legend_new ();

  for (guint i = 0; i < n; i++)
    {
      if (nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN)
        continue;
      used[liaison_graph_style_slot_of (graph, &nodes[i], by_kind)] = TRUE;
      any_event |= nodes[i].type == LIAISON_GRAPH_NODE_EVENT;
    }

  if (by_kind)
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
      const char * const *groups = liaison_graph_get_groups (graph, &n_groups);

      add_entry (entries, _("Countries"), -1, -1, FALSE, TRUE);
      for (guint g = 0; g < n_groups && rank < G_N_ELEMENTS (country_colors); g++)
        {
          if (groups[g][0] == '\0')
            continue;
          if (used[rank])
            add_entry (entries, groups[g], rank, -1, FALSE, FALSE);
          rank++;
        }
      if (used[LIAISON_GRAPH_SLOT_OTHER])
        add_entry (entries, C_("countries", "Other or none"), LIAISON_GRAPH_SLOT_OTHER, -1, FALSE, FALSE);
    }

  if (any_event)
    add_entry (entries, _("Event"), by_kind ? LIAISON_GRAPH_SLOT_EVENT : -1, -1, TRUE, FALSE);

  add_entry (entries, by_betweenness ? _("Size: betweenness") : _("Size: number of links"), -1, -1, FALSE, FALSE);

  return entries;
}

/* What the strokes of the links mean: a heading and one entry per kind
 * used, or nothing when there are no links. */
GArray *
liaison_graph_style_link_legend (LiaisonGraph *graph)
{
  const LiaisonGraphEdge *edges = liaison_graph_get_edges (graph);
  guint n_edges = liaison_graph_get_n_edges (graph);
  gboolean used[LIAISON_GRAPH_N_STROKES] = { FALSE };
  static const LiaisonLinkKind kinds[] = {
    [LIAISON_GRAPH_STROKE_OTHER] = LIAISON_LINK_KIND_OTHER,
    [LIAISON_GRAPH_STROKE_MOU] = LIAISON_LINK_KIND_MOU,
    [LIAISON_GRAPH_STROKE_PARTNERSHIP] = LIAISON_LINK_KIND_PARTNERSHIP,
    [LIAISON_GRAPH_STROKE_CO_ORGANIZATION] = LIAISON_LINK_KIND_CO_ORGANIZATION,
    [LIAISON_GRAPH_STROKE_MEMBERSHIP] = LIAISON_LINK_KIND_MEMBERSHIP,
    [LIAISON_GRAPH_STROKE_REGIONAL_OFFICE] = LIAISON_LINK_KIND_REGIONAL_OFFICE,
    [LIAISON_GRAPH_STROKE_SUPPORT] = LIAISON_LINK_KIND_SUPPORT,
  };
  GArray *entries = legend_new ();

  if (n_edges == 0)
    return entries;

  for (guint e = 0; e < n_edges; e++)
    used[liaison_graph_style_stroke_of (&edges[e])] = TRUE;

  add_entry (entries, _("Links"), -1, -1, FALSE, TRUE);
  for (guint stroke = LIAISON_GRAPH_STROKE_MOU; stroke <= LIAISON_GRAPH_STROKE_SUPPORT; stroke++)
    if (used[stroke])
      add_entry (entries, liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, kinds[stroke]), -1, stroke, FALSE, FALSE);
  if (used[LIAISON_GRAPH_STROKE_OTHER])
    add_entry (entries, liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, LIAISON_LINK_KIND_OTHER),
               -1, LIAISON_GRAPH_STROKE_OTHER, FALSE, FALSE);
  if (used[LIAISON_GRAPH_STROKE_DERIVED])
    add_entry (entries, _("Co-organized an event"), -1, LIAISON_GRAPH_STROKE_DERIVED, FALSE, FALSE);
  if (used[LIAISON_GRAPH_STROKE_PARTICIPATION])
    add_entry (entries, _("Took part in an event"), -1, LIAISON_GRAPH_STROKE_PARTICIPATION, FALSE, FALSE);

  return entries;
}
