/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-export-dialog.c: asks at which size to export the graph. */

#define G_LOG_DOMAIN "liaison-graph-export-dialog"

#include "config.h"

#include "liaison-graph-export-dialog.h"

struct _LiaisonGraphExportDialog
{
  AdwAlertDialog  parent_instance;

  AdwSpinRow     *export_width;
  AdwSpinRow     *export_height;
};

G_DEFINE_FINAL_TYPE (LiaisonGraphExportDialog, liaison_graph_export_dialog, ADW_TYPE_ALERT_DIALOG)

/* Offers @width × @height pixels, which the user may change; answers
 * "export" or "cancel". */
AdwDialog *
liaison_graph_export_dialog_new (int width,
                                 int height)
{
  LiaisonGraphExportDialog *self = g_object_new (LIAISON_TYPE_GRAPH_EXPORT_DIALOG, NULL);

  adw_spin_row_set_value (self->export_width, width);
  adw_spin_row_set_value (self->export_height, height);

  return ADW_DIALOG (self);
}

int
liaison_graph_export_dialog_get_width (LiaisonGraphExportDialog *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_EXPORT_DIALOG (self), 0);

  return (int) adw_spin_row_get_value (self->export_width);
}

int
liaison_graph_export_dialog_get_height (LiaisonGraphExportDialog *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_EXPORT_DIALOG (self), 0);

  return (int) adw_spin_row_get_value (self->export_height);
}

static void
liaison_graph_export_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIAISON_TYPE_GRAPH_EXPORT_DIALOG);

  G_OBJECT_CLASS (liaison_graph_export_dialog_parent_class)->dispose (object);
}

static void
liaison_graph_export_dialog_class_init (LiaisonGraphExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_graph_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-graph-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphExportDialog, export_width);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphExportDialog, export_height);
}

static void
liaison_graph_export_dialog_init (LiaisonGraphExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
