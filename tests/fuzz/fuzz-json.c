/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-json.c: libFuzzer target for the Liaison file format loader (liaison_json_load_data). */

#include "config.h"

#include "liaison-fuzz.h"
#include "liaison-json.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = liaison_json_load_data ((const char *) data, size, "fuzz.liaison", &error);
  if (document == NULL)
    liaison_fuzz_check_error (error, "fuzz.liaison, line ");
  else
    liaison_fuzz_check_round_trip (document);

  return 0;
}
