/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-text.h: a name or title in several languages. */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_TEXT (liaison_text_get_type ())

typedef struct _LiaisonText LiaisonText;

GType        liaison_text_get_type     (void) G_GNUC_CONST;
LiaisonText *liaison_text_new          (const char        *language,
                                        const char        *value);
LiaisonText *liaison_text_ref          (LiaisonText       *text);
void         liaison_text_unref        (LiaisonText       *text);
LiaisonText *liaison_text_with         (const LiaisonText *text,
                                        const char        *language,
                                        const char        *value);
guint        liaison_text_get_n_items  (const LiaisonText *text);
const char  *liaison_text_get_language (const LiaisonText *text,
                                        guint              index);
const char  *liaison_text_get_value    (const LiaisonText *text,
                                        guint              index);
const char  *liaison_text_get          (const LiaisonText *text,
                                        const char        *language);
const char  *liaison_text_lookup       (const LiaisonText *text,
                                        const char        *language,
                                        const char        *original_language,
                                        const char       **found_language);
gboolean     liaison_text_equal        (const LiaisonText *a,
                                        const LiaisonText *b);
gboolean     liaison_text_contains     (const LiaisonText *text,
                                        const char        *folded_needle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonText, liaison_text_unref)

G_END_DECLS
