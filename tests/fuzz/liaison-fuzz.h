/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-fuzz.h: what the fuzz targets share: set-up and the checks every input must pass. */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "liaison-document.h"

G_BEGIN_DECLS

int              LLVMFuzzerInitialize          (int              *argc,
                                                char           ***argv);
int              LLVMFuzzerTestOneInput        (const uint8_t    *data,
                                                size_t            size);

LiaisonDocument *liaison_fuzz_base_document    (void);
void             liaison_fuzz_check_error      (const GError     *error,
                                                const char       *display_name);
void             liaison_fuzz_check_round_trip (LiaisonDocument  *document);
void             liaison_fuzz_check_import     (LiaisonDocument  *document,
                                                const char       *before,
                                                gboolean          imported,
                                                const GError     *error,
                                                const char       *display_name);

G_END_DECLS
