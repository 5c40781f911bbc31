/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-test-sample.c: the sample network, as the tests load it. */

#include "config.h"

#include <gio/gio.h>

#include "liaison-test-sample.h"
#include "model/liaison-json.h"

/* Loads data/sample/sample.liaison from the source tree; the test fails
 * if it cannot be read. */
LiaisonDocument *
liaison_test_load_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "sample.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LiaisonDocument *document = liaison_json_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}
