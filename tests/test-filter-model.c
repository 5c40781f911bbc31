/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-filter-model.c: LiaisonFilterModel shows what GtkFilterListModel shows, and says what changed. */

#include "config.h"

#include "views/liaison-filter-model.h"

typedef struct
{
  guint modulus;   /* items whose number is a multiple of it match; 0 matches none */
} Rule;

static gboolean
rule_match (gpointer item,
            gpointer data)
{
  Rule *rule = data;
  guint number = GPOINTER_TO_UINT (g_object_get_data (item, "number"));

  return rule->modulus != 0 && number % rule->modulus == 0;
}

static GObject *
make_item (guint number)
{
  GObject *item = g_object_new (G_TYPE_OBJECT, NULL);

  g_object_set_data (item, "number", GUINT_TO_POINTER (number));

  return item;
}

/* A copy of the model kept up to date only from its items-changed
 * signals, the way a list view keeps its rows. */
static void
mirror_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         GPtrArray  *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->len);
  g_ptr_array_remove_range (mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror, position + i, g_list_model_get_item (model, position + i));
  g_assert_cmpuint (mirror->len, ==, g_list_model_get_n_items (model));
}

static void
assert_same (GListModel *model,
             GListModel *reference,
             GPtrArray  *mirror)
{
  guint n_items = g_list_model_get_n_items (reference);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_items);
  g_assert_cmpuint (mirror->len, ==, n_items);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autoptr(GObject) expected = g_list_model_get_item (reference, i);

      g_assert_true (item == expected);
      g_assert_true (mirror->pdata[i] == expected);
    }
  g_assert_null (g_list_model_get_item (model, n_items));
}

static void
test_matches_gtk (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  Rule rule = { 2 };
  g_autoptr(GtkFilter) filter = GTK_FILTER (gtk_custom_filter_new (rule_match, &rule, NULL));
  g_autoptr(LiaisonFilterModel) model = NULL;
  g_autoptr(GtkFilterListModel) reference = NULL;
  g_autoptr(GPtrArray) mirror = g_ptr_array_new_with_free_func (g_object_unref);
  guint next_number = 0;

  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(GObject) item = make_item (next_number++);

      g_list_store_append (store, item);
    }

  model = liaison_filter_model_new (G_LIST_MODEL (store), filter);
  reference = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)), g_object_ref (filter));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    g_ptr_array_add (mirror, g_list_model_get_item (G_LIST_MODEL (model), i));
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_items_changed_cb), mirror);
  assert_same (G_LIST_MODEL (model), G_LIST_MODEL (reference), mirror);

  for (guint round = 0; round < 2000; round++)
    {
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));

      switch (g_rand_int_range (rand, 0, 5))
        {
        case 0:
          {
            /* Records added or removed, several at once. */
            guint position = g_rand_int_range (rand, 0, n_items + 1);
            guint removed = g_rand_int_range (rand, 0, 4);
            guint added = g_rand_int_range (rand, 0, 4);
            g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

            removed = MIN (removed, n_items - position);
            for (guint i = 0; i < added; i++)
              g_ptr_array_add (items, make_item (next_number++));
            g_list_store_splice (store, position, removed, items->pdata, items->len);
          }
          break;

        case 1:
          /* A stricter search: multiples of a multiple. */
          if (rule.modulus != 0)
            {
              rule.modulus *= g_rand_int_range (rand, 2, 4);
              gtk_filter_changed (filter, GTK_FILTER_CHANGE_MORE_STRICT);
            }
          break;

        case 2:
          /* A looser one: multiples of a divisor. */
          if (rule.modulus > 1 && rule.modulus % 2 == 0)
            {
              rule.modulus /= 2;
              gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
            }
          break;

        case 3:
          rule.modulus = g_rand_int_range (rand, 0, 6);
          gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
          break;

        default:
          /* The whole list replaced, as when a document is opened. */
          if (g_rand_int_range (rand, 0, 20) == 0)
            {
              g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

              guint n_new = g_rand_int_range (rand, 0, 300);

              for (guint i = 0; i < n_new; i++)
                g_ptr_array_add (items, make_item (next_number++));
              g_list_store_splice (store, 0, n_items, items->pdata, items->len);
            }
          break;
        }

      assert_same (G_LIST_MODEL (model), G_LIST_MODEL (reference), mirror);
    }
}

static void
test_no_filter_and_no_model (void)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(LiaisonFilterModel) model = liaison_filter_model_new (NULL, NULL);
  g_autoptr(GObject) item = make_item (1);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_list_store_append (store, item);
  liaison_filter_model_set_model (model, G_LIST_MODEL (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_true (liaison_filter_model_get_model (model) == G_LIST_MODEL (store));
  g_assert_null (liaison_filter_model_get_filter (model));
  liaison_filter_model_set_model (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/views/filter-model/matches-gtk", test_matches_gtk);
  g_test_add_func ("/views/filter-model/no-filter-and-no-model", test_no_filter_and_no_model);

  return g_test_run ();
}
