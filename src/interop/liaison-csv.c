/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-csv.c: spreadsheets as CSV: a table read from a file, and a list of records written as one.
 *
 * Reading takes what spreadsheets write (RFC 4180 and its cousins): UTF-8
 * with or without a byte order mark, fields separated by commas,
 * semicolons or tabs (whichever the first line uses most), quoted fields
 * that may hold separators, doubled quotes and line breaks, and any of
 * LF, CRLF or CR at the ends of lines. Each row remembers the line it
 * starts on, for messages about it.
 *
 * Writing produces RFC 4180 with CRLF, a byte order mark so that
 * spreadsheets take the CJK text as UTF-8, and one column per field of the
 * records: names get one column per language, references to other records
 * the other record's name and its id.
 */

#define G_LOG_DOMAIN "liaison-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-csv.h"
#include "liaison-interop.h"
#include "liaison-language.h"

struct _LiaisonCsvTable
{
  GObject     parent_instance;

  char       *name;
  char        delimiter;
  guint       n_columns;
  GPtrArray  *rows;    /* of GStrv; the first is the header */
  GArray     *lines;   /* of guint: the line each row starts on */
};

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonCsvTable, liaison_csv_table, G_TYPE_OBJECT)

#define BOM "\xEF\xBB\xBF"

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

static char
guess_delimiter (const char *p,
                 const char *end)
{
  guint commas = 0, semicolons = 0, tabs = 0;
  gboolean quoted = FALSE;

  for (; p < end; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
      else if (*p == '\t')
        tabs++;
    }

  if (tabs > commas && tabs >= semicolons)
    return '\t';
  if (semicolons > commas)
    return ';';

  return ',';
}

static gboolean
row_is_empty (GPtrArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      const char *field = fields->pdata[i];

      if (field != NULL && *field != '\0')
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse (LiaisonCsvTable  *self,
       const char       *data,
       gsize             length,
       GError          **error)
{
  const char *p = data;
  const char *end = data + length;
  guint line = 1;

  if (length >= 3 && memcmp (data, BOM, 3) == 0)
    p += 3;

  self->delimiter = guess_delimiter (p, end);

  while (p < end)
    {
      g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
      guint row_line = line;
      gboolean row_done = FALSE;

      while (!row_done)
        {
          GString *field = g_string_new (NULL);

          if (p < end && *p == '"')
            {
              guint quote_line = line;

              p++;
              for (;;)
                {
                  if (p >= end)
                    {
                      g_autofree char *message =
                        g_strdup_printf (_("the quoted field that starts on line %u is never closed"), quote_line);

                      g_string_free (field, TRUE);
                      liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_SYNTAX, self->name, quote_line, message);
                      return FALSE;
                    }
                  if (*p == '"')
                    {
                      if (p + 1 < end && p[1] == '"')
                        {
                          g_string_append_c (field, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }
                  if (*p == '\n')
                    line++;
                  else if (*p == '\r' && (p + 1 >= end || p[1] != '\n'))
                    line++;
                  g_string_append_c (field, *p);
                  p++;
                }
            }

          /* The rest of an unquoted field, or what follows a closing quote
           * (kept, as spreadsheets do). */
          while (p < end && *p != self->delimiter && *p != '\n' && *p != '\r')
            {
              g_string_append_c (field, *p);
              p++;
            }

          g_ptr_array_add (fields, g_string_free (field, FALSE));

          if (fields->len > LIAISON_CSV_MAX_COLUMNS)
            {
              g_autofree char *message =
                g_strdup_printf (_("the row has more than %u columns"), LIAISON_CSV_MAX_COLUMNS);

              liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_INVALID, self->name, row_line, message);
              return FALSE;
            }

          if (p >= end)
            {
              row_done = TRUE;
            }
          else if (*p == self->delimiter)
            {
              p++;
              /* A separator at the very end still opens one more, empty field. */
              if (p >= end)
                {
                  g_ptr_array_add (fields, g_strdup (""));
                  row_done = TRUE;
                }
            }
          else
            {
              if (*p == '\r' && p + 1 < end && p[1] == '\n')
                p++;
              p++;
              line++;
              row_done = TRUE;
            }
        }

      if (row_is_empty (fields))
        continue;

      self->n_columns = MAX (self->n_columns, fields->len);
      g_ptr_array_add (fields, NULL);
      g_ptr_array_add (self->rows, g_ptr_array_steal (fields, NULL));
      g_array_append_val (self->lines, row_line);
    }

  if (self->rows->len == 0)
    {
      liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_EMPTY, self->name, 1, _("the file has no rows"));
      return FALSE;
    }

  return TRUE;
}

/* Reads CSV text. @display_name names it in error messages. */
LiaisonCsvTable *
liaison_csv_table_parse (const char  *data,
                         gsize        length,
                         const char  *display_name,
                         GError     **error)
{
  g_autoptr(LiaisonCsvTable) self = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  self = g_object_new (LIAISON_TYPE_CSV_TABLE, "name", display_name, NULL);

  if (length > LIAISON_INTEROP_MAX_SIZE)
    {
      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_TOO_LARGE,
                   _("%s is too large to import (over %u MiB)"),
                   display_name, LIAISON_INTEROP_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!liaison_interop_check_utf8 (data, length, display_name, error))
    return NULL;

  if (!parse (self, data, length, error))
    return NULL;

  return g_steal_pointer (&self);
}

LiaisonCsvTable *
liaison_csv_table_load_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  data = liaison_interop_load_file (file, cancellable, &length, &name, error);
  if (data == NULL)
    return NULL;

  return liaison_csv_table_parse (data, length, name, error);
}

const char *
liaison_csv_table_get_name (LiaisonCsvTable *self)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (self), NULL);

  return self->name;
}

char
liaison_csv_table_get_delimiter (LiaisonCsvTable *self)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (self), ',');

  return self->delimiter;
}

guint
liaison_csv_table_get_n_columns (LiaisonCsvTable *self)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (self), 0);

  return self->n_columns;
}

/* The number of rows after the header. */
guint
liaison_csv_table_get_n_rows (LiaisonCsvTable *self)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (self), 0);

  return self->rows->len - 1;
}

static const char *
cell (LiaisonCsvTable *self,
      guint            row,
      guint            column)
{
  const char * const *fields = self->rows->pdata[row];

  for (guint i = 0; i <= column; i++)
    {
      if (fields[i] == NULL)
        return "";
    }

  return fields[column];
}

const char *
liaison_csv_table_get_header (LiaisonCsvTable *self,
                              guint            column)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return cell (self, 0, column);
}

/* The text of @column in @row (counted from 0 after the header); "" for
 * cells past the end of a short row. */
const char *
liaison_csv_table_get_cell (LiaisonCsvTable *self,
                            guint            row,
                            guint            column)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (self), NULL);
  g_return_val_if_fail (row + 1 < self->rows->len, NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);

  return cell (self, row + 1, column);
}

/* The line of the file @row starts on. */
guint
liaison_csv_table_get_line (LiaisonCsvTable *self,
                            guint            row)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (self), 0);
  g_return_val_if_fail (row + 1 < self->rows->len, 0);

  return g_array_index (self->lines, guint, row + 1);
}

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

typedef enum
{
  COLUMN_VALUE,
  COLUMN_TEXT,        /* a name in the interface language */
  COLUMN_TEXT_IN,     /* a name in one language */
  COLUMN_REFERENCE,   /* the name of the record referred to */
  COLUMN_REFERENCE_ID,
  COLUMN_SOURCES,
} ColumnKind;

typedef struct
{
  ColumnKind  kind;
  GParamSpec *pspec;
  char       *language;
  char       *header;
} Column;

static void
column_free (Column *column)
{
  g_free (column->language);
  g_free (column->header);
  g_free (column);
}

static void
add_column (GPtrArray  *columns,
            ColumnKind  kind,
            GParamSpec *pspec,
            const char *language,
            char       *header)
{
  Column *column = g_new0 (Column, 1);

  column->kind = kind;
  column->pspec = pspec;
  column->language = g_strdup (language);
  column->header = header;
  g_ptr_array_add (columns, column);
}

static gboolean
is_position (const char *property)
{
  return strcmp (property, "x") == 0 || strcmp (property, "y") == 0 ||
         strcmp (property, "pinned") == 0 || strcmp (property, "placed") == 0;
}

/* The languages names are given in, in @entities: the interface languages
 * first, in their usual order, then any others as found. */
static GPtrArray *
languages_of (GListModel *entities,
              GParamSpec *pspec)
{
  GPtrArray *languages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_items = g_list_model_get_n_items (entities);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) entity = g_list_model_get_item (entities, i);
      g_autoptr(LiaisonText) text = NULL;

      g_object_get (entity, pspec->name, &text, NULL);
      for (guint l = 0; text != NULL && l < liaison_text_get_n_items (text); l++)
        {
          const char *language = liaison_text_get_language (text, l);

          if (!g_hash_table_contains (seen, language))
            g_hash_table_add (seen, g_strdup (language));
        }
    }

  for (const char * const *language = liaison_language_get_all (); *language != NULL; language++)
    {
      if (g_hash_table_remove (seen, *language))
        g_ptr_array_add (languages, g_strdup (*language));
    }

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (others, g_strdup (key));
    g_ptr_array_sort_values (others, (GCompareFunc) g_strcmp0);
    g_ptr_array_extend_and_steal (languages, g_steal_pointer (&others));
  }

  return languages;
}

static GPtrArray *
columns_for (GListModel *entities,
             GType       entity_type)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (entity_type);
  LiaisonEntityClass *entity_class = LIAISON_ENTITY_CLASS (klass);
  GPtrArray *columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);

  add_column (columns, COLUMN_VALUE, NULL, NULL, g_strdup ("id"));

  for (guint i = 1; i <= entity_class->n_values; i++)
    {
      GParamSpec *pspec = entity_class->value_pspecs[i];
      g_autofree char *header = g_strdelimit (g_strdup (pspec->name), "-", '_');

      if (is_position (pspec->name))
        continue;

      if (pspec->value_type == LIAISON_TYPE_TEXT)
        {
          g_autoptr(GPtrArray) languages = languages_of (entities, pspec);

          add_column (columns, COLUMN_TEXT, pspec, NULL, g_strdup (header));
          for (guint l = 0; l < languages->len; l++)
            add_column (columns, COLUMN_TEXT_IN, pspec, languages->pdata[l],
                        g_strdup_printf ("%s_%s", header, (char *) languages->pdata[l]));
        }
      else if (liaison_document_find_reference (entity_type, pspec->name) != NULL)
        {
          add_column (columns, COLUMN_REFERENCE, pspec, NULL, g_strdup (header));
          add_column (columns, COLUMN_REFERENCE_ID, pspec, NULL, g_strdup_printf ("%s_id", header));
        }
      else
        {
          add_column (columns, COLUMN_VALUE, pspec, NULL, g_steal_pointer (&header));
        }
    }

  add_column (columns, COLUMN_SOURCES, NULL, NULL, g_strdup ("sources"));

  return columns;
}

static char *
value_to_text (const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    return g_value_dup_string (value);
  if (type == LIAISON_TYPE_DATE)
    return liaison_date_to_string (g_value_get_boxed (value));
  if (type == LIAISON_TYPE_FIGURE)
    return g_value_get_boxed (value) != NULL ? liaison_figure_format (g_value_get_boxed (value)) : NULL;
  if (type == G_TYPE_PTR_ARRAY)
    {
      GPtrArray *figures = g_value_get_boxed (value);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) parts = NULL;

      for (guint i = 0; figures != NULL && i < figures->len; i++)
        g_strv_builder_take (builder, liaison_figure_format (figures->pdata[i]));
      parts = g_strv_builder_end (builder);

      return parts[0] != NULL ? g_strjoinv ("; ", parts) : NULL;
    }
  if (type == G_TYPE_STRV)
    {
      const char * const *strv = g_value_get_boxed (value);

      return strv != NULL && strv[0] != NULL ? g_strjoinv ("; ", (char **) strv) : NULL;
    }
  if (type == G_TYPE_INT)
    return g_value_get_int (value) != 0 ? g_strdup_printf ("%d", g_value_get_int (value)) : NULL;
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (value) ? "true" : "false");
  if (G_TYPE_IS_ENUM (type))
    return g_strdup (liaison_enum_to_nick (type, g_value_get_enum (value)));

  return NULL;
}

static char *
column_text (LiaisonDocument *document,
             LiaisonEntity   *entity,
             Column          *column)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (column->kind == COLUMN_SOURCES)
    {
      const char * const *sources = liaison_entity_get_sources (entity);

      return sources[0] != NULL ? g_strjoinv ("; ", (char **) sources) : NULL;
    }

  if (column->pspec == NULL)
    return g_strdup (liaison_entity_get_id (entity));

  g_value_init (&value, column->pspec->value_type);
  g_object_get_property (G_OBJECT (entity), column->pspec->name, &value);

  switch (column->kind)
    {
    case COLUMN_TEXT:
      /* What the lists show: the name in the interface language, or the best there is. */
      if (g_value_get_boxed (&value) == NULL)
        return NULL;
      return liaison_entity_dup_title (entity, liaison_language_get_current ());

    case COLUMN_TEXT_IN:
      return g_value_get_boxed (&value) != NULL
             ? g_strdup (liaison_text_get (g_value_get_boxed (&value), column->language))
             : NULL;

    case COLUMN_REFERENCE:
      {
        LiaisonEntity *target = liaison_document_lookup (document, g_value_get_string (&value));

        return target != NULL ? liaison_entity_dup_title (target, liaison_language_get_current ()) : NULL;
      }

    case COLUMN_REFERENCE_ID:
    case COLUMN_VALUE:
    case COLUMN_SOURCES:
    default:
      return value_to_text (&value);
    }
}

static void
append_field (GString    *out,
              const char *text)
{
  gboolean quote;

  if (text == NULL)
    return;

  /* Spreadsheets run a cell that starts with one of these as a formula;
   * a leading apostrophe makes it text, and the importer takes it off. */
  if (strchr ("=+@\t\r", text[0]) != NULL && text[0] != '\0')
    {
      g_autofree char *escaped = g_strconcat ("'", text, NULL);

      append_field (out, escaped);
      return;
    }

  quote = strpbrk (text, ",;\t\"\r\n") != NULL || g_ascii_isspace (text[0]) ||
          (*text != '\0' && g_ascii_isspace (text[strlen (text) - 1]));
  if (!quote)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* @entities (of @entity_type, such as what a list shows after its
 * filters) as CSV text. */
char *
liaison_csv_export_data (LiaisonDocument *document,
                         GListModel      *entities,
                         GType            entity_type,
                         gsize           *length)
{
  g_autoptr(GPtrArray) columns = NULL;
  GString *out;
  guint n_items;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (entities), NULL);
  g_return_val_if_fail (g_type_is_a (entity_type, LIAISON_TYPE_ENTITY), NULL);

  columns = columns_for (entities, entity_type);
  out = g_string_new (BOM);

  for (guint c = 0; c < columns->len; c++)
    {
      if (c > 0)
        g_string_append_c (out, ',');
      append_field (out, ((Column *) columns->pdata[c])->header);
    }
  g_string_append (out, "\r\n");

  n_items = g_list_model_get_n_items (entities);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LiaisonEntity) entity = g_list_model_get_item (entities, i);

      if (!g_type_is_a (G_OBJECT_TYPE (entity), entity_type))
        continue;

      for (guint c = 0; c < columns->len; c++)
        {
          g_autofree char *text = column_text (document, entity, columns->pdata[c]);

          if (c > 0)
            g_string_append_c (out, ',');
          append_field (out, text);
        }
      g_string_append (out, "\r\n");
    }

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

gboolean
liaison_csv_export_file (LiaisonDocument  *document,
                         GListModel       *entities,
                         GType             entity_type,
                         GFile            *file,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = liaison_csv_export_data (document, entities, entity_type, &length);
  g_return_val_if_fail (data != NULL, FALSE);

  return liaison_interop_save_file (file, data, length, cancellable, error);
}

/* ---------------------------------------------------------------------- */

static void
liaison_csv_table_finalize (GObject *object)
{
  LiaisonCsvTable *self = LIAISON_CSV_TABLE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);

  G_OBJECT_CLASS (liaison_csv_table_parent_class)->finalize (object);
}

static void
liaison_csv_table_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LiaisonCsvTable *self = LIAISON_CSV_TABLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_csv_table_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LiaisonCsvTable *self = LIAISON_CSV_TABLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_set_str (&self->name, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_csv_table_class_init (LiaisonCsvTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_csv_table_finalize;
  object_class->get_property = liaison_csv_table_get_property;
  object_class->set_property = liaison_csv_table_set_property;

  /**
   * LiaisonCsvTable:name:
   *
   * The name of the file the table was read from, for messages.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_csv_table_init (LiaisonCsvTable *self)
{
  self->delimiter = ',';
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
}
