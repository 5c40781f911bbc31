/* SPDX-License-Identifier: GPL-3.0-or-later */
/* main.c: the entry point: set up the locale, create the application, run it. */

#define G_LOG_DOMAIN "liaison-main"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "liaison-application.h"
#include "liaison-i18n.h"
#include "liaison-memory.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonApplication) app = NULL;

  liaison_memory_init ();
  setlocale (LC_ALL, "");
  liaison_i18n_init ();

  app = liaison_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
