/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-json-writer.c: writes JSON text laid out exactly as json-glib's pretty generator does.
 *
 * Documents used to be saved by building a json-glib tree of the whole
 * document and handing it to JsonGenerator, which for 100,000
 * organizations takes seconds and a gigabyte. This writer appends the
 * text directly, in the same layout (two spaces a level, "name" : value,
 * "{  }" for an empty object at its level's indent, "[]" for an empty
 * list, the same escapes and number forms), so that files saved before
 * and after are byte for byte the same. The unit tests compare it with
 * JsonGenerator.
 */

#define G_LOG_DOMAIN "liaison-json-writer"

#include "config.h"

#include <string.h>

#include "liaison-json-writer.h"

#define INDENT 2

struct _LiaisonJsonWriter
{
  GString  *text;
  GArray   *counts;       /* of guint: items written so far in each open object or list */
  gboolean  after_name;   /* a member's name is written, its value comes next */
};

LiaisonJsonWriter *
liaison_json_writer_new (gsize size_hint)
{
  LiaisonJsonWriter *writer = g_new0 (LiaisonJsonWriter, 1);

  writer->text = g_string_sized_new (MAX (size_hint, 64));
  writer->counts = g_array_new (FALSE, FALSE, sizeof (guint));

  return writer;
}

void
liaison_json_writer_free (LiaisonJsonWriter *writer)
{
  if (writer == NULL)
    return;

  g_string_free (writer->text, TRUE);
  g_array_unref (writer->counts);
  g_free (writer);
}

/* The text written, which must be one complete value, and a newline
 * after it, as at the end of a file. */
char *
liaison_json_writer_free_to_text (LiaisonJsonWriter *writer,
                                  gsize             *length)
{
  char *text;

  g_return_val_if_fail (writer != NULL, NULL);
  g_warn_if_fail (writer->counts->len == 0);

  g_string_append_c (writer->text, '\n');
  if (length != NULL)
    *length = writer->text->len;
  text = g_string_free (writer->text, FALSE);
  g_array_unref (writer->counts);
  g_free (writer);

  return text;
}

static void
append_indent (GString *text,
               guint    level)
{
  static const char spaces[] = "                                ";
  guint n = level * INDENT;

  while (n > 0)
    {
      guint chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (text, spaces, chunk);
      n -= chunk;
    }
}

/* What comes before a value or a member: the separator from the one
 * before and the indent, except for a member's value. */
static void
begin_item (LiaisonJsonWriter *writer)
{
  guint *count;

  if (writer->after_name)
    {
      writer->after_name = FALSE;
      return;
    }
  if (writer->counts->len == 0)
    return;

  count = &g_array_index (writer->counts, guint, writer->counts->len - 1);
  g_string_append (writer->text, *count > 0 ? ",\n" : "\n");
  (*count)++;
  append_indent (writer->text, writer->counts->len);
}

static void
append_escaped (GString    *text,
                const char *value)
{
  const char *run = value;
  const char *p;

  g_string_append_c (text, '"');
  for (p = value; *p != '\0'; p++)
    {
      guchar c = *p;
      const char *escape;
      char buffer[8];

      if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
        continue;

      g_string_append_len (text, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': escape = "\\\""; break;
        case '\\': escape = "\\\\"; break;
        case '\b': escape = "\\b"; break;
        case '\f': escape = "\\f"; break;
        case '\n': escape = "\\n"; break;
        case '\r': escape = "\\r"; break;
        case '\t': escape = "\\t"; break;
        default:
          g_snprintf (buffer, sizeof buffer, "\\u%04x", c);
          escape = buffer;
          break;
        }
      g_string_append (text, escape);
    }
  g_string_append_len (text, run, p - run);
  g_string_append_c (text, '"');
}

void
liaison_json_writer_begin_object (LiaisonJsonWriter *writer)
{
  guint zero = 0;

  begin_item (writer);
  g_string_append_c (writer->text, '{');
  g_array_append_val (writer->counts, zero);
}

void
liaison_json_writer_end_object (LiaisonJsonWriter *writer)
{
  guint count;

  g_return_if_fail (writer->counts->len > 0 && !writer->after_name);

  count = g_array_index (writer->counts, guint, writer->counts->len - 1);
  g_array_set_size (writer->counts, writer->counts->len - 1);
  /* json-glib writes an empty object as "{", its level's indent, "}". */
  if (count > 0)
    g_string_append_c (writer->text, '\n');
  append_indent (writer->text, writer->counts->len);
  g_string_append_c (writer->text, '}');
}

void
liaison_json_writer_begin_array (LiaisonJsonWriter *writer)
{
  guint zero = 0;

  begin_item (writer);
  g_string_append_c (writer->text, '[');
  g_array_append_val (writer->counts, zero);
}

void
liaison_json_writer_end_array (LiaisonJsonWriter *writer)
{
  guint count;

  g_return_if_fail (writer->counts->len > 0);

  count = g_array_index (writer->counts, guint, writer->counts->len - 1);
  g_array_set_size (writer->counts, writer->counts->len - 1);
  if (count > 0)
    {
      g_string_append_c (writer->text, '\n');
      append_indent (writer->text, writer->counts->len);
    }
  g_string_append_c (writer->text, ']');
}

void
liaison_json_writer_member (LiaisonJsonWriter *writer,
                            const char        *name)
{
  g_return_if_fail (writer->counts->len > 0 && !writer->after_name);

  begin_item (writer);
  append_escaped (writer->text, name);
  g_string_append (writer->text, " : ");
  writer->after_name = TRUE;
}

void
liaison_json_writer_string (LiaisonJsonWriter *writer,
                            const char        *value)
{
  begin_item (writer);
  append_escaped (writer->text, value != NULL ? value : "");
}

void
liaison_json_writer_int (LiaisonJsonWriter *writer,
                         gint64             value)
{
  begin_item (writer);
  g_string_append_printf (writer->text, "%" G_GINT64_FORMAT, value);
}

void
liaison_json_writer_double (LiaisonJsonWriter *writer,
                            double             value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  begin_item (writer);
  g_ascii_formatd (buffer, sizeof buffer, "%.17g", value);
  g_string_append (writer->text, buffer);
  /* json-glib marks a double that prints as a whole number: 1.0, inf.0. */
  if (strpbrk (buffer, ".e") == NULL)
    g_string_append (writer->text, ".0");
}

void
liaison_json_writer_boolean (LiaisonJsonWriter *writer,
                             gboolean           value)
{
  begin_item (writer);
  g_string_append (writer->text, value ? "true" : "false");
}

void
liaison_json_writer_null (LiaisonJsonWriter *writer)
{
  begin_item (writer);
  g_string_append (writer->text, "null");
}

/* Writes a json-glib value, such as fields kept from a newer version. */
void
liaison_json_writer_node (LiaisonJsonWriter *writer,
                          JsonNode          *node)
{
  g_return_if_fail (node != NULL);

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        liaison_json_writer_begin_object (writer);
        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            liaison_json_writer_member (writer, name);
            liaison_json_writer_node (writer, member);
          }
        liaison_json_writer_end_object (writer);
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        liaison_json_writer_begin_array (writer);
        for (guint i = 0; i < json_array_get_length (array); i++)
          liaison_json_writer_node (writer, json_array_get_element (array, i));
        liaison_json_writer_end_array (writer);
      }
      break;

    case JSON_NODE_NULL:
      liaison_json_writer_null (writer);
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          liaison_json_writer_int (writer, json_node_get_int (node));
          break;
        case G_TYPE_DOUBLE:
          liaison_json_writer_double (writer, json_node_get_double (node));
          break;
        case G_TYPE_BOOLEAN:
          liaison_json_writer_boolean (writer, json_node_get_boolean (node));
          break;
        case G_TYPE_STRING:
        default:
          liaison_json_writer_string (writer, json_node_get_string (node));
          break;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}
