/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-cooperation-link.h: a cooperation link between two organizations: an MoU, a partnership, a membership. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-enums.h"
#include "liaison-figure.h"
#include "liaison-text.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_COOPERATION_LINK (liaison_cooperation_link_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonCooperationLink, liaison_cooperation_link, LIAISON, COOPERATION_LINK, LiaisonEntity)

LiaisonCooperationLink *liaison_cooperation_link_new          (const char *id);
LiaisonLinkKind        liaison_cooperation_link_get_kind     (LiaisonCooperationLink *self);
const char             *liaison_cooperation_link_get_from     (LiaisonCooperationLink *self);
const char             *liaison_cooperation_link_get_to       (LiaisonCooperationLink *self);
gboolean               liaison_cooperation_link_get_directed (LiaisonCooperationLink *self);
const LiaisonDate      *liaison_cooperation_link_get_start    (LiaisonCooperationLink *self);
const LiaisonDate      *liaison_cooperation_link_get_end      (LiaisonCooperationLink *self);
const char             *liaison_cooperation_link_get_event    (LiaisonCooperationLink *self);
const char * const     *liaison_cooperation_link_get_scope    (LiaisonCooperationLink *self);
LiaisonLinkStatus      liaison_cooperation_link_get_status   (LiaisonCooperationLink *self);
const char             *liaison_cooperation_link_get_note     (LiaisonCooperationLink *self);

G_END_DECLS
