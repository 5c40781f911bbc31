/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-raster.h: a small anti-aliased rasterizer for the graph's lines, discs and diamonds. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LiaisonRaster LiaisonRaster;

LiaisonRaster *liaison_raster_new             (int                  width,
                                               int                  height);
void           liaison_raster_free            (LiaisonRaster       *self);
int            liaison_raster_get_width       (LiaisonRaster       *self);
int            liaison_raster_get_height      (LiaisonRaster       *self);
const guint32 *liaison_raster_get_pixels      (LiaisonRaster       *self);
GBytes        *liaison_raster_steal_pixels    (LiaisonRaster       *self);
void           liaison_raster_clear           (LiaisonRaster       *self);

/* Shapes go into the layer, in pixels; painting it colours what they
 * cover, where they overlap once (as one path filled or stroked). */
void           liaison_raster_line            (LiaisonRaster       *self,
                                               double               x1,
                                               double               y1,
                                               double               x2,
                                               double               y2,
                                               double               width,
                                               const float         *dash,
                                               guint                n_dash);
void           liaison_raster_disc            (LiaisonRaster       *self,
                                               double               x,
                                               double               y,
                                               double               radius);
void           liaison_raster_circle          (LiaisonRaster       *self,
                                               double               x,
                                               double               y,
                                               double               radius,
                                               double               width);
void           liaison_raster_diamond         (LiaisonRaster       *self,
                                               double               x,
                                               double               y,
                                               double               half_diagonal);
void           liaison_raster_diamond_outline (LiaisonRaster       *self,
                                               double               x,
                                               double               y,
                                               double               half_diagonal,
                                               double               width);
guint8         liaison_raster_get_coverage    (LiaisonRaster       *self,
                                               int                  x,
                                               int                  y);
void           liaison_raster_paint           (LiaisonRaster       *self,
                                               const float          rgba[4]);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonRaster, liaison_raster_free)

G_END_DECLS
