/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-raster.c: the graph's rasterizer: where lines, discs and diamonds cover pixels, how layers paint, drawings. */

#include "config.h"

#include <math.h>

#include "graph/liaison-drawing.h"
#include "graph/liaison-raster.h"

static double
total_coverage (LiaisonRaster *raster)
{
  double total = 0;

  for (int y = 0; y < liaison_raster_get_height (raster); y++)
    for (int x = 0; x < liaison_raster_get_width (raster); x++)
      total += liaison_raster_get_coverage (raster, x, y) / 255.0;

  return total;
}

static guint
alpha_at (LiaisonRaster *raster,
          int            x,
          int            y)
{
  return liaison_raster_get_pixels (raster)[y * liaison_raster_get_width (raster) + x] >> 24;
}

static void
test_line (void)
{
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (64, 32);

  /* A one-pixel line along the centres of row 10, from x = 10 to 50. */
  liaison_raster_line (raster, 10, 10.5, 50, 10.5, 1, NULL, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 30, 10), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 30, 9), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 30, 11), ==, 0);
  /* Butt ends: nothing past them. */
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 8, 10), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 51, 10), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 10, 10), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 49, 10), ==, 255);
  /* Its area is its length times its width. */
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 40.0, 0.5);

  /* Between pixel centres, a line shares itself between two rows. */
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });
  liaison_raster_line (raster, 10, 20, 50, 20, 1, NULL, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 30, 19), ==, 128);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 30, 20), ==, 128);

  /* Thin lines are fainter, not narrower than a pixel. */
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });
  liaison_raster_line (raster, 10, 25.5, 50, 25.5, 0.5, NULL, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 30, 25), ==, 128);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 20.0, 0.5);
}

static void
test_diagonal_line (void)
{
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (64, 64);

  /* Steep and shallow lines cover length × width alike. */
  liaison_raster_line (raster, 10, 10, 40, 50, 2, NULL, 0);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 50.0 * 2, 2.0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 25, 30), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 40, 10), ==, 0);
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });

  liaison_raster_line (raster, 50, 10, 10, 40, 2, NULL, 0);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 50.0 * 2, 2.0);
}

static void
test_clipping (void)
{
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (64, 32);

  /* A line reaching far out covers what of it can be seen. */
  liaison_raster_line (raster, -1e7, 5.5, 1e7, 5.5, 1, NULL, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 0, 5), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 63, 5), ==, 255);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 64.0, 0.5);
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });

  /* So does one crossing a corner from far away. */
  liaison_raster_line (raster, -1e6, -1e6 + 20.5, 1e6, 1e6 + 20.5, 1, NULL, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 0, 20), >, 100);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 10, 30), >, 100);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 11 * G_SQRT2, 1.0);

  /* Wholly out of the raster, or not a number: nothing. */
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });
  liaison_raster_line (raster, -50, -20, 100, -10, 3, NULL, 0);
  liaison_raster_line (raster, NAN, 3, 10, 3, 1, NULL, 0);
  liaison_raster_line (raster, 3, 3, 3, 3, 1, NULL, 0);
  liaison_raster_disc (raster, 200, 10, 5);
  liaison_raster_disc (raster, INFINITY, 10, 5);
  g_assert_cmpfloat (total_coverage (raster), ==, 0);
}

static void
test_dashes (void)
{
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (64, 16);
  static const float dash[] = { 4, 4 };

  /* Four on, four off, from the start of the line. */
  liaison_raster_line (raster, 0, 5.5, 64, 5.5, 1, dash, G_N_ELEMENTS (dash));
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 1, 5), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 2, 5), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 5, 5), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 6, 5), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 9, 5), ==, 255);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 32.0, 1.0);
}

static void
test_shapes (void)
{
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (64, 64);

  /* A disc covers πr². */
  liaison_raster_disc (raster, 20, 20, 6);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 20, 20), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 20, 28), ==, 0);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), G_PI * 36, 1.5);
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });

  /* A circle's outline covers its length times its width, not its middle. */
  liaison_raster_circle (raster, 20.5, 20.5, 10, 1.5);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 20, 20), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 30, 20), ==, 255);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 2 * G_PI * 10 * 1.5, 2.0);
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });

  /* A diamond covers twice the square of its half diagonal. */
  liaison_raster_diamond (raster, 40, 40, 8);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 40, 40), ==, 255);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 46, 46), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 46, 40), ==, 255);
  g_assert_cmpfloat_with_epsilon (total_coverage (raster), 2 * 64.0, 1.5);
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 1 });

  liaison_raster_diamond_outline (raster, 40, 40, 8, 1);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 40, 40), ==, 0);
  g_assert_cmpuint (liaison_raster_get_coverage (raster, 40, 32), >, 100);
  /* Its length times its width, and a little more at the pointed corners. */
  g_assert_cmpfloat (total_coverage (raster), >=, 4 * 8 * G_SQRT2 - 1);
  g_assert_cmpfloat (total_coverage (raster), <=, 4 * 8 * G_SQRT2 * 1.15);
}

static void
test_paint (void)
{
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (32, 32);
  g_autoptr(GBytes) bytes = NULL;
  guint32 pixel;

  /* Two lines of one layer crossing count once where they meet, as one
   * path would. */
  liaison_raster_line (raster, 0, 10.5, 32, 10.5, 1, NULL, 0);
  liaison_raster_line (raster, 0, 10.5, 32, 10.5, 1, NULL, 0);
  liaison_raster_line (raster, 10.5, 0, 10.5, 32, 1, NULL, 0);
  liaison_raster_paint (raster, (float[]) { 0, 0, 0, 0.5 });
  g_assert_cmpuint (alpha_at (raster, 10, 10), ==, 128);
  g_assert_cmpuint (alpha_at (raster, 20, 10), ==, 128);
  g_assert_cmpuint (alpha_at (raster, 20, 20), ==, 0);
  /* Painting empties the layer. */
  g_assert_cmpfloat (total_coverage (raster), ==, 0);

  /* Layers go one over another: premultiplied colour. */
  liaison_raster_disc (raster, 20.5, 20.5, 4);
  liaison_raster_paint (raster, (float[]) { 1, 0, 0, 1 });
  liaison_raster_disc (raster, 20.5, 20.5, 2);
  liaison_raster_paint (raster, (float[]) { 0, 0, 1, 0.5 });
  pixel = liaison_raster_get_pixels (raster)[20 * 32 + 20];
  g_assert_cmpuint (pixel >> 24, ==, 255);
  g_assert_cmpuint ((pixel >> 16) & 0xff, ==, 128);
  g_assert_cmpuint ((pixel >> 8) & 0xff, ==, 0);
  g_assert_cmpuint (pixel & 0xff, ==, 128);
  pixel = liaison_raster_get_pixels (raster)[20 * 32 + 23];
  g_assert_cmpuint (pixel, ==, 0xffff0000);

  /* The pixels can be handed over; the raster starts afresh. */
  bytes = liaison_raster_steal_pixels (raster);
  g_assert_cmpuint (g_bytes_get_size (bytes), ==, 32 * 32 * 4);
  g_assert_cmpuint (((const guint32 *) g_bytes_get_data (bytes, NULL))[20 * 32 + 23], ==, 0xffff0000);
  g_assert_cmpuint (liaison_raster_get_pixels (raster)[20 * 32 + 23], ==, 0);
}

/* A drawing, drawn in another thread, gives what drawing at once does. */
static gpointer
render_in_thread (gpointer data)
{
  return liaison_drawing_render (data);
}

static void
test_drawing (void)
{
  g_autoptr(LiaisonDrawing) drawing = liaison_drawing_new (48, 40);
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (48, 40);
  g_autoptr(GBytes) pixels = NULL;
  static const float dash[] = { 4, 2 };
  float red[4] = { 1, 0, 0, 0.8f }, white[4] = { 1, 1, 1, 1 };
  GThread *thread;

  liaison_drawing_set_dash (drawing, dash, 2);
  liaison_drawing_line (drawing, 2, 3, 45, 30, 1.5);
  liaison_drawing_set_dash (drawing, NULL, 0);
  liaison_drawing_line (drawing, 2, 30, 45, 3, 2.4);
  liaison_drawing_paint (drawing, red);
  liaison_drawing_disc (drawing, 20, 20, 6);
  liaison_drawing_diamond (drawing, 35, 12, 5);
  liaison_drawing_paint (drawing, red);
  liaison_drawing_circle (drawing, 20, 20, 6, 1.5);
  liaison_drawing_diamond_outline (drawing, 35, 12, 5, 1.5);
  liaison_drawing_paint (drawing, white);
  g_assert_cmpuint (liaison_drawing_get_n_shapes (drawing), ==, 6);

  liaison_raster_line (raster, 2, 3, 45, 30, 1.5, dash, 2);
  liaison_raster_line (raster, 2, 30, 45, 3, 2.4, NULL, 0);
  liaison_raster_paint (raster, red);
  liaison_raster_disc (raster, 20, 20, 6);
  liaison_raster_diamond (raster, 35, 12, 5);
  liaison_raster_paint (raster, red);
  liaison_raster_circle (raster, 20, 20, 6, 1.5);
  liaison_raster_diamond_outline (raster, 35, 12, 5, 1.5);
  liaison_raster_paint (raster, white);

  thread = g_thread_new ("drawing", render_in_thread, drawing);
  pixels = g_thread_join (thread);
  g_assert_cmpmem (g_bytes_get_data (pixels, NULL), g_bytes_get_size (pixels),
                   liaison_raster_get_pixels (raster), 48 * 40 * 4);
  /* Something was drawn, and the dashes left gaps. */
  g_assert_cmpuint (alpha_at (raster, 20, 20), ==, 204);
  g_assert_cmpuint (liaison_raster_get_pixels (raster)[20 * 48 + 26] & 0xff, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/raster/line", test_line);
  g_test_add_func ("/raster/diagonal-line", test_diagonal_line);
  g_test_add_func ("/raster/clipping", test_clipping);
  g_test_add_func ("/raster/dashes", test_dashes);
  g_test_add_func ("/raster/shapes", test_shapes);
  g_test_add_func ("/raster/paint", test_paint);
  g_test_add_func ("/raster/drawing", test_drawing);

  return g_test_run ();
}
