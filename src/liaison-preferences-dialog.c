/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-preferences-dialog.c: the preferences: the interface language.
 *
 * The choice is stored in GSettings; the application listens to the key
 * and switches every window at once.
 */

#define G_LOG_DOMAIN "liaison-preferences-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-preferences-dialog.h"
#include "model/liaison-language.h"

struct _LiaisonPreferencesDialog
{
  AdwPreferencesDialog  parent_instance;

  GSettings            *settings;
  gboolean              updating;

  AdwComboRow          *language_row;
};

G_DEFINE_FINAL_TYPE (LiaisonPreferencesDialog, liaison_preferences_dialog, ADW_TYPE_PREFERENCES_DIALOG)

/* Row 0 is the system's language; then the five, each named in itself. */
static void
language_selected_cb (LiaisonPreferencesDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);
  const char * const *languages = liaison_language_get_all ();

  if (self->updating || self->settings == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  g_settings_set_string (self->settings, "language", selected == 0 ? "" : languages[selected - 1]);
}

static void
sync_from_settings (LiaisonPreferencesDialog *self)
{
  g_autofree char *language = g_settings_get_string (self->settings, "language");
  const char * const *languages = liaison_language_get_all ();
  guint selected = 0;

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_strcmp0 (languages[i], language) == 0)
        selected = i + 1;
    }

  self->updating = TRUE;
  adw_combo_row_set_selected (self->language_row, selected);
  self->updating = FALSE;
}

AdwDialog *
liaison_preferences_dialog_new (GSettings *settings)
{
  LiaisonPreferencesDialog *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LIAISON_TYPE_PREFERENCES_DIALOG, NULL);
  self->settings = g_object_ref (settings);
  sync_from_settings (self);

  return ADW_DIALOG (self);
}

static void
liaison_preferences_dialog_dispose (GObject *object)
{
  LiaisonPreferencesDialog *self = LIAISON_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), LIAISON_TYPE_PREFERENCES_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (liaison_preferences_dialog_parent_class)->dispose (object);
}

static void
liaison_preferences_dialog_class_init (LiaisonPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_preferences_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonPreferencesDialog, language_row);
  gtk_widget_class_bind_template_callback (widget_class, language_selected_cb);
}

static void
liaison_preferences_dialog_init (LiaisonPreferencesDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char * const *languages = liaison_language_get_all ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (names, _("System Default"));
  for (guint i = 0; languages[i] != NULL; i++)
    gtk_string_list_append (names, liaison_language_get_native_name (languages[i]));

  self->updating = TRUE;
  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  self->updating = FALSE;
}
