/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-sidebar-row.c: a row of the window's page sidebar: an icon and a title. */

#define G_LOG_DOMAIN "liaison-sidebar-row"

#include "config.h"

#include "liaison-sidebar-row.h"

struct _LiaisonSidebarRow
{
  GtkListBoxRow  parent_instance;

  char          *page_name;
  char          *icon_name;
  char          *title;
};

enum {
  PROP_0,
  PROP_PAGE_NAME,
  PROP_ICON_NAME,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonSidebarRow, liaison_sidebar_row, GTK_TYPE_LIST_BOX_ROW)

const char *
liaison_sidebar_row_get_page_name (LiaisonSidebarRow *self)
{
  g_return_val_if_fail (LIAISON_IS_SIDEBAR_ROW (self), NULL);

  return self->page_name;
}

const char *
liaison_sidebar_row_get_title (LiaisonSidebarRow *self)
{
  g_return_val_if_fail (LIAISON_IS_SIDEBAR_ROW (self), NULL);

  return self->title;
}

static void
liaison_sidebar_row_finalize (GObject *object)
{
  LiaisonSidebarRow *self = LIAISON_SIDEBAR_ROW (object);

  g_free (self->page_name);
  g_free (self->icon_name);
  g_free (self->title);

  G_OBJECT_CLASS (liaison_sidebar_row_parent_class)->finalize (object);
}

static void
liaison_sidebar_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIAISON_TYPE_SIDEBAR_ROW);

  G_OBJECT_CLASS (liaison_sidebar_row_parent_class)->dispose (object);
}

static void
liaison_sidebar_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiaisonSidebarRow *self = LIAISON_SIDEBAR_ROW (object);

  switch (prop_id)
    {
    case PROP_PAGE_NAME:
      g_value_set_string (value, self->page_name);
      break;

    case PROP_ICON_NAME:
      g_value_set_string (value, self->icon_name);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_sidebar_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiaisonSidebarRow *self = LIAISON_SIDEBAR_ROW (object);
  char **field;

  switch (prop_id)
    {
    case PROP_PAGE_NAME:
      field = &self->page_name;
      break;

    case PROP_ICON_NAME:
      field = &self->icon_name;
      break;

    case PROP_TITLE:
      field = &self->title;
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  if (g_set_str (field, g_value_get_string (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
liaison_sidebar_row_class_init (LiaisonSidebarRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_sidebar_row_dispose;
  object_class->finalize = liaison_sidebar_row_finalize;
  object_class->get_property = liaison_sidebar_row_get_property;
  object_class->set_property = liaison_sidebar_row_set_property;

  properties[PROP_PAGE_NAME] =
    g_param_spec_string ("page-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-sidebar-row.ui");
}

static void
liaison_sidebar_row_init (LiaisonSidebarRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
