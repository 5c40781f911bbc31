/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-cooperation-link.c: a cooperation link between two organizations: an MoU, a partnership, a membership. */

#define G_LOG_DOMAIN "liaison-cooperation-link"

#include "config.h"

#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-cooperation-link.h"

struct _LiaisonCooperationLink
{
  LiaisonEntity parent_instance;

  char                 *from;
  char                 *to;
  char                 *event;
  char                **scope;
  char                 *note;
  LiaisonDateField      start;
  LiaisonDateField      end;
  LiaisonEnumField      kind; /* LiaisonLinkKind */
  LiaisonBooleanField   directed;
  LiaisonEnumField      status; /* LiaisonLinkStatus */
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_FROM,
  PROP_TO,
  PROP_DIRECTED,
  PROP_START,
  PROP_END,
  PROP_EVENT,
  PROP_SCOPE,
  PROP_STATUS,
  PROP_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint16 offsets[N_PROPS] = {
  [PROP_KIND] = G_STRUCT_OFFSET (LiaisonCooperationLink, kind),
  [PROP_FROM] = G_STRUCT_OFFSET (LiaisonCooperationLink, from),
  [PROP_TO] = G_STRUCT_OFFSET (LiaisonCooperationLink, to),
  [PROP_DIRECTED] = G_STRUCT_OFFSET (LiaisonCooperationLink, directed),
  [PROP_START] = G_STRUCT_OFFSET (LiaisonCooperationLink, start),
  [PROP_END] = G_STRUCT_OFFSET (LiaisonCooperationLink, end),
  [PROP_EVENT] = G_STRUCT_OFFSET (LiaisonCooperationLink, event),
  [PROP_SCOPE] = G_STRUCT_OFFSET (LiaisonCooperationLink, scope),
  [PROP_STATUS] = G_STRUCT_OFFSET (LiaisonCooperationLink, status),
  [PROP_NOTE] = G_STRUCT_OFFSET (LiaisonCooperationLink, note),
};

G_DEFINE_FINAL_TYPE (LiaisonCooperationLink, liaison_cooperation_link, LIAISON_TYPE_ENTITY)

LiaisonCooperationLink *
liaison_cooperation_link_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LIAISON_TYPE_COOPERATION_LINK, "id", id, NULL);
}

LiaisonLinkKind
liaison_cooperation_link_get_kind (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), 0);

  return self->kind;
}

const char *
liaison_cooperation_link_get_from (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), NULL);

  return self->from;
}

const char *
liaison_cooperation_link_get_to (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), NULL);

  return self->to;
}

gboolean
liaison_cooperation_link_get_directed (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), 0);

  return self->directed;
}

const LiaisonDate *
liaison_cooperation_link_get_start (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), NULL);

  return liaison_date_field_get (&self->start);
}

const LiaisonDate *
liaison_cooperation_link_get_end (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), NULL);

  return liaison_date_field_get (&self->end);
}

const char *
liaison_cooperation_link_get_event (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), NULL);

  return self->event;
}

const char * const *
liaison_cooperation_link_get_scope (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), NULL);

  return (const char * const *) self->scope;
}

LiaisonLinkStatus
liaison_cooperation_link_get_status (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), 0);

  return self->status;
}

const char *
liaison_cooperation_link_get_note (LiaisonCooperationLink *self)
{
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (self), NULL);

  return self->note;
}

static void
liaison_cooperation_link_class_init (LiaisonCooperationLinkClass *klass)
{
  LiaisonEntityClass *entity_class = LIAISON_ENTITY_CLASS (klass);

  entity_class->collection = "links";
  entity_class->id_prefix = "link";

  properties[PROP_KIND] = liaison_param_enum ("kind", LIAISON_TYPE_LINK_KIND, LIAISON_LINK_KIND_OTHER);
  properties[PROP_FROM] = liaison_param_string ("from");
  properties[PROP_TO] = liaison_param_string ("to");
  properties[PROP_DIRECTED] = liaison_param_boolean ("directed");
  properties[PROP_START] = liaison_param_date ("start");
  properties[PROP_END] = liaison_param_date ("end");
  properties[PROP_EVENT] = liaison_param_string ("event");
  properties[PROP_SCOPE] = liaison_param_strv ("scope");
  properties[PROP_STATUS] = liaison_param_enum ("status", LIAISON_TYPE_LINK_STATUS, LIAISON_LINK_STATUS_ACTIVE);
  properties[PROP_NOTE] = liaison_param_string ("note");
  liaison_entity_class_install_properties (entity_class, N_PROPS, properties, offsets);
}

static void
liaison_cooperation_link_init (LiaisonCooperationLink *self)
{
}
