/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view-private.h: what the graph view's files share: its state, its looks and its drawing. */

#pragma once

#include "graph/liaison-graph-camera.h"
#include "graph/liaison-label-placer.h"
#include "graph/liaison-layout-runner.h"
#include "liaison-graph-view.h"

G_BEGIN_DECLS

/* Where the camera puts world points in a view of @width × @height. */
typedef struct
{
  double zoom;
  double ox;
  double oy;
  double width;
  double height;
} Projection;

/* How a link is drawn: by its kind, or as derived or a participation. */
typedef enum
{
  LINK_STYLE_OTHER,
  LINK_STYLE_MOU,
  LINK_STYLE_PARTNERSHIP,
  LINK_STYLE_CO_ORGANIZATION,
  LINK_STYLE_MEMBERSHIP,
  LINK_STYLE_REGIONAL_OFFICE,
  LINK_STYLE_SUPPORT,
  LINK_STYLE_DERIVED,
  LINK_STYLE_PARTICIPATION,
  N_LINK_STYLES
} LinkStyle;

/* Widths and dashes in pixels. */
typedef struct
{
  float width;
  float alpha;
  float dash[4];
  guint n_dash;
} LinkLook;

extern const LinkLook _liaison_graph_view_link_looks[N_LINK_STYLES];

/* Colour slots: the country palette's, the kinds' (the same slots), then
 * "other" and events. */
#define N_COUNTRY_COLORS 7
#define N_KIND_COLORS    8
#define N_COLOR_SLOTS    10
#define COLOR_SLOT_OTHER 8
#define COLOR_SLOT_EVENT 9

/* Links and nodes not yet there at the time slider's date. */
#define FADED_ALPHA      0.14f

typedef struct _SceneLooks SceneLooks;

/* How a frame is drawn: on screen, kept between frames; or off screen,
 * in pixels (PNG) or as paths (SVG, PDF). */
typedef enum
{
  DRAW_ON_SCREEN,
  DRAW_PIXELS,
  DRAW_PATHS,
} DrawMode;

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
  double       x;          /* the label's box, in view coordinates */
  double       y;
  double       node_x;     /* where its node was when it was placed */
  double       node_y;
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
  LiaisonLayoutRunner *layout;
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
  gboolean             camera_moving;    /* the user pans or zooms: pictures are reused */
  guint                camera_rest_source;

  /* Drawing. */
  GdkTexture          *scene;            /* links and nodes, as pixels */
  LiaisonGraphCamera   scene_camera;     /* … as this camera showed them */
  double               scene_width;      /* … in a view this large */
  double               scene_height;
  int                  scene_scale;
  guint                scene_drawn;      /* … as of this generation */
  guint                scene_generation; /* counts changes to positions and colours */
  gint64               scene_cost;       /* how long drawing it took, in µs */
  gboolean             scene_busy;       /* a worker draws the next */
  SceneLooks          *scene_looks;      /* how nodes and links look, for pictures */
  GskRenderNode       *legend;           /* as last built … */
  graphene_rect_t      legend_bounds;
  double               legend_for_width; /* … for a view this large */
  double               legend_for_height;
  guint               *label_order;      /* nodes, most important first */
  PangoLayout        **label_layouts;
  guint8              *label_short;
  LiaisonLabelPlacer  *placer;
  GArray              *labels;           /* of LiaisonGraphLabel, as last placed */
  gboolean             labels_stale;     /* to be placed anew, even while the camera moves */
  double               legend_width;     /* the last frame's legend card, 0 when none */
  double               legend_height;
};

/* liaison-graph-view-style.c */
void           _liaison_graph_view_project           (Projection               *projection,
                                                      const LiaisonGraphCamera *camera,
                                                      double                    width,
                                                      double                    height);
LinkStyle      _liaison_graph_view_link_style        (const LiaisonGraphEdge   *edge);
gboolean       _liaison_graph_view_coloring_by_kind  (LiaisonGraphView         *self);
guint          _liaison_graph_view_color_slot        (LiaisonGraphView         *self,
                                                      const LiaisonGraphNode   *node);
const GdkRGBA *_liaison_graph_view_slot_color        (LiaisonGraphView         *self,
                                                      guint                     slot);
void           _liaison_graph_view_get_background    (GdkRGBA                  *color);
void           _liaison_graph_view_get_foreground    (LiaisonGraphView         *self,
                                                      GdkRGBA                  *color);
void           _liaison_graph_view_get_accent        (GdkRGBA                  *color);
gboolean       _liaison_graph_view_is_faded          (LiaisonGraphView         *self,
                                                      const LiaisonGraphNode   *node);
gboolean       _liaison_graph_view_is_shown          (LiaisonGraphView         *self,
                                                      guint                     node);
void           _liaison_graph_view_add_node_shape    (GskPathBuilder           *builder,
                                                      const LiaisonGraphNode   *node,
                                                      const Projection         *projection,
                                                      double                    grow);
GskStroke     *_liaison_graph_view_link_stroke       (LinkStyle                 style,
                                                      double                    scale);
void           _liaison_graph_view_append_path       (GtkSnapshot              *snapshot,
                                                      GskPathBuilder           *builder,
                                                      GskStroke                *stroke,
                                                      const GdkRGBA            *fill,
                                                      const GdkRGBA            *outline);
PangoLayout   *_liaison_graph_view_make_layout       (LiaisonGraphView         *self,
                                                      const char               *text,
                                                      double                    scale,
                                                      gboolean                  bold,
                                                      int                       max_width);

/* liaison-graph-view-scene.c */
void           _liaison_graph_view_invalidate_scene  (LiaisonGraphView         *self);
void           _liaison_graph_view_invalidate_looks  (LiaisonGraphView         *self);
void           _liaison_graph_view_scene_looks_unref (SceneLooks               *looks);
void           _liaison_graph_view_append_scene      (LiaisonGraphView         *self,
                                                      GtkSnapshot              *snapshot,
                                                      const LiaisonGraphCamera *camera,
                                                      double                    width,
                                                      double                    height,
                                                      DrawMode                  mode);
void           _liaison_graph_view_draw_paths        (LiaisonGraphView         *self,
                                                      GtkSnapshot              *snapshot,
                                                      const Projection         *projection,
                                                      const guint8             *only,
                                                      int                       only_node,
                                                      double                    scale);

/* liaison-graph-view-labels.c */
void           _liaison_graph_view_invalidate_labels (LiaisonGraphView         *self);
const guint   *_liaison_graph_view_get_order         (LiaisonGraphView         *self);
char          *_liaison_graph_view_dup_node_name     (LiaisonGraphView         *self,
                                                      guint                     node,
                                                      gboolean                  short_name);
char          *_liaison_graph_view_dup_node_description (LiaisonGraphView      *self,
                                                         guint                  node);
void           _liaison_graph_view_place_labels      (LiaisonGraphView         *self,
                                                      const LiaisonGraphCamera *camera,
                                                      double                    width,
                                                      double                    height,
                                                      const graphene_rect_t    *legend,
                                                      const guint8             *highlight);
void           _liaison_graph_view_draw_labels       (LiaisonGraphView         *self,
                                                      GtkSnapshot              *snapshot,
                                                      const LiaisonGraphCamera *camera,
                                                      double                    width,
                                                      double                    height,
                                                      const guint8             *highlight);

/* liaison-graph-view-legend.c */
void           _liaison_graph_view_invalidate_legend (LiaisonGraphView         *self);
GskRenderNode *_liaison_graph_view_build_legend      (LiaisonGraphView         *self,
                                                      double                    width,
                                                      double                    height,
                                                      graphene_rect_t          *bounds);

/* liaison-graph-view-render.c */
void           _liaison_graph_view_draw              (LiaisonGraphView         *self,
                                                      GtkSnapshot              *snapshot,
                                                      const LiaisonGraphCamera *camera,
                                                      double                    width,
                                                      double                    height,
                                                      DrawMode                  mode);

G_END_DECLS
