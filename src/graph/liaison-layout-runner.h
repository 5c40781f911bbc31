/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-layout-runner.h: the force layout run in a worker thread, its positions handed to the graph shown. */

#pragma once

#include "liaison-force-layout.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_LAYOUT_RUNNER (liaison_layout_runner_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonLayoutRunner, liaison_layout_runner, LIAISON, LAYOUT_RUNNER, GObject)

LiaisonLayoutRunner *liaison_layout_runner_new             (LiaisonGraph        *graph,
                                                            guint32              seed);
LiaisonGraph        *liaison_layout_runner_get_graph       (LiaisonLayoutRunner *self);
void                 liaison_layout_runner_set_move_placed (LiaisonLayoutRunner *self,
                                                            gboolean             move_placed);
void                 liaison_layout_runner_scatter         (LiaisonLayoutRunner *self);
void                 liaison_layout_runner_reheat          (LiaisonLayoutRunner *self,
                                                            double               temperature);
gboolean             liaison_layout_runner_run_for         (LiaisonLayoutRunner *self,
                                                            gint64               budget_us);
void                 liaison_layout_runner_start           (LiaisonLayoutRunner *self);
void                 liaison_layout_runner_stop            (LiaisonLayoutRunner *self);
gboolean             liaison_layout_runner_update          (LiaisonLayoutRunner *self);
gboolean             liaison_layout_runner_is_running      (LiaisonLayoutRunner *self);
gboolean             liaison_layout_runner_is_settled      (LiaisonLayoutRunner *self);
double               liaison_layout_runner_get_temperature (LiaisonLayoutRunner *self);
guint                liaison_layout_runner_get_iteration   (LiaisonLayoutRunner *self);

G_END_DECLS
