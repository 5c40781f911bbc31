/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-merge.h: records read from another file, matched against a document and added to it as one undoable step. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_MERGE (liaison_merge_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonMerge, liaison_merge, LIAISON, MERGE, GObject)

LiaisonMerge    *liaison_merge_new                 (LiaisonDocument        *document);
LiaisonDocument *liaison_merge_get_document        (LiaisonMerge           *self);
const char      *liaison_merge_find_organization   (LiaisonMerge           *self,
                                                    const char             *name_or_acronym);
const char      *liaison_merge_add_organization    (LiaisonMerge           *self,
                                                    LiaisonOrganization    *candidate);
const char      *liaison_merge_add_event           (LiaisonMerge           *self,
                                                    LiaisonEvent           *candidate);
const char      *liaison_merge_add_participation   (LiaisonMerge           *self,
                                                    LiaisonParticipation   *candidate);
const char      *liaison_merge_add_link            (LiaisonMerge           *self,
                                                    LiaisonCooperationLink *candidate);
guint            liaison_merge_get_n_added         (LiaisonMerge           *self,
                                                    GType                   entity_type);
guint            liaison_merge_get_n_matched       (LiaisonMerge           *self,
                                                    GType                   entity_type);
gboolean         liaison_merge_is_empty            (LiaisonMerge           *self);
gboolean         liaison_merge_apply               (LiaisonMerge           *self,
                                                    const char             *label,
                                                    GError                **error);

G_END_DECLS
