/* SPDX-License-Identifier: GPL-3.0-or-later */
/* resave.c: loads a Liaison file and saves it again, for the schema check.
 *
 *   resave IN OUT      load IN, save it as OUT
 *   resave --new OUT   save a document of freshly added records as OUT
 */

#include "config.h"

#include <locale.h>

#include "liaison-cooperation-link.h"
#include "liaison-event.h"
#include "liaison-json.h"
#include "liaison-organization.h"
#include "liaison-participation.h"
#include "liaison-person.h"
#include "liaison-source.h"

static LiaisonDocument *
new_records (GError **error)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(LiaisonText) name = liaison_text_new ("en", "New Organization");
  g_autoptr(LiaisonText) other = liaison_text_new ("ja", "新しい組織");
  g_autoptr(LiaisonText) title = liaison_text_new ("ko", "새 행사");
  g_autoptr(LiaisonEntity) a = g_object_new (LIAISON_TYPE_ORGANIZATION, "id", "org", "name", name, NULL);
  g_autoptr(LiaisonEntity) b = g_object_new (LIAISON_TYPE_ORGANIZATION, "id", "org-2", "name", other, NULL);
  g_autoptr(LiaisonEntity) person = g_object_new (LIAISON_TYPE_PERSON, "id", "person", "name", name, NULL);
  g_autoptr(LiaisonEntity) event = g_object_new (LIAISON_TYPE_EVENT, "id", "evt", "title", title,
                                                 "status", LIAISON_EVENT_STATUS_PLANNED, NULL);
  g_autoptr(LiaisonEntity) source = g_object_new (LIAISON_TYPE_SOURCE, "id", "src", "title", "New Source", NULL);
  g_autoptr(LiaisonEntity) link = g_object_new (LIAISON_TYPE_COOPERATION_LINK, "id", "link",
                                                "from", "org", "to", "org-2", NULL);
  g_autoptr(LiaisonEntity) participation = g_object_new (LIAISON_TYPE_PARTICIPATION, "id", "part",
                                                         "organization", "org", "event", "evt", NULL);
  LiaisonEntity *all[] = { source, a, b, person, event, link, participation };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      if (!liaison_document_add (document, all[i], error))
        return NULL;
    }

  return g_steal_pointer (&document);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GFile) output = NULL;
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");

  if (argc != 3)
    {
      g_printerr ("Usage: %s IN|--new OUT\n", argv[0]);
      return 2;
    }

  if (g_str_equal (argv[1], "--new"))
    document = new_records (&error);
  else
    {
      g_autoptr(GFile) input = g_file_new_for_commandline_arg (argv[1]);

      document = liaison_json_load_file (input, NULL, &error);
    }

  output = g_file_new_for_commandline_arg (argv[2]);
  if (document == NULL || !liaison_json_save_file (document, output, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
