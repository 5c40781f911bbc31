/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-export-dialog.h: asks at which size to export the graph. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_GRAPH_EXPORT_DIALOG (liaison_graph_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonGraphExportDialog, liaison_graph_export_dialog, LIAISON, GRAPH_EXPORT_DIALOG, AdwAlertDialog)

AdwDialog *liaison_graph_export_dialog_new        (int                       width,
                                                   int                       height);
int        liaison_graph_export_dialog_get_width  (LiaisonGraphExportDialog *self);
int        liaison_graph_export_dialog_get_height (LiaisonGraphExportDialog *self);

G_END_DECLS
