/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-window.c: one document window: the page sidebar and the content pane. */

#define G_LOG_DOMAIN "liaison-window"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-window.h"
#include "views/liaison-sidebar-row.h"

struct _LiaisonWindow
{
  AdwApplicationWindow  parent_instance;

  AdwNavigationSplitView *split_view;
  AdwNavigationPage      *content_page;
  AdwToastOverlay        *toast_overlay;
  GtkListBox             *sidebar;
  GtkStack               *stack;
};

enum {
  PROP_0,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonWindow, liaison_window, ADW_TYPE_APPLICATION_WINDOW)

static void
liaison_window_restore_size (LiaisonWindow *self,
                             GSettings     *settings)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (settings, "window-width"),
                               g_settings_get_int (settings, "window-height"));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

LiaisonWindow *
liaison_window_new (LiaisonApplication *application)
{
  LiaisonWindow *self;

  g_return_val_if_fail (LIAISON_IS_APPLICATION (application), NULL);

  self = g_object_new (LIAISON_TYPE_WINDOW,
                       "application", application,
                       NULL);
  liaison_window_restore_size (self, liaison_application_get_settings (application));

  return self;
}

static LiaisonSidebarRow *
liaison_window_find_row (LiaisonWindow *self,
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

static void
sidebar_row_activated_cb (LiaisonWindow *self,
                          GtkListBoxRow *row)
{
  liaison_window_set_page (self, liaison_sidebar_row_get_page_name (LIAISON_SIDEBAR_ROW (row)));
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
stack_visible_child_cb (LiaisonWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  LiaisonSidebarRow *row = liaison_window_find_row (self, page);

  if (row != NULL)
    {
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
      adw_navigation_page_set_title (self->content_page, liaison_sidebar_row_get_title (row));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

static void
liaison_window_constructed (GObject *object)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  G_OBJECT_CLASS (liaison_window_parent_class)->constructed (object);

  stack_visible_child_cb (self);
}

static gboolean
liaison_window_close_request (GtkWindow *window)
{
  GSettings *settings = liaison_application_get_settings (LIAISON_APPLICATION (gtk_window_get_application (window)));
  int width, height;

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
liaison_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonWindow *self = LIAISON_WINDOW (object);

  switch (prop_id)
    {
    case PROP_PAGE:
      g_value_set_string (value, liaison_window_get_page (self));
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

  switch (prop_id)
    {
    case PROP_PAGE:
      liaison_window_set_page (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIAISON_TYPE_WINDOW);

  G_OBJECT_CLASS (liaison_window_parent_class)->dispose (object);
}

static void
toggle_sidebar_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LiaisonWindow *self = LIAISON_WINDOW (widget);

  if (adw_navigation_split_view_get_collapsed (self->split_view))
    adw_navigation_split_view_set_show_content (self->split_view,
                                                !adw_navigation_split_view_get_show_content (self->split_view));
}

static void
liaison_window_class_init (LiaisonWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = liaison_window_constructed;
  object_class->dispose = liaison_window_dispose;
  object_class->get_property = liaison_window_get_property;
  object_class->set_property = liaison_window_set_property;

  window_class->close_request = liaison_window_close_request;

  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "organizations",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIAISON_TYPE_SIDEBAR_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/liaison-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonWindow, stack);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stack_visible_child_cb);

  gtk_widget_class_install_property_action (widget_class, "win.page", "page");
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, toggle_sidebar_action);
}

static void
liaison_window_init (LiaisonWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
