/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph.h: the network as arrays of nodes and edges, built from a document, for layout and drawing. */

#pragma once

#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_GRAPH (liaison_graph_get_type ())

typedef enum
{
  LIAISON_GRAPH_NODE_ORGANIZATION,
  LIAISON_GRAPH_NODE_EVENT,
} LiaisonGraphNodeType;

typedef enum
{
  LIAISON_GRAPH_NODE_PINNED = 1 << 0, /* no layout moves it */
  LIAISON_GRAPH_NODE_PLACED = 1 << 1, /* its position comes from the document */
  LIAISON_GRAPH_NODE_HIDDEN = 1 << 2, /* rejected by the filter */
} LiaisonGraphNodeFlags;

typedef enum
{
  LIAISON_GRAPH_EDGE_DERIVED       = 1 << 0, /* a co-organization implied by an event */
  LIAISON_GRAPH_EDGE_DIRECTED      = 1 << 1,
  LIAISON_GRAPH_EDGE_PARTICIPATION = 1 << 2, /* organization to event; kind is a LiaisonRole */
  LIAISON_GRAPH_EDGE_ENDED         = 1 << 3,
} LiaisonGraphEdgeFlags;

typedef enum
{
  LIAISON_GRAPH_INCLUDE_EVENTS  = 1 << 0,
  LIAISON_GRAPH_INCLUDE_DERIVED = 1 << 1,
} LiaisonGraphOptions;

/* Positions are in world units, where a typical link is some tens long. */
typedef struct
{
  double  x;
  double  y;
  float   size;       /* radius in world units */
  float   importance; /* what the size shows: degree or a centrality */
  guint32 start_day;  /* julian day the node appears (an event's date), 0 for always */
  guint   degree;     /* number of incident edges */
  guint16 group;      /* index of the country in liaison_graph_get_groups() */
  guint8  type;       /* a LiaisonGraphNodeType */
  guint8  kind;       /* a LiaisonOrganizationKind or LiaisonEventKind */
  guint8  flags;      /* LiaisonGraphNodeFlags */
} LiaisonGraphNode;

typedef struct
{
  guint   source;
  guint   target;
  guint32 start_day;  /* julian day, 0 when unknown */
  guint32 end_day;    /* julian day, 0 when open */
  float   weight;
  guint8  kind;       /* a LiaisonLinkKind, or a LiaisonRole for participations */
  guint8  flags;      /* LiaisonGraphEdgeFlags */
} LiaisonGraphEdge;

typedef struct _LiaisonGraph LiaisonGraph;

GType                    liaison_graph_get_type            (void) G_GNUC_CONST;
LiaisonGraph            *liaison_graph_new                 (void);
LiaisonGraph            *liaison_graph_new_for_document    (LiaisonDocument     *document,
                                                            LiaisonGraphOptions  options);
LiaisonGraph            *liaison_graph_copy                (LiaisonGraph        *self);
LiaisonGraph            *liaison_graph_ref                 (LiaisonGraph        *self);
void                     liaison_graph_unref               (LiaisonGraph        *self);

/* Building by hand (tests, benchmarks): add, then finish once. */
guint                    liaison_graph_add_node            (LiaisonGraph        *self,
                                                            LiaisonGraphNodeType type,
                                                            LiaisonEntity       *entity,
                                                            const char          *group);
guint                    liaison_graph_add_edge            (LiaisonGraph        *self,
                                                            guint                source,
                                                            guint                target,
                                                            guint8               kind,
                                                            guint8               flags,
                                                            guint32              start_day,
                                                            guint32              end_day);
void                     liaison_graph_finish              (LiaisonGraph        *self);

guint                    liaison_graph_get_n_nodes         (LiaisonGraph        *self);
LiaisonGraphNode        *liaison_graph_get_nodes           (LiaisonGraph        *self);
guint                    liaison_graph_get_n_edges         (LiaisonGraph        *self);
const LiaisonGraphEdge  *liaison_graph_get_edges           (LiaisonGraph        *self);
const guint             *liaison_graph_get_incident        (LiaisonGraph        *self,
                                                            guint                node,
                                                            guint               *n_edges);
guint                    liaison_graph_get_neighbor        (LiaisonGraph        *self,
                                                            guint                node,
                                                            guint                edge);
LiaisonEntity           *liaison_graph_get_entity          (LiaisonGraph        *self,
                                                            guint                node);
int                      liaison_graph_find_entity         (LiaisonGraph        *self,
                                                            LiaisonEntity       *entity);
const char * const      *liaison_graph_get_groups          (LiaisonGraph        *self,
                                                            guint               *n_groups);
guint                    liaison_graph_count_group         (LiaisonGraph        *self,
                                                            guint                group);

int                      liaison_graph_node_at             (LiaisonGraph        *self,
                                                            double               x,
                                                            double               y,
                                                            double               slack);
gboolean                 liaison_graph_get_bounds          (LiaisonGraph        *self,
                                                            gboolean             visible_only,
                                                            double              *x1,
                                                            double              *y1,
                                                            double              *x2,
                                                            double              *y2);

/* The time filter. */
gboolean                 liaison_graph_get_time_range      (LiaisonGraph        *self,
                                                            guint32             *first_day,
                                                            guint32             *last_day);
gboolean                 liaison_graph_edge_is_current     (const LiaisonGraphEdge *edge,
                                                            guint32              day);
gboolean                 liaison_graph_node_is_current     (const LiaisonGraphNode *node,
                                                            guint32              day);

void                     liaison_graph_update_sizes        (LiaisonGraph        *self,
                                                            const double        *importance);
int                      liaison_graph_compare_importance  (gconstpointer        a,
                                                            gconstpointer        b,
                                                            gpointer             nodes);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonGraph, liaison_graph_unref)

G_END_DECLS
