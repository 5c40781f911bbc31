/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-page.h: the network graph page: the graph view and its controls. */

#pragma once

#include <adwaita.h>

#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_GRAPH_PAGE (liaison_graph_page_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonGraphPage, liaison_graph_page, LIAISON, GRAPH_PAGE, AdwBin)

GtkWidget       *liaison_graph_page_new                 (void);
LiaisonDocument *liaison_graph_page_get_document        (LiaisonGraphPage *self);
void             liaison_graph_page_set_document        (LiaisonGraphPage *self,
                                                         LiaisonDocument  *document);
void             liaison_graph_page_adopt               (LiaisonGraphPage *self,
                                                         LiaisonGraphPage *old);
LiaisonEntity   *liaison_graph_page_get_selected_entity (LiaisonGraphPage *self);
void             liaison_graph_page_set_selected_entity (LiaisonGraphPage *self,
                                                         LiaisonEntity    *entity);
void             liaison_graph_page_set_filter          (LiaisonGraphPage *self,
                                                         GtkFilter        *organization_filter);

G_END_DECLS
