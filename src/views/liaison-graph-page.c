/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-page.c: the network graph page: the graph view and its controls. */

#define G_LOG_DOMAIN "liaison-graph-page"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-graph-page.h"

/* A placeholder until the real page lands: it names the record. */
struct _LiaisonGraphPage
{
  AdwBin           parent_instance;

  LiaisonDocument *document;
  LiaisonEntity   *selected_entity;
  GtkLabel        *label;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_ENTITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonGraphPage, liaison_graph_page, ADW_TYPE_BIN)

GtkWidget *
liaison_graph_page_new (void)
{
  return g_object_new (LIAISON_TYPE_GRAPH_PAGE, NULL);
}

LiaisonDocument *
liaison_graph_page_get_document (LiaisonGraphPage *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_PAGE (self), NULL);

  return self->document;
}

void
liaison_graph_page_set_document (LiaisonGraphPage *self,
                               LiaisonDocument *document)
{
  g_return_if_fail (LIAISON_IS_GRAPH_PAGE (self));

  if (g_set_object (&self->document, document))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

LiaisonEntity *
liaison_graph_page_get_selected_entity (LiaisonGraphPage *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_PAGE (self), NULL);

  return self->selected_entity;
}

void
liaison_graph_page_set_selected_entity (LiaisonGraphPage *self,
                                           LiaisonEntity *entity)
{
  g_autofree char *title = NULL;

  g_return_if_fail (LIAISON_IS_GRAPH_PAGE (self));

  if (!g_set_object (&self->selected_entity, entity))
    return;

  if (entity != NULL)
    title = liaison_entity_dup_title (entity, NULL);
  gtk_label_set_label (self->label, title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
}

static void
liaison_graph_page_dispose (GObject *object)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (object);

  g_clear_object (&self->document);
  g_clear_object (&self->selected_entity);

  G_OBJECT_CLASS (liaison_graph_page_parent_class)->dispose (object);
}

static void
liaison_graph_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SELECTED_ENTITY:
      g_value_set_object (value, self->selected_entity);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_graph_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      liaison_graph_page_set_document (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ENTITY:
      liaison_graph_page_set_selected_entity (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_graph_page_class_init (LiaisonGraphPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_graph_page_dispose;
  object_class->get_property = liaison_graph_page_get_property;
  object_class->set_property = liaison_graph_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ENTITY] =
    g_param_spec_object ("selected-entity", NULL, NULL, LIAISON_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_graph_page_init (LiaisonGraphPage *self)
{
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  adw_bin_set_child (ADW_BIN (self), GTK_WIDGET (self->label));
}
