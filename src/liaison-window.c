/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-window.c: one document window: page sidebar, list or graph, and the detail pane.
 *
 * The window owns one LiaisonDocument and the file it came from. It loads in
 * a worker thread and swaps the document in only when loading succeeded, so
 * a bad file never touches what is open. Changes are drafted for crash
 * recovery (LiaisonRecovery); the file itself is written only by Save.
 */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-window.h"
#include "model/liaison-cooperation-link.h"
#include "model/liaison-event.h"
#include "model/liaison-json.h"
#include "model/liaison-language.h"
#include "model/liaison-organization.h"
#include "model/liaison-participation.h"
#include "model/liaison-person.h"
#include "model/liaison-source.h"
#include "interop/liaison-csv.h"
#include "interop/liaison-export.h"
#include "interop/liaison-report.h"
#include "views/liaison-deferred-menu.h"
#include "views/liaison-detail-pane.h"
#include "views/liaison-entity-list.h"
#include "views/liaison-graph-page.h"
#include "views/liaison-import-dialog.h"
#include "views/liaison-sidebar-row.h"

#define MIME_TYPE "application/x-liaison"
#define N_RECENT 8

typedef enum
{
  BANNER_NONE,
  BANNER_CHANGED_ON_DISK,
  BANNER_DELETED,
} BannerMode;

struct _LiaisonWindow
{
  AdwApplicationWindow    parent_instance;

  LiaisonDocument        *document;
  GFile                  *file;
  char                   *title;
  char                   *etag;
  GFileMonitor           *monitor;
  LiaisonRecovery        *recovery;
  GCancellable           *loading;
  gulong                  changed_id;
  BannerMode              banner_mode;
  gboolean                close_confirmed;
  gboolean                close_after_save;

  AdwToastOverlay        *toast_overlay;
  AdwOverlaySplitView    *outer_split;
  AdwNavigationSplitView *inner_split;
  AdwWindowTitle         *document_title;
  GtkListBox             *sidebar;
  AdwNavigationPage      *list_page;
  AdwWindowTitle         *page_title;
  GtkWidget              *add_button;
  GtkWidget              *search_button;
  GtkWidget              *filters_button;
  AdwBanner              *banner;
  GtkStack               *stack;
  LiaisonEntityList      *organizations_list;
  LiaisonEntityList      *people_list;
  LiaisonEntityList      *events_list;
  LiaisonEntityList      *links_list;
  LiaisonEntityList      *sources_list;
  LiaisonGraphPage       *graph_page;
  AdwNavigationPage      *detail_page;
  LiaisonDetailPane      *detail_pane;
  GtkMenuButton          *primary_menu_button;
  GtkMenuButton          *record_menu_button;
  GMenuModel             *primary_menu;
  GMenuModel             *record_menu;
  GMenu                  *recent_section;
};

enum {
  PROP_0,
  PROP_PAGE,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_FILTERS_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonWindow, liaison_window, ADW_TYPE_APPLICATION_WINDOW)

static void liaison_window_save_as (LiaisonWindow *self);
static void close_soon             (LiaisonWindow *self);
static void show_toast             (LiaisonWindow *self,
                                    const char    *title,
                                    gboolean       with_undo);

/* ---------------------------------------------------------------------- */
/* Pages                                                                   */

static LiaisonEntityList *
current_list (LiaisonWindow *self)
{
  GtkWidget *child;

  /* Signals from the template arrive before its children are bound. */
  if (self->stack == NULL)
    return NULL;

  child = gtk_stack_get_visible_child (self->stack);

  return LIAISON_IS_ENTITY_LIST (child) ? LIAISON_ENTITY_LIST (child) : NULL;
}

static LiaisonEntityList *
list_for_type (LiaisonWindow *self,
               GType          type)
{
  LiaisonEntityList *lists[] = {
    self->organizations_list, self->people_list, self->events_list, self->links_list, self->sources_list,
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      if (liaison_entity_list_get_entity_type (lists[i]) == type)
        return lists[i];
    }

  return NULL;
}

static const char *
page_for_list (LiaisonWindow     *self,
               LiaisonEntityList *list)
{
  return gtk_stack_page_get_name (gtk_stack_get_page (self->stack, GTK_WIDGET (list)));
}

static LiaisonSidebarRow *
find_row (LiaisonWindow *self,
          const char    *page)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (LIAISON_IS_SIDEBAR_ROW (child) &&
          g_strcmp0 (liaison_sidebar_row_get_page_name (LIAISON_SIDEBAR_ROW (child)), page) == 0)
        return LIAISON_SIDEBAR_ROW (child);
    }

  return NULL;
}

const char *
liaison_window_get_page (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
liaison_window_set_page (LiaisonWindow *self,
                         const char    *page)
{
  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (page != NULL);

  if (gtk_stack_get_child_by_name (self->stack, page) == NULL)
    {
      g_warning ("No page named “%s”", page);
      return;
    }

  gtk_stack_set_visible_child_name (self->stack, page);
}

LiaisonEntity *
liaison_window_get_selected_entity (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return liaison_detail_pane_get_entity (self->detail_pane);
}

static void
update_actions (LiaisonWindow *self)
{
  LiaisonEntityList *list = current_list (self);
  LiaisonEntity *selected = liaison_detail_pane_get_entity (self->detail_pane);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", liaison_document_can_undo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", liaison_document_can_redo (self->document));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.add-record", list != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", list != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.filters-visible", list != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-record", selected != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-report",
                                 LIAISON_IS_EVENT (selected) || LIAISON_IS_ORGANIZATION (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.duplicate-record",
                                 selected != NULL && !LIAISON_IS_PARTICIPATION (selected));
}

static void
update_add_tooltip (LiaisonWindow *self)
{
  static const struct { const char *page; const char *tooltip; } tooltips[] = {
    { "organizations", N_("Add Organization") },
    { "people", N_("Add Person") },
    { "events", N_("Add Event") },
    { "links", N_("Add Cooperation Link") },
    { "sources", N_("Add Source") },
  };
  const char *page = liaison_window_get_page (self);

  for (guint i = 0; i < G_N_ELEMENTS (tooltips); i++)
    {
      if (g_strcmp0 (tooltips[i].page, page) == 0)
        {
          gtk_widget_set_tooltip_text (self->add_button, gettext (tooltips[i].tooltip));
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_button),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, gettext (tooltips[i].tooltip),
                                          -1);
        }
    }
}

static void
update_page_subtitle (LiaisonWindow *self)
{
  LiaisonEntityList *list = current_list (self);
  g_autofree char *subtitle = NULL;

  if (list != NULL && self->document != NULL)
    {
      guint shown = g_list_model_get_n_items (liaison_entity_list_get_model (list));
      guint all = g_list_model_get_n_items (liaison_document_get_collection (self->document,
                                                                            liaison_entity_list_get_entity_type (list)));

      if (shown == all)
        subtitle = g_strdup_printf (ngettext ("%u record", "%u records", all), all);
      else
        /* Translators: how many records the search and filters show, of all there are. */
        subtitle = g_strdup_printf (ngettext ("%u of %u record", "%u of %u records", all), shown, all);
    }

  adw_window_title_set_subtitle (self->page_title, subtitle != NULL ? subtitle : "");
}

static void
show_in_detail (LiaisonWindow *self,
                LiaisonEntity *entity)
{
  liaison_detail_pane_set_entity (self->detail_pane, entity);
  update_actions (self);
}

static void
stack_visible_child_cb (LiaisonWindow *self)
{
  const char *page;
  LiaisonSidebarRow *row;
  LiaisonEntityList *list;
  gboolean graph;

  if (self->stack == NULL || self->detail_pane == NULL || self->document == NULL)
    return;

  page = gtk_stack_get_visible_child_name (self->stack);
  row = find_row (self, page);
  list = current_list (self);
  graph = list == NULL;

  if (row != NULL)
    {
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
      adw_navigation_page_set_title (self->list_page, liaison_sidebar_row_get_title (row));
      adw_window_title_set_title (self->page_title, liaison_sidebar_row_get_title (row));
    }

  /* The graph wants the room a list leaves to the detail pane. */
  adw_navigation_split_view_set_sidebar_width_fraction (self->inner_split, graph ? 0.72 : 0.6);
  adw_navigation_split_view_set_max_sidebar_width (self->inner_split, graph ? 100000 : 760);

  show_in_detail (self, list != NULL ? liaison_entity_list_get_selected_entity (list)
                                     : liaison_graph_page_get_selected_entity (self->graph_page));
  update_add_tooltip (self);
  update_page_subtitle (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERS_VISIBLE]);
}

static void
sidebar_row_activated_cb (LiaisonWindow *self,
                          GtkListBoxRow *row)
{
  liaison_window_set_page (self, liaison_sidebar_row_get_page_name (LIAISON_SIDEBAR_ROW (row)));
  adw_navigation_split_view_set_show_content (self->inner_split, FALSE);
  if (adw_overlay_split_view_get_collapsed (self->outer_split))
    adw_overlay_split_view_set_show_sidebar (self->outer_split, FALSE);
}

static void
list_selection_cb (LiaisonWindow     *self,
                   GParamSpec        *pspec,
                   LiaisonEntityList *list)
{
  if (list == current_list (self))
    show_in_detail (self, liaison_entity_list_get_selected_entity (list));
}

static void
list_activate_cb (LiaisonWindow     *self,
                  LiaisonEntity     *entity,
                  LiaisonEntityList *list)
{
  show_in_detail (self, entity);
  adw_navigation_split_view_set_show_content (self->inner_split, TRUE);
}

static void
graph_selection_cb (LiaisonWindow *self)
{
  LiaisonEntity *entity = liaison_graph_page_get_selected_entity (self->graph_page);

  if (current_list (self) != NULL)
    return;

  show_in_detail (self, entity);
  if (entity != NULL && adw_navigation_split_view_get_collapsed (self->inner_split))
    adw_navigation_split_view_set_show_content (self->inner_split, TRUE);
}

/* Shows @entity in its list and its detail page, clearing a search or
 * filter that hides it. */
void
liaison_window_show_entity (LiaisonWindow *self,
                            LiaisonEntity *entity)
{
  LiaisonEntityList *list;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (LIAISON_IS_ENTITY (entity));

  /* A participation is shown with its event. */
  if (LIAISON_IS_PARTICIPATION (entity))
    {
      LiaisonEntity *event = liaison_document_lookup (self->document,
                                                      liaison_participation_get_event (LIAISON_PARTICIPATION (entity)));

      if (event != NULL)
        entity = event;
    }

  list = list_for_type (self, G_OBJECT_TYPE (entity));
  if (list == NULL)
    return;

  if (current_list (self) != NULL || !LIAISON_IS_ORGANIZATION (entity))
    liaison_window_set_page (self, page_for_list (self, list));

  liaison_entity_list_set_selected_entity (list, entity);
  if (liaison_entity_list_get_selected_entity (list) != entity)
    {
      gtk_widget_activate_action (GTK_WIDGET (list), "list.clear-all", NULL);
      liaison_entity_list_set_selected_entity (list, entity);
    }

  show_in_detail (self, entity);
  adw_navigation_split_view_set_show_content (self->inner_split, TRUE);
}

static void
detail_activate_cb (LiaisonWindow *self,
                    LiaisonEntity *entity)
{
  liaison_window_show_entity (self, entity);
}

static void
detail_title_cb (LiaisonWindow *self)
{
  g_autofree char *title = NULL;

  g_object_get (self->detail_pane, "title", &title, NULL);
  adw_navigation_page_set_title (self->detail_page, title != NULL ? title : _("Details"));
}

/* ---------------------------------------------------------------------- */
/* The document                                                            */

LiaisonDocument *
liaison_window_get_document (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->document;
}

GFile *
liaison_window_get_file (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->file;
}

const char *
liaison_window_get_document_title (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->title;
}

LiaisonRecovery *
liaison_window_get_recovery (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), NULL);

  return self->recovery;
}

/* A window the user has not used yet: opening a file can take it over. */
gboolean
liaison_window_is_pristine (LiaisonWindow *self)
{
  g_return_val_if_fail (LIAISON_IS_WINDOW (self), FALSE);

  return self->file == NULL &&
         !liaison_document_get_dirty (self->document) &&
         liaison_document_get_n_entities (self->document) == 0;
}

static void
update_title (LiaisonWindow *self)
{
  gboolean dirty = liaison_document_get_dirty (self->document);
  g_autofree char *window_title = NULL;
  g_autofree char *location = NULL;

  /* Translators: the window title of a document with unsaved changes. */
  window_title = dirty ? g_strdup_printf (_("• %s"), self->title) : g_strdup (self->title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);

  adw_window_title_set_title (self->document_title, self->title);
  if (dirty)
    location = g_strdup (_("Unsaved changes"));
  else if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);

      location = parent != NULL ? g_file_get_parse_name (parent) : NULL;
    }
  adw_window_title_set_subtitle (self->document_title, location != NULL ? location : "");
}

static void
document_changed_cb (LiaisonWindow *self)
{
  update_title (self);
  update_actions (self);
  update_page_subtitle (self);

  if (liaison_document_get_dirty (self->document))
    liaison_recovery_schedule (self->recovery, self->document, self->file, self->title);
  else
    liaison_recovery_discard (self->recovery);
}

static void
remember_etag (LiaisonWindow *self)
{
  g_autoptr(GFileInfo) info = NULL;

  g_clear_pointer (&self->etag, g_free);
  if (self->file == NULL)
    return;

  info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    self->etag = g_strdup (g_file_info_get_etag (info));
}

static void
show_banner (LiaisonWindow *self,
             BannerMode     mode)
{
  g_autofree char *title = NULL;

  self->banner_mode = mode;
  switch (mode)
    {
    case BANNER_CHANGED_ON_DISK:
      title = g_strdup_printf (_("“%s” was changed by another program"), self->title);
      adw_banner_set_title (self->banner, title);
      adw_banner_set_button_label (self->banner, _("_Reload"));
      break;

    case BANNER_DELETED:
      title = g_strdup_printf (_("“%s” was moved or deleted by another program"), self->title);
      adw_banner_set_title (self->banner, title);
      adw_banner_set_button_label (self->banner, NULL);
      break;

    case BANNER_NONE:
    default:
      break;
    }
  adw_banner_set_revealed (self->banner, mode != BANNER_NONE);
}

static void
monitor_changed_cb (LiaisonWindow     *self,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event)
{
  g_autoptr(GFileInfo) info = NULL;

  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_RENAMED:
      info = g_file_query_info (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
      if (info == NULL)
        show_banner (self, BANNER_DELETED);
      /* Our own saves leave the etag we remembered. */
      else if (g_strcmp0 (g_file_info_get_etag (info), self->etag) != 0)
        show_banner (self, BANNER_CHANGED_ON_DISK);
      else
        show_banner (self, BANNER_NONE);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      if (!g_file_query_exists (self->file, NULL))
        show_banner (self, BANNER_DELETED);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
watch_file (LiaisonWindow *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  remember_etag (self);
  show_banner (self, BANNER_NONE);
  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    {
      g_file_monitor_set_rate_limit (self->monitor, 500);
      g_signal_connect_swapped (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
    }
}

static char *
title_for_file (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (base);

  if (g_str_has_suffix (name, ".liaison") && strlen (name) > strlen (".liaison"))
    name[strlen (name) - strlen (".liaison")] = '\0';

  return g_steal_pointer (&name);
}

static void
add_to_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) MIME_TYPE,
    .app_name = (char *) "Liaison",
    .app_exec = (char *) "liaison %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
set_document (LiaisonWindow   *self,
              LiaisonDocument *document,
              GFile           *file,
              const char      *title)
{
  LiaisonEntityList *lists[] = {
    self->organizations_list, self->people_list, self->events_list, self->links_list, self->sources_list,
  };

  g_assert (LIAISON_IS_DOCUMENT (document));

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);

  liaison_recovery_discard (self->recovery);
  g_set_object (&self->document, document);
  g_set_object (&self->file, file);
  g_set_str (&self->title, title);

  show_in_detail (self, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    liaison_entity_list_set_document (lists[i], document);
  liaison_detail_pane_set_document (self->detail_pane, document);
  liaison_graph_page_set_document (self->graph_page, document);
  liaison_graph_page_set_filter (self->graph_page, GTK_FILTER (liaison_entity_list_get_filter (self->organizations_list)));

  self->changed_id = g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);
  watch_file (self);
  if (file != NULL)
    add_to_recent (file);

  update_title (self);
  update_actions (self);
  update_page_subtitle (self);
  adw_navigation_split_view_set_show_content (self->inner_split, FALSE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

static void
show_error (LiaisonWindow *self,
            const char    *heading,
            const char    *message)
{
  AdwDialog *dialog = adw_alert_dialog_new (heading, message);

  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_alert_dialog_set_body_use_markup (ADW_ALERT_DIALOG (dialog), FALSE);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LiaisonDocument *document = liaison_json_load_file (task_data, cancellable, &error);

  if (document == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, document, g_object_unref);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);
  GFile *file = g_task_get_task_data (G_TASK (result));
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  document = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->loading);
  if (document == NULL)
    {
      show_error (self, _("Could Not Open File"), error->message);
      return;
    }

  title = title_for_file (file);
  set_document (self, document, file, title);
}

/* Opens @file in this window once it has loaded; on error the window keeps
 * its document and shows why. */
void
liaison_window_open (LiaisonWindow *self,
                     GFile         *file)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_set_object (&self->loading, g_cancellable_new ());

  task = g_task_new (self, self->loading, load_done_cb, NULL);
  g_task_set_source_tag (task, liaison_window_open);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

void
liaison_window_open_sample (LiaisonWindow *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));

  bytes = g_resources_lookup_data (RESOURCE_PREFIX "/sample.liaison", G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes != NULL)
    document = liaison_json_load_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                       _("Sample Network"), &error);
  if (document == NULL)
    {
      show_error (self, _("Could Not Open the Sample Network"), error->message);
      return;
    }

  set_document (self, document, NULL, _("Sample Network"));
}

/* Opens a draft left by a crash: its changes are unsaved again, in memory,
 * and the user's file is still as it was. */
void
liaison_window_restore_draft (LiaisonWindow *self,
                              LiaisonDraft  *draft)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GFile) original = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (draft != NULL);

  document = liaison_json_load_file (draft->draft, NULL, &error);
  if (document == NULL)
    {
      show_error (self, _("Could Not Restore"), error->message);
      return;
    }

  original = draft->original != NULL ? g_file_new_for_uri (draft->original) : NULL;
  if (draft->title != NULL && *draft->title != '\0')
    title = g_strdup (draft->title);
  else if (original != NULL)
    title = title_for_file (original);
  else
    title = g_strdup (_("Untitled Network"));

  set_document (self, document, original, title);
  liaison_document_mark_modified (document);

  /* The window keeps its own draft from now on. */
  liaison_recovery_schedule (self->recovery, document, original, title);
  update_title (self);
  if (liaison_recovery_save_now (self->recovery, &error))
    liaison_recovery_delete_draft (draft, NULL);
  else
    g_warning ("Could not keep the recovered draft: %s", error->message);
}

gboolean
liaison_window_save_to (LiaisonWindow  *self,
                        GFile          *file,
                        GError        **error)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (LIAISON_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!liaison_json_save_file (self->document, file, NULL, error))
    return FALSE;

  liaison_document_mark_saved (self->document);
  liaison_recovery_discard (self->recovery);

  title = title_for_file (file);
  g_set_object (&self->file, file);
  g_set_str (&self->title, title);
  watch_file (self);
  add_to_recent (file);
  update_title (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  return TRUE;
}

static gboolean
save_reporting_errors (LiaisonWindow *self,
                       GFile         *file)
{
  g_autoptr(GError) error = NULL;

  if (!liaison_window_save_to (self, file, &error))
    {
      show_error (self, _("Could Not Save File"), error->message);
      self->close_after_save = FALSE;
      return FALSE;
    }

  if (self->close_after_save)
    close_soon (self);

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* File actions                                                            */

static GListModel *
liaison_file_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) liaison = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (liaison, _("Liaison Networks"));
  gtk_file_filter_add_mime_type (liaison, MIME_TYPE);
  gtk_file_filter_add_suffix (liaison, "liaison");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, liaison);
  g_list_store_append (filters, all);

  return G_LIST_MODEL (filters);
}

/* Opens @file here when this window is unused, otherwise through the
 * application, which picks the window that has it or makes one. */
static void
open_in_app (LiaisonWindow *self,
             GFile         *file)
{
  if (liaison_window_is_pristine (self))
    liaison_window_open (self, file);
  else
    g_application_open (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))), &file, 1, "");
}

static void
open_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(LiaisonWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GError) error = NULL;

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (object), result, &error);
  if (files == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      open_in_app (self, file);
    }
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListModel) filters = liaison_file_filters ();

  gtk_file_dialog_set_title (dialog, _("Open Network"));
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (self), NULL, open_dialog_done_cb, g_object_ref (self));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  open_in_app (LIAISON_WINDOW (widget), file);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  /* Most recently used first. */
  return g_date_time_compare (gtk_recent_info_get_modified ((GtkRecentInfo *) b),
                              gtk_recent_info_get_modified ((GtkRecentInfo *) a));
}

static void
update_recent_menu (LiaisonWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) mine = g_ptr_array_new ();

  for (GList *iter = items; iter != NULL; iter = iter->next)
    {
      GtkRecentInfo *info = iter->data;

      if (g_strcmp0 (gtk_recent_info_get_mime_type (info), MIME_TYPE) == 0 ||
          g_str_has_suffix (gtk_recent_info_get_uri (info), ".liaison"))
        g_ptr_array_add (mine, info);
    }
  g_ptr_array_sort_values (mine, compare_recent);

  g_menu_remove_all (self->recent_section);
  for (guint i = 0; i < mine->len && i < N_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (mine, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);

      g_menu_item_set_action_and_target (item, "win.open-recent", "s", gtk_recent_info_get_uri (info));
      g_menu_append_item (self->recent_section, item);
    }
  if (mine->len == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Networks"), "win.no-recent");

      g_menu_append_item (self->recent_section, item);
    }

  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
save_dialog_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(LiaisonWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL)
    {
      self->close_after_save = FALSE;
      return;
    }

  save_reporting_errors (self, file);
}

static void
liaison_window_save_as (LiaisonWindow *self)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListModel) filters = liaison_file_filters ();
  g_autofree char *name = g_strconcat (self->title, ".liaison", NULL);

  gtk_file_dialog_set_title (dialog, _("Save Network"));
  gtk_file_dialog_set_filters (dialog, filters);
  if (self->file != NULL)
    gtk_file_dialog_set_initial_file (dialog, self->file);
  else
    gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, save_dialog_done_cb, g_object_ref (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  if (self->file == NULL)
    liaison_window_save_as (self);
  else
    save_reporting_errors (self, self->file);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  liaison_window_save_as (LIAISON_WINDOW (widget));
}

static void
reload_response_cb (AdwAlertDialog *dialog,
                    const char     *response,
                    LiaisonWindow  *self)
{
  if (g_str_equal (response, "reload"))
    liaison_window_open (self, self->file);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  AdwDialog *dialog;

  if (self->file == NULL)
    return;
  if (!liaison_document_get_dirty (self->document))
    {
      liaison_window_open (self, self->file);
      return;
    }

  dialog = adw_alert_dialog_new (_("Reload and Discard Changes?"),
                                 _("Reloading shows the file as the other program saved it. Your unsaved changes in this window will be lost."));
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "reload", _("_Reload"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
banner_button_cb (LiaisonWindow *self)
{
  if (self->banner_mode == BANNER_CHANGED_ON_DISK)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.reload", NULL);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         LiaisonWindow *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *iter = files; iter != NULL; iter = iter->next)
    open_in_app (self, iter->data);

  return files != NULL;
}

/* ---------------------------------------------------------------------- */
/* Import and export                                                       */

static GtkFileFilter *
file_filter (const char         *name,
             const char * const *suffixes)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  for (guint i = 0; suffixes[i] != NULL; i++)
    gtk_file_filter_add_suffix (filter, suffixes[i]);

  return filter;
}

static void
imported_cb (LiaisonWindow *self)
{
  show_toast (self, _("Imported"), TRUE);
}

static void
import_dialog_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(LiaisonWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AdwDialog *dialog;

  file = gtk_file_dialog_open_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL)
    return;

  dialog = liaison_import_dialog_new (self->document, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  static const char * const suffixes[] = { "csv", "tsv", "txt", "gexf", "graphml", NULL };
  g_autoptr(GtkFileFilter) filter = file_filter (_("Spreadsheets and Networks"), suffixes);

  g_list_store_append (filters, filter);
  gtk_file_dialog_set_title (dialog, _("Import"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_open (dialog, GTK_WINDOW (self), NULL, import_dialog_done_cb, g_object_ref (self));
}

static void
export_to (LiaisonWindow *self,
           GFile         *file)
{
  LiaisonEntityList *list = current_list (self);
  LiaisonExportFormat format;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!liaison_export_format_from_file (file, &format))
    format = LIAISON_EXPORT_FORMAT_GEXF;

  /* A list as CSV is what it shows: its search and filters apply. */
  if (format == LIAISON_EXPORT_FORMAT_CSV && list != NULL)
    ok = liaison_csv_export_file (self->document, liaison_entity_list_get_model (list),
                                  liaison_entity_list_get_entity_type (list), file, NULL, &error);
  else
    ok = liaison_export_document (self->document, format,
                                  list != NULL ? liaison_entity_list_get_entity_type (list) : LIAISON_TYPE_ORGANIZATION,
                                  file, NULL, &error);

  if (!ok)
    show_error (self, _("Could Not Export"), error->message);
  else
    show_toast (self, _("Exported"), FALSE);
}

static void
export_dialog_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(LiaisonWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file != NULL)
    export_to (self, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  static const char * const gexf[] = { "gexf", NULL };
  static const char * const graphml[] = { "graphml", NULL };
  static const char * const csv[] = { "csv", NULL };
  static const char * const ics[] = { "ics", NULL };
  g_autoptr(GtkFileFilter) gexf_filter = file_filter (_("GEXF Network (Gephi)"), gexf);
  g_autoptr(GtkFileFilter) graphml_filter = file_filter (_("GraphML Network"), graphml);
  g_autoptr(GtkFileFilter) csv_filter = file_filter (_("CSV Spreadsheet of This List"), csv);
  g_autoptr(GtkFileFilter) ics_filter = file_filter (_("iCalendar Events"), ics);
  g_autofree char *name = g_strconcat (self->title, ".gexf", NULL);

  g_list_store_append (filters, gexf_filter);
  g_list_store_append (filters, graphml_filter);
  g_list_store_append (filters, csv_filter);
  g_list_store_append (filters, ics_filter);
  gtk_file_dialog_set_title (dialog, _("Export"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, export_dialog_done_cb, g_object_ref (self));
}

static void
report_dialog_done_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(LiaisonWindow) self = user_data;
  LiaisonEntity *entity = liaison_detail_pane_get_entity (self->detail_pane);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL || entity == NULL)
    return;

  if (!liaison_report_export_file (self->document, entity, file, NULL, &error))
    show_error (self, _("Could Not Export"), error->message);
  else
    show_toast (self, _("Exported"), FALSE);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonEntity *entity = liaison_detail_pane_get_entity (self->detail_pane);
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  static const char * const pdf[] = { "pdf", NULL };
  g_autoptr(GtkFileFilter) pdf_filter = file_filter (_("PDF Document"), pdf);
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (!LIAISON_IS_EVENT (entity) && !LIAISON_IS_ORGANIZATION (entity))
    return;

  title = liaison_entity_dup_title (entity, liaison_language_get_current ());
  name = g_strconcat (title != NULL ? title : liaison_entity_get_id (entity), ".pdf", NULL);
  dialog = gtk_file_dialog_new ();
  g_list_store_append (filters, pdf_filter);
  gtk_file_dialog_set_title (dialog, _("Export Report"));
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_save (dialog, GTK_WINDOW (self), NULL, report_dialog_done_cb, g_object_ref (self));
}

/* ---------------------------------------------------------------------- */
/* Editing                                                                 */

static void
show_toast (LiaisonWindow *self,
            const char    *title,
            gboolean       with_undo)
{
  AdwToast *toast = adw_toast_new (title);

  if (with_undo)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_toast_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  show_toast (LIAISON_WINDOW (widget), g_variant_get_string (parameter, NULL), FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  liaison_document_undo (LIAISON_WINDOW (widget)->document);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  liaison_document_redo (LIAISON_WINDOW (widget)->document);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonEntityList *list = current_list (LIAISON_WINDOW (widget));

  if (list != NULL)
    liaison_entity_list_start_search (list);
}

static LiaisonEntity *
new_entity (LiaisonWindow  *self,
            GType           type,
            GError        **error)
{
  const char *language = liaison_language_get_current ();
  g_autoptr(LiaisonText) name = NULL;
  g_autofree char *id = NULL;
  const char *title = NULL;
  LiaisonEntity *entity;

  if (type == LIAISON_TYPE_ORGANIZATION)
    title = _("New Organization");
  else if (type == LIAISON_TYPE_PERSON)
    title = _("New Person");
  else if (type == LIAISON_TYPE_EVENT)
    title = _("New Event");
  else if (type == LIAISON_TYPE_SOURCE)
    title = _("New Source");

  id = liaison_document_make_id (self->document, type, NULL);
  entity = g_object_new (type, "id", id, NULL);

  if (type == LIAISON_TYPE_ORGANIZATION || type == LIAISON_TYPE_PERSON)
    {
      name = liaison_text_new (language, title);
      g_object_set (entity, "name", name, NULL);
    }
  else if (type == LIAISON_TYPE_EVENT)
    {
      name = liaison_text_new (language, title);
      g_object_set (entity, "title", name, "status", LIAISON_EVENT_STATUS_PLANNED, NULL);
    }
  else if (type == LIAISON_TYPE_SOURCE)
    {
      g_object_set (entity, "title", title, NULL);
    }
  else if (type == LIAISON_TYPE_COOPERATION_LINK)
    {
      GListModel *organizations = liaison_document_get_organizations (self->document);
      LiaisonEntity *selected = liaison_entity_list_get_selected_entity (self->organizations_list);
      g_autoptr(LiaisonEntity) first = g_list_model_get_item (organizations, 0);
      g_autoptr(LiaisonEntity) second = g_list_model_get_item (organizations, 1);
      LiaisonEntity *from = selected != NULL ? selected : first;
      LiaisonEntity *to = from == first ? second : first;

      if (from == NULL || to == NULL)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("A cooperation link needs two organizations: add them first"));
          g_object_unref (entity);
          return NULL;
        }
      g_object_set (entity,
                    "from", liaison_entity_get_id (from),
                    "to", liaison_entity_get_id (to),
                    NULL);
    }

  return entity;
}

static void
add_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonEntityList *list = current_list (self);
  g_autoptr(LiaisonEntity) entity = NULL;
  g_autoptr(GError) error = NULL;

  if (list == NULL)
    return;

  entity = new_entity (self, liaison_entity_list_get_entity_type (list), &error);
  if (entity == NULL || !liaison_document_add (self->document, entity, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }

  liaison_window_show_entity (self, entity);
}

static void
duplicate_record_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonEntity *original = liaison_detail_pane_get_entity (self->detail_pane);
  g_autoptr(LiaisonEntity) copy = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (original == NULL)
    return;

  id = liaison_document_make_id (self->document, G_OBJECT_TYPE (original), liaison_entity_get_id (original));
  copy = liaison_entity_copy (original, id);

  if (!liaison_document_add (self->document, copy, &error))
    {
      show_toast (self, error->message, FALSE);
      return;
    }

  liaison_window_show_entity (self, copy);
  show_toast (self, _("Duplicated"), TRUE);
}

static void
remove_entity (LiaisonWindow *self,
               LiaisonEntity *entity)
{
  g_autofree char *title = liaison_entity_dup_title (entity, liaison_language_get_current ());
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  g_object_ref (entity);
  if (!liaison_document_remove (self->document, entity, LIAISON_REMOVE_CASCADE, &error))
    {
      show_toast (self, error->message, FALSE);
      g_object_unref (entity);
      return;
    }

  show_in_detail (self, NULL);
  if (adw_navigation_split_view_get_collapsed (self->inner_split))
    adw_navigation_split_view_set_show_content (self->inner_split, FALSE);

  /* Translators: a notification after deleting a record; %s is its name. */
  message = g_strdup_printf (_("“%s” deleted"), title != NULL ? title : liaison_entity_get_id (entity));
  show_toast (self, message, TRUE);
  g_object_unref (entity);
}

static void
delete_response_cb (AdwAlertDialog *dialog,
                    const char     *response,
                    LiaisonWindow  *self)
{
  LiaisonEntity *entity = g_object_get_data (G_OBJECT (dialog), "liaison-entity");

  if (g_str_equal (response, "delete") && entity != NULL)
    remove_entity (self, entity);
}

/* Headings stay short; the record's name goes in the text below. */
static const char *
delete_heading (LiaisonEntity *entity)
{
  if (LIAISON_IS_ORGANIZATION (entity))
    return _("Delete Organization?");
  if (LIAISON_IS_PERSON (entity))
    return _("Delete Person?");
  if (LIAISON_IS_EVENT (entity))
    return _("Delete Event?");
  if (LIAISON_IS_COOPERATION_LINK (entity))
    return _("Delete Cooperation Link?");
  if (LIAISON_IS_SOURCE (entity))
    return _("Delete Source?");

  return _("Delete Record?");
}

static void
delete_record_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);
  LiaisonEntity *entity = liaison_detail_pane_get_entity (self->detail_pane);
  g_autoptr(GPtrArray) referrers = NULL;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  guint n_links = 0, n_participations = 0, n_other = 0;
  AdwDialog *dialog;

  if (entity == NULL)
    return;

  referrers = liaison_document_get_referrers (self->document, entity);
  if (referrers == NULL || referrers->len == 0)
    {
      remove_entity (self, entity);
      return;
    }

  for (guint i = 0; i < referrers->len; i++)
    {
      LiaisonEntity *referrer = g_ptr_array_index (referrers, i);

      if (LIAISON_IS_COOPERATION_LINK (referrer))
        n_links++;
      else if (LIAISON_IS_PARTICIPATION (referrer))
        n_participations++;
      else
        n_other++;
    }

  title = liaison_entity_dup_title (entity, liaison_language_get_current ());
  heading = g_strdup (delete_heading (entity));
  {
    g_autoptr(GString) text = g_string_new (NULL);

    /* Translators: the start of the text of the dialog that asks before deleting; %s is the record's name. */
    g_string_append_printf (text, _("“%s” will be deleted."), title != NULL ? title : liaison_entity_get_id (entity));

    if (n_links > 0)
      {
        g_string_append_c (text, ' ');
        g_string_append_printf (text, ngettext ("Its %u cooperation link will be deleted with it.",
                                                "Its %u cooperation links will be deleted with it.", n_links), n_links);
      }
    if (n_participations > 0)
      {
        g_string_append_c (text, ' ');
        g_string_append_printf (text, ngettext ("Its part in %u event will be deleted with it.",
                                                "Its part in %u events will be deleted with it.", n_participations),
                                n_participations);
      }
    if (n_other > 0)
      {
        g_string_append_c (text, ' ');
        g_string_append_printf (text, ngettext ("%u other record refers to it and will no longer do so.",
                                                "%u other records refer to it and will no longer do so.", n_other),
                                n_other);
      }
    body = g_string_free (g_steal_pointer (&text), FALSE);
  }

  dialog = adw_alert_dialog_new (heading, body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "delete", _("_Delete"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "cancel");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "liaison-entity", g_object_ref (entity), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/* ---------------------------------------------------------------------- */
/* Closing                                                                 */

static gboolean
close_idle_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));

  return G_SOURCE_REMOVE;
}

/* Closes once the dialog that asked is gone: a window with a dialog open
 * closes the dialog instead of itself. */
static void
close_soon (LiaisonWindow *self)
{
  AdwDialog *dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (self));

  self->close_confirmed = TRUE;
  if (dialog != NULL)
    g_signal_connect_object (dialog, "closed", G_CALLBACK (gtk_window_close), self, G_CONNECT_SWAPPED);
  else
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static void
close_response_cb (AdwAlertDialog *dialog,
                   const char     *response,
                   LiaisonWindow  *self)
{
  if (g_str_equal (response, "discard"))
    close_soon (self);
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      if (self->file == NULL)
        liaison_window_save_as (self);
      else
        save_reporting_errors (self, self->file);
    }
}

static void
ask_before_closing (LiaisonWindow *self)
{
  g_autofree char *body = NULL;
  AdwDialog *dialog;

  /* Translators: %s is the name of the network, such as "Sample Network". */
  body = g_strdup_printf (_("“%s” has unsaved changes. If you don’t save, they will be permanently lost."), self->title);
  dialog = adw_alert_dialog_new (_("Save Changes?"), body);
  adw_alert_dialog_add_responses (ADW_ALERT_DIALOG (dialog),
                                  "cancel", _("_Cancel"),
                                  "discard", _("_Discard"),
                                  "save", _("_Save"),
                                  NULL);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_alert_dialog_set_response_appearance (ADW_ALERT_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_alert_dialog_set_default_response (ADW_ALERT_DIALOG (dialog), "save");
  adw_alert_dialog_set_close_response (ADW_ALERT_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

static gboolean
liaison_window_close_request (GtkWindow *window)
{
  LiaisonWindow *self = LIAISON_WINDOW (window);
  GSettings *settings = liaison_application_get_settings (LIAISON_APPLICATION (gtk_window_get_application (window)));
  int width, height;

  if (!self->close_confirmed && liaison_document_get_dirty (self->document))
    {
      ask_before_closing (self);
      return TRUE;
    }

  /* Closing on purpose: nothing is left to recover. */
  liaison_recovery_discard (self->recovery);

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window))
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (liaison_window_parent_class)->close_request (window);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  adw_overlay_split_view_set_show_sidebar (self->outer_split,
                                           !adw_overlay_split_view_get_show_sidebar (self->outer_split));
}

/* ---------------------------------------------------------------------- */
/* Rebuilding in another language                                          */

typedef struct
{
  LiaisonWindow *self;
  double         scroll[5];
} ScrollState;

static GtkAdjustment *
list_adjustment (LiaisonEntityList *list)
{
  GtkScrolledWindow *scrolled = liaison_entity_list_get_scrolled_window (list);

  return scrolled != NULL ? gtk_scrolled_window_get_vadjustment (scrolled) : NULL;
}

static void
copy_filter (LiaisonEntityList *to,
             LiaisonEntityList *from)
{
  LiaisonEntityFilter *source = liaison_entity_list_get_filter (from);

  liaison_entity_list_set_search (to, liaison_entity_filter_get_search (source));
  g_object_set (liaison_entity_list_get_filter (to),
                "kind", liaison_entity_filter_get_kind (source),
                "country", liaison_entity_filter_get_country (source),
                "status", liaison_entity_filter_get_status (source),
                "year-from", liaison_entity_filter_get_year_from (source),
                "year-to", liaison_entity_filter_get_year_to (source),
                NULL);
  liaison_entity_list_set_filters_visible (to, liaison_entity_list_get_filters_visible (from));
}

static gboolean
restore_scroll_cb (gpointer user_data)
{
  ScrollState *state = user_data;
  LiaisonWindow *self = state->self;
  LiaisonEntityList *lists[] = {
    self->organizations_list, self->people_list, self->events_list, self->links_list, self->sources_list,
  };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GtkAdjustment *adjustment = list_adjustment (lists[i]);

      if (adjustment != NULL)
        gtk_adjustment_set_value (adjustment, state->scroll[i]);
    }

  return G_SOURCE_REMOVE;
}

static void
scroll_state_free (gpointer data)
{
  ScrollState *state = data;

  g_object_unref (state->self);
  g_free (state);
}

/* Takes over @old's document, file, unsaved changes, undo history, draft,
 * page, selection, search, scroll positions and what the graph shows:
 * used when the interface language changes and every window is built
 * anew. */
void
liaison_window_adopt (LiaisonWindow *self,
                      LiaisonWindow *old)
{
  LiaisonEntityList *lists[] = {
    self->organizations_list, self->people_list, self->events_list, self->links_list, self->sources_list,
  };
  LiaisonEntityList *old_lists[] = {
    old->organizations_list, old->people_list, old->events_list, old->links_list, old->sources_list,
  };
  ScrollState *state = g_new0 (ScrollState, 1);
  LiaisonEntity *selected = liaison_detail_pane_get_entity (old->detail_pane);
  int width, height;

  g_return_if_fail (LIAISON_IS_WINDOW (self));
  g_return_if_fail (LIAISON_IS_WINDOW (old));

  gtk_window_get_default_size (GTK_WINDOW (old), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (gtk_window_is_maximized (GTK_WINDOW (old)))
    gtk_window_maximize (GTK_WINDOW (self));

  /* The graph first, so that it is built once, as the old one shows it. */
  liaison_graph_page_adopt (self->graph_page, old->graph_page);
  set_document (self, old->document, old->file, old->title);
  g_set_object (&self->recovery, old->recovery);
  update_title (self);

  state->self = g_object_ref (self);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      GtkAdjustment *adjustment = list_adjustment (old_lists[i]);

      copy_filter (lists[i], old_lists[i]);
      liaison_entity_list_set_selected_entity (lists[i], liaison_entity_list_get_selected_entity (old_lists[i]));
      state->scroll[i] = adjustment != NULL ? gtk_adjustment_get_value (adjustment) : 0;
    }

  liaison_window_set_page (self, liaison_window_get_page (old));
  show_in_detail (self, selected);
  adw_navigation_split_view_set_show_content (self->inner_split,
                                              adw_navigation_split_view_get_show_content (old->inner_split));
  adw_overlay_split_view_set_show_sidebar (self->outer_split,
                                           adw_overlay_split_view_get_show_sidebar (old->outer_split));

  /* Scrolling needs the lists laid out first. */
  g_timeout_add_full (G_PRIORITY_DEFAULT, 100, restore_scroll_cb, state, scroll_state_free);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

LiaisonWindow *
liaison_window_new (LiaisonApplication *application)
{
  GSettings *settings;
  LiaisonWindow *self;

  g_return_val_if_fail (LIAISON_IS_APPLICATION (application), NULL);

  self = g_object_new (LIAISON_TYPE_WINDOW, "application", application, NULL);
  settings = liaison_application_get_settings (application);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  return self;
}

static void
liaison_window_constructed (GObject *object)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);
  g_autoptr(LiaisonDocument) document = liaison_document_new ();

  G_OBJECT_CLASS (liaison_window_parent_class)->constructed (object);

  set_document (self, document, NULL, _("Untitled Network"));
  stack_visible_child_cb (self);
  update_recent_menu (self);
}

static void
liaison_window_dispose (GObject *object)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  if (self->loading != NULL)
    g_cancellable_cancel (self->loading);
  g_clear_object (&self->loading);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);

  gtk_widget_dispose_template (GTK_WIDGET (object), LIAISON_TYPE_WINDOW);

  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->recovery);

  G_OBJECT_CLASS (liaison_window_parent_class)->dispose (object);
}

static void
liaison_window_finalize (GObject *object)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  g_free (self->title);
  g_free (self->etag);

  G_OBJECT_CLASS (liaison_window_parent_class)->finalize (object);
}

static void
liaison_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);
  LiaisonEntityList *list;

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, liaison_window_get_page (self));
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_FILTERS_VISIBLE:
      list = current_list (self);
      g_value_set_boolean (value, list != NULL && liaison_entity_list_get_filters_visible (list));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);
  LiaisonEntityList *list;

  switch (prop_id)
    {
    case PROP_PAGE:
      liaison_window_set_page (self, g_value_get_string (value));
      break;

    case PROP_FILTERS_VISIBLE:
      if ((list = current_list (self)) != NULL)
        liaison_entity_list_set_filters_visible (list, g_value_get_boolean (value));
      g_object_notify_by_pspec (object, pspec);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_window_class_init (LiaisonWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = liaison_window_constructed;
  object_class->dispose = liaison_window_dispose;
  object_class->finalize = liaison_window_finalize;
  object_class->get_property = liaison_window_get_property;
  object_class->set_property = liaison_window_set_property;

  window_class->close_request = liaison_window_close_request;

  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "organizations",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTERS_VISIBLE] =
    g_param_spec_boolean ("filters-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIAISON_TYPE_SIDEBAR_ROW);
  g_type_ensure (LIAISON_TYPE_ENTITY_LIST);
  g_type_ensure (LIAISON_TYPE_GRAPH_PAGE);
  g_type_ensure (LIAISON_TYPE_DETAIL_PANE);
  g_type_ensure (LIAISON_TYPE_ORGANIZATION);
  g_type_ensure (LIAISON_TYPE_PERSON);
  g_type_ensure (LIAISON_TYPE_EVENT);
  g_type_ensure (LIAISON_TYPE_COOPERATION_LINK);
  g_type_ensure (LIAISON_TYPE_SOURCE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, outer_split);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, inner_split);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, document_title);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, list_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, add_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, filters_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, organizations_list);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, people_list);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, events_list);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, links_list);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, sources_list);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, graph_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, detail_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, detail_pane);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, record_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, record_menu);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, recent_section);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_selection_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, graph_selection_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, banner_button_cb);

  gtk_widget_class_install_property_action (widget_class, "win.page", "page");
  gtk_widget_class_install_property_action (widget_class, "win.filters-visible", "filters-visible");
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.add-record", NULL, add_record_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-record", NULL, duplicate_record_action);
  gtk_widget_class_install_action (widget_class, "win.delete-record", NULL, delete_record_action);
  gtk_widget_class_install_action (widget_class, "win.show-toast", "s", show_toast_action);
}

static void
liaison_window_init (LiaisonWindow *self)
{
  GtkDropTarget *drop_target;

  self->recovery = liaison_recovery_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  liaison_deferred_menu_attach (self->primary_menu_button, self->primary_menu);
  liaison_deferred_menu_attach (self->record_menu_button, self->record_menu);

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
}
