/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-list.h: one list page: search, filters, a sortable table and empty states. */

#pragma once

#include <gtk/gtk.h>

#include "liaison-entity-filter.h"
#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_ENTITY_LIST (liaison_entity_list_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonEntityList, liaison_entity_list, LIAISON, ENTITY_LIST, GtkWidget)

GtkWidget           *liaison_entity_list_new                 (GType              entity_type);
GType                liaison_entity_list_get_entity_type     (LiaisonEntityList *self);
LiaisonDocument     *liaison_entity_list_get_document        (LiaisonEntityList *self);
void                 liaison_entity_list_set_document        (LiaisonEntityList *self,
                                                              LiaisonDocument   *document);
LiaisonEntity       *liaison_entity_list_get_selected_entity (LiaisonEntityList *self);
void                 liaison_entity_list_set_selected_entity (LiaisonEntityList *self,
                                                              LiaisonEntity     *entity);
LiaisonEntityFilter *liaison_entity_list_get_filter          (LiaisonEntityList *self);
GListModel          *liaison_entity_list_get_model           (LiaisonEntityList *self);
void                 liaison_entity_list_set_search          (LiaisonEntityList *self,
                                                              const char        *text);
void                 liaison_entity_list_start_search        (LiaisonEntityList *self);
gboolean             liaison_entity_list_get_filters_visible (LiaisonEntityList *self);
void                 liaison_entity_list_set_filters_visible (LiaisonEntityList *self,
                                                              gboolean           visible);
gboolean             liaison_entity_list_get_compact         (LiaisonEntityList *self);
void                 liaison_entity_list_set_compact         (LiaisonEntityList *self,
                                                              gboolean           compact);
GtkScrolledWindow   *liaison_entity_list_get_scrolled_window (LiaisonEntityList *self);
void                 liaison_entity_list_sort_by             (LiaisonEntityList *self,
                                                              const char        *column_id,
                                                              GtkSortType        order);

G_END_DECLS
