/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-report.c: a one-page PDF report of an event or an organization: who took part, links, sources.
 *
 * What a secretariat circulates after a webinar: the title, when and
 * where, the organizations that took part by role, the cooperation links
 * involved, and the sources every fact was taken from. It is one A4 page
 * laid out with Pango (so CJK names are shaped and fall back to a font
 * that has them); what does not fit is cut with an ellipsis.
 */

#define G_LOG_DOMAIN "liaison-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "liaison-interop.h"
#include "liaison-language.h"
#include "liaison-report.h"

#define PAGE_WIDTH 595.0    /* A4, in points */
#define PAGE_HEIGHT 842.0
#define MARGIN 56.0

static char *
title_of (LiaisonDocument *document,
          const char      *id)
{
  LiaisonEntity *entity = liaison_document_lookup (document, id);

  return entity != NULL ? liaison_entity_dup_title (entity, liaison_language_get_current ()) : g_strdup (id);
}

static void
append_heading (GString    *markup,
                const char *heading)
{
  g_autofree char *escaped = g_markup_escape_text (heading, -1);

  g_string_append_printf (markup, "\n<span size=\"large\" weight=\"bold\">%s</span>\n", escaped);
}

static void
append_line (GString    *markup,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append_printf (markup, "%s\n", escaped);
}

static void
append_participants (GString         *markup,
                     LiaisonDocument *document,
                     LiaisonEntity   *entity)
{
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (document, entity);
  g_autoptr(GEnumClass) roles = g_type_class_ref (LIAISON_TYPE_ROLE);
  gboolean event = LIAISON_IS_EVENT (entity);

  if (participations->len == 0)
    return;

  append_heading (markup, event ? _("Participants") : _("Events"));

  for (guint r = 0; r < roles->n_values; r++)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) names = NULL;
      g_autofree char *joined = NULL;
      g_autofree char *role = NULL;
      g_autofree char *escaped = NULL;

      for (guint i = 0; i < participations->len; i++)
        {
          LiaisonParticipation *participation = participations->pdata[i];
          const char *other = event ? liaison_participation_get_organization (participation)
                                    : liaison_participation_get_event (participation);

          if ((int) liaison_participation_get_role (participation) == roles->values[r].value)
            g_strv_builder_take (builder, title_of (document, other));
        }

      names = g_strv_builder_end (builder);
      if (names[0] == NULL)
        continue;

      joined = g_strjoinv (", ", names);
      role = g_markup_escape_text (liaison_enum_to_label (LIAISON_TYPE_ROLE, roles->values[r].value), -1);
      escaped = g_markup_escape_text (joined, -1);
      g_string_append_printf (markup, "<b>%s</b>  %s\n", role, escaped);
    }
}

static void
append_link (GString                *markup,
             LiaisonDocument        *document,
             LiaisonCooperationLink *link,
             const char             *seen_from)
{
  const char *from = liaison_cooperation_link_get_from (link);
  const char *to = liaison_cooperation_link_get_to (link);
  g_autofree char *from_title = title_of (document, from);
  g_autofree char *to_title = title_of (document, to);
  g_autofree char *period = liaison_date_format_range (liaison_cooperation_link_get_start (link),
                                                       liaison_cooperation_link_get_end (link));
  g_autoptr(GString) line = g_string_new (liaison_enum_to_label (LIAISON_TYPE_LINK_KIND,
                                                                 liaison_cooperation_link_get_kind (link)));

  /* A list entry, not a sentence: kind · who · when. */
  g_string_append (line, " · ");
  if (g_strcmp0 (seen_from, from) == 0)
    g_string_append (line, to_title);
  else if (g_strcmp0 (seen_from, to) == 0)
    g_string_append (line, from_title);
  else
    g_string_append_printf (line, "%s – %s", from_title, to_title);
  if (period != NULL && *period != '\0')
    g_string_append_printf (line, " · %s", period);

  append_line (markup, line->str);
}

static void
append_links (GString         *markup,
              LiaisonDocument *document,
              LiaisonEntity   *entity)
{
  g_autoptr(GPtrArray) links = NULL;
  const char *id = liaison_entity_get_id (entity);

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      links = liaison_document_get_links_of (document, LIAISON_ORGANIZATION (entity));
    }
  else
    {
      GListModel *all = liaison_document_get_links (document);

      links = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (all); i++)
        {
          g_autoptr(LiaisonCooperationLink) link = g_list_model_get_item (all, i);

          if (g_strcmp0 (liaison_cooperation_link_get_event (link), id) == 0)
            g_ptr_array_add (links, g_steal_pointer (&link));
        }
    }

  if (links->len == 0)
    return;

  append_heading (markup, _("Cooperation Links"));
  for (guint i = 0; i < links->len; i++)
    append_link (markup, document, links->pdata[i], LIAISON_IS_ORGANIZATION (entity) ? id : NULL);
}

static void
collect_sources (GPtrArray     *ids,
                 LiaisonEntity *entity)
{
  for (const char * const *source = liaison_entity_get_sources (entity); *source != NULL; source++)
    {
      if (!g_ptr_array_find_with_equal_func (ids, *source, g_str_equal, NULL))
        g_ptr_array_add (ids, (char *) *source);
    }
}

static void
append_sources (GString         *markup,
                LiaisonDocument *document,
                LiaisonEntity   *entity)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (document, entity);

  collect_sources (ids, entity);
  for (guint i = 0; i < participations->len; i++)
    collect_sources (ids, participations->pdata[i]);

  if (ids->len == 0)
    return;

  append_heading (markup, _("Sources"));
  for (guint i = 0; i < ids->len; i++)
    {
      LiaisonEntity *found = liaison_document_lookup (document, ids->pdata[i]);
      LiaisonSource *source;
      g_autoptr(GString) line = NULL;
      g_autofree char *date = NULL;

      if (!LIAISON_IS_SOURCE (found))
        continue;

      source = LIAISON_SOURCE (found);
      line = g_string_new (liaison_source_get_title (source));
      if (liaison_source_get_publisher (source) != NULL)
        g_string_append_printf (line, " · %s", liaison_source_get_publisher (source));
      date = liaison_date_format (liaison_source_get_date (source));
      if (date != NULL && *date != '\0')
        g_string_append_printf (line, " · %s", date);
      if (liaison_source_get_url (source) != NULL)
        g_string_append_printf (line, " · %s", liaison_source_get_url (source));

      g_string_append_printf (markup, "%u. ", i + 1);
      append_line (markup, line->str);
    }
}

static char *
build_markup (LiaisonDocument *document,
              LiaisonEntity   *entity)
{
  GString *markup = g_string_new (NULL);
  g_autofree char *title = liaison_entity_dup_title (entity, liaison_language_get_current ());
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *description;

  if (LIAISON_IS_EVENT (entity))
    {
      LiaisonEvent *event = LIAISON_EVENT (entity);
      g_autofree char *period = liaison_date_format_range (liaison_event_get_start (event), liaison_event_get_end (event));

      g_string_append (subtitle, liaison_enum_to_label (LIAISON_TYPE_EVENT_KIND, liaison_event_get_kind (event)));
      if (period != NULL && *period != '\0')
        g_string_append_printf (subtitle, " · %s", period);
      if (liaison_event_get_city (event) != NULL)
        g_string_append_printf (subtitle, " · %s", liaison_event_get_city (event));
      if (liaison_event_get_online (event))
        g_string_append_printf (subtitle, " · %s", _("Online"));
      description = liaison_event_get_description (event);
    }
  else
    {
      LiaisonOrganization *organization = LIAISON_ORGANIZATION (entity);

      g_string_append (subtitle, liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND,
                                                        liaison_organization_get_kind (organization)));
      if (liaison_organization_get_short_name (organization) != NULL)
        g_string_append_printf (subtitle, " · %s", liaison_organization_get_short_name (organization));
      if (liaison_organization_get_city (organization) != NULL)
        g_string_append_printf (subtitle, " · %s", liaison_organization_get_city (organization));
      if (liaison_organization_get_country (organization) != NULL)
        g_string_append_printf (subtitle, " · %s", liaison_organization_get_country (organization));
      description = liaison_organization_get_description (organization);
    }

  g_string_append_printf (markup, "<span size=\"xx-large\" weight=\"bold\">%s</span>\n", escaped_title);
  {
    g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);

    g_string_append_printf (markup, "<span foreground=\"#5e5c64\">%s</span>\n", escaped);
  }

  if (description != NULL)
    {
      append_heading (markup, _("Description"));
      append_line (markup, description);
    }

  append_participants (markup, document, entity);
  append_links (markup, document, entity);
  append_sources (markup, document, entity);

  return g_string_free (markup, FALSE);
}

static cairo_status_t
write_to_string (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* Writes a one-page PDF report of @event_or_organization to @file. */
gboolean
liaison_report_export_file (LiaisonDocument  *document,
                            LiaisonEntity    *event_or_organization,
                            GFile            *file,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(GString) pdf = g_string_new (NULL);
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoLayout) footer = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *markup = NULL;
  g_autofree char *footer_text = NULL;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  LiaisonDate date = LIAISON_DATE_INIT_NONE;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (LIAISON_IS_EVENT (event_or_organization) || LIAISON_IS_ORGANIZATION (event_or_organization), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  markup = build_markup (document, event_or_organization);
  title = liaison_entity_dup_title (event_or_organization, liaison_language_get_current ());

  surface = cairo_pdf_surface_create_for_stream (write_to_string, pdf, PAGE_WIDTH, PAGE_HEIGHT);
  /* PDF 1.4 has no compressed object streams: older readers and simple
   * tools (and the tests) can see its structure. */
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_4);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Liaison " PACKAGE_VERSION);
  cr = cairo_create (surface);

  font = pango_font_description_from_string ("Sans 10");
  layout = pango_cairo_create_layout (cr);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (PAGE_WIDTH - 2 * MARGIN));
  pango_layout_set_height (layout, pango_units_from_double (PAGE_HEIGHT - 2 * MARGIN - 24));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_spacing (layout, pango_units_from_double (2));
  pango_layout_set_markup (layout, markup, -1);

  cairo_move_to (cr, MARGIN, MARGIN);
  pango_cairo_show_layout (cr, layout);

  date.year = g_date_time_get_year (now);
  date.month = g_date_time_get_month (now);
  date.day = g_date_time_get_day_of_month (now);
  today = liaison_date_format (&date);
  /* Translators: at the foot of a report; the date it was written. */
  footer_text = g_strdup_printf (_("Written with Liaison on %s"), today);
  footer = pango_cairo_create_layout (cr);
  pango_font_description_set_size (font, 8 * PANGO_SCALE);
  pango_layout_set_font_description (footer, font);
  pango_layout_set_text (footer, footer_text, -1);
  cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
  cairo_move_to (cr, MARGIN, PAGE_HEIGHT - MARGIN);
  pango_cairo_show_layout (cr, footer);

  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID,
                   _("Could not write the report: %s"), cairo_status_to_string (status));
      return FALSE;
    }

  return liaison_interop_save_file (file, pdf->str, pdf->len, cancellable, error);
}
