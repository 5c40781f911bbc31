/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-image.c: the network graph as a PNG, SVG or PDF file, drawn without a window.
 *
 * "liaison --export=graph.png network.liaison" runs in scripts, with no
 * display, so this draws with cairo and Pango alone, as the graph page
 * would show the whole network: the positions saved in the document, or
 * a force layout run to rest from the page's seed where there are none;
 * nodes coloured by country and sized by their links; names placed
 * where they overlap nothing; the legend in a card at the bottom left.
 * Colours and strokes come from liaison-graph-style.c.
 *
 * PNG and PDF are drawn by cairo, and PDF keeps its text as text. SVG is
 * written here rather than by cairo, whose SVG has every letter as a
 * shape: names stay <text> that can be searched, selected and edited.
 */

#define G_LOG_DOMAIN "liaison-graph-image"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "graph/liaison-force-layout.h"
#include "graph/liaison-graph-camera.h"
#include "graph/liaison-graph-style.h"
#include "graph/liaison-label-placer.h"
#include "liaison-graph-image.h"
#include "liaison-interop.h"
#include "liaison-language.h"

/* The graph page's seed, so that an image and the page lay a network out
 * alike. */
#define LAYOUT_SEED           20240601
#define MAX_LAYOUT_ITERATIONS 5000
#define FONT_SIZE             11.0   /* points, as the interface's text */
#define LABEL_SCALE           0.85
#define LABEL_MAX_WIDTH       170.0
#define LABEL_PADDING_X       4.0
#define LABEL_PADDING_Y       1.5
#define MAX_LABELS            400
#define MAX_LABEL_TRIES       3000
#define SHORT_NAME_ZOOM       0.75
#define FIT_MARGIN            36.0
#define LEGEND_ROW            18.0
#define LEGEND_SWATCH         26.0
#define LEGEND_PADDING        10.0
#define LEGEND_GAP            18.0
#define LEGEND_INSET          12.0

typedef struct
{
  double red;
  double green;
  double blue;
  double alpha;
} Rgba;

static const Rgba background = { 1, 1, 1, 1 };
static const Rgba foreground = { 0, 0, 0.024, 1 };

/* Where the drawing goes: cairo for PNG and PDF, SVG text otherwise. */
typedef struct
{
  cairo_t      *cr;
  GString      *svg;
  PangoContext *context;
  char         *svg_family;
} Canvas;

typedef struct
{
  Canvas   *canvas;
  GString  *data;   /* SVG path data */
} Path;

typedef struct
{
  guint        node;
  double       x;
  double       y;
  PangoLayout *layout;
  const char  *language;   /* of a name not in the interface language */
} Label;

typedef struct
{
  GArray    *entries;   /* of LiaisonGraphLegendEntry */
  GPtrArray *layouts;
  double     width;
} LegendColumn;

/* ---------------------------------------------------------------------- */
/* Drawing on either                                                       */

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Never a decimal comma, whatever the locale. */
  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
}

static void
append_color (GString    *out,
              const char *attribute,
              const Rgba *color)
{
  g_string_append_printf (out, " %s=\"#%02x%02x%02x\"", attribute,
                          (guint) round (color->red * 255), (guint) round (color->green * 255),
                          (guint) round (color->blue * 255));
  if (color->alpha < 1)
    {
      g_string_append_printf (out, " %s-opacity=\"", attribute);
      append_number (out, color->alpha);
      g_string_append_c (out, '"');
    }
}

static void
set_source (cairo_t    *cr,
            const Rgba *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
path_begin (Path   *path,
            Canvas *canvas)
{
  path->canvas = canvas;
  path->data = canvas->svg != NULL ? g_string_new (NULL) : NULL;
  if (canvas->cr != NULL)
    cairo_new_path (canvas->cr);
}

/* Moves to, or draws a line to (@command 'M' or 'L'), @x, @y. */
static void
path_point (Path   *path,
            char    command,
            double  x,
            double  y)
{
  if (path->data != NULL)
    {
      g_string_append_c (path->data, command);
      append_number (path->data, x);
      g_string_append_c (path->data, ' ');
      append_number (path->data, y);
    }
  else if (command == 'M')
    cairo_move_to (path->canvas->cr, x, y);
  else
    cairo_line_to (path->canvas->cr, x, y);
}

static void
path_move_to (Path   *path,
              double  x,
              double  y)
{
  path_point (path, 'M', x, y);
}

static void
path_line_to (Path   *path,
              double  x,
              double  y)
{
  path_point (path, 'L', x, y);
}

static void
path_close (Path *path)
{
  if (path->data != NULL)
    g_string_append_c (path->data, 'Z');
  else
    cairo_close_path (path->canvas->cr);
}

static void
path_circle (Path   *path,
             double  x,
             double  y,
             double  r)
{
  if (path->data != NULL)
    {
      /* Two half arcs: SVG cannot draw a whole circle as one. */
      path_move_to (path, x + r, y);
      for (int side = -1; side <= 1; side += 2)
        {
          g_string_append (path->data, "A");
          append_number (path->data, r);
          g_string_append_c (path->data, ' ');
          append_number (path->data, r);
          g_string_append (path->data, " 0 1 0 ");
          append_number (path->data, x + side * r);
          g_string_append_c (path->data, ' ');
          append_number (path->data, y);
        }
      path_close (path);
    }
  else
    {
      cairo_new_sub_path (path->canvas->cr);
      cairo_arc (path->canvas->cr, x, y, r, 0, 2 * G_PI);
      cairo_close_path (path->canvas->cr);
    }
}

static void
path_rounded_rect (Path   *path,
                   double  x,
                   double  y,
                   double  width,
                   double  height,
                   double  radius)
{
  radius = MIN (radius, MIN (width, height) / 2);

  if (path->data != NULL)
    {
      /* Each side, then a quarter circle round the corner after it. */
      const double sides[4][4] = {
        { x + width - radius, y, x + width, y + radius },
        { x + width, y + height - radius, x + width - radius, y + height },
        { x + radius, y + height, x, y + height - radius },
        { x, y + radius, x + radius, y },
      };

      path_move_to (path, x + radius, y);
      for (guint c = 0; c < G_N_ELEMENTS (sides); c++)
        {
          path_line_to (path, sides[c][0], sides[c][1]);
          g_string_append (path->data, "A");
          append_number (path->data, radius);
          g_string_append_c (path->data, ' ');
          append_number (path->data, radius);
          g_string_append (path->data, " 0 0 1 ");
          append_number (path->data, sides[c][2]);
          g_string_append_c (path->data, ' ');
          append_number (path->data, sides[c][3]);
        }
      path_close (path);
    }
  else
    {
      cairo_t *cr = path->canvas->cr;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
      cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
      cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
      cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
    }
}

/* Fills and strokes what was added since path_begin(), either when not NULL. */
static void
path_finish (Path                     *path,
             const Rgba               *fill,
             const Rgba               *stroke,
             double                    width,
             const LiaisonGraphStroke *dashes)
{
  Canvas *canvas = path->canvas;

  if (path->data != NULL)
    {
      if (path->data->len > 0)
        {
          g_string_append (canvas->svg, "<path d=\"");
          g_string_append_len (canvas->svg, path->data->str, path->data->len);
          g_string_append_c (canvas->svg, '"');
          if (fill != NULL)
            append_color (canvas->svg, "fill", fill);
          else
            g_string_append (canvas->svg, " fill=\"none\"");
          if (stroke != NULL)
            {
              append_color (canvas->svg, "stroke", stroke);
              g_string_append (canvas->svg, " stroke-width=\"");
              append_number (canvas->svg, width);
              g_string_append_c (canvas->svg, '"');
              if (dashes != NULL && dashes->n_dash > 0)
                {
                  g_string_append (canvas->svg, " stroke-dasharray=\"");
                  for (guint i = 0; i < dashes->n_dash; i++)
                    {
                      if (i > 0)
                        g_string_append_c (canvas->svg, ' ');
                      append_number (canvas->svg, dashes->dash[i]);
                    }
                  g_string_append_c (canvas->svg, '"');
                }
            }
          g_string_append (canvas->svg, "/>\n");
        }
      g_string_free (g_steal_pointer (&path->data), TRUE);
      return;
    }

  if (fill != NULL)
    {
      set_source (canvas->cr, fill);
      if (stroke != NULL)
        cairo_fill_preserve (canvas->cr);
      else
        cairo_fill (canvas->cr);
    }
  if (stroke != NULL)
    {
      set_source (canvas->cr, stroke);
      cairo_set_line_width (canvas->cr, width);
      cairo_set_dash (canvas->cr, dashes != NULL ? dashes->dash : NULL, dashes != NULL ? dashes->n_dash : 0, 0);
      cairo_stroke (canvas->cr);
    }
}

/* Text in Pango's layout, its top left corner at @x, @y; in @language
 * when not NULL and not the interface's. */
static void
draw_layout (Canvas      *canvas,
             PangoLayout *layout,
             double       x,
             double       y,
             const Rgba  *color,
             const char  *language)
{
  const PangoFontDescription *font;
  const char *text;
  PangoLayoutIter *iter;

  if (canvas->cr != NULL)
    {
      cairo_move_to (canvas->cr, x, y);
      set_source (canvas->cr, color);
      pango_cairo_show_layout (canvas->cr, layout);
      return;
    }

  /* One <text>, with a <tspan> per line on the line's baseline: the text
   * reads as one name, the lines break where Pango broke them. */
  font = pango_layout_get_font_description (layout);
  text = pango_layout_get_text (layout);
  g_string_append (canvas->svg, "<text font-size=\"");
  /* Pango's points at 96 dots per inch, as the drawing's units. */
  append_number (canvas->svg, pango_units_to_double (pango_font_description_get_size (font)) * 96.0 / 72.0);
  g_string_append_c (canvas->svg, '"');
  if (pango_font_description_get_weight (font) >= PANGO_WEIGHT_BOLD)
    g_string_append (canvas->svg, " font-weight=\"bold\"");
  if (language != NULL)
    g_string_append_printf (canvas->svg, " xml:lang=\"%s\"", liaison_language_get_tag (language));
  append_color (canvas->svg, "fill", color);
  g_string_append_c (canvas->svg, '>');

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle extents;
      g_autofree char *piece = g_strndup (text + line->start_index, line->length);

      pango_layout_iter_get_line_extents (iter, NULL, &extents);
      g_string_append (canvas->svg, "<tspan x=\"");
      append_number (canvas->svg, x + pango_units_to_double (extents.x));
      g_string_append (canvas->svg, "\" y=\"");
      append_number (canvas->svg, y + pango_units_to_double (pango_layout_iter_get_baseline (iter)));
      g_string_append (canvas->svg, "\">");
      liaison_interop_append_xml (canvas->svg, piece);
      g_string_append (canvas->svg, "</tspan>");
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_string_append (canvas->svg, "</text>\n");
}

static PangoLayout *
make_layout (Canvas     *canvas,
             const char *text,
             double      scale,
             gboolean    bold)
{
  PangoLayout *layout = pango_layout_new (canvas->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_copy (pango_context_get_font_description (canvas->context));

  pango_font_description_set_size (font, (int) (FONT_SIZE * scale * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);

  return layout;
}

/* A name on at most two lines of LABEL_MAX_WIDTH, cut with an ellipsis.
 * The cut is made in the text, not by Pango, so that SVG shows it too. */
static PangoLayout *
make_label_layout (Canvas     *canvas,
                   const char *name,
                   gboolean    bold,
                   const char *language)
{
  PangoLayout *layout = make_layout (canvas, name, LABEL_SCALE, bold);
  g_autoptr(GString) cut = NULL;

  /* Han characters in the forms of the name's language. */
  if (language != NULL)
    {
      g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

      pango_attr_list_insert (attributes, pango_attr_language_new (pango_language_from_string (liaison_language_get_tag (language))));
      pango_layout_set_attributes (layout, attributes);
    }

  pango_layout_set_width (layout, pango_units_from_double (LABEL_MAX_WIDTH));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (pango_layout_get_line_count (layout) <= 2)
    return layout;

  cut = g_string_new_len (name, pango_layout_get_line_readonly (layout, 2)->start_index);
  do
    {
      const char *last = g_utf8_find_prev_char (cut->str, cut->str + cut->len);

      g_string_truncate (cut, last != NULL ? (gsize) (last - cut->str) : 0);
      while (cut->len > 0 && g_ascii_isspace (cut->str[cut->len - 1]))
        g_string_truncate (cut, cut->len - 1);
      {
        g_autofree char *text = g_strconcat (cut->str, "…", NULL);

        pango_layout_set_text (layout, text, -1);
      }
    }
  while (cut->len > 0 && pango_layout_get_line_count (layout) > 2);

  return layout;
}

/* ---------------------------------------------------------------------- */
/* The network                                                             */

static LiaisonGraph *
lay_out (LiaisonDocument *document)
{
  LiaisonGraph *graph = liaison_graph_new_for_document (document, LIAISON_GRAPH_INCLUDE_EVENTS);
  LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);
  gboolean unplaced = FALSE;

  for (guint i = 0; i < n; i++)
    {
      if ((nodes[i].flags & LIAISON_GRAPH_NODE_PLACED) == 0)
        {
          nodes[i].x = nodes[i].y = 0;
          unplaced = TRUE;
        }
    }

  if (unplaced)
    {
      g_autoptr(LiaisonForceLayout) layout = liaison_force_layout_new (graph, LAYOUT_SEED);

      /* The nodes placed in the document stay where they are. */
      liaison_force_layout_scatter (layout);
      liaison_force_layout_run (layout, MAX_LAYOUT_ITERATIONS);
    }

  return graph;
}

/* The name of a node for the interface language, or its short name; and
 * in @language, the language of the name when it is another. */
static char *
dup_node_name (LiaisonGraph  *graph,
               guint          node,
               gboolean       short_name,
               const char   **language)
{
  LiaisonEntity *entity = liaison_graph_get_entity (graph, node);
  const char *current = liaison_language_get_current ();
  char *name;

  *language = NULL;
  if (entity == NULL)
    return g_strdup_printf ("%u", node);

  if (short_name && LIAISON_IS_ORGANIZATION (entity))
    {
      const char *abbreviation = liaison_organization_get_short_name (LIAISON_ORGANIZATION (entity));

      if (abbreviation != NULL && *abbreviation != '\0')
        return g_strdup (abbreviation);
    }

  *language = liaison_entity_get_title_language (entity, current);
  if (g_strcmp0 (*language, current) == 0)
    *language = NULL;
  name = liaison_entity_dup_title (entity, current);
  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = g_strdup (liaison_entity_get_id (entity));
    }

  return name;
}

static double
radius_of (const LiaisonGraphNode *node,
           double                  zoom)
{
  return node->size * zoom * (node->type == LIAISON_GRAPH_NODE_EVENT ? 1.25 : 1.0);
}

static void
add_node_shape (Path                     *path,
                const LiaisonGraphNode   *node,
                const LiaisonGraphCamera *camera,
                double                    width,
                double                    height)
{
  double x, y, r = node->size * camera->zoom;

  liaison_graph_camera_to_view (camera, width, height, node->x, node->y, &x, &y);
  if (node->type == LIAISON_GRAPH_NODE_EVENT)
    {
      /* A diamond of about the area the disc would have. */
      double d = r * 1.25;

      path_move_to (path, x, y - d);
      path_line_to (path, x + d, y);
      path_line_to (path, x, y + d);
      path_line_to (path, x - d, y);
      path_close (path);
    }
  else
    path_circle (path, x, y, r);
}

static void
draw_edges (Canvas                   *canvas,
            LiaisonGraph             *graph,
            const LiaisonGraphCamera *camera,
            double                    width,
            double                    height)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  const LiaisonGraphEdge *edges = liaison_graph_get_edges (graph);
  guint n_edges = liaison_graph_get_n_edges (graph);

  for (guint kind = 0; kind < LIAISON_GRAPH_N_STROKES; kind++)
    {
      const LiaisonGraphStroke *stroke = liaison_graph_style_get_stroke (kind);
      Rgba color = foreground;
      Path path;

      path_begin (&path, canvas);
      for (guint e = 0; e < n_edges; e++)
        {
          double x1, y1, x2, y2;

          if (edges[e].source == edges[e].target || liaison_graph_style_stroke_of (&edges[e]) != kind)
            continue;
          liaison_graph_camera_to_view (camera, width, height, nodes[edges[e].source].x, nodes[edges[e].source].y, &x1, &y1);
          liaison_graph_camera_to_view (camera, width, height, nodes[edges[e].target].x, nodes[edges[e].target].y, &x2, &y2);
          path_move_to (&path, x1, y1);
          path_line_to (&path, x2, y2);
        }
      color.alpha = stroke->alpha;
      path_finish (&path, NULL, &color, stroke->width, stroke);
    }
}

static void
draw_nodes (Canvas                   *canvas,
            LiaisonGraph             *graph,
            const LiaisonGraphCamera *camera,
            double                    width,
            double                    height)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);

  for (guint slot = 0; slot < LIAISON_GRAPH_N_SLOTS; slot++)
    {
      const LiaisonGraphColor *color = liaison_graph_style_get_slot_color (slot, FALSE);
      Rgba fill = { color->red, color->green, color->blue, 1 };
      Path path;

      path_begin (&path, canvas);
      for (guint i = 0; i < n; i++)
        {
          if (liaison_graph_style_slot_of (graph, &nodes[i], FALSE) == slot)
            add_node_shape (&path, &nodes[i], camera, width, height);
        }
      path_finish (&path, &fill, &background, 1.5, NULL);
    }
}

/* ---------------------------------------------------------------------- */
/* Labels                                                                  */

static void
label_clear (gpointer data)
{
  g_clear_object (&((Label *) data)->layout);
}

/* Names the most important nodes first, each beside its node (right,
 * below, left, above) where it overlaps no other name, no node and not
 * the legend. */
static GArray *
place_labels (Canvas                   *canvas,
              LiaisonGraph             *graph,
              const LiaisonGraphCamera *camera,
              double                    width,
              double                    height,
              double                    legend_width,
              double                    legend_height)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autoptr(LiaisonLabelPlacer) placer = liaison_label_placer_new (width, height);
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (Label));
  gboolean short_name = camera->zoom < SHORT_NAME_ZOOM;
  double max_importance;
  guint tries = 0;

  g_array_set_clear_func (labels, label_clear);
  if (n == 0)
    return labels;

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_sort_array (order, n, sizeof (guint), liaison_graph_compare_importance, (gpointer) nodes);
  max_importance = nodes[order[0]].importance;

  if (legend_width > 0)
    liaison_label_placer_reserve (placer, LEGEND_INSET, height - LEGEND_INSET - legend_height,
                                  legend_width, legend_height);
  for (guint i = 0; i < n; i++)
    {
      double x, y, r = radius_of (&nodes[i], camera->zoom);

      liaison_graph_camera_to_view (camera, width, height, nodes[i].x, nodes[i].y, &x, &y);
      liaison_label_placer_reserve (placer, x - r, y - r, 2 * r, 2 * r);
    }

  for (guint k = 0; k < n && labels->len < MAX_LABELS && tries < MAX_LABEL_TRIES; k++, tries++)
    {
      const LiaisonGraphNode *node = &nodes[order[k]];
      const char *language;
      g_autofree char *name = dup_node_name (graph, order[k], short_name, &language);
      g_autoptr(PangoLayout) layout = make_label_layout (canvas, name,
                                                         max_importance > 0 && node->importance >= 0.5 * max_importance,
                                                         language);
      PangoRectangle extents;
      double x, y, w, h, r = radius_of (node, camera->zoom);
      double spots[4][2];

      liaison_graph_camera_to_view (camera, width, height, node->x, node->y, &x, &y);
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      w = extents.width + 2 * LABEL_PADDING_X;
      h = extents.height + 2 * LABEL_PADDING_Y;
      spots[0][0] = x + r + 3;      spots[0][1] = y - h / 2;
      spots[1][0] = x - w / 2;      spots[1][1] = y + r + 2;
      spots[2][0] = x - r - 3 - w;  spots[2][1] = y - h / 2;
      spots[3][0] = x - w / 2;      spots[3][1] = y - r - 2 - h;

      for (guint s = 0; s < G_N_ELEMENTS (spots); s++)
        {
          if (liaison_label_placer_place (placer, spots[s][0], spots[s][1], w, h))
            {
              Label label = { order[k], spots[s][0], spots[s][1], g_steal_pointer (&layout), language };

              g_array_append_val (labels, label);
              break;
            }
        }
    }

  return labels;
}

static void
draw_labels (Canvas *canvas,
             GArray *labels)
{
  Rgba halo = background;

  halo.alpha = 0.82;
  for (guint k = 0; k < labels->len; k++)
    {
      const Label *label = &g_array_index (labels, Label, k);
      PangoRectangle extents;
      Path path;

      pango_layout_get_pixel_extents (label->layout, NULL, &extents);
      path_begin (&path, canvas);
      path_rounded_rect (&path, label->x, label->y,
                         extents.width + 2 * LABEL_PADDING_X, extents.height + 2 * LABEL_PADDING_Y, 4);
      path_finish (&path, &halo, NULL, 0, NULL);
      draw_layout (canvas, label->layout,
                   label->x + LABEL_PADDING_X - extents.x, label->y + LABEL_PADDING_Y - extents.y, &foreground,
                   label->language);
    }
}

/* ---------------------------------------------------------------------- */
/* The legend                                                              */

static void
legend_column_init (LegendColumn *column,
                    Canvas       *canvas,
                    GArray       *entries)
{
  column->entries = entries;
  column->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  column->width = 0;

  for (guint k = 0; k < entries->len; k++)
    {
      const LiaisonGraphLegendEntry *entry = &g_array_index (entries, LiaisonGraphLegendEntry, k);
      PangoLayout *layout = make_layout (canvas, entry->text, LABEL_SCALE, entry->heading);
      double indent = entry->slot >= 0 || entry->stroke >= 0 || entry->event ? LEGEND_SWATCH : 0;
      PangoRectangle extents;

      pango_layout_get_pixel_extents (layout, NULL, &extents);
      column->width = MAX (column->width, indent + extents.width);
      g_ptr_array_add (column->layouts, layout);
    }
}

static void
legend_column_clear (LegendColumn *column)
{
  g_clear_pointer (&column->entries, g_array_unref);
  g_clear_pointer (&column->layouts, g_ptr_array_unref);
}

static void
draw_legend_column (Canvas       *canvas,
                    LegendColumn *column,
                    double        x,
                    double        y)
{
  for (guint k = 0; k < column->entries->len; k++)
    {
      const LiaisonGraphLegendEntry *entry = &g_array_index (column->entries, LiaisonGraphLegendEntry, k);
      PangoLayout *layout = column->layouts->pdata[k];
      double middle = y + k * LEGEND_ROW + LEGEND_ROW / 2;
      double indent = 0;
      PangoRectangle extents;
      Rgba color = foreground;
      Path path;

      if (entry->slot >= 0 || entry->event)
        {
          LiaisonGraphNode node = { 0 };
          LiaisonGraphCamera identity = { 0, 0, 1 };
          Rgba fill = background;

          if (entry->slot >= 0)
            {
              const LiaisonGraphColor *slot = liaison_graph_style_get_slot_color (entry->slot, FALSE);

              fill = (Rgba) { slot->red, slot->green, slot->blue, 1 };
            }
          node.size = 5;
          node.type = entry->event ? LIAISON_GRAPH_NODE_EVENT : LIAISON_GRAPH_NODE_ORGANIZATION;
          /* With an identity camera over a 0 × 0 view, world is view. */
          node.x = x + 8;
          node.y = middle;
          path_begin (&path, canvas);
          add_node_shape (&path, &node, &identity, 0, 0);
          path_finish (&path, &fill, entry->slot >= 0 ? &background : &foreground, 1.0, NULL);
          indent = LEGEND_SWATCH;
        }
      else if (entry->stroke >= 0)
        {
          const LiaisonGraphStroke *stroke = liaison_graph_style_get_stroke (entry->stroke);
          Rgba line = foreground;

          line.alpha = stroke->alpha;
          path_begin (&path, canvas);
          path_move_to (&path, x, middle);
          path_line_to (&path, x + LEGEND_SWATCH - 6, middle);
          path_finish (&path, NULL, &line, stroke->width, stroke);
          indent = LEGEND_SWATCH;
        }

      if (!entry->heading && indent == 0)
        color.alpha = 0.7;
      pango_layout_get_pixel_extents (layout, NULL, &extents);
      draw_layout (canvas, layout, x + indent - extents.x, middle - extents.height / 2.0 - extents.y, &color, NULL);
    }
}

/* ---------------------------------------------------------------------- */
/* The whole                                                               */

static gboolean
clear_of_legend (LiaisonGraph             *graph,
                 const LiaisonGraphCamera *camera,
                 double                    width,
                 double                    height,
                 double                    legend_width,
                 double                    legend_height)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  guint n = liaison_graph_get_n_nodes (graph);
  double right = LEGEND_INSET + legend_width + LEGEND_INSET;
  double top = height - LEGEND_INSET - legend_height - LEGEND_INSET;

  for (guint i = 0; i < n; i++)
    {
      double x, y, r = radius_of (&nodes[i], camera->zoom);

      liaison_graph_camera_to_view (camera, width, height, nodes[i].x, nodes[i].y, &x, &y);
      if (x - r < right && y + r > top)
        return FALSE;
    }

  return TRUE;
}

/* Fits the graph in the frame, with room for the outer nodes' names,
 * clear of the legend: over the whole frame when no node falls on the
 * legend's corner, else beside or above it, whichever leaves the graph
 * larger. */
static void
fit_camera (LiaisonGraph       *graph,
            LiaisonGraphCamera *camera,
            double              width,
            double              height,
            double              legend_width,
            double              legend_height)
{
  double x1, y1, x2, y2;
  double margin = MIN (FIT_MARGIN * 2.5, MIN (width, height) / 6.0);
  double label_room = MIN (110.0, width / 8.0);
  LiaisonGraphCamera beside, above;
  double left = legend_width + LEGEND_INSET, below = legend_height + LEGEND_INSET;

  *camera = (LiaisonGraphCamera) { 0, 0, 1 };
  if (!liaison_graph_get_bounds (graph, FALSE, &x1, &y1, &x2, &y2))
    return;

  liaison_graph_camera_fit (camera, width - 2 * label_room, height, x1, y1, x2, y2, margin);
  if (legend_width <= 0 || clear_of_legend (graph, camera, width, height, legend_width, legend_height))
    return;

  beside = above = *camera;
  liaison_graph_camera_fit (&beside, MAX (width - left - 2 * label_room, 1), height, x1, y1, x2, y2, margin);
  liaison_graph_camera_fit (&above, width - 2 * label_room, MAX (height - below, 1), x1, y1, x2, y2, margin);
  if (beside.zoom >= above.zoom)
    {
      beside.x -= left / 2 / beside.zoom;
      *camera = beside;
    }
  else
    {
      above.y += below / 2 / above.zoom;
      *camera = above;
    }
}

static void
draw_graph (Canvas          *canvas,
            LiaisonDocument *document,
            double           width,
            double           height)
{
  g_autoptr(LiaisonGraph) graph = lay_out (document);
  g_autoptr(GArray) labels = NULL;
  LegendColumn nodes_column, links_column;
  LiaisonGraphCamera camera;
  double legend_width = 0, legend_height = 0;
  Path path;

  path_begin (&path, canvas);
  path_move_to (&path, 0, 0);
  path_line_to (&path, width, 0);
  path_line_to (&path, width, height);
  path_line_to (&path, 0, height);
  path_close (&path);
  path_finish (&path, &background, NULL, 0, NULL);

  if (liaison_graph_get_n_nodes (graph) == 0)
    {
      g_autoptr(PangoLayout) layout = make_layout (canvas, _("This network has no organizations yet"), 1.0, FALSE);
      PangoRectangle extents;

      pango_layout_get_pixel_extents (layout, NULL, &extents);
      draw_layout (canvas, layout, (width - extents.width) / 2, (height - extents.height) / 2, &foreground, NULL);
      return;
    }

  legend_column_init (&nodes_column, canvas, liaison_graph_style_node_legend (graph, FALSE, FALSE));
  legend_column_init (&links_column, canvas, liaison_graph_style_link_legend (graph));
  legend_width = nodes_column.width + (links_column.entries->len > 0 ? LEGEND_GAP + links_column.width : 0) +
                 2 * LEGEND_PADDING;
  legend_height = MAX (nodes_column.entries->len, links_column.entries->len) * LEGEND_ROW + 2 * LEGEND_PADDING;
  /* No legend where it would crowd the graph out. */
  if (legend_width > width / 3 || legend_height > height / 2.5)
    legend_width = legend_height = 0;

  fit_camera (graph, &camera, width, height, legend_width, legend_height);
  draw_edges (canvas, graph, &camera, width, height);
  draw_nodes (canvas, graph, &camera, width, height);
  labels = place_labels (canvas, graph, &camera, width, height, legend_width, legend_height);
  draw_labels (canvas, labels);

  if (legend_width > 0)
    {
      double x = LEGEND_INSET, y = height - LEGEND_INSET - legend_height;
      Rgba card = background, border = foreground;

      card.alpha = 0.92;
      border.alpha = 0.15;
      path_begin (&path, canvas);
      path_rounded_rect (&path, x + 0.5, y + 0.5, legend_width - 1, legend_height - 1, 10);
      path_finish (&path, &card, &border, 1.0, NULL);
      draw_legend_column (canvas, &nodes_column, x + LEGEND_PADDING, y + LEGEND_PADDING);
      if (links_column.entries->len > 0)
        draw_legend_column (canvas, &links_column, x + LEGEND_PADDING + nodes_column.width + LEGEND_GAP,
                            y + LEGEND_PADDING);
    }

  legend_column_clear (&nodes_column);
  legend_column_clear (&links_column);
}

/* The text's context: the interface font, then the CJK font whose glyph
 * forms the interface language uses, at 96 dots per inch whatever the
 * surface, so that a PNG and a PDF of one size are laid out alike. */
static void
canvas_init (Canvas  *canvas,
             cairo_t *cr)
{
  const char *language = liaison_language_get_current ();
  const char *cjk = liaison_language_get_cjk_family (language);
  g_autofree char *families = g_strdup_printf ("Cantarell,%s%ssans-serif", cjk != NULL ? cjk : "", cjk != NULL ? "," : "");
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (families);
  cairo_font_options_t *options = cairo_font_options_create ();

  canvas->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (canvas->context, 96);
  /* Metrics that do not depend on the surface's pixels. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (canvas->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (canvas->context, pango_language_from_string (liaison_language_get_tag (language)));
  pango_font_description_set_size (font, (int) (FONT_SIZE * PANGO_SCALE));
  pango_context_set_font_description (canvas->context, font);

  canvas->svg_family = g_strdup_printf ("Cantarell, %s%s%ssans-serif", cjk != NULL ? "'" : "", cjk != NULL ? cjk : "",
                                        cjk != NULL ? "', " : "");
}

static void
canvas_clear (Canvas *canvas)
{
  g_clear_object (&canvas->context);
  g_clear_pointer (&canvas->svg_family, g_free);
}

static cairo_status_t
write_to_string (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_string_append_len (closure, (const char *) data, length);

  return CAIRO_STATUS_SUCCESS;
}

static char *
draw_svg (LiaisonDocument *document,
          int              width,
          int              height)
{
  GString *svg = g_string_new (NULL);
  cairo_surface_t *measure = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cairo_t *cr = cairo_create (measure);
  Canvas canvas = { NULL, svg, NULL, NULL };

  canvas_init (&canvas, cr);
  g_string_append_printf (svg,
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%d\" height=\"%d\" "
                          "viewBox=\"0 0 %d %d\" xml:lang=\"%s\" font-family=\"",
                          width, height, width, height, liaison_language_get_tag (liaison_language_get_current ()));
  liaison_interop_append_xml (svg, canvas.svg_family);
  g_string_append (svg, "\">\n<title>");
  liaison_interop_append_xml (svg, _("Network graph"));
  g_string_append (svg, "</title>\n");

  draw_graph (&canvas, document, width, height);
  g_string_append (svg, "</svg>\n");

  canvas_clear (&canvas);
  cairo_destroy (cr);
  cairo_surface_destroy (measure);

  return g_string_free (svg, FALSE);
}

static cairo_status_t
draw_cairo (LiaisonDocument     *document,
            LiaisonExportFormat  format,
            int                  width,
            int                  height,
            GString             *out)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Canvas canvas = { NULL, NULL, NULL, NULL };

  if (format == LIAISON_EXPORT_FORMAT_PDF)
    {
      surface = cairo_pdf_surface_create_for_stream (write_to_string, out, width, height);
      /* As the reports: no compressed object streams, for older readers. */
      cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_4);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Network graph"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Liaison " PACKAGE_VERSION);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  canvas.cr = cr;
  canvas_init (&canvas, cr);
  draw_graph (&canvas, document, width, height);
  canvas_clear (&canvas);
  cairo_destroy (cr);

  if (format == LIAISON_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_string, out);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  return status;
}

/* Writes the whole network of @document to @file as a @width × @height
 * picture: pixels for PNG, points for SVG and PDF. */
gboolean
liaison_graph_image_export_file (LiaisonDocument      *document,
                                 LiaisonExportFormat   format,
                                 int                   width,
                                 int                   height,
                                 GFile                *file,
                                 GCancellable         *cancellable,
                                 GError              **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  cairo_status_t status;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (liaison_export_format_is_image (format), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (width < 1 || height < 1 || width > LIAISON_GRAPH_IMAGE_MAX_SIZE || height > LIAISON_GRAPH_IMAGE_MAX_SIZE)
    {
      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID,
                   /* Translators: %d is the largest width or height, such as 10000. */
                   _("An image of the graph can be from 1 to %d wide and high"), LIAISON_GRAPH_IMAGE_MAX_SIZE);
      return FALSE;
    }

  if (format == LIAISON_EXPORT_FORMAT_SVG)
    {
      g_autofree char *svg = draw_svg (document, width, height);

      g_string_append (out, svg);
    }
  else if ((status = draw_cairo (document, format, width, height, out)) != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID,
                   _("Could not write the graph to “%s”: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }

  return liaison_interop_save_file (file, out->str, out->len, cancellable, error);
}
