/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-person.c: a person who speaks for an organization. */

#define G_LOG_DOMAIN "liaison-person"

#include "config.h"

#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-person.h"

struct _LiaisonPerson
{
  LiaisonEntity parent_instance;

  LiaisonText  *name;
  char         *title;
  char         *affiliation;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_TITLE,
  PROP_AFFILIATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint16 offsets[N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (LiaisonPerson, name),
  [PROP_TITLE] = G_STRUCT_OFFSET (LiaisonPerson, title),
  [PROP_AFFILIATION] = G_STRUCT_OFFSET (LiaisonPerson, affiliation),
};

G_DEFINE_FINAL_TYPE (LiaisonPerson, liaison_person, LIAISON_TYPE_ENTITY)

LiaisonPerson *
liaison_person_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LIAISON_TYPE_PERSON, "id", id, NULL);
}

LiaisonText *
liaison_person_get_name (LiaisonPerson *self)
{
  g_return_val_if_fail (LIAISON_IS_PERSON (self), NULL);

  return self->name;
}

const char *
liaison_person_get_title (LiaisonPerson *self)
{
  g_return_val_if_fail (LIAISON_IS_PERSON (self), NULL);

  return self->title;
}

const char *
liaison_person_get_affiliation (LiaisonPerson *self)
{
  g_return_val_if_fail (LIAISON_IS_PERSON (self), NULL);

  return self->affiliation;
}

static char *
liaison_person_dup_title (LiaisonEntity  *entity,
                          const char     *language,
                          const char    **found_language)
{
  LiaisonPerson *self = LIAISON_PERSON (entity);

  return g_strdup (liaison_text_lookup (liaison_person_get_name (self), language, NULL, found_language));
}

static void
liaison_person_class_init (LiaisonPersonClass *klass)
{
  LiaisonEntityClass *entity_class = LIAISON_ENTITY_CLASS (klass);

  entity_class->collection = "people";
  entity_class->id_prefix = "person";
  entity_class->dup_title = liaison_person_dup_title;

  properties[PROP_NAME] = liaison_param_text ("name");
  properties[PROP_TITLE] = liaison_param_string ("title");
  properties[PROP_AFFILIATION] = liaison_param_string ("affiliation");
  liaison_entity_class_install_properties (entity_class, N_PROPS, properties, offsets);
}

static void
liaison_person_init (LiaisonPerson *self)
{
}
