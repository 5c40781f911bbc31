/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-i18n.c: switching the interface language while running.
 *
 * Three things follow the language: gettext catalogs (ours, GTK's and
 * libadwaita's), which glibc reloads when LANGUAGE changes and setlocale()
 * runs again; collation, through LC_COLLATE; and which CJK glyph forms are
 * drawn. Pango decides the default text language once per process, so the
 * last is done with a style sheet that puts the Noto CJK family of the
 * chosen language after the interface font: Han characters then come in
 * the forms readers of that language expect. Windows are rebuilt by the
 * application afterwards, since templates are translated when built.
 */

#define G_LOG_DOMAIN "liaison-i18n"

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "liaison-i18n.h"
#include "model/liaison-language.h"

static char *original_language;
static gboolean had_language;
static GtkCssProvider *font_provider;

/* Binds our catalogs and remembers how the process was started, to go
 * back to "System Default". Safe to call more than once. */
void
liaison_i18n_init (void)
{
  const char *language = g_getenv ("LANGUAGE");
  const char *localedir = g_getenv ("LIAISON_LOCALEDIR");

  /* Running uninstalled (build-aux/dev, the tests) the catalogs are in the build tree. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (original_language != NULL || had_language)
    return;

  had_language = language != NULL;
  g_free (original_language);
  original_language = g_strdup (language);
}

/* The locale named after @language, for its collation (and messages). */
static const char *
collation_locale (const char *language)
{
  if (g_strcmp0 (language, "ja") == 0)
    return "ja_JP.UTF-8";
  if (g_strcmp0 (language, "ko") == 0)
    return "ko_KR.UTF-8";
  if (g_strcmp0 (language, "zh_CN") == 0)
    return "zh_CN.UTF-8";
  if (g_strcmp0 (language, "zh_TW") == 0)
    return "zh_TW.UTF-8";

  return "en_US.UTF-8";
}

static void
update_fonts (const char *language)
{
  GdkDisplay *display = gdk_display_get_default ();
  const char *family = liaison_language_get_cjk_family (language);
  g_autofree char *font_name = NULL;
  g_autoptr(PangoFontDescription) description = NULL;
  g_autofree char *css = NULL;

  if (display == NULL)
    return;

  if (font_provider == NULL)
    {
      font_provider = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (font_provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  g_object_get (gtk_settings_get_for_display (display), "gtk-font-name", &font_name, NULL);
  description = pango_font_description_from_string (font_name != NULL ? font_name : "Sans");

  if (family != NULL)
    css = g_strdup_printf ("window, popover { font-family: \"%s\", \"%s\", sans-serif; }",
                           pango_font_description_get_family (description) != NULL
                             ? pango_font_description_get_family (description) : "Sans",
                           family);
  else
    css = g_strdup ("");

  gtk_css_provider_load_from_string (font_provider, css);
}

/* Switches the catalogs and collation to @language ("" or NULL for the
 * system's), touching nothing of GTK: "liaison --export" runs with no
 * display. */
void
liaison_i18n_apply_locale (const char *language)
{
  const char *current;

  if (language == NULL || *language == '\0')
    {
      if (had_language)
        g_setenv ("LANGUAGE", original_language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
    }
  else
    {
      g_setenv ("LANGUAGE", language, TRUE);
    }

  /* Reloads the catalogs. glibc ignores LANGUAGE in the C locales, C.UTF-8
   * included, so messages then need a real locale: the language's own if it
   * is installed, else any. */
  setlocale (LC_ALL, "");
  current = setlocale (LC_MESSAGES, NULL);
  if (language != NULL && *language != '\0' &&
      (current == NULL || g_str_equal (current, "C") || g_str_equal (current, "POSIX") ||
       g_str_has_prefix (current, "C.")))
    {
      if (setlocale (LC_MESSAGES, collation_locale (language)) == NULL &&
          setlocale (LC_MESSAGES, "en_US.UTF-8") == NULL)
        setlocale (LC_MESSAGES, "C.UTF-8");
    }

  current = liaison_language_get_current ();
  if (setlocale (LC_COLLATE, collation_locale (current)) == NULL)
    setlocale (LC_COLLATE, "");
}

/* Switches to @language ("" or NULL for the system's), fonts included. */
void
liaison_i18n_apply (const char *language)
{
  liaison_i18n_apply_locale (language);
  update_fonts (liaison_language_get_current ());
}

/* Marks @label's text as written in @language (a file code such as
 * "zh_TW"), or clears the mark with %NULL. */
void
liaison_i18n_mark_language (GtkLabel   *label,
                            const char *language)
{
  g_autoptr(PangoAttrList) attributes = NULL;
  g_autofree char *tag = NULL;

  g_return_if_fail (GTK_IS_LABEL (label));

  if (language == NULL || *language == '\0')
    {
      gtk_label_set_attributes (label, NULL);
      return;
    }

  /* Pango wants "zh-tw", not "zh_TW". */
  tag = g_ascii_strdown (language, -1);
  g_strdelimit (tag, "_", '-');
  attributes = pango_attr_list_new ();
  pango_attr_list_insert (attributes, pango_attr_language_new (pango_language_from_string (tag)));
  gtk_label_set_attributes (label, attributes);
}
