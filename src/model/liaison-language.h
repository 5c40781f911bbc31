/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-language.h: the five interface languages and which one is in use. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The languages names can be translated into, as stored in files. */
#define LIAISON_N_LANGUAGES 5
const char * const *liaison_language_get_all     (void);
const char         *liaison_language_from_locale (const char *locale);
const char         *liaison_language_get_current (void);
const char         *liaison_language_get_native_name (const char *language);
const char         *liaison_language_get_tag     (const char *language);
const char         *liaison_language_get_cjk_family (const char *language);

G_END_DECLS
