/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity.c: what every record of a document has: an id, its sources, fields to keep.
 *
 * The entity classes (organization, event, …) have many plain fields. Rather
 * than each writing the same get_property/set_property switch, they declare
 * their GParamSpecs and this base class stores one GValue per property,
 * notifies only on real changes, and treats an empty string as no value.
 * Unknown fields read from a newer file are kept in the extras object and
 * written back on save.
 */

#define G_LOG_DOMAIN "liaison-entity"

#include "config.h"

#include <string.h>

#include "liaison-entity-private.h"

typedef struct
{
  char        *id;
  char       **sources;
  JsonObject  *extras;
  GValue      *values;
} LiaisonEntityPrivate;

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LiaisonEntity, liaison_entity, G_TYPE_OBJECT)

/* Whether @id may be a record's id in a file: up to 128 ASCII letters,
 * digits and . _ : -, starting with a letter or digit. */
gboolean
liaison_entity_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL || !g_ascii_isalnum (*id))
    return FALSE;

  length = strlen (id);

  return length <= LIAISON_ENTITY_MAX_ID_LENGTH &&
         strspn (id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._:-") == length;
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

/* The fields read from a file that this version does not know; may be NULL. */
JsonObject *
liaison_entity_get_extras (LiaisonEntity *self)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_return_val_if_fail (LIAISON_IS_ENTITY (self), NULL);

  return priv->extras;
}

void
liaison_entity_set_extras (LiaisonEntity *self,
                           JsonObject    *extras)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  g_return_if_fail (LIAISON_IS_ENTITY (self));

  if (extras != NULL)
    json_object_ref (extras);
  g_clear_pointer (&priv->extras, json_object_unref);
  priv->extras = extras;
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

const GValue *
_liaison_entity_get_value (LiaisonEntity *self,
                           guint          prop_id)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  /* Every getter of every record comes here, searching and sorting lists
   * of 100,000: the class is read without the checks of its macro. */
  g_assert (prop_id >= 1 && prop_id <= ((LiaisonEntityClass *) ((GTypeInstance *) self)->g_class)->n_values);

  return &priv->values[prop_id - 1];
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  GType type = G_PARAM_SPEC_VALUE_TYPE (pspec);

  if (type == G_TYPE_STRING)
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (type == LIAISON_TYPE_TEXT)
    return liaison_text_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == LIAISON_TYPE_DATE)
    return liaison_date_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == LIAISON_TYPE_FIGURE)
    return liaison_figure_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (type == G_TYPE_STRV)
    {
      const char * const *strv_a = g_value_get_boxed (a);
      const char * const *strv_b = g_value_get_boxed (b);

      if (strv_a == NULL || strv_b == NULL)
        return (strv_a == NULL || *strv_a == NULL) && (strv_b == NULL || *strv_b == NULL);
      return g_strv_equal (strv_a, strv_b);
    }
  if (type == G_TYPE_PTR_ARRAY)
    {
      GPtrArray *array_a = g_value_get_boxed (a);
      GPtrArray *array_b = g_value_get_boxed (b);
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

  return g_param_values_cmp (pspec, a, b) == 0;
}

static void
liaison_entity_get_value_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  g_value_copy (_liaison_entity_get_value (LIAISON_ENTITY (object), prop_id), value);
}

/* Stores @value, unless it is what is stored already; returns whether
 * the stored value changed. Takes @value's contents when @take is set. */
static gboolean
store_value (LiaisonEntity *self,
             GParamSpec    *pspec,
             guint          prop_id,
             GValue        *value,
             gboolean       take)
{
  GValue *stored = (GValue *) _liaison_entity_get_value (self, prop_id);
  const char *string;

  if (values_equal (pspec, stored, value))
    return FALSE;

  /* An empty string is no value, so that files and forms agree. */
  if (G_VALUE_HOLDS_STRING (value) && (string = g_value_get_string (value)) != NULL && *string == '\0')
    {
      if (g_value_get_string (stored) == NULL)
        return FALSE;
      g_value_set_string (stored, NULL);
    }
  else if (take)
    {
      g_value_unset (stored);
      *stored = *value;
      memset (value, 0, sizeof *value);
    }
  else
    {
      g_value_copy (value, g_value_reset (stored));
    }

  return TRUE;
}

static void
liaison_entity_set_value_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  if (store_value (LIAISON_ENTITY (object), pspec, prop_id, (GValue *) value, FALSE))
    g_object_notify_by_pspec (object, pspec);
}

/* For the file reader: a new record of @type, as g_object_new() with its
 * id would make, without looking the property up for each record. */
LiaisonEntity *
_liaison_entity_new (GType       type,
                     const char *id)
{
  LiaisonEntity *self = g_object_new (type, NULL);
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  priv->id = g_strdup (id);

  return self;
}

/* For the file reader: where a field of a new record, still at its
 * default, is kept, to read a value into. Empty strings are no value and
 * must not be stored; no one is told, since the record is in no document
 * yet. */
GValue *
_liaison_entity_get_new_value (LiaisonEntity *self,
                               guint          prop_id)
{
  return (GValue *) _liaison_entity_get_value (self, prop_id);
}

/* For the file reader: stores @value as setting the property would, but
 * takes its contents and tells no one, since the record is in no document
 * yet. @value must hold the property's type; it is left unset. */
void
_liaison_entity_take_value (LiaisonEntity *self,
                            guint          prop_id,
                            GValue        *value)
{
  GParamSpec *pspec = LIAISON_ENTITY_GET_CLASS (self)->value_pspecs[prop_id];

  g_assert (G_VALUE_TYPE (value) == pspec->value_type);

  store_value (self, pspec, prop_id, value, TRUE);
  if (G_IS_VALUE (value))
    g_value_unset (value);
}

/* For the file reader, as _liaison_entity_take_value(): the record's sources. */
void
_liaison_entity_take_sources (LiaisonEntity  *self,
                              char          **sources)
{
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);

  if (sources != NULL && *sources == NULL)
    g_clear_pointer (&sources, g_strfreev);
  g_strfreev (priv->sources);
  priv->sources = sources;
}

/* Installs a subclass's properties, stored and notified by this class.
 * @pspecs[0] is unused, as with g_object_class_install_properties(). */
void
liaison_entity_class_install_properties (LiaisonEntityClass  *klass,
                                         guint                n_pspecs,
                                         GParamSpec         **pspecs)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  g_return_if_fail (LIAISON_IS_ENTITY_CLASS (klass));

  object_class->get_property = liaison_entity_get_value_property;
  object_class->set_property = liaison_entity_set_value_property;
  g_object_class_install_properties (object_class, n_pspecs, pspecs);

  klass->value_pspecs = pspecs;
  klass->n_values = n_pspecs - 1;

  klass->plain_defaults = g_new0 (GValue, klass->n_values);
  for (guint i = 0; i < klass->n_values; i++)
    {
      GValue *value = &klass->plain_defaults[i];

      g_value_init (value, G_PARAM_SPEC_VALUE_TYPE (pspecs[i + 1]));
      g_param_value_set_default (pspecs[i + 1], value);
      if (G_VALUE_TYPE (value) == G_TYPE_DOUBLE || G_VALUE_TYPE (value) == G_TYPE_INT ||
          G_VALUE_TYPE (value) == G_TYPE_BOOLEAN || G_VALUE_HOLDS_ENUM (value) ||
          ((G_VALUE_HOLDS_STRING (value) || G_VALUE_HOLDS_BOXED (value)) && value->data[0].v_pointer == NULL))
        continue;

      /* A default that owns memory: each record makes its own. */
      for (guint j = 0; j <= i; j++)
        g_value_unset (&klass->plain_defaults[j]);
      g_clear_pointer (&klass->plain_defaults, g_free);
      break;
    }
}

static void
liaison_entity_constructed (GObject *object)
{
  LiaisonEntity *self = LIAISON_ENTITY (object);
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);
  LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (self);

  G_OBJECT_CLASS (liaison_entity_parent_class)->constructed (object);

  if (klass->plain_defaults != NULL)
    {
      priv->values = g_memdup2 (klass->plain_defaults, klass->n_values * sizeof (GValue));
      return;
    }

  priv->values = g_new0 (GValue, klass->n_values);
  for (guint i = 0; i < klass->n_values; i++)
    {
      GParamSpec *pspec = klass->value_pspecs[i + 1];

      g_value_init (&priv->values[i], G_PARAM_SPEC_VALUE_TYPE (pspec));
      g_param_value_set_default (pspec, &priv->values[i]);
    }
}

static void
liaison_entity_finalize (GObject *object)
{
  LiaisonEntity *self = LIAISON_ENTITY (object);
  LiaisonEntityPrivate *priv = liaison_entity_get_instance_private (self);
  LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (self);

  if (priv->values != NULL)
    {
      for (guint i = 0; i < klass->n_values; i++)
        g_value_unset (&priv->values[i]);
      g_free (priv->values);
    }
  g_free (priv->id);
  g_strfreev (priv->sources);
  g_clear_pointer (&priv->extras, json_object_unref);

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
        g_strfreev (priv->sources);
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
