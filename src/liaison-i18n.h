/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-i18n.h: switching the interface language while running. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void        liaison_i18n_init           (void);
void        liaison_i18n_apply          (const char *language);
void        liaison_i18n_apply_locale   (const char *language);
void        liaison_i18n_mark_language  (GtkLabel   *label,
                                         const char *language);

G_END_DECLS
