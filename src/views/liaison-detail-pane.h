/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-detail-pane.h: the detail page of one record, where it is read and edited. */

#pragma once

#include <adwaita.h>

#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DETAIL_PANE (liaison_detail_pane_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonDetailPane, liaison_detail_pane, LIAISON, DETAIL_PANE, AdwBin)

GtkWidget       *liaison_detail_pane_new          (void);
LiaisonDocument *liaison_detail_pane_get_document (LiaisonDetailPane *self);
void             liaison_detail_pane_set_document (LiaisonDetailPane *self,
                                                   LiaisonDocument   *document);
LiaisonEntity   *liaison_detail_pane_get_entity   (LiaisonDetailPane *self);
void             liaison_detail_pane_set_entity   (LiaisonDetailPane *self,
                                                   LiaisonEntity     *entity);
const char      *liaison_detail_pane_get_title    (LiaisonDetailPane *self);

G_END_DECLS
