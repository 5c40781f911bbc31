/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-document-private.h: what the file reader may do that editors may not. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

void _liaison_document_load (LiaisonDocument *self,
                             GPtrArray       *entities[LIAISON_N_COLLECTIONS],
                             GHashTable      *by_id);

G_END_DECLS
