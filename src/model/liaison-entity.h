/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity.h: what every record of a document has: an id, its sources, fields to keep. */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_ENTITY (liaison_entity_get_type ())

G_DECLARE_DERIVABLE_TYPE (LiaisonEntity, liaison_entity, LIAISON, ENTITY, GObject)

struct _LiaisonEntityClass
{
  GObjectClass   parent_class;

  /* The file format's name for an array of these, such as "organizations". */
  const char    *collection;
  /* The start of new ids, such as "org". */
  const char    *id_prefix;

  /* Set up by liaison_entity_class_install_properties(). */
  GParamSpec   **value_pspecs;
  guint          n_values;
  /* Where each value is kept in an instance, and as what (a FieldKind of
   * liaison-entity.c), by property id. */
  const guint16 *value_offsets;
  guint8        *value_kinds;
  /* The fields of an instance at their defaults, from its start. */
  guint8        *value_defaults;
  gsize          value_defaults_size;

  /* The title for readers of @language, and which language it is in. */
  char        *(*dup_title) (LiaisonEntity  *self,
                             const char     *language,
                             const char    **found_language);

  gpointer       padding[4];
};

/* The longest id a document may hold. */
#define LIAISON_ENTITY_MAX_ID_LENGTH 128

gboolean            liaison_entity_id_is_valid     (const char     *id);
const char         *liaison_entity_get_id          (LiaisonEntity  *self);
const char * const *liaison_entity_get_sources     (LiaisonEntity  *self);
gboolean            liaison_entity_cites           (LiaisonEntity  *self,
                                                    const char     *source_id);
JsonObject         *liaison_entity_get_extras      (LiaisonEntity  *self);
void                liaison_entity_set_extras      (LiaisonEntity  *self,
                                                    JsonObject     *extras);
LiaisonEntity      *liaison_entity_copy            (LiaisonEntity  *self,
                                                    const char     *id);
char               *liaison_entity_dup_title       (LiaisonEntity  *self,
                                                    const char     *language);
const char         *liaison_entity_get_title_language (LiaisonEntity *self,
                                                       const char    *language);
void                liaison_entity_class_install_properties (LiaisonEntityClass *klass,
                                                              guint               n_pspecs,
                                                              GParamSpec        **pspecs,
                                                              const guint16      *offsets);

G_END_DECLS
