/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-deferred-menu.h: menu buttons that build their menu when it is first opened. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void liaison_deferred_menu_attach (GtkMenuButton *button,
                                   GMenuModel    *model);

G_END_DECLS
