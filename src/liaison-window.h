/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-window.h: one document window. */

#pragma once

#include <adwaita.h>

#include "liaison-application.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_WINDOW (liaison_window_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonWindow, liaison_window, LIAISON, WINDOW, AdwApplicationWindow)

LiaisonWindow *liaison_window_new      (LiaisonApplication *application);
const char    *liaison_window_get_page (LiaisonWindow      *self);
void           liaison_window_set_page (LiaisonWindow      *self,
                                        const char         *page);

G_END_DECLS
