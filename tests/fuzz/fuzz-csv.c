/* SPDX-License-Identifier: GPL-3.0-or-later */
/* fuzz-csv.c: libFuzzer target for the CSV reader and importer (liaison_csv_table_parse, LiaisonCsvImport). */

#include "config.h"

#include "liaison-csv-import.h"
#include "liaison-fuzz.h"
#include "liaison-json.h"

/* Imports the table of @import as @records into a new document, with
 * the columns guessed as the import dialog guesses them. */
static void
import_as (LiaisonCsvImport  *import,
           LiaisonCsvRecords  records)
{
  g_autoptr(LiaisonDocument) document = liaison_fuzz_base_document ();
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = liaison_json_save_data (document, NULL);

  liaison_csv_import_set_records (import, records);

  merge = liaison_csv_import_prepare (import, document, &problems, &error);
  if (merge == NULL)
    {
      /* A column to choose first: nothing is touched. */
      if (error == NULL || error->message[0] == '\0')
        g_error ("the import could not be prepared, without saying why");
      return;
    }

  for (guint i = 0; i < problems->len; i++)
    if (!g_utf8_validate (problems->pdata[i], -1, NULL))
      g_error ("a problem of the import is not valid UTF-8");

  if (!liaison_merge_apply (merge, "Import", &error))
    g_error ("a prepared import failed: %s", error->message);
  liaison_fuzz_check_import (document, before, TRUE, NULL, "fuzz.csv");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(LiaisonCsvTable) table = NULL;
  g_autoptr(LiaisonCsvImport) import = NULL;
  g_autoptr(GError) error = NULL;
  LiaisonCsvRecords guessed;
  guint n_rows, n_columns;

  table = liaison_csv_table_parse ((const char *) data, size, "fuzz.csv", &error);
  if (table == NULL)
    {
      liaison_fuzz_check_error (error, "fuzz.csv, line ");
      return 0;
    }

  /* Every cell, as the import dialog's preview reads them. */
  n_rows = liaison_csv_table_get_n_rows (table);
  n_columns = liaison_csv_table_get_n_columns (table);
  for (guint c = 0; c < n_columns; c++)
    if (!g_utf8_validate (liaison_csv_table_get_header (table, c), -1, NULL))
      g_error ("header %u is not valid UTF-8", c);
  for (guint r = 0; r < n_rows; r++)
    {
      if (liaison_csv_table_get_line (table, r) == 0)
        g_error ("row %u has no line number", r);
      for (guint c = 0; c < n_columns; c++)
        if (!g_utf8_validate (liaison_csv_table_get_cell (table, r, c), -1, NULL))
          g_error ("cell %u, %u is not valid UTF-8", r, c);
    }

  /* As the dialog does: guess once, then the user may switch the kind of
   * records, which guesses the columns again. */
  import = liaison_csv_import_new (table);
  liaison_csv_import_guess (import);
  guessed = liaison_csv_import_get_records (import);
  for (guint k = 0; k < LIAISON_CSV_N_RECORDS; k++)
    import_as (import, (guessed + k) % LIAISON_CSV_N_RECORDS);

  return 0;
}
