/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-view.h: the widget that draws the network and lets people pan, zoom, pick and move nodes. */

#pragma once

#include <adwaita.h>

#include "graph/liaison-graph.h"
#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_GRAPH_VIEW (liaison_graph_view_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonGraphView, liaison_graph_view, LIAISON, GRAPH_VIEW, GtkWidget)

#define LIAISON_GRAPH_VIEW_ERROR (liaison_graph_view_error_quark ())

typedef enum
{
  LIAISON_GRAPH_EXPORT_PNG,
  LIAISON_GRAPH_EXPORT_SVG,
  LIAISON_GRAPH_EXPORT_PDF,
} LiaisonGraphExportFormat;

GQuark           liaison_graph_view_error_quark        (void);
GtkWidget       *liaison_graph_view_new                (void);
LiaisonDocument *liaison_graph_view_get_document       (LiaisonGraphView *self);
void             liaison_graph_view_set_document       (LiaisonGraphView *self,
                                                        LiaisonDocument  *document);
void             liaison_graph_view_adopt              (LiaisonGraphView *self,
                                                        LiaisonGraphView *old);
LiaisonEntity   *liaison_graph_view_get_selected_entity (LiaisonGraphView *self);
void             liaison_graph_view_set_selected_entity (LiaisonGraphView *self,
                                                         LiaisonEntity    *entity);
void             liaison_graph_view_set_filter         (LiaisonGraphView *self,
                                                        GtkFilter        *organization_filter);
const char      *liaison_graph_view_get_color_by       (LiaisonGraphView *self);
void             liaison_graph_view_set_color_by       (LiaisonGraphView *self,
                                                        const char       *color_by);
const char      *liaison_graph_view_get_size_by        (LiaisonGraphView *self);
void             liaison_graph_view_set_size_by        (LiaisonGraphView *self,
                                                        const char       *size_by);
gboolean         liaison_graph_view_get_show_events    (LiaisonGraphView *self);
void             liaison_graph_view_set_show_events    (LiaisonGraphView *self,
                                                        gboolean          show_events);
gboolean         liaison_graph_view_get_show_derived   (LiaisonGraphView *self);
void             liaison_graph_view_set_show_derived   (LiaisonGraphView *self,
                                                        gboolean          show_derived);
gboolean         liaison_graph_view_get_show_legend    (LiaisonGraphView *self);
void             liaison_graph_view_set_show_legend    (LiaisonGraphView *self,
                                                        gboolean          show_legend);
guint            liaison_graph_view_get_date           (LiaisonGraphView *self);
void             liaison_graph_view_set_date           (LiaisonGraphView *self,
                                                        guint             julian_day);
gboolean         liaison_graph_view_get_date_range     (LiaisonGraphView *self,
                                                        guint            *first_day,
                                                        guint            *last_day);
double           liaison_graph_view_get_zoom           (LiaisonGraphView *self);
gboolean         liaison_graph_view_get_layout_running (LiaisonGraphView *self);

void             liaison_graph_view_zoom_in            (LiaisonGraphView *self);
void             liaison_graph_view_zoom_out           (LiaisonGraphView *self);
void             liaison_graph_view_zoom_to_fit        (LiaisonGraphView *self,
                                                        gboolean          animate);
void             liaison_graph_view_pan                (LiaisonGraphView *self,
                                                        double            dx,
                                                        double            dy);
void             liaison_graph_view_arrange            (LiaisonGraphView *self,
                                                        const char       *layout);

/* What tests and the page use to reach nodes. */
LiaisonGraph    *liaison_graph_view_get_graph          (LiaisonGraphView *self);
LiaisonEntity   *liaison_graph_view_get_entity_at      (LiaisonGraphView *self,
                                                        double            x,
                                                        double            y);
gboolean         liaison_graph_view_get_node_position  (LiaisonGraphView *self,
                                                        LiaisonEntity    *entity,
                                                        double           *x,
                                                        double           *y);
gboolean         liaison_graph_view_select_at          (LiaisonGraphView *self,
                                                        double            x,
                                                        double            y);
gboolean         liaison_graph_view_move_node          (LiaisonGraphView *self,
                                                        LiaisonEntity    *entity,
                                                        double            x,
                                                        double            y);
LiaisonEntity   *liaison_graph_view_get_focus_entity   (LiaisonGraphView *self);
guint            liaison_graph_view_get_n_labels       (LiaisonGraphView *self);
gboolean         liaison_graph_view_get_drawing        (LiaisonGraphView *self);

/* Drawing off screen: benchmarks and export. */
GskRenderNode   *liaison_graph_view_render             (LiaisonGraphView *self,
                                                        int               width,
                                                        int               height,
                                                        gboolean          fit,
                                                        gboolean          pixels);
gboolean         liaison_graph_view_export             (LiaisonGraphView *self,
                                                        GFile            *file,
                                                        LiaisonGraphExportFormat format,
                                                        int               width,
                                                        int               height,
                                                        GError          **error);

G_END_DECLS
