/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-filter.c: the search and filters of a list, as a GtkFilter.
 *
 * One filter serves every kind of record: the search matches any of a
 * record's names (all their translations), acronyms and places; kind,
 * country or region, status and a range of years narrow further. Filters a
 * kind of record does not have are ignored for it.
 *
 * Each keystroke in the search tests every record of a list, up to
 * 100,000 of them within a frame or two: so the text a record is searched
 * in is folded once and kept, until the document changes.
 */

#define G_LOG_DOMAIN "liaison-entity-filter"

#include "config.h"

#include <string.h>

#include "liaison-entity-filter.h"
#include "model/liaison-cooperation-link.h"
#include "model/liaison-event.h"
#include "model/liaison-organization.h"
#include "model/liaison-person.h"
#include "model/liaison-source.h"

struct _LiaisonEntityFilter
{
  GtkFilter        parent_instance;

  GWeakRef         document;
  GHashTable      *searched;    /* LiaisonEntity → 1 + where its folded text starts in searched_text */
  GString         *searched_text; /* the folded texts one after another, while the document is unchanged */
  GListModel      *preparing;   /* the records whose texts are being folded ahead, see _prepare_search() */
  guint            prepared;    /* how many of them are */
  guint            prepare_id;
  char            *search;
  char            *folded_search;
  char            *country;
  int              kind;
  int              status;
  int              year_from;
  int              year_to;
};

enum {
  PROP_0,
  PROP_SEARCH,
  PROP_KIND,
  PROP_COUNTRY,
  PROP_STATUS,
  PROP_YEAR_FROM,
  PROP_YEAR_TO,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonEntityFilter, liaison_entity_filter, GTK_TYPE_FILTER)

static char *
fold (const char *text)
{
  g_autofree char *normalized = NULL;

  if (text == NULL)
    return NULL;
  normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return normalized != NULL ? g_utf8_casefold (normalized, -1) : NULL;
}

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80)
        return FALSE;
    }

  return TRUE;
}

/* strstr (g_ascii_strdown (haystack), folded_needle), without the copy. */
static gboolean
ascii_contains (const char *haystack,
                const char *folded_needle)
{
  for (const char *start = haystack; *start != '\0'; start++)
    {
      const char *h = start;
      const char *n = folded_needle;

      while (*n != '\0' && *h != '\0' && g_ascii_tolower (*h) == *n)
        {
          h++;
          n++;
        }
      if (*n == '\0')
        return TRUE;
      if (*h == '\0')
        return FALSE;
    }

  return *folded_needle == '\0';
}

static gboolean
string_contains (const char *haystack,
                 const char *folded_needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL || *haystack == '\0')
    return FALSE;
  /* Most fields are ASCII, which folds to its lower case: this is the
   * search of every record at each keystroke, so it allocates nothing. */
  if (is_ascii (haystack))
    return ascii_contains (haystack, folded_needle);
  folded = fold (haystack);

  return folded != NULL && strstr (folded, folded_needle) != NULL;
}

static gboolean
organization_contains (LiaisonDocument *document,
                       const char      *id,
                       const char      *folded_needle)
{
  LiaisonEntity *entity = document != NULL && id != NULL ? liaison_document_lookup (document, id) : NULL;

  if (!LIAISON_IS_ORGANIZATION (entity))
    return FALSE;

  return liaison_text_contains (liaison_organization_get_name (LIAISON_ORGANIZATION (entity)), folded_needle) ||
         string_contains (liaison_organization_get_short_name (LIAISON_ORGANIZATION (entity)), folded_needle);
}

static gboolean
strv_contains (const char * const *values,
               const char         *folded_needle)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (string_contains (values[i], folded_needle))
        return TRUE;
    }

  return FALSE;
}

/* The search, field by field, as it is for a search with the separator of
 * the kept texts (below) in it. */
static gboolean
search_fields (LiaisonDocument *document,
               LiaisonEntity   *entity,
               const char      *needle)
{
  if (string_contains (liaison_entity_get_id (entity), needle))
    return TRUE;

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      LiaisonOrganization *organization = LIAISON_ORGANIZATION (entity);

      return liaison_text_contains (liaison_organization_get_name (organization), needle) ||
             string_contains (liaison_organization_get_short_name (organization), needle) ||
             string_contains (liaison_organization_get_city (organization), needle);
    }
  if (LIAISON_IS_EVENT (entity))
    {
      LiaisonEvent *event = LIAISON_EVENT (entity);

      return liaison_text_contains (liaison_event_get_title (event), needle) ||
             string_contains (liaison_event_get_city (event), needle);
    }
  if (LIAISON_IS_PERSON (entity))
    {
      LiaisonPerson *person = LIAISON_PERSON (entity);

      return liaison_text_contains (liaison_person_get_name (person), needle) ||
             string_contains (liaison_person_get_title (person), needle) ||
             organization_contains (document, liaison_person_get_affiliation (person), needle);
    }
  if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);

      return organization_contains (document, liaison_cooperation_link_get_from (link), needle) ||
             organization_contains (document, liaison_cooperation_link_get_to (link), needle) ||
             strv_contains (liaison_cooperation_link_get_scope (link), needle) ||
             string_contains (liaison_cooperation_link_get_note (link), needle);
    }
  if (LIAISON_IS_SOURCE (entity))
    {
      LiaisonSource *source = LIAISON_SOURCE (entity);

      return string_contains (liaison_source_get_title (source), needle) ||
             string_contains (liaison_source_get_publisher (source), needle) ||
             string_contains (liaison_source_get_author (source), needle);
    }

  return FALSE;
}

/* The fields search_fields() looks in, folded once and kept, joined with a
 * separator that no folded field has (control characters are not folded
 * away): a search without it matches the joined text exactly where it
 * matches one of the fields. */
#define FIELD_SEPARATOR '\x1f'

static void
append_folded_value (GString    *text,
                     const char *value)
{
  g_autofree char *folded = NULL;

  if (is_ascii (value))
    {
      gsize start = text->len;

      g_string_append (text, value);
      for (gsize i = start; i < text->len; i++)
        text->str[i] = g_ascii_tolower (text->str[i]);
      return;
    }
  folded = fold (value);
  if (folded != NULL)
    g_string_append (text, folded);
}

static void
append_folded (GString    *text,
               const char *field)
{
  if (field == NULL || *field == '\0')
    return;

  g_string_append_c (text, FIELD_SEPARATOR);
  append_folded_value (text, field);
}

/* All values of a text, as liaison_text_contains() searches them: joined
 * by newlines, which neither normalizing nor folding crosses, so each
 * value is folded on its own. */
static void
append_folded_text (GString           *text,
                    const LiaisonText *values)
{
  guint n_items = liaison_text_get_n_items (values);

  if (n_items == 0)
    return;

  g_string_append_c (text, FIELD_SEPARATOR);
  for (guint i = 0; i < n_items; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      append_folded_value (text, liaison_text_get_value (values, i));
    }
}

static void
append_organization (GString         *text,
                     LiaisonDocument *document,
                     const char      *id)
{
  LiaisonEntity *entity = document != NULL && id != NULL ? liaison_document_lookup (document, id) : NULL;

  if (!LIAISON_IS_ORGANIZATION (entity))
    return;

  append_folded_text (text, liaison_organization_get_name (LIAISON_ORGANIZATION (entity)));
  append_folded (text, liaison_organization_get_short_name (LIAISON_ORGANIZATION (entity)));
}

/* Appends the fields the search looks in to @text, folded and joined,
 * and a NUL after them. */
static void
append_searched_text (GString         *text,
                      LiaisonDocument *document,
                      LiaisonEntity   *entity)
{
  append_folded (text, liaison_entity_get_id (entity));

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      LiaisonOrganization *organization = LIAISON_ORGANIZATION (entity);

      append_folded_text (text, liaison_organization_get_name (organization));
      append_folded (text, liaison_organization_get_short_name (organization));
      append_folded (text, liaison_organization_get_city (organization));
    }
  else if (LIAISON_IS_EVENT (entity))
    {
      LiaisonEvent *event = LIAISON_EVENT (entity);

      append_folded_text (text, liaison_event_get_title (event));
      append_folded (text, liaison_event_get_city (event));
    }
  else if (LIAISON_IS_PERSON (entity))
    {
      LiaisonPerson *person = LIAISON_PERSON (entity);

      append_folded_text (text, liaison_person_get_name (person));
      append_folded (text, liaison_person_get_title (person));
      append_organization (text, document, liaison_person_get_affiliation (person));
    }
  else if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);
      const char * const *scope = liaison_cooperation_link_get_scope (link);

      append_organization (text, document, liaison_cooperation_link_get_from (link));
      append_organization (text, document, liaison_cooperation_link_get_to (link));
      for (guint i = 0; scope != NULL && scope[i] != NULL; i++)
        append_folded (text, scope[i]);
      append_folded (text, liaison_cooperation_link_get_note (link));
    }
  else if (LIAISON_IS_SOURCE (entity))
    {
      LiaisonSource *source = LIAISON_SOURCE (entity);

      append_folded (text, liaison_source_get_title (source));
      append_folded (text, liaison_source_get_publisher (source));
      append_folded (text, liaison_source_get_author (source));
    }

  g_string_append_c (text, '\0');
}

static void
stop_preparing (LiaisonEntityFilter *self)
{
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  g_clear_object (&self->preparing);
}

static void
forget_searched (LiaisonEntityFilter *self)
{
  stop_preparing (self);
  g_hash_table_remove_all (self->searched);
  g_string_truncate (self->searched_text, 0);
}

/* The searched text of @entity, folded now if it has not been yet. */
static const char *
searched_text (LiaisonEntityFilter *self,
               LiaisonDocument     *document,
               LiaisonEntity       *entity)
{
  gsize start = GPOINTER_TO_SIZE (g_hash_table_lookup (self->searched, entity));

  if (start == 0)
    {
      start = self->searched_text->len + 1;
      append_searched_text (self->searched_text, document, entity);
      g_hash_table_insert (self->searched, entity, GSIZE_TO_POINTER (start));
    }

  return self->searched_text->str + start - 1;
}

/* A few milliseconds of folding at a time, between frames. */
#define PREPARE_SLICE_US 3000

static gboolean
prepare_cb (gpointer data)
{
  LiaisonEntityFilter *self = data;
  g_autoptr(LiaisonDocument) document = g_weak_ref_get (&self->document);
  guint n_items = g_list_model_get_n_items (self->preparing);
  gint64 stop = g_get_monotonic_time () + PREPARE_SLICE_US;

  while (self->prepared < n_items)
    {
      g_autoptr(LiaisonEntity) entity = g_list_model_get_item (self->preparing, self->prepared++);

      searched_text (self, document, entity);
      if (self->prepared % 256 == 0 && g_get_monotonic_time () > stop)
        return G_SOURCE_CONTINUE;
    }

  self->prepare_id = 0;
  g_clear_object (&self->preparing);

  return G_SOURCE_REMOVE;
}

static gboolean
match_search (LiaisonEntityFilter *self,
              LiaisonEntity       *entity)
{
  const char *needle = self->folded_search;
  const char *text;
  gsize start;

  if (needle == NULL || *needle == '\0')
    return TRUE;

  if (strchr (needle, FIELD_SEPARATOR) != NULL)
    {
      g_autoptr(LiaisonDocument) document = g_weak_ref_get (&self->document);

      return search_fields (document, entity, needle);
    }

  start = GPOINTER_TO_SIZE (g_hash_table_lookup (self->searched, entity));
  if (start != 0)
    {
      text = self->searched_text->str + start - 1;
    }
  else
    {
      g_autoptr(LiaisonDocument) document = g_weak_ref_get (&self->document);

      text = searched_text (self, document, entity);
    }

  return strstr (text, needle) != NULL;
}

static const char *
organization_country (LiaisonDocument *document,
                      const char      *id)
{
  LiaisonEntity *entity = document != NULL && id != NULL ? liaison_document_lookup (document, id) : NULL;

  return LIAISON_IS_ORGANIZATION (entity) ? liaison_organization_get_country (LIAISON_ORGANIZATION (entity)) : NULL;
}

static gboolean
match_country (LiaisonEntityFilter *self,
               LiaisonEntity       *entity)
{
  g_autoptr(LiaisonDocument) document = NULL;

  if (self->country == NULL)
    return TRUE;

  if (LIAISON_IS_ORGANIZATION (entity))
    return g_strcmp0 (liaison_organization_get_country (LIAISON_ORGANIZATION (entity)), self->country) == 0;
  if (LIAISON_IS_EVENT (entity))
    return g_strcmp0 (liaison_event_get_country (LIAISON_EVENT (entity)), self->country) == 0;
  document = g_weak_ref_get (&self->document);
  if (LIAISON_IS_PERSON (entity))
    return g_strcmp0 (organization_country (document, liaison_person_get_affiliation (LIAISON_PERSON (entity))),
                      self->country) == 0;
  if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);

      return g_strcmp0 (organization_country (document, liaison_cooperation_link_get_from (link)), self->country) == 0 ||
             g_strcmp0 (organization_country (document, liaison_cooperation_link_get_to (link)), self->country) == 0;
    }

  return TRUE;
}

static int
entity_kind (LiaisonEntity *entity)
{
  if (LIAISON_IS_ORGANIZATION (entity))
    return liaison_organization_get_kind (LIAISON_ORGANIZATION (entity));
  if (LIAISON_IS_EVENT (entity))
    return liaison_event_get_kind (LIAISON_EVENT (entity));
  if (LIAISON_IS_COOPERATION_LINK (entity))
    return liaison_cooperation_link_get_kind (LIAISON_COOPERATION_LINK (entity));

  return LIAISON_FILTER_ANY;
}

static int
entity_status (LiaisonEntity *entity)
{
  if (LIAISON_IS_EVENT (entity))
    return liaison_event_get_status (LIAISON_EVENT (entity));
  if (LIAISON_IS_COOPERATION_LINK (entity))
    return liaison_cooperation_link_get_status (LIAISON_COOPERATION_LINK (entity));

  return LIAISON_FILTER_ANY;
}

/* The years a record spans, for the year range: an organization from its
 * founding on, an event or a link from its start to its end. */
static gboolean
entity_years (LiaisonEntity *entity,
              int           *first,
              int           *last)
{
  const LiaisonDate *start = NULL;
  const LiaisonDate *end = NULL;

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      *first = liaison_organization_get_founded (LIAISON_ORGANIZATION (entity));
      *last = G_MAXINT;
      return *first > 0;
    }
  if (LIAISON_IS_EVENT (entity))
    {
      start = liaison_event_get_start (LIAISON_EVENT (entity));
      end = liaison_event_get_end (LIAISON_EVENT (entity));
    }
  else if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      start = liaison_cooperation_link_get_start (LIAISON_COOPERATION_LINK (entity));
      end = liaison_cooperation_link_get_end (LIAISON_COOPERATION_LINK (entity));
      if (!liaison_date_is_set (end))
        {
          *first = liaison_date_is_set (start) ? start->year : 0;
          *last = G_MAXINT;
          return *first > 0;
        }
    }
  else if (LIAISON_IS_SOURCE (entity))
    start = liaison_source_get_date (LIAISON_SOURCE (entity));

  if (!liaison_date_is_set (start))
    return FALSE;

  *first = start->year;
  *last = liaison_date_is_set (end) ? end->year : start->year;

  return TRUE;
}

static gboolean
match_years (LiaisonEntityFilter *self,
             LiaisonEntity       *entity)
{
  int first, last;

  if (self->year_from == 0 && self->year_to == 0)
    return TRUE;
  if (LIAISON_IS_PERSON (entity))
    return TRUE;
  if (!entity_years (entity, &first, &last))
    return FALSE;

  return (self->year_to == 0 || first <= self->year_to) &&
         (self->year_from == 0 || last >= self->year_from);
}

static gboolean
match (LiaisonEntityFilter *self,
       LiaisonEntity       *entity)
{
  int value;

  if (self->kind != LIAISON_FILTER_ANY &&
      (value = entity_kind (entity)) != LIAISON_FILTER_ANY && value != self->kind)
    return FALSE;
  if (self->status != LIAISON_FILTER_ANY &&
      (value = entity_status (entity)) != LIAISON_FILTER_ANY && value != self->status)
    return FALSE;

  return match_country (self, entity) &&
         match_years (self, entity) &&
         match_search (self, entity);
}

gboolean
liaison_entity_filter_match_entity (LiaisonEntityFilter *self,
                                    LiaisonEntity       *entity)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), FALSE);
  g_return_val_if_fail (LIAISON_IS_ENTITY (entity), FALSE);

  return match (self, entity);
}

static gboolean
liaison_entity_filter_match (GtkFilter *filter,
                             gpointer   item)
{
  return match ((LiaisonEntityFilter *) filter, item);
}

static GtkFilterMatch
liaison_entity_filter_get_strictness (GtkFilter *filter)
{
  return liaison_entity_filter_is_active (LIAISON_ENTITY_FILTER (filter)) ? GTK_FILTER_MATCH_SOME
                                                                          : GTK_FILTER_MATCH_ALL;
}

LiaisonEntityFilter *
liaison_entity_filter_new (LiaisonDocument *document)
{
  LiaisonEntityFilter *self = g_object_new (LIAISON_TYPE_ENTITY_FILTER, NULL);

  g_weak_ref_set (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (forget_searched), self, G_CONNECT_SWAPPED);

  return self;
}

/* Folds the searched texts of @records ahead, a few milliseconds at a
 * time when the main loop is idle, so that the first keystroke of a
 * search that is about to start finds them ready. A list calls it when
 * its search opens: the search entry waits a moment after a keystroke
 * anyway. The work stops when the document changes. */
void
liaison_entity_filter_prepare_search (LiaisonEntityFilter *self,
                                      GListModel          *records)
{
  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));
  g_return_if_fail (G_IS_LIST_MODEL (records));

  if (self->preparing == records)
    return;

  stop_preparing (self);
  self->preparing = g_object_ref (records);
  self->prepared = 0;
  self->prepare_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, prepare_cb, self, NULL);
}

gboolean
liaison_entity_filter_is_active (LiaisonEntityFilter *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), FALSE);

  return (self->folded_search != NULL && *self->folded_search != '\0') ||
         self->kind != LIAISON_FILTER_ANY || self->status != LIAISON_FILTER_ANY ||
         self->country != NULL || self->year_from != 0 || self->year_to != 0;
}

/* Tells the filter's users what changed: @change says whether the set of
 * matches can only grow or shrink, which lets the filter models skip work. */
static void
liaison_entity_filter_changed (LiaisonEntityFilter *self,
                               guint                prop_id,
                               GtkFilterChange      change)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
  gtk_filter_changed (GTK_FILTER (self), change);
}

const char *
liaison_entity_filter_get_search (LiaisonEntityFilter *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), NULL);

  return self->search;
}

void
liaison_entity_filter_set_search (LiaisonEntityFilter *self,
                                  const char          *search)
{
  g_autofree char *folded = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));

  if (search != NULL && *search == '\0')
    search = NULL;
  if (g_strcmp0 (self->search, search) == 0)
    return;

  folded = fold (search);
  /* Typing one more letter can only remove matches; deleting one can only add. */
  if (self->folded_search != NULL && folded != NULL)
    {
      if (strstr (folded, self->folded_search) != NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (strstr (self->folded_search, folded) != NULL)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
    }
  else if (folded == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_MORE_STRICT;

  g_free (self->search);
  self->search = g_strdup (search);
  g_free (self->folded_search);
  self->folded_search = g_steal_pointer (&folded);

  liaison_entity_filter_changed (self, PROP_SEARCH, change);
}

int
liaison_entity_filter_get_kind (LiaisonEntityFilter *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), LIAISON_FILTER_ANY);

  return self->kind;
}

void
liaison_entity_filter_set_kind (LiaisonEntityFilter *self,
                                int                  kind)
{
  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));

  if (self->kind == kind)
    return;
  self->kind = kind;
  liaison_entity_filter_changed (self, PROP_KIND, GTK_FILTER_CHANGE_DIFFERENT);
}

const char *
liaison_entity_filter_get_country (LiaisonEntityFilter *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), NULL);

  return self->country;
}

void
liaison_entity_filter_set_country (LiaisonEntityFilter *self,
                                   const char          *country)
{
  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));

  if (country != NULL && *country == '\0')
    country = NULL;
  if (g_set_str (&self->country, country))
    liaison_entity_filter_changed (self, PROP_COUNTRY, GTK_FILTER_CHANGE_DIFFERENT);
}

int
liaison_entity_filter_get_status (LiaisonEntityFilter *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), LIAISON_FILTER_ANY);

  return self->status;
}

void
liaison_entity_filter_set_status (LiaisonEntityFilter *self,
                                  int                  status)
{
  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));

  if (self->status == status)
    return;
  self->status = status;
  liaison_entity_filter_changed (self, PROP_STATUS, GTK_FILTER_CHANGE_DIFFERENT);
}

int
liaison_entity_filter_get_year_from (LiaisonEntityFilter *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), 0);

  return self->year_from;
}

void
liaison_entity_filter_set_year_from (LiaisonEntityFilter *self,
                                     int                  year)
{
  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));

  if (self->year_from == year)
    return;
  self->year_from = year;
  liaison_entity_filter_changed (self, PROP_YEAR_FROM, GTK_FILTER_CHANGE_DIFFERENT);
}

int
liaison_entity_filter_get_year_to (LiaisonEntityFilter *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_FILTER (self), 0);

  return self->year_to;
}

void
liaison_entity_filter_set_year_to (LiaisonEntityFilter *self,
                                   int                  year)
{
  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));

  if (self->year_to == year)
    return;
  self->year_to = year;
  liaison_entity_filter_changed (self, PROP_YEAR_TO, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Clears everything but the search, which has its own entry. */
void
liaison_entity_filter_clear (LiaisonEntityFilter *self)
{
  g_return_if_fail (LIAISON_IS_ENTITY_FILTER (self));

  g_object_freeze_notify (G_OBJECT (self));
  liaison_entity_filter_set_kind (self, LIAISON_FILTER_ANY);
  liaison_entity_filter_set_status (self, LIAISON_FILTER_ANY);
  liaison_entity_filter_set_country (self, NULL);
  liaison_entity_filter_set_year_from (self, 0);
  liaison_entity_filter_set_year_to (self, 0);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
liaison_entity_filter_finalize (GObject *object)
{
  LiaisonEntityFilter *self = LIAISON_ENTITY_FILTER (object);

  stop_preparing (self);
  g_weak_ref_clear (&self->document);
  g_clear_pointer (&self->searched, g_hash_table_unref);
  g_string_free (self->searched_text, TRUE);
  g_free (self->search);
  g_free (self->folded_search);
  g_free (self->country);

  G_OBJECT_CLASS (liaison_entity_filter_parent_class)->finalize (object);
}

static void
liaison_entity_filter_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LiaisonEntityFilter *self = LIAISON_ENTITY_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;

    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;

    case PROP_YEAR_FROM:
      g_value_set_int (value, self->year_from);
      break;

    case PROP_YEAR_TO:
      g_value_set_int (value, self->year_to);
      break;

    case PROP_ACTIVE:
      g_value_set_boolean (value, liaison_entity_filter_is_active (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_filter_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LiaisonEntityFilter *self = LIAISON_ENTITY_FILTER (object);

  switch (prop_id)
    {
    case PROP_SEARCH:
      liaison_entity_filter_set_search (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      liaison_entity_filter_set_kind (self, g_value_get_int (value));
      break;

    case PROP_COUNTRY:
      liaison_entity_filter_set_country (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      liaison_entity_filter_set_status (self, g_value_get_int (value));
      break;

    case PROP_YEAR_FROM:
      liaison_entity_filter_set_year_from (self, g_value_get_int (value));
      break;

    case PROP_YEAR_TO:
      liaison_entity_filter_set_year_to (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_filter_class_init (LiaisonEntityFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = liaison_entity_filter_finalize;
  object_class->get_property = liaison_entity_filter_get_property;
  object_class->set_property = liaison_entity_filter_set_property;

  filter_class->match = liaison_entity_filter_match;
  filter_class->get_strictness = liaison_entity_filter_get_strictness;

  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL, flags);
  properties[PROP_KIND] = g_param_spec_int ("kind", NULL, NULL, LIAISON_FILTER_ANY, G_MAXINT, LIAISON_FILTER_ANY, flags);
  properties[PROP_COUNTRY] = g_param_spec_string ("country", NULL, NULL, NULL, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, LIAISON_FILTER_ANY, G_MAXINT, LIAISON_FILTER_ANY, flags);
  properties[PROP_YEAR_FROM] = g_param_spec_int ("year-from", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_YEAR_TO] = g_param_spec_int ("year-to", NULL, NULL, 0, 9999, 0, flags);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_entity_filter_init (LiaisonEntityFilter *self)
{
  g_weak_ref_init (&self->document, NULL);
  self->searched = g_hash_table_new (NULL, NULL);
  self->searched_text = g_string_new (NULL);
  self->kind = LIAISON_FILTER_ANY;
  self->status = LIAISON_FILTER_ANY;
}
