/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-drawing.h: a list of lines and shapes in layers of one colour, to draw into pixels in any thread. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LiaisonDrawing LiaisonDrawing;

LiaisonDrawing *liaison_drawing_new             (int             width,
                                                 int             height);
void            liaison_drawing_free            (LiaisonDrawing *self);
int             liaison_drawing_get_width       (LiaisonDrawing *self);
int             liaison_drawing_get_height      (LiaisonDrawing *self);
void            liaison_drawing_set_dash        (LiaisonDrawing *self,
                                                 const float    *dash,
                                                 guint           n_dash);
void            liaison_drawing_line            (LiaisonDrawing *self,
                                                 double          x1,
                                                 double          y1,
                                                 double          x2,
                                                 double          y2,
                                                 double          width);
void            liaison_drawing_disc            (LiaisonDrawing *self,
                                                 double          x,
                                                 double          y,
                                                 double          radius);
void            liaison_drawing_circle          (LiaisonDrawing *self,
                                                 double          x,
                                                 double          y,
                                                 double          radius,
                                                 double          width);
void            liaison_drawing_diamond         (LiaisonDrawing *self,
                                                 double          x,
                                                 double          y,
                                                 double          half_diagonal);
void            liaison_drawing_diamond_outline (LiaisonDrawing *self,
                                                 double          x,
                                                 double          y,
                                                 double          half_diagonal,
                                                 double          width);
void            liaison_drawing_paint           (LiaisonDrawing *self,
                                                 const float     rgba[4]);
guint           liaison_drawing_get_n_shapes    (LiaisonDrawing *self);
GBytes         *liaison_drawing_render          (LiaisonDrawing *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonDrawing, liaison_drawing_free)

G_END_DECLS
