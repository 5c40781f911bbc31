/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-application.c: application-wide actions, settings and windows. */

#define G_LOG_DOMAIN "liaison-application"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "liaison-application.h"
#include "liaison-i18n.h"
#include "liaison-preferences-dialog.h"
#include "model/liaison-language.h"
#include "liaison-export-command.h"
#include "liaison-first-frame.h"
#include "liaison-resources.h"
#include "liaison-screenshot.h"
#include "liaison-shortcuts-dialog.h"
#include "liaison-window.h"
#include "model/liaison-recovery.h"

struct _LiaisonApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  char           *language_override;
  gboolean        drafts_offered;
};

G_DEFINE_FINAL_TYPE (LiaisonApplication, liaison_application, ADW_TYPE_APPLICATION)

static const struct {
  const char *action;
  const char *accels[3];
} app_accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.shortcuts", { "<Control>question", NULL } },
  { "app.new-window", { "<Control><Shift>n", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "app.help", { "F1", NULL } },
  { "win.toggle-sidebar", { "F9", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.close", { "<Control>w", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.filters-visible", { "<Control><Shift>f", NULL } },
  { "win.add-record", { "<Control>n", NULL } },
  { "win.duplicate-record", { "<Control>d", NULL } },
  { "win.delete-record", { "Delete", NULL } },
  { "win.page::organizations", { "<Alt>1", NULL } },
  { "win.page::people", { "<Alt>2", NULL } },
  { "win.page::events", { "<Alt>3", NULL } },
  { "win.page::links", { "<Alt>4", NULL } },
  { "win.page::sources", { "<Alt>5", NULL } },
  { "win.page::graph", { "<Alt>6", NULL } },
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
  /* The start benchmark: say when the first window drew, quit. */
  else if (g_getenv ("LIAISON_BENCH_FIRST_FRAME") != NULL &&
           gtk_application_get_windows (GTK_APPLICATION (self)) != NULL &&
           gtk_application_get_windows (GTK_APPLICATION (self))->next == NULL)
    liaison_first_frame_report (GTK_WINDOW (window));

  return window;
}

static void
recover_response_cb (AdwAlertDialog *dialog,
                     const char     *response,
                     LiaisonWindow  *window)
{
  LiaisonDraft *draft = g_object_get_data (G_OBJECT (dialog), "liaison-draft");

  if (g_str_equal (response, "restore"))
    liaison_window_restore_draft (window, draft);
  else if (g_str_equal (response, "discard"))
    liaison_recovery_delete_draft (draft, NULL);
}

/* After a crash: offers each draft left behind, in a window of its own. */
static void
offer_drafts (LiaisonApplication *self,
              GPtrArray          *drafts)
{
  for (guint i = 0; i < drafts->len; i++)
    {
      LiaisonDraft *draft = g_ptr_array_index (drafts, i);
      LiaisonWindow *window = liaison_application_create_window (self);
      g_autofree char *saved = g_date_time_format (draft->saved, "%c");
      g_autofree char *body = NULL;
      AdwDialog *dialog;

      /* Translators: the first %s is the name of a network, the second a date and time. */
      body = g_strdup_printf (_("Liaison closed before the changes to “%s” were saved. They were kept automatically on %s."),
                              draft->title != NULL && *draft->title != '\0' ? draft->title : _("Untitled Network"), saved);

      dialog = adw_alert_dialog_new (_("Restore Unsaved Changes?"), body);
      adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                      "discard", _("_Discard"),
                                      "restore", _("_Restore"),
                                      NULL);
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
      adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
      adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "restore");
      adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "restore");
      g_object_set_data_full (G_OBJECT (dialog), "liaison-draft",
                              g_ptr_array_steal_index (drafts, i--), (GDestroyNotify) liaison_draft_free);
      g_signal_connect_object (dialog, "response", G_CALLBACK (recover_response_cb), window, 0);
      gtk_window_present (GTK_WINDOW (window));
      adw_dialog_present (dialog, GTK_WIDGET (window));
    }
}

/* Offers the drafts a crash left behind, each in a window of its own, and
 * returns how many there were. */
guint
liaison_application_offer_drafts (LiaisonApplication *self)
{
  g_autoptr(GPtrArray) drafts = liaison_recovery_list_drafts ();
  guint n_drafts = drafts->len;

  g_return_val_if_fail (LIAISON_IS_APPLICATION (self), 0);

  self->drafts_offered = TRUE;
  if (n_drafts > 0)
    offer_drafts (self, drafts);

  return n_drafts;
}

/* For screenshots of a given state (build-aux/dev run, the metainfo
 * pictures): LIAISON_SCREENSHOT_SETUP="size=1280x800;dark=1;page=events;filters=1;select=ID". */
static void
apply_screenshot_setup (LiaisonWindow *window)
{
  const char *setup = g_getenv ("LIAISON_SCREENSHOT_SETUP");
  g_auto(GStrv) items = NULL;

  if (setup == NULL || g_getenv ("LIAISON_SCREENSHOT") == NULL)
    return;

  items = g_strsplit (setup, ";", -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (items[i], "=", 2);
      int width, height;

      if (g_strv_length (pair) != 2)
        continue;
      if (g_str_equal (pair[0], "size") && sscanf (pair[1], "%dx%d", &width, &height) == 2)
        {
          gtk_window_unmaximize (GTK_WINDOW (window));
          gtk_window_set_default_size (GTK_WINDOW (window), width, height);
        }
      else if (g_str_equal (pair[0], "dark"))
        adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                            g_str_equal (pair[1], "1") ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                       : ADW_COLOR_SCHEME_FORCE_LIGHT);
      else if (g_str_equal (pair[0], "page"))
        liaison_window_set_page (window, pair[1]);
      else if (g_str_equal (pair[0], "filters"))
        g_object_set (window, "filters-visible", g_str_equal (pair[1], "1"), NULL);
      else if (g_str_equal (pair[0], "select"))
        {
          LiaisonEntity *entity = liaison_document_lookup (liaison_window_get_document (window), pair[1]);

          if (entity != NULL)
            liaison_window_show_entity (window, entity);
        }
    }
}

static void
liaison_application_activate (GApplication *application)
{
  LiaisonApplication *self = LIAISON_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  guint n_drafts = 0;

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (!self->drafts_offered)
    n_drafts = liaison_application_offer_drafts (self);
  if (n_drafts > 0)
    return;

  window = GTK_WINDOW (liaison_application_create_window (self));
  /* The first time, show what Liaison is for with the sample network. */
  if (g_settings_get_boolean (self->settings, "first-run"))
    {
      g_settings_set_boolean (self->settings, "first-run", FALSE);
      liaison_window_open_sample (LIAISON_WINDOW (window));
    }
  apply_screenshot_setup (LIAISON_WINDOW (window));

  gtk_window_present (window);
}

static LiaisonWindow *
find_window_for_file (LiaisonApplication *self,
                      GFile              *file)
{
  for (GList *iter = gtk_application_get_windows (GTK_APPLICATION (self)); iter != NULL; iter = iter->next)
    {
      GFile *window_file;

      if (!LIAISON_IS_WINDOW (iter->data))
        continue;
      window_file = liaison_window_get_file (iter->data);
      if (window_file != NULL && g_file_equal (window_file, file))
        return iter->data;
    }

  return NULL;
}

/* One window per document: a file already open comes to the front, an
 * unused window takes the first file, the others get new windows. */
static void
liaison_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  LiaisonApplication *self = LIAISON_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      LiaisonWindow *window = find_window_for_file (self, files[i]);
      GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

      if (window == NULL)
        {
          if (LIAISON_IS_WINDOW (active) && liaison_window_is_pristine (LIAISON_WINDOW (active)))
            window = LIAISON_WINDOW (active);
          else
            window = liaison_application_create_window (self);
          liaison_window_open (window, files[i]);
        }
      gtk_window_present (GTK_WINDOW (window));
    }
}

/* Switches the interface language and rebuilds every window in it, each
 * keeping its document, unsaved changes, page and selection. */
void
liaison_application_set_language (LiaisonApplication *self,
                                  const char         *language)
{
  g_autoptr(GList) windows = NULL;

  g_return_if_fail (LIAISON_IS_APPLICATION (self));

  liaison_i18n_apply (language);

  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *iter = windows; iter != NULL; iter = iter->next)
    {
      LiaisonWindow *old = iter->data;
      LiaisonWindow *window;

      if (!LIAISON_IS_WINDOW (old))
        continue;

      window = liaison_window_new (self);
      liaison_window_adopt (window, old);
      gtk_window_present (GTK_WINDOW (window));
      gtk_window_destroy (GTK_WINDOW (old));
    }
}

static void
language_changed_cb (LiaisonApplication *self)
{
  g_autofree char *language = g_settings_get_string (self->settings, "language");

  /* Choosing in Preferences ends a --language override. */
  g_clear_pointer (&self->language_override, g_free);
  liaison_application_set_language (self, language);
}

static int
liaison_application_handle_local_options (GApplication *application,
                                          GVariantDict *options)
{
  LiaisonApplication *self = LIAISON_APPLICATION (application);
  const char *language = NULL;

  if (g_variant_dict_lookup (options, "language", "&s", &language))
    {
      const char * const *languages = liaison_language_get_all ();

      if (!g_strv_contains (languages, language))
        {
          g_printerr (_("Unknown language “%s”: use one of en, ja, zh_CN, zh_TW or ko\n"), language);
          return 2;
        }
      g_set_str (&self->language_override, language);
    }

  return G_APPLICATION_CLASS (liaison_application_parent_class)->handle_local_options (application, options);
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
  g_autofree char *language = NULL;

  G_APPLICATION_CLASS (liaison_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  liaison_i18n_init ();
  language = g_settings_get_string (self->settings, "language");
  liaison_i18n_apply (self->language_override != NULL ? self->language_override : language);
  g_signal_connect_object (self->settings, "changed::language", G_CALLBACK (language_changed_cb),
                           self, G_CONNECT_SWAPPED);
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
  g_clear_pointer (&self->language_override, g_free);

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
  app_class->open = liaison_application_open;
  app_class->handle_local_options = liaison_application_handle_local_options;
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

static void
liaison_application_new_window_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  LiaisonApplication *self = user_data;

  gtk_window_present (GTK_WINDOW (liaison_application_create_window (self)));
}

static void
liaison_application_open_sample_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));
  LiaisonWindow *window;

  if (LIAISON_IS_WINDOW (active) && liaison_window_is_pristine (LIAISON_WINDOW (active)))
    window = LIAISON_WINDOW (active);
  else
    window = liaison_application_create_window (self);

  liaison_window_open_sample (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
liaison_application_preferences_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  AdwDialog *dialog = liaison_preferences_dialog_new (self->settings);

  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
help_launched_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error))
    g_warning ("Could not open the help: %s", error->message);
}

static void
liaison_application_help_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  LiaisonApplication *self = user_data;
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new ("help:liaison");

  gtk_uri_launcher_launch (launcher, gtk_application_get_active_window (GTK_APPLICATION (self)),
                           NULL, help_launched_cb, NULL);
}

static const GActionEntry app_actions[] = {
  { .name = "help", .activate = liaison_application_help_action },
  { .name = "preferences", .activate = liaison_application_preferences_action },
  { .name = "new-window", .activate = liaison_application_new_window_action },
  { .name = "open-sample", .activate = liaison_application_open_sample_action },
  { .name = "about", .activate = liaison_application_about_action },
  { .name = "shortcuts", .activate = liaison_application_shortcuts_action },
  { .name = "quit", .activate = liaison_application_quit_action },
};

static void
liaison_application_init (LiaisonApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  g_application_add_main_option (G_APPLICATION (self), "language", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_STRING,
                                 _("Use this interface language for this run: en, ja, zh_CN, zh_TW or ko"),
                                 _("LANGUAGE"));
  /* Listed in --help; liaison_application_local_command_line() acts on them. */
  g_application_add_main_option_entries (G_APPLICATION (self), liaison_export_command_get_option_entries ());
}
