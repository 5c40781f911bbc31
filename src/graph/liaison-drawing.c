/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-drawing.c: a list of lines and shapes in layers of one colour, to draw into pixels in any thread.
 *
 * The graph view lists what it draws on the main thread, where the graph
 * lives, and a worker draws the list with LiaisonRaster: the list holds
 * plain numbers only, so that it can be handed to another thread whole.
 */

#include "config.h"

#include <string.h>

#include "liaison-drawing.h"
#include "liaison-raster.h"

#define MAX_DASH 4

typedef enum
{
  OP_LINE,
  OP_DISC,
  OP_CIRCLE,
  OP_DIAMOND,
  OP_DIAMOND_OUTLINE,
  OP_DASH,
  OP_PAINT,
} OpKind;

typedef struct
{
  float  value[5];
  guint8 kind;
  guint8 n_dash;
} Op;

struct _LiaisonDrawing
{
  int     width;
  int     height;
  GArray *ops;
  guint   n_shapes;
};

/* An empty drawing of @width × @height pixels. */
LiaisonDrawing *
liaison_drawing_new (int width,
                     int height)
{
  LiaisonDrawing *self = g_new0 (LiaisonDrawing, 1);

  self->width = MAX (width, 1);
  self->height = MAX (height, 1);
  self->ops = g_array_new (FALSE, FALSE, sizeof (Op));

  return self;
}

void
liaison_drawing_free (LiaisonDrawing *self)
{
  g_array_unref (self->ops);
  g_free (self);
}

int
liaison_drawing_get_width (LiaisonDrawing *self)
{
  return self->width;
}

int
liaison_drawing_get_height (LiaisonDrawing *self)
{
  return self->height;
}

static void
add (LiaisonDrawing *self,
     OpKind          kind,
     double          a,
     double          b,
     double          c,
     double          d,
     double          e)
{
  Op op = { { a, b, c, d, e }, kind, 0 };

  g_array_append_val (self->ops, op);
  if (kind != OP_DASH && kind != OP_PAINT)
    self->n_shapes++;
}

/* The dashes of the lines that follow: on and off lengths in pixels, at
 * most four; none when @n_dash is 0. */
void
liaison_drawing_set_dash (LiaisonDrawing *self,
                          const float    *dash,
                          guint           n_dash)
{
  Op op = { { 0 }, OP_DASH, MIN (n_dash, MAX_DASH) };

  for (guint k = 0; k < op.n_dash; k++)
    op.value[k] = dash[k];
  g_array_append_val (self->ops, op);
}

void
liaison_drawing_line (LiaisonDrawing *self,
                      double          x1,
                      double          y1,
                      double          x2,
                      double          y2,
                      double          width)
{
  add (self, OP_LINE, x1, y1, x2, y2, width);
}

void
liaison_drawing_disc (LiaisonDrawing *self,
                      double          x,
                      double          y,
                      double          radius)
{
  add (self, OP_DISC, x, y, radius, 0, 0);
}

void
liaison_drawing_circle (LiaisonDrawing *self,
                        double          x,
                        double          y,
                        double          radius,
                        double          width)
{
  add (self, OP_CIRCLE, x, y, radius, width, 0);
}

void
liaison_drawing_diamond (LiaisonDrawing *self,
                         double          x,
                         double          y,
                         double          half_diagonal)
{
  add (self, OP_DIAMOND, x, y, half_diagonal, 0, 0);
}

void
liaison_drawing_diamond_outline (LiaisonDrawing *self,
                                 double          x,
                                 double          y,
                                 double          half_diagonal,
                                 double          width)
{
  add (self, OP_DIAMOND_OUTLINE, x, y, half_diagonal, width, 0);
}

/* Paints the shapes since the last paint in @rgba (not premultiplied),
 * over what is there; where they overlap, once. */
void
liaison_drawing_paint (LiaisonDrawing *self,
                       const float     rgba[4])
{
  add (self, OP_PAINT, rgba[0], rgba[1], rgba[2], rgba[3], 0);
}

/* How many lines and shapes the drawing holds. */
guint
liaison_drawing_get_n_shapes (LiaisonDrawing *self)
{
  return self->n_shapes;
}

/* Draws it all: premultiplied ARGB pixels in native 32-bit words (cairo's
 * ARGB32), width × 4 bytes a row. Any thread may, one at a time. */
GBytes *
liaison_drawing_render (LiaisonDrawing *self)
{
  g_autoptr(LiaisonRaster) raster = liaison_raster_new (self->width, self->height);
  const Op *ops = (const Op *) self->ops->data;
  float dash[MAX_DASH] = { 0 };
  guint n_dash = 0;

  for (guint k = 0; k < self->ops->len; k++)
    {
      const float *v = ops[k].value;

      switch ((OpKind) ops[k].kind)
        {
        case OP_LINE:
          liaison_raster_line (raster, v[0], v[1], v[2], v[3], v[4], dash, n_dash);
          break;

        case OP_DISC:
          liaison_raster_disc (raster, v[0], v[1], v[2]);
          break;

        case OP_CIRCLE:
          liaison_raster_circle (raster, v[0], v[1], v[2], v[3]);
          break;

        case OP_DIAMOND:
          liaison_raster_diamond (raster, v[0], v[1], v[2]);
          break;

        case OP_DIAMOND_OUTLINE:
          liaison_raster_diamond_outline (raster, v[0], v[1], v[2], v[3]);
          break;

        case OP_DASH:
          n_dash = ops[k].n_dash;
          memcpy (dash, v, sizeof dash);
          break;

        case OP_PAINT:
          liaison_raster_paint (raster, v);
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return liaison_raster_steal_pixels (raster);
}
