/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-filter.h: the search and filters of a list, as a GtkFilter. */

#pragma once

#include <gtk/gtk.h>

#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_ENTITY_FILTER (liaison_entity_filter_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonEntityFilter, liaison_entity_filter, LIAISON, ENTITY_FILTER, GtkFilter)

#define LIAISON_FILTER_ANY (-1)

LiaisonEntityFilter *liaison_entity_filter_new          (LiaisonDocument     *document);
const char          *liaison_entity_filter_get_search   (LiaisonEntityFilter *self);
void                 liaison_entity_filter_set_search   (LiaisonEntityFilter *self,
                                                         const char          *search);
int                  liaison_entity_filter_get_kind     (LiaisonEntityFilter *self);
void                 liaison_entity_filter_set_kind     (LiaisonEntityFilter *self,
                                                         int                  kind);
const char          *liaison_entity_filter_get_country  (LiaisonEntityFilter *self);
void                 liaison_entity_filter_set_country  (LiaisonEntityFilter *self,
                                                         const char          *country);
int                  liaison_entity_filter_get_status   (LiaisonEntityFilter *self);
void                 liaison_entity_filter_set_status   (LiaisonEntityFilter *self,
                                                         int                  status);
int                  liaison_entity_filter_get_year_from (LiaisonEntityFilter *self);
void                 liaison_entity_filter_set_year_from (LiaisonEntityFilter *self,
                                                          int                  year);
int                  liaison_entity_filter_get_year_to  (LiaisonEntityFilter *self);
void                 liaison_entity_filter_set_year_to  (LiaisonEntityFilter *self,
                                                         int                  year);
void                 liaison_entity_filter_prepare_search (LiaisonEntityFilter *self,
                                                           GListModel          *records);
gboolean             liaison_entity_filter_is_active    (LiaisonEntityFilter *self);
void                 liaison_entity_filter_clear        (LiaisonEntityFilter *self);
gboolean             liaison_entity_filter_match_entity (LiaisonEntityFilter *self,
                                                         LiaisonEntity       *entity);

G_END_DECLS
