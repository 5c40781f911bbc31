/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-shortcuts-dialog.h: the list of keyboard shortcuts. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_SHORTCUTS_DIALOG (liaison_shortcuts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonShortcutsDialog, liaison_shortcuts_dialog, LIAISON, SHORTCUTS_DIALOG, AdwDialog)

AdwDialog *liaison_shortcuts_dialog_new (void);

G_END_DECLS
