/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-columns.c: which columns each list shows, and what is in them.
 *
 * The first column of every list is the record's title; the others are what a
 * secretariat scans a list for. On narrow windows the other columns are
 * hidden and the title cell shows them as one summary line.
 */

#define G_LOG_DOMAIN "liaison-entity-columns"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-entity-columns.h"
#include "model/liaison-cooperation-link.h"
#include "model/liaison-country.h"
#include "model/liaison-event.h"
#include "model/liaison-language.h"
#include "model/liaison-organization.h"
#include "model/liaison-person.h"
#include "model/liaison-source.h"

static char *
empty_to_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

static gint64
date_number (const LiaisonDate *date)
{
  return liaison_date_is_set (date) ? liaison_date_get_first_day (date) : G_MININT64;
}

static char *
title_text (LiaisonDocument *document,
            LiaisonEntity   *entity)
{
  return liaison_entity_dup_title (entity, liaison_language_get_current ());
}

/* The title of the record @id refers to, or the id itself when it is not in
 * the document (the loader refuses such files, so only while editing). */
char *
liaison_entity_columns_dup_title (LiaisonDocument *document,
                                  const char      *id)
{
  LiaisonEntity *entity;

  if (id == NULL || *id == '\0')
    return NULL;
  entity = liaison_document_lookup (document, id);

  return entity != NULL ? title_text (document, entity) : g_strdup (id);
}

/* The ISO code alone: flags need an emoji font not every system has. */
static char *
country_text (const char *code)
{
  return empty_to_null (code);
}

/* Organizations */

static char *
organization_short_name (LiaisonDocument *document,
                         LiaisonEntity   *entity)
{
  return empty_to_null (liaison_organization_get_short_name (LIAISON_ORGANIZATION (entity)));
}

static char *
organization_country (LiaisonDocument *document,
                      LiaisonEntity   *entity)
{
  return country_text (liaison_organization_get_country (LIAISON_ORGANIZATION (entity)));
}

static char *
organization_kind (LiaisonDocument *document,
                   LiaisonEntity   *entity)
{
  return g_strdup (liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND,
                                          liaison_organization_get_kind (LIAISON_ORGANIZATION (entity))));
}

static gint64
organization_links_number (LiaisonDocument *document,
                           LiaisonEntity   *entity)
{
  return liaison_document_count_links_of (document, LIAISON_ORGANIZATION (entity));
}

static char *
organization_links (LiaisonDocument *document,
                    LiaisonEntity   *entity)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, organization_links_number (document, entity));
}

static const LiaisonColumn organization_columns[] = {
  { "name", N_("Name"), TRUE, FALSE, 0, title_text, NULL, NULL },
  { "country", N_("Country or Region"), FALSE, FALSE, 120, organization_country, NULL, NULL },
  { "kind", N_("Kind"), FALSE, FALSE, 190, organization_kind, NULL, NULL },
  { "links", N_("Links"), FALSE, TRUE, 70, organization_links, organization_links_number, NULL },
};

/* People */

static char *
person_title (LiaisonDocument *document,
              LiaisonEntity   *entity)
{
  return empty_to_null (liaison_person_get_title (LIAISON_PERSON (entity)));
}

static char *
person_affiliation (LiaisonDocument *document,
                    LiaisonEntity   *entity)
{
  return liaison_entity_columns_dup_title (document, liaison_person_get_affiliation (LIAISON_PERSON (entity)));
}

static const LiaisonColumn person_columns[] = {
  { "name", N_("Name"), TRUE, FALSE, 0, title_text, NULL, NULL },
  { "title", N_("Position"), TRUE, FALSE, 0, person_title, NULL, NULL },
  { "affiliation", N_("Affiliation"), TRUE, FALSE, 0, person_affiliation, NULL, NULL },
};

/* Events */

static char *
event_date (LiaisonDocument *document,
            LiaisonEntity   *entity)
{
  LiaisonEvent *event = LIAISON_EVENT (entity);

  return liaison_date_format_range (liaison_event_get_start (event), liaison_event_get_end (event));
}

static gint64
event_date_number (LiaisonDocument *document,
                   LiaisonEntity   *entity)
{
  return date_number (liaison_event_get_start (LIAISON_EVENT (entity)));
}

static char *
event_place (LiaisonDocument *document,
             LiaisonEntity   *entity)
{
  LiaisonEvent *event = LIAISON_EVENT (entity);
  const char *city = liaison_event_get_city (event);
  g_autofree char *country = country_text (liaison_event_get_country (event));

  if (liaison_event_get_online (event) && (city == NULL || *city == '\0'))
    return g_strdup (_("Online"));
  if (city != NULL && *city != '\0' && country != NULL)
    /* Translators: a place: a city and the code of its country or region, as in "Taipei, TW". */
    return g_strdup_printf (C_("place", "%s, %s"), city, country);
  if (city != NULL && *city != '\0')
    return g_strdup (city);

  return g_steal_pointer (&country);
}

static char *
event_status (LiaisonDocument *document,
              LiaisonEntity   *entity)
{
  return g_strdup (liaison_enum_to_label (LIAISON_TYPE_EVENT_STATUS, liaison_event_get_status (LIAISON_EVENT (entity))));
}

static gint64
event_status_number (LiaisonDocument *document,
                     LiaisonEntity   *entity)
{
  return liaison_event_get_status (LIAISON_EVENT (entity));
}

static const char *
event_status_style (LiaisonEntity *entity)
{
  switch (liaison_event_get_status (LIAISON_EVENT (entity)))
    {
    case LIAISON_EVENT_STATUS_PLANNED:
      return "accent";
    case LIAISON_EVENT_STATUS_CANCELLED:
      return "error";
    case LIAISON_EVENT_STATUS_HELD:
    default:
      return NULL;
    }
}

/* The largest figure reported; sources may disagree, the detail page shows all. */
static const LiaisonFigure *
event_largest_attendance (LiaisonEvent *event)
{
  GPtrArray *attendance = liaison_event_get_attendance (event);
  const LiaisonFigure *largest = NULL;

  for (guint i = 0; attendance != NULL && i < attendance->len; i++)
    {
      const LiaisonFigure *figure = g_ptr_array_index (attendance, i);

      if (largest == NULL || liaison_figure_get_count (figure) > liaison_figure_get_count (largest))
        largest = figure;
    }

  return largest;
}

static char *
event_attendance (LiaisonDocument *document,
                  LiaisonEntity   *entity)
{
  const LiaisonFigure *figure = event_largest_attendance (LIAISON_EVENT (entity));

  return figure != NULL ? liaison_figure_format (figure) : NULL;
}

static gint64
event_attendance_number (LiaisonDocument *document,
                         LiaisonEntity   *entity)
{
  const LiaisonFigure *figure = event_largest_attendance (LIAISON_EVENT (entity));

  return figure != NULL ? liaison_figure_get_count (figure) : -1;
}

static const LiaisonColumn event_columns[] = {
  { "title", N_("Title"), TRUE, FALSE, 0, title_text, NULL, NULL },
  { "date", N_("Date"), FALSE, FALSE, 130, event_date, event_date_number, NULL },
  { "place", N_("Place"), FALSE, FALSE, 120, event_place, NULL, NULL },
  { "status", N_("Status"), FALSE, FALSE, 90, event_status, event_status_number, event_status_style },
  { "attendance", N_("Attendance"), FALSE, TRUE, 90, event_attendance, event_attendance_number, NULL },
};

/* Cooperation links */

static char *
link_from (LiaisonDocument *document,
           LiaisonEntity   *entity)
{
  return liaison_entity_columns_dup_title (document, liaison_cooperation_link_get_from (LIAISON_COOPERATION_LINK (entity)));
}

static char *
link_to (LiaisonDocument *document,
         LiaisonEntity   *entity)
{
  return liaison_entity_columns_dup_title (document, liaison_cooperation_link_get_to (LIAISON_COOPERATION_LINK (entity)));
}

static char *
link_kind (LiaisonDocument *document,
           LiaisonEntity   *entity)
{
  return g_strdup (liaison_enum_to_label (LIAISON_TYPE_LINK_KIND,
                                          liaison_cooperation_link_get_kind (LIAISON_COOPERATION_LINK (entity))));
}

static char *
link_date (LiaisonDocument *document,
           LiaisonEntity   *entity)
{
  LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);

  return liaison_date_format_range (liaison_cooperation_link_get_start (link), liaison_cooperation_link_get_end (link));
}

static gint64
link_date_number (LiaisonDocument *document,
                  LiaisonEntity   *entity)
{
  return date_number (liaison_cooperation_link_get_start (LIAISON_COOPERATION_LINK (entity)));
}

static char *
link_status (LiaisonDocument *document,
             LiaisonEntity   *entity)
{
  return g_strdup (liaison_enum_to_label (LIAISON_TYPE_LINK_STATUS,
                                          liaison_cooperation_link_get_status (LIAISON_COOPERATION_LINK (entity))));
}

static gint64
link_status_number (LiaisonDocument *document,
                    LiaisonEntity   *entity)
{
  return liaison_cooperation_link_get_status (LIAISON_COOPERATION_LINK (entity));
}

static const char *
link_status_style (LiaisonEntity *entity)
{
  switch (liaison_cooperation_link_get_status (LIAISON_COOPERATION_LINK (entity)))
    {
    case LIAISON_LINK_STATUS_PLANNED:
      return "accent";
    case LIAISON_LINK_STATUS_ENDED:
      return "dimmed";
    case LIAISON_LINK_STATUS_ACTIVE:
    default:
      return NULL;
    }
}

static const LiaisonColumn link_columns[] = {
  { "from", N_("From"), TRUE, FALSE, 0, link_from, NULL, NULL },
  { "to", N_("To"), TRUE, FALSE, 0, link_to, NULL, NULL },
  { "kind", N_("Kind"), FALSE, FALSE, 140, link_kind, NULL, NULL },
  { "date", N_("Since"), FALSE, FALSE, 120, link_date, link_date_number, NULL },
  { "status", N_("Status"), FALSE, FALSE, 80, link_status, link_status_number, link_status_style },
};

/* Sources */

static char *
source_publisher (LiaisonDocument *document,
                  LiaisonEntity   *entity)
{
  return empty_to_null (liaison_source_get_publisher (LIAISON_SOURCE (entity)));
}

static char *
source_date (LiaisonDocument *document,
             LiaisonEntity   *entity)
{
  return liaison_date_format (liaison_source_get_date (LIAISON_SOURCE (entity)));
}

static gint64
source_date_number (LiaisonDocument *document,
                    LiaisonEntity   *entity)
{
  return date_number (liaison_source_get_date (LIAISON_SOURCE (entity)));
}

static char *
source_language (LiaisonDocument *document,
                 LiaisonEntity   *entity)
{
  const char *language = liaison_source_get_language (LIAISON_SOURCE (entity));
  const char *name = liaison_language_get_native_name (language);

  return name != NULL ? g_strdup (name) : empty_to_null (language);
}

static const LiaisonColumn source_columns[] = {
  { "title", N_("Title"), TRUE, FALSE, 0, title_text, NULL, NULL },
  { "publisher", N_("Publisher"), TRUE, FALSE, 0, source_publisher, NULL, NULL },
  { "date", N_("Date"), FALSE, FALSE, 140, source_date, source_date_number, NULL },
  { "language", N_("Language"), FALSE, FALSE, 100, source_language, NULL, NULL },
};

/* What the title cell shows after the title, dimmed: an organization's acronym. */
char *
liaison_entity_columns_dup_secondary (LiaisonDocument *document,
                                      LiaisonEntity   *entity)
{
  if (LIAISON_IS_ORGANIZATION (entity))
    return organization_short_name (document, entity);

  return NULL;
}

const LiaisonColumn *
liaison_entity_columns_get (GType  entity_type,
                            guint *n_columns)
{
  static const struct {
    GType (*type) (void);
    const LiaisonColumn *columns;
    guint n_columns;
  } tables[] = {
    { liaison_organization_get_type, organization_columns, G_N_ELEMENTS (organization_columns) },
    { liaison_person_get_type, person_columns, G_N_ELEMENTS (person_columns) },
    { liaison_event_get_type, event_columns, G_N_ELEMENTS (event_columns) },
    { liaison_cooperation_link_get_type, link_columns, G_N_ELEMENTS (link_columns) },
    { liaison_source_get_type, source_columns, G_N_ELEMENTS (source_columns) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      if (tables[i].type () == entity_type)
        {
          *n_columns = tables[i].n_columns;
          return tables[i].columns;
        }
    }

  *n_columns = 0;

  return NULL;
}

/* The other columns as one line, for the title cell on narrow windows. */
char *
liaison_entity_columns_dup_summary (LiaisonDocument *document,
                                    LiaisonEntity   *entity)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = NULL;
  const LiaisonColumn *columns;
  guint n_columns;

  columns = liaison_entity_columns_get (G_OBJECT_TYPE (entity), &n_columns);
  /* Links are titled by both ends. */
  for (guint i = LIAISON_IS_COOPERATION_LINK (entity) ? 2 : 1; i < n_columns; i++)
    {
      g_autofree char *text = columns[i].text (document, entity);

      if (text == NULL)
        continue;
      if (g_str_equal (columns[i].id, "links"))
        {
          gint64 n = columns[i].number (document, entity);

          g_free (text);
          text = g_strdup_printf (ngettext ("%d link", "%d links", (gulong) n), (int) n);
        }
      g_strv_builder_take (builder, g_steal_pointer (&text));
    }
  parts = g_strv_builder_end (builder);

  /* Translators: separates the facts of a list row on narrow windows. */
  return g_strjoinv (C_("list summary separator", " · "), parts);
}
