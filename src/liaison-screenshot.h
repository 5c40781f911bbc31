/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-screenshot.h: render a window to a PNG file, for developers and tests. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean liaison_screenshot_save                (GtkWidget   *widget,
                                                 const char  *path,
                                                 GError     **error);
void     liaison_screenshot_after_first_frame   (GtkWindow   *window,
                                                 const char  *path,
                                                 gboolean     quit);

G_END_DECLS
