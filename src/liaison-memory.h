/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-memory.h: how the C library hands out memory to Liaison. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void liaison_memory_init (void);

G_END_DECLS
