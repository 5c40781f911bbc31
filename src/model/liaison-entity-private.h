/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-private.h: the value storage the entity classes share. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-figure.h"
#include "liaison-text.h"

G_BEGIN_DECLS

const GValue *_liaison_entity_get_value    (LiaisonEntity *self,
                                            guint          prop_id);
LiaisonEntity *_liaison_entity_new         (GType          type,
                                            const char    *id);
GValue       *_liaison_entity_get_new_value (LiaisonEntity *self,
                                            guint          prop_id);
void          _liaison_entity_take_value   (LiaisonEntity *self,
                                            guint          prop_id,
                                            GValue        *value);
void          _liaison_entity_take_sources (LiaisonEntity *self,
                                            char         **sources);

/* For the getters, which have checked @self's type already. */
#define LIAISON_ENTITY_STRING(self, prop) \
  g_value_get_string (_liaison_entity_get_value ((LiaisonEntity *) (self), prop))
#define LIAISON_ENTITY_INT(self, prop) \
  g_value_get_int (_liaison_entity_get_value ((LiaisonEntity *) (self), prop))
#define LIAISON_ENTITY_ENUM(self, prop) \
  g_value_get_enum (_liaison_entity_get_value ((LiaisonEntity *) (self), prop))
#define LIAISON_ENTITY_BOOLEAN(self, prop) \
  g_value_get_boolean (_liaison_entity_get_value ((LiaisonEntity *) (self), prop))
#define LIAISON_ENTITY_DOUBLE(self, prop) \
  g_value_get_double (_liaison_entity_get_value ((LiaisonEntity *) (self), prop))
#define LIAISON_ENTITY_BOXED(self, prop) \
  g_value_get_boxed (_liaison_entity_get_value ((LiaisonEntity *) (self), prop))

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
