/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-interop.h: what the importers and exporters share: errors, file access, matching of names and values. */

#pragma once

#include <gio/gio.h>

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_INTEROP_ERROR (liaison_interop_error_quark ())

typedef enum
{
  LIAISON_INTEROP_ERROR_TOO_LARGE,
  LIAISON_INTEROP_ERROR_ENCODING,
  LIAISON_INTEROP_ERROR_SYNTAX,
  LIAISON_INTEROP_ERROR_INVALID,
  LIAISON_INTEROP_ERROR_UNKNOWN_REFERENCE,
  LIAISON_INTEROP_ERROR_EMPTY,
  LIAISON_INTEROP_ERROR_NOT_AVAILABLE,
  LIAISON_INTEROP_ERROR_UNKNOWN_FORMAT,
} LiaisonInteropError;

/* Files to import larger than this are refused before they are read. */
#define LIAISON_INTEROP_MAX_SIZE (64 * 1024 * 1024)

GQuark      liaison_interop_error_quark    (void);
char       *liaison_interop_load_file      (GFile         *file,
                                            GCancellable  *cancellable,
                                            gsize         *length,
                                            char         **display_name,
                                            GError       **error);
gboolean    liaison_interop_save_file      (GFile         *file,
                                            const char    *data,
                                            gsize          length,
                                            GCancellable  *cancellable,
                                            GError       **error);
gboolean    liaison_interop_check_utf8     (const char    *data,
                                            gsize          length,
                                            const char    *display_name,
                                            GError       **error);
guint       liaison_interop_line_at        (const char    *data,
                                            const char    *where);
void        liaison_interop_set_error_at   (GError       **error,
                                            int            code,
                                            const char    *display_name,
                                            guint          line,
                                            const char    *message);

char       *liaison_interop_fold_key       (const char    *text);
const char *liaison_interop_guess_language (const char    *text,
                                            const char    *country);
gboolean    liaison_interop_parse_enum     (GType          enum_type,
                                            const char    *text,
                                            int           *value);
gboolean    liaison_interop_parse_boolean  (const char    *text,
                                            gboolean      *value);
const char *liaison_interop_parse_country  (const char    *text);
gboolean    liaison_interop_parse_date     (const char    *text,
                                            LiaisonDate   *date);
char       *liaison_interop_date_first_day (const LiaisonDate *date);
char       *liaison_interop_date_last_day  (const LiaisonDate *date);
void        liaison_interop_append_xml     (GString       *out,
                                            const char    *text);
GPtrArray  *liaison_interop_get_network    (LiaisonDocument *document,
                                            GListModel      *organizations,
                                            GPtrArray      **links);
JsonObject *liaison_interop_get_kept_attributes (LiaisonEntity *entity);

/* The attributes network exports give nodes and edges. */
typedef struct
{
  const char *name;
  const char *type;   /* "string", "integer" or "boolean" */
} LiaisonNetworkAttribute;

const LiaisonNetworkAttribute *liaison_interop_get_node_attributes (guint *n_attributes);
const LiaisonNetworkAttribute *liaison_interop_get_edge_attributes (guint *n_attributes);
char       *liaison_interop_dup_attribute  (LiaisonEntity *entity,
                                            const char    *name);
GPtrArray  *liaison_interop_get_kept_names (GPtrArray     *entities,
                                            const LiaisonNetworkAttribute *known,
                                            guint          n_known);

G_END_DECLS
