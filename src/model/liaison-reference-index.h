/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-reference-index.h: who refers to each id, in one array for the whole document. */

#pragma once

#include "liaison-entity.h"

G_BEGIN_DECLS

typedef struct _LiaisonReferenceIndex LiaisonReferenceIndex;

LiaisonReferenceIndex *liaison_reference_index_new      (void);
void                   liaison_reference_index_free     (LiaisonReferenceIndex  *index);
void                   liaison_reference_index_count    (LiaisonReferenceIndex  *index,
                                                         const char             *id);
void                   liaison_reference_index_allocate (LiaisonReferenceIndex  *index);
void                   liaison_reference_index_add      (LiaisonReferenceIndex  *index,
                                                         const char             *id,
                                                         LiaisonEntity          *referrer);
LiaisonEntity * const *liaison_reference_index_lookup   (LiaisonReferenceIndex  *index,
                                                         const char             *id,
                                                         guint                  *n_referrers);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonReferenceIndex, liaison_reference_index_free)

G_END_DECLS
