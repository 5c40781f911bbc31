/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-json.h: the Liaison file format (load and save), nothing else. */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_JSON_ERROR (liaison_json_error_quark ())

typedef enum
{
  LIAISON_JSON_ERROR_TOO_LARGE,
  LIAISON_JSON_ERROR_ENCODING,
  LIAISON_JSON_ERROR_TOO_DEEP,
  LIAISON_JSON_ERROR_SYNTAX,
  LIAISON_JSON_ERROR_NOT_LIAISON,
  LIAISON_JSON_ERROR_VERSION,
  LIAISON_JSON_ERROR_TYPE,
  LIAISON_JSON_ERROR_MISSING,
  LIAISON_JSON_ERROR_INVALID,
  LIAISON_JSON_ERROR_DUPLICATE_ID,
  LIAISON_JSON_ERROR_UNKNOWN_REFERENCE,
} LiaisonJsonError;

/* Files larger than this are refused before they are read. */
#define LIAISON_JSON_MAX_SIZE (512 * 1024 * 1024)
/* Objects and arrays nested deeper than this are refused. */
#define LIAISON_JSON_MAX_DEPTH 32

GQuark           liaison_json_error_quark (void);
LiaisonDocument *liaison_json_load_data   (const char       *data,
                                           gsize             length,
                                           const char       *display_name,
                                           GError          **error);
LiaisonDocument *liaison_json_load_file   (GFile            *file,
                                           GCancellable     *cancellable,
                                           GError          **error);
char            *liaison_json_save_data   (LiaisonDocument  *document,
                                           gsize            *length);
gboolean         liaison_json_save_file   (LiaisonDocument  *document,
                                           GFile            *file,
                                           GCancellable     *cancellable,
                                           GError          **error);

G_END_DECLS
