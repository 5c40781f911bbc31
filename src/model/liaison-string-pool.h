/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-string-pool.h: the strings of the records read from one file, packed together. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LiaisonStringPool LiaisonStringPool;

LiaisonStringPool  *liaison_string_pool_new         (void);
LiaisonStringPool  *liaison_string_pool_ref         (LiaisonStringPool  *pool);
void                liaison_string_pool_unref       (LiaisonStringPool  *pool);
const char         *liaison_string_pool_add         (LiaisonStringPool  *pool,
                                                     const char         *string);
const char         *liaison_string_pool_intern      (LiaisonStringPool  *pool,
                                                     const char         *string);
const char * const *liaison_string_pool_intern_strv (LiaisonStringPool  *pool,
                                                     const char * const *strv,
                                                     guint               length);
void                liaison_string_pool_seal        (LiaisonStringPool  *pool);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonStringPool, liaison_string_pool_unref)

G_END_DECLS
