/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-record-list.c: the records of one kind in a document, as a list model with fast access by position.
 *
 * A GListStore keeps its items in a balanced tree, where reading them in
 * any order but their own costs a walk down the tree each: a sorted list
 * page reads all of them that way at each keystroke of a search. Here
 * they are in an array; inserting and removing move the pointers after
 * them, which for 100,000 records is still far below a frame.
 */

#define G_LOG_DOMAIN "liaison-record-list"

#include "config.h"

#include "liaison-record-list.h"

struct _LiaisonRecordList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

enum {
  PROP_0,
  PROP_ITEM_TYPE,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void liaison_record_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiaisonRecordList, liaison_record_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, liaison_record_list_model_init))

static GType
liaison_record_list_get_item_type (GListModel *model)
{
  return LIAISON_RECORD_LIST (model)->item_type;
}

static guint
liaison_record_list_get_n_items (GListModel *model)
{
  return LIAISON_RECORD_LIST (model)->items->len;
}

static gpointer
liaison_record_list_get_item (GListModel *model,
                              guint       position)
{
  LiaisonRecordList *self = LIAISON_RECORD_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (self->items->pdata[position]);
}

static void
liaison_record_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = liaison_record_list_get_item_type;
  iface->get_n_items = liaison_record_list_get_n_items;
  iface->get_item = liaison_record_list_get_item;
}

static void
items_changed (LiaisonRecordList *self,
               guint              position,
               guint              removed,
               guint              added)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

LiaisonRecordList *
liaison_record_list_new (GType item_type)
{
  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  return g_object_new (LIAISON_TYPE_RECORD_LIST, "item-type", item_type, NULL);
}

void
liaison_record_list_insert (LiaisonRecordList *self,
                            guint              position,
                            gpointer           item)
{
  g_return_if_fail (LIAISON_IS_RECORD_LIST (self));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));
  g_return_if_fail (position <= self->items->len);

  g_ptr_array_insert (self->items, position, g_object_ref (item));
  items_changed (self, position, 0, 1);
}

void
liaison_record_list_remove (LiaisonRecordList *self,
                            guint              position)
{
  g_return_if_fail (LIAISON_IS_RECORD_LIST (self));
  g_return_if_fail (position < self->items->len);

  g_ptr_array_remove_index (self->items, position);
  items_changed (self, position, 1, 0);
}

/* Adds @n_items records at the end, as one change. */
void
liaison_record_list_append_all (LiaisonRecordList *self,
                                gpointer          *items,
                                guint              n_items)
{
  guint position;

  g_return_if_fail (LIAISON_IS_RECORD_LIST (self));

  if (n_items == 0)
    return;

  position = self->items->len;
  for (guint i = 0; i < n_items; i++)
    {
      g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (items[i]), self->item_type));
      g_ptr_array_add (self->items, g_object_ref (items[i]));
    }
  items_changed (self, position, 0, n_items);
}

/* The records, without a reference each, for going through all of them:
 * valid until the list changes. */
gpointer const *
liaison_record_list_peek_items (LiaisonRecordList *self,
                                guint             *n_items)
{
  g_return_val_if_fail (LIAISON_IS_RECORD_LIST (self), NULL);

  *n_items = self->items->len;

  return self->items->pdata;
}

gboolean
liaison_record_list_find (LiaisonRecordList *self,
                          gpointer           item,
                          guint             *position)
{
  g_return_val_if_fail (LIAISON_IS_RECORD_LIST (self), FALSE);

  return g_ptr_array_find (self->items, item, position);
}

static void
liaison_record_list_finalize (GObject *object)
{
  LiaisonRecordList *self = LIAISON_RECORD_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (liaison_record_list_parent_class)->finalize (object);
}

static void
liaison_record_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiaisonRecordList *self = LIAISON_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      g_value_set_gtype (value, self->item_type);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_record_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiaisonRecordList *self = LIAISON_RECORD_LIST (object);

  switch (prop_id)
    {
    case PROP_ITEM_TYPE:
      self->item_type = g_value_get_gtype (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_record_list_class_init (LiaisonRecordListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_record_list_finalize;
  object_class->get_property = liaison_record_list_get_property;
  object_class->set_property = liaison_record_list_set_property;

  properties[PROP_ITEM_TYPE] =
    g_param_spec_gtype ("item-type", NULL, NULL, G_TYPE_OBJECT,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_record_list_init (LiaisonRecordList *self)
{
  self->item_type = G_TYPE_OBJECT;
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}
