/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-date-row.h: a row showing a date, chosen in a popover to the day, month or year. */

#pragma once

#include <adwaita.h>

#include "model/liaison-date.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DATE_ROW (liaison_date_row_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonDateRow, liaison_date_row, LIAISON, DATE_ROW, AdwActionRow)

GtkWidget         *liaison_date_row_new      (void);
const LiaisonDate *liaison_date_row_get_date (LiaisonDateRow    *self);
void               liaison_date_row_set_date (LiaisonDateRow    *self,
                                              const LiaisonDate *date);

G_END_DECLS
