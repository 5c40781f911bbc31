/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-detail-pane.c: the detail page of one record, where it is read and edited. */

#define G_LOG_DOMAIN "liaison-detail-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-detail-pane.h"

/* A placeholder until the real page lands: it names the record. */
struct _LiaisonDetailPane
{
  AdwBin           parent_instance;

  LiaisonDocument *document;
  LiaisonEntity   *entity;
  GtkLabel        *label;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ENTITY,
  PROP_TITLE,
  N_PROPS
};

enum {
  ACTIVATE_ENTITY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonDetailPane, liaison_detail_pane, ADW_TYPE_BIN)

GtkWidget *
liaison_detail_pane_new (void)
{
  return g_object_new (LIAISON_TYPE_DETAIL_PANE, NULL);
}

LiaisonDocument *
liaison_detail_pane_get_document (LiaisonDetailPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAIL_PANE (self), NULL);

  return self->document;
}

void
liaison_detail_pane_set_document (LiaisonDetailPane *self,
                                LiaisonDocument *document)
{
  g_return_if_fail (LIAISON_IS_DETAIL_PANE (self));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

LiaisonEntity *
liaison_detail_pane_get_entity (LiaisonDetailPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAIL_PANE (self), NULL);

  return self->entity;
}

void
liaison_detail_pane_set_entity (LiaisonDetailPane *self,
                                   LiaisonEntity *entity)
{
  g_autofree char *title = NULL;

  g_return_if_fail (LIAISON_IS_DETAIL_PANE (self));

  if (!g_set_object (&self->entity, entity))
    return;

  if (entity != NULL)
    title = liaison_entity_dup_title (entity, NULL);
  gtk_label_set_label (self->label, title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
liaison_detail_pane_dispose (GObject *object)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (object);

  g_clear_object (&self->document);
  g_clear_object (&self->entity);

  G_OBJECT_CLASS (liaison_detail_pane_parent_class)->dispose (object);
}

static void
liaison_detail_pane_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;

    case PROP_TITLE:
      g_value_take_string (value, self->entity != NULL ? liaison_entity_dup_title (self->entity, NULL) : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_detail_pane_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      liaison_detail_pane_set_document (self, g_value_get_object (value));
      break;

    case PROP_ENTITY:
      liaison_detail_pane_set_entity (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_detail_pane_class_init (LiaisonDetailPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_detail_pane_dispose;
  object_class->get_property = liaison_detail_pane_get_property;
  object_class->set_property = liaison_detail_pane_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, LIAISON_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE_ENTITY] =
    g_signal_new ("activate-entity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIAISON_TYPE_ENTITY);
}

static void
liaison_detail_pane_init (LiaisonDetailPane *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->label));
}
