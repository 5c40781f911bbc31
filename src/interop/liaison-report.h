/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-report.h: a PDF report of an event or an organization: who took part, links, sources. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

gboolean liaison_report_export_file (LiaisonDocument  *document,
                                     LiaisonEntity    *event_or_organization,
                                     GFile            *file,
                                     GCancellable     *cancellable,
                                     GError          **error);

G_END_DECLS
