/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-record-list.h: the records of one kind in a document, as a list model with fast access by position. */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_RECORD_LIST (liaison_record_list_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonRecordList, liaison_record_list, LIAISON, RECORD_LIST, GObject)

LiaisonRecordList *liaison_record_list_new        (GType               item_type);
void               liaison_record_list_insert     (LiaisonRecordList  *self,
                                                   guint               position,
                                                   gpointer            item);
void               liaison_record_list_remove     (LiaisonRecordList  *self,
                                                   guint               position);
void               liaison_record_list_append_all (LiaisonRecordList  *self,
                                                   gpointer           *items,
                                                   guint               n_items);
gboolean           liaison_record_list_find       (LiaisonRecordList  *self,
                                                   gpointer            item,
                                                   guint              *position);
gpointer const    *liaison_record_list_peek_items (LiaisonRecordList  *self,
                                                   guint              *n_items);

G_END_DECLS
