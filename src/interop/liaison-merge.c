/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-merge.c: records read from another file, matched against a document and added to it as one undoable step.
 *
 * Importers hand over candidate records built from a file. A candidate that
 * is already in the document (an organization with the same name or
 * acronym, an event with the same title and start, the same link) is not
 * added again: its empty fields are filled from the candidate instead.
 * Nothing touches the document until liaison_merge_apply(), which adds and
 * fills everything in one group of changes, so one Undo takes it all back.
 */

#define G_LOG_DOMAIN "liaison-merge"

#include "config.h"

#include <string.h>

#include "liaison-interop.h"
#include "liaison-merge.h"

typedef struct
{
  LiaisonEntity *entity;
  char          *property;
  GValue         value;
} Fill;

struct _LiaisonMerge
{
  GObject          parent_instance;

  LiaisonDocument *document;
  GPtrArray       *added;       /* of LiaisonEntity, in the order they are added */
  GHashTable      *added_ids;   /* id → LiaisonEntity, borrowed from added */
  GPtrArray       *fills;       /* of Fill, on records of the document */
  GHashTable      *keys;        /* matching key → id, for the document and what is added */
  guint            n_added[LIAISON_N_COLLECTIONS];
  guint            n_matched[LIAISON_N_COLLECTIONS];
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonMerge, liaison_merge, G_TYPE_OBJECT)

static void
fill_free (Fill *fill)
{
  g_object_unref (fill->entity);
  g_free (fill->property);
  g_value_unset (&fill->value);
  g_free (fill);
}

static guint
collection_index (GType type)
{
  for (guint i = 0; i < LIAISON_N_COLLECTIONS; i++)
    {
      if (liaison_document_get_collection_type (i) == type)
        return i;
    }

  g_assert_not_reached ();
}

/* ---------------------------------------------------------------------- */
/* Matching keys                                                           */

static void
organization_keys (LiaisonOrganization *organization,
                   GPtrArray           *keys)
{
  LiaisonText *name = liaison_organization_get_name (organization);
  const char *short_name = liaison_organization_get_short_name (organization);

  for (guint i = 0; name != NULL && i < liaison_text_get_n_items (name); i++)
    {
      char *key = liaison_interop_fold_key (liaison_text_get_value (name, i));

      if (*key != '\0')
        g_ptr_array_add (keys, g_strconcat ("org:", key, NULL));
      g_free (key);
    }

  if (short_name != NULL)
    {
      g_autofree char *key = liaison_interop_fold_key (short_name);

      if (*key != '\0')
        g_ptr_array_add (keys, g_strconcat ("org:", key, NULL));
    }
}

static void
event_keys (LiaisonEvent *event,
            GPtrArray    *keys)
{
  LiaisonText *title = liaison_event_get_title (event);
  g_autofree char *start = liaison_date_to_string (liaison_event_get_start (event));

  for (guint i = 0; title != NULL && i < liaison_text_get_n_items (title); i++)
    {
      g_autofree char *key = liaison_interop_fold_key (liaison_text_get_value (title, i));

      if (*key != '\0')
        g_ptr_array_add (keys, g_strconcat ("event:", key, ":", start != NULL ? start : "", NULL));
    }
}

static void
link_keys (LiaisonCooperationLink *link,
           GPtrArray              *keys)
{
  const char *from = liaison_cooperation_link_get_from (link);
  const char *to = liaison_cooperation_link_get_to (link);
  g_autofree char *start = liaison_date_to_string (liaison_cooperation_link_get_start (link));
  const char *kind = liaison_enum_to_nick (LIAISON_TYPE_LINK_KIND, liaison_cooperation_link_get_kind (link));

  /* An undirected link from A to B is the one from B to A. */
  if (!liaison_cooperation_link_get_directed (link) && g_strcmp0 (from, to) > 0)
    {
      const char *swap = from;

      from = to;
      to = swap;
    }

  g_ptr_array_add (keys, g_strdup_printf ("link:%s:%s:%s:%s", from, to, kind, start != NULL ? start : ""));
}

static void
participation_keys (LiaisonParticipation *participation,
                    GPtrArray            *keys)
{
  g_ptr_array_add (keys, g_strdup_printf ("participation:%s:%s:%s:%s",
                                          liaison_participation_get_organization (participation),
                                          liaison_participation_get_event (participation),
                                          liaison_enum_to_nick (LIAISON_TYPE_ROLE, liaison_participation_get_role (participation)),
                                          liaison_participation_get_person (participation) ?: ""));
}

static GPtrArray *
keys_of (LiaisonEntity *entity)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  if (LIAISON_IS_ORGANIZATION (entity))
    organization_keys (LIAISON_ORGANIZATION (entity), keys);
  else if (LIAISON_IS_EVENT (entity))
    event_keys (LIAISON_EVENT (entity), keys);
  else if (LIAISON_IS_COOPERATION_LINK (entity))
    link_keys (LIAISON_COOPERATION_LINK (entity), keys);
  else if (LIAISON_IS_PARTICIPATION (entity))
    participation_keys (LIAISON_PARTICIPATION (entity), keys);

  return keys;
}

static void
index_keys (LiaisonMerge *self,
            GPtrArray    *keys,
            const char   *id)
{
  for (guint i = 0; i < keys->len; i++)
    {
      /* The first record with a key keeps it. */
      if (!g_hash_table_contains (self->keys, keys->pdata[i]))
        g_hash_table_insert (self->keys, g_strdup (keys->pdata[i]), g_strdup (id));
    }
}

static void
index_entity (LiaisonMerge  *self,
              LiaisonEntity *entity)
{
  g_autoptr(GPtrArray) keys = keys_of (entity);

  index_keys (self, keys, liaison_entity_get_id (entity));
}

static void
index_document (LiaisonMerge *self)
{
  GType indexed[] = { LIAISON_TYPE_ORGANIZATION, LIAISON_TYPE_EVENT,
                      LIAISON_TYPE_PARTICIPATION, LIAISON_TYPE_COOPERATION_LINK };

  for (guint t = 0; t < G_N_ELEMENTS (indexed); t++)
    {
      GListModel *model = liaison_document_get_collection (self->document, indexed[t]);
      guint n_items = g_list_model_get_n_items (model);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(LiaisonEntity) entity = g_list_model_get_item (model, i);

          index_entity (self, entity);
        }
    }
}

/* ---------------------------------------------------------------------- */
/* Adding                                                                  */

static LiaisonEntity *
lookup (LiaisonMerge *self,
        const char   *id)
{
  LiaisonEntity *entity = g_hash_table_lookup (self->added_ids, id);

  return entity != NULL ? entity : liaison_document_lookup (self->document, id);
}

static gboolean
is_position (const char *property)
{
  return strcmp (property, "x") == 0 || strcmp (property, "y") == 0 ||
         strcmp (property, "pinned") == 0 || strcmp (property, "placed") == 0;
}

/* Fills the fields of @target that are empty with those of @candidate,
 * and adds the languages of names that @target lacks. */
static void
fill_from (LiaisonMerge  *self,
           LiaisonEntity *target,
           LiaisonEntity *candidate)
{
  LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (target);
  gboolean pending = g_hash_table_lookup (self->added_ids, liaison_entity_get_id (target)) == target;

  for (guint i = 1; i <= klass->n_values; i++)
    {
      GParamSpec *pspec = klass->value_pspecs[i];
      g_auto(GValue) old_value = G_VALUE_INIT;
      g_auto(GValue) new_value = G_VALUE_INIT;
      Fill *fill;

      if (is_position (pspec->name))
        continue;

      g_value_init (&new_value, pspec->value_type);
      g_object_get_property (G_OBJECT (candidate), pspec->name, &new_value);
      if (g_param_value_defaults (pspec, &new_value))
        continue;

      g_value_init (&old_value, pspec->value_type);
      g_object_get_property (G_OBJECT (target), pspec->name, &old_value);

      if (pspec->value_type == LIAISON_TYPE_TEXT && g_value_get_boxed (&old_value) != NULL)
        {
          LiaisonText *old_text = g_value_get_boxed (&old_value);
          LiaisonText *new_text = g_value_get_boxed (&new_value);
          g_autoptr(LiaisonText) merged = liaison_text_ref (old_text);

          for (guint l = 0; l < liaison_text_get_n_items (new_text); l++)
            {
              const char *language = liaison_text_get_language (new_text, l);

              if (liaison_text_get (merged, language) == NULL)
                {
                  LiaisonText *next = liaison_text_with (merged, language, liaison_text_get_value (new_text, l));

                  liaison_text_unref (merged);
                  merged = next;
                }
            }
          if (liaison_text_equal (merged, old_text))
            continue;
          g_value_set_boxed (&new_value, merged);
        }
      else if (!g_param_value_defaults (pspec, &old_value))
        {
          continue;
        }

      if (pending)
        {
          g_object_set_property (G_OBJECT (target), pspec->name, &new_value);
          continue;
        }

      fill = g_new0 (Fill, 1);
      fill->entity = g_object_ref (target);
      fill->property = g_strdup (pspec->name);
      g_value_init (&fill->value, pspec->value_type);
      g_value_copy (&new_value, &fill->value);
      g_ptr_array_add (self->fills, fill);
    }
}

static char *
new_id (LiaisonMerge  *self,
        LiaisonEntity *candidate)
{
  GType type = G_OBJECT_TYPE (candidate);
  g_autoptr(GTypeClass) klass = g_type_class_ref (type);
  const char *prefix = LIAISON_ENTITY_CLASS (klass)->id_prefix;
  const char *id = liaison_entity_get_id (candidate);
  g_autofree char *hint = NULL;
  char *result;

  /* Ids that come from Liaison (a round trip through another tool) are
   * kept when they are free, and only when a file may hold them: another
   * tool may have changed them into anything. */
  if (g_str_has_prefix (id, prefix) && id[strlen (prefix)] == '-' && id[strlen (prefix) + 1] != '\0' &&
      lookup (self, id) == NULL && liaison_entity_id_is_valid (id) && strchr (id, ':') == NULL)
    return g_strdup (id);

  if (LIAISON_IS_ORGANIZATION (candidate))
    {
      LiaisonText *name = liaison_organization_get_name (LIAISON_ORGANIZATION (candidate));

      hint = g_strdup (liaison_organization_get_short_name (LIAISON_ORGANIZATION (candidate)));
      if (name != NULL && liaison_text_get (name, "en") != NULL)
        g_set_str (&hint, liaison_text_get (name, "en"));
    }
  else if (LIAISON_IS_EVENT (candidate))
    {
      LiaisonText *title = liaison_event_get_title (LIAISON_EVENT (candidate));

      if (title != NULL && liaison_text_get (title, "en") != NULL)
        hint = g_strdup (liaison_text_get (title, "en"));
    }

  /* Taken by another record of this import: number the hint. */
  result = liaison_document_make_id (self->document, type, hint);
  for (guint n = 2; g_hash_table_contains (self->added_ids, result); n++)
    {
      g_autofree char *numbered = g_strdup_printf ("%s %u", hint != NULL ? hint : "", n);
      char *next = liaison_document_make_id (self->document, type, numbered);

      /* make_id() keeps only the start of a long hint and cuts the number
       * off with the rest: number the id itself instead. */
      if (g_str_equal (next, result))
        {
          g_autofree char *base = g_steal_pointer (&result);

          g_free (next);
          for (guint m = n; result == NULL || lookup (self, result) != NULL; m++)
            {
              g_free (result);
              result = g_strdup_printf ("%s-%u", base, m);
            }
          break;
        }

      g_free (result);
      result = next;
    }

  return result;
}

/* Matches @candidate against what the document and the merge already
 * have; returns the id of the record it is from now on. */
static const char *
add_entity (LiaisonMerge  *self,
            LiaisonEntity *candidate)
{
  g_autoptr(GPtrArray) keys = keys_of (candidate);
  guint index = collection_index (G_OBJECT_TYPE (candidate));
  g_autofree char *id = NULL;
  LiaisonEntity *entity;

  for (guint i = 0; i < keys->len; i++)
    {
      const char *found = g_hash_table_lookup (self->keys, keys->pdata[i]);
      LiaisonEntity *target;

      if (found == NULL)
        continue;

      target = lookup (self, found);
      g_assert (target != NULL);
      fill_from (self, target, candidate);
      /* Its other names and acronym now find it too. */
      index_keys (self, keys, found);
      /* Matching what this import added already is not a match with the document. */
      if (g_hash_table_lookup (self->added_ids, found) == NULL)
        self->n_matched[index]++;

      return liaison_entity_get_id (target);
    }

  id = new_id (self, candidate);
  entity = liaison_entity_copy (candidate, id);
  liaison_entity_set_extras (entity, liaison_entity_get_extras (candidate));
  g_ptr_array_add (self->added, entity);
  g_hash_table_insert (self->added_ids, (char *) liaison_entity_get_id (entity), entity);
  index_entity (self, entity);
  self->n_added[index]++;

  return liaison_entity_get_id (entity);
}

/* The id of the organization called @name_or_acronym in the document or
 * in what the merge adds, or NULL. */
const char *
liaison_merge_find_organization (LiaisonMerge *self,
                                 const char   *name_or_acronym)
{
  g_autofree char *key = NULL;
  g_autofree char *full_key = NULL;

  g_return_val_if_fail (LIAISON_IS_MERGE (self), NULL);

  if (name_or_acronym == NULL)
    return NULL;

  key = liaison_interop_fold_key (name_or_acronym);
  if (*key == '\0')
    return NULL;
  full_key = g_strconcat ("org:", key, NULL);

  return g_hash_table_lookup (self->keys, full_key);
}

/* Adds @candidate, or fills the empty fields of the organization with the
 * same name or acronym. Returns the id to refer to it by. */
const char *
liaison_merge_add_organization (LiaisonMerge        *self,
                                LiaisonOrganization *candidate)
{
  LiaisonText *name;

  g_return_val_if_fail (LIAISON_IS_MERGE (self), NULL);
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (candidate), NULL);

  name = liaison_organization_get_name (candidate);
  g_return_val_if_fail (name != NULL && liaison_text_get_n_items (name) > 0, NULL);

  return add_entity (self, LIAISON_ENTITY (candidate));
}

/* Adds @candidate, or fills the event with the same title and start. */
const char *
liaison_merge_add_event (LiaisonMerge *self,
                         LiaisonEvent *candidate)
{
  LiaisonText *title;

  g_return_val_if_fail (LIAISON_IS_MERGE (self), NULL);
  g_return_val_if_fail (LIAISON_IS_EVENT (candidate), NULL);

  title = liaison_event_get_title (candidate);
  g_return_val_if_fail (title != NULL && liaison_text_get_n_items (title) > 0, NULL);

  return add_entity (self, LIAISON_ENTITY (candidate));
}

/* Adds @candidate, whose organization and event are ids returned by this
 * merge or of the document. */
const char *
liaison_merge_add_participation (LiaisonMerge         *self,
                                 LiaisonParticipation *candidate)
{
  g_return_val_if_fail (LIAISON_IS_MERGE (self), NULL);
  g_return_val_if_fail (LIAISON_IS_PARTICIPATION (candidate), NULL);
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (lookup (self, liaison_participation_get_organization (candidate))), NULL);
  g_return_val_if_fail (LIAISON_IS_EVENT (lookup (self, liaison_participation_get_event (candidate))), NULL);

  return add_entity (self, LIAISON_ENTITY (candidate));
}

/* Adds @candidate, whose ends are ids returned by this merge or of the
 * document, unless the same link (ends, kind and start) is there. */
const char *
liaison_merge_add_link (LiaisonMerge           *self,
                        LiaisonCooperationLink *candidate)
{
  const char *event;

  g_return_val_if_fail (LIAISON_IS_MERGE (self), NULL);
  g_return_val_if_fail (LIAISON_IS_COOPERATION_LINK (candidate), NULL);
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (lookup (self, liaison_cooperation_link_get_from (candidate))), NULL);
  g_return_val_if_fail (LIAISON_IS_ORGANIZATION (lookup (self, liaison_cooperation_link_get_to (candidate))), NULL);

  event = liaison_cooperation_link_get_event (candidate);
  g_return_val_if_fail (event == NULL || LIAISON_IS_EVENT (lookup (self, event)), NULL);

  return add_entity (self, LIAISON_ENTITY (candidate));
}

guint
liaison_merge_get_n_added (LiaisonMerge *self,
                           GType         entity_type)
{
  g_return_val_if_fail (LIAISON_IS_MERGE (self), 0);

  return self->n_added[collection_index (entity_type)];
}

guint
liaison_merge_get_n_matched (LiaisonMerge *self,
                             GType         entity_type)
{
  g_return_val_if_fail (LIAISON_IS_MERGE (self), 0);

  return self->n_matched[collection_index (entity_type)];
}

/* Whether applying would change nothing. */
gboolean
liaison_merge_is_empty (LiaisonMerge *self)
{
  g_return_val_if_fail (LIAISON_IS_MERGE (self), TRUE);

  return self->added->len == 0 && self->fills->len == 0;
}

LiaisonDocument *
liaison_merge_get_document (LiaisonMerge *self)
{
  g_return_val_if_fail (LIAISON_IS_MERGE (self), NULL);

  return self->document;
}

/* Adds and fills everything in the document as one undoable step called
 * @label. On error the document is as it was. A merge is applied once. */
gboolean
liaison_merge_apply (LiaisonMerge  *self,
                     const char    *label,
                     GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (LIAISON_IS_MERGE (self), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  if (liaison_merge_is_empty (self))
    return TRUE;

  liaison_document_begin_change (self->document, label);

  /* Collections in file order, so that what a record refers to is there first. */
  for (guint c = 0; c < LIAISON_N_COLLECTIONS && ok; c++)
    {
      GType type = liaison_document_get_collection_type (c);

      for (guint i = 0; i < self->added->len && ok; i++)
        {
          if (G_OBJECT_TYPE (self->added->pdata[i]) == type)
            ok = liaison_document_add (self->document, self->added->pdata[i], &local_error);
        }
    }

  for (guint i = 0; i < self->fills->len && ok; i++)
    {
      Fill *fill = self->fills->pdata[i];

      ok = liaison_document_set_value (self->document, fill->entity, fill->property, &fill->value, &local_error);
    }

  liaison_document_end_change (self->document);

  if (!ok)
    {
      /* Only a document edited since the merge was prepared gets here. */
      liaison_document_undo (self->document);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_ptr_array_set_size (self->added, 0);
  g_hash_table_remove_all (self->added_ids);
  g_ptr_array_set_size (self->fills, 0);

  return TRUE;
}

/* ---------------------------------------------------------------------- */

LiaisonMerge *
liaison_merge_new (LiaisonDocument *document)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  return g_object_new (LIAISON_TYPE_MERGE, "document", document, NULL);
}

static void
liaison_merge_constructed (GObject *object)
{
  LiaisonMerge *self = LIAISON_MERGE (object);

  G_OBJECT_CLASS (liaison_merge_parent_class)->constructed (object);

  g_assert (self->document != NULL);
  index_document (self);
}

static void
liaison_merge_dispose (GObject *object)
{
  LiaisonMerge *self = LIAISON_MERGE (object);

  g_clear_pointer (&self->fills, g_ptr_array_unref);
  g_clear_pointer (&self->added_ids, g_hash_table_unref);
  g_clear_pointer (&self->added, g_ptr_array_unref);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (liaison_merge_parent_class)->dispose (object);
}

static void
liaison_merge_finalize (GObject *object)
{
  LiaisonMerge *self = LIAISON_MERGE (object);

  g_clear_pointer (&self->keys, g_hash_table_unref);

  G_OBJECT_CLASS (liaison_merge_parent_class)->finalize (object);
}

static void
liaison_merge_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LiaisonMerge *self = LIAISON_MERGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_merge_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LiaisonMerge *self = LIAISON_MERGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_merge_class_init (LiaisonMergeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = liaison_merge_constructed;
  object_class->dispose = liaison_merge_dispose;
  object_class->finalize = liaison_merge_finalize;
  object_class->get_property = liaison_merge_get_property;
  object_class->set_property = liaison_merge_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_merge_init (LiaisonMerge *self)
{
  self->added = g_ptr_array_new_with_free_func (g_object_unref);
  self->added_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->fills = g_ptr_array_new_with_free_func ((GDestroyNotify) fill_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}
