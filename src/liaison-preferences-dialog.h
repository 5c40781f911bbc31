/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-preferences-dialog.h: the preferences: the interface language. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_PREFERENCES_DIALOG (liaison_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonPreferencesDialog, liaison_preferences_dialog, LIAISON, PREFERENCES_DIALOG, AdwPreferencesDialog)

AdwDialog *liaison_preferences_dialog_new (GSettings *settings);

G_END_DECLS
