/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-graphml.c: libFuzzer target for the GraphML importer (liaison_graphml_import_data). */

#include "config.h"

#include "liaison-fuzz.h"
#include "liaison-graphml.h"
#include "liaison-json.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LiaisonDocument) document = liaison_fuzz_base_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = liaison_json_save_data (document, NULL);
  gboolean imported;

  imported = liaison_graphml_import_data (document, (const char *) data, size, "fuzz.graphml", &error);
  liaison_fuzz_check_import (document, before, imported, error, "fuzz.graphml");

  return 0;
}
