/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-participation.h: an organization's part in an event, and who spoke for it. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-enums.h"
#include "liaison-figure.h"
#include "liaison-text.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_PARTICIPATION (liaison_participation_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonParticipation, liaison_participation, LIAISON, PARTICIPATION, LiaisonEntity)

LiaisonParticipation *liaison_participation_new              (const char *id);
const char           *liaison_participation_get_organization (LiaisonParticipation *self);
const char           *liaison_participation_get_event        (LiaisonParticipation *self);
const char           *liaison_participation_get_person       (LiaisonParticipation *self);
LiaisonRole          liaison_participation_get_role         (LiaisonParticipation *self);
const char           *liaison_participation_get_note         (LiaisonParticipation *self);

G_END_DECLS
