/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-report.c: a one-page PDF report of an event or an organization: who took part, links, sources. */

#define G_LOG_DOMAIN "liaison-report"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-interop.h"
#include "liaison-report.h"

gboolean
liaison_report_export_file (LiaisonDocument  *document,
                            LiaisonEntity    *event_or_organization,
                            GFile            *file,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_set_error_literal (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_NOT_AVAILABLE, "TODO");
  return FALSE;
}
