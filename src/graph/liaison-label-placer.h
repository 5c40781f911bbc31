/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-label-placer.h: labels that never overlap: each takes its room, or stays hidden. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LiaisonLabelPlacer LiaisonLabelPlacer;

LiaisonLabelPlacer *liaison_label_placer_new     (double              width,
                                                  double              height);
void                liaison_label_placer_free    (LiaisonLabelPlacer *self);
void                liaison_label_placer_reset   (LiaisonLabelPlacer *self,
                                                  double              width,
                                                  double              height);
gboolean            liaison_label_placer_is_free (LiaisonLabelPlacer *self,
                                                  double              x,
                                                  double              y,
                                                  double              width,
                                                  double              height);
gboolean            liaison_label_placer_fits    (LiaisonLabelPlacer *self,
                                                  double              x,
                                                  double              y,
                                                  double              width,
                                                  double              height);
void                liaison_label_placer_reserve (LiaisonLabelPlacer *self,
                                                  double              x,
                                                  double              y,
                                                  double              width,
                                                  double              height);
gboolean            liaison_label_placer_place   (LiaisonLabelPlacer *self,
                                                  double              x,
                                                  double              y,
                                                  double              width,
                                                  double              height);
guint               liaison_label_placer_get_n_placed (LiaisonLabelPlacer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonLabelPlacer, liaison_label_placer_free)

G_END_DECLS
