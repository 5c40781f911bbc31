/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-label-placer.c: labels that never overlap: each takes its room, or stays hidden.
 *
 * The caller offers labels from the most to the least important; each is
 * placed when its box meets no box placed before, and dropped otherwise.
 * Boxes are filed in a grid of buckets, so that each offer looks only at
 * its neighbours: placing a frame's labels stays linear.
 */

#include "config.h"

#include <math.h>

#include "liaison-label-placer.h"

#define BUCKET 48.0

typedef struct
{
  double x1, y1, x2, y2;
} Box;

struct _LiaisonLabelPlacer
{
  double     width;
  double     height;
  guint      columns;
  guint      rows;
  GArray    *boxes;    /* of Box */
  GArray   **buckets;  /* columns × rows arrays of box indices, created when used */
  guint      n_placed;
};

LiaisonLabelPlacer *
liaison_label_placer_new (double width,
                          double height)
{
  LiaisonLabelPlacer *self = g_new0 (LiaisonLabelPlacer, 1);

  self->boxes = g_array_new (FALSE, FALSE, sizeof (Box));
  liaison_label_placer_reset (self, width, height);

  return self;
}

static void
free_buckets (LiaisonLabelPlacer *self)
{
  for (guint i = 0; self->buckets != NULL && i < self->columns * self->rows; i++)
    g_clear_pointer (&self->buckets[i], g_array_unref);
  g_clear_pointer (&self->buckets, g_free);
}

void
liaison_label_placer_free (LiaisonLabelPlacer *self)
{
  free_buckets (self);
  g_array_unref (self->boxes);
  g_free (self);
}

/* Forgets every box, for an area of @width × @height (boxes may reach out
 * of it: they are filed in the border buckets). */
void
liaison_label_placer_reset (LiaisonLabelPlacer *self,
                            double              width,
                            double              height)
{
  guint columns = (guint) CLAMP (ceil (width / BUCKET), 1, 4096);
  guint rows = (guint) CLAMP (ceil (height / BUCKET), 1, 4096);

  if (columns != self->columns || rows != self->rows || self->buckets == NULL)
    {
      free_buckets (self);
      self->columns = columns;
      self->rows = rows;
      self->buckets = g_new0 (GArray *, columns * rows);
    }
  else
    {
      for (guint i = 0; i < columns * rows; i++)
        if (self->buckets[i] != NULL)
          g_array_set_size (self->buckets[i], 0);
    }

  self->width = width;
  self->height = height;
  self->n_placed = 0;
  g_array_set_size (self->boxes, 0);
}

static void
bucket_range (LiaisonLabelPlacer *self,
              const Box          *box,
              guint              *c1,
              guint              *r1,
              guint              *c2,
              guint              *r2)
{
  *c1 = (guint) CLAMP (floor (box->x1 / BUCKET), 0, self->columns - 1);
  *c2 = (guint) CLAMP (floor (box->x2 / BUCKET), 0, self->columns - 1);
  *r1 = (guint) CLAMP (floor (box->y1 / BUCKET), 0, self->rows - 1);
  *r2 = (guint) CLAMP (floor (box->y2 / BUCKET), 0, self->rows - 1);
}

gboolean
liaison_label_placer_is_free (LiaisonLabelPlacer *self,
                              double              x,
                              double              y,
                              double              width,
                              double              height)
{
  Box box = { x, y, x + width, y + height };
  const Box *boxes = (const Box *) self->boxes->data;
  guint c1, r1, c2, r2;

  bucket_range (self, &box, &c1, &r1, &c2, &r2);
  for (guint r = r1; r <= r2; r++)
    for (guint c = c1; c <= c2; c++)
      {
        GArray *bucket = self->buckets[r * self->columns + c];

        for (guint k = 0; bucket != NULL && k < bucket->len; k++)
          {
            const Box *other = &boxes[g_array_index (bucket, guint, k)];

            if (box.x1 < other->x2 && other->x1 < box.x2 &&
                box.y1 < other->y2 && other->y1 < box.y2)
              return FALSE;
          }
      }

  return TRUE;
}

/* Whether a box lies wholly within the area: labels cut by its edges
 * cannot be read. */
gboolean
liaison_label_placer_fits (LiaisonLabelPlacer *self,
                           double              x,
                           double              y,
                           double              width,
                           double              height)
{
  return x >= 0 && y >= 0 && x + width <= self->width && y + height <= self->height;
}

/* Takes the room without asking: for what labels must avoid, such as
 * the discs of nodes. */
void
liaison_label_placer_reserve (LiaisonLabelPlacer *self,
                              double              x,
                              double              y,
                              double              width,
                              double              height)
{
  Box box = { x, y, x + width, y + height };
  guint index = self->boxes->len;
  guint c1, r1, c2, r2;

  g_array_append_val (self->boxes, box);
  bucket_range (self, &box, &c1, &r1, &c2, &r2);
  for (guint r = r1; r <= r2; r++)
    for (guint c = c1; c <= c2; c++)
      {
        GArray **bucket = &self->buckets[r * self->columns + c];

        if (*bucket == NULL)
          *bucket = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (*bucket, index);
      }
}

/* Places a label in the box when it is free; returns whether it did. */
gboolean
liaison_label_placer_place (LiaisonLabelPlacer *self,
                            double              x,
                            double              y,
                            double              width,
                            double              height)
{
  if (!liaison_label_placer_is_free (self, x, y, width, height))
    return FALSE;

  liaison_label_placer_reserve (self, x, y, width, height);
  self->n_placed++;

  return TRUE;
}

guint
liaison_label_placer_get_n_placed (LiaisonLabelPlacer *self)
{
  return self->n_placed;
}
