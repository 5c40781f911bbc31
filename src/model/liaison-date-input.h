/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-date-input.h: dates as people type them, in English, Japanese, Chinese and Korean. */

#pragma once

#include "liaison-date.h"

G_BEGIN_DECLS

#define LIAISON_DATE_ERROR (liaison_date_error_quark ())

typedef enum
{
  LIAISON_DATE_ERROR_EMPTY,
  LIAISON_DATE_ERROR_UNKNOWN_WORD,
  LIAISON_DATE_ERROR_NO_YEAR,
  LIAISON_DATE_ERROR_AMBIGUOUS,
  LIAISON_DATE_ERROR_TOO_MANY,
  LIAISON_DATE_ERROR_NO_SUCH_MONTH,
  LIAISON_DATE_ERROR_NO_SUCH_DAY,
  LIAISON_DATE_ERROR_PART_OF_DAY,
} LiaisonDateError;

GQuark   liaison_date_error_quark (void);
gboolean liaison_date_parse_input (const char   *text,
                                   LiaisonDate  *date,
                                   GError      **error);

G_END_DECLS
