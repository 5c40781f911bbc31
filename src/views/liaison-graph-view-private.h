/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-private.h: what the graph view's files share: its state and its drawing. */

#pragma once

#include "graph/liaison-force-layout.h"
#include "graph/liaison-graph-camera.h"
#include "graph/liaison-label-placer.h"
#include "liaison-graph-view.h"

G_BEGIN_DECLS

/* What the document said of a node when the graph was built, to tell its
 * own changes (undo, another window) from positions only the view has. */
typedef struct
{
  double   x;
  double   y;
  gboolean placed;
  gboolean pinned;
} LiaisonGraphDocPosition;

typedef struct
{
  guint        node;
  double       x;
  double       y;
  PangoLayout *layout;
} LiaisonGraphLabel;

struct _LiaisonGraphView
{
  GtkWidget            parent_instance;

  LiaisonDocument     *document;
  LiaisonEntity       *selected_entity;
  GtkFilter           *filter;
  char                *color_by;
  char                *size_by;
  guint                date;
  guint                show_events : 1;
  guint                show_derived : 1;
  guint                show_legend : 1;

  /* The network and its layout. */
  LiaisonGraph        *graph;
  LiaisonGraphDocPosition *doc_positions;
  GHashTable          *auto_positions;   /* LiaisonEntity → double[2]: where the view put it */
  LiaisonForceLayout  *layout;
  guint                layout_tick;
  gboolean             layout_paused;    /* stopped while unmapped, to go on when mapped */
  guint                rebuild_idle;
  gboolean             arranging;        /* the user asked: save positions when settled */
  double              *betweenness;

  /* Looking. */
  LiaisonGraphCamera   camera;
  gboolean             follow;           /* fit while the user has not moved the camera */
  AdwAnimation        *camera_animation;
  LiaisonGraphCamera   camera_from;
  LiaisonGraphCamera   camera_to;

  int                  hover;
  int                  selected;
  int                  focused;
  int                  neighborhood;     /* the node whose neighbourhood is in focus */
  int                  dragged;
  gboolean             drag_moved;
  double               drag_node_x;
  double               drag_node_y;
  LiaisonGraphCamera   drag_camera;
  double               pinch_zoom;

  /* Drawing. */
  GskRenderNode       *scene;            /* edges and nodes, for the camera below */
  double               scene_projection[5];
  guint               *label_order;      /* nodes, most important first */
  PangoLayout        **label_layouts;
  guint8              *label_short;
  LiaisonLabelPlacer  *placer;
  GArray              *labels;           /* of LiaisonGraphLabel, the last frame's */
  double               legend_width;     /* the last frame's legend card, 0 when none */
  double               legend_height;
};

void           _liaison_graph_view_invalidate_scene  (LiaisonGraphView         *self);
void           _liaison_graph_view_invalidate_labels (LiaisonGraphView         *self);
void           _liaison_graph_view_draw              (LiaisonGraphView         *self,
                                                      GtkSnapshot              *snapshot,
                                                      const LiaisonGraphCamera *camera,
                                                      double                    width,
                                                      double                    height,
                                                      gboolean                  on_screen);
char          *_liaison_graph_view_dup_node_name     (LiaisonGraphView         *self,
                                                      guint                     node,
                                                      gboolean                  short_name);
char          *_liaison_graph_view_dup_node_description (LiaisonGraphView      *self,
                                                         guint                  node);
const guint   *_liaison_graph_view_get_order         (LiaisonGraphView         *self);
gboolean       _liaison_graph_view_is_shown          (LiaisonGraphView         *self,
                                                      guint                     node);

G_END_DECLS
