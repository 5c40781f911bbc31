/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-filter-model.c: the records of a list that a filter lets through, with fast access by position.
 *
 * GtkFilterListModel keeps its matches in a bitset, where finding the
 * n-th one means counting up to it. A column view reads items by position
 * after every change, and when the row it keeps in view (the scroll
 * anchor) went away it looks for it among all the new items: with 100,000
 * organizations that took longer than the search itself. This model keeps
 * the positions of the matches in an array, and filters synchronously,
 * testing after a keystroke only the records whose answer can change. It
 * keeps the items of its model too, so that testing them all does not
 * ask the models below for each.
 */

#define G_LOG_DOMAIN "liaison-filter-model"

#include "config.h"

#include <string.h>

#include "liaison-filter-model.h"

struct _LiaisonFilterModel
{
  GObject     parent_instance;

  GListModel *model;
  GtkFilter  *filter;
  GPtrArray  *items;     /* the model's items, in its order */
  GArray     *matches;   /* of guint: positions in model, ascending */
  gulong      items_changed_id;
  gulong      filter_changed_id;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_FILTER,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void liaison_filter_model_list_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LiaisonFilterModel, liaison_filter_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, liaison_filter_model_list_init))

static GType
liaison_filter_model_get_item_type (GListModel *list)
{
  return G_TYPE_OBJECT;
}

static guint
liaison_filter_model_get_n_items (GListModel *list)
{
  return LIAISON_FILTER_MODEL (list)->matches->len;
}

static gpointer
liaison_filter_model_get_item (GListModel *list,
                               guint       position)
{
  LiaisonFilterModel *self = LIAISON_FILTER_MODEL (list);

  if (position >= self->matches->len)
    return NULL;

  return g_object_ref (self->items->pdata[g_array_index (self->matches, guint, position)]);
}

static void
liaison_filter_model_list_init (GListModelInterface *iface)
{
  iface->get_item_type = liaison_filter_model_get_item_type;
  iface->get_n_items = liaison_filter_model_get_n_items;
  iface->get_item = liaison_filter_model_get_item;
}

static gboolean
matches (LiaisonFilterModel *self,
         guint               position)
{
  /* gtk_filter_match() without its checks, for each record at each keystroke. */
  return self->filter == NULL || GTK_FILTER_GET_CLASS (self->filter)->match (self->filter, self->items->pdata[position]);
}

/* Copies the model's items at [position, position + n_items) into items. */
static void
insert_items (LiaisonFilterModel *self,
              guint               position,
              guint               n_items)
{
  guint old_length = self->items->len;

  if (n_items == 0)
    return;

  g_ptr_array_set_size (self->items, old_length + n_items);
  memmove (self->items->pdata + position + n_items, self->items->pdata + position,
           (old_length - position) * sizeof (gpointer));
  for (guint i = 0; i < n_items; i++)
    self->items->pdata[position + i] = g_list_model_get_item (self->model, position + i);
}

static GtkFilterMatch
strictness (LiaisonFilterModel *self)
{
  return self->filter != NULL ? gtk_filter_get_strictness (self->filter) : GTK_FILTER_MATCH_ALL;
}

/* The positions among [start, end) of the model that match. */
static void
append_matches (LiaisonFilterModel *self,
                GArray             *result,
                guint               start,
                guint               end)
{
  GtkFilterMatch match = strictness (self);

  if (match == GTK_FILTER_MATCH_NONE)
    return;

  for (guint position = start; position < end; position++)
    {
      if (match == GTK_FILTER_MATCH_ALL || matches (self, position))
        g_array_append_val (result, position);
    }
}

static void
items_changed (LiaisonFilterModel *self,
               guint               position,
               guint               removed,
               guint               added)
{
  if (removed == 0 && added == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  if (removed != added)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Replaces the matches with @result, telling about the part that differs. */
static void
take_matches (LiaisonFilterModel *self,
              GArray             *result)
{
  const guint *old = (const guint *) self->matches->data;
  const guint *new = (const guint *) result->data;
  guint old_length = self->matches->len;
  guint new_length = result->len;
  guint first = 0, same_end = 0;

  while (first < old_length && first < new_length && old[first] == new[first])
    first++;
  while (same_end < old_length - first && same_end < new_length - first &&
         old[old_length - 1 - same_end] == new[new_length - 1 - same_end])
    same_end++;

  g_array_unref (self->matches);
  self->matches = result;
  items_changed (self, first, old_length - first - same_end, new_length - first - same_end);
}

static void
refilter (LiaisonFilterModel *self,
          GtkFilterChange     change)
{
  guint n_items = self->items->len;
  GArray *result = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->matches->len);
  GtkFilterMatch match = strictness (self);

  if (match != GTK_FILTER_MATCH_SOME || change == GTK_FILTER_CHANGE_DIFFERENT)
    {
      append_matches (self, result, 0, n_items);
    }
  else if (change == GTK_FILTER_CHANGE_MORE_STRICT)
    {
      /* What did not match still does not. */
      for (guint i = 0; i < self->matches->len; i++)
        {
          guint position = g_array_index (self->matches, guint, i);

          if (matches (self, position))
            g_array_append_val (result, position);
        }
    }
  else
    {
      /* What matched still does. */
      guint next = 0;

      for (guint position = 0; position < n_items; position++)
        {
          if (next < self->matches->len && g_array_index (self->matches, guint, next) == position)
            {
              g_array_append_val (result, position);
              next++;
            }
          else if (matches (self, position))
            {
              g_array_append_val (result, position);
            }
        }
    }

  take_matches (self, result);
}

static void
filter_changed_cb (LiaisonFilterModel *self,
                   GtkFilterChange     change)
{
  refilter (self, change);
}

/* The first index of matches whose position is at least @position. */
static guint
first_match_from (LiaisonFilterModel *self,
                  guint               position)
{
  guint low = 0, high = self->matches->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->matches, guint, middle) < position)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static void
model_items_changed_cb (LiaisonFilterModel *self,
                        guint               position,
                        guint               removed,
                        guint               added,
                        GListModel         *model)
{
  g_autoptr(GArray) inserted = g_array_new (FALSE, FALSE, sizeof (guint));
  guint first = first_match_from (self, position);
  guint last = first_match_from (self, position + removed);

  g_ptr_array_remove_range (self->items, position, removed);
  insert_items (self, position, added);
  append_matches (self, inserted, position, position + added);

  /* Those after the change move with it. */
  for (guint i = last; i < self->matches->len; i++)
    g_array_index (self->matches, guint, i) += added - removed;

  g_array_remove_range (self->matches, first, last - first);
  g_array_insert_vals (self->matches, first, inserted->data, inserted->len);

  items_changed (self, first, last - first, inserted->len);
}

LiaisonFilterModel *
liaison_filter_model_new (GListModel *model,
                          GtkFilter  *filter)
{
  g_return_val_if_fail (model == NULL || G_IS_LIST_MODEL (model), NULL);
  g_return_val_if_fail (filter == NULL || GTK_IS_FILTER (filter), NULL);

  return g_object_new (LIAISON_TYPE_FILTER_MODEL, "model", model, "filter", filter, NULL);
}

GListModel *
liaison_filter_model_get_model (LiaisonFilterModel *self)
{
  g_return_val_if_fail (LIAISON_IS_FILTER_MODEL (self), NULL);

  return self->model;
}

void
liaison_filter_model_set_model (LiaisonFilterModel *self,
                                GListModel         *model)
{
  g_autoptr(GArray) result = g_array_new (FALSE, FALSE, sizeof (guint));
  guint removed;

  g_return_if_fail (LIAISON_IS_FILTER_MODEL (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  g_set_object (&self->model, model);
  if (model != NULL)
    self->items_changed_id = g_signal_connect_object (model, "items-changed", G_CALLBACK (model_items_changed_cb),
                                                      self, G_CONNECT_SWAPPED);

  removed = self->matches->len;
  g_ptr_array_set_size (self->items, 0);
  if (model != NULL)
    {
      insert_items (self, 0, g_list_model_get_n_items (model));
      append_matches (self, result, 0, self->items->len);
    }
  g_array_unref (self->matches);
  self->matches = g_steal_pointer (&result);
  items_changed (self, 0, removed, self->matches->len);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

GtkFilter *
liaison_filter_model_get_filter (LiaisonFilterModel *self)
{
  g_return_val_if_fail (LIAISON_IS_FILTER_MODEL (self), NULL);

  return self->filter;
}

void
liaison_filter_model_set_filter (LiaisonFilterModel *self,
                                 GtkFilter          *filter)
{
  g_return_if_fail (LIAISON_IS_FILTER_MODEL (self));
  g_return_if_fail (filter == NULL || GTK_IS_FILTER (filter));

  if (self->filter == filter)
    return;

  if (self->filter != NULL)
    g_clear_signal_handler (&self->filter_changed_id, self->filter);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    self->filter_changed_id = g_signal_connect_object (filter, "changed", G_CALLBACK (filter_changed_cb),
                                                       self, G_CONNECT_SWAPPED);

  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

static void
liaison_filter_model_dispose (GObject *object)
{
  LiaisonFilterModel *self = LIAISON_FILTER_MODEL (object);

  if (self->model != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->model);
  if (self->filter != NULL)
    g_clear_signal_handler (&self->filter_changed_id, self->filter);
  g_clear_object (&self->model);
  g_clear_object (&self->filter);
  g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (liaison_filter_model_parent_class)->dispose (object);
}

static void
liaison_filter_model_finalize (GObject *object)
{
  LiaisonFilterModel *self = LIAISON_FILTER_MODEL (object);

  g_array_unref (self->matches);
  g_ptr_array_unref (self->items);

  G_OBJECT_CLASS (liaison_filter_model_parent_class)->finalize (object);
}

static void
liaison_filter_model_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiaisonFilterModel *self = LIAISON_FILTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;

    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->matches->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_filter_model_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LiaisonFilterModel *self = LIAISON_FILTER_MODEL (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      liaison_filter_model_set_model (self, g_value_get_object (value));
      break;

    case PROP_FILTER:
      liaison_filter_model_set_filter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_filter_model_class_init (LiaisonFilterModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = liaison_filter_model_dispose;
  object_class->finalize = liaison_filter_model_finalize;
  object_class->get_property = liaison_filter_model_get_property;
  object_class->set_property = liaison_filter_model_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, GTK_TYPE_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_filter_model_init (LiaisonFilterModel *self)
{
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}
