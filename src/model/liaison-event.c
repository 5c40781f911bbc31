/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-event.c: an event: a summit, webinar, signing or expo, held or planned. */

#define G_LOG_DOMAIN "liaison-event"

#include "config.h"

#include "liaison-country.h"
#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-event.h"

struct _LiaisonEvent
{
  LiaisonEntity parent_instance;

  LiaisonText          *title;
  char                 *city;
  char                 *country;
  GPtrArray            *attendance;
  char                **languages;
  char                 *parent;
  char                 *description;
  double                x;
  double                y;
  LiaisonDateField      start;
  LiaisonDateField      end;
  LiaisonEnumField      kind; /* LiaisonEventKind */
  LiaisonEnumField      status; /* LiaisonEventStatus */
  LiaisonBooleanField   online;
  LiaisonBooleanField   interpretation;
  LiaisonBooleanField   pinned;
  LiaisonBooleanField   placed;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_KIND,
  PROP_START,
  PROP_END,
  PROP_STATUS,
  PROP_ONLINE,
  PROP_CITY,
  PROP_COUNTRY,
  PROP_ATTENDANCE,
  PROP_LANGUAGES,
  PROP_INTERPRETATION,
  PROP_PARENT,
  PROP_DESCRIPTION,
  PROP_X,
  PROP_Y,
  PROP_PINNED,
  PROP_PLACED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint16 offsets[N_PROPS] = {
  [PROP_TITLE] = G_STRUCT_OFFSET (LiaisonEvent, title),
  [PROP_KIND] = G_STRUCT_OFFSET (LiaisonEvent, kind),
  [PROP_START] = G_STRUCT_OFFSET (LiaisonEvent, start),
  [PROP_END] = G_STRUCT_OFFSET (LiaisonEvent, end),
  [PROP_STATUS] = G_STRUCT_OFFSET (LiaisonEvent, status),
  [PROP_ONLINE] = G_STRUCT_OFFSET (LiaisonEvent, online),
  [PROP_CITY] = G_STRUCT_OFFSET (LiaisonEvent, city),
  [PROP_COUNTRY] = G_STRUCT_OFFSET (LiaisonEvent, country),
  [PROP_ATTENDANCE] = G_STRUCT_OFFSET (LiaisonEvent, attendance),
  [PROP_LANGUAGES] = G_STRUCT_OFFSET (LiaisonEvent, languages),
  [PROP_INTERPRETATION] = G_STRUCT_OFFSET (LiaisonEvent, interpretation),
  [PROP_PARENT] = G_STRUCT_OFFSET (LiaisonEvent, parent),
  [PROP_DESCRIPTION] = G_STRUCT_OFFSET (LiaisonEvent, description),
  [PROP_X] = G_STRUCT_OFFSET (LiaisonEvent, x),
  [PROP_Y] = G_STRUCT_OFFSET (LiaisonEvent, y),
  [PROP_PINNED] = G_STRUCT_OFFSET (LiaisonEvent, pinned),
  [PROP_PLACED] = G_STRUCT_OFFSET (LiaisonEvent, placed),
};

G_DEFINE_FINAL_TYPE (LiaisonEvent, liaison_event, LIAISON_TYPE_ENTITY)

LiaisonEvent *
liaison_event_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LIAISON_TYPE_EVENT, "id", id, NULL);
}

LiaisonText *
liaison_event_get_title (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return self->title;
}

LiaisonEventKind
liaison_event_get_kind (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->kind;
}

const LiaisonDate *
liaison_event_get_start (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return liaison_date_field_get (&self->start);
}

const LiaisonDate *
liaison_event_get_end (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return liaison_date_field_get (&self->end);
}

LiaisonEventStatus
liaison_event_get_status (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->status;
}

gboolean
liaison_event_get_online (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->online;
}

const char *
liaison_event_get_city (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return self->city;
}

const char *
liaison_event_get_country (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return self->country;
}

GPtrArray *
liaison_event_get_attendance (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return self->attendance;
}

const char * const *
liaison_event_get_languages (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return (const char * const *) self->languages;
}

gboolean
liaison_event_get_interpretation (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->interpretation;
}

const char *
liaison_event_get_parent (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return self->parent;
}

const char *
liaison_event_get_description (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), NULL);

  return self->description;
}

double
liaison_event_get_x (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->x;
}

double
liaison_event_get_y (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->y;
}

gboolean
liaison_event_get_pinned (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->pinned;
}

gboolean
liaison_event_get_placed (LiaisonEvent *self)
{
  g_return_val_if_fail (LIAISON_IS_EVENT (self), 0);

  return self->placed;
}

static char *
liaison_event_dup_title (LiaisonEntity  *entity,
                         const char     *language,
                         const char    **found_language)
{
  LiaisonEvent *self = LIAISON_EVENT (entity);

  return g_strdup (liaison_text_lookup (liaison_event_get_title (self), language,
                                        liaison_country_get_language (liaison_event_get_country (self)),
                                        found_language));
}

static void
liaison_event_class_init (LiaisonEventClass *klass)
{
  LiaisonEntityClass *entity_class = LIAISON_ENTITY_CLASS (klass);

  entity_class->collection = "events";
  entity_class->id_prefix = "evt";
  entity_class->dup_title = liaison_event_dup_title;

  properties[PROP_TITLE] = liaison_param_text ("title");
  properties[PROP_KIND] = liaison_param_enum ("kind", LIAISON_TYPE_EVENT_KIND, LIAISON_EVENT_KIND_OTHER);
  properties[PROP_START] = liaison_param_date ("start");
  properties[PROP_END] = liaison_param_date ("end");
  properties[PROP_STATUS] = liaison_param_enum ("status", LIAISON_TYPE_EVENT_STATUS, LIAISON_EVENT_STATUS_HELD);
  properties[PROP_ONLINE] = liaison_param_boolean ("online");
  properties[PROP_CITY] = liaison_param_string ("city");
  properties[PROP_COUNTRY] = liaison_param_string ("country");
  properties[PROP_ATTENDANCE] = g_param_spec_boxed ("attendance", NULL, NULL, G_TYPE_PTR_ARRAY, LIAISON_PARAM_FLAGS);
  properties[PROP_LANGUAGES] = liaison_param_strv ("languages");
  properties[PROP_INTERPRETATION] = liaison_param_boolean ("interpretation");
  properties[PROP_PARENT] = liaison_param_string ("parent");
  properties[PROP_DESCRIPTION] = liaison_param_string ("description");
  properties[PROP_X] = liaison_param_position ("x");
  properties[PROP_Y] = liaison_param_position ("y");
  properties[PROP_PINNED] = liaison_param_boolean ("pinned");
  properties[PROP_PLACED] = liaison_param_boolean ("placed");
  liaison_entity_class_install_properties (entity_class, N_PROPS, properties, offsets);
}

static void
liaison_event_init (LiaisonEvent *self)
{
}
