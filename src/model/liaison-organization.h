/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-organization.h: an organization: a city, agency, network, company or institute. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-enums.h"
#include "liaison-figure.h"
#include "liaison-text.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_ORGANIZATION (liaison_organization_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonOrganization, liaison_organization, LIAISON, ORGANIZATION, LiaisonEntity)

LiaisonOrganization     *liaison_organization_new             (const char *id);
LiaisonText             *liaison_organization_get_name        (LiaisonOrganization *self);
const char              *liaison_organization_get_short_name  (LiaisonOrganization *self);
LiaisonOrganizationKind liaison_organization_get_kind        (LiaisonOrganization *self);
const char              *liaison_organization_get_country     (LiaisonOrganization *self);
const char              *liaison_organization_get_city        (LiaisonOrganization *self);
const char              *liaison_organization_get_website     (LiaisonOrganization *self);
int                     liaison_organization_get_founded     (LiaisonOrganization *self);
LiaisonFigure           *liaison_organization_get_members     (LiaisonOrganization *self);
const char              *liaison_organization_get_description (LiaisonOrganization *self);
const char              *liaison_organization_get_parent      (LiaisonOrganization *self);
double                  liaison_organization_get_x           (LiaisonOrganization *self);
double                  liaison_organization_get_y           (LiaisonOrganization *self);
gboolean                liaison_organization_get_pinned      (LiaisonOrganization *self);
gboolean                liaison_organization_get_placed      (LiaisonOrganization *self);

G_END_DECLS
