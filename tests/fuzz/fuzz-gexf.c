/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-gexf.c: libFuzzer target for the GEXF importer (liaison_gexf_import_data). */

#include "config.h"

#include "liaison-fuzz.h"
#include "liaison-gexf.h"
#include "liaison-json.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LiaisonDocument) document = liaison_fuzz_base_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = liaison_json_save_data (document, NULL);
  gboolean imported;

  imported = liaison_gexf_import_data (document, (const char *) data, size, "fuzz.gexf", &error);
  liaison_fuzz_check_import (document, before, imported, error, "fuzz.gexf");

  return 0;
}
