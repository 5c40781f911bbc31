/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-person.h: a person who speaks for an organization. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-enums.h"
#include "liaison-figure.h"
#include "liaison-text.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_PERSON (liaison_person_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonPerson, liaison_person, LIAISON, PERSON, LiaisonEntity)

LiaisonPerson *liaison_person_new             (const char *id);
LiaisonText   *liaison_person_get_name        (LiaisonPerson *self);
const char    *liaison_person_get_title       (LiaisonPerson *self);
const char    *liaison_person_get_affiliation (LiaisonPerson *self);

G_END_DECLS
