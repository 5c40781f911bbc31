/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-ical.c: events as an iCalendar file (RFC 5545), for GNOME Calendar and other calendars.
 *
 * Events become all-day VEVENTs. Only events known to the day can be put
 * in a calendar: those dated "2021-early" or "2020-08" are left out (and
 * counted), rather than pinned to a day they did not happen on. Each
 * event's UID is its id, so exporting again updates the calendar instead
 * of duplicating it.
 */

#define G_LOG_DOMAIN "liaison-ical"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-ical.h"
#include "liaison-interop.h"
#include "liaison-language.h"

/* Appends one content line, folded at 75 octets without cutting a
 * character in two, ended by CRLF. */
static void
append_line (GString    *out,
             const char *line)
{
  gsize width = 0;

  for (const char *p = line; *p != '\0';)
    {
      const char *next = g_utf8_next_char (p);
      gsize size = next - p;

      if (width + size > 75)
        {
          g_string_append (out, "\r\n ");
          width = 1;
        }
      g_string_append_len (out, p, size);
      width += size;
      p = next;
    }

  g_string_append (out, "\r\n");
}

/* @text as an iCalendar TEXT value. */
static char *
escape_text (const char *text)
{
  GString *escaped = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\':
        case ';':
        case ',':
          g_string_append_c (escaped, '\\');
          g_string_append_c (escaped, *p);
          break;
        case '\n':
          g_string_append (escaped, "\\n");
          break;
        case '\r':
          break;
        default:
          /* Control characters are not allowed in TEXT. */
          if ((guchar) *p >= 0x20 || *p == '\t')
            g_string_append_c (escaped, *p);
          break;
        }
    }

  return g_string_free (escaped, FALSE);
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autofree char *escaped = NULL;
  g_autofree char *line = NULL;

  if (text == NULL || *text == '\0')
    return;

  escaped = escape_text (text);
  line = g_strconcat (name, ":", escaped, NULL);
  append_line (out, line);
}

static char *
format_day (const LiaisonDate *date,
            int                days_after)
{
  GDate day;

  g_date_set_dmy (&day, date->day, date->month, date->year);
  if (days_after > 0)
    g_date_add_days (&day, days_after);

  return g_strdup_printf ("%04u%02u%02u", g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

/* "Host: City of Yokohama, WeGO" and so on, one line per role. */
static char *
describe_participants (LiaisonDocument *document,
                       LiaisonEvent    *event)
{
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (document, LIAISON_ENTITY (event));
  g_autoptr(GEnumClass) roles = g_type_class_ref (LIAISON_TYPE_ROLE);
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < roles->n_values; r++)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;
      g_autofree char *joined = NULL;

      for (guint i = 0; i < participations->len; i++)
        {
          LiaisonParticipation *participation = participations->pdata[i];
          LiaisonEntity *organization;

          if ((int) liaison_participation_get_role (participation) != roles->values[r].value)
            continue;
          organization = liaison_document_lookup (document, liaison_participation_get_organization (participation));
          if (organization != NULL)
            g_strv_builder_take (builder, liaison_entity_dup_title (organization, liaison_language_get_current ()));
        }

      names = g_strv_builder_end (builder);
      if (names[0] == NULL)
        continue;

      joined = g_strjoinv (", ", names);
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: a role in an event and the organizations in it, as in "Host: WeGO, TCS". */
      g_string_append_printf (text, _("%s: %s"), liaison_enum_to_label (LIAISON_TYPE_ROLE, roles->values[r].value), joined);
    }

  return g_string_free (text, FALSE);
}

static void
append_event (GString         *out,
              LiaisonDocument *document,
              LiaisonEvent    *event,
              const char      *stamp)
{
  const LiaisonDate *start = liaison_event_get_start (event);
  const LiaisonDate *end = liaison_event_get_end (event);
  g_autofree char *summary = liaison_entity_dup_title (LIAISON_ENTITY (event), liaison_language_get_current ());
  g_autofree char *uid = g_strdup_printf ("UID:%s@%s", liaison_entity_get_id (LIAISON_ENTITY (event)), APP_ID);
  g_autofree char *first_day = format_day (start, 0);
  g_autofree char *after_last_day = NULL;
  g_autofree char *dtstart = g_strdup_printf ("DTSTART;VALUE=DATE:%s", first_day);
  g_autofree char *dtend = NULL;
  g_autofree char *participants = describe_participants (document, event);
  g_autoptr(GString) description = g_string_new (liaison_event_get_description (event));
  g_autoptr(GString) location = g_string_new (liaison_event_get_city (event));
  const char *status;

  /* DTEND of an all-day event is the day after the last. */
  if (end != NULL && end->day != 0 && liaison_date_compare (end, start) > 0)
    after_last_day = format_day (end, 1);
  else
    after_last_day = format_day (start, 1);
  dtend = g_strdup_printf ("DTEND;VALUE=DATE:%s", after_last_day);

  switch (liaison_event_get_status (event))
    {
    case LIAISON_EVENT_STATUS_PLANNED:
      status = "TENTATIVE";
      break;
    case LIAISON_EVENT_STATUS_CANCELLED:
      status = "CANCELLED";
      break;
    case LIAISON_EVENT_STATUS_HELD:
    default:
      status = "CONFIRMED";
      break;
    }

  if (liaison_event_get_country (event) != NULL)
    g_string_append_printf (location, "%s%s", location->len > 0 ? ", " : "", liaison_event_get_country (event));
  if (liaison_event_get_online (event) && location->len == 0)
    g_string_append (location, _("Online"));

  if (*participants != '\0')
    g_string_append_printf (description, "%s%s", description->len > 0 ? "\n\n" : "", participants);

  append_line (out, "BEGIN:VEVENT");
  append_line (out, uid);
  append_line (out, stamp);
  append_line (out, dtstart);
  append_line (out, dtend);
  append_property (out, "SUMMARY", summary);
  append_property (out, "DESCRIPTION", description->str);
  append_property (out, "LOCATION", location->str);
  append_property (out, "CATEGORIES", liaison_enum_to_label (LIAISON_TYPE_EVENT_KIND, liaison_event_get_kind (event)));
  append_property (out, "STATUS", status);
  append_line (out, "TRANSP:TRANSPARENT");
  append_line (out, "END:VEVENT");
}

/* @events (all of the document's when NULL) as an iCalendar file. Events
 * not known to the day are left out; @n_left_out says how many. */
char *
liaison_ical_export_data (LiaisonDocument *document,
                          GListModel      *events,
                          guint           *n_left_out,
                          gsize           *length)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "DTSTAMP:%Y%m%dT%H%M%SZ");
  g_autofree char *product = g_strdup_printf ("PRODID:-//City Liaison//Liaison %s//EN", PACKAGE_VERSION);
  guint left_out = 0;
  guint n_items;
  GString *out;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  if (events == NULL)
    events = liaison_document_get_events (document);

  out = g_string_new (NULL);
  append_line (out, "BEGIN:VCALENDAR");
  append_line (out, "VERSION:2.0");
  append_line (out, product);
  append_line (out, "CALSCALE:GREGORIAN");
  append_line (out, "METHOD:PUBLISH");

  n_items = g_list_model_get_n_items (events);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (events, i);
      const LiaisonDate *start;

      if (!LIAISON_IS_EVENT (item))
        continue;

      start = liaison_event_get_start (LIAISON_EVENT (item));
      if (!liaison_date_is_set (start) || start->day == 0)
        {
          left_out++;
          continue;
        }

      append_event (out, document, LIAISON_EVENT (item), stamp);
    }

  append_line (out, "END:VCALENDAR");

  if (n_left_out != NULL)
    *n_left_out = left_out;
  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

gboolean
liaison_ical_export_file (LiaisonDocument  *document,
                          GListModel       *events,
                          GFile            *file,
                          guint            *n_left_out,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = liaison_ical_export_data (document, events, n_left_out, &length);
  g_return_val_if_fail (data != NULL, FALSE);

  return liaison_interop_save_file (file, data, length, cancellable, error);
}
