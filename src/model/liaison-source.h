/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-source.h: a source: the news item or report a fact was taken from. */

#pragma once

#include "liaison-date.h"
#include "liaison-entity.h"
#include "liaison-enums.h"
#include "liaison-figure.h"
#include "liaison-text.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_SOURCE (liaison_source_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonSource, liaison_source, LIAISON, SOURCE, LiaisonEntity)

LiaisonSource     *liaison_source_new           (const char *id);
const char        *liaison_source_get_title     (LiaisonSource *self);
const char        *liaison_source_get_publisher (LiaisonSource *self);
const char        *liaison_source_get_author    (LiaisonSource *self);
const LiaisonDate *liaison_source_get_date      (LiaisonSource *self);
const char        *liaison_source_get_url       (LiaisonSource *self);
const char        *liaison_source_get_language  (LiaisonSource *self);
const char        *liaison_source_get_document  (LiaisonSource *self);
const char        *liaison_source_get_note      (LiaisonSource *self);

G_END_DECLS
