/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-json-private.h: the file reader's fast path, for the tests to reach it on its own. */

#pragma once

#include "liaison-json.h"

G_BEGIN_DECLS

LiaisonDocument *_liaison_json_read_in_one_pass (const char *data,
                                                 gsize       length);

G_END_DECLS
