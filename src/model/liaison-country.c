/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-country.c: countries and regions by their ISO 3166-1 alpha-2 code.
 *
 * Taiwan is TW, as in ISO 3166-1. The language of a country is where a
 * name with no translation in the reader's language falls back to after
 * English: the name the organization gives itself at home.
 */

#define G_LOG_DOMAIN "liaison-country"

#include "config.h"

#include <string.h>

#include "liaison-country.h"

/* Every officially assigned ISO 3166-1 alpha-2 code, in order. */
static const char codes[] =
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
  "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
  "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
  "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
  "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
  "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
  "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
  "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
  "VN VU WF WS YE YT ZA ZM ZW";

gboolean
liaison_country_is_valid (const char *code)
{
  if (code == NULL || strlen (code) != 2 ||
      !g_ascii_isupper (code[0]) || !g_ascii_isupper (code[1]))
    return FALSE;

  for (const char *p = codes; *p != '\0'; p += 3)
    {
      if (p[0] == code[0] && p[1] == code[1])
        return TRUE;
      if (p[2] == '\0')
        break;
    }

  return FALSE;
}

/* The interface language used in @code's country, of the five Liaison
 * speaks, or NULL. */
const char *
liaison_country_get_language (const char *code)
{
  static const struct { const char *country, *language; } languages[] = {
    { "JP", "ja" }, { "KR", "ko" }, { "KP", "ko" }, { "CN", "zh_CN" }, { "SG", "zh_CN" },
    { "TW", "zh_TW" }, { "HK", "zh_TW" }, { "MO", "zh_TW" },
  };

  for (guint i = 0; code != NULL && i < G_N_ELEMENTS (languages); i++)
    {
      if (strcmp (code, languages[i].country) == 0)
        return languages[i].language;
    }

  return NULL;
}

/* The flag emoji of @code (two regional indicator symbols), or NULL. */
char *
liaison_country_dup_flag (const char *code)
{
  char flag[9];
  gsize length = 0;

  if (!liaison_country_is_valid (code))
    return NULL;

  length += g_unichar_to_utf8 (0x1F1E6 + (code[0] - 'A'), flag + length);
  length += g_unichar_to_utf8 (0x1F1E6 + (code[1] - 'A'), flag + length);
  flag[length] = '\0';

  return g_strdup (flag);
}
