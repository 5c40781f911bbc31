/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-json-tree.h: a compact, read-only JSON tree, parsed in one pass, for reading documents fast. */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  LIAISON_JSON_NULL,
  LIAISON_JSON_BOOLEAN,
  LIAISON_JSON_INTEGER,
  LIAISON_JSON_DOUBLE,
  LIAISON_JSON_STRING,
  LIAISON_JSON_ARRAY,
  LIAISON_JSON_OBJECT,
} LiaisonJsonType;

typedef struct _LiaisonJsonValue  LiaisonJsonValue;
typedef struct _LiaisonJsonMember LiaisonJsonMember;
typedef struct _LiaisonJsonTree   LiaisonJsonTree;
typedef struct _LiaisonJsonStream LiaisonJsonStream;

struct _LiaisonJsonValue
{
  guint32 type;   /* a LiaisonJsonType */
  guint32 size;   /* the elements of an array, the members of an object */
  union
  {
    gboolean                 boolean;
    gint64                   integer;
    double                   number;
    const char              *string;
    const LiaisonJsonValue  *elements;
    const LiaisonJsonMember *members;
  };
};

/* The members of an object keep their order; no two have the same name. */
struct _LiaisonJsonMember
{
  const char       *name;
  LiaisonJsonValue  value;
};

LiaisonJsonTree        *liaison_json_tree_parse          (const char             *data,
                                                          gsize                   length,
                                                          guint                   max_depth);
LiaisonJsonTree        *liaison_json_tree_new_from_node  (JsonNode               *node);
const LiaisonJsonValue *liaison_json_tree_get_root       (LiaisonJsonTree        *tree);
void                    liaison_json_tree_free           (LiaisonJsonTree        *tree);

LiaisonJsonStream      *liaison_json_stream_new          (const char             *data,
                                                          gsize                   length,
                                                          guint                   max_depth);
void                    liaison_json_stream_free         (LiaisonJsonStream      *stream);
const char             *liaison_json_stream_next_member  (LiaisonJsonStream      *stream);
const LiaisonJsonValue *liaison_json_stream_read_value   (LiaisonJsonStream      *stream,
                                                          gboolean                keep);
gboolean                liaison_json_stream_enter_list   (LiaisonJsonStream      *stream);
const LiaisonJsonValue *liaison_json_stream_next_element (LiaisonJsonStream      *stream);
gboolean                liaison_json_stream_finish       (LiaisonJsonStream      *stream);
gboolean                liaison_json_stream_failed       (LiaisonJsonStream      *stream);

const LiaisonJsonValue *liaison_json_value_get_member    (const LiaisonJsonValue *object,
                                                          const char             *name);
JsonNode               *liaison_json_value_to_node       (const LiaisonJsonValue *value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonJsonTree, liaison_json_tree_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonJsonStream, liaison_json_stream_free)

G_END_DECLS
