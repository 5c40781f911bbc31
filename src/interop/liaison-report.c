/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-report.c: a PDF report of an event or an organization: who took part, links, sources.
 *
 * What a secretariat circulates after a webinar: the title, when and
 * where, the organizations that took part by role, the cooperation links
 * involved, and the sources every fact was taken from. It fits one A4
 * page for most records; a longer one goes on to more pages, breaking
 * between lines and never right after a heading, each page numbered.
 * Text is laid out with Pango in the interface font, then the Noto CJK
 * font of the interface language, so that Han characters take its forms;
 * names shown in another language are marked with theirs.
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
#define MARGIN 48.0
#define FOOTER_HEIGHT 24.0
#define BODY_SIZE 9.5
#define LINE_SPACING 1.5
#define HEADING_SPACE 12.0
#define ITEM_SPACE 3.0
#define MAX_UNSPLIT_HEIGHT 60.0   /* about four lines */

/* A paragraph of the report: a title, a heading, an entry. */
typedef struct
{
  char     *markup;
  double    space_before;
  gboolean  keep_with_next;   /* a heading stays with what follows */
} Block;

static void
block_clear (gpointer data)
{
  g_free (((Block *) data)->markup);
}

static void
add_block (GArray   *blocks,
           char     *markup,
           double    space_before,
           gboolean  keep_with_next)
{
  Block block = { markup, space_before, keep_with_next };

  g_array_append_val (blocks, block);
}

/* The record's name, marked with its language when it is not the
 * interface's. */
static char *
dup_name_markup (LiaisonEntity *entity)
{
  const char *language = liaison_language_get_current ();
  g_autofree char *title = liaison_entity_dup_title (entity, language);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  const char *found = liaison_entity_get_title_language (entity, language);

  if (found == NULL || g_str_equal (found, language))
    return g_steal_pointer (&escaped);

  return g_strdup_printf ("<span lang=\"%s\">%s</span>", liaison_language_get_tag (found), escaped);
}

static char *
dup_name_markup_by_id (LiaisonDocument *document,
                       const char      *id)
{
  LiaisonEntity *entity = id != NULL ? liaison_document_lookup (document, id) : NULL;

  return entity != NULL ? dup_name_markup (entity) : g_markup_escape_text (id != NULL ? id : "", -1);
}

static void
add_heading (GArray     *blocks,
             const char *heading)
{
  g_autofree char *escaped = g_markup_escape_text (heading, -1);

  add_block (blocks, g_strdup_printf ("<span size=\"large\" weight=\"bold\">%s</span>", escaped),
             HEADING_SPACE, TRUE);
}

/* Adds an entry made of pieces of markup, joined as the detail pane joins
 * facts: "Partnership · Smart City Institute Japan · 5 August 2020". */
static void
add_entry (GArray     *blocks,
           const char *label,
           GPtrArray  *pieces)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  if (label != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (label, -1);

      g_string_append_printf (markup, "<b>%s</b>  ", escaped);
    }

  for (guint i = 0; i < pieces->len; i++)
    {
      if (i > 0)
        g_string_append (markup, " · ");
      g_string_append (markup, pieces->pdata[i]);
    }

  add_block (blocks, g_string_free (g_steal_pointer (&markup), FALSE), ITEM_SPACE, FALSE);
}

static void
add_escaped (GPtrArray  *pieces,
             const char *text)
{
  if (text != NULL && *text != '\0')
    g_ptr_array_add (pieces, g_markup_escape_text (text, -1));
}

/* A date or period, kept on one line: Chinese and Japanese text may
 * otherwise break anywhere, "2020年7月6" then "日". */
static void
add_date (GPtrArray  *pieces,
          const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL || *text == '\0')
    return;

  escaped = g_markup_escape_text (text, -1);
  g_ptr_array_add (pieces, g_strdup_printf ("<span allow_breaks=\"false\">%s</span>", escaped));
}

static const LiaisonDate *
start_of_event (LiaisonDocument *document,
                const char      *id)
{
  LiaisonEntity *event = id != NULL ? liaison_document_lookup (document, id) : NULL;

  return LIAISON_IS_EVENT (event) ? liaison_event_get_start (LIAISON_EVENT (event)) : NULL;
}

static int
compare_by_event_date (gconstpointer a,
                       gconstpointer b,
                       gpointer      document)
{
  return liaison_date_compare (start_of_event (document, liaison_participation_get_event (*(LiaisonParticipation **) a)),
                               start_of_event (document, liaison_participation_get_event (*(LiaisonParticipation **) b)));
}

/* An event's participants, one entry per role, hosts first: each
 * organization with the person who spoke for it. */
static void
add_participants (GArray          *blocks,
                  LiaisonDocument *document,
                  LiaisonEvent    *event)
{
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (document, LIAISON_ENTITY (event));
  const LiaisonRole *roles;
  guint n_roles;

  if (participations->len == 0)
    return;

  add_heading (blocks, _("Participants"));
  roles = liaison_role_get_order (&n_roles);
  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *label = NULL;

      for (guint i = 0; i < participations->len; i++)
        {
          LiaisonParticipation *participation = participations->pdata[i];
          const char *person = liaison_participation_get_person (participation);
          g_autofree char *key = NULL;
          g_autofree char *name = NULL;

          if (liaison_participation_get_role (participation) != roles[r])
            continue;
          /* The same organization and person once, however recorded. */
          key = g_strdup_printf ("%s|%s", liaison_participation_get_organization (participation),
                                 person != NULL ? person : "");
          if (!g_hash_table_add (seen, g_steal_pointer (&key)))
            continue;

          name = dup_name_markup_by_id (document, liaison_participation_get_organization (participation));
          if (names->len > 0)
            /* Translators: between the names of organizations in a list,
             * which may have commas of their own. */
            g_string_append (names, C_("list of names", "; "));
          g_string_append (names, name);
          if (person != NULL)
            {
              g_autofree char *person_name = dup_name_markup_by_id (document, person);

              /* Translators: an organization, and in brackets the person who spoke for it. */
              g_string_append_printf (names, C_("participant", " (%s)"), person_name);
            }
        }

      if (names->len == 0)
        continue;

      label = g_markup_escape_text (liaison_role_get_heading (roles[r]), -1);
      add_block (blocks, g_strdup_printf ("<b>%s</b>  %s", label, names->str), ITEM_SPACE, FALSE);
    }
}

/* The events an organization took part in, by date, each once with its
 * roles in it. */
static void
add_events (GArray              *blocks,
            LiaisonDocument     *document,
            LiaisonOrganization *organization)
{
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (document, LIAISON_ENTITY (organization));

  if (participations->len == 0)
    return;

  add_heading (blocks, _("Events"));
  g_ptr_array_sort_with_data (participations, compare_by_event_date, document);
  for (guint i = 0; i < participations->len; i++)
    {
      const char *id = liaison_participation_get_event (participations->pdata[i]);
      LiaisonEntity *event = liaison_document_lookup (document, id);
      g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) roles = g_string_new (NULL);
      g_autofree char *period = NULL;
      gboolean seen = FALSE;
      guint32 had_roles = 0;

      for (guint k = 0; k < i && !seen; k++)
        seen = g_strcmp0 (liaison_participation_get_event (participations->pdata[k]), id) == 0;
      if (seen || !LIAISON_IS_EVENT (event))
        continue;

      for (guint k = i; k < participations->len; k++)
        {
          LiaisonRole role = liaison_participation_get_role (participations->pdata[k]);

          if (g_strcmp0 (liaison_participation_get_event (participations->pdata[k]), id) != 0 ||
              (had_roles & (1u << role)) != 0)
            continue;
          had_roles |= 1u << role;
          if (roles->len > 0)
            g_string_append (roles, C_("list of names", "; "));
          g_string_append (roles, liaison_enum_to_label (LIAISON_TYPE_ROLE, role));
        }

      g_ptr_array_add (pieces, dup_name_markup (event));
      period = liaison_date_format_range (liaison_event_get_start (LIAISON_EVENT (event)),
                                          liaison_event_get_end (LIAISON_EVENT (event)));
      add_date (pieces, period);
      add_entry (blocks, roles->str, pieces);
    }
}

/* A link as a list entry, not a sentence: kind · who · when. */
static void
add_link (GArray                 *blocks,
          LiaisonDocument        *document,
          LiaisonCooperationLink *link,
          const char             *seen_from)
{
  const char *from = liaison_cooperation_link_get_from (link);
  const char *to = liaison_cooperation_link_get_to (link);
  g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *period = liaison_date_format_range (liaison_cooperation_link_get_start (link),
                                                       liaison_cooperation_link_get_end (link));

  add_escaped (pieces, liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, liaison_cooperation_link_get_kind (link)));
  if (g_strcmp0 (seen_from, from) == 0)
    g_ptr_array_add (pieces, dup_name_markup_by_id (document, to));
  else if (g_strcmp0 (seen_from, to) == 0)
    g_ptr_array_add (pieces, dup_name_markup_by_id (document, from));
  else
    {
      g_autofree char *from_name = dup_name_markup_by_id (document, from);
      g_autofree char *to_name = dup_name_markup_by_id (document, to);

      g_ptr_array_add (pieces, g_strdup_printf ("%s – %s", from_name, to_name));
    }
  add_date (pieces, period);
  add_entry (blocks, NULL, pieces);
}

static void
add_links (GArray          *blocks,
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

  add_heading (blocks, _("Cooperation Links"));
  for (guint i = 0; i < links->len; i++)
    add_link (blocks, document, links->pdata[i], LIAISON_IS_ORGANIZATION (entity) ? id : NULL);
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
add_sources (GArray          *blocks,
             LiaisonDocument *document,
             LiaisonEntity   *entity)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (document, entity);
  guint number = 0;

  collect_sources (ids, entity);
  for (guint i = 0; i < participations->len; i++)
    collect_sources (ids, participations->pdata[i]);

  for (guint i = 0; i < ids->len; i++)
    {
      LiaisonEntity *found = liaison_document_lookup (document, ids->pdata[i]);
      g_autoptr(GPtrArray) pieces = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *date = NULL;
      g_autofree char *source_title = NULL;
      LiaisonSource *source;

      if (!LIAISON_IS_SOURCE (found))
        continue;
      if (number == 0)
        add_heading (blocks, _("Sources"));

      source = LIAISON_SOURCE (found);
      source_title = g_markup_escape_text (liaison_source_get_title (source), -1);
      g_ptr_array_add (pieces, g_strdup_printf ("%u. %s", ++number, source_title));
      add_escaped (pieces, liaison_source_get_publisher (source));
      date = liaison_date_format (liaison_source_get_date (source));
      add_date (pieces, date);
      add_escaped (pieces, liaison_source_get_url (source));
      add_entry (blocks, NULL, pieces);
    }
}

static GArray *
build_blocks (LiaisonDocument *document,
              LiaisonEntity   *entity)
{
  GArray *blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = dup_name_markup (entity);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *description;

  g_array_set_clear_func (blocks, block_clear);

  if (LIAISON_IS_EVENT (entity))
    {
      LiaisonEvent *event = LIAISON_EVENT (entity);
      g_autofree char *period = liaison_date_format_range (liaison_event_get_start (event), liaison_event_get_end (event));

      add_escaped (facts, liaison_enum_to_label (LIAISON_TYPE_EVENT_KIND, liaison_event_get_kind (event)));
      add_date (facts, period);
      add_escaped (facts, liaison_event_get_city (event));
      add_escaped (facts, liaison_event_get_country (event));
      if (liaison_event_get_online (event))
        add_escaped (facts, _("Online"));
      description = liaison_event_get_description (event);
    }
  else
    {
      LiaisonOrganization *organization = LIAISON_ORGANIZATION (entity);

      add_escaped (facts, liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND, liaison_organization_get_kind (organization)));
      add_escaped (facts, liaison_organization_get_short_name (organization));
      add_escaped (facts, liaison_organization_get_city (organization));
      add_escaped (facts, liaison_organization_get_country (organization));
      description = liaison_organization_get_description (organization);
    }

  add_block (blocks, g_strdup_printf ("<span size=\"xx-large\" weight=\"bold\">%s</span>", title), 0, TRUE);
  for (guint i = 0; i < facts->len; i++)
    g_string_append_printf (subtitle, "%s%s", i > 0 ? " · " : "", (char *) facts->pdata[i]);
  add_block (blocks, g_strdup_printf ("<span foreground=\"#5e5c64\">%s</span>", subtitle->str), 4, FALSE);

  if (description != NULL)
    {
      add_heading (blocks, _("Description"));
      add_block (blocks, g_markup_escape_text (description, -1), ITEM_SPACE, FALSE);
    }

  if (LIAISON_IS_EVENT (entity))
    add_participants (blocks, document, LIAISON_EVENT (entity));
  else
    add_events (blocks, document, LIAISON_ORGANIZATION (entity));
  add_links (blocks, document, entity);
  add_sources (blocks, document, entity);

  return blocks;
}

/* ---------------------------------------------------------------------- */
/* Pages                                                                   */

typedef struct
{
  cairo_t        *cr;        /* NULL while only counting pages */
  PangoContext   *context;
  const char     *footer;
  double          y;
  guint           page;
  guint           n_pages;
} Pages;

static PangoLayout *
block_layout (Pages       *pages,
              const Block *block)
{
  PangoLayout *layout = pango_layout_new (pages->context);

  pango_layout_set_width (layout, pango_units_from_double (PAGE_WIDTH - 2 * MARGIN));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, pango_units_from_double (LINE_SPACING));
  pango_layout_set_markup (layout, block->markup, -1);

  return layout;
}

static double
first_line_height (PangoLayout *layout)
{
  PangoRectangle extents;

  pango_layout_line_get_extents (pango_layout_get_line_readonly (layout, 0), NULL, &extents);

  return pango_units_to_double (extents.height);
}

/* The date the report was written, and the page's number when there is
 * more than one. */
static void
draw_footer (Pages *pages)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(PangoFontDescription) font = NULL;
  PangoRectangle extents;

  if (pages->cr == NULL)
    return;

  font = pango_font_description_copy (pango_context_get_font_description (pages->context));
  pango_font_description_set_size (font, 8 * PANGO_SCALE);
  layout = pango_layout_new (pages->context);
  pango_layout_set_font_description (layout, font);
  cairo_set_source_rgb (pages->cr, 0.37, 0.36, 0.39);

  pango_layout_set_text (layout, pages->footer, -1);
  cairo_move_to (pages->cr, MARGIN, PAGE_HEIGHT - MARGIN);
  pango_cairo_show_layout (pages->cr, layout);

  if (pages->n_pages > 1)
    {
      /* Translators: at the foot of each page of a report, as in "Page 2 of 3". */
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), pages->page, pages->n_pages);

      pango_layout_set_text (layout, number, -1);
      pango_layout_get_extents (layout, NULL, &extents);
      cairo_move_to (pages->cr, PAGE_WIDTH - MARGIN - pango_units_to_double (extents.width), PAGE_HEIGHT - MARGIN);
      pango_cairo_show_layout (pages->cr, layout);
    }
  cairo_set_source_rgb (pages->cr, 0, 0, 0);
}

static void
next_page (Pages *pages)
{
  draw_footer (pages);
  if (pages->cr != NULL)
    cairo_show_page (pages->cr);
  pages->page++;
  pages->y = MARGIN;
}

static double
bottom (void)
{
  return PAGE_HEIGHT - MARGIN - FOOTER_HEIGHT;
}

/* Lays the blocks out on pages, drawing them when pages->cr is set: a
 * block goes whole to the next page when it does not fit but would on a
 * fresh one, else line by line; a heading never ends a page. */
static void
lay_out_pages (Pages  *pages,
               GArray *blocks)
{
  pages->page = 1;
  pages->y = MARGIN;

  for (guint b = 0; b < blocks->len; b++)
    {
      const Block *block = &g_array_index (blocks, Block, b);
      g_autoptr(PangoLayout) layout = block_layout (pages, block);
      PangoRectangle extents;
      double height, needed;

      pango_layout_get_extents (layout, NULL, &extents);
      height = pango_units_to_double (extents.height);
      if (pages->y > MARGIN)
        pages->y += block->space_before;

      needed = height;
      if (block->keep_with_next && b + 1 < blocks->len)
        {
          const Block *next = &g_array_index (blocks, Block, b + 1);
          g_autoptr(PangoLayout) next_layout = block_layout (pages, next);

          needed += next->space_before + first_line_height (next_layout);
        }

      /* Short blocks and headings move to the next page whole; long ones
       * are split there. */
      if (pages->y + needed > bottom () && pages->y > MARGIN &&
          (height <= MAX_UNSPLIT_HEIGHT || block->keep_with_next))
        next_page (pages);

      if (pages->y + height <= bottom ())
        {
          if (pages->cr != NULL)
            {
              cairo_move_to (pages->cr, MARGIN, pages->y);
              pango_cairo_show_layout (pages->cr, layout);
            }
          pages->y += height;
          continue;
        }

      /* Longer than what is left of the page: line by line. */
      {
        PangoLayoutIter *iter = pango_layout_get_iter (layout);

        do
          {
            PangoRectangle line_extents;
            double line_height, baseline;

            pango_layout_iter_get_line_extents (iter, NULL, &line_extents);
            line_height = pango_units_to_double (line_extents.height);
            if (pages->y + line_height > bottom () && pages->y > MARGIN)
              next_page (pages);
            baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter)) -
                       pango_units_to_double (line_extents.y);
            if (pages->cr != NULL)
              {
                cairo_move_to (pages->cr, MARGIN + pango_units_to_double (line_extents.x), pages->y + baseline);
                pango_cairo_show_layout_line (pages->cr, pango_layout_iter_get_line_readonly (iter));
              }
            pages->y += line_height + LINE_SPACING;
          }
        while (pango_layout_iter_next_line (iter));
        pango_layout_iter_free (iter);
      }
    }

  pages->n_pages = pages->page;
  draw_footer (pages);
  if (pages->cr != NULL)
    cairo_show_page (pages->cr);
}

static cairo_status_t
write_to_string (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);

  return CAIRO_STATUS_SUCCESS;
}

/* The interface font, then the Noto CJK font of the interface language. */
static PangoContext *
create_context (cairo_t *cr)
{
  const char *language = liaison_language_get_current ();
  const char *cjk = liaison_language_get_cjk_family (language);
  g_autofree char *families = g_strdup_printf ("Cantarell,%s%ssans-serif", cjk != NULL ? cjk : "", cjk != NULL ? "," : "");
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (families);
  PangoContext *context = pango_cairo_create_context (cr);

  pango_font_description_set_size (font, (int) (BODY_SIZE * PANGO_SCALE));
  pango_context_set_font_description (context, font);
  pango_context_set_language (context, pango_language_from_string (liaison_language_get_tag (language)));

  return context;
}

/* Writes a PDF report of @event_or_organization to @file: one A4 page,
 * or as many as it takes. */
gboolean
liaison_report_export_file (LiaisonDocument  *document,
                            LiaisonEntity    *event_or_organization,
                            GFile            *file,
                            GCancellable     *cancellable,
                            GError          **error)
{
  g_autoptr(GString) pdf = g_string_new (NULL);
  g_autoptr(GArray) blocks = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *footer = NULL;
  g_autofree char *today = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  LiaisonDate date = LIAISON_DATE_INIT_NONE;
  Pages pages = { NULL };

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (LIAISON_IS_EVENT (event_or_organization) || LIAISON_IS_ORGANIZATION (event_or_organization), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  blocks = build_blocks (document, event_or_organization);
  title = liaison_entity_dup_title (event_or_organization, liaison_language_get_current ());
  date.year = g_date_time_get_year (now);
  date.month = g_date_time_get_month (now);
  date.day = g_date_time_get_day_of_month (now);
  today = liaison_date_format (&date);
  /* Translators: at the foot of a report; the date it was written. */
  footer = g_strdup_printf (_("Written with Liaison on %s"), today);

  surface = cairo_pdf_surface_create_for_stream (write_to_string, pdf, PAGE_WIDTH, PAGE_HEIGHT);
  /* PDF 1.4 has no compressed object streams: older readers and simple
   * tools (and the tests) can see its structure. */
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_4);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Liaison " PACKAGE_VERSION);
  cr = cairo_create (surface);

  /* Once to count the pages, once to draw them. */
  pages.context = create_context (cr);
  pages.footer = footer;
  lay_out_pages (&pages, blocks);
  pages.cr = cr;
  lay_out_pages (&pages, blocks);
  g_object_unref (pages.context);

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
