/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-raster.c: a small anti-aliased rasterizer for the graph's lines, discs and diamonds.
 *
 * Drawing tens of thousands of links as paths is what made large graphs
 * slow: cairo strokes one path of many segments in time that grows much
 * faster than the number of segments, and GTK's renderers hand paths to
 * cairo too. The graph's shapes are simple, so they are drawn here, each
 * pixel covered by how near its centre lies to the shape (one pixel of
 * smoothing), which costs about as many steps as pixels touched.
 *
 * Shapes first go into a coverage layer, keeping the largest coverage
 * where they overlap, and the layer is then painted in one colour: the
 * links of one style overlap as in a single stroked path, without
 * darkening where they cross. Pixels are premultiplied ARGB in native
 * 32-bit words, cairo's ARGB32 and GDK_MEMORY_DEFAULT.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-raster.h"

#define MAX_SIDE     16384
#define MAX_DASH     8
#define FIXED_OFFSET 64
#define DASH_STEPS   8      /* entries a pixel in a dash pattern's table */
#define DASH_TABLE   1024

typedef struct
{
  float period;
  float on_start[MAX_DASH];
  float on_end[MAX_DASH];
  guint n_on;
} Dash;

struct _LiaisonRaster
{
  int      width;
  int      height;
  guint32 *pixels;
  guint8  *coverage;
  /* The last dash pattern's coverage, by position along it. */
  float    dash_key[MAX_DASH];
  guint    dash_n;
  Dash     dash;
  guint8   dash_table[DASH_TABLE];
  /* The box where the layer may have coverage; empty when x1 > x2. */
  int      x1;
  int      y1;
  int      x2;
  int      y2;
};

static void
empty_box (LiaisonRaster *self)
{
  self->x1 = self->y1 = G_MAXINT;
  self->x2 = self->y2 = -1;
}

/* Grows the layer's box to hold pixels from (@x1, @y1) to (@x2, @y2),
 * which lie within the raster. */
static inline void
grow_box (LiaisonRaster *self,
          int            x1,
          int            y1,
          int            x2,
          int            y2)
{
  self->x1 = MIN (self->x1, x1);
  self->y1 = MIN (self->y1, y1);
  self->x2 = MAX (self->x2, x2);
  self->y2 = MAX (self->y2, y2);
}

/* A transparent raster of @width × @height pixels (at least one). */
LiaisonRaster *
liaison_raster_new (int width,
                    int height)
{
  LiaisonRaster *self = g_new0 (LiaisonRaster, 1);

  self->width = CLAMP (width, 1, MAX_SIDE);
  self->height = CLAMP (height, 1, MAX_SIDE);
  self->pixels = g_new0 (guint32, (gsize) self->width * self->height);
  self->coverage = g_new0 (guint8, (gsize) self->width * self->height);
  empty_box (self);

  return self;
}

void
liaison_raster_free (LiaisonRaster *self)
{
  g_free (self->pixels);
  g_free (self->coverage);
  g_free (self);
}

int
liaison_raster_get_width (LiaisonRaster *self)
{
  return self->width;
}

int
liaison_raster_get_height (LiaisonRaster *self)
{
  return self->height;
}

/* The pixels, row after row, width × 4 bytes a row. */
const guint32 *
liaison_raster_get_pixels (LiaisonRaster *self)
{
  return self->pixels;
}

/* Hands the pixels over, as for a texture, and starts afresh. */
GBytes *
liaison_raster_steal_pixels (LiaisonRaster *self)
{
  gsize size = (gsize) self->width * self->height * sizeof (guint32);
  GBytes *bytes = g_bytes_new_take (self->pixels, size);

  self->pixels = g_new0 (guint32, (gsize) self->width * self->height);

  return bytes;
}

void
liaison_raster_clear (LiaisonRaster *self)
{
  memset (self->pixels, 0, (gsize) self->width * self->height * sizeof (guint32));
  memset (self->coverage, 0, (gsize) self->width * self->height);
  empty_box (self);
}

/* Raises the cell's coverage to @amount (0 to 1) if it is below. */
static inline void
cover_cell (guint8 *cell,
            float   amount)
{
  guint8 value;

  if (amount <= 0)
    return;

  value = (guint8) (MIN (amount, 1.0f) * 255.0f + 0.5f);
  if (value > *cell)
    *cell = value;
}

/* floor() for the coordinates here, which clipping keeps far from the
 * bounds of an int: a libm call per pixel column would cost more than
 * the column's drawing. */
static inline int
fast_floor (double value)
{
  int truncated = (int) value;

  return truncated - (value < truncated);
}

static inline float
clamp01 (float value)
{
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/* Cuts the segment down to the part within the rectangle; FALSE when
 * none is (Liang and Barsky's clipping). */
static gboolean
clip_segment (double  x1,
              double  y1,
              double  x2,
              double  y2,
              double  left,
              double  top,
              double  right,
              double  bottom,
              double *t0,
              double *t1)
{
  double p[4] = { -(x2 - x1), x2 - x1, -(y2 - y1), y2 - y1 };
  double q[4] = { x1 - left, right - x1, y1 - top, bottom - y1 };

  *t0 = 0;
  *t1 = 1;
  for (guint k = 0; k < 4; k++)
    {
      if (p[k] == 0)
        {
          if (q[k] < 0)
            return FALSE;
          continue;
        }

      {
        double t = q[k] / p[k];

        if (p[k] < 0)
          *t0 = MAX (*t0, t);
        else
          *t1 = MIN (*t1, t);
      }
    }

  return *t0 <= *t1;
}


static gboolean
dash_init (Dash        *pattern,
           const float *dash,
           guint        n_dash)
{
  float position = 0;
  guint count;

  pattern->n_on = 0;
  pattern->period = 0;
  if (dash == NULL || n_dash == 0)
    return FALSE;

  /* An odd pattern repeats with on and off swapped, as in cairo. */
  count = n_dash % 2 ? 2 * n_dash : n_dash;
  count = MIN (count, 2 * MAX_DASH);
  for (guint k = 0; k < count; k++)
    {
      float length = MAX (dash[k % n_dash], 0);

      if (k % 2 == 0 && length > 0)
        {
          pattern->on_start[pattern->n_on] = position;
          pattern->on_end[pattern->n_on] = position + length;
          pattern->n_on++;
        }
      position += length;
    }
  pattern->period = position;

  return pattern->period > 0 && pattern->n_on > 0;
}

/* How much of a pixel whose centre is @phase along the dash pattern
 * (from 0 to its period) the dashes cover: the length of them within
 * half a pixel either side. */
static inline float
dash_coverage (const Dash *pattern,
               float       phase)
{
  float low = phase - 0.5f, high = phase + 0.5f;
  float covered = 0;

  for (guint k = 0; k < pattern->n_on; k++)
    for (int shift = -1; shift <= 1; shift++)
      {
        float a = pattern->on_start[k] + shift * pattern->period;
        float b = pattern->on_end[k] + shift * pattern->period;

        covered += MAX (MIN (high, b) - MAX (low, a), 0.0f);
      }

  return MIN (covered, 1.0f);
}

/* The pattern @dash, NULL when it dashes nothing, and in @table its
 * coverage at each 1/DASH_STEPS of a pixel along it (NULL when it is too
 * long for one): links of one style share theirs, made once for all. */
static const Dash *
dash_pattern (LiaisonRaster  *self,
              const float    *dash,
              guint           n_dash,
              const guint8  **table)
{
  n_dash = MIN (n_dash, MAX_DASH);
  if (self->dash_n != n_dash || memcmp (self->dash_key, dash, n_dash * sizeof (float)) != 0)
    {
      self->dash_n = 0;
      if (!dash_init (&self->dash, dash, n_dash))
        return NULL;

      for (guint k = 0; k < DASH_TABLE && k < (guint) ceilf (self->dash.period * DASH_STEPS); k++)
        self->dash_table[k] = (guint8) (dash_coverage (&self->dash, (k + 0.5f) / DASH_STEPS) * 255.0f + 0.5f);
      memcpy (self->dash_key, dash, n_dash * sizeof (float));
      self->dash_n = n_dash;
    }

  *table = self->dash.period * DASH_STEPS <= DASH_TABLE ? self->dash_table : NULL;

  return &self->dash;
}

/* Covers a column (or row) of pixels @from to @to, which a band from
 * @bottom to @top crosses (fixed point, see below), @amount times (0 to
 * 255). Pixels between the first and the last are wholly in the band. */
static inline void
cover_run (guint8 *cell,
           gsize   stride,
           int     from,
           int     to,
           gint64  bottom,
           gint64  top,
           gint64  amount)
{
  gint64 pixel_bottom = (gint64) (from + FIXED_OFFSET) << 16;
  gint64 overlap;
  guint8 value;

  if (from == to)
    {
      overlap = MIN (pixel_bottom + 65536, top) - MAX (pixel_bottom, bottom);
      value = (guint8) ((overlap * amount + 32768) >> 16);
      if (value > *cell)
        *cell = value;
      return;
    }

  overlap = pixel_bottom + 65536 - MAX (pixel_bottom, bottom);
  value = (guint8) ((overlap * amount + 32768) >> 16);
  if (value > *cell)
    *cell = value;

  value = (guint8) amount;
  for (int n = from + 1; n < to; n++)
    {
      cell += stride;
      if (value > *cell)
        *cell = value;
    }

  cell += stride;
  pixel_bottom = (gint64) (to + FIXED_OFFSET) << 16;
  overlap = MIN (pixel_bottom + 65536, top) - pixel_bottom;
  value = (guint8) ((overlap * amount + 32768) >> 16);
  if (value > *cell)
    *cell = value;
}

/* A straight line of @width pixels from (@x1, @y1) to (@x2, @y2), dashed
 * when @n_dash > 0 (on and off lengths in pixels, each line starting with
 * its first dash).
 *
 * It is walked one column (or row, for steep lines) at a time: there the
 * line crosses a band as tall as the line is thick, measured along the
 * column, and each pixel is covered by how much of it the band overlaps.
 * That keeps the area exact at any angle and costs a few steps a column.
 * Ends are cut square to the walking axis, which under the nodes drawn
 * on them no one sees. */
void
liaison_raster_line (LiaisonRaster *self,
                     double         x1,
                     double         y1,
                     double         x2,
                     double         y2,
                     double         width,
                     const float   *dash,
                     guint          n_dash)
{
  double dx = x2 - x1, dy = y2 - y1;
  double length = sqrt (dx * dx + dy * dy);
  double reach, t0, t1, slope, band, s_per_step;
  gint64 half, position, step;
  float phase = 0, phase_step = 0;
  double major_from, major_to, minor_from;
  gboolean steep;
  const guint8 *table = NULL;
  const Dash *pattern = NULL;
  int major_size, minor_size, first, last;
  gsize major_stride, minor_stride;

  if (!(length > 1e-9) || !(width > 0) || !isfinite (length))
    return;

  reach = width + 1;
  if (!clip_segment (x1, y1, x2, y2, -reach, -reach, self->width + reach, self->height + reach, &t0, &t1))
    return;

  steep = fabs (dy) > fabs (dx);
  if (steep)
    {
      /* Walk down (or up) the rows, as if x and y were swapped. */
      major_from = y1;
      major_to = y2;
      minor_from = x1;
      slope = dx / dy;
      major_size = self->height;
      minor_size = self->width;
      major_stride = self->width;
      minor_stride = 1;
    }
  else
    {
      major_from = x1;
      major_to = x2;
      minor_from = y1;
      slope = dy / dx;
      major_size = self->width;
      minor_size = self->height;
      major_stride = 1;
      minor_stride = self->width;
    }

  if (major_from > major_to)
    {
      /* Walk forwards; dashes are still measured from the start. */
      double swap = major_from;

      minor_from += (major_to - major_from) * slope;
      major_from = major_to;
      major_to = swap;
      t0 = 1 - t0;
      t1 = 1 - t1;
      swap = t0;
      t0 = t1;
      t1 = swap;
      s_per_step = -length / (major_to - major_from);
    }
  else
    s_per_step = length / (major_to - major_from);
  if (dash != NULL && n_dash > 0)
    pattern = dash_pattern (self, dash, n_dash, &table);

  band = width * sqrt (1 + slope * slope);
  first = MAX ((int) floor (major_from + t0 * (major_to - major_from)), 0);
  last = MIN ((int) floor (major_from + t1 * (major_to - major_from)), major_size - 1);
  if (first > last)
    return;

  /* The box it may cover, for painting. */
  {
    double a = minor_from + (first + 0.5 - major_from) * slope;
    double b = minor_from + (last + 0.5 - major_from) * slope;
    int low = MAX (fast_floor (MIN (a, b) - band / 2) - 1, 0);
    int high = MIN (fast_floor (MAX (a, b) + band / 2) + 1, minor_size - 1);

    if (low > high)
      return;
    if (steep)
      grow_box (self, low, first, high, last);
    else
      grow_box (self, first, low, last, high);
  }

  /* Positions across are in fixed point, 1/65536 of a pixel, counted from
   * FIXED_OFFSET pixels before the raster's edge so that all are positive:
   * a few integer steps a pixel. */
  half = (gint64) (band * 32768.0 + 0.5);
  position = (gint64) ((minor_from + (first + 0.5 - major_from) * slope + FIXED_OFFSET) * 65536.0);
  step = (gint64) llround (slope * 65536.0);

  /* Dashes from the start of the line: where the first column is along
   * the pattern, and how far each column goes. */
  if (pattern != NULL)
    {
      double s = s_per_step > 0 ? (first + 0.5 - major_from) * s_per_step
                                : length + (first + 0.5 - major_from) * s_per_step;

      phase = (float) (s - floor (s / pattern->period) * pattern->period);
      phase_step = (float) fmod (s_per_step, pattern->period);
    }

  for (int m = first; m <= last; m++, position += step)
    {
      gint64 bottom = position - half;
      gint64 top = position + half;
      int from = MAX ((int) (bottom >> 16) - FIXED_OFFSET, 0);
      int to = MIN ((int) (top >> 16) - FIXED_OFFSET, minor_size - 1);
      gint64 amount = 255;

      if (pattern != NULL)
        {
          if (table != NULL)
            amount = table[MIN ((guint) (phase * DASH_STEPS), DASH_TABLE - 1)];
          else
            amount = (gint64) (dash_coverage (pattern, phase) * 255.0f + 0.5f);
          phase += phase_step;
          if (phase >= pattern->period)
            phase -= pattern->period;
          else if (phase < 0)
            phase += pattern->period;
        }

      /* The share of the column the line spans, at its ends. */
      if (m == first || m == last)
        amount = (gint64) (amount * MIN (MIN (m + 1.0, major_to) - MAX ((double) m, major_from), 1.0) + 0.5);

      if (from > to || amount <= 0)
        continue;

      cover_run (&self->coverage[m * major_stride + from * minor_stride], minor_stride,
                 from, to, bottom, top, amount);
    }
}

/* Runs @body for each pixel within @reach of (@x, @y), with its centre's
 * offset from that point in @ox and @oy and its coverage in @cell. */
#define FOR_EACH_PIXEL_NEAR(self, x, y, reach, ox, oy, body)                        \
  G_STMT_START {                                                                    \
    int _y1 = MAX ((int) floor ((y) - (reach)), 0);                                 \
    int _y2 = MIN ((int) floor ((y) + (reach)), (self)->height - 1);                \
    int _x1 = MAX ((int) floor ((x) - (reach)), 0);                                 \
    int _x2 = MIN ((int) floor ((x) + (reach)), (self)->width - 1);                 \
    if (_x1 <= _x2 && _y1 <= _y2)                                                   \
      grow_box ((self), _x1, _y1, _x2, _y2);                                        \
    for (int _py = _y1; _py <= _y2; _py++)                                          \
      {                                                                             \
        guint8 *_row = &(self)->coverage[(gsize) _py * (self)->width];              \
        float oy = (float) (_py + 0.5 - (y));                                       \
        for (int _px = _x1; _px <= _x2; _px++)                                      \
          {                                                                         \
            float ox = (float) (_px + 0.5 - (x));                                   \
            guint8 *cell = &_row[_px];                                              \
            body                                                                    \
          }                                                                         \
      }                                                                             \
  } G_STMT_END

static gboolean
is_outside (LiaisonRaster *self,
            double         x,
            double         y,
            double         reach)
{
  return !isfinite (x) || !isfinite (y) || !isfinite (reach) ||
         x + reach < 0 || y + reach < 0 || x - reach > self->width || y - reach > self->height;
}

/* A filled disc; below a pixel across, as faint as it is small. */
void
liaison_raster_disc (LiaisonRaster *self,
                     double         x,
                     double         y,
                     double         radius)
{
  float r = (float) radius;
  float reach = r + 0.5f;
  float inner = MAX (r - 0.5f, 0);
  float scale = MIN (2 * r, 1.0f);

  if (!(radius > 0) || is_outside (self, x, y, reach))
    return;

  FOR_EACH_PIXEL_NEAR (self, x, y, reach, ox, oy,
    {
      float d2 = ox * ox + oy * oy;

      if (d2 <= inner * inner)
        cover_cell (cell, scale);
      else if (d2 < reach * reach)
        cover_cell (cell, (reach - sqrtf (d2)) * scale);
    });
}

/* The outline of a circle, @width pixels wide, centred on its edge. */
void
liaison_raster_circle (LiaisonRaster *self,
                       double         x,
                       double         y,
                       double         radius,
                       double         width)
{
  float r = (float) radius;
  float half = (float) width / 2 + 0.5f;
  float peak = MIN ((float) width, 1.0f);
  float reach = r + half;

  if (!(radius > 0) || !(width > 0) || is_outside (self, x, y, reach))
    return;

  FOR_EACH_PIXEL_NEAR (self, x, y, reach, ox, oy,
    {
      float off = fabsf (sqrtf (ox * ox + oy * oy) - r);

      if (off < half)
        cover_cell (cell, MIN (half - off, peak));
    });
}

/* A square on its corner, its corners @half_diagonal from the centre. */
void
liaison_raster_diamond (LiaisonRaster *self,
                        double         x,
                        double         y,
                        double         half_diagonal)
{
  float d = (float) half_diagonal;
  float reach = d + 1.0f;

  if (!(half_diagonal > 0) || is_outside (self, x, y, reach))
    return;

  FOR_EACH_PIXEL_NEAR (self, x, y, reach, ox, oy,
    {
      float inside = (d - fabsf (ox) - fabsf (oy)) * (float) G_SQRT2 / 2;

      cover_cell (cell, clamp01 (inside + 0.5f));
    });
}

void
liaison_raster_diamond_outline (LiaisonRaster *self,
                                double         x,
                                double         y,
                                double         half_diagonal,
                                double         width)
{
  float d = (float) half_diagonal;
  float half = (float) width / 2 + 0.5f;
  float peak = MIN ((float) width, 1.0f);
  float reach = d + 2 * half;

  if (!(half_diagonal > 0) || !(width > 0) || is_outside (self, x, y, reach))
    return;

  FOR_EACH_PIXEL_NEAR (self, x, y, reach, ox, oy,
    {
      float off = fabsf ((d - fabsf (ox) - fabsf (oy)) * (float) G_SQRT2 / 2);

      if (off < half)
        cover_cell (cell, MIN (half - off, peak));
    });
}

/* How much of the pixel the layer covers, 0 to 255. */
guint8
liaison_raster_get_coverage (LiaisonRaster *self,
                             int            x,
                             int            y)
{
  if (x < 0 || y < 0 || x >= self->width || y >= self->height)
    return 0;

  return self->coverage[(gsize) y * self->width + x];
}

/* Paints the layer in @rgba (not premultiplied, 0 to 1) over what is
 * there, and empties it. */
void
liaison_raster_paint (LiaisonRaster *self,
                      const float    rgba[4])
{
  float alpha = clamp01 (rgba[3]);
  float red = clamp01 (rgba[0]) * alpha * 255;
  float green = clamp01 (rgba[1]) * alpha * 255;
  float blue = clamp01 (rgba[2]) * alpha * 255;

  for (int y = self->y1; y <= self->y2; y++)
    {
      guint8 *coverage = &self->coverage[(gsize) y * self->width];
      guint32 *row = &self->pixels[(gsize) y * self->width];

      for (int x = self->x1; x <= self->x2; x++)
        {
          float amount, keep;
          guint32 pixel;

          /* Most of the box is empty: skip it eight cells at a time. */
          if ((x & 7) == 0 && x + 8 <= self->x2 + 1)
            {
              guint64 eight;

              memcpy (&eight, &coverage[x], sizeof eight);
              if (eight == 0)
                {
                  x += 7;
                  continue;
                }
            }

          if (coverage[x] == 0)
            continue;

          amount = coverage[x] / 255.0f;
          keep = 1 - alpha * amount;
          coverage[x] = 0;
          pixel = row[x];
          row[x] = ((guint32) (alpha * 255 * amount + ((pixel >> 24) & 0xff) * keep + 0.5f) << 24) |
                   ((guint32) (red * amount + ((pixel >> 16) & 0xff) * keep + 0.5f) << 16) |
                   ((guint32) (green * amount + ((pixel >> 8) & 0xff) * keep + 0.5f) << 8) |
                   ((guint32) (blue * amount + (pixel & 0xff) * keep + 0.5f));
        }
    }

  empty_box (self);
}
