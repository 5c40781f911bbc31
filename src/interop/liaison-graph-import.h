/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-import.h: a network read from GEXF or GraphML, and how its nodes and edges become organizations and links. */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "liaison-document.h"

G_BEGIN_DECLS

typedef struct
{
  char       *id;
  guint       line;
  JsonObject *attributes;   /* name → text, in file order */
} LiaisonGraphNode;

typedef struct
{
  char       *id;
  char       *source;
  char       *target;
  int         directed;     /* -1 when the edge does not say */
  guint       line;
  JsonObject *attributes;
  char       *spell_start;  /* the first spell's start, the last spell's end */
  char       *spell_end;
} LiaisonGraphEdge;

typedef struct
{
  char       *display_name;
  gboolean    directed;     /* the graph's default */
  GPtrArray  *nodes;        /* of LiaisonGraphNode */
  GPtrArray  *edges;        /* of LiaisonGraphEdge */
  GHashTable *node_index;   /* id → LiaisonGraphNode */
} LiaisonGraphData;

/* Networks with more nodes or edges than this are refused. */
#define LIAISON_GRAPH_MAX_ITEMS 200000

LiaisonGraphData *liaison_graph_data_new      (const char        *display_name);
void              liaison_graph_data_free     (LiaisonGraphData  *data);
LiaisonGraphNode *liaison_graph_data_add_node (LiaisonGraphData  *data,
                                               const char        *id,
                                               guint              line,
                                               GError           **error);
LiaisonGraphEdge *liaison_graph_data_add_edge (LiaisonGraphData  *data,
                                               const char        *id,
                                               const char        *source,
                                               const char        *target,
                                               guint              line,
                                               GError           **error);
gboolean          liaison_graph_data_merge    (LiaisonGraphData  *data,
                                               LiaisonDocument   *document,
                                               GError           **error);
void              liaison_graph_parse_failed  (GMarkupParseContext *context,
                                               const char          *display_name,
                                               GError              *parse_error,
                                               GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonGraphData, liaison_graph_data_free)

G_END_DECLS
