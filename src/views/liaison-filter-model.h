/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-filter-model.h: the records of a list that a filter lets through, with fast access by position. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_FILTER_MODEL (liaison_filter_model_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonFilterModel, liaison_filter_model, LIAISON, FILTER_MODEL, GObject)

LiaisonFilterModel *liaison_filter_model_new        (GListModel         *model,
                                                     GtkFilter          *filter);
GListModel         *liaison_filter_model_get_model  (LiaisonFilterModel *self);
void                liaison_filter_model_set_model  (LiaisonFilterModel *self,
                                                     GListModel         *model);
GtkFilter          *liaison_filter_model_get_filter (LiaisonFilterModel *self);
void                liaison_filter_model_set_filter (LiaisonFilterModel *self,
                                                     GtkFilter          *filter);

G_END_DECLS
