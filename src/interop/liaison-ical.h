/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-ical.h: events as an iCalendar file (RFC 5545), for GNOME Calendar and other calendars. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

char     *liaison_ical_export_data (LiaisonDocument  *document,
                                    GListModel       *events,
                                    guint            *n_left_out,
                                    gsize            *length);
gboolean  liaison_ical_export_file (LiaisonDocument  *document,
                                    GListModel       *events,
                                    GFile            *file,
                                    guint            *n_left_out,
                                    GCancellable     *cancellable,
                                    GError          **error);

G_END_DECLS
