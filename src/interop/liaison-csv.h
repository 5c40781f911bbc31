/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-csv.h: spreadsheets as CSV: a table read from a file, and a list of records written as one. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_CSV_TABLE (liaison_csv_table_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonCsvTable, liaison_csv_table, LIAISON, CSV_TABLE, GObject)

/* Tables with more columns than this are refused. */
#define LIAISON_CSV_MAX_COLUMNS 256

LiaisonCsvTable *liaison_csv_table_parse          (const char       *data,
                                                   gsize             length,
                                                   const char       *display_name,
                                                   GError          **error);
LiaisonCsvTable *liaison_csv_table_load_file      (GFile            *file,
                                                   GCancellable     *cancellable,
                                                   GError          **error);
const char      *liaison_csv_table_get_name       (LiaisonCsvTable  *self);
char             liaison_csv_table_get_delimiter  (LiaisonCsvTable  *self);
guint            liaison_csv_table_get_n_columns  (LiaisonCsvTable  *self);
guint            liaison_csv_table_get_n_rows     (LiaisonCsvTable  *self);
const char      *liaison_csv_table_get_header     (LiaisonCsvTable  *self,
                                                   guint             column);
const char      *liaison_csv_table_get_cell       (LiaisonCsvTable  *self,
                                                   guint             row,
                                                   guint             column);
guint            liaison_csv_table_get_line       (LiaisonCsvTable  *self,
                                                   guint             row);

char            *liaison_csv_export_data          (LiaisonDocument  *document,
                                                   GListModel       *entities,
                                                   GType             entity_type,
                                                   gsize            *length);
gboolean         liaison_csv_export_file          (LiaisonDocument  *document,
                                                   GListModel       *entities,
                                                   GType             entity_type,
                                                   GFile            *file,
                                                   GCancellable     *cancellable,
                                                   GError          **error);

G_END_DECLS
