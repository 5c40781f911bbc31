/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-deferred-menu.c: menu buttons that build their menu when it is first opened.
 *
 * A GtkMenuButton given a menu model builds the whole popover menu, every
 * item's widgets included, as soon as it gets the model. The window and
 * the graph page have five such buttons; most are never opened in a
 * session, and building them all delayed the window's first frame. A
 * deferred button gets its model only when it is about to open for the
 * first time (GtkMenuButton's create-popup function), which works the
 * same for clicks, the keyboard and F10 on the primary menu.
 */

#define G_LOG_DOMAIN "liaison-deferred-menu"

#include "config.h"

#include "liaison-deferred-menu.h"

static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       model)
{
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (model));
}

/* Makes @button open @model, built when the button first opens it. */
void
liaison_deferred_menu_attach (GtkMenuButton *button,
                              GMenuModel    *model)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (model));

  gtk_menu_button_set_create_popup_func (button, create_popup_cb, g_object_ref (model), g_object_unref);
}
