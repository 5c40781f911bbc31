/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-document.c: a Liaison document: every record, their integrity, and the undo stack.
 *
 * Records live in one LiaisonRecordList per kind, which the views show directly,
 * and in an id index. Every edit goes through this class so that it can be
 * undone, so that references between records stay whole, and so that the
 * index of who refers to whom (built lazily, dropped on each edit that may
 * change it) stays true.
 */

#define G_LOG_DOMAIN "liaison-document"

#include "config.h"

#include <glib/gi18n.h>
#include <gobject/gvaluecollector.h>
#include <string.h>

#include "liaison-document.h"
#include "liaison-entity-private.h"
#include "liaison-language.h"
#include "liaison-record-list.h"
#include "liaison-reference-index.h"

typedef enum
{
  CHANGE_SET,
  CHANGE_INSERT,
  CHANGE_REMOVE,
} ChangeKind;

typedef struct
{
  ChangeKind     kind;
  LiaisonEntity *entity;
  GParamSpec    *pspec;
  GValue         old_value;
  GValue         new_value;
  guint          position;
} Change;

typedef struct
{
  char      *label;
  GPtrArray *changes;
} Group;

struct _LiaisonDocument
{
  GObject      parent_instance;

  LiaisonRecordList *stores[6];
  GHashTable  *by_id;        /* id → LiaisonEntity, borrowed from the stores */
  LiaisonReferenceIndex *referrers; /* NULL until needed */
  JsonObject  *extras;

  GPtrArray   *groups;       /* of Group: [0, undo_position) done, the rest undone */
  guint        undo_position;
  int          saved_position; /* -1 when the saved state cannot be reached */
  Group       *open_group;
  guint        open_depth;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_DIRTY,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonDocument, liaison_document, G_TYPE_OBJECT)
G_DEFINE_QUARK (liaison-document-error-quark, liaison_document_error)

static const LiaisonReference references[] = {
  { liaison_organization_get_type, "parent", liaison_organization_get_type, FALSE },
  { liaison_person_get_type, "affiliation", liaison_organization_get_type, FALSE },
  { liaison_event_get_type, "parent", liaison_event_get_type, FALSE },
  { liaison_participation_get_type, "organization", liaison_organization_get_type, TRUE },
  { liaison_participation_get_type, "event", liaison_event_get_type, TRUE },
  { liaison_participation_get_type, "person", liaison_person_get_type, FALSE },
  { liaison_cooperation_link_get_type, "from", liaison_organization_get_type, TRUE },
  { liaison_cooperation_link_get_type, "to", liaison_organization_get_type, TRUE },
  { liaison_cooperation_link_get_type, "event", liaison_event_get_type, FALSE },
};

/* The properties that hold the id of another record. Every record's
 * "sources" property, a list of source ids, comes on top. */
const LiaisonReference *
liaison_document_get_references (guint *n_references)
{
  *n_references = G_N_ELEMENTS (references);

  return references;
}

/* Returns the reference that @owner's @property makes, or %NULL when it
 * holds no id. */
const LiaisonReference *
liaison_document_find_reference (GType       owner,
                                 const char *property)
{
  for (guint r = 0; r < G_N_ELEMENTS (references); r++)
    {
      if (references[r].owner () == owner && strcmp (references[r].property, property) == 0)
        return &references[r];
    }

  return NULL;
}

GType
liaison_document_get_collection_type (guint index)
{
  switch (index)
    {
    case 0: return LIAISON_TYPE_SOURCE;
    case 1: return LIAISON_TYPE_ORGANIZATION;
    case 2: return LIAISON_TYPE_PERSON;
    case 3: return LIAISON_TYPE_EVENT;
    case 4: return LIAISON_TYPE_PARTICIPATION;
    case 5: return LIAISON_TYPE_COOPERATION_LINK;
    default: g_return_val_if_reached (G_TYPE_INVALID);
    }
}

static LiaisonRecordList *
store_for (LiaisonDocument *self,
           GType            entity_type)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->stores); i++)
    {
      if (liaison_document_get_collection_type (i) == entity_type)
        return self->stores[i];
    }

  return NULL;
}

LiaisonDocument *
liaison_document_new (void)
{
  return g_object_new (LIAISON_TYPE_DOCUMENT, NULL);
}

GListModel *
liaison_document_get_collection (LiaisonDocument *self,
                                 GType            entity_type)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (store_for (self, entity_type));
}

GListModel *
liaison_document_get_organizations (LiaisonDocument *self)
{
  return liaison_document_get_collection (self, LIAISON_TYPE_ORGANIZATION);
}

GListModel *
liaison_document_get_people (LiaisonDocument *self)
{
  return liaison_document_get_collection (self, LIAISON_TYPE_PERSON);
}

GListModel *
liaison_document_get_events (LiaisonDocument *self)
{
  return liaison_document_get_collection (self, LIAISON_TYPE_EVENT);
}

GListModel *
liaison_document_get_participations (LiaisonDocument *self)
{
  return liaison_document_get_collection (self, LIAISON_TYPE_PARTICIPATION);
}

GListModel *
liaison_document_get_links (LiaisonDocument *self)
{
  return liaison_document_get_collection (self, LIAISON_TYPE_COOPERATION_LINK);
}

GListModel *
liaison_document_get_sources (LiaisonDocument *self)
{
  return liaison_document_get_collection (self, LIAISON_TYPE_SOURCE);
}

guint
liaison_document_get_n_entities (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), 0);

  return g_hash_table_size (self->by_id);
}

LiaisonEntity *
liaison_document_lookup (LiaisonDocument *self,
                         const char      *id)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->by_id, id);
}

/* A new id for a record of @entity_type, readable when @hint (a name) is
 * ASCII enough: "org-sci-japan", "org-sci-japan-2", else "org-17". */
char *
liaison_document_make_id (LiaisonDocument *self,
                          GType            entity_type,
                          const char      *hint)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (entity_type);
  const char *prefix = LIAISON_ENTITY_CLASS (klass)->id_prefix;
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autofree char *base = NULL;
  char *id;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  for (const char *p = hint; p != NULL && *p != '\0' && slug->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);

  if (slug->len > 0)
    {
      base = g_strdup_printf ("%s-%s", prefix, slug->str);
      if (!g_hash_table_contains (self->by_id, base))
        return g_steal_pointer (&base);
    }
  else
    {
      base = g_strdup (prefix);
    }

  for (guint n = 1;; n++)
    {
      id = g_strdup_printf ("%s-%u", base, n + (slug->len > 0));
      if (!g_hash_table_contains (self->by_id, id))
        return id;
      g_free (id);
    }
}

/* Top-level members of the file that this version does not know. */
JsonObject *
liaison_document_get_extras (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  return self->extras;
}

void
liaison_document_set_extras (LiaisonDocument *self,
                             JsonObject      *extras)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));

  if (extras != NULL)
    json_object_ref (extras);
  g_clear_pointer (&self->extras, json_object_unref);
  self->extras = extras;
}

/* ---------------------------------------------------------------------- */
/* The index of references                                                 */

static const char *
reference_value (LiaisonEntity *entity,
                 const char    *property)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entity);
  GParamSpec *pspec = g_object_class_find_property (klass, property);

  return *(const char * const *) _liaison_entity_get_field (entity, pspec->param_id);
}

static inline void
visit_reference (LiaisonReferenceIndex *index,
                 const char            *id,
                 LiaisonEntity         *entity,
                 gboolean               count)
{
  if (count)
    liaison_reference_index_count (index, id);
  else
    liaison_reference_index_add (index, id, entity);
}

/* Gives every reference of every record to @index, in the same order
 * each time: counting them when @count is set, adding them otherwise. */
static void
visit_references (LiaisonDocument       *self,
                  LiaisonReferenceIndex *index,
                  gboolean               count)
{
  for (guint s = 0; s < G_N_ELEMENTS (self->stores); s++)
    {
      GType type = liaison_document_get_collection_type (s);
      guint prop_ids[G_N_ELEMENTS (references)];
      guint n_prop_ids = 0;
      gpointer const *entities;
      guint n_entities;

      entities = liaison_record_list_peek_items (self->stores[s], &n_entities);
      if (n_entities == 0)
        continue;

      /* Looked up once rather than for each record. */
      for (guint r = 0; r < G_N_ELEMENTS (references); r++)
        {
          if (references[r].owner () == type)
            prop_ids[n_prop_ids++] =
              g_object_class_find_property (G_OBJECT_GET_CLASS (entities[0]), references[r].property)->param_id;
        }

      for (guint i = 0; i < n_entities; i++)
        {
          LiaisonEntity *entity = entities[i];

          for (guint r = 0; r < n_prop_ids; r++)
            {
              const char *id = *(const char * const *) _liaison_entity_get_field (entity, prop_ids[r]);

              visit_reference (index, id, entity, count);
            }

          for (const char * const *source = liaison_entity_get_sources (entity); *source != NULL; source++)
            visit_reference (index, *source, entity, count);
        }
    }
}

static LiaisonReferenceIndex *
ensure_referrers (LiaisonDocument *self)
{
  if (self->referrers != NULL)
    return self->referrers;

  /* The index borrows the ids from the records' own values, which live
   * at least as long as the index: any edit drops it. */
  self->referrers = liaison_reference_index_new ();
  visit_references (self, self->referrers, TRUE);
  liaison_reference_index_allocate (self->referrers);
  visit_references (self, self->referrers, FALSE);

  return self->referrers;
}

static void
drop_referrers (LiaisonDocument *self)
{
  g_clear_pointer (&self->referrers, liaison_reference_index_free);
}

/* Every record that refers to @entity, in any of its fields. */
GPtrArray *
liaison_document_get_referrers (LiaisonDocument *self,
                                LiaisonEntity   *entity)
{
  LiaisonEntity * const *list;
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_referrers;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), result);
  g_return_val_if_fail (LIAISON_IS_ENTITY (entity), result);

  list = liaison_reference_index_lookup (ensure_referrers (self), liaison_entity_get_id (entity), &n_referrers);
  for (guint i = 0; i < n_referrers; i++)
    {
      /* One record may refer twice (a link from and to the same organization). */
      if (!g_ptr_array_find (result, list[i], NULL))
        g_ptr_array_add (result, g_object_ref (list[i]));
    }

  return result;
}

static GPtrArray *
referrers_of_type (LiaisonDocument *self,
                   LiaisonEntity   *entity,
                   GType            type,
                   const char      *property)
{
  g_autoptr(GPtrArray) all = liaison_document_get_referrers (self, entity);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  const char *id = liaison_entity_get_id (entity);

  for (guint i = 0; i < all->len; i++)
    {
      LiaisonEntity *referrer = all->pdata[i];

      if (G_OBJECT_TYPE (referrer) != type)
        continue;
      if (property != NULL && g_strcmp0 (reference_value (referrer, property), id) != 0)
        continue;
      g_ptr_array_add (result, g_object_ref (referrer));
    }

  return result;
}

/* The cooperation links @organization is an end of. */
GPtrArray *
liaison_document_get_links_of (LiaisonDocument     *self,
                               LiaisonOrganization *organization)
{
  return referrers_of_type (self, LIAISON_ENTITY (organization), LIAISON_TYPE_COOPERATION_LINK, NULL);
}

guint
liaison_document_count_links_of (LiaisonDocument     *self,
                                 LiaisonOrganization *organization)
{
  LiaisonEntity * const *list;
  guint n_referrers, count = 0;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), 0);

  list = liaison_reference_index_lookup (ensure_referrers (self), liaison_entity_get_id (LIAISON_ENTITY (organization)),
                                         &n_referrers);
  for (guint i = 0; i < n_referrers; i++)
    {
      if (LIAISON_IS_COOPERATION_LINK (list[i]) && (i == 0 || list[i] != list[i - 1]))
        count++;
    }

  return count;
}

/* The participations of an organization in events, or of organizations in an event. */
GPtrArray *
liaison_document_get_participations_of (LiaisonDocument *self,
                                        LiaisonEntity   *organization_or_event)
{
  return referrers_of_type (self, organization_or_event, LIAISON_TYPE_PARTICIPATION,
                            LIAISON_IS_EVENT (organization_or_event) ? "event" : "organization");
}

/* The participation of @organization (with @person, or without anyone
 * when it is %NULL) in @event in @role, if the document has it. */
LiaisonParticipation *
liaison_document_find_participation (LiaisonDocument *self,
                                     LiaisonEvent    *event,
                                     const char      *organization,
                                     const char      *person,
                                     LiaisonRole      role)
{
  g_autoptr(GPtrArray) participations = NULL;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (LIAISON_IS_EVENT (event), NULL);

  participations = liaison_document_get_participations_of (self, LIAISON_ENTITY (event));
  for (guint i = 0; i < participations->len; i++)
    {
      LiaisonParticipation *participation = participations->pdata[i];

      if (g_strcmp0 (liaison_participation_get_organization (participation), organization) == 0 &&
          g_strcmp0 (liaison_participation_get_person (participation), person) == 0 &&
          liaison_participation_get_role (participation) == role)
        return participation;
    }

  return NULL;
}

/* Whether @event may take @organization (with @person) in @role: not
 * when it has them in that role already, which would say nothing more.
 * Files may hold such twins; the interface does not add them. */
gboolean
liaison_document_check_participation (LiaisonDocument  *self,
                                      LiaisonEvent     *event,
                                      const char       *organization,
                                      const char       *person,
                                      LiaisonRole       role,
                                      GError          **error)
{
  LiaisonEntity *organization_entity;
  LiaisonEntity *person_entity;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_EVENT (event), FALSE);

  if (liaison_document_find_participation (self, event, organization, person, role) == NULL)
    return TRUE;

  organization_entity = liaison_document_lookup (self, organization);
  person_entity = person != NULL ? liaison_document_lookup (self, person) : NULL;
  name = organization_entity != NULL ? liaison_entity_dup_title (organization_entity, liaison_language_get_current ())
                                     : g_strdup (organization);
  if (person_entity != NULL)
    {
      g_autofree char *organization_name = g_steal_pointer (&name);
      g_autofree char *person_name = liaison_entity_dup_title (person_entity, liaison_language_get_current ());
      /* Translators: an organization, and in brackets the person who spoke for it. */
      g_autofree char *with_person = g_strdup_printf (C_("participant", " (%s)"), person_name);

      name = g_strconcat (organization_name, with_person, NULL);
    }

  g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_ALREADY_TAKES_PART,
               /* Translators: the first %s is an organization (perhaps with a person), the second a role such as "Host". */
               _("%s already takes part in this event as %s"), name, liaison_enum_to_label (LIAISON_TYPE_ROLE, role));

  return FALSE;
}

GPtrArray *
liaison_document_get_people_of (LiaisonDocument     *self,
                                LiaisonOrganization *organization)
{
  return referrers_of_type (self, LIAISON_ENTITY (organization), LIAISON_TYPE_PERSON, "affiliation");
}

/* The departments of an organization, or the parts of an event series. */
GPtrArray *
liaison_document_get_parts_of (LiaisonDocument *self,
                               LiaisonEntity   *parent)
{
  return referrers_of_type (self, parent, G_OBJECT_TYPE (parent), "parent");
}

GPtrArray *
liaison_document_get_citing (LiaisonDocument *self,
                             LiaisonSource   *source)
{
  g_autoptr(GPtrArray) all = liaison_document_get_referrers (self, LIAISON_ENTITY (source));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      if (liaison_entity_cites (all->pdata[i], liaison_entity_get_id (LIAISON_ENTITY (source))))
        g_ptr_array_add (result, g_object_ref (all->pdata[i]));
    }

  return result;
}

/* Co-organization links implied by events: every two organizations that
 * hosted or co-organized the same event. They are new objects, not part
 * of the document, with ids of the form "derived:EVENT:A:B". */
GPtrArray *
liaison_document_derive_co_organization (LiaisonDocument *self)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *events;
  guint n_events;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), result);

  events = liaison_document_get_events (self);
  n_events = g_list_model_get_n_items (events);

  for (guint e = 0; e < n_events; e++)
    {
      g_autoptr(LiaisonEvent) event = g_list_model_get_item (events, e);
      g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (self, LIAISON_ENTITY (event));
      g_autoptr(GPtrArray) organizers = g_ptr_array_new ();

      for (guint p = 0; p < participations->len; p++)
        {
          LiaisonParticipation *participation = participations->pdata[p];
          LiaisonRole role = liaison_participation_get_role (participation);
          const char *organization = liaison_participation_get_organization (participation);

          if ((role == LIAISON_ROLE_HOST || role == LIAISON_ROLE_CO_ORGANIZER) &&
              !g_ptr_array_find_with_equal_func (organizers, organization, g_str_equal, NULL))
            g_ptr_array_add (organizers, (char *) organization);
        }

      for (guint a = 0; a < organizers->len; a++)
        for (guint b = a + 1; b < organizers->len; b++)
          {
            g_autofree char *id = g_strdup_printf ("derived:%s:%s:%s",
                                                   liaison_entity_get_id (LIAISON_ENTITY (event)),
                                                   (char *) organizers->pdata[a],
                                                   (char *) organizers->pdata[b]);
            LiaisonCooperationLink *link = liaison_cooperation_link_new (id);

            g_object_set (link,
                          "kind", LIAISON_LINK_KIND_CO_ORGANIZATION,
                          "from", organizers->pdata[a],
                          "to", organizers->pdata[b],
                          "event", liaison_entity_get_id (LIAISON_ENTITY (event)),
                          "start", liaison_event_get_start (event),
                          "status", liaison_event_get_status (event) == LIAISON_EVENT_STATUS_PLANNED
                                    ? LIAISON_LINK_STATUS_PLANNED : LIAISON_LINK_STATUS_ACTIVE,
                          NULL);
            g_ptr_array_add (result, link);
          }
    }

  return result;
}

/* ---------------------------------------------------------------------- */
/* Changes and the undo stack                                              */

static void
change_free (Change *change)
{
  g_clear_object (&change->entity);
  if (G_IS_VALUE (&change->old_value))
    g_value_unset (&change->old_value);
  if (G_IS_VALUE (&change->new_value))
    g_value_unset (&change->new_value);
  g_free (change);
}

static Group *
group_new (const char *label)
{
  Group *group = g_new0 (Group, 1);

  group->label = g_strdup (label);
  group->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);

  return group;
}

static void
group_free (Group *group)
{
  g_free (group->label);
  g_ptr_array_unref (group->changes);
  g_free (group);
}

static void
notify_undo_state (LiaisonDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

static guint
position_of (LiaisonRecordList *store,
             LiaisonEntity     *entity)
{
  guint position = 0;

  if (!liaison_record_list_find (store, entity, &position))
    g_assert_not_reached ();

  return position;
}

/* Applies one change, forwards or backwards, without recording it. */
static void
change_apply (LiaisonDocument *self,
              Change          *change,
              gboolean         forward)
{
  LiaisonRecordList *store = store_for (self, G_OBJECT_TYPE (change->entity));
  gboolean inserting;

  drop_referrers (self);

  if (change->kind == CHANGE_SET)
    {
      g_object_set_property (G_OBJECT (change->entity), change->pspec->name,
                             forward ? &change->new_value : &change->old_value);
      return;
    }

  inserting = (change->kind == CHANGE_INSERT) == forward;
  if (inserting)
    {
      g_hash_table_insert (self->by_id, (char *) liaison_entity_get_id (change->entity), change->entity);
      liaison_record_list_insert (store, MIN (change->position, g_list_model_get_n_items (G_LIST_MODEL (store))),
                                  change->entity);
    }
  else
    {
      g_hash_table_remove (self->by_id, liaison_entity_get_id (change->entity));
      liaison_record_list_remove (store, position_of (store, change->entity));
    }
}

/* Opens a group of changes that undo and redo as one step, such as
 * "Delete Organization" with the links it takes along. Groups nest; the
 * outermost label is the one shown. */
void
liaison_document_begin_change (LiaisonDocument *self,
                               const char      *label)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));

  if (self->open_depth++ == 0)
    self->open_group = group_new (label);
}

void
liaison_document_end_change (LiaisonDocument *self)
{
  Group *group;

  g_return_if_fail (LIAISON_IS_DOCUMENT (self));
  g_return_if_fail (self->open_depth > 0);

  if (--self->open_depth > 0)
    return;

  group = g_steal_pointer (&self->open_group);
  if (group->changes->len == 0)
    {
      group_free (group);
      return;
    }

  /* A new change makes what was undone unreachable. */
  if (self->saved_position > (int) self->undo_position)
    self->saved_position = -1;
  g_ptr_array_set_size (self->groups, self->undo_position);
  g_ptr_array_add (self->groups, group);
  self->undo_position++;

  notify_undo_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
record (LiaisonDocument *self,
        Change          *change)
{
  liaison_document_begin_change (self, NULL);
  change_apply (self, change, TRUE);
  g_ptr_array_add (self->open_group->changes, change);
  liaison_document_end_change (self);
}

gboolean
liaison_document_can_undo (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);

  return self->undo_position > 0;
}

gboolean
liaison_document_can_redo (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);

  return self->undo_position < self->groups->len;
}

const char *
liaison_document_get_undo_label (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  if (self->undo_position == 0)
    return NULL;

  return ((Group *) self->groups->pdata[self->undo_position - 1])->label;
}

const char *
liaison_document_get_redo_label (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), NULL);

  if (self->undo_position >= self->groups->len)
    return NULL;

  return ((Group *) self->groups->pdata[self->undo_position])->label;
}

gboolean
liaison_document_undo (LiaisonDocument *self)
{
  Group *group;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->open_depth == 0, FALSE);

  if (self->undo_position == 0)
    return FALSE;

  group = self->groups->pdata[--self->undo_position];
  for (guint i = group->changes->len; i > 0; i--)
    change_apply (self, group->changes->pdata[i - 1], FALSE);

  notify_undo_state (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

gboolean
liaison_document_redo (LiaisonDocument *self)
{
  Group *group;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (self->open_depth == 0, FALSE);

  if (self->undo_position >= self->groups->len)
    return FALSE;

  group = self->groups->pdata[self->undo_position++];
  for (guint i = 0; i < group->changes->len; i++)
    change_apply (self, group->changes->pdata[i], TRUE);

  notify_undo_state (self);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/* Whether the document differs from what was last saved or loaded;
 * undoing back to that point makes it clean again. */
gboolean
liaison_document_get_dirty (LiaisonDocument *self)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);

  return self->saved_position != (int) self->undo_position;
}

void
liaison_document_mark_saved (LiaisonDocument *self)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));

  self->saved_position = self->undo_position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

/* For documents that have never been saved to their file (a recovered
 * draft): dirty until saved, whatever is undone. */
void
liaison_document_mark_modified (LiaisonDocument *self)
{
  g_return_if_fail (LIAISON_IS_DOCUMENT (self));

  self->saved_position = -1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
}

/* ---------------------------------------------------------------------- */
/* Edits                                                                   */

static gboolean
check_reference (LiaisonDocument  *self,
                 LiaisonEntity    *entity,
                 const char       *property,
                 const GValue     *value,
                 GError          **error)
{
  const LiaisonReference *reference;
  const char *target_id;
  LiaisonEntity *target;

  if (strcmp (property, "sources") == 0)
    {
      const char * const *sources = g_value_get_boxed (value);

      for (guint i = 0; sources != NULL && sources[i] != NULL; i++)
        {
          if (!LIAISON_IS_SOURCE (liaison_document_lookup (self, sources[i])))
            {
              g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_UNKNOWN_REFERENCE,
                           _("“%s” of “%s” refers to “%s”, which is not in the document"),
                           property, liaison_entity_get_id (entity), sources[i]);
              return FALSE;
            }
        }
      return TRUE;
    }

  reference = liaison_document_find_reference (G_OBJECT_TYPE (entity), property);
  if (reference == NULL)
    return TRUE;

  target_id = g_value_get_string (value);
  if (target_id == NULL || *target_id == '\0')
    {
      if (!reference->required)
        return TRUE;
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_UNKNOWN_REFERENCE,
                   _("“%s” of “%s” cannot be empty"), property, liaison_entity_get_id (entity));
      return FALSE;
    }

  target = liaison_document_lookup (self, target_id);
  if (target == NULL || G_OBJECT_TYPE (target) != reference->target ())
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_UNKNOWN_REFERENCE,
                   _("“%s” of “%s” refers to “%s”, which is not in the document"),
                   property, liaison_entity_get_id (entity), target_id);
      return FALSE;
    }

  return TRUE;
}

/* Sets a field of @entity, as one undoable step. References to other
 * records must name records of the right kind in the document. */
gboolean
liaison_document_set_value (LiaisonDocument  *self,
                            LiaisonEntity    *entity,
                            const char       *property,
                            const GValue     *value,
                            GError          **error)
{
  GParamSpec *pspec;
  Change *change;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_ENTITY (entity), FALSE);
  g_return_val_if_fail (liaison_document_lookup (self, liaison_entity_get_id (entity)) == entity, FALSE);

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), property);
  g_return_val_if_fail (pspec != NULL && (pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0, FALSE);

  if (!check_reference (self, entity, property, value, error))
    return FALSE;

  change = g_new0 (Change, 1);
  change->kind = CHANGE_SET;
  change->entity = g_object_ref (entity);
  change->pspec = pspec;
  g_value_init (&change->old_value, pspec->value_type);
  g_object_get_property (G_OBJECT (entity), property, &change->old_value);
  g_value_init (&change->new_value, pspec->value_type);
  if (!g_value_transform (value, &change->new_value))
    {
      change_free (change);
      g_return_val_if_reached (FALSE);
    }

  if (g_param_values_cmp (pspec, &change->old_value, &change->new_value) == 0 &&
      pspec->value_type != LIAISON_TYPE_TEXT && pspec->value_type != LIAISON_TYPE_DATE &&
      !G_TYPE_IS_BOXED (pspec->value_type))
    {
      change_free (change);
      return TRUE;
    }

  record (self, change);

  return TRUE;
}

/* Sets several fields of @entity as one undoable step, like g_object_set(). */
gboolean
liaison_document_set (LiaisonDocument  *self,
                      LiaisonEntity    *entity,
                      GError          **error,
                      const char       *first_property,
                      ...)
{
  va_list args;
  gboolean ok = TRUE;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_ENTITY (entity), FALSE);

  liaison_document_begin_change (self, NULL);
  va_start (args, first_property);
  for (const char *property = first_property; property != NULL && ok; property = va_arg (args, const char *))
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), property);
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *collect_error = NULL;

      if (pspec == NULL)
        {
          g_critical ("%s has no property “%s”", G_OBJECT_TYPE_NAME (entity), property);
          ok = FALSE;
          break;
        }
      G_VALUE_COLLECT_INIT (&value, pspec->value_type, args, 0, &collect_error);
      if (collect_error != NULL)
        {
          g_critical ("%s", collect_error);
          ok = FALSE;
          break;
        }
      ok = liaison_document_set_value (self, entity, property, &value, error);
    }
  va_end (args);

  /* A failed step must not leave half of the fields set. */
  if (!ok && self->open_depth == 1 && self->open_group->changes->len > 0)
    {
      for (guint i = self->open_group->changes->len; i > 0; i--)
        change_apply (self, self->open_group->changes->pdata[i - 1], FALSE);
      g_ptr_array_set_size (self->open_group->changes, 0);
    }
  liaison_document_end_change (self);

  return ok;
}

/* Adds @entity, whose references must already be in the document. */
gboolean
liaison_document_add (LiaisonDocument  *self,
                      LiaisonEntity    *entity,
                      GError          **error)
{
  LiaisonRecordList *store;
  Change *change;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_ENTITY (entity), FALSE);

  store = store_for (self, G_OBJECT_TYPE (entity));
  g_return_val_if_fail (store != NULL, FALSE);

  if (g_hash_table_contains (self->by_id, liaison_entity_get_id (entity)))
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_DUPLICATE_ID,
                   _("The document already has a record with the id “%s”"),
                   liaison_entity_get_id (entity));
      return FALSE;
    }

  for (guint r = 0; r < G_N_ELEMENTS (references); r++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if (references[r].owner () != G_OBJECT_TYPE (entity))
        continue;
      g_value_init (&value, G_TYPE_STRING);
      g_object_get_property (G_OBJECT (entity), references[r].property, &value);
      if (!check_reference (self, entity, references[r].property, &value, error))
        return FALSE;
    }

  change = g_new0 (Change, 1);
  change->kind = CHANGE_INSERT;
  change->entity = g_object_ref (entity);
  change->position = g_list_model_get_n_items (G_LIST_MODEL (store));
  record (self, change);

  return TRUE;
}

static void
remove_citation (LiaisonDocument *self,
                 LiaisonEntity   *entity,
                 const char      *source_id)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) sources = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  for (const char * const *source = liaison_entity_get_sources (entity); *source != NULL; source++)
    {
      if (strcmp (*source, source_id) != 0)
        g_strv_builder_add (builder, *source);
    }
  sources = g_strv_builder_end (builder);

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, sources);
  liaison_document_set_value (self, entity, "sources", &value, NULL);
}

/* Removes @entity. What refers to it is handled as @mode says; with
 * %LIAISON_REMOVE_CASCADE all of it is one undoable step. */
gboolean
liaison_document_remove (LiaisonDocument    *self,
                         LiaisonEntity      *entity,
                         LiaisonRemoveMode   mode,
                         GError            **error)
{
  g_autoptr(GPtrArray) referrers = NULL;
  const char *id;
  LiaisonRecordList *store;
  Change *change;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_ENTITY (entity), FALSE);

  id = liaison_entity_get_id (entity);
  if (liaison_document_lookup (self, id) != entity)
    return TRUE;

  referrers = liaison_document_get_referrers (self, entity);
  /* A record that only refers to itself (an organization as its own parent) does not count. */
  g_ptr_array_remove (referrers, entity);

  if (referrers->len > 0 && mode == LIAISON_REMOVE_REFUSE)
    {
      g_set_error (error, LIAISON_DOCUMENT_ERROR, LIAISON_DOCUMENT_ERROR_REFERENCED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u record refers to “%s”",
                                "%u records refer to “%s”",
                                referrers->len),
                   referrers->len, id);
      return FALSE;
    }

  liaison_document_begin_change (self, NULL);

  g_object_ref (entity);
  for (guint i = 0; i < referrers->len; i++)
    {
      LiaisonEntity *referrer = referrers->pdata[i];
      gboolean removed = FALSE;

      for (guint r = 0; r < G_N_ELEMENTS (references) && !removed; r++)
        {
          if (references[r].owner () != G_OBJECT_TYPE (referrer) ||
              g_strcmp0 (reference_value (referrer, references[r].property), id) != 0)
            continue;

          if (references[r].required)
            {
              liaison_document_remove (self, referrer, LIAISON_REMOVE_CASCADE, NULL);
              removed = TRUE;
            }
          else
            {
              liaison_document_set (self, referrer, NULL, references[r].property, NULL, NULL);
            }
        }

      if (!removed && liaison_entity_cites (referrer, id))
        remove_citation (self, referrer, id);
    }

  store = store_for (self, G_OBJECT_TYPE (entity));
  change = g_new0 (Change, 1);
  change->kind = CHANGE_REMOVE;
  change->entity = entity;
  change->position = position_of (store, entity);
  record (self, change);

  liaison_document_end_change (self);

  return TRUE;
}

/* ---------------------------------------------------------------------- */

static void
liaison_document_finalize (GObject *object)
{
  LiaisonDocument *self = LIAISON_DOCUMENT (object);

  g_clear_pointer (&self->referrers, liaison_reference_index_free);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->open_group, group_free);
  g_clear_pointer (&self->extras, json_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->stores); i++)
    g_clear_object (&self->stores[i]);

  G_OBJECT_CLASS (liaison_document_parent_class)->finalize (object);
}

static void
liaison_document_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LiaisonDocument *self = LIAISON_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, liaison_document_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, liaison_document_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, liaison_document_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, liaison_document_get_redo_label (self));
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, liaison_document_get_dirty (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_document_class_init (LiaisonDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_document_finalize;
  object_class->get_property = liaison_document_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiaisonDocument::changed:
   *
   * Emitted after every edit, undo and redo, once the document is
   * consistent again.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
liaison_document_init (LiaisonDocument *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->stores); i++)
    self->stores[i] = liaison_record_list_new (liaison_document_get_collection_type (i));

  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) group_free);
  self->saved_position = 0;
}

/* Puts loaded records into an empty document, without undo steps; for
 * the file reader, which has checked them already. @entities has the
 * records of each collection (or %NULL), in the order of
 * liaison_document_get_collection_type(); @by_id, which the document
 * keeps, maps the id of each of them (the record's own string) to the
 * record: the reader builds it as it reads, rather than the document
 * once more afterwards, 675,000 ids for a large file. */
void
_liaison_document_load (LiaisonDocument *self,
                        GPtrArray       *entities[LIAISON_N_COLLECTIONS],
                        GHashTable      *by_id)
{
  g_assert (g_hash_table_size (self->by_id) == 0);

  g_hash_table_unref (self->by_id);
  self->by_id = g_hash_table_ref (by_id);
  for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
    {
      if (entities[c] != NULL)
        liaison_record_list_append_all (self->stores[c], entities[c]->pdata, entities[c]->len);
    }
  drop_referrers (self);
}
