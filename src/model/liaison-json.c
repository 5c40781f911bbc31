/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-json.c: the Liaison file format (load and save), nothing else.
 *
 * A document is JSON (see data/liaison-format.schema.json). Loading checks
 * everything before anything is handed over: encoding, nesting, syntax,
 * types, required fields, ids and references. Errors name the file, line
 * and column; to keep the common path fast the position is found only when
 * there is an error, by walking the text to the offending value.
 *
 * Saving writes to a temporary file, syncs it and renames it over the old
 * file, keeping the previous version as "FILE~" (g_file_replace does
 * exactly that for local files), so the file on disk is always either the
 * old or the new complete version.
 */

#define G_LOG_DOMAIN "liaison-json"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "liaison-country.h"
#include "liaison-document-private.h"
#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-json.h"

G_DEFINE_QUARK (liaison-json-error-quark, liaison_json_error)

#define FORMAT_NAME "liaison"
#define FORMAT_VERSION 1

typedef struct
{
  const char *key;   /* NULL for an array element */
  guint       index;
} Step;

typedef struct
{
  const char  *data;
  gsize        length;
  const char  *name;
  GArray      *path;    /* of Step: where the reader is */
  GHashTable  *ids;     /* id → GType of its collection */
  GError     **error;
} Reader;


static const char *
collection_name (GType type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);

  return LIAISON_ENTITY_CLASS (klass)->collection;
}

/* ---------------------------------------------------------------------- */
/* Finding where a value is in the text, for error messages                */

static const char *
skip_space (const char *p,
            const char *end)
{
  while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
    p++;

  return p;
}

static const char *
skip_string (const char *p,
             const char *end)
{
  g_assert (*p == '"');

  for (p++; p < end && *p != '"'; p++)
    {
      if (*p == '\\')
        p++;
    }

  return MIN (p + 1, end);
}

/* Skips one value of text that is known to be valid JSON. */
static const char *
skip_value (const char *p,
            const char *end)
{
  guint depth = 0;

  p = skip_space (p, end);
  do
    {
      if (p >= end)
        return end;
      if (*p == '"')
        {
          p = skip_string (p, end);
          continue;
        }
      if (*p == '{' || *p == '[')
        depth++;
      else if (*p == '}' || *p == ']')
        depth--;
      else if (depth == 0)
        {
          while (p < end && !strchr (",}] \t\r\n", *p))
            p++;
          return p;
        }
      p++;
    }
  while (depth > 0);

  return p;
}

/* Where the value at @path starts, or the nearest enclosing one. */
static const char *
locate (const char *data,
        gsize       length,
        GArray     *path)
{
  const char *end = data + length;
  const char *p = skip_space (data, end);

  for (guint i = 0; i < path->len; i++)
    {
      const Step *step = &g_array_index (path, Step, i);
      const char *found = NULL;

      if (step->key != NULL && p < end && *p == '{')
        {
          gsize key_length = strlen (step->key);

          p = skip_space (p + 1, end);
          while (p < end && *p == '"')
            {
              const char *key_end = skip_string (p, end);
              gboolean match = (gsize) (key_end - p - 2) == key_length && memcmp (p + 1, step->key, key_length) == 0;

              p = skip_space (key_end, end);
              if (p < end && *p == ':')
                p = skip_space (p + 1, end);
              if (match)
                found = p;   /* the last of duplicate keys wins, as in the parser */
              p = skip_space (skip_value (p, end), end);
              if (p < end && *p == ',')
                p = skip_space (p + 1, end);
            }
        }
      else if (step->key == NULL && p < end && *p == '[')
        {
          p = skip_space (p + 1, end);
          for (guint n = 0; p < end && *p != ']'; n++)
            {
              if (n == step->index)
                {
                  found = p;
                  break;
                }
              p = skip_space (skip_value (p, end), end);
              if (p < end && *p == ',')
                p = skip_space (p + 1, end);
            }
        }

      if (found == NULL)
        break;
      p = found;
    }

  return p;
}

static void
position_of (const char *data,
             const char *where,
             guint      *line,
             guint      *column)
{
  const char *line_start = data;

  *line = 1;
  for (const char *p = data; p < where; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          line_start = p + 1;
        }
    }

  /* Columns count characters, as editors do; the text may not be valid UTF-8 yet. */
  *column = 1;
  for (const char *p = line_start; p < where; p++)
    {
      if (((guchar) *p & 0xC0) != 0x80)
        (*column)++;
    }
}

static void
set_error_at (GError      **error,
              const char   *name,
              guint         line,
              guint         column,
              int           code,
              const char   *message)
{
  /* Translators: an error in a file: the file's name, where in it, and what is wrong. */
  g_set_error (error, LIAISON_JSON_ERROR, code, _("%s, line %u, column %u: %s"),
               name, line, column, message);
}

static gboolean G_GNUC_PRINTF (3, 4)
reader_fail (Reader     *reader,
             int         code,
             const char *format,
             ...)
{
  g_autofree char *message = NULL;
  const char *where;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  where = locate (reader->data, reader->length, reader->path);
  position_of (reader->data, where, &line, &column);
  set_error_at (reader->error, reader->name, line, column, code, message);

  return FALSE;
}

static void
push_key (Reader     *reader,
          const char *key)
{
  Step step = { key, 0 };

  g_array_append_val (reader->path, step);
}

static void
push_index (Reader *reader,
            guint   index)
{
  Step step = { NULL, index };

  g_array_append_val (reader->path, step);
}

static void
pop (Reader *reader)
{
  g_array_set_size (reader->path, reader->path->len - 1);
}

/* ---------------------------------------------------------------------- */
/* Checks that need no parser                                              */

static gboolean
check_text (const char  *data,
            gsize        length,
            const char  *name,
            GError     **error)
{
  const char *end = NULL;
  guint depth = 0;
  guint line, column;

  if (!g_utf8_validate_len (data, length, &end))
    {
      position_of (data, end, &line, &column);
      set_error_at (error, name, line, column, LIAISON_JSON_ERROR_ENCODING,
                    _("the file is not valid UTF-8 text"));
      return FALSE;
    }

  for (const char *p = data; p < data + length; p++)
    {
      if (*p == '"')
        {
          p = skip_string (p, data + length) - 1;
        }
      else if (*p == '{' || *p == '[')
        {
          if (++depth > LIAISON_JSON_MAX_DEPTH)
            {
              g_autofree char *message =
                g_strdup_printf (_("objects and lists are nested more than %u deep"), LIAISON_JSON_MAX_DEPTH);

              position_of (data, p, &line, &column);
              set_error_at (error, name, line, column, LIAISON_JSON_ERROR_TOO_DEEP, message);
              return FALSE;
            }
        }
      else if ((*p == '}' || *p == ']') && depth > 0)
        {
          depth--;
        }
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Reading values                                                          */

static const char *
type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
expect_string (Reader      *reader,
               JsonNode    *node,
               const char **value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected text, found %s"), type_name (node));

  *value = json_node_get_string (node);

  return TRUE;
}

static gboolean
expect_object (Reader      *reader,
               JsonNode    *node,
               JsonObject **value)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected an object, found %s"), type_name (node));

  *value = json_node_get_object (node);

  return TRUE;
}

static gboolean
expect_array (Reader     *reader,
              JsonNode   *node,
              JsonArray **value)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected a list, found %s"), type_name (node));

  *value = json_node_get_array (node);

  return TRUE;
}

static gboolean
expect_integer (Reader   *reader,
                JsonNode *node,
                gint64    minimum,
                gint64    maximum,
                gint64   *value)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected a whole number, found %s"), type_name (node));

  *value = json_node_get_int (node);
  if (*value < minimum || *value > maximum)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, *value);
      g_autofree char *lowest = g_strdup_printf ("%" G_GINT64_FORMAT, minimum);
      g_autofree char *highest = g_strdup_printf ("%" G_GINT64_FORMAT, maximum);

      /* Translators: a number in a file, and the smallest and largest allowed. */
      return reader_fail (reader, LIAISON_JSON_ERROR_INVALID, _("%s is out of range (%s to %s)"),
                          found, lowest, highest);
    }

  return TRUE;
}

static gboolean
expect_date (Reader      *reader,
             JsonNode    *node,
             LiaisonDate *date)
{
  const char *text;

  if (!expect_string (reader, node, &text))
    return FALSE;
  if (!liaison_date_parse (text, date))
    return reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                        _("“%s” is not a date; write 2020-08-05, 2020-08, 2020 or 2021-early"), text);

  return TRUE;
}

static gboolean
expect_enum (Reader   *reader,
             JsonNode *node,
             GType     enum_type,
             int      *value)
{
  const char *text;

  if (!expect_string (reader, node, &text))
    return FALSE;

  if (!liaison_enum_from_nick (enum_type, text, value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
      g_autoptr(GString) allowed = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);

      return reader_fail (reader, LIAISON_JSON_ERROR_INVALID, _("“%s” is not one of %s"), text, allowed->str);
    }

  return TRUE;
}

static gboolean
expect_reference (Reader      *reader,
                  JsonNode    *node,
                  GType        target,
                  const char **value)
{
  gpointer found;

  if (!expect_string (reader, node, value))
    return FALSE;

  found = g_hash_table_lookup (reader->ids, *value);
  if (found == NULL)
    return reader_fail (reader, LIAISON_JSON_ERROR_UNKNOWN_REFERENCE,
                        _("“%s” is not the id of anything in the document"), *value);
  if (GPOINTER_TO_SIZE (found) != target)
    return reader_fail (reader, LIAISON_JSON_ERROR_UNKNOWN_REFERENCE,
                        _("“%s” is not in “%s”"), *value, collection_name (target));

  return TRUE;
}

static gboolean
is_language_code (const char *code)
{
  gsize length = strlen (code);
  gsize letters = 0;

  while (letters < length && g_ascii_islower (code[letters]))
    letters++;
  if (letters < 2 || letters > 3)
    return FALSE;
  if (letters == length)
    return TRUE;
  if (code[letters] != '_')
    return FALSE;
  code += letters + 1;
  length -= letters + 1;

  if (length == 2)
    return g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]);
  if (length == 4)
    return g_ascii_isupper (code[0]) && g_ascii_islower (code[1]) &&
           g_ascii_islower (code[2]) && g_ascii_islower (code[3]);

  return FALSE;
}

static gboolean
read_text (Reader       *reader,
           JsonNode     *node,
           LiaisonText **text)
{
  g_autoptr(LiaisonText) result = NULL;
  JsonObject *object;
  JsonObjectIter iter;
  const char *language;
  JsonNode *member;

  if (!expect_object (reader, node, &object))
    return FALSE;
  if (json_object_get_size (object) == 0)
    return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("needs a value in at least one language"));

  result = liaison_text_new (NULL, NULL);
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &language, &member))
    {
      const char *value;
      LiaisonText *next;
      gboolean ok;

      push_key (reader, language);
      ok = expect_string (reader, member, &value);
      if (ok && !is_language_code (language))
        ok = reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                          _("“%s” is not a language code such as en, ja, zh_CN, zh_TW or ko"), language);
      if (ok && *value == '\0')
        ok = reader_fail (reader, LIAISON_JSON_ERROR_INVALID, _("is empty"));
      pop (reader);
      if (!ok)
        return FALSE;

      next = liaison_text_with (result, language, value);
      liaison_text_unref (result);
      result = next;
    }

  *text = g_steal_pointer (&result);

  return TRUE;
}

/* The members of @object not named in @known, in file order, or %NULL. */
static JsonObject *
unknown_members (JsonObject         *object,
                 const char * const *known)
{
  JsonObject *extras = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      if (g_strv_contains (known, key))
        continue;
      if (extras == NULL)
        extras = json_object_new ();
      json_object_set_member (extras, key, json_node_copy (member));
    }

  return extras;
}

static void
append_members (JsonObject *object,
                JsonObject *extras)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  if (extras == NULL)
    return;

  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      if (!json_object_has_member (object, key))
        json_object_set_member (object, key, json_node_copy (member));
    }
}

static gboolean
read_figure (Reader         *reader,
             JsonNode       *node,
             LiaisonFigure **figure)
{
  JsonObject *object;
  JsonNode *member;
  gint64 count;
  int qualifier = LIAISON_QUALIFIER_EXACT;
  LiaisonDate date = LIAISON_DATE_INIT_NONE;
  const char *note = NULL, *source = NULL;
  gboolean ok = TRUE;

  if (!expect_object (reader, node, &object))
    return FALSE;

  member = json_object_get_member (object, "count");
  if (member == NULL)
    return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), "count");

  push_key (reader, "count");
  ok = expect_integer (reader, member, 0, G_MAXINT64, &count);
  pop (reader);

  if (ok && (member = json_object_get_member (object, "qualifier")) != NULL)
    {
      push_key (reader, "qualifier");
      ok = expect_enum (reader, member, LIAISON_TYPE_QUALIFIER, &qualifier);
      pop (reader);
    }
  if (ok && (member = json_object_get_member (object, "date")) != NULL)
    {
      push_key (reader, "date");
      ok = expect_date (reader, member, &date);
      pop (reader);
    }
  if (ok && (member = json_object_get_member (object, "note")) != NULL)
    {
      push_key (reader, "note");
      ok = expect_string (reader, member, &note);
      pop (reader);
    }
  if (ok && (member = json_object_get_member (object, "source")) != NULL)
    {
      push_key (reader, "source");
      ok = expect_reference (reader, member, LIAISON_TYPE_SOURCE, &source);
      pop (reader);
    }
  if (!ok)
    return FALSE;

  {
    static const char * const known[] = { "count", "qualifier", "date", "note", "source", NULL };
    g_autoptr(LiaisonFigure) plain = liaison_figure_new (count, qualifier, &date, note, source);
    g_autoptr(JsonObject) extras = unknown_members (object, known);

    *figure = liaison_figure_new_with_extras (plain, extras);
  }

  return TRUE;
}

static gboolean
read_strv (Reader   *reader,
           JsonNode *node,
           GType     reference_type,
           GStrv    *strv)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (!expect_array (reader, node, &array))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      const char *value;
      gboolean ok;

      push_index (reader, i);
      if (reference_type != G_TYPE_INVALID)
        ok = expect_reference (reader, json_array_get_element (array, i), reference_type, &value);
      else
        ok = expect_string (reader, json_array_get_element (array, i), &value);
      pop (reader);
      if (!ok)
        return FALSE;

      g_strv_builder_add (builder, value);
    }

  *strv = g_strv_builder_end (builder);

  return TRUE;
}

static GType
reference_target (GType       owner,
                  const char *property,
                  gboolean   *required)
{
  const LiaisonReference *reference = liaison_document_find_reference (owner, property);

  *required = reference != NULL && reference->required;

  return reference != NULL ? reference->target () : G_TYPE_INVALID;
}

/* The file's name for a property: "short-name" is "short_name". */
static char *
member_name (const char *property)
{
  char *name = g_strdup (property);

  g_strdelimit (name, "-", '_');

  return name;
}

static gboolean
is_position_property (const char *property)
{
  return strcmp (property, "x") == 0 || strcmp (property, "y") == 0 ||
         strcmp (property, "pinned") == 0 || strcmp (property, "placed") == 0;
}

/* Reads one value into @value, initialized to the property's type. */
static gboolean
read_property (Reader     *reader,
               GType       owner,
               GParamSpec *pspec,
               JsonNode   *node,
               GValue     *value)
{
  GType type = pspec->value_type;

  if (type == G_TYPE_STRING)
    {
      const char *text;
      gboolean required;
      GType target = reference_target (owner, pspec->name, &required);

      if (target != G_TYPE_INVALID)
        {
          if (!expect_reference (reader, node, target, &text))
            return FALSE;
        }
      else if (!expect_string (reader, node, &text))
        {
          return FALSE;
        }

      if (strcmp (pspec->name, "country") == 0 && !liaison_country_is_valid (text))
        return reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                            _("“%s” is not an ISO 3166-1 country code such as JP, KR, CN or TW"), text);

      g_value_set_string (value, text);
    }
  else if (type == LIAISON_TYPE_TEXT)
    {
      g_autoptr(LiaisonText) text = NULL;

      if (!read_text (reader, node, &text))
        return FALSE;
      g_value_set_boxed (value, text);
    }
  else if (type == LIAISON_TYPE_DATE)
    {
      LiaisonDate date;

      if (!expect_date (reader, node, &date))
        return FALSE;
      g_value_set_boxed (value, &date);
    }
  else if (type == LIAISON_TYPE_FIGURE)
    {
      g_autoptr(LiaisonFigure) figure = NULL;

      if (!read_figure (reader, node, &figure))
        return FALSE;
      g_value_set_boxed (value, figure);
    }
  else if (type == G_TYPE_PTR_ARRAY)
    {
      g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_figure_unref);
      JsonArray *array;

      if (!expect_array (reader, node, &array))
        return FALSE;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          LiaisonFigure *figure = NULL;
          gboolean ok;

          push_index (reader, i);
          ok = read_figure (reader, json_array_get_element (array, i), &figure);
          pop (reader);
          if (!ok)
            return FALSE;
          g_ptr_array_add (figures, figure);
        }
      g_value_set_boxed (value, figures);
    }
  else if (type == G_TYPE_STRV)
    {
      g_auto(GStrv) strv = NULL;

      if (!read_strv (reader, node, G_TYPE_INVALID, &strv))
        return FALSE;
      g_value_set_boxed (value, strv);
    }
  else if (type == G_TYPE_INT)
    {
      GParamSpecInt *int_spec = G_PARAM_SPEC_INT (pspec);
      gint64 number;

      if (!expect_integer (reader, node, MAX (int_spec->minimum, 1), int_spec->maximum, &number))
        return FALSE;
      g_value_set_int (value, number);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected true or false, found %s"), type_name (node));
      g_value_set_boolean (value, json_node_get_boolean (node));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int number;

      if (!expect_enum (reader, node, type, &number))
        return FALSE;
      g_value_set_enum (value, number);
    }
  else
    {
      g_assert_not_reached ();
    }

  return TRUE;
}

static gboolean
read_position (Reader        *reader,
               JsonNode      *node,
               LiaisonEntity *entity)
{
  JsonObject *object;
  const char *axes[] = { "x", "y" };
  JsonNode *member;

  if (!expect_object (reader, node, &object))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    {
      member = json_object_get_member (object, axes[i]);
      if (member == NULL)
        return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), axes[i]);

      push_key (reader, axes[i]);
      if (!JSON_NODE_HOLDS_VALUE (member) ||
          (json_node_get_value_type (member) != G_TYPE_DOUBLE && json_node_get_value_type (member) != G_TYPE_INT64))
        return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected a number, found %s"), type_name (member));
      pop (reader);

      g_object_set (entity, axes[i], json_node_get_double (member), NULL);
    }

  if ((member = json_object_get_member (object, "pinned")) != NULL)
    {
      push_key (reader, "pinned");
      if (!JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_BOOLEAN)
        return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected true or false, found %s"), type_name (member));
      pop (reader);
      g_object_set (entity, "pinned", json_node_get_boolean (member), NULL);
    }

  g_object_set (entity, "placed", TRUE, NULL);

  {
    static const char * const known[] = { "x", "y", "pinned", NULL };
    JsonObject *extras = unknown_members (object, known);

    if (extras != NULL)
      g_object_set_data_full (G_OBJECT (entity), "liaison-position-extras", extras,
                              (GDestroyNotify) json_object_unref);
  }

  return TRUE;
}

static gboolean
is_required (GType       type,
             const char *property)
{
  gboolean required = FALSE;

  if (reference_target (type, property, &required) != G_TYPE_INVALID)
    return required;

  if (type == LIAISON_TYPE_ORGANIZATION || type == LIAISON_TYPE_PERSON)
    return strcmp (property, "name") == 0;
  if (type == LIAISON_TYPE_EVENT || type == LIAISON_TYPE_SOURCE)
    return strcmp (property, "title") == 0;
  if (type == LIAISON_TYPE_PARTICIPATION)
    return strcmp (property, "role") == 0;
  if (type == LIAISON_TYPE_COOPERATION_LINK)
    return strcmp (property, "kind") == 0;

  return FALSE;
}

static LiaisonEntity *
read_entity (Reader     *reader,
             GType       type,
             JsonObject *object)
{
  g_autoptr(LiaisonEntity) entity = NULL;
  g_autoptr(JsonObject) extras = NULL;
  LiaisonEntityClass *klass;
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  entity = g_object_new (type, "id", json_object_get_string_member (object, "id"), NULL);
  klass = LIAISON_ENTITY_GET_CLASS (entity);

  /* Required fields first, so that a missing one is reported at its object. */
  for (guint i = 1; i <= klass->n_values; i++)
    {
      g_autofree char *name = member_name (klass->value_pspecs[i]->name);

      if (is_required (type, klass->value_pspecs[i]->name) && !json_object_has_member (object, name))
        {
          reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), name);
          return NULL;
        }
    }

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      g_autofree char *property = g_strdelimit (g_strdup (key), "_", '-');
      GParamSpec *pspec = NULL;
      gboolean ok = TRUE;

      if (strcmp (key, "id") == 0)
        continue;

      push_key (reader, key);

      if (strcmp (key, "sources") == 0)
        {
          g_auto(GStrv) sources = NULL;

          ok = read_strv (reader, member, LIAISON_TYPE_SOURCE, &sources);
          if (ok)
            g_object_set (entity, "sources", sources, NULL);
        }
      else if (strcmp (key, "position") == 0 && g_object_class_find_property (G_OBJECT_CLASS (klass), "placed") != NULL)
        {
          ok = read_position (reader, member, entity);
        }
      else if (strchr (key, '-') == NULL && !is_position_property (property) &&
               (pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property)) != NULL &&
               pspec->owner_type == type)
        {
          /* A null is the same as leaving the field out, except where it is required. */
          if (JSON_NODE_HOLDS_NULL (member) && !is_required (type, pspec->name))
            {
              pop (reader);
              continue;
            }
          else
            {
              g_auto(GValue) value = G_VALUE_INIT;

              g_value_init (&value, pspec->value_type);
              ok = read_property (reader, type, pspec, member, &value);
              if (ok)
                g_object_set_property (G_OBJECT (entity), pspec->name, &value);
            }
        }
      else
        {
          /* A field from a newer version: kept as it is. */
          if (extras == NULL)
            extras = json_object_new ();
          json_object_set_member (extras, key, json_node_copy (member));
        }

      pop (reader);
      if (!ok)
        return NULL;
    }

  liaison_entity_set_extras (entity, extras);

  return g_steal_pointer (&entity);
}

/* The first pass: every id, with the collection it is in. */
static gboolean
collect_ids (Reader     *reader,
             JsonObject *root)
{
  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    {
      GType type = liaison_document_get_collection_type (c);
      const char *name = collection_name (type);
      JsonNode *node = json_object_get_member (root, name);
      JsonArray *array;

      if (node == NULL)
        continue;

      push_key (reader, name);
      if (!expect_array (reader, node, &array))
        return FALSE;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *object;
          JsonNode *id_node;
          const char *id;

          push_index (reader, i);
          if (!expect_object (reader, json_array_get_element (array, i), &object))
            return FALSE;

          id_node = json_object_get_member (object, "id");
          if (id_node == NULL)
            return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), "id");

          push_key (reader, "id");
          if (!expect_string (reader, id_node, &id))
            return FALSE;
          if (!liaison_entity_id_is_valid (id))
            return reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                                _("“%s” is not a valid id: use up to 128 letters, digits and . _ : - starting with a letter or digit"),
                                id);
          if (g_hash_table_contains (reader->ids, id))
            return reader_fail (reader, LIAISON_JSON_ERROR_DUPLICATE_ID,
                                _("the id “%s” is used twice"), id);
          g_hash_table_insert (reader->ids, (char *) id, GSIZE_TO_POINTER (type));
          pop (reader);
          pop (reader);
        }
      pop (reader);
    }

  return TRUE;
}

/* Organizations and events may be parts of others, but not of themselves,
 * however indirectly. */
static gboolean
check_parent_cycles (Reader          *reader,
                     LiaisonDocument *document,
                     GType            type)
{
  GListModel *model = liaison_document_get_collection (document, type);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LiaisonEntity) entity = g_list_model_get_item (model, i);
      LiaisonEntity *current = entity;

      /* Walks up at most n_items steps: a chain that does not come back
       * to @entity may still lead into a cycle, which is reported at one
       * of its own members. */
      for (guint steps = 0; current != NULL && steps <= n_items; steps++)
        {
          g_autofree char *parent = NULL;

          g_object_get (current, "parent", &parent, NULL);
          current = liaison_document_lookup (document, parent);
          if (current == entity)
            {
              push_key (reader, collection_name (type));
              push_index (reader, i);
              push_key (reader, "parent");
              return reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                                  _("“%s” is part of itself"), liaison_entity_get_id (entity));
            }
        }
    }

  return TRUE;
}

static LiaisonDocument *
read_document (Reader   *reader,
               JsonNode *root_node)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(JsonObject) extras = NULL;
  JsonObject *root;
  JsonNode *member;
  JsonObjectIter iter;
  const char *key;
  const char *format;
  gint64 version;

  if (!JSON_NODE_HOLDS_OBJECT (root_node) ||
      (member = json_object_get_member (json_node_get_object (root_node), "format")) == NULL ||
      !JSON_NODE_HOLDS_VALUE (member) || json_node_get_value_type (member) != G_TYPE_STRING ||
      strcmp ((format = json_node_get_string (member)), FORMAT_NAME) != 0)
    {
      /* Point at the wrong "format" when there is one. */
      if (JSON_NODE_HOLDS_OBJECT (root_node) && member != NULL)
        push_key (reader, "format");
      reader_fail (reader, LIAISON_JSON_ERROR_NOT_LIAISON,
                   _("this is not a Liaison document (it has no \"format\": \"liaison\")"));
      return NULL;
    }
  root = json_node_get_object (root_node);

  member = json_object_get_member (root, "version");
  push_key (reader, "version");
  if (member == NULL)
    {
      pop (reader);
      reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), "version");
      return NULL;
    }
  if (!expect_integer (reader, member, 1, G_MAXINT32, &version))
    return NULL;
  if (version > FORMAT_VERSION)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, version);

      reader_fail (reader, LIAISON_JSON_ERROR_VERSION,
                   _("the document was written in format version %s by a newer Liaison; "
                     "this version reads up to version %d"),
                   found, FORMAT_VERSION);
      return NULL;
    }
  pop (reader);

  if (!collect_ids (reader, root))
    return NULL;

  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    {
      GType type = liaison_document_get_collection_type (c);
      const char *name = collection_name (type);
      g_autoptr(GPtrArray) entities = NULL;
      JsonArray *array;

      if ((member = json_object_get_member (root, name)) == NULL)
        continue;

      array = json_node_get_array (member);
      entities = g_ptr_array_new_full (json_array_get_length (array), g_object_unref);

      push_key (reader, name);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          LiaisonEntity *entity;

          push_index (reader, i);
          entity = read_entity (reader, type, json_array_get_object_element (array, i));
          if (entity == NULL)
            return NULL;
          g_ptr_array_add (entities, entity);
          pop (reader);
        }
      pop (reader);

      _liaison_document_load (document, type, entities);
    }

  if (!check_parent_cycles (reader, document, LIAISON_TYPE_ORGANIZATION) ||
      !check_parent_cycles (reader, document, LIAISON_TYPE_EVENT))
    return NULL;

  json_object_iter_init_ordered (&iter, root);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      gboolean known = strcmp (key, "format") == 0 || strcmp (key, "version") == 0;

      for (guint c = 0; c < LIAISON_N_COLLECTIONS && !known; c++)
        known = strcmp (key, collection_name (liaison_document_get_collection_type (c))) == 0;

      if (!known)
        {
          if (extras == NULL)
            extras = json_object_new ();
          json_object_set_member (extras, key, json_node_copy (member));
        }
    }
  liaison_document_set_extras (document, extras);

  return g_steal_pointer (&document);
}

/* Reads a document from @data; @display_name names it in errors. Nothing
 * is returned unless the whole document is valid. */
LiaisonDocument *
liaison_json_load_data (const char  *data,
                        gsize        length,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  g_autoptr(GArray) path = NULL;
  g_autoptr(GHashTable) ids = NULL;
  Reader reader;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (length > LIAISON_JSON_MAX_SIZE)
    {
      g_set_error (error, LIAISON_JSON_ERROR, LIAISON_JSON_ERROR_TOO_LARGE,
                   _("%s is too large to be a Liaison document (over %u MiB)"),
                   display_name, LIAISON_JSON_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  /* A byte order mark is allowed before the text. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (!check_text (data, length, display_name, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      guint line = 0;
      guint column = 0;
      /* json-glib's message starts with "<data>:LINE:COLUMN: "; take the
       * position from there and keep what follows. */
      const char *detail = parse_error->message;

      if (g_str_has_prefix (detail, "<data>:") &&
          sscanf (detail + strlen ("<data>:"), "%u:%u", &line, &column) == 2)
        {
          const char *colon = strstr (detail + strlen ("<data>:"), ": ");

          if (colon != NULL)
            detail = colon + 2;
        }
      if (line == 0)
        line = 1;
      if (column == 0)
        column = 1;

      {
        /* json-glib quotes the text it stopped at, and may cut it in the
         * middle of a character. */
        g_autofree char *valid_detail = g_utf8_make_valid (detail, -1);
        g_autofree char *message = g_strdup_printf (_("the file is not valid JSON (%s)"), valid_detail);

        set_error_at (error, display_name, line, column, LIAISON_JSON_ERROR_SYNTAX, message);
      }
      return NULL;
    }

  if (json_parser_get_root (parser) == NULL)
    {
      set_error_at (error, display_name, 1, 1, LIAISON_JSON_ERROR_SYNTAX, _("the file is empty"));
      return NULL;
    }

  /* json-glib accepts several values one after the other; a document is one. */
  {
    const char *after = skip_space (skip_value (data, data + length), data + length);

    if (after < data + length)
      {
        g_autofree char *message =
          g_strdup_printf (_("the file is not valid JSON (%s)"), _("unexpected text after the end of the document"));
        guint line, column;

        position_of (data, after, &line, &column);
        set_error_at (error, display_name, line, column, LIAISON_JSON_ERROR_SYNTAX, message);
        return NULL;
      }
  }

  path = g_array_new (FALSE, FALSE, sizeof (Step));
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  reader = (Reader) { data, length, display_name, path, ids, error };

  return read_document (&reader, json_parser_get_root (parser));
}

/* Reads the document in @file. */
LiaisonDocument *
liaison_json_load_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  name = g_strdup (g_file_info_get_display_name (info));
  if (g_file_info_get_size (info) > LIAISON_JSON_MAX_SIZE)
    {
      g_set_error (error, LIAISON_JSON_ERROR, LIAISON_JSON_ERROR_TOO_LARGE,
                   _("%s is too large to be a Liaison document (over %u MiB)"),
                   name, LIAISON_JSON_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return liaison_json_load_data (contents, length, name, error);
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static JsonNode *
figure_to_node (LiaisonFigure *figure)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  g_autofree char *date = liaison_date_to_string (liaison_figure_get_date (figure));

  json_object_set_int_member (object, "count", liaison_figure_get_count (figure));
  if (liaison_figure_get_qualifier (figure) != LIAISON_QUALIFIER_EXACT)
    json_object_set_string_member (object, "qualifier",
                                   liaison_enum_to_nick (LIAISON_TYPE_QUALIFIER, liaison_figure_get_qualifier (figure)));
  if (date != NULL)
    json_object_set_string_member (object, "date", date);
  if (liaison_figure_get_note (figure) != NULL)
    json_object_set_string_member (object, "note", liaison_figure_get_note (figure));
  if (liaison_figure_get_source (figure) != NULL)
    json_object_set_string_member (object, "source", liaison_figure_get_source (figure));
  append_members (object, liaison_figure_get_extras (figure));

  json_node_take_object (node, object);

  return node;
}

static JsonNode *
strv_to_node (const char * const *strv)
{
  JsonArray *array = json_array_new ();
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; strv[i] != NULL; i++)
    json_array_add_string_element (array, strv[i]);
  json_node_take_array (node, array);

  return node;
}

/* The value of one property, or NULL when it has none worth writing. */
static JsonNode *
property_to_node (LiaisonEntity *entity,
                  GParamSpec    *pspec)
{
  const GValue *value = _liaison_entity_get_value (entity, pspec->param_id);
  GType type = pspec->value_type;
  JsonNode *node = NULL;

  if (g_param_value_defaults (pspec, (GValue *) value) && !is_required (G_OBJECT_TYPE (entity), pspec->name))
    return NULL;

  if (type == G_TYPE_STRING)
    {
      if (g_value_get_string (value) != NULL)
        node = json_node_init_string (json_node_alloc (), g_value_get_string (value));
    }
  else if (type == LIAISON_TYPE_TEXT)
    {
      LiaisonText *text = g_value_get_boxed (value);
      JsonObject *object = json_object_new ();

      for (guint i = 0; i < liaison_text_get_n_items (text); i++)
        json_object_set_string_member (object, liaison_text_get_language (text, i), liaison_text_get_value (text, i));
      node = json_node_init_object (json_node_alloc (), object);
      json_object_unref (object);
    }
  else if (type == LIAISON_TYPE_DATE)
    {
      g_autofree char *date = liaison_date_to_string (g_value_get_boxed (value));

      if (date != NULL)
        node = json_node_init_string (json_node_alloc (), date);
    }
  else if (type == LIAISON_TYPE_FIGURE)
    {
      if (g_value_get_boxed (value) != NULL)
        node = figure_to_node (g_value_get_boxed (value));
    }
  else if (type == G_TYPE_PTR_ARRAY)
    {
      GPtrArray *figures = g_value_get_boxed (value);

      if (figures != NULL && figures->len > 0)
        {
          JsonArray *array = json_array_new ();

          for (guint i = 0; i < figures->len; i++)
            json_array_add_element (array, figure_to_node (figures->pdata[i]));
          node = json_node_init_array (json_node_alloc (), array);
          json_array_unref (array);
        }
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      if (strv != NULL && strv[0] != NULL)
        node = strv_to_node (strv);
    }
  else if (type == G_TYPE_INT)
    {
      node = json_node_init_int (json_node_alloc (), g_value_get_int (value));
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      node = json_node_init_boolean (json_node_alloc (), g_value_get_boolean (value));
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      node = json_node_init_string (json_node_alloc (), liaison_enum_to_nick (type, g_value_get_enum (value)));
    }

  return node;
}

static JsonNode *
entity_to_node (LiaisonEntity *entity)
{
  LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (entity);
  JsonObject *object = json_object_new ();
  JsonObject *extras = liaison_entity_get_extras (entity);
  const char * const *sources = liaison_entity_get_sources (entity);
  JsonNode *node;

  json_object_set_string_member (object, "id", liaison_entity_get_id (entity));

  for (guint i = 1; i <= klass->n_values; i++)
    {
      GParamSpec *pspec = klass->value_pspecs[i];
      g_autofree char *name = NULL;
      JsonNode *value;

      if (is_position_property (pspec->name))
        continue;

      value = property_to_node (entity, pspec);
      if (value == NULL)
        continue;

      name = member_name (pspec->name);
      json_object_set_member (object, name, value);
    }

  if (g_object_class_find_property (G_OBJECT_CLASS (klass), "placed") != NULL)
    {
      gboolean placed, pinned;
      double x, y;

      g_object_get (entity, "placed", &placed, "pinned", &pinned, "x", &x, "y", &y, NULL);
      if (placed)
        {
          JsonObject *position = json_object_new ();

          json_object_set_double_member (position, "x", x);
          json_object_set_double_member (position, "y", y);
          if (pinned)
            json_object_set_boolean_member (position, "pinned", TRUE);
          append_members (position, g_object_get_data (G_OBJECT (entity), "liaison-position-extras"));
          json_object_set_object_member (object, "position", position);
        }
    }

  if (sources[0] != NULL)
    json_object_set_member (object, "sources", strv_to_node (sources));

  if (extras != NULL)
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, extras);
      while (json_object_iter_next_ordered (&iter, &key, &member))
        {
          if (!json_object_has_member (object, key))
            json_object_set_member (object, key, json_node_copy (member));
        }
    }

  node = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  return node;
}

/* The document as the text of a file. */
char *
liaison_json_save_data (LiaisonDocument *document,
                        gsize           *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object = json_object_new ();
  JsonObject *extras;
  GString *text;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  json_object_set_string_member (object, "format", FORMAT_NAME);
  json_object_set_int_member (object, "version", FORMAT_VERSION);

  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    {
      GType type = liaison_document_get_collection_type (c);
      GListModel *model = liaison_document_get_collection (document, type);
      guint n_items = g_list_model_get_n_items (model);
      JsonArray *array = json_array_sized_new (n_items);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(LiaisonEntity) entity = g_list_model_get_item (model, i);

          json_array_add_element (array, entity_to_node (entity));
        }
      json_object_set_array_member (object, collection_name (type), array);
    }

  extras = liaison_document_get_extras (document);
  if (extras != NULL)
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *member;

      json_object_iter_init_ordered (&iter, extras);
      while (json_object_iter_next_ordered (&iter, &key, &member))
        {
          if (!json_object_has_member (object, key))
            json_object_set_member (object, key, json_node_copy (member));
        }
    }

  root = json_node_init_object (json_node_alloc (), object);
  json_object_unref (object);

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  text = g_string_new (NULL);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');

  if (length != NULL)
    *length = text->len;

  return g_string_free (text, FALSE);
}

/* Writes all of @data to @fd; returns 0 or the errno of the failure. */
static int
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        return errno;
      if (written == 0)
        return EIO;
      data += written;
      length -= written;
    }

  return 0;
}

/* The message for a save of @display_name that failed with @saved_errno: whether
 * the disk is full, and that the version on disk is still whole. */
static void
set_save_error (GError     **error,
                int          saved_errno,
                const char  *display_name,
                gboolean     had_old)
{
  int code = g_io_error_from_errno (saved_errno);
  gboolean no_space = saved_errno == ENOSPC;

#ifdef EDQUOT
  no_space |= saved_errno == EDQUOT;
#endif

  if (no_space && had_old)
    g_set_error (error, G_IO_ERROR, code,
                 /* Translators: %s is a file name. */
                 _("There is not enough space on the disk to save %s. The version on disk was left as it was."),
                 display_name);
  else if (no_space)
    g_set_error (error, G_IO_ERROR, code,
                 /* Translators: %s is a file name. */
                 _("There is not enough space on the disk to save %s."),
                 display_name);
  else if (had_old)
    g_set_error (error, G_IO_ERROR, code,
                 /* Translators: the first %s is a file name, the second the reason, from the system. */
                 _("Could not save %s: %s. The version on disk was left as it was."),
                 display_name, g_strerror (saved_errno));
  else
    g_set_error (error, G_IO_ERROR, code,
                 /* Translators: the first %s is a file name, the second the reason, from the system. */
                 _("Could not save %s: %s"),
                 display_name, g_strerror (saved_errno));
}

/* Writes @data next to @path under a temporary name, syncs it, keeps the
 * old file as "PATH~" and renames the new one over it. On any error the
 * temporary file is removed and @path is untouched. */
static gboolean
replace_local_file (const char  *path,
                    const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *display_name = g_filename_display_basename (path);
  struct stat old_stat;
  gboolean had_old;
  int saved_errno;
  int fd;

  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    {
      saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not save in the folder of %s: %s"), display_name, g_strerror (saved_errno));
      return FALSE;
    }

  had_old = stat (path, &old_stat) == 0;
  if (had_old)
    fchmod (fd, old_stat.st_mode & 07777);

  saved_errno = write_all (fd, data, length);
  if (saved_errno == 0 && fsync (fd) != 0)
    saved_errno = errno;
  /* A full disk may only show when the data is flushed, at close. */
  if (close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  if (saved_errno != 0)
    {
      g_unlink (template);
      set_save_error (error, saved_errno, display_name, had_old);
      return FALSE;
    }

  /* The backup is a second name for the old file, so the old version
   * stays reachable at every moment. */
  if (had_old)
    {
      g_unlink (backup);
      if (link (path, backup) != 0)
        {
          g_autofree char *old_data = NULL;
          gsize old_length;

          if (g_file_get_contents (path, &old_data, &old_length, NULL))
            g_file_set_contents (backup, old_data, old_length, NULL);
        }
    }

  if (g_rename (template, path) != 0)
    {
      saved_errno = errno;
      g_unlink (template);
      set_save_error (error, saved_errno, display_name, had_old);
      return FALSE;
    }

  /* Make the rename itself durable. */
  fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }

  return TRUE;
}

/* Writes the document to @file atomically, keeping the previous version
 * as "FILE~". On error the file is as it was. */
gboolean
liaison_json_save_file (LiaisonDocument  *document,
                        GFile            *file,
                        GCancellable     *cancellable,
                        GError          **error)
{
  g_autofree char *data = NULL;
  g_autofree char *path = NULL;
  gsize length;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = liaison_json_save_data (document, &length);

  path = g_file_get_path (file);
  if (path != NULL)
    return replace_local_file (path, data, length, error);

  return g_file_replace_contents (file, data, length, NULL, TRUE, G_FILE_CREATE_NONE,
                                  NULL, cancellable, error);
}
