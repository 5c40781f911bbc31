/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-source.c: a source: the news item or report a fact was taken from. */

#define G_LOG_DOMAIN "liaison-source"

#include "config.h"

#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-source.h"

struct _LiaisonSource
{
  LiaisonEntity parent_instance;

  char              *title;
  char              *publisher;
  char              *author;
  char              *url;
  char              *language;
  char              *document;
  char              *note;
  LiaisonDateField   date;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_PUBLISHER,
  PROP_AUTHOR,
  PROP_DATE,
  PROP_URL,
  PROP_LANGUAGE,
  PROP_DOCUMENT,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint16 offsets[N_PROPS] = {
  [PROP_TITLE] = G_STRUCT_OFFSET (LiaisonSource, title),
  [PROP_PUBLISHER] = G_STRUCT_OFFSET (LiaisonSource, publisher),
  [PROP_AUTHOR] = G_STRUCT_OFFSET (LiaisonSource, author),
  [PROP_DATE] = G_STRUCT_OFFSET (LiaisonSource, date),
  [PROP_URL] = G_STRUCT_OFFSET (LiaisonSource, url),
  [PROP_LANGUAGE] = G_STRUCT_OFFSET (LiaisonSource, language),
  [PROP_DOCUMENT] = G_STRUCT_OFFSET (LiaisonSource, document),
  [PROP_NOTE] = G_STRUCT_OFFSET (LiaisonSource, note),
};

G_DEFINE_FINAL_TYPE (LiaisonSource, liaison_source, LIAISON_TYPE_ENTITY)

LiaisonSource *
liaison_source_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LIAISON_TYPE_SOURCE, "id", id, NULL);
}

const char *
liaison_source_get_title (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
liaison_source_get_publisher (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return self->publisher;
}

const char *
liaison_source_get_author (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return self->author;
}

const LiaisonDate *
liaison_source_get_date (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return liaison_date_field_get (&self->date);
}

const char *
liaison_source_get_url (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return self->url;
}

const char *
liaison_source_get_language (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return self->language;
}

const char *
liaison_source_get_document (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return self->document;
}

const char *
liaison_source_get_note (LiaisonSource *self)
{
  g_return_val_if_fail (LIAISON_IS_SOURCE (self), NULL);

  return self->note;
}

static char *
liaison_source_dup_title (LiaisonEntity  *entity,
                          const char     *language,
                          const char    **found_language)
{
  return g_strdup (liaison_source_get_title (LIAISON_SOURCE (entity)));
}

static void
liaison_source_class_init (LiaisonSourceClass *klass)
{
  LiaisonEntityClass *entity_class = LIAISON_ENTITY_CLASS (klass);

  entity_class->collection = "sources";
  entity_class->id_prefix = "src";
  entity_class->dup_title = liaison_source_dup_title;

  properties[PROP_TITLE] = liaison_param_string ("title");
  properties[PROP_PUBLISHER] = liaison_param_string ("publisher");
  properties[PROP_AUTHOR] = liaison_param_string ("author");
  properties[PROP_DATE] = liaison_param_date ("date");
  properties[PROP_URL] = liaison_param_string ("url");
  properties[PROP_LANGUAGE] = liaison_param_string ("language");
  properties[PROP_DOCUMENT] = liaison_param_string ("document");
  properties[PROP_NOTE] = liaison_param_string ("note");
  liaison_entity_class_install_properties (entity_class, N_PROPS, properties, offsets);
}

static void
liaison_source_init (LiaisonSource *self)
{
}
