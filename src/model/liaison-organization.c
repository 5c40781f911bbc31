/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-organization.c: an organization: a city, agency, network, company or institute. */

#define G_LOG_DOMAIN "liaison-organization"

#include "config.h"

#include "liaison-country.h"
#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-organization.h"

struct _LiaisonOrganization
{
  LiaisonEntity parent_instance;

  LiaisonText          *name;
  char                 *short_name;
  char                 *country;
  char                 *city;
  char                 *website;
  LiaisonFigure        *members;
  char                 *description;
  char                 *parent;
  double                x;
  double                y;
  int                   founded;
  LiaisonEnumField      kind; /* LiaisonOrganizationKind */
  LiaisonBooleanField   pinned;
  LiaisonBooleanField   placed;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_COUNTRY,
  PROP_CITY,
  PROP_WEBSITE,
  PROP_FOUNDED,
  PROP_MEMBERS,
  PROP_DESCRIPTION,
  PROP_PARENT,
  PROP_X,
  PROP_Y,
  PROP_PINNED,
  PROP_PLACED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint16 offsets[N_PROPS] = {
  [PROP_NAME] = G_STRUCT_OFFSET (LiaisonOrganization, name),
  [PROP_SHORT_NAME] = G_STRUCT_OFFSET (LiaisonOrganization, short_name),
  [PROP_KIND] = G_STRUCT_OFFSET (LiaisonOrganization, kind),
  [PROP_COUNTRY] = G_STRUCT_OFFSET (LiaisonOrganization, country),
  [PROP_CITY] = G_STRUCT_OFFSET (LiaisonOrganization, city),
  [PROP_WEBSITE] = G_STRUCT_OFFSET (LiaisonOrganization, website),
  [PROP_FOUNDED] = G_STRUCT_OFFSET (LiaisonOrganization, founded),
  [PROP_MEMBERS] = G_STRUCT_OFFSET (LiaisonOrganization, members),
  [PROP_DESCRIPTION] = G_STRUCT_OFFSET (LiaisonOrganization, description),
  [PROP_PARENT] = G_STRUCT_OFFSET (LiaisonOrganization, parent),
  [PROP_X] = G_STRUCT_OFFSET (LiaisonOrganization, x),
  [PROP_Y] = G_STRUCT_OFFSET (LiaisonOrganization, y),
  [PROP_PINNED] = G_STRUCT_OFFSET (LiaisonOrganization, pinned),
  [PROP_PLACED] = G_STRUCT_OFFSET (LiaisonOrganization, placed),
};

G_DEFINE_FINAL_TYPE (LiaisonOrganization, liaison_organization, LIAISON_TYPE_ENTITY)

LiaisonOrganization *
liaison_organization_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (LIAISON_TYPE_ORGANIZATION, "id", id, NULL);
}

LiaisonText *
liaison_organization_get_name (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->name;
}

const char *
liaison_organization_get_short_name (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->short_name;
}

LiaisonOrganizationKind
liaison_organization_get_kind (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), 0);

  return self->kind;
}

const char *
liaison_organization_get_country (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->country;
}

const char *
liaison_organization_get_city (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->city;
}

const char *
liaison_organization_get_website (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->website;
}

int
liaison_organization_get_founded (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), 0);

  return self->founded;
}

LiaisonFigure *
liaison_organization_get_members (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->members;
}

const char *
liaison_organization_get_description (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->description;
}

const char *
liaison_organization_get_parent (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), NULL);

  return self->parent;
}

double
liaison_organization_get_x (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), 0);

  return self->x;
}

double
liaison_organization_get_y (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), 0);

  return self->y;
}

gboolean
liaison_organization_get_pinned (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), 0);

  return self->pinned;
}

gboolean
liaison_organization_get_placed (LiaisonOrganization *self)
{
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (self), 0);

  return self->placed;
}

static char *
liaison_organization_dup_title (LiaisonEntity  *entity,
                                const char     *language,
                                const char    **found_language)
{
  LiaisonOrganization *self = LIAISON_ORGANIZATION (entity);

  return g_strdup (liaison_text_lookup (liaison_organization_get_name (self), language,
                                        liaison_country_get_language (liaison_organization_get_country (self)),
                                        found_language));
}

static void
liaison_organization_class_init (LiaisonOrganizationClass *klass)
{
  LiaisonEntityClass *entity_class = LIAISON_ENTITY_CLASS (klass);

  entity_class->collection = "organizations";
  entity_class->id_prefix = "org";
  entity_class->dup_title = liaison_organization_dup_title;

  properties[PROP_NAME] = liaison_param_text ("name");
  properties[PROP_SHORT_NAME] = liaison_param_string ("short-name");
  properties[PROP_KIND] = liaison_param_enum ("kind", LIAISON_TYPE_ORGANIZATION_KIND, LIAISON_ORGANIZATION_KIND_OTHER);
  properties[PROP_COUNTRY] = liaison_param_string ("country");
  properties[PROP_CITY] = liaison_param_string ("city");
  properties[PROP_WEBSITE] = liaison_param_string ("website");
  properties[PROP_FOUNDED] = g_param_spec_int ("founded", NULL, NULL, 0, 9999, 0, LIAISON_PARAM_FLAGS);
  properties[PROP_MEMBERS] = g_param_spec_boxed ("members", NULL, NULL, LIAISON_TYPE_FIGURE, LIAISON_PARAM_FLAGS);
  properties[PROP_DESCRIPTION] = liaison_param_string ("description");
  properties[PROP_PARENT] = liaison_param_string ("parent");
  properties[PROP_X] = liaison_param_position ("x");
  properties[PROP_Y] = liaison_param_position ("y");
  properties[PROP_PINNED] = liaison_param_boolean ("pinned");
  properties[PROP_PLACED] = liaison_param_boolean ("placed");
  liaison_entity_class_install_properties (entity_class, N_PROPS, properties, offsets);
}

static void
liaison_organization_init (LiaisonOrganization *self)
{
}
