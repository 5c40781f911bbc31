/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-shortcuts-dialog.c: the list of keyboard shortcuts, grouped by what they act on. */

#define G_LOG_DOMAIN "liaison-shortcuts-dialog"

#include "config.h"

#include "liaison-shortcuts-dialog.h"

struct _LiaisonShortcutsDialog
{
  AdwDialog parent_instance;
};

G_DEFINE_FINAL_TYPE (LiaisonShortcutsDialog, liaison_shortcuts_dialog, ADW_TYPE_DIALOG)

AdwDialog *
liaison_shortcuts_dialog_new (void)
{
  return g_object_new (LIAISON_TYPE_SHORTCUTS_DIALOG, NULL);
}

static void
liaison_shortcuts_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIAISON_TYPE_SHORTCUTS_DIALOG);

  G_OBJECT_CLASS (liaison_shortcuts_dialog_parent_class)->dispose (object);
}

static void
liaison_shortcuts_dialog_class_init (LiaisonShortcutsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_shortcuts_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-shortcuts-dialog.ui");
}

static void
liaison_shortcuts_dialog_init (LiaisonShortcutsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
