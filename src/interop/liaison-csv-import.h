/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-csv-import.h: which columns of a spreadsheet hold which fields, and the records its rows become. */

#pragma once

#include "liaison-csv.h"
#include "liaison-merge.h"

G_BEGIN_DECLS

typedef enum
{
  LIAISON_CSV_RECORDS_ORGANIZATIONS,
  LIAISON_CSV_RECORDS_EVENTS,
  LIAISON_CSV_RECORDS_LINKS,
} LiaisonCsvRecords;

#define LIAISON_CSV_N_RECORDS 3

typedef enum
{
  LIAISON_CSV_FIELD_IGNORE,
  LIAISON_CSV_FIELD_NAME,          /* a name or title, its language guessed */
  LIAISON_CSV_FIELD_NAME_EN,
  LIAISON_CSV_FIELD_NAME_JA,
  LIAISON_CSV_FIELD_NAME_ZH_CN,
  LIAISON_CSV_FIELD_NAME_ZH_TW,
  LIAISON_CSV_FIELD_NAME_KO,
  LIAISON_CSV_FIELD_SHORT_NAME,
  LIAISON_CSV_FIELD_KIND,
  LIAISON_CSV_FIELD_COUNTRY,
  LIAISON_CSV_FIELD_CITY,
  LIAISON_CSV_FIELD_WEBSITE,
  LIAISON_CSV_FIELD_FOUNDED,
  LIAISON_CSV_FIELD_DESCRIPTION,   /* the note of a link */
  LIAISON_CSV_FIELD_START,
  LIAISON_CSV_FIELD_END,
  LIAISON_CSV_FIELD_STATUS,
  LIAISON_CSV_FIELD_ONLINE,
  LIAISON_CSV_FIELD_HOSTS,
  LIAISON_CSV_FIELD_PARTICIPANTS,
  LIAISON_CSV_FIELD_FROM,
  LIAISON_CSV_FIELD_TO,
  LIAISON_CSV_FIELD_DIRECTED,
  LIAISON_CSV_FIELD_SCOPE,
  LIAISON_CSV_N_FIELDS
} LiaisonCsvField;

#define LIAISON_TYPE_CSV_IMPORT (liaison_csv_import_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonCsvImport, liaison_csv_import, LIAISON, CSV_IMPORT, GObject)

const LiaisonCsvField *liaison_csv_records_get_fields (LiaisonCsvRecords  records,
                                                       guint             *n_fields);
const char            *liaison_csv_records_get_label  (LiaisonCsvRecords  records);
const char            *liaison_csv_field_get_label    (LiaisonCsvField    field,
                                                       LiaisonCsvRecords  records);

LiaisonCsvImport  *liaison_csv_import_new          (LiaisonCsvTable   *table);
LiaisonCsvTable   *liaison_csv_import_get_table    (LiaisonCsvImport  *self);
LiaisonCsvRecords  liaison_csv_import_get_records  (LiaisonCsvImport  *self);
void               liaison_csv_import_set_records  (LiaisonCsvImport  *self,
                                                    LiaisonCsvRecords  records);
LiaisonCsvField    liaison_csv_import_get_field    (LiaisonCsvImport  *self,
                                                    guint              column);
void               liaison_csv_import_set_field    (LiaisonCsvImport  *self,
                                                    guint              column,
                                                    LiaisonCsvField    field);
void               liaison_csv_import_guess        (LiaisonCsvImport  *self);
LiaisonMerge      *liaison_csv_import_prepare      (LiaisonCsvImport  *self,
                                                    LiaisonDocument   *document,
                                                    GPtrArray        **problems,
                                                    GError           **error);

G_END_DECLS
