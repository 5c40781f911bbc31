/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-json-writer.h: writes JSON text laid out exactly as json-glib's pretty generator does. */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct _LiaisonJsonWriter LiaisonJsonWriter;

LiaisonJsonWriter *liaison_json_writer_new          (gsize              size_hint);
void               liaison_json_writer_free         (LiaisonJsonWriter *writer);
char              *liaison_json_writer_free_to_text (LiaisonJsonWriter *writer,
                                                     gsize             *length);

void liaison_json_writer_begin_object (LiaisonJsonWriter *writer);
void liaison_json_writer_end_object   (LiaisonJsonWriter *writer);
void liaison_json_writer_begin_array  (LiaisonJsonWriter *writer);
void liaison_json_writer_end_array    (LiaisonJsonWriter *writer);
void liaison_json_writer_member       (LiaisonJsonWriter *writer,
                                       const char        *name);
void liaison_json_writer_string       (LiaisonJsonWriter *writer,
                                       const char        *value);
void liaison_json_writer_int          (LiaisonJsonWriter *writer,
                                       gint64             value);
void liaison_json_writer_double       (LiaisonJsonWriter *writer,
                                       double             value);
void liaison_json_writer_boolean      (LiaisonJsonWriter *writer,
                                       gboolean           value);
void liaison_json_writer_null         (LiaisonJsonWriter *writer);
void liaison_json_writer_node         (LiaisonJsonWriter *writer,
                                       JsonNode          *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonJsonWriter, liaison_json_writer_free)

G_END_DECLS
