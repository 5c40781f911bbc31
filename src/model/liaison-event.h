/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-event.h: an event: a summit, webinar, signing or expo, held or planned. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-enums.h"
#include "liaison-figure.h"
#include "liaison-text.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_EVENT (liaison_event_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonEvent, liaison_event, LIAISON, EVENT, LiaisonEntity)

LiaisonEvent       *liaison_event_new                (const char *id);
LiaisonText        *liaison_event_get_title          (LiaisonEvent *self);
LiaisonEventKind   liaison_event_get_kind           (LiaisonEvent *self);
const LiaisonDate  *liaison_event_get_start          (LiaisonEvent *self);
const LiaisonDate  *liaison_event_get_end            (LiaisonEvent *self);
LiaisonEventStatus liaison_event_get_status         (LiaisonEvent *self);
gboolean           liaison_event_get_online         (LiaisonEvent *self);
const char         *liaison_event_get_city           (LiaisonEvent *self);
const char         *liaison_event_get_country        (LiaisonEvent *self);
GPtrArray          *liaison_event_get_attendance     (LiaisonEvent *self);
const char * const *liaison_event_get_languages      (LiaisonEvent *self);
gboolean           liaison_event_get_interpretation (LiaisonEvent *self);
const char         *liaison_event_get_parent         (LiaisonEvent *self);
const char         *liaison_event_get_description    (LiaisonEvent *self);
double             liaison_event_get_x              (LiaisonEvent *self);
double             liaison_event_get_y              (LiaisonEvent *self);
gboolean           liaison_event_get_pinned         (LiaisonEvent *self);
gboolean           liaison_event_get_placed         (LiaisonEvent *self);

G_END_DECLS
