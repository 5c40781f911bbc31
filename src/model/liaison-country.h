/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-country.h: countries and regions by their ISO 3166-1 code. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    liaison_country_is_valid     (const char *code);
const char *liaison_country_get_language (const char *code);
char       *liaison_country_dup_flag     (const char *code);

G_END_DECLS
