/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-graph-page.c: the graph page on the sample network: first layout, selection, moves, keys, filters, time, export. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "liaison-test-sample.h"
#include "liaison-screenshot.h"
#include "liaison-test-ui.h"
#include "model/liaison-json.h"
#include "views/liaison-graph-page.h"
#include "views/liaison-graph-view.h"

void liaison_register_resource (void);

typedef struct
{
  GtkWindow        *window;
  LiaisonGraphPage *page;
  LiaisonGraphView *view;
  LiaisonDocument  *document;
} Fixture;

static gboolean
is_ready (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_mapped (GTK_WIDGET (fixture->view)) &&
         gtk_widget_get_width (GTK_WIDGET (fixture->view)) > 0 &&
         !liaison_graph_view_get_layout_running (fixture->view) &&
         liaison_graph_view_get_n_labels (fixture->view) > 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->document = liaison_test_load_sample ();
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1280, 800);
  fixture->page = LIAISON_GRAPH_PAGE (liaison_graph_page_new ());
  fixture->view = LIAISON_GRAPH_VIEW (liaison_test_ui_find (GTK_WIDGET (fixture->page), LIAISON_TYPE_GRAPH_VIEW, 0));
  g_assert_nonnull (fixture->view);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->page));
  liaison_graph_page_set_document (fixture->page, fixture->document);
  gtk_window_present (fixture->window);
  g_assert_true (liaison_test_ui_wait_for (is_ready, fixture, 10000));
  /* The camera settles after the first frames. */
  liaison_test_ui_wait (100);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->document);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
maybe_screenshot (Fixture    *fixture,
                  const char *name)
{
  const char *directory = g_getenv ("LIAISON_TEST_SHOTS");
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (directory == NULL)
    return;

  gtk_widget_queue_draw (GTK_WIDGET (fixture->view));
  liaison_test_ui_wait (100);
  file_name = g_strdup_printf ("%s.png", name);
  path = g_build_filename (directory, file_name, NULL);
  liaison_screenshot_save (GTK_WIDGET (fixture->window), path, &error);
  g_assert_no_error (error);
}

/* The organization with the most links. */
static LiaisonEntity *
find_hub (Fixture *fixture)
{
  LiaisonGraph *graph = liaison_graph_view_get_graph (fixture->view);
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (graph);
  int best = -1;

  for (guint i = 0; i < liaison_graph_get_n_nodes (graph); i++)
    if (nodes[i].type == LIAISON_GRAPH_NODE_ORGANIZATION && (best < 0 || nodes[i].degree > nodes[best].degree))
      best = i;

  g_assert_cmpint (best, >=, 0);

  return liaison_graph_get_entity (graph, best);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_opens_clean (Fixture       *fixture,
                  gconstpointer  data)
{
  LiaisonGraph *graph = liaison_graph_view_get_graph (fixture->view);
  guint n_organizations = g_list_model_get_n_items (liaison_document_get_organizations (fixture->document));
  double x1, y1, x2, y2;

  maybe_screenshot (fixture, "graph-page");

  /* Looking at the graph lays it out without touching the document. */
  g_assert_false (liaison_document_get_dirty (fixture->document));
  g_assert_false (liaison_document_can_undo (fixture->document));
  g_assert_cmpuint (liaison_graph_get_n_nodes (graph), >=, n_organizations);

  /* Everything is in view, and spread out. */
  g_assert_true (liaison_graph_get_bounds (graph, TRUE, &x1, &y1, &x2, &y2));
  for (guint i = 0; i < liaison_graph_get_n_nodes (graph); i++)
    {
      double x, y;

      g_assert_true (liaison_graph_view_get_node_position (fixture->view, liaison_graph_get_entity (graph, i), &x, &y));
      g_assert_cmpfloat (x, >=, 0);
      g_assert_cmpfloat (y, >=, 0);
      g_assert_cmpfloat (x, <=, gtk_widget_get_width (GTK_WIDGET (fixture->view)));
      g_assert_cmpfloat (y, <=, gtk_widget_get_height (GTK_WIDGET (fixture->view)));
    }
  g_assert_cmpfloat (x2 - x1, >, 200);

  /* Many nodes are named at first sight. */
  g_assert_cmpuint (liaison_graph_view_get_n_labels (fixture->view), >=, n_organizations / 2);
}

static void
test_select_node (Fixture       *fixture,
                  gconstpointer  data)
{
  LiaisonEntity *hub = find_hub (fixture);
  guint notified = 0;
  double x, y;

  g_signal_connect (fixture->page, "notify::selected-entity", G_CALLBACK (count_notify), &notified);
  g_assert_true (liaison_graph_view_get_node_position (fixture->view, hub, &x, &y));
  g_assert_true (liaison_graph_view_get_entity_at (fixture->view, x, y) == hub);

  /* A click on the node selects it: the page tells the window. */
  g_assert_true (liaison_graph_view_select_at (fixture->view, x + 1, y - 1));
  g_assert_true (liaison_graph_page_get_selected_entity (fixture->page) == hub);
  g_assert_cmpuint (notified, ==, 1);
  maybe_screenshot (fixture, "graph-page-selected");

  /* A click on the background clears it. */
  g_assert_false (liaison_graph_view_select_at (fixture->view, 2, 2));
  g_assert_null (liaison_graph_page_get_selected_entity (fixture->page));
  g_assert_cmpuint (notified, ==, 2);

  /* Selecting from elsewhere (the lists) shows on the graph. */
  liaison_graph_page_set_selected_entity (fixture->page, hub);
  g_assert_true (liaison_graph_view_get_selected_entity (fixture->view) == hub);
}

static void
test_move_node_undo (Fixture       *fixture,
                     gconstpointer  data)
{
  LiaisonEntity *hub = find_hub (fixture);
  double x, y, moved_x, moved_y, back_x, back_y;

  g_assert_true (liaison_graph_view_get_node_position (fixture->view, hub, &x, &y));
  g_assert_false (liaison_organization_get_placed (LIAISON_ORGANIZATION (hub)));

  /* Dragging a node is one undoable change, which keeps the layout seen. */
  g_assert_true (liaison_graph_view_move_node (fixture->view, hub, x + 60, y + 40));
  g_assert_true (liaison_document_get_dirty (fixture->document));
  g_assert_cmpstr (liaison_document_get_undo_label (fixture->document), ==, "Move Node");
  g_assert_true (liaison_organization_get_placed (LIAISON_ORGANIZATION (hub)));
  liaison_test_ui_wait (50);
  g_assert_true (liaison_graph_view_get_node_position (fixture->view, hub, &moved_x, &moved_y));
  g_assert_cmpfloat_with_epsilon (moved_x, x + 60, 0.01);
  g_assert_cmpfloat_with_epsilon (moved_y, y + 40, 0.01);
  for (guint i = 0; i < g_list_model_get_n_items (liaison_document_get_organizations (fixture->document)); i++)
    {
      g_autoptr(LiaisonOrganization) organization = g_list_model_get_item (liaison_document_get_organizations (fixture->document), i);

      g_assert_true (liaison_organization_get_placed (organization));
    }

  /* Undo puts it back where it was on screen. */
  g_assert_true (liaison_document_undo (fixture->document));
  liaison_test_ui_wait (50);
  g_assert_false (liaison_document_get_dirty (fixture->document));
  g_assert_false (liaison_organization_get_placed (LIAISON_ORGANIZATION (hub)));
  g_assert_true (liaison_graph_view_get_node_position (fixture->view, hub, &back_x, &back_y));
  g_assert_cmpfloat_with_epsilon (back_x, x, 0.01);
  g_assert_cmpfloat_with_epsilon (back_y, y, 0.01);

  /* Redo moves it again. */
  g_assert_true (liaison_document_redo (fixture->document));
  liaison_test_ui_wait (50);
  g_assert_true (liaison_graph_view_get_node_position (fixture->view, hub, &back_x, &back_y));
  g_assert_cmpfloat_with_epsilon (back_x, x + 60, 0.01);
}

static void
test_arrange (Fixture       *fixture,
              gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.arrange", "s", "circle");
  g_assert_cmpstr (liaison_document_get_undo_label (fixture->document), ==, "Arrange Graph");
  maybe_screenshot (fixture, "graph-page-circle");
  g_assert_true (liaison_document_undo (fixture->document));
  g_assert_false (liaison_document_get_dirty (fixture->document));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.arrange", "s", "country");
  g_assert_cmpstr (liaison_document_get_undo_label (fixture->document), ==, "Arrange Graph");
  maybe_screenshot (fixture, "graph-page-country");
  g_assert_true (liaison_document_undo (fixture->document));

  /* The force layout runs over frames, then lands as one change. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.arrange", "s", "force");
  g_assert_true (liaison_graph_view_get_layout_running (fixture->view));
  g_assert_true (liaison_test_ui_wait_for (is_ready, fixture, 10000));
  g_assert_cmpstr (liaison_document_get_undo_label (fixture->document), ==, "Arrange Graph");
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  LiaisonGraph *graph = liaison_graph_view_get_graph (fixture->view);
  LiaisonEntity *first, *next;
  int index;
  guint n_incident;
  const guint *incident;
  gboolean is_neighbor = FALSE;

  /* Tab enters the graph at its most linked node (the window may have
   * given it focus already). */
  if (!gtk_widget_has_focus (GTK_WIDGET (fixture->view)))
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->view), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (fixture->view)));
  first = liaison_graph_view_get_focus_entity (fixture->view);
  g_assert_nonnull (first);
  index = liaison_graph_find_entity (graph, first);
  for (guint i = 0; i < liaison_graph_get_n_nodes (graph); i++)
    g_assert_cmpfloat (liaison_graph_get_nodes (graph)[i].importance, <=, liaison_graph_get_nodes (graph)[index].importance);

  /* Enter selects it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->view), "graph-view.activate", NULL);
  g_assert_true (liaison_graph_page_get_selected_entity (fixture->page) == first);
  maybe_screenshot (fixture, "graph-page-focus");

  /* An arrow key goes to a neighbour. */
  for (guint d = 0; d < 4 && liaison_graph_view_get_focus_entity (fixture->view) == first; d++)
    {
      static const double directions[4][2] = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };

      gtk_widget_activate_action (GTK_WIDGET (fixture->view), "graph-view.move-focus", "(dd)",
                                  directions[d][0], directions[d][1]);
    }
  next = liaison_graph_view_get_focus_entity (fixture->view);
  g_assert_true (next != first);
  incident = liaison_graph_get_incident (graph, index, &n_incident);
  for (guint k = 0; k < n_incident; k++)
    is_neighbor |= liaison_graph_get_entity (graph, liaison_graph_get_neighbor (graph, index, incident[k])) == next;
  g_assert_true (is_neighbor);

  /* Tab moves on to another node. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (fixture->view), GTK_DIR_TAB_FORWARD));
  g_assert_nonnull (liaison_graph_view_get_focus_entity (fixture->view));
  g_assert_true (liaison_graph_view_get_focus_entity (fixture->view) != next);
}

static gboolean
not_japanese (gpointer item,
              gpointer user_data)
{
  return g_strcmp0 (liaison_organization_get_country (item), "JP") != 0;
}

static void
test_filter (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GtkCustomFilter) filter = gtk_custom_filter_new (not_japanese, NULL, NULL);
  GListModel *organizations = liaison_document_get_organizations (fixture->document);
  g_autoptr(LiaisonOrganization) japanese = NULL;
  double x, y;

  for (guint i = 0; japanese == NULL; i++)
    {
      g_autoptr(LiaisonOrganization) organization = g_list_model_get_item (organizations, i);

      if (g_strcmp0 (liaison_organization_get_country (organization), "JP") == 0)
        japanese = g_steal_pointer (&organization);
    }

  g_assert_true (liaison_graph_view_get_node_position (fixture->view, LIAISON_ENTITY (japanese), &x, &y));
  g_assert_true (liaison_graph_view_get_entity_at (fixture->view, x, y) == LIAISON_ENTITY (japanese));

  liaison_graph_page_set_filter (fixture->page, GTK_FILTER (filter));
  g_assert_true (liaison_graph_view_get_entity_at (fixture->view, x, y) != LIAISON_ENTITY (japanese));
  maybe_screenshot (fixture, "graph-page-filtered");

  /* The filter changes: the graph follows. */
  gtk_custom_filter_set_filter_func (filter, NULL, NULL, NULL);
  g_assert_true (liaison_graph_view_get_entity_at (fixture->view, x, y) == LIAISON_ENTITY (japanese));

  liaison_graph_page_set_filter (fixture->page, NULL);
  g_assert_false (liaison_document_get_dirty (fixture->document));
}

static void
test_time_slider (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWidget *scale = liaison_test_ui_find (GTK_WIDGET (fixture->page), GTK_TYPE_SCALE, 0);
  GtkAdjustment *adjustment;
  guint first, last;

  g_assert_nonnull (scale);
  adjustment = gtk_range_get_adjustment (GTK_RANGE (scale));
  g_assert_true (liaison_graph_view_get_date_range (fixture->view, &first, &last));
  g_assert_cmpfloat (gtk_adjustment_get_lower (adjustment), ==, first);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), ==, last);

  /* At the end of the slider, everything shows. */
  g_assert_cmpuint (liaison_graph_view_get_date (fixture->view), ==, 0);
  gtk_adjustment_set_value (adjustment, first + (last - first) / 2);
  g_assert_cmpuint (liaison_graph_view_get_date (fixture->view), ==, first + (last - first) / 2);
  maybe_screenshot (fixture, "graph-page-time");
  gtk_adjustment_set_value (adjustment, last);
  g_assert_cmpuint (liaison_graph_view_get_date (fixture->view), ==, 0);

  /* Playing runs from the start. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.play", NULL);
  liaison_test_ui_wait (200);
  g_assert_cmpuint (liaison_graph_view_get_date (fixture->view), >=, first);
  g_assert_cmpuint (liaison_graph_view_get_date (fixture->view), <, last);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.play", NULL);
}

static void
test_display_options (Fixture       *fixture,
                      gconstpointer  data)
{
  guint with_events = liaison_graph_get_n_nodes (liaison_graph_view_get_graph (fixture->view));
  guint n_organizations = g_list_model_get_n_items (liaison_document_get_organizations (fixture->document));
  guint edges = liaison_graph_get_n_edges (liaison_graph_view_get_graph (fixture->view));

  g_assert_cmpuint (with_events, >, n_organizations);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.show-events", NULL);
  g_assert_false (liaison_graph_view_get_show_events (fixture->view));
  g_assert_cmpuint (liaison_graph_get_n_nodes (liaison_graph_view_get_graph (fixture->view)), ==, n_organizations);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.show-derived", NULL);
  g_assert_true (liaison_graph_view_get_show_derived (fixture->view));
  g_assert_cmpuint (liaison_graph_get_n_edges (liaison_graph_view_get_graph (fixture->view)), >,
                    g_list_model_get_n_items (liaison_document_get_links (fixture->document)));
  g_assert_cmpuint (edges, !=, liaison_graph_get_n_edges (liaison_graph_view_get_graph (fixture->view)));

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.color-by", "s", "kind");
  g_assert_cmpstr (liaison_graph_view_get_color_by (fixture->view), ==, "kind");
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "graph.size-by", "s", "betweenness");
  g_assert_cmpstr (liaison_graph_view_get_size_by (fixture->view), ==, "betweenness");
  liaison_test_ui_wait_for (is_ready, fixture, 10000);
  maybe_screenshot (fixture, "graph-page-kind");

  /* None of it is an edit. */
  g_assert_false (liaison_document_get_dirty (fixture->document));
}

/* The PDF with its compressed streams inflated, where its objects
 * (pages among them) can be read. */
static GString *
inflate_pdf (const char *contents,
             gsize       length)
{
  GString *text = g_string_new_len (contents, length);
  const char *end = contents + length;
  const char *cursor = contents;

  /* memmem(), as compressed data holds NUL bytes. */
  while ((cursor = memmem (cursor, end - cursor, "stream\n", strlen ("stream\n"))) != NULL)
    {
      const char *data = cursor + strlen ("stream\n");
      const char *stop = memmem (data, end - data, "endstream", strlen ("endstream"));
      g_autoptr(GZlibDecompressor) decompressor = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB);
      g_autoptr(GInputStream) raw = NULL;
      g_autoptr(GInputStream) inflated = NULL;
      g_autoptr(GOutputStream) output = g_memory_output_stream_new_resizable ();

      if (stop == NULL)
        break;
      if (cursor > contents && cursor[-1] == 'd')   /* "endstream" itself */
        {
          cursor = data;
          continue;
        }

      raw = g_memory_input_stream_new_from_data (data, stop - data, NULL);
      inflated = g_converter_input_stream_new (raw, G_CONVERTER (decompressor));
      /* Streams that are not deflated fail to inflate: they are skipped. */
      g_output_stream_splice (output, inflated, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL, NULL);
      g_string_append_len (text,
                           g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (output)),
                           g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (output)));
      cursor = stop + strlen ("endstream");
    }

  return text;
}

static void
assert_valid_export (Fixture                  *fixture,
                     LiaisonGraphExportFormat  format,
                     const char               *name)
{
  g_autofree char *directory = g_dir_make_tmp ("liaison-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (directory, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (liaison_graph_view_export (fixture->view, file, format, 1200, 900, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);

  switch (format)
    {
    case LIAISON_GRAPH_EXPORT_PNG:
      {
        g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);

        g_assert_no_error (error);
        g_assert_cmpint (gdk_texture_get_width (texture), ==, 1200);
        g_assert_cmpint (gdk_texture_get_height (texture), ==, 900);
      }
      break;

    case LIAISON_GRAPH_EXPORT_SVG:
      {
        static const GMarkupParser parser = { NULL };
        g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

        g_assert_true (g_markup_parse_context_parse (context, contents, length, &error));
        g_assert_true (g_markup_parse_context_end_parse (context, &error));
        g_assert_no_error (error);
        g_assert_nonnull (strstr (contents, "<svg"));
      }
      break;

    case LIAISON_GRAPH_EXPORT_PDF:
      {
        g_autoptr(GRegex) page = g_regex_new ("/Type\\s*/Page[^s]", G_REGEX_RAW, 0, NULL);
        g_autoptr(GMatchInfo) match = NULL;
        g_autoptr(GString) text = inflate_pdf (contents, length);
        guint pages = 0;

        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
        g_assert_nonnull (g_strstr_len (contents + length - MIN (length, 32), MIN (length, 32), "%%EOF"));
        g_regex_match_full (page, text->str, text->len, 0, 0, &match, NULL);
        while (g_match_info_matches (match))
          {
            pages++;
            g_match_info_next (match, NULL);
          }
        g_assert_cmpuint (pages, ==, 1);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  if (g_getenv ("LIAISON_TEST_SHOTS") != NULL && format == LIAISON_GRAPH_EXPORT_PNG)
    {
      g_autofree char *shot = g_build_filename (g_getenv ("LIAISON_TEST_SHOTS"), "graph-export.png", NULL);

      g_file_set_contents (shot, contents, length, NULL);
    }

  g_unlink (path);
  g_rmdir (directory);
}

static void
test_export (Fixture       *fixture,
             gconstpointer  data)
{
  assert_valid_export (fixture, LIAISON_GRAPH_EXPORT_PNG, "graph.png");
  assert_valid_export (fixture, LIAISON_GRAPH_EXPORT_SVG, "graph.svg");
  assert_valid_export (fixture, LIAISON_GRAPH_EXPORT_PDF, "graph.pdf");
  g_assert_false (liaison_document_get_dirty (fixture->document));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  liaison_register_resource ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/graph-page/opens-clean", test_opens_clean);
  ADD ("/graph-page/select-node", test_select_node);
  ADD ("/graph-page/move-node-undo", test_move_node_undo);
  ADD ("/graph-page/arrange", test_arrange);
  ADD ("/graph-page/keyboard", test_keyboard);
  ADD ("/graph-page/filter", test_filter);
  ADD ("/graph-page/time-slider", test_time_slider);
  ADD ("/graph-page/display-options", test_display_options);
  ADD ("/graph-page/export", test_export);
#undef ADD

  return g_test_run ();
}
