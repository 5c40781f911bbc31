/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-first-frame.h: how long the start took until a window first drew, for the start benchmark. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void liaison_first_frame_report (GtkWindow *window);

G_END_DECLS
