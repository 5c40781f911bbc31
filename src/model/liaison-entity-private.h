/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-private.h: the value storage the entity classes share. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-figure.h"
#include "liaison-string-pool.h"
#include "liaison-text.h"

G_BEGIN_DECLS

/* A date property as a record keeps it: the date, and whether one was set
 * at all, as a boxed value would be %NULL or not (a date of year 0 is no
 * date, but one that was set). */
typedef struct
{
  LiaisonDate date;
  guint8      set;
} LiaisonDateField;

static inline const LiaisonDate *
liaison_date_field_get (const LiaisonDateField *field)
{
  return field->set ? &field->date : NULL;
}

/* Enumerations and booleans are kept in a byte: a cooperation link, of
 * which large documents have half a million, then fits in 128 bytes. */
typedef guint8 LiaisonEnumField;
typedef guint8 LiaisonBooleanField;

/* Where @self keeps the value of its property @prop_id: a char *,
 * LiaisonText *, LiaisonDateField, LiaisonFigure *, GPtrArray *, char **,
 * int, LiaisonEnumField, LiaisonBooleanField or double, as the property's
 * type says. */
static inline gpointer
_liaison_entity_get_field (LiaisonEntity *self,
                           guint          prop_id)
{
  LiaisonEntityClass *klass = (LiaisonEntityClass *) ((GTypeInstance *) self)->g_class;

  g_assert (prop_id >= 1 && prop_id <= klass->n_values);

  return (guint8 *) self + klass->value_offsets[prop_id];
}

LiaisonEntity *_liaison_entity_new              (GType                type,
                                                 const char          *id,
                                                 LiaisonStringPool   *pool);
void           _liaison_entity_set_pooled       (LiaisonEntity       *self,
                                                 guint                prop_id,
                                                 gconstpointer        pooled);
void           _liaison_entity_set_pooled_sources (LiaisonEntity      *self,
                                                   const char * const *sources);

/* Shorthands for the property specs of the entity classes. */
#define LIAISON_PARAM_FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS)
#define liaison_param_string(name) g_param_spec_string (name, NULL, NULL, NULL, LIAISON_PARAM_FLAGS)
#define liaison_param_text(name) g_param_spec_boxed (name, NULL, NULL, LIAISON_TYPE_TEXT, LIAISON_PARAM_FLAGS)
#define liaison_param_date(name) g_param_spec_boxed (name, NULL, NULL, LIAISON_TYPE_DATE, LIAISON_PARAM_FLAGS)
#define liaison_param_strv(name) g_param_spec_boxed (name, NULL, NULL, G_TYPE_STRV, LIAISON_PARAM_FLAGS)
#define liaison_param_enum(name, type, default_value) \
  g_param_spec_enum (name, NULL, NULL, type, default_value, LIAISON_PARAM_FLAGS)
#define liaison_param_boolean(name) g_param_spec_boolean (name, NULL, NULL, FALSE, LIAISON_PARAM_FLAGS)
#define liaison_param_position(name) \
  g_param_spec_double (name, NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, LIAISON_PARAM_FLAGS)

G_END_DECLS
