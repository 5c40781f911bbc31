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
  /* The default of each, when none holds memory of its own (NULL strings
   * and boxed values, numbers), so new records copy them in one go. */
  GValue        *plain_defaults;

  /* The title for readers of @language, and which language it is in. */
  char        *(*dup_title) (LiaisonEntity  *self,
                             const char     *language,
                             const char    **found_language);

  gpointer       padding[7];
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
char               *liaison_entity_dup_title       (LiaisonEntity  *self,
                                                    const char     *language);
const char         *liaison_entity_get_title_language (LiaisonEntity *self,
                                                       const char    *language);
void                liaison_entity_class_install_properties (LiaisonEntityClass *klass,
                                                              guint               n_pspecs,
                                                              GParamSpec        **pspecs);

G_END_DECLS
