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
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "liaison-country.h"
#include "liaison-document-private.h"
#include "liaison-entity-private.h"
#include "liaison-enum-types.h"
#include "liaison-json.h"
#include "liaison-json-private.h"
#include "liaison-json-tree.h"
#include "liaison-json-writer.h"

G_DEFINE_QUARK (liaison-json-error-quark, liaison_json_error)

#define FORMAT_NAME "liaison"
#define FORMAT_VERSION 1

typedef struct
{
  const char *key;   /* NULL for an array element */
  guint       index;
} Step;

typedef struct _Kind Kind;

typedef struct
{
  const char  *data;
  gsize        length;
  const char  *name;
  Step        *path;    /* where the reader is */
  guint        path_length;
  guint        path_allocated;
  GHashTable  *ids;     /* id → GType of its collection; in one pass, id → record */
  GError     **error;
  Kind        *kinds;   /* one per collection, in file order */
  gboolean     one_pass; /* the ids are not all known yet: see read_in_one_pass() */
  LiaisonStringPool *pool; /* the records' strings */
  /* In one pass: whether the record being read refers to one not read
   * yet (or of the wrong kind), the records that do, to be checked once
   * all are known, and the lists of sources known to be whole. */
  gboolean     unresolved;
  GPtrArray   *unresolved_entities;
  GHashTable  *resolved_lists;
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
        const Step *path,
        guint       path_length)
{
  const char *end = data + length;
  const char *p = skip_space (data, end);

  for (guint i = 0; i < path_length; i++)
    {
      const Step *step = &path[i];
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

  /* Finding the place walks the text: not for a reading that has no error to report. */
  if (reader->error == NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  where = locate (reader->data, reader->length, reader->path, reader->path_length);
  position_of (reader->data, where, &line, &column);
  set_error_at (reader->error, reader->name, line, column, code, message);

  return FALSE;
}

/* The path is kept for every value read, so it is a plain array. */
static inline void
push (Reader     *reader,
      const char *key,
      guint       index)
{
  if (reader->path_length == reader->path_allocated)
    {
      reader->path_allocated = MAX (16, reader->path_allocated * 2);
      reader->path = g_renew (Step, reader->path, reader->path_allocated);
    }
  reader->path[reader->path_length++] = (Step) { key, index };
}

static inline void
push_key (Reader     *reader,
          const char *key)
{
  push (reader, key, 0);
}

static inline void
push_index (Reader *reader,
            guint   index)
{
  push (reader, NULL, index);
}

static inline void
pop (Reader *reader)
{
  g_assert (reader->path_length > 0);
  reader->path_length--;
}

/* ---------------------------------------------------------------------- */
/* Checks that need no parser                                              */

static gboolean
check_encoding (const char  *data,
                gsize        length,
                const char  *name,
                GError     **error)
{
  const char *end = NULL;
  guint line, column;

  if (!g_utf8_validate_len (data, length, &end))
    {
      position_of (data, end, &line, &column);
      set_error_at (error, name, line, column, LIAISON_JSON_ERROR_ENCODING,
                    _("the file is not valid UTF-8 text"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_depth (const char  *data,
             gsize        length,
             const char  *name,
             GError     **error)
{
  guint depth = 0;
  guint line, column;

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

/* json-glib cuts a string at an escaped U+0000 ("\\u0000"): the text
 * would come back shorter than the file holds, and saving it would lose
 * the rest. Such text is refused instead. */
static gboolean
check_nul_escapes (const char  *data,
                   gsize        length,
                   const char  *name,
                   GError     **error)
{
  const char *end = data + length;
  guint line, column;

  for (const char *p = data; p + 6 <= end; p++)
    {
      if (p[0] != '\\')
        continue;
      if (p[1] == 'u' && p[2] == '0' && p[3] == '0' && p[4] == '0' && p[5] == '0')
        {
          position_of (data, p, &line, &column);
          set_error_at (error, name, line, column, LIAISON_JSON_ERROR_ENCODING,
                        _("text may not contain the null character (\\u0000)"));
          return FALSE;
        }
      /* Skip the escaped character, so that "\\\\u0000" is left alone. */
      p++;
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* What the file holds for each kind of record                             */

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

static GType
reference_target (GType       owner,
                  const char *property,
                  gboolean   *required)
{
  const LiaisonReference *reference = liaison_document_find_reference (owner, property);

  *required = reference != NULL && reference->required;

  return reference != NULL ? reference->target () : G_TYPE_INVALID;
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

/* A field of a kind of record, as the file has it. */
typedef struct
{
  GParamSpec *pspec;
  guint       prop_id;
  char       *member;     /* "short_name" */
  GType       target;     /* the kind of record the id refers to, or G_TYPE_INVALID */
  gboolean    required;
  gboolean    country;
  GEnumClass *enum_class; /* for enumerations */
} Field;

/* Worked out once per load or save rather than once per record. */
struct _Kind
{
  GType        type;
  const char  *collection;
  Field       *fields;       /* the value properties but the position, in order */
  guint        n_fields;
  GHashTable  *by_member;    /* member name → Field */
  GParamSpec  *position[4];  /* x, y, pinned, placed; NULL when it has none */
};

static void
kind_init (Kind  *kind,
           GType  type)
{
  LiaisonEntityClass *klass = g_type_class_ref (type);
  static const char * const position[] = { "x", "y", "pinned", "placed" };

  kind->type = type;
  kind->collection = klass->collection;
  kind->fields = g_new0 (Field, klass->n_values);
  kind->n_fields = 0;
  kind->by_member = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 1; i <= klass->n_values; i++)
    {
      GParamSpec *pspec = klass->value_pspecs[i];
      Field *field;
      gboolean reference_required;

      if (is_position_property (pspec->name))
        continue;

      field = &kind->fields[kind->n_fields++];
      field->pspec = pspec;
      field->prop_id = i;
      field->member = member_name (pspec->name);
      field->target = pspec->value_type == G_TYPE_STRING ? reference_target (type, pspec->name, &reference_required)
                                                         : G_TYPE_INVALID;
      field->required = is_required (type, pspec->name);
      field->country = strcmp (pspec->name, "country") == 0;
      if (G_TYPE_IS_ENUM (pspec->value_type))
        field->enum_class = g_type_class_ref (pspec->value_type);
      g_hash_table_insert (kind->by_member, field->member, field);
    }

  for (guint i = 0; i < G_N_ELEMENTS (position); i++)
    kind->position[i] = g_object_class_find_property (G_OBJECT_CLASS (klass), position[i]);
  if (kind->position[3] == NULL)
    memset (kind->position, 0, sizeof kind->position);

  g_type_class_unref (klass);
}

static void
kind_clear (Kind *kind)
{
  for (guint i = 0; i < kind->n_fields; i++)
    {
      g_free (kind->fields[i].member);
      if (kind->fields[i].enum_class != NULL)
        g_type_class_unref (kind->fields[i].enum_class);
    }
  g_clear_pointer (&kind->fields, g_free);
  g_clear_pointer (&kind->by_member, g_hash_table_unref);
}

static void
kinds_init (Kind kinds[LIAISON_N_COLLECTIONS])
{
  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    kind_init (&kinds[c], liaison_document_get_collection_type (c));
}

static void
kinds_clear (Kind kinds[LIAISON_N_COLLECTIONS])
{
  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    kind_clear (&kinds[c]);
}

/* ---------------------------------------------------------------------- */
/* Reading values                                                          */

static const char *
type_name (const LiaisonJsonValue *value)
{
  switch (value->type)
    {
    case LIAISON_JSON_OBJECT:
      return _("an object");
    case LIAISON_JSON_ARRAY:
      return _("a list");
    case LIAISON_JSON_NULL:
      return _("null");
    case LIAISON_JSON_STRING:
      return _("text");
    case LIAISON_JSON_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
expect_string (Reader                 *reader,
               const LiaisonJsonValue *value,
               const char            **string)
{
  if (value->type != LIAISON_JSON_STRING)
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected text, found %s"), type_name (value));

  *string = value->string;

  return TRUE;
}

static gboolean
expect_object (Reader                 *reader,
               const LiaisonJsonValue *value)
{
  if (value->type != LIAISON_JSON_OBJECT)
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected an object, found %s"), type_name (value));

  return TRUE;
}

static gboolean
expect_array (Reader                 *reader,
              const LiaisonJsonValue *value)
{
  if (value->type != LIAISON_JSON_ARRAY)
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected a list, found %s"), type_name (value));

  return TRUE;
}

static gboolean
expect_integer (Reader                 *reader,
                const LiaisonJsonValue *value,
                gint64                  minimum,
                gint64                  maximum,
                gint64                 *number)
{
  if (value->type != LIAISON_JSON_INTEGER)
    return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected a whole number, found %s"), type_name (value));

  *number = value->integer;
  if (*number < minimum || *number > maximum)
    {
      g_autofree char *found = g_strdup_printf ("%" G_GINT64_FORMAT, *number);
      g_autofree char *lowest = g_strdup_printf ("%" G_GINT64_FORMAT, minimum);
      g_autofree char *highest = g_strdup_printf ("%" G_GINT64_FORMAT, maximum);

      /* Translators: a number in a file, and the smallest and largest allowed. */
      return reader_fail (reader, LIAISON_JSON_ERROR_INVALID, _("%s is out of range (%s to %s)"),
                          found, lowest, highest);
    }

  return TRUE;
}

static gboolean
expect_date (Reader                 *reader,
             const LiaisonJsonValue *value,
             LiaisonDate            *date)
{
  const char *text;

  if (!expect_string (reader, value, &text))
    return FALSE;
  if (!liaison_date_parse (text, date))
    return reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                        _("“%s” is not a date; write 2020-08-05, 2020-08, 2020 or 2021-early"), text);

  return TRUE;
}

static gboolean
expect_enum (Reader                 *reader,
             const LiaisonJsonValue *value,
             GEnumClass             *klass,
             int                    *number)
{
  const char *text;
  GEnumValue *enum_value;

  if (!expect_string (reader, value, &text))
    return FALSE;

  enum_value = g_enum_get_value_by_nick (klass, text);
  if (enum_value == NULL)
    {
      g_autoptr(GString) allowed = g_string_new (NULL);

      for (guint i = 0; i < klass->n_values; i++)
        g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", klass->values[i].value_nick);

      return reader_fail (reader, LIAISON_JSON_ERROR_INVALID, _("“%s” is not one of %s"), text, allowed->str);
    }
  *number = enum_value->value;

  return TRUE;
}

static gboolean
expect_reference (Reader                 *reader,
                  const LiaisonJsonValue *value,
                  GType                   target,
                  const char            **id)
{
  gpointer found;

  if (!expect_string (reader, value, id))
    return FALSE;
  /* No record has an empty id; the others are checked as they are
   * stored, or when all are known (see pool_reference()). */
  if (reader->one_pass)
    return **id != '\0';

  found = g_hash_table_lookup (reader->ids, *id);
  if (found == NULL)
    return reader_fail (reader, LIAISON_JSON_ERROR_UNKNOWN_REFERENCE,
                        _("“%s” is not the id of anything in the document"), *id);
  if (GPOINTER_TO_SIZE (found) != target)
    return reader_fail (reader, LIAISON_JSON_ERROR_UNKNOWN_REFERENCE,
                        _("“%s” is not in “%s”"), *id, collection_name (target));

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
read_text (Reader                  *reader,
           const LiaisonJsonValue  *value,
           LiaisonText            **text)
{
  g_autoptr(LiaisonText) result = NULL;

  if (!expect_object (reader, value))
    return FALSE;
  if (value->size == 0)
    return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("needs a value in at least one language"));

  for (guint i = 0; i < value->size; i++)
    {
      const char *language = value->members[i].name;
      const char *string;
      LiaisonText *next;
      gboolean ok;

      push_key (reader, language);
      ok = expect_string (reader, &value->members[i].value, &string);
      if (ok && !is_language_code (language))
        ok = reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                          _("“%s” is not a language code such as en, ja, zh_CN, zh_TW or ko"), language);
      if (ok && *string == '\0')
        ok = reader_fail (reader, LIAISON_JSON_ERROR_INVALID, _("is empty"));
      pop (reader);
      if (!ok)
        return FALSE;

      /* One language, the most common case, needs no copy. */
      if (value->size == 1)
        next = liaison_text_new (language, string);
      else
        next = liaison_text_with (result, language, string);
      g_clear_pointer (&result, liaison_text_unref);
      result = next;
    }

  *text = g_steal_pointer (&result);

  return TRUE;
}

/* The members of @object not named in @known, in file order, or %NULL. */
static JsonObject *
unknown_members (const LiaisonJsonValue *object,
                 const char * const     *known)
{
  JsonObject *extras = NULL;

  for (guint i = 0; i < object->size; i++)
    {
      if (g_strv_contains (known, object->members[i].name))
        continue;
      if (extras == NULL)
        extras = json_object_new ();
      json_object_set_member (extras, object->members[i].name,
                              liaison_json_value_to_node (&object->members[i].value));
    }

  return extras;
}

static gboolean
read_figure (Reader                  *reader,
             const LiaisonJsonValue  *value,
             LiaisonFigure          **figure)
{
  static GEnumClass *qualifiers;
  const LiaisonJsonValue *member;
  gint64 count;
  int qualifier = LIAISON_QUALIFIER_EXACT;
  LiaisonDate date = LIAISON_DATE_INIT_NONE;
  const char *note = NULL, *source = NULL;
  gboolean ok = TRUE;

  if (!expect_object (reader, value))
    return FALSE;

  member = liaison_json_value_get_member (value, "count");
  if (member == NULL)
    return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), "count");

  push_key (reader, "count");
  ok = expect_integer (reader, member, 0, G_MAXINT64, &count);
  pop (reader);

  if (g_once_init_enter_pointer (&qualifiers))
    g_once_init_leave_pointer (&qualifiers, g_type_class_ref (LIAISON_TYPE_QUALIFIER));

  if (ok && (member = liaison_json_value_get_member (value, "qualifier")) != NULL)
    {
      push_key (reader, "qualifier");
      ok = expect_enum (reader, member, qualifiers, &qualifier);
      pop (reader);
    }
  if (ok && (member = liaison_json_value_get_member (value, "date")) != NULL)
    {
      push_key (reader, "date");
      ok = expect_date (reader, member, &date);
      pop (reader);
    }
  if (ok && (member = liaison_json_value_get_member (value, "note")) != NULL)
    {
      push_key (reader, "note");
      ok = expect_string (reader, member, &note);
      pop (reader);
    }
  if (ok && (member = liaison_json_value_get_member (value, "source")) != NULL)
    {
      push_key (reader, "source");
      ok = expect_reference (reader, member, LIAISON_TYPE_SOURCE, &source);
      pop (reader);
      /* Rare enough to be left to the check once all are known. */
      reader->unresolved = TRUE;
    }
  if (!ok)
    return FALSE;

  {
    static const char * const known[] = { "count", "qualifier", "date", "note", "source", NULL };
    g_autoptr(LiaisonFigure) plain = liaison_figure_new (count, qualifier, &date, note, source);
    g_autoptr(JsonObject) extras = unknown_members (value, known);

    *figure = liaison_figure_new_with_extras (plain, extras);
  }

  return TRUE;
}

/* Reads a list of strings into the pool: %NULL for an empty one. */
static gboolean
read_strv (Reader                  *reader,
           const LiaisonJsonValue  *value,
           GType                    reference_type,
           const char * const     **strv)
{
  g_autofree const char **strings = NULL;

  if (!expect_array (reader, value))
    return FALSE;

  strings = g_new (const char *, value->size + 1);
  for (guint i = 0; i < value->size; i++)
    {
      gboolean ok;

      push_index (reader, i);
      if (reference_type != G_TYPE_INVALID)
        ok = expect_reference (reader, &value->elements[i], reference_type, &strings[i]);
      else
        ok = expect_string (reader, &value->elements[i], &strings[i]);
      pop (reader);
      if (!ok)
        return FALSE;
    }

  *strv = value->size > 0 ? liaison_string_pool_intern_strv (reader->pool, strings, value->size) : NULL;

  /* In one pass, a list of sources is checked when first seen; the same
   * list comes again for many records. */
  if (reader->one_pass && reference_type != G_TYPE_INVALID && *strv != NULL &&
      !g_hash_table_contains (reader->resolved_lists, *strv))
    {
      for (guint i = 0; (*strv)[i] != NULL; i++)
        {
          LiaisonEntity *record = g_hash_table_lookup (reader->ids, (*strv)[i]);

          if (record == NULL || G_OBJECT_TYPE (record) != reference_type)
            {
              reader->unresolved = TRUE;
              return TRUE;
            }
        }
      g_hash_table_add (reader->resolved_lists, (gpointer) *strv);
    }

  return TRUE;
}

/* @id, a reference to a record of type @target, in the pool: the
 * record's own id when it is known already, as the records a link refers
 * to are, so that the id is kept once. In one pass, that also checks the
 * reference; other references are checked once all ids are known. */
static const char *
pool_reference (Reader     *reader,
                const char *id,
                GType       target)
{
  gpointer record_id, record;

  /* Only the one-pass reading has the records in its table; the full
   * reading has the ids of the tree, and has checked the reference. */
  if (!reader->one_pass)
    return liaison_string_pool_intern (reader->pool, id);

  if (g_hash_table_lookup_extended (reader->ids, id, &record_id, &record) &&
      G_OBJECT_TYPE (record) == target)
    return record_id;

  reader->unresolved = TRUE;

  return liaison_string_pool_intern (reader->pool, id);
}

/* Reads one value into its field of @entity, a new record. */
static gboolean
read_property (Reader                 *reader,
               const Field            *field,
               const LiaisonJsonValue *json,
               LiaisonEntity          *entity)
{
  GType type = field->pspec->value_type;
  gpointer value = _liaison_entity_get_field (entity, field->prop_id);

  if (type == G_TYPE_STRING)
    {
      const char *text;

      if (field->target != G_TYPE_INVALID)
        {
          if (!expect_reference (reader, json, field->target, &text))
            return FALSE;
        }
      else if (!expect_string (reader, json, &text))
        {
          return FALSE;
        }

      if (field->country && !liaison_country_is_valid (text))
        return reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                            _("“%s” is not an ISO 3166-1 country code such as JP, KR, CN or TW"), text);

      /* An empty string is no value (see liaison-entity.c). */
      if (*text != '\0')
        _liaison_entity_set_pooled (entity, field->prop_id,
                                    field->target != G_TYPE_INVALID ? pool_reference (reader, text, field->target)
                                                                    : liaison_string_pool_intern (reader->pool, text));
    }
  else if (type == LIAISON_TYPE_TEXT)
    {
      LiaisonText *text = NULL;

      if (!read_text (reader, json, &text))
        return FALSE;
      g_clear_pointer ((LiaisonText **) value, liaison_text_unref);
      *(LiaisonText **) value = text;
    }
  else if (type == LIAISON_TYPE_DATE)
    {
      LiaisonDate date;

      if (!expect_date (reader, json, &date))
        return FALSE;
      *(LiaisonDateField *) value = (LiaisonDateField) { date, TRUE };
    }
  else if (type == LIAISON_TYPE_FIGURE)
    {
      LiaisonFigure *figure = NULL;

      if (!read_figure (reader, json, &figure))
        return FALSE;
      g_clear_pointer ((LiaisonFigure **) value, liaison_figure_unref);
      *(LiaisonFigure **) value = figure;
    }
  else if (type == G_TYPE_PTR_ARRAY)
    {
      g_autoptr(GPtrArray) figures = NULL;

      if (!expect_array (reader, json))
        return FALSE;
      figures = g_ptr_array_new_full (json->size, (GDestroyNotify) liaison_figure_unref);
      for (guint i = 0; i < json->size; i++)
        {
          LiaisonFigure *figure = NULL;
          gboolean ok;

          push_index (reader, i);
          ok = read_figure (reader, &json->elements[i], &figure);
          pop (reader);
          if (!ok)
            return FALSE;
          g_ptr_array_add (figures, figure);
        }
      /* An empty list is the same as none, as when setting the property. */
      if (figures->len > 0)
        {
          g_clear_pointer ((GPtrArray **) value, g_ptr_array_unref);
          *(GPtrArray **) value = g_steal_pointer (&figures);
        }
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = NULL;

      if (!read_strv (reader, json, G_TYPE_INVALID, &strv))
        return FALSE;
      if (strv != NULL)
        _liaison_entity_set_pooled (entity, field->prop_id, strv);
    }
  else if (type == G_TYPE_INT)
    {
      GParamSpecInt *int_spec = G_PARAM_SPEC_INT (field->pspec);
      gint64 number;

      if (!expect_integer (reader, json, MAX (int_spec->minimum, 1), int_spec->maximum, &number))
        return FALSE;
      *(int *) value = number;
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      if (json->type != LIAISON_JSON_BOOLEAN)
        return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected true or false, found %s"), type_name (json));
      *(LiaisonBooleanField *) value = json->boolean != FALSE;
    }
  else if (field->enum_class != NULL)
    {
      int number;

      if (!expect_enum (reader, json, field->enum_class, &number))
        return FALSE;
      *(LiaisonEnumField *) value = number;
    }
  else
    {
      g_assert_not_reached ();
    }

  return TRUE;
}

static gboolean
read_position (Reader                 *reader,
               const Kind             *kind,
               const LiaisonJsonValue *value,
               LiaisonEntity          *entity)
{
  const char *axes[] = { "x", "y" };
  const LiaisonJsonValue *member;

  if (!expect_object (reader, value))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    {
      member = liaison_json_value_get_member (value, axes[i]);
      if (member == NULL)
        return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), axes[i]);

      push_key (reader, axes[i]);
      if (member->type != LIAISON_JSON_DOUBLE && member->type != LIAISON_JSON_INTEGER)
        return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected a number, found %s"), type_name (member));
      pop (reader);

      *(double *) _liaison_entity_get_field (entity, kind->position[i]->param_id) =
        member->type == LIAISON_JSON_DOUBLE ? member->number : (double) member->integer;
    }

  if ((member = liaison_json_value_get_member (value, "pinned")) != NULL)
    {
      push_key (reader, "pinned");
      if (member->type != LIAISON_JSON_BOOLEAN)
        return reader_fail (reader, LIAISON_JSON_ERROR_TYPE, _("expected true or false, found %s"), type_name (member));
      pop (reader);
      *(LiaisonBooleanField *) _liaison_entity_get_field (entity, kind->position[2]->param_id) = member->boolean != FALSE;
    }

  *(LiaisonBooleanField *) _liaison_entity_get_field (entity, kind->position[3]->param_id) = TRUE;

  {
    static const char * const known[] = { "x", "y", "pinned", NULL };
    JsonObject *extras = unknown_members (value, known);

    if (extras != NULL)
      g_object_set_data_full (G_OBJECT (entity), "liaison-position-extras", extras,
                              (GDestroyNotify) json_object_unref);
  }

  return TRUE;
}

/* The field a member is for, or %NULL. Files list the fields in the
 * order Liaison writes them, so the next ones are tried first. */
static const Field *
find_field (const Kind *kind,
            const char *key,
            guint      *next_field)
{
  for (guint i = *next_field; i < kind->n_fields; i++)
    {
      if (kind->fields[i].member[0] == key[0] && strcmp (kind->fields[i].member, key) == 0)
        {
          *next_field = i + 1;
          return &kind->fields[i];
        }
    }

  return g_hash_table_lookup (kind->by_member, key);
}

static LiaisonEntity *
read_entity (Reader                 *reader,
             const Kind             *kind,
             const LiaisonJsonValue *object)
{
  g_autoptr(LiaisonEntity) entity = NULL;
  g_autoptr(JsonObject) extras = NULL;
  guint next_field = 0;

  entity = _liaison_entity_new (kind->type, liaison_json_value_get_member (object, "id")->string, reader->pool);
  reader->unresolved = FALSE;

  /* Required fields first, so that a missing one is reported at its object. */
  for (guint i = 0; i < kind->n_fields; i++)
    {
      const Field *field = &kind->fields[i];

      if (field->required && liaison_json_value_get_member (object, field->member) == NULL)
        {
          reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), field->member);
          return NULL;
        }
    }

  for (guint m = 0; m < object->size; m++)
    {
      const char *key = object->members[m].name;
      const LiaisonJsonValue *member = &object->members[m].value;
      const Field *field;
      gboolean is_sources, is_position;
      gboolean ok = TRUE;

      /* No field is called id, sources or position, which most records
       * have: they need no search for a field. */
      if (key[0] == 'i' && strcmp (key, "id") == 0)
        continue;
      is_sources = key[0] == 's' && strcmp (key, "sources") == 0;
      is_position = key[0] == 'p' && strcmp (key, "position") == 0;
      field = is_sources || is_position ? NULL : find_field (kind, key, &next_field);

      push_key (reader, key);

      if (field != NULL)
        {
          /* A null is the same as leaving the field out, except where it is required. */
          if (member->type == LIAISON_JSON_NULL && !field->required)
            {
              pop (reader);
              continue;
            }
          else
            {
              ok = read_property (reader, field, member, entity);
            }
        }
      else if (is_sources)
        {
          const char * const *sources = NULL;

          ok = read_strv (reader, member, LIAISON_TYPE_SOURCE, &sources);
          if (ok)
            _liaison_entity_set_pooled_sources (entity, sources);
        }
      else if (is_position && kind->position[0] != NULL)
        {
          ok = read_position (reader, kind, member, entity);
        }
      else
        {
          /* A field from a newer version: kept as it is. */
          if (extras == NULL)
            extras = json_object_new ();
          json_object_set_member (extras, key, liaison_json_value_to_node (member));
        }

      pop (reader);
      if (!ok)
        return NULL;
    }

  if (extras != NULL)
    liaison_entity_set_extras (entity, extras);
  if (reader->one_pass && reader->unresolved)
    g_ptr_array_add (reader->unresolved_entities, entity);

  return g_steal_pointer (&entity);
}

/* The first pass: every id, with the collection it is in. */
static gboolean
collect_ids (Reader                 *reader,
             const LiaisonJsonValue *root)
{
  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    {
      const Kind *kind = &reader->kinds[c];
      const LiaisonJsonValue *array = liaison_json_value_get_member (root, kind->collection);

      if (array == NULL)
        continue;

      push_key (reader, kind->collection);
      if (!expect_array (reader, array))
        return FALSE;

      for (guint i = 0; i < array->size; i++)
        {
          const LiaisonJsonValue *object = &array->elements[i];
          const LiaisonJsonValue *id_value;
          const char *id;

          push_index (reader, i);
          if (!expect_object (reader, object))
            return FALSE;

          id_value = liaison_json_value_get_member (object, "id");
          if (id_value == NULL)
            return reader_fail (reader, LIAISON_JSON_ERROR_MISSING, _("“%s” is missing"), "id");

          push_key (reader, "id");
          if (!expect_string (reader, id_value, &id))
            return FALSE;
          if (!liaison_entity_id_is_valid (id))
            return reader_fail (reader, LIAISON_JSON_ERROR_INVALID,
                                _("“%s” is not a valid id: use up to 128 letters, digits and . _ : - starting with a letter or digit"),
                                id);
          if (!g_hash_table_insert (reader->ids, (char *) id, GSIZE_TO_POINTER (kind->type)))
            return reader_fail (reader, LIAISON_JSON_ERROR_DUPLICATE_ID,
                                _("the id “%s” is used twice"), id);
          pop (reader);
          pop (reader);
        }
      pop (reader);
    }

  return TRUE;
}

static const char *
parent_of (LiaisonEntity *entity)
{
  if (LIAISON_IS_ORGANIZATION (entity))
    return liaison_organization_get_parent (LIAISON_ORGANIZATION (entity));

  return liaison_event_get_parent (LIAISON_EVENT (entity));
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
          current = liaison_document_lookup (document, parent_of (current));
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
read_document (Reader                 *reader,
               const LiaisonJsonValue *root)
{
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autoptr(JsonObject) extras = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  /* The records of each collection, owned by @collections. */
  GPtrArray *all_entities[LIAISON_N_COLLECTIONS] = { NULL };
  g_autoptr(GPtrArray) collections = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  const LiaisonJsonValue *member = NULL;
  gint64 version;

  if (root->type != LIAISON_JSON_OBJECT ||
      (member = liaison_json_value_get_member (root, "format")) == NULL ||
      member->type != LIAISON_JSON_STRING || strcmp (member->string, FORMAT_NAME) != 0)
    {
      /* Point at the wrong "format" when there is one. */
      if (root->type == LIAISON_JSON_OBJECT && member != NULL)
        push_key (reader, "format");
      reader_fail (reader, LIAISON_JSON_ERROR_NOT_LIAISON,
                   _("this is not a Liaison document (it has no \"format\": \"liaison\")"));
      return NULL;
    }

  member = liaison_json_value_get_member (root, "version");
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
      const Kind *kind = &reader->kinds[c];
      GPtrArray *entities;
      const LiaisonJsonValue *array;

      if ((array = liaison_json_value_get_member (root, kind->collection)) == NULL)
        continue;

      entities = all_entities[c] = g_ptr_array_new_full (array->size, g_object_unref);
      g_ptr_array_add (collections, entities);

      push_key (reader, kind->collection);
      for (guint i = 0; i < array->size; i++)
        {
          LiaisonEntity *entity;

          push_index (reader, i);
          entity = read_entity (reader, kind, &array->elements[i]);
          if (entity == NULL)
            return NULL;
          g_ptr_array_add (entities, entity);
          g_hash_table_insert (by_id, (char *) liaison_entity_get_id (entity), entity);
          pop (reader);
        }
      pop (reader);
    }
  _liaison_document_load (document, all_entities, by_id);

  if (!check_parent_cycles (reader, document, LIAISON_TYPE_ORGANIZATION) ||
      !check_parent_cycles (reader, document, LIAISON_TYPE_EVENT))
    return NULL;

  for (guint m = 0; m < root->size; m++)
    {
      const char *key = root->members[m].name;
      gboolean known = strcmp (key, "format") == 0 || strcmp (key, "version") == 0;

      for (guint c = 0; c < LIAISON_N_COLLECTIONS && !known; c++)
        known = strcmp (key, reader->kinds[c].collection) == 0;

      if (!known)
        {
          if (extras == NULL)
            extras = json_object_new ();
          json_object_set_member (extras, key, liaison_json_value_to_node (&root->members[m].value));
        }
    }
  liaison_document_set_extras (document, extras);

  return g_steal_pointer (&document);
}

/* ---------------------------------------------------------------------- */
/* The common case in one pass                                             */

static gboolean
is_id_of (GHashTable *ids,
          const char *id,
          GType       type)
{
  LiaisonEntity *found = g_hash_table_lookup (ids, id);

  return found != NULL && G_OBJECT_TYPE (found) == type;
}

static gboolean
figure_resolves (const LiaisonFigure *figure,
                 GHashTable          *ids)
{
  const char *source = liaison_figure_get_source (figure);

  return source == NULL || is_id_of (ids, source, LIAISON_TYPE_SOURCE);
}

/* Whether every record @entity refers to is in @ids, of the right kind:
 * what expect_reference() checks as it reads, once all ids are known. */
static gboolean
references_resolve (const Kind    *kind,
                    LiaisonEntity *entity,
                    GHashTable    *ids)
{
  const char * const *sources = liaison_entity_get_sources (entity);

  for (guint i = 0; sources[i] != NULL; i++)
    {
      if (!is_id_of (ids, sources[i], LIAISON_TYPE_SOURCE))
        return FALSE;
    }

  for (guint i = 0; i < kind->n_fields; i++)
    {
      const Field *field = &kind->fields[i];
      gconstpointer value = _liaison_entity_get_field (entity, field->prop_id);

      if (field->target != G_TYPE_INVALID)
        {
          const char *id = *(const char * const *) value;

          if (id != NULL && !is_id_of (ids, id, field->target))
            return FALSE;
        }
      else if (field->pspec->value_type == LIAISON_TYPE_FIGURE)
        {
          const LiaisonFigure *figure = *(LiaisonFigure * const *) value;

          if (figure != NULL && !figure_resolves (figure, ids))
            return FALSE;
        }
      else if (field->pspec->value_type == G_TYPE_PTR_ARRAY)
        {
          GPtrArray *figures = *(GPtrArray * const *) value;

          for (guint f = 0; figures != NULL && f < figures->len; f++)
            {
              if (!figure_resolves (figures->pdata[f], ids))
                return FALSE;
            }
        }
    }

  return TRUE;
}

static int
collection_index (const Kind *kinds,
                  const char *name)
{
  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    {
      if (strcmp (kinds[c].collection, name) == 0)
        return c;
    }

  return -1;
}

/* Reads a collection's records as they come; %FALSE at anything the
 * full reading would find wrong, or would have to look at more closely. */
static gboolean
read_collection_in_one_pass (Reader            *reader,
                             LiaisonJsonStream *stream,
                             const Kind        *kind,
                             GPtrArray         *entities)
{
  const LiaisonJsonValue *object;

  if (!liaison_json_stream_enter_list (stream))
    return FALSE;

  while ((object = liaison_json_stream_next_element (stream)) != NULL)
    {
      const LiaisonJsonValue *id;
      LiaisonEntity *entity;

      if (object->type != LIAISON_JSON_OBJECT ||
          (id = liaison_json_value_get_member (object, "id")) == NULL ||
          id->type != LIAISON_JSON_STRING || !liaison_entity_id_is_valid (id->string))
        return FALSE;

      entity = read_entity (reader, kind, object);
      if (entity == NULL)
        return FALSE;
      g_ptr_array_add (entities, entity);
      /* The record keeps its id as long as the table needs it; an id used
       * twice ends the one-pass reading. */
      if (!g_hash_table_insert (reader->ids, (char *) liaison_entity_get_id (entity), entity))
        return FALSE;
    }

  return !liaison_json_stream_failed (stream);
}

/* Valid documents, as Liaison writes them, are read in one pass over the
 * text, each record from a tree of its own that the next one replaces,
 * rather than from a tree of the whole document: for 100,000
 * organizations that tree took most of a gigabyte of memory at its
 * peak, and the time to fill it. References are checked once all ids are
 * known. At the first thing the full reading would report, or that is
 * beyond plain JSON, this gives up (%NULL, no error) and the full reading
 * starts over, to report it as always. */
static LiaisonDocument *
read_in_one_pass (const char *data,
                  gsize       length,
                  Kind       *kinds)
{
  g_autoptr(LiaisonJsonStream) stream = liaison_json_stream_new (data, length, LIAISON_JSON_MAX_DEPTH);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(LiaisonStringPool) pool = liaison_string_pool_new ();
  g_autoptr(GPtrArray) unresolved = g_ptr_array_new ();
  g_autoptr(GHashTable) resolved_lists = g_hash_table_new (NULL, NULL);
  g_autoptr(LiaisonDocument) document = NULL;
  g_autoptr(JsonObject) extras = NULL;
  GPtrArray *entities[LIAISON_N_COLLECTIONS] = { NULL };
  Reader reader = { .data = data, .length = length, .name = "", .ids = ids, .kinds = kinds, .one_pass = TRUE,
                    .pool = pool, .unresolved_entities = unresolved, .resolved_lists = resolved_lists };
  gboolean format = FALSE, version = FALSE, ok = TRUE;
  const char *name;

  while (ok && (name = liaison_json_stream_next_member (stream)) != NULL)
    {
      const LiaisonJsonValue *value;
      int c;

      if (strcmp (name, "format") == 0)
        {
          value = liaison_json_stream_read_value (stream, FALSE);
          ok = format = value != NULL && value->type == LIAISON_JSON_STRING && strcmp (value->string, FORMAT_NAME) == 0;
        }
      else if (strcmp (name, "version") == 0)
        {
          value = liaison_json_stream_read_value (stream, FALSE);
          ok = version = value != NULL && value->type == LIAISON_JSON_INTEGER &&
                         value->integer >= 1 && value->integer <= FORMAT_VERSION;
        }
      else if ((c = collection_index (kinds, name)) >= 0)
        {
          entities[c] = g_ptr_array_new_with_free_func (g_object_unref);
          ok = read_collection_in_one_pass (&reader, stream, &kinds[c], entities[c]);
        }
      else
        {
          value = liaison_json_stream_read_value (stream, TRUE);
          ok = value != NULL;
          if (ok)
            {
              if (extras == NULL)
                extras = json_object_new ();
              json_object_set_member (extras, name, liaison_json_value_to_node (value));
            }
        }
    }
  ok = ok && liaison_json_stream_finish (stream) && format && version;
  liaison_string_pool_seal (pool);

  /* The records that refer to others read after them, or to records of
   * the wrong kind; the references of the others were checked as read. */
  for (guint i = 0; i < unresolved->len && ok; i++)
    {
      LiaisonEntity *entity = unresolved->pdata[i];
      int c = collection_index (kinds, LIAISON_ENTITY_GET_CLASS (entity)->collection);

      ok = references_resolve (&kinds[c], entity, ids);
    }

  if (ok)
    {
      document = liaison_document_new ();
      _liaison_document_load (document, entities, ids);
      ok = check_parent_cycles (&reader, document, LIAISON_TYPE_ORGANIZATION) &&
           check_parent_cycles (&reader, document, LIAISON_TYPE_EVENT);
      liaison_document_set_extras (document, extras);
    }

  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    g_clear_pointer (&entities[c], g_ptr_array_unref);
  g_free (reader.path);

  return ok ? g_steal_pointer (&document) : NULL;
}

/* Reads @data, without a byte order mark, in one pass if it can (see
 * read_in_one_pass()); %NULL when the full reading must decide. */
LiaisonDocument *
_liaison_json_read_in_one_pass (const char *data,
                                gsize       length)
{
  Kind kinds[LIAISON_N_COLLECTIONS];
  LiaisonDocument *document;

  kinds_init (kinds);
  document = read_in_one_pass (data, length, kinds);
  kinds_clear (kinds);

  return document;
}

/* The text as json-glib reads it, for what the fast parser leaves to it:
 * its error messages, and the things beyond plain JSON it accepts. */
static LiaisonJsonTree *
parse_leniently (const char  *data,
                 gsize        length,
                 const char  *display_name,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) parse_error = NULL;

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

  return liaison_json_tree_new_from_node (json_parser_get_root (parser));
}

/* Reads a document from @data; @display_name names it in errors. Nothing
 * is returned unless the whole document is valid. */
LiaisonDocument *
liaison_json_load_data (const char  *data,
                        gsize        length,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(LiaisonJsonTree) tree = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(LiaisonStringPool) pool = NULL;
  Kind kinds[LIAISON_N_COLLECTIONS];
  LiaisonDocument *document;
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

  /* The one-pass reading checks the encoding of what it reads. */
  document = _liaison_json_read_in_one_pass (data, length);
  if (document != NULL)
    return document;

  if (!check_encoding (data, length, display_name, error))
    return NULL;

  /* Plain JSON nested no deeper than allowed, as files Liaison writes are,
   * is read by the fast parser; for anything else the checks and the
   * parser of json-glib have the last word. */
  tree = liaison_json_tree_parse (data, length, LIAISON_JSON_MAX_DEPTH);
  if (tree == NULL)
    {
      if (!check_depth (data, length, display_name, error))
        return NULL;
      if (!check_nul_escapes (data, length, display_name, error))
        return NULL;
      tree = parse_leniently (data, length, display_name, error);
      if (tree == NULL)
        return NULL;
    }

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  pool = liaison_string_pool_new ();
  reader = (Reader) { .data = data, .length = length, .name = display_name, .ids = ids, .error = error, .kinds = kinds, .pool = pool };
  kinds_init (kinds);
  document = read_document (&reader, liaison_json_tree_get_root (tree));
  liaison_string_pool_seal (pool);
  kinds_clear (kinds);
  g_free (reader.path);

  return document;
}

/* Reads the file at @path into memory of its own, which the caller
 * gives back with munmap (data, *size). Large documents are read into
 * huge pages where the system allows them: a 140 MB file then takes
 * about 70 page faults instead of 35,000, which on some machines is
 * the better part of a second. The file itself is not mapped, so that
 * another program shortening it while it is read cannot crash Liaison.
 * Reads one byte more than the file measured: when that byte was read
 * too, the file grew meanwhile (*length == *size). */
static char *
read_local_file (const char    *path,
                 const char    *name,
                 gsize         *length,
                 gsize         *size,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofd int fd = -1;
  struct stat st;
  char *data;
  gsize got = 0;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0 || fstat (fd, &st) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not read %s: %s"), name, g_strerror (saved));
      return NULL;
    }

  *size = (gsize) MIN ((guint64) MAX (st.st_size, 0), (guint64) LIAISON_JSON_MAX_SIZE) + 1;
  data = mmap (NULL, *size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (data == MAP_FAILED)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   _("Could not read %s: %s"), name, g_strerror (ENOMEM));
      return NULL;
    }
#ifdef MADV_HUGEPAGE
  if (*size >= 4 * 1024 * 1024)
    madvise (data, *size, MADV_HUGEPAGE);
#endif

  while (got < *size)
    {
      gssize n;

      /* As g_file_load_contents() does, between one block and the next. */
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      n = read (fd, data + got, MIN (*size - got, (gsize) 16 * 1024 * 1024));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                       _("Could not read %s: %s"), name, g_strerror (saved));
          break;
        }
      if (n == 0)
        {
          *length = got;
          return data;
        }
      got += (gsize) n;
    }

  /* The file grew to the size read, or reading stopped with @error set. */
  if (got == *size)
    {
      *length = got;
      return data;
    }
  munmap (data, *size);

  return NULL;
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

  if (g_file_peek_path (file) != NULL)
    {
      LiaisonDocument *document;
      gsize size;
      char *data = read_local_file (g_file_peek_path (file), name, &length, &size,
                                    cancellable, error);

      if (data == NULL)
        return NULL;
      if (length < size)
        {
          document = liaison_json_load_data (data, length, name, error);
          munmap (data, size);
          return document;
        }
      /* The file grew while it was read: read it again below, whole. */
      munmap (data, size);
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return liaison_json_load_data (contents, length, name, error);
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

/* Whether @value, a record's field, holds the property's default, as
 * g_param_value_defaults() would say of the property's value. */
static gboolean
is_default (GParamSpec    *pspec,
            gconstpointer  value)
{
  GType type = pspec->value_type;

  /* No string property has a default but NULL (see liaison-entity.c). */
  if (type == G_TYPE_STRING)
    return *(const char * const *) value == NULL;
  if (type == LIAISON_TYPE_DATE)
    return liaison_date_field_get (value) == NULL;
  if (G_TYPE_IS_BOXED (type))
    return *(const gconstpointer *) value == NULL;
  if (type == G_TYPE_INT)
    return *(const int *) value == G_PARAM_SPEC_INT (pspec)->default_value;
  if (type == G_TYPE_BOOLEAN)
    return *(const LiaisonBooleanField *) value == G_PARAM_SPEC_BOOLEAN (pspec)->default_value;
  if (G_TYPE_IS_ENUM (type))
    return *(const LiaisonEnumField *) value == G_PARAM_SPEC_ENUM (pspec)->default_value;
  if (type == G_TYPE_DOUBLE)
    return *(const double *) value == G_PARAM_SPEC_DOUBLE (pspec)->default_value;

  g_return_val_if_reached (FALSE);
}

/* The names of the members an object has so far, so that kept fields of a
 * newer version never replace them. */
typedef struct
{
  const char *names[32];
  guint       n_names;
} Written;

static void
write_member (LiaisonJsonWriter *writer,
              Written           *written,
              const char        *name)
{
  liaison_json_writer_member (writer, name);
  if (written->n_names < G_N_ELEMENTS (written->names))
    written->names[written->n_names++] = name;
}

static gboolean
is_written (const Written *written,
            const char    *name)
{
  for (guint i = 0; i < written->n_names; i++)
    {
      if (strcmp (written->names[i], name) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Writes the members of @extras that @written does not have yet. */
static void
write_extras (LiaisonJsonWriter *writer,
              Written           *written,
              JsonObject        *extras)
{
  JsonObjectIter iter;
  const char *key;
  JsonNode *member;

  if (extras == NULL)
    return;

  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &key, &member))
    {
      if (is_written (written, key))
        continue;
      write_member (writer, written, key);
      liaison_json_writer_node (writer, member);
    }
}

static void
write_strv (LiaisonJsonWriter  *writer,
            const char * const *strv)
{
  liaison_json_writer_begin_array (writer);
  for (guint i = 0; strv[i] != NULL; i++)
    liaison_json_writer_string (writer, strv[i]);
  liaison_json_writer_end_array (writer);
}

static void
write_figure (LiaisonJsonWriter *writer,
              LiaisonFigure     *figure)
{
  g_autofree char *date = liaison_date_to_string (liaison_figure_get_date (figure));
  Written written = { { 0 }, 0 };

  liaison_json_writer_begin_object (writer);
  write_member (writer, &written, "count");
  liaison_json_writer_int (writer, liaison_figure_get_count (figure));
  if (liaison_figure_get_qualifier (figure) != LIAISON_QUALIFIER_EXACT)
    {
      write_member (writer, &written, "qualifier");
      liaison_json_writer_string (writer, liaison_enum_to_nick (LIAISON_TYPE_QUALIFIER,
                                                                liaison_figure_get_qualifier (figure)));
    }
  if (date != NULL)
    {
      write_member (writer, &written, "date");
      liaison_json_writer_string (writer, date);
    }
  if (liaison_figure_get_note (figure) != NULL)
    {
      write_member (writer, &written, "note");
      liaison_json_writer_string (writer, liaison_figure_get_note (figure));
    }
  if (liaison_figure_get_source (figure) != NULL)
    {
      write_member (writer, &written, "source");
      liaison_json_writer_string (writer, liaison_figure_get_source (figure));
    }
  write_extras (writer, &written, liaison_figure_get_extras (figure));
  liaison_json_writer_end_object (writer);
}

/* Writes one field, unless it has nothing worth writing. */
static void
write_field (LiaisonJsonWriter *writer,
             Written           *written,
             LiaisonEntity     *entity,
             const Field       *field)
{
  gconstpointer value = _liaison_entity_get_field (entity, field->prop_id);
  GType type = field->pspec->value_type;

  if (!field->required && is_default (field->pspec, value))
    return;

  if (type == G_TYPE_STRING)
    {
      if (*(const char * const *) value == NULL)
        return;
      write_member (writer, written, field->member);
      liaison_json_writer_string (writer, *(const char * const *) value);
    }
  else if (type == LIAISON_TYPE_TEXT)
    {
      LiaisonText *text = *(LiaisonText * const *) value;

      write_member (writer, written, field->member);
      liaison_json_writer_begin_object (writer);
      for (guint i = 0; i < liaison_text_get_n_items (text); i++)
        {
          liaison_json_writer_member (writer, liaison_text_get_language (text, i));
          liaison_json_writer_string (writer, liaison_text_get_value (text, i));
        }
      liaison_json_writer_end_object (writer);
    }
  else if (type == LIAISON_TYPE_DATE)
    {
      g_autofree char *date = liaison_date_to_string (liaison_date_field_get (value));

      if (date == NULL)
        return;
      write_member (writer, written, field->member);
      liaison_json_writer_string (writer, date);
    }
  else if (type == LIAISON_TYPE_FIGURE)
    {
      LiaisonFigure *figure = *(LiaisonFigure * const *) value;

      if (figure == NULL)
        return;
      write_member (writer, written, field->member);
      write_figure (writer, figure);
    }
  else if (type == G_TYPE_PTR_ARRAY)
    {
      GPtrArray *figures = *(GPtrArray * const *) value;

      if (figures == NULL || figures->len == 0)
        return;
      write_member (writer, written, field->member);
      liaison_json_writer_begin_array (writer);
      for (guint i = 0; i < figures->len; i++)
        write_figure (writer, figures->pdata[i]);
      liaison_json_writer_end_array (writer);
    }
  else if (type == G_TYPE_STRV)
    {
      const char * const *strv = *(const char * const * const *) value;

      if (strv == NULL || strv[0] == NULL)
        return;
      write_member (writer, written, field->member);
      write_strv (writer, strv);
    }
  else if (type == G_TYPE_INT)
    {
      write_member (writer, written, field->member);
      liaison_json_writer_int (writer, *(const int *) value);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      write_member (writer, written, field->member);
      liaison_json_writer_boolean (writer, *(const LiaisonBooleanField *) value);
    }
  else if (field->enum_class != NULL)
    {
      GEnumValue *enum_value = g_enum_get_value (field->enum_class, *(const LiaisonEnumField *) value);

      write_member (writer, written, field->member);
      liaison_json_writer_string (writer, enum_value != NULL ? enum_value->value_nick : NULL);
    }
}

static void
write_position (LiaisonJsonWriter *writer,
                Written           *written,
                const Kind        *kind,
                LiaisonEntity     *entity)
{
  Written position_written = { { 0 }, 0 };
  const char *axes[] = { "x", "y" };

  if (kind->position[3] == NULL ||
      !*(const LiaisonBooleanField *) _liaison_entity_get_field (entity, kind->position[3]->param_id))
    return;

  write_member (writer, written, "position");
  liaison_json_writer_begin_object (writer);
  for (guint i = 0; i < G_N_ELEMENTS (axes); i++)
    {
      write_member (writer, &position_written, axes[i]);
      liaison_json_writer_double (writer, *(const double *) _liaison_entity_get_field (entity, kind->position[i]->param_id));
    }
  if (*(const LiaisonBooleanField *) _liaison_entity_get_field (entity, kind->position[2]->param_id))
    {
      write_member (writer, &position_written, "pinned");
      liaison_json_writer_boolean (writer, TRUE);
    }
  write_extras (writer, &position_written, g_object_get_data (G_OBJECT (entity), "liaison-position-extras"));
  liaison_json_writer_end_object (writer);
}

static void
write_entity (LiaisonJsonWriter *writer,
              const Kind        *kind,
              LiaisonEntity     *entity)
{
  const char * const *sources = liaison_entity_get_sources (entity);
  Written written = { { 0 }, 0 };

  liaison_json_writer_begin_object (writer);
  write_member (writer, &written, "id");
  liaison_json_writer_string (writer, liaison_entity_get_id (entity));

  for (guint i = 0; i < kind->n_fields; i++)
    write_field (writer, &written, entity, &kind->fields[i]);

  write_position (writer, &written, kind, entity);

  if (sources[0] != NULL)
    {
      write_member (writer, &written, "sources");
      write_strv (writer, sources);
    }

  write_extras (writer, &written, liaison_entity_get_extras (entity));
  liaison_json_writer_end_object (writer);
}

/* The document as the text of a file. */
char *
liaison_json_save_data (LiaisonDocument *document,
                        gsize           *length)
{
  g_autoptr(LiaisonJsonWriter) writer = NULL;
  Kind kinds[LIAISON_N_COLLECTIONS];
  Written written = { { 0 }, 0 };

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  /* About what a record takes, so that the text is rarely moved. */
  writer = liaison_json_writer_new (liaison_document_get_n_entities (document) * 256 + 1024);
  kinds_init (kinds);

  liaison_json_writer_begin_object (writer);
  write_member (writer, &written, "format");
  liaison_json_writer_string (writer, FORMAT_NAME);
  write_member (writer, &written, "version");
  liaison_json_writer_int (writer, FORMAT_VERSION);

  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    {
      GListModel *model = liaison_document_get_collection (document, kinds[c].type);
      guint n_items = g_list_model_get_n_items (model);

      write_member (writer, &written, kinds[c].collection);
      liaison_json_writer_begin_array (writer);
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(LiaisonEntity) entity = g_list_model_get_item (model, i);

          write_entity (writer, &kinds[c], entity);
        }
      liaison_json_writer_end_array (writer);
    }

  write_extras (writer, &written, liaison_document_get_extras (document));
  liaison_json_writer_end_object (writer);
  kinds_clear (kinds);

  return liaison_json_writer_free_to_text (g_steal_pointer (&writer), length);
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
