/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph.c: the network as arrays of nodes and edges, built from a document, for layout and drawing.
 *
 * A graph is a snapshot of a document taken for the graph page: plain
 * arrays that the layout and the drawing walk many times a second, with
 * the records they stand for kept alongside. It is rebuilt when the
 * document changes; the caller carries positions over.
 */

#define G_LOG_DOMAIN "liaison-graph"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-graph.h"

struct _LiaisonGraph
{
  grefcount         ref_count;

  GArray           *nodes;      /* of LiaisonGraphNode */
  GArray           *edges;      /* of LiaisonGraphEdge */
  GPtrArray        *entities;   /* of LiaisonEntity or NULL, one per node */
  GHashTable       *index_of;   /* LiaisonEntity → node index + 1 */

  GPtrArray        *groups;     /* of char *, country codes, most used first */
  GHashTable       *group_of;   /* code → group index + 1 while building */
  guint            *group_counts;

  guint            *incident_offsets; /* n_nodes + 1 */
  guint            *incident;         /* edge indices, grouped by node */
  gboolean          finished;
};

G_DEFINE_BOXED_TYPE (LiaisonGraph, liaison_graph, liaison_graph_ref, liaison_graph_unref)

static void
unref_entity (gpointer entity)
{
  if (entity != NULL)
    g_object_unref (entity);
}

LiaisonGraph *
liaison_graph_new (void)
{
  LiaisonGraph *self = g_new0 (LiaisonGraph, 1);

  g_ref_count_init (&self->ref_count);
  self->nodes = g_array_new (FALSE, TRUE, sizeof (LiaisonGraphNode));
  self->edges = g_array_new (FALSE, TRUE, sizeof (LiaisonGraphEdge));
  self->entities = g_ptr_array_new_with_free_func (unref_entity);
  self->index_of = g_hash_table_new (NULL, NULL);
  self->groups = g_ptr_array_new_with_free_func (g_free);
  self->group_of = g_hash_table_new (g_str_hash, g_str_equal);

  return self;
}

LiaisonGraph *
liaison_graph_ref (LiaisonGraph *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);

  return self;
}

void
liaison_graph_unref (LiaisonGraph *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_array_unref (self->nodes);
  g_array_unref (self->edges);
  g_ptr_array_unref (self->entities);
  g_hash_table_unref (self->index_of);
  g_ptr_array_unref (self->groups);
  g_clear_pointer (&self->group_of, g_hash_table_unref);
  g_free (self->group_counts);
  g_free (self->incident_offsets);
  g_free (self->incident);
  g_free (self);
}

/* A finished copy of @self's nodes, edges and groups, without the
 * records they stand for: for a layout that runs in another thread,
 * where records must not be touched. */
LiaisonGraph *
liaison_graph_copy (LiaisonGraph *self)
{
  LiaisonGraph *copy;
  guint n_nodes, n_edges;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->finished, NULL);

  n_nodes = self->nodes->len;
  n_edges = self->edges->len;

  copy = liaison_graph_new ();
  g_array_append_vals (copy->nodes, self->nodes->data, n_nodes);
  g_array_append_vals (copy->edges, self->edges->data, n_edges);
  g_ptr_array_set_size (copy->entities, n_nodes);
  for (guint g = 0; g < self->groups->len; g++)
    g_ptr_array_add (copy->groups, g_strdup (self->groups->pdata[g]));
  g_clear_pointer (&copy->group_of, g_hash_table_unref);
  copy->group_counts = g_memdup2 (self->group_counts, MAX (self->groups->len, 1) * sizeof (guint));
  copy->incident_offsets = g_memdup2 (self->incident_offsets, (n_nodes + 1) * sizeof (guint));
  copy->incident = g_memdup2 (self->incident, MAX (2 * n_edges, 1) * sizeof (guint));
  copy->finished = TRUE;

  return copy;
}

/* Adds a node for @entity (which may be %NULL in synthetic graphs) in the
 * country @group ("" or %NULL when it has none), at the origin. */
guint
liaison_graph_add_node (LiaisonGraph         *self,
                        LiaisonGraphNodeType  type,
                        LiaisonEntity        *entity,
                        const char           *group)
{
  LiaisonGraphNode node = { 0 };
  gpointer found;
  guint index;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (!self->finished, 0);

  if (group == NULL)
    group = "";

  found = g_hash_table_lookup (self->group_of, group);
  if (found == NULL)
    {
      char *code = g_strdup (group);

      g_ptr_array_add (self->groups, code);
      found = GUINT_TO_POINTER (self->groups->len);
      g_hash_table_insert (self->group_of, code, found);
    }

  node.type = type;
  node.group = GPOINTER_TO_UINT (found) - 1;
  node.size = 6;

  index = self->nodes->len;
  g_array_append_val (self->nodes, node);
  g_ptr_array_add (self->entities, entity != NULL ? g_object_ref (entity) : NULL);
  if (entity != NULL)
    g_hash_table_insert (self->index_of, entity, GUINT_TO_POINTER (index + 1));

  return index;
}

guint
liaison_graph_add_edge (LiaisonGraph *self,
                        guint         source,
                        guint         target,
                        guint8        kind,
                        guint8        flags,
                        guint32       start_day,
                        guint32       end_day)
{
  LiaisonGraphEdge edge = { 0 };

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (!self->finished, 0);
  g_return_val_if_fail (source < self->nodes->len && target < self->nodes->len, 0);

  edge.source = source;
  edge.target = target;
  edge.kind = kind;
  edge.flags = flags;
  edge.start_day = start_day;
  edge.end_day = end_day;
  edge.weight = 1;
  g_array_append_val (self->edges, edge);

  return self->edges->len - 1;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  const guint *counts = user_data;
  guint group_a = *(const guint *) a;
  guint group_b = *(const guint *) b;

  if (counts[group_a] != counts[group_b])
    return counts[group_a] > counts[group_b] ? -1 : 1;

  return group_a < group_b ? -1 : group_a > group_b;
}

/* Orders the groups by size, so that colours go to the largest ones, and
 * indexes the edges of each node. */
void
liaison_graph_finish (LiaisonGraph *self)
{
  LiaisonGraphNode *nodes;
  LiaisonGraphEdge *edges;
  guint n_nodes, n_edges, n_groups;
  g_autofree guint *counts = NULL;
  g_autofree guint *order = NULL;
  g_autofree guint *rank = NULL;
  g_autofree guint *fill = NULL;
  GPtrArray *sorted;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->finished);

  nodes = (LiaisonGraphNode *) self->nodes->data;
  edges = (LiaisonGraphEdge *) self->edges->data;
  n_nodes = self->nodes->len;
  n_edges = self->edges->len;
  n_groups = self->groups->len;

  counts = g_new0 (guint, MAX (n_groups, 1));
  order = g_new (guint, MAX (n_groups, 1));
  rank = g_new (guint, MAX (n_groups, 1));
  for (guint i = 0; i < n_nodes; i++)
    counts[nodes[i].group] += nodes[i].type == LIAISON_GRAPH_NODE_ORGANIZATION;
  for (guint g = 0; g < n_groups; g++)
    order[g] = g;
  g_sort_array (order, n_groups, sizeof (guint), compare_groups, counts);

  sorted = g_ptr_array_new_full (n_groups, g_free);
  self->group_counts = g_new0 (guint, MAX (n_groups, 1));
  for (guint g = 0; g < n_groups; g++)
    {
      rank[order[g]] = g;
      g_ptr_array_add (sorted, g_strdup (self->groups->pdata[order[g]]));
      self->group_counts[g] = counts[order[g]];
    }
  for (guint i = 0; i < n_nodes; i++)
    nodes[i].group = rank[nodes[i].group];
  g_ptr_array_unref (self->groups);
  self->groups = sorted;
  g_clear_pointer (&self->group_of, g_hash_table_unref);

  /* Compressed rows of incident edges. */
  self->incident_offsets = g_new0 (guint, n_nodes + 1);
  self->incident = g_new (guint, MAX (2 * n_edges, 1));
  fill = g_new0 (guint, n_nodes + 1);
  for (guint e = 0; e < n_edges; e++)
    {
      self->incident_offsets[edges[e].source + 1]++;
      if (edges[e].target != edges[e].source)
        self->incident_offsets[edges[e].target + 1]++;
    }
  for (guint i = 0; i < n_nodes; i++)
    {
      nodes[i].degree = self->incident_offsets[i + 1];
      self->incident_offsets[i + 1] += self->incident_offsets[i];
    }
  for (guint e = 0; e < n_edges; e++)
    {
      guint s = edges[e].source, t = edges[e].target;

      self->incident[self->incident_offsets[s] + fill[s]++] = e;
      if (t != s)
        self->incident[self->incident_offsets[t] + fill[t]++] = e;
    }

  self->finished = TRUE;
  liaison_graph_update_sizes (self, NULL);
}

static guint32
first_day (const LiaisonDate *date)
{
  return date != NULL ? liaison_date_get_first_day (date) : 0;
}

static guint32
last_day (const LiaisonDate *date)
{
  return date != NULL ? liaison_date_get_last_day (date) : 0;
}

static void
add_link (LiaisonGraph           *self,
          LiaisonDocument        *document,
          LiaisonCooperationLink *link,
          guint8                  flags)
{
  int from = liaison_graph_find_entity (self, liaison_document_lookup (document, liaison_cooperation_link_get_from (link)));
  int to = liaison_graph_find_entity (self, liaison_document_lookup (document, liaison_cooperation_link_get_to (link)));

  if (from < 0 || to < 0)
    return;

  if (liaison_cooperation_link_get_directed (link))
    flags |= LIAISON_GRAPH_EDGE_DIRECTED;
  if (liaison_cooperation_link_get_status (link) == LIAISON_LINK_STATUS_ENDED)
    flags |= LIAISON_GRAPH_EDGE_ENDED;

  liaison_graph_add_edge (self, from, to, liaison_cooperation_link_get_kind (link), flags,
                          first_day (liaison_cooperation_link_get_start (link)),
                          last_day (liaison_cooperation_link_get_end (link)));
}

static void
take_position (LiaisonGraph *self,
               guint         index,
               double        x,
               double        y,
               gboolean      pinned,
               gboolean      placed)
{
  LiaisonGraphNode *node = &g_array_index (self->nodes, LiaisonGraphNode, index);

  node->x = x;
  node->y = y;
  if (pinned)
    node->flags |= LIAISON_GRAPH_NODE_PINNED;
  if (placed)
    node->flags |= LIAISON_GRAPH_NODE_PLACED;
}

/* The organizations of @document and their cooperation links; with
 * %LIAISON_GRAPH_INCLUDE_EVENTS also the events, linked to their
 * participants, and with %LIAISON_GRAPH_INCLUDE_DERIVED the
 * co-organization links that shared events imply. Nodes start where the
 * document placed them. */
LiaisonGraph *
liaison_graph_new_for_document (LiaisonDocument     *document,
                                LiaisonGraphOptions  options)
{
  LiaisonGraph *self;
  GListModel *organizations, *links;
  guint n;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  self = liaison_graph_new ();
  organizations = liaison_document_get_organizations (document);
  n = g_list_model_get_n_items (organizations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiaisonOrganization) organization = g_list_model_get_item (organizations, i);
      guint index = liaison_graph_add_node (self, LIAISON_GRAPH_NODE_ORGANIZATION, LIAISON_ENTITY (organization),
                                            liaison_organization_get_country (organization));
      LiaisonGraphNode *node = &g_array_index (self->nodes, LiaisonGraphNode, index);

      node->kind = liaison_organization_get_kind (organization);
      take_position (self, index,
                     liaison_organization_get_x (organization),
                     liaison_organization_get_y (organization),
                     liaison_organization_get_pinned (organization),
                     liaison_organization_get_placed (organization));
    }

  if (options & LIAISON_GRAPH_INCLUDE_EVENTS)
    {
      GListModel *events = liaison_document_get_events (document);
      GListModel *participations = liaison_document_get_participations (document);
      g_autoptr(GHashTable) pairs = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

      n = g_list_model_get_n_items (events);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LiaisonEvent) event = g_list_model_get_item (events, i);
          guint index = liaison_graph_add_node (self, LIAISON_GRAPH_NODE_EVENT, LIAISON_ENTITY (event),
                                                liaison_event_get_country (event));
          LiaisonGraphNode *node = &g_array_index (self->nodes, LiaisonGraphNode, index);

          node->kind = liaison_event_get_kind (event);
          node->start_day = first_day (liaison_event_get_start (event));
          take_position (self, index,
                         liaison_event_get_x (event),
                         liaison_event_get_y (event),
                         liaison_event_get_pinned (event),
                         liaison_event_get_placed (event));
        }

      /* One edge per organization and event, with its most active role. */
      n = g_list_model_get_n_items (participations);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(LiaisonParticipation) participation = g_list_model_get_item (participations, i);
          int organization = liaison_graph_find_entity (self, liaison_document_lookup (document, liaison_participation_get_organization (participation)));
          int event = liaison_graph_find_entity (self, liaison_document_lookup (document, liaison_participation_get_event (participation)));
          LiaisonRole role = liaison_participation_get_role (participation);
          gboolean seen = FALSE;
          gpointer found;
          guint64 key;

          if (organization < 0 || event < 0)
            continue;

          key = ((guint64) organization << 32) | (guint) event;
          found = g_hash_table_lookup (pairs, &key);
          if (found != NULL)
            {
              LiaisonGraphEdge *edge = &g_array_index (self->edges, LiaisonGraphEdge, GPOINTER_TO_UINT (found) - 1);

              if (role == LIAISON_ROLE_HOST || (role == LIAISON_ROLE_CO_ORGANIZER && edge->kind != LIAISON_ROLE_HOST))
                edge->kind = role;
              seen = TRUE;
            }
          if (!seen)
            {
              guint edge = liaison_graph_add_edge (self, organization, event, role, LIAISON_GRAPH_EDGE_PARTICIPATION,
                                                   g_array_index (self->nodes, LiaisonGraphNode, event).start_day, 0);

              g_hash_table_insert (pairs, g_memdup2 (&key, sizeof key), GUINT_TO_POINTER (edge + 1));
            }
        }
    }

  links = liaison_document_get_links (document);
  n = g_list_model_get_n_items (links);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiaisonCooperationLink) link = g_list_model_get_item (links, i);

      add_link (self, document, link, 0);
    }

  if (options & LIAISON_GRAPH_INCLUDE_DERIVED)
    {
      g_autoptr(GPtrArray) derived = liaison_document_derive_co_organization (document);

      for (guint i = 0; i < derived->len; i++)
        add_link (self, document, derived->pdata[i], LIAISON_GRAPH_EDGE_DERIVED);
    }

  liaison_graph_finish (self);

  return self;
}

guint
liaison_graph_get_n_nodes (LiaisonGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->nodes->len;
}

/* The nodes, writable: layouts move them and the view flags them. */
LiaisonGraphNode *
liaison_graph_get_nodes (LiaisonGraph *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (LiaisonGraphNode *) self->nodes->data;
}

guint
liaison_graph_get_n_edges (LiaisonGraph *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->edges->len;
}

const LiaisonGraphEdge *
liaison_graph_get_edges (LiaisonGraph *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return (const LiaisonGraphEdge *) self->edges->data;
}

/* The indices of the edges that touch @node. */
const guint *
liaison_graph_get_incident (LiaisonGraph *self,
                            guint         node,
                            guint        *n_edges)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->finished, NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  *n_edges = self->incident_offsets[node + 1] - self->incident_offsets[node];

  return self->incident + self->incident_offsets[node];
}

/* The other end of @edge, seen from @node. */
guint
liaison_graph_get_neighbor (LiaisonGraph *self,
                            guint         node,
                            guint         edge)
{
  const LiaisonGraphEdge *e;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (edge < self->edges->len, 0);

  e = &g_array_index (self->edges, LiaisonGraphEdge, edge);

  return e->source == node ? e->target : e->source;
}

LiaisonEntity *
liaison_graph_get_entity (LiaisonGraph *self,
                          guint         node)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  return self->entities->pdata[node];
}

/* The node of @entity, or -1. */
int
liaison_graph_find_entity (LiaisonGraph  *self,
                           LiaisonEntity *entity)
{
  g_return_val_if_fail (self != NULL, -1);

  if (entity == NULL)
    return -1;

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->index_of, entity)) - 1;
}

/* The country codes of the nodes, the most frequent first; "" stands for
 * nodes without a country. */
const char * const *
liaison_graph_get_groups (LiaisonGraph *self,
                          guint        *n_groups)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (self->finished, NULL);

  *n_groups = self->groups->len;

  return (const char * const *) self->groups->pdata;
}

/* How many organizations are in @group. */
guint
liaison_graph_count_group (LiaisonGraph *self,
                           guint         group)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (self->finished, 0);
  g_return_val_if_fail (group < self->groups->len, 0);

  return self->group_counts[group];
}

/* The visible node whose disc contains (@x, @y), grown by @slack; the
 * one drawn on top (the last) when several do. -1 when none does. A
 * linear scan: a few tens of microseconds even for 50,000 nodes, which
 * is less than keeping a spatial index up to date while the layout runs. */
int
liaison_graph_node_at (LiaisonGraph *self,
                       double        x,
                       double        y,
                       double        slack)
{
  const LiaisonGraphNode *nodes;
  int found = -1;

  g_return_val_if_fail (self != NULL, -1);

  nodes = (const LiaisonGraphNode *) self->nodes->data;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      double dx = nodes[i].x - x;
      double dy = nodes[i].y - y;
      double r = nodes[i].size + slack;

      if ((nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN) == 0 && dx * dx + dy * dy <= r * r)
        found = i;
    }

  return found;
}

/* The box around the nodes (their discs included); FALSE when there is
 * none to bound. */
gboolean
liaison_graph_get_bounds (LiaisonGraph *self,
                          gboolean      visible_only,
                          double       *x1,
                          double       *y1,
                          double       *x2,
                          double       *y2)
{
  const LiaisonGraphNode *nodes;
  gboolean any = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);

  *x1 = *y1 = *x2 = *y2 = 0;
  nodes = (const LiaisonGraphNode *) self->nodes->data;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      if (visible_only && (nodes[i].flags & LIAISON_GRAPH_NODE_HIDDEN))
        continue;

      if (!any)
        {
          *x1 = nodes[i].x - nodes[i].size;
          *x2 = nodes[i].x + nodes[i].size;
          *y1 = nodes[i].y - nodes[i].size;
          *y2 = nodes[i].y + nodes[i].size;
          any = TRUE;
          continue;
        }

      *x1 = MIN (*x1, nodes[i].x - nodes[i].size);
      *x2 = MAX (*x2, nodes[i].x + nodes[i].size);
      *y1 = MIN (*y1, nodes[i].y - nodes[i].size);
      *y2 = MAX (*y2, nodes[i].y + nodes[i].size);
    }

  return any;
}

/* The first and last day on which something dated happens: a link
 * starts or ends, an event takes place. FALSE when nothing is dated. */
gboolean
liaison_graph_get_time_range (LiaisonGraph *self,
                              guint32      *first_day_out,
                              guint32      *last_day_out)
{
  guint32 first = G_MAXUINT32, last = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint e = 0; e < self->edges->len; e++)
    {
      const LiaisonGraphEdge *edge = &g_array_index (self->edges, LiaisonGraphEdge, e);

      if (edge->start_day != 0)
        {
          first = MIN (first, edge->start_day);
          last = MAX (last, edge->start_day);
        }
      if (edge->end_day != 0)
        last = MAX (last, edge->end_day);
    }
  for (guint i = 0; i < self->nodes->len; i++)
    {
      const LiaisonGraphNode *node = &g_array_index (self->nodes, LiaisonGraphNode, i);

      if (node->start_day != 0)
        {
          first = MIN (first, node->start_day);
          last = MAX (last, node->start_day);
        }
    }

  *first_day_out = first == G_MAXUINT32 ? 0 : first;
  *last_day_out = last;

  return last != 0;
}

/* Whether @edge exists as of @day: started (or undated) and not ended.
 * A @day of 0 means no time filter. */
gboolean
liaison_graph_edge_is_current (const LiaisonGraphEdge *edge,
                               guint32                 day)
{
  if (day == 0)
    return TRUE;

  return (edge->start_day == 0 || edge->start_day <= day) &&
         (edge->end_day == 0 || edge->end_day >= day);
}

gboolean
liaison_graph_node_is_current (const LiaisonGraphNode *node,
                               guint32                 day)
{
  return day == 0 || node->start_day == 0 || node->start_day <= day;
}

/* Orders node indices for g_sort_array(), @nodes being the graph's
 * nodes: the most important first, organizations before events, then in
 * the graph's order, so that the order never depends on the sort. Labels
 * are placed in this order. */
int
liaison_graph_compare_importance (gconstpointer a,
                                  gconstpointer b,
                                  gpointer      nodes)
{
  const LiaisonGraphNode *node_a = &((const LiaisonGraphNode *) nodes)[*(const guint *) a];
  const LiaisonGraphNode *node_b = &((const LiaisonGraphNode *) nodes)[*(const guint *) b];

  if (node_a->importance != node_b->importance)
    return node_a->importance > node_b->importance ? -1 : 1;
  if (node_a->type != node_b->type)
    return node_a->type < node_b->type ? -1 : 1;
  if (*(const guint *) a == *(const guint *) b)
    return 0;

  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Sets each node's importance (its degree when @importance is NULL) and
 * a radius that grows with its square root, so that area tells it. */
void
liaison_graph_update_sizes (LiaisonGraph *self,
                            const double *importance)
{
  LiaisonGraphNode *nodes;
  double max = 0;

  g_return_if_fail (self != NULL);

  nodes = (LiaisonGraphNode *) self->nodes->data;
  for (guint i = 0; i < self->nodes->len; i++)
    {
      nodes[i].importance = importance != NULL ? importance[i] : nodes[i].degree;
      max = MAX (max, nodes[i].importance);
    }

  for (guint i = 0; i < self->nodes->len; i++)
    {
      double share = max > 0 ? nodes[i].importance / max : 0;
      double base = nodes[i].type == LIAISON_GRAPH_NODE_EVENT ? 6.0 : 7.0;

      nodes[i].size = base + 15.0 * sqrt (share);
    }
}
