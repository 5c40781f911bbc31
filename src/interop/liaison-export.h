/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-export.h: one entry point for every export and import format, by name or file extension. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

typedef enum
{
  LIAISON_EXPORT_FORMAT_CSV,
  LIAISON_EXPORT_FORMAT_GEXF,
  LIAISON_EXPORT_FORMAT_GRAPHML,
  LIAISON_EXPORT_FORMAT_ICS,
  LIAISON_EXPORT_FORMAT_SVG,
  LIAISON_EXPORT_FORMAT_PNG,
  LIAISON_EXPORT_FORMAT_PDF,
} LiaisonExportFormat;

typedef enum
{
  LIAISON_IMPORT_FORMAT_UNKNOWN,
  LIAISON_IMPORT_FORMAT_CSV,
  LIAISON_IMPORT_FORMAT_GEXF,
  LIAISON_IMPORT_FORMAT_GRAPHML,
} LiaisonImportFormat;

gboolean             liaison_export_format_from_name      (const char          *name,
                                                           LiaisonExportFormat *format);
gboolean             liaison_export_format_from_file      (GFile               *file,
                                                           LiaisonExportFormat *format);
const char          *liaison_export_format_get_name       (LiaisonExportFormat  format);
gboolean             liaison_export_format_is_image       (LiaisonExportFormat  format);
gboolean             liaison_export_document              (LiaisonDocument     *document,
                                                           LiaisonExportFormat  format,
                                                           GType                csv_type,
                                                           GFile               *file,
                                                           GCancellable        *cancellable,
                                                           GError             **error);

LiaisonImportFormat  liaison_import_format_guess          (GFile               *file,
                                                           const char          *data,
                                                           gsize                length);
gboolean             liaison_import_network_file          (LiaisonDocument     *document,
                                                           GFile               *file,
                                                           GCancellable        *cancellable,
                                                           GError             **error);

G_END_DECLS
