/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-language.c: the five interface languages and which one is in use. */

#include "config.h"

#include <string.h>

#include "liaison-language.h"

static const char * const languages[] = { "en", "ja", "zh_CN", "zh_TW", "ko", NULL };

/* In the order of the Preferences list and the file format. */
const char * const *
liaison_language_get_all (void)
{
  return languages;
}

/* Maps a locale name such as "ja_JP.UTF-8", "zh_HK" or "ko" to one of the
 * five languages, or %NULL when it is none of them. */
const char *
liaison_language_from_locale (const char *locale)
{
  g_autofree char *code = NULL;
  char *end;

  if (locale == NULL || *locale == '\0')
    return NULL;

  code = g_strdup (locale);
  if ((end = strpbrk (code, ".@")) != NULL)
    *end = '\0';

  if (g_str_equal (code, "en") || g_str_has_prefix (code, "en_"))
    return "en";
  if (g_str_equal (code, "ja") || g_str_has_prefix (code, "ja_"))
    return "ja";
  if (g_str_equal (code, "ko") || g_str_has_prefix (code, "ko_"))
    return "ko";
  /* Taiwan, Hong Kong and Macao write Traditional Chinese. */
  if (g_str_equal (code, "zh_TW") || g_str_equal (code, "zh_HK") || g_str_equal (code, "zh_MO") ||
      g_str_has_prefix (code, "zh_Hant"))
    return "zh_TW";
  if (g_str_equal (code, "zh") || g_str_has_prefix (code, "zh_"))
    return "zh_CN";
  if (g_str_equal (code, "C") || g_str_equal (code, "POSIX"))
    return "en";

  return NULL;
}

/* The interface language in use now: the first of the process's languages
 * (LANGUAGE, then the locale) that Liaison speaks, or English. Windows are
 * rebuilt when it changes, so reading it when building a view is enough. */
const char *
liaison_language_get_current (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *language = liaison_language_from_locale (names[i]);

      if (language != NULL)
        return language;
    }

  return "en";
}

/* Each language named in itself, as the language switch lists them. */
const char *
liaison_language_get_native_name (const char *language)
{
  static const struct { const char *code; const char *name; } names[] = {
    { "en", "English" },
    { "ja", "日本語" },
    { "zh_CN", "简体中文" },
    { "zh_TW", "繁體中文" },
    { "ko", "한국어" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (names[i].code, language) == 0)
        return names[i].name;
    }

  return NULL;
}

/* @language as a language tag ("zh-TW" for "zh_TW"), for Pango and XML,
 * so that Han characters take the Japanese, Chinese or Korean forms. */
const char *
liaison_language_get_tag (const char *language)
{
  if (g_strcmp0 (language, "zh_CN") == 0)
    return "zh-CN";
  if (g_strcmp0 (language, "zh_TW") == 0)
    return "zh-TW";
  if (g_strcmp0 (language, "ja") == 0 || g_strcmp0 (language, "ko") == 0)
    return language;

  return "en";
}

/* The Noto CJK family with @language's glyph forms, or NULL for English. */
const char *
liaison_language_get_cjk_family (const char *language)
{
  if (g_strcmp0 (language, "ja") == 0)
    return "Noto Sans CJK JP";
  if (g_strcmp0 (language, "ko") == 0)
    return "Noto Sans CJK KR";
  if (g_strcmp0 (language, "zh_CN") == 0)
    return "Noto Sans CJK SC";
  if (g_strcmp0 (language, "zh_TW") == 0)
    return "Noto Sans CJK TC";

  return NULL;
}
