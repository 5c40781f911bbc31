/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-date.h: a date known to the day, the month, the year or a part of a month or year. */

#pragma once

#include <glib-object.h>

#include "liaison-enums.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DATE (liaison_date_get_type ())

typedef struct
{
  guint16 year;   /* 0 when there is no date */
  guint8  month;  /* 1–12, 0 when only the year is known */
  guint8  day;    /* 1–31, 0 when only the month is known */
  guint8  part;   /* a LiaisonDatePart of the year or month, only when day is 0 */
} LiaisonDate;

#define LIAISON_DATE_INIT_NONE { 0, 0, 0, 0 }

GType        liaison_date_get_type       (void) G_GNUC_CONST;
LiaisonDate *liaison_date_copy           (const LiaisonDate *date);
void         liaison_date_free           (LiaisonDate       *date);
gboolean     liaison_date_parse          (const char        *text,
                                          LiaisonDate       *date);
char        *liaison_date_to_string      (const LiaisonDate *date);
gboolean     liaison_date_is_set         (const LiaisonDate *date);
gboolean     liaison_date_equal          (const LiaisonDate *a,
                                          const LiaisonDate *b);
int          liaison_date_compare        (const LiaisonDate *a,
                                          const LiaisonDate *b);
guint32      liaison_date_get_first_day  (const LiaisonDate *date);
guint32      liaison_date_get_last_day   (const LiaisonDate *date);
char        *liaison_date_format         (const LiaisonDate *date);
char        *liaison_date_format_range   (const LiaisonDate *start,
                                          const LiaisonDate *end);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonDate, liaison_date_free)

G_END_DECLS
