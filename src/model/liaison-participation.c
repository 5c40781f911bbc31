/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-participation.c: an organization's part in an event, and who spoke for it. */

#define G_LOG_DOMAIN "liaison-participation"

#include "config.h"

#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-participation.h"

struct _LiaisonParticipation
{
  LiaisonEntity parent_instance;

  char              *organization;
  char              *event;
  char              *person;
  char              *note;
  LiaisonEnumField   role; /* LiaisonRole */
};

enum {
  PROP_0,
  PROP_ORGANIZATION,
  PROP_EVENT,
  PROP_PERSON,
  PROP_ROLE,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint16 offsets[N_PROPS] = {
  [PROP_ORGANIZATION] = G_STRUCT_OFFSET (LiaisonParticipation, organization),
  [PROP_EVENT] = G_STRUCT_OFFSET (LiaisonParticipation, event),
  [PROP_PERSON] = G_STRUCT_OFFSET (LiaisonParticipation, person),
  [PROP_ROLE] = G_STRUCT_OFFSET (LiaisonParticipation, role),
  [PROP_NOTE] = G_STRUCT_OFFSET (LiaisonParticipation, note),
};

G_DEFINE_FINAL_TYPE (LiaisonParticipation, liaison_participation, LIAISON_TYPE_ENTITY)

LiaisonParticipation *
liaison_participation_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LIAISON_TYPE_PARTICIPATION, "id", id, NULL);
}

const char *
liaison_participation_get_organization (LiaisonParticipation *self)
{
  g_return_val_if_fail (LIAISON_IS_PARTICIPATION (self), NULL);

  return self->organization;
}

const char *
liaison_participation_get_event (LiaisonParticipation *self)
{
  g_return_val_if_fail (LIAISON_IS_PARTICIPATION (self), NULL);

  return self->event;
}

const char *
liaison_participation_get_person (LiaisonParticipation *self)
{
  g_return_val_if_fail (LIAISON_IS_PARTICIPATION (self), NULL);

  return self->person;
}

LiaisonRole
liaison_participation_get_role (LiaisonParticipation *self)
{
  g_return_val_if_fail (LIAISON_IS_PARTICIPATION (self), 0);

  return self->role;
}

const char *
liaison_participation_get_note (LiaisonParticipation *self)
{
  g_return_val_if_fail (LIAISON_IS_PARTICIPATION (self), NULL);

  return self->note;
}

static void
liaison_participation_class_init (LiaisonParticipationClass *klass)
{
  LiaisonEntityClass *entity_class = LIAISON_ENTITY_CLASS (klass);

  entity_class->collection = "participations";
  entity_class->id_prefix = "part";

  properties[PROP_ORGANIZATION] = liaison_param_string ("organization");
  properties[PROP_EVENT] = liaison_param_string ("event");
  properties[PROP_PERSON] = liaison_param_string ("person");
  properties[PROP_ROLE] = liaison_param_enum ("role", LIAISON_TYPE_ROLE, LIAISON_ROLE_ATTENDEE);
  properties[PROP_NOTE] = liaison_param_string ("note");
  liaison_entity_class_install_properties (entity_class, N_PROPS, properties, offsets);
}

static void
liaison_participation_init (LiaisonParticipation *self)
{
}
