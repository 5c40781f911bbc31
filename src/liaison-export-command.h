/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-export-command.h: "liaison --export=FILE DOCUMENT": write a document in another format without a window. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const GOptionEntry *liaison_export_command_get_option_entries (void);
gboolean            liaison_export_command_wanted             (const char * const *arguments);
int                 liaison_export_command_run                (const char * const *arguments);

G_END_DECLS
