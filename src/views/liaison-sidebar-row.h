/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-sidebar-row.h: a row of the window's page sidebar. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_SIDEBAR_ROW (liaison_sidebar_row_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonSidebarRow, liaison_sidebar_row, LIAISON, SIDEBAR_ROW, GtkListBoxRow)

const char *liaison_sidebar_row_get_page_name (LiaisonSidebarRow *self);
const char *liaison_sidebar_row_get_title     (LiaisonSidebarRow *self);

G_END_DECLS
