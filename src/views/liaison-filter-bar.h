/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-filter-bar.h: a list page's filters: kind, country or region, status, years. */

#pragma once

#include <gtk/gtk.h>

#include "liaison-entity-filter.h"
#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_FILTER_BAR (liaison_filter_bar_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonFilterBar, liaison_filter_bar, LIAISON, FILTER_BAR, GtkWidget)

GtkWidget           *liaison_filter_bar_new              (GType                entity_type);
LiaisonEntityFilter *liaison_filter_bar_get_filter       (LiaisonFilterBar    *self);
void                 liaison_filter_bar_set_filter       (LiaisonFilterBar    *self,
                                                          LiaisonEntityFilter *filter);
void                 liaison_filter_bar_update_countries (LiaisonFilterBar    *self,
                                                          LiaisonDocument     *document);

G_END_DECLS
