/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-force-layout.h: a ForceAtlas2-style force-directed layout with a Barnes-Hut approximation. */

#pragma once

#include "liaison-graph.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_FORCE_LAYOUT (liaison_force_layout_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonForceLayout, liaison_force_layout, LIAISON, FORCE_LAYOUT, GObject)

LiaisonForceLayout *liaison_force_layout_new              (LiaisonGraph       *graph,
                                                           guint32             seed);
LiaisonGraph       *liaison_force_layout_get_graph        (LiaisonForceLayout *self);
void                liaison_force_layout_set_move_placed  (LiaisonForceLayout *self,
                                                           gboolean            move_placed);
gboolean            liaison_force_layout_get_move_placed  (LiaisonForceLayout *self);
void                liaison_force_layout_scatter          (LiaisonForceLayout *self);
gboolean            liaison_force_layout_step             (LiaisonForceLayout *self);
guint               liaison_force_layout_run              (LiaisonForceLayout *self,
                                                           guint               max_iterations);
void                liaison_force_layout_reheat           (LiaisonForceLayout *self,
                                                           double              temperature);
gboolean            liaison_force_layout_is_settled       (LiaisonForceLayout *self);
guint               liaison_force_layout_get_iteration    (LiaisonForceLayout *self);
double              liaison_force_layout_get_temperature  (LiaisonForceLayout *self);
double              liaison_force_layout_get_link_length  (LiaisonForceLayout *self);
double              liaison_force_layout_compute_energy   (LiaisonForceLayout *self);

G_END_DECLS
