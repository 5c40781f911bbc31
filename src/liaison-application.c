/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-application.c: application-wide actions, settings and windows. */

#define G_LOG_DOMAIN "liaison-application"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-application.h"
#include "liaison-export-command.h"
#include "liaison-resources.h"
#include "liaison-screenshot.h"
#include "liaison-shortcuts-dialog.h"
#include "liaison-window.h"

struct _LiaisonApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (LiaisonApplication, liaison_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "win.toggle-sidebar", { "F9", NULL } },
};

LiaisonApplication *
liaison_application_new (void)
{
  return g_object_new (LIAISON_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

GSettings *
liaison_application_get_settings (LiaisonApplication *self)
{
  g_return_val_if_fail (LIAISON_IS_APPLICATION (self), NULL);

  return self->settings;
}

static LiaisonWindow *
liaison_application_create_window (LiaisonApplication *self)
{
  LiaisonWindow *window = liaison_window_new (self);
  const char *screenshot = g_getenv ("LIAISON_SCREENSHOT");

  /* build-aux/dev run without a display: draw once, save, quit. */
  if (screenshot != NULL && *screenshot != '\0')
    liaison_screenshot_after_first_frame (GTK_WINDOW (window), screenshot, TRUE);

  return window;
}

static void
liaison_application_activate (GApplication *application)
{
  LiaisonApplication *self = LIAISON_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (liaison_application_create_window (self));

  gtk_window_present (window);
}

/* "liaison --export=FILE DOCUMENT" writes and quits before anything
 * registers or opens a display (see liaison-export-command.c). It is
 * caught here rather than in handle-local-options because that handler
 * never sees DOCUMENT: positional arguments stay with "open". */
static gboolean
liaison_application_local_command_line (GApplication   *application,
                                        char         ***arguments,
                                        int            *exit_status)
{
  if (liaison_export_command_wanted ((const char * const *) *arguments))
    {
      *exit_status = liaison_export_command_run ((const char * const *) *arguments);
      return TRUE;
    }

  return G_APPLICATION_CLASS (liaison_application_parent_class)->local_command_line (application, arguments, exit_status);
}

static void
liaison_application_startup (GApplication *application)
{
  LiaisonApplication *self = LIAISON_APPLICATION (application);

  G_APPLICATION_CLASS (liaison_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_icon_name (APP_ID);

  for (guint i = 0; i < G_N_ELEMENTS (app_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           app_accels[i].action,
                                           app_accels[i].accels);
}

static void
liaison_application_dispose (GObject *object)
{
  LiaisonApplication *self = LIAISON_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (liaison_application_parent_class)->dispose (object);
}

static void
liaison_application_class_init (LiaisonApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = liaison_application_dispose;

  liaison_register_resource ();

  app_class->activate = liaison_application_activate;
  app_class->startup = liaison_application_startup;
  app_class->local_command_line = liaison_application_local_command_line;
}

static void
liaison_application_about_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  static const char *developers[] = { "The Liaison developers", NULL };
  AdwDialog *about;

  about = g_object_new (ADW_TYPE_ABOUT_DIALOG,
                        "application-name", "Liaison",
                        "application-icon", APP_ID,
                        "developer-name", _("The Liaison developers"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Record and explore cooperation between smart-city organizations."),
                        "website", "https://github.com/cityliaison/liaison",
                        "issue-url", "https://github.com/cityliaison/liaison/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: put your name here, one per line, as "Name <email>" or "Name". */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_dialog_present (about, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
liaison_application_shortcuts_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  AdwDialog *dialog = liaison_shortcuts_dialog_new ();

  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
liaison_application_quit_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window lets it ask about unsaved changes first. */
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (GTK_WINDOW (iter->data));
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = liaison_application_about_action },
  { .name = "shortcuts", .activate = liaison_application_shortcuts_action },
  { .name = "quit", .activate = liaison_application_quit_action },
};

static void
liaison_application_init (LiaisonApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  /* Listed in --help; liaison_application_local_command_line() acts on them. */
  g_application_add_main_option_entries (G_APPLICATION (self), liaison_export_command_get_option_entries ());
}
