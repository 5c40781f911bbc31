/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity.c: what every record of a document has: an id, its sources, fields to keep.
 *
 * The entity classes (organization, event, …) have many plain fields. Rather
 * than each writing the same get_property/set_property switch, they declare
 * their GParamSpecs and the fields of their instance that keep each
 * value, and this base class gets and sets them, notifies only on real
 * changes, and treats an empty string as no value. Records read from a
 * file keep their strings in the file's LiaisonStringPool.
 * Unknown fields read from a newer file are kept in the extras object and
 * written back on save.
 */

#define G_LOG_DOMAIN "liaison-entity"

#include "config.h"

#include <string.h>

#include "liaison-entity-private.h"

typedef struct
{
  char              *id;
  char             **sources;
  /* The pool of the file the record was read from, whose memory the
   * fields with a bit in @pooled hold (see POOLED_SOURCES); or NULL. */
  LiaisonStringPool *pool;
  guint32            pooled;
  /* Whether the record has object data for its extras: asking for object
   * data takes a lock, and the writer asks each record. */
  gboolean           has_extras;
} LiaisonEntityPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LiaisonEntity, liaison_entity, G_TYPE_OBJECT)
G_DEFINE_QUARK (liaison-entity-extras, extras)

/* Whether @id may be a record's id in a file: up to 128 ASCII letters,
 * digits and . _ : -, starting with a letter or digit. */
gboolean
liaison_entity_id_is_valid (const char *id)
{
  gsize length = 0;

  if (id == NULL || !g_ascii_isalnum (*id))
    return FALSE;

  /* A check for each of the 675,000 ids of a large file: g_ascii_isalnum()
   * is a table already, strspn() would build one for each. */
  for (; id[length] != '\0'; length++)
    {
      char c = id[length];

      if (length == LIAISON_ENTITY_MAX_ID_LENGTH ||
          !(g_ascii_isalnum (c) || c == '.' || c == '_' || c == ':' || c == '-'))
        return FALSE;
    }

  return TRUE;
}

const char *
liaison_entity_get_id (LiaisonEntity *self)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return priv->id;
}

/* The ids of the sources this record cites; never NULL. */
const char * const *
liaison_entity_get_sources (LiaisonEntity *self)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);
  static const char * const none[] = { NULL };

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return priv->sources != NULL ? (const char * const *) priv->sources : none;
}

gboolean
liaison_entity_cites (LiaisonEntity *self,
                      const char    *source_id)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), FALSE);

  return priv->sources != NULL && g_strv_contains ((const char * const *) priv->sources, source_id);
}

/* The fields read from a file that this version does not know; may be
 * NULL. Few records have any, so they are kept as object data rather than
 * in a field of every record. */
JsonObject *
liaison_entity_get_extras (LiaisonEntity *self)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return priv->has_extras ? g_object_get_qdata (G_OBJECT (self), extras_quark ()) : NULL;
}

void
liaison_entity_set_extras (LiaisonEntity *self,
                           JsonObject    *extras)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_return_if_fail (LIAISON_IS_ENTITY (self));

  if (extras == NULL && !priv->has_extras)
    return;
  g_object_set_qdata_full (G_OBJECT (self), extras_quark (), extras != NULL ? json_object_ref (extras) : NULL,
                           (GDestroyNotify) json_object_unref);
  priv->has_extras = extras != NULL;
}

/* A new record of @self's type with @id and every field and source of
 * @self, but not its extras; in no document yet. */
LiaisonEntity *
liaison_entity_copy (LiaisonEntity *self,
                     const char    *id)
{
  LiaisonEntityClass *klass;
  LiaisonEntity *copy;

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  klass = LIAISON_ENTITY_GET_CLASS (self);
  copy = g_object_new (G_OBJECT_TYPE (self), "id", id, NULL);
  /* value_pspecs[0] is unused, like property id 0. */
  for (guint i = 1; i <= klass->n_values; i++)
    {
      GParamSpec *pspec = klass->value_pspecs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (G_OBJECT (self), pspec->name, &value);
      g_object_set_property (G_OBJECT (copy), pspec->name, &value);
    }
  g_object_set (copy, "sources", liaison_entity_get_sources (self), NULL);

  return copy;
}

/* The record's name for people, in @language when it has one. */
char *
liaison_entity_dup_title (LiaisonEntity *self,
                          const char    *language)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  if (LIAISON_ENTITY_GET_CLASS (self)->dup_title != NULL)
    {
      char *title = LIAISON_ENTITY_GET_CLASS (self)->dup_title (self, language, NULL);

      if (title != NULL)
        return title;
    }

  return g_strdup (priv->id);
}

/* Which language the title shown to readers of @language is in: theirs,
 * or another when the record has no name in theirs, so that such text can
 * be marked with its own language (Han characters then take that
 * language's forms). %NULL when it is not known. */
const char *
liaison_entity_get_title_language (LiaisonEntity *self,
                                   const char    *language)
{
  g_autofree char *title = NULL;
  const char *found = NULL;

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  if (LIAISON_ENTITY_GET_CLASS (self)->dup_title != NULL)
    title = LIAISON_ENTITY_GET_CLASS (self)->dup_title (self, language, &found);

  return title != NULL ? found : NULL;
}

/* What a field of a record holds, from its property's type. */
typedef enum
{
  FIELD_STRING,
  FIELD_TEXT,
  FIELD_DATE,
  FIELD_FIGURE,
  FIELD_FIGURES,
  FIELD_STRV,
  FIELD_INT,
  FIELD_ENUM,
  FIELD_BOOLEAN,
  FIELD_DOUBLE,
} FieldKind;

/* Bit 0 of LiaisonEntityPrivate.pooled is the id's, bit n the field of
 * property n's, and this one that of the sources. */
#define POOLED_SOURCES (1u << 31)

static FieldKind
field_kind_of (GParamSpec *pspec)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return FIELD_STRING;
  if (type == LIAISON_TYPE_TEXT)
    return FIELD_TEXT;
  if (type == LIAISON_TYPE_DATE)
    return FIELD_DATE;
  if (type == LIAISON_TYPE_FIGURE)
    return FIELD_FIGURE;
  if (type == G_TYPE_PTR_ARRAY)
    return FIELD_FIGURES;
  if (type == G_TYPE_STRV)
    return FIELD_STRV;
  if (type == G_TYPE_INT)
    return FIELD_INT;
  if (G_TYPE_IS_ENUM (type))
    return FIELD_ENUM;
  if (type == G_TYPE_BOOLEAN)
    return FIELD_BOOLEAN;
  if (type == G_TYPE_DOUBLE)
    return FIELD_DOUBLE;

  g_return_val_if_reached (FIELD_INT);
}

/* Whether the field holds a number, an enumeration or a boolean. */
static inline gboolean
field_is_plain (FieldKind kind)
{
  return kind == FIELD_INT || kind == FIELD_ENUM || kind == FIELD_BOOLEAN || kind == FIELD_DOUBLE;
}

static gsize
plain_field_size (FieldKind kind)
{
  switch (kind)
    {
    case FIELD_INT:
      return sizeof (int);
    case FIELD_ENUM:
      return sizeof (LiaisonEnumField);
    case FIELD_BOOLEAN:
      return sizeof (LiaisonBooleanField);
    case FIELD_DOUBLE:
      return sizeof (double);
    case FIELD_STRING:
    case FIELD_TEXT:
    case FIELD_DATE:
    case FIELD_FIGURE:
    case FIELD_FIGURES:
    case FIELD_STRV:
      break;
    }

  g_return_val_if_reached (0);
}

static inline FieldKind
field_kind (LiaisonEntity *self,
            guint          prop_id)
{
  return LIAISON_ENTITY_GET_CLASS (self)->value_kinds[prop_id];
}

/* Whether the field holds memory of the pool rather than its own. */
static inline gboolean
is_pooled (LiaisonEntity *self,
           guint          bit)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  return (priv->pooled & bit) != 0;
}

/* Frees what the field of @prop_id holds and leaves it at no value. */
static void
clear_field (LiaisonEntity *self,
             guint          prop_id)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);
  gpointer field = _liaison_entity_get_field (self, prop_id);
  gboolean pooled = is_pooled (self, 1u << prop_id);

  priv->pooled &= ~(1u << prop_id);

  switch (field_kind (self, prop_id))
    {
    case FIELD_STRING:
      if (pooled)
        *(char **) field = NULL;
      else
        g_clear_pointer ((char **) field, g_free);
      break;

    case FIELD_STRV:
      if (pooled)
        *(char ***) field = NULL;
      else
        g_clear_pointer ((char ***) field, g_strfreev);
      break;

    case FIELD_TEXT:
      g_clear_pointer ((LiaisonText **) field, liaison_text_unref);
      break;

    case FIELD_DATE:
      memset (field, 0, sizeof (LiaisonDateField));
      break;

    case FIELD_FIGURE:
      g_clear_pointer ((LiaisonFigure **) field, liaison_figure_unref);
      break;

    case FIELD_FIGURES:
      g_clear_pointer ((GPtrArray **) field, g_ptr_array_unref);
      break;

    case FIELD_INT:
    case FIELD_ENUM:
    case FIELD_BOOLEAN:
    case FIELD_DOUBLE:
      break;
    }
}

/* Puts the field's value into @value, initialized to the property's type. */
static void
get_field (LiaisonEntity *self,
           guint          prop_id,
           GValue        *value)
{
  gpointer field = _liaison_entity_get_field (self, prop_id);

  switch (field_kind (self, prop_id))
    {
    case FIELD_STRING:
      g_value_set_string (value, *(const char **) field);
      break;

    case FIELD_DATE:
      g_value_set_boxed (value, liaison_date_field_get (field));
      break;

    case FIELD_TEXT:
    case FIELD_FIGURE:
    case FIELD_FIGURES:
    case FIELD_STRV:
      g_value_set_boxed (value, *(gpointer *) field);
      break;

    case FIELD_INT:
      g_value_set_int (value, *(int *) field);
      break;

    case FIELD_ENUM:
      g_value_set_enum (value, *(LiaisonEnumField *) field);
      break;

    case FIELD_BOOLEAN:
      g_value_set_boolean (value, *(LiaisonBooleanField *) field);
      break;

    case FIELD_DOUBLE:
      g_value_set_double (value, *(double *) field);
      break;
    }
}

/* Whether the field of @prop_id holds what @value does. */
static gboolean
field_equals (LiaisonEntity *self,
              GParamSpec    *pspec,
              guint          prop_id,
              const GValue  *value)
{
  gpointer field = _liaison_entity_get_field (self, prop_id);

  switch (field_kind (self, prop_id))
    {
    case FIELD_STRING:
      return g_strcmp0 (*(const char **) field, g_value_get_string (value)) == 0;

    case FIELD_TEXT:
      return liaison_text_equal (*(LiaisonText **) field, g_value_get_boxed (value));

    case FIELD_DATE:
      return liaison_date_equal (liaison_date_field_get (field), g_value_get_boxed (value));

    case FIELD_FIGURE:
      return liaison_figure_equal (*(LiaisonFigure **) field, g_value_get_boxed (value));

    case FIELD_STRV:
      {
        const char * const *strv_a = *(const char * const **) field;
        const char * const *strv_b = g_value_get_boxed (value);

        if (strv_a == NULL || strv_b == NULL)
          return (strv_a == NULL || *strv_a == NULL) && (strv_b == NULL || *strv_b == NULL);
        return g_strv_equal (strv_a, strv_b);
      }

    case FIELD_FIGURES:
      {
        GPtrArray *array_a = *(GPtrArray **) field;
        GPtrArray *array_b = g_value_get_boxed (value);
        guint length_a = array_a != NULL ? array_a->len : 0;
        guint length_b = array_b != NULL ? array_b->len : 0;

        if (length_a != length_b)
          return FALSE;
        for (guint i = 0; i < length_a; i++)
          {
            if (!liaison_figure_equal (g_ptr_array_index (array_a, i), g_ptr_array_index (array_b, i)))
              return FALSE;
          }
        return TRUE;
      }

    case FIELD_INT:
    case FIELD_ENUM:
    case FIELD_BOOLEAN:
    case FIELD_DOUBLE:
      {
        g_auto(GValue) stored = G_VALUE_INIT;

        /* As GObject compares them, a double within the spec's epsilon. */
        g_value_init (&stored, G_PARAM_SPEC_VALUE_TYPE (pspec));
        get_field (self, prop_id, &stored);
        return g_param_values_cmp (pspec, &stored, value) == 0;
      }
    }

  g_return_val_if_reached (FALSE);
}

/* Stores @value in a field of a number, an enumeration or a boolean. */
static void
set_plain_field (gpointer      field,
                 FieldKind     kind,
                 const GValue *value)
{
  switch (kind)
    {
    case FIELD_INT:
      *(int *) field = g_value_get_int (value);
      break;

    case FIELD_ENUM:
      *(LiaisonEnumField *) field = g_value_get_enum (value);
      break;

    case FIELD_BOOLEAN:
      *(LiaisonBooleanField *) field = g_value_get_boolean (value) != FALSE;
      break;

    case FIELD_DOUBLE:
      *(double *) field = g_value_get_double (value);
      break;

    case FIELD_STRING:
    case FIELD_TEXT:
    case FIELD_DATE:
    case FIELD_FIGURE:
    case FIELD_FIGURES:
    case FIELD_STRV:
      g_assert_not_reached ();
    }
}

/* Stores @value, unless it is what is stored already; returns whether
 * the stored value changed. */
static gboolean
store_value (LiaisonEntity *self,
             GParamSpec    *pspec,
             guint          prop_id,
             const GValue  *value)
{
  gpointer field = _liaison_entity_get_field (self, prop_id);
  FieldKind kind = field_kind (self, prop_id);
  const char *string;

  if (field_equals (self, pspec, prop_id, value))
    return FALSE;

  /* An empty string is no value, so that files and forms agree. */
  if (kind == FIELD_STRING && (string = g_value_get_string (value)) != NULL && *string == '\0')
    {
      if (*(char **) field == NULL)
        return FALSE;
      clear_field (self, prop_id);
      return TRUE;
    }

  switch (kind)
    {
    case FIELD_STRING:
      clear_field (self, prop_id);
      *(char **) field = g_value_dup_string (value);
      break;

    case FIELD_DATE:
      {
        const LiaisonDate *date = g_value_get_boxed (value);
        LiaisonDateField *date_field = field;

        clear_field (self, prop_id);
        if (date != NULL)
          {
            date_field->date = *date;
            date_field->set = TRUE;
          }
      }
      break;

    case FIELD_TEXT:
    case FIELD_FIGURE:
    case FIELD_FIGURES:
    case FIELD_STRV:
      clear_field (self, prop_id);
      *(gpointer *) field = g_value_dup_boxed (value);
      break;

    case FIELD_INT:
    case FIELD_ENUM:
    case FIELD_BOOLEAN:
    case FIELD_DOUBLE:
      set_plain_field (field, kind, value);
      break;
    }

  return TRUE;
}

static void
liaison_entity_get_value_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  get_field (LIAISON_ENTITY (object), prop_id, value);
}

static void
liaison_entity_set_value_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  if (store_value (LIAISON_ENTITY (object), pspec, prop_id, value))
    g_object_notify_by_pspec (object, pspec);
}

/* For the file reader: a new record of @type, as g_object_new() with its
 * id would make, without looking the property up for each record. The
 * id is kept in @pool, when given, and the record keeps the pool. */
LiaisonEntity *
_liaison_entity_new (GType              type,
                     const char        *id,
                     LiaisonStringPool *pool)
{
  LiaisonEntity *self = g_object_new (type, NULL);
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  if (pool != NULL)
    {
      priv->pool = liaison_string_pool_ref (pool);
      priv->id = (char *) liaison_string_pool_add (pool, id);
      priv->pooled |= 1;
    }
  else
    {
      priv->id = g_strdup (id);
    }

  return self;
}

/* For the file reader: sets the string or list of strings of @prop_id of
 * a new record to @pooled, memory of the pool the record was made with.
 * Empty strings are no value and must not be given; no one is told,
 * since the record is in no document yet. */
void
_liaison_entity_set_pooled (LiaisonEntity *self,
                            guint          prop_id,
                            gconstpointer  pooled)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_assert (priv->pool != NULL);
  g_assert (field_kind (self, prop_id) == FIELD_STRING || field_kind (self, prop_id) == FIELD_STRV);

  clear_field (self, prop_id);
  *(gconstpointer *) _liaison_entity_get_field (self, prop_id) = pooled;
  priv->pooled |= 1u << prop_id;
}

/* For the file reader, as _liaison_entity_set_pooled(): the record's
 * sources, a list in its pool, or %NULL. */
void
_liaison_entity_set_pooled_sources (LiaisonEntity      *self,
                                    const char * const *sources)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_assert (priv->pool != NULL);

  if (!is_pooled (self, POOLED_SOURCES))
    g_strfreev (priv->sources);
  priv->sources = (char **) (sources != NULL && *sources == NULL ? NULL : sources);
  priv->pooled |= POOLED_SOURCES;
}

/* Installs a subclass's properties, stored and notified by this class.
 * @pspecs[0] is unused, as with g_object_class_install_properties();
 * @offsets says where in the instance each property is kept (see
 * _liaison_entity_get_field()). */
void
liaison_entity_class_install_properties (LiaisonEntityClass  *klass,
                                         guint                n_pspecs,
                                         GParamSpec         **pspecs,
                                         const guint16       *offsets)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (LIAISON_IS_ENTITY_CLASS (klass));
  /* One bit of LiaisonEntityPrivate.pooled each, and the sources'. */
  g_return_if_fail (n_pspecs < 31);

  object_class->get_property = liaison_entity_get_value_property;
  object_class->set_property = liaison_entity_set_value_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);

  klass->value_pspecs = pspecs;
  klass->n_values = n_pspecs - 1;
  klass->value_offsets = offsets;
  klass->value_kinds = g_new0 (guint8, n_pspecs);
  for (guint i = 1; i < n_pspecs; i++)
    {
      klass->value_kinds[i] = field_kind_of (pspecs[i]);
      klass->value_defaults_size = MAX (klass->value_defaults_size, offsets[i] + sizeof (double));
      /* No string has a default but NULL: the reader and writer rely on it. */
      g_return_if_fail (klass->value_kinds[i] != FIELD_STRING ||
                        G_PARAM_SPEC_STRING (pspecs[i])->default_value == NULL);
      /* Every value of an enumeration fits in its byte. */
      g_return_if_fail (klass->value_kinds[i] != FIELD_ENUM ||
                        (G_PARAM_SPEC_ENUM (pspecs[i])->enum_class->minimum >= 0 &&
                         G_PARAM_SPEC_ENUM (pspecs[i])->enum_class->maximum <= G_MAXUINT8));
    }

  /* The fields of an instance at their defaults, for new records to copy
   * the numbers from; strings and boxed values start as %NULL. */
  klass->value_defaults = g_malloc0 (klass->value_defaults_size);
  for (guint i = 1; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (!field_is_plain (klass->value_kinds[i]))
        continue;
      g_value_init (&value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i]));
      g_param_value_set_default (pspecs[i], &value);
      set_plain_field (klass->value_defaults + offsets[i], klass->value_kinds[i], &value);
    }
}

static void
liaison_entity_constructed (GObject *object)
{
  LiaisonEntity *self = LIAISON_ENTITY (object);
  LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (self);

  G_OBJECT_CLASS (liaison_entity_parent_class)->constructed (object);

  /* Numbers start at their defaults; strings and boxed values as %NULL,
   * as the instance does. */
  for (guint i = 1; i <= klass->n_values; i++)
    {
      if (field_is_plain (klass->value_kinds[i]))
        memcpy (_liaison_entity_get_field (self, i), klass->value_defaults + klass->value_offsets[i],
                plain_field_size (klass->value_kinds[i]));
    }
}

static void
liaison_entity_finalize (GObject *object)
{
  LiaisonEntity *self = LIAISON_ENTITY (object);
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);
  LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (self);

  for (guint i = 1; i <= klass->n_values; i++)
    clear_field (self, i);
  if (!is_pooled (self, 1))
    g_free (priv->id);
  if (!is_pooled (self, POOLED_SOURCES))
    g_strfreev (priv->sources);
  g_clear_pointer (&priv->pool, liaison_string_pool_unref);

  G_OBJECT_CLASS (liaison_entity_parent_class)->finalize (object);
}

static void
liaison_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LiaisonEntity *self = LIAISON_ENTITY (object);
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, priv->id);
      break;

    case PROP_SOURCES:
      g_value_set_boxed (value, priv->sources);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LiaisonEntity *self = LIAISON_ENTITY (object);
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ID:
      priv->id = g_value_dup_string (value);
      break;

    case PROP_SOURCES:
      {
        const char * const *sources = g_value_get_boxed (value);

        if (sources != NULL && *sources == NULL)
          sources = NULL;
        if (sources == NULL && priv->sources == NULL)
          break;
        if (sources != NULL && priv->sources != NULL &&
            g_strv_equal (sources, (const char * const *) priv->sources))
          break;
        if (!is_pooled (self, POOLED_SOURCES))
          g_strfreev (priv->sources);
        priv->pooled &= ~POOLED_SOURCES;
        priv->sources = g_strdupv ((char **) sources);
        g_object_notify_by_pspec (object, pspec);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_class_init (LiaisonEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = liaison_entity_constructed;
  object_class->finalize = liaison_entity_finalize;
  object_class->get_property = liaison_entity_get_property;
  object_class->set_property = liaison_entity_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_entity_init (LiaisonEntity *self)
{
}
