/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: the entry point: set up translations, create the application, run it. */

#define G_LOG_DOMAIN "liaison-main"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "liaison-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app = NULL;
  const char *localedir;

  setlocale (LC_ALL, "");

  /* Running uninstalled (build-aux/dev, the tests) the catalogs are in the build tree. */
  localedir = g_getenv ("LIAISON_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = liaison_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
