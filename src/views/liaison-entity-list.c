/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-list.c: one list page: search, filters, a sortable table and empty states.
 *
 * The document's collection goes through a GtkSortListModel (the column the
 * user clicked) and a LiaisonFilterModel (search and filters, see
 * LiaisonEntityFilter) into the column view. Sorting comes first so that a
 * keystroke in the search only filters: with 100,000 organizations,
 * sorting the matches again after each one took longer than the filtering.
 * Text columns sort by collation keys, computed once per record and
 * forgotten when the document changes.
 */

#define G_LOG_DOMAIN "liaison-entity-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "liaison-entity-columns.h"
#include "liaison-i18n.h"
#include "liaison-entity-list.h"
#include "liaison-filter-bar.h"
#include "liaison-filter-model.h"
#include "model/liaison-cooperation-link.h"
#include "model/liaison-event.h"
#include "model/liaison-language.h"
#include "model/liaison-organization.h"
#include "model/liaison-person.h"
#include "model/liaison-source.h"

typedef struct
{
  LiaisonEntityList   *self;
  const LiaisonColumn *spec;
  GtkColumnViewColumn *column;
  GHashTable          *keys;   /* LiaisonEntity → collation key */
} Column;

struct _LiaisonEntityList
{
  GtkWidget            parent_instance;

  GType                entity_type;
  LiaisonDocument     *document;
  LiaisonEntityFilter *filter;
  LiaisonFilterModel  *filter_model;
  GtkSortListModel    *sort_model;
  GtkSingleSelection  *selection;
  GArray              *columns;       /* of Column */
  GHashTable          *bound_cells;   /* GtkWidget → its Column */
  gulong               changed_id;
  gboolean             compact;

  GtkBox              *box;
  GtkSearchBar        *search_bar;
  GtkSearchEntry      *search_entry;
  GtkRevealer         *filter_revealer;
  LiaisonFilterBar    *filter_bar;      /* made when the filters first show */
  GtkStack            *view_stack;
  GtkScrolledWindow   *scrolled_window;
  GtkColumnView       *column_view;
  AdwStatusPage       *empty_page;
  GtkButton           *add_button;
};

enum {
  PROP_0,
  PROP_ENTITY_TYPE,
  PROP_DOCUMENT,
  PROP_SELECTED_ENTITY,
  PROP_FILTERS_VISIBLE,
  PROP_COMPACT,
  N_PROPS
};

enum {
  ACTIVATE_ENTITY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonEntityList, liaison_entity_list, GTK_TYPE_WIDGET)

/* ---------------------------------------------------------------------- */
/* What each kind of record's page says when it is empty                   */

typedef struct
{
  GType      (*type) (void);
  const char  *icon_name;
  const char  *title;
  const char  *description;
  const char  *add_label;
} EmptyState;

static const EmptyState empty_states[] = {
  { liaison_organization_get_type, "liaison-organization-symbolic",
    N_("No Organizations"),
    N_("Add the cities, agencies, networks and companies you work with, or explore the sample network"),
    N_("_Add Organization") },
  { liaison_person_get_type, "liaison-person-symbolic",
    N_("No People"),
    N_("Add the people who represent organizations at events"),
    N_("_Add Person") },
  { liaison_event_get_type, "liaison-event-symbolic",
    N_("No Events"),
    N_("Add summits, webinars and signings, held or planned"),
    N_("_Add Event") },
  { liaison_cooperation_link_get_type, "liaison-link-symbolic",
    N_("No Cooperation Links"),
    N_("Record memoranda, partnerships and memberships between organizations"),
    N_("_Add Cooperation Link") },
  { liaison_source_get_type, "liaison-source-symbolic",
    N_("No Sources"),
    N_("Add the articles and reports your facts come from"),
    N_("_Add Source") },
};

static const EmptyState *
find_empty_state (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (empty_states); i++)
    {
      if (empty_states[i].type () == type)
        return &empty_states[i];
    }

  return NULL;
}

/* ---------------------------------------------------------------------- */
/* Cells                                                                   */

static char *
compact_title (LiaisonEntityList *self,
               LiaisonEntity     *entity)
{
  if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);
      g_autofree char *from = liaison_entity_columns_dup_title (self->document, liaison_cooperation_link_get_from (link));
      g_autofree char *to = liaison_entity_columns_dup_title (self->document, liaison_cooperation_link_get_to (link));

      return g_strdup_printf (liaison_cooperation_link_get_directed (link) ? "%s → %s" : "%s ↔ %s",
                              from != NULL ? from : "", to != NULL ? to : "");
    }

  return liaison_entity_dup_title (entity, NULL);
}

static void
fill_cell (Column    *column,
           GtkWidget *cell,
           LiaisonEntity *entity)
{
  LiaisonEntityList *self = column->self;
  g_autofree char *text = NULL;
  const char *style = NULL;
  gboolean first = column == &g_array_index (self->columns, Column, 0);

  if (first && self->compact)
    text = compact_title (self, entity);
  else
    text = column->spec->text (self->document, entity);

  if (first)
    {
      GtkWidget *title = gtk_widget_get_first_child (cell);
      GtkWidget *summary = gtk_widget_get_next_sibling (title);

      g_autofree char *secondary = self->compact ? NULL
        : liaison_entity_columns_dup_secondary (self->document, entity);

      if (secondary != NULL)
        {
          g_autofree char *markup = g_markup_printf_escaped ("%s  <span alpha=\"55%%\">%s</span>",
                                                             text != NULL ? text : "", secondary);

          gtk_label_set_markup (GTK_LABEL (title), markup);
        }
      else
        {
          gtk_label_set_text (GTK_LABEL (title), text != NULL ? text : "");
        }
      /* A name shown in another language than the interface's is marked as such. */
      if (!LIAISON_IS_COOPERATION_LINK (entity))
        {
          const char *language = liaison_entity_get_title_language (entity, liaison_language_get_current ());

          liaison_i18n_mark_language (GTK_LABEL (title),
                                      g_strcmp0 (language, liaison_language_get_current ()) != 0 ? language : NULL);
        }
      gtk_widget_set_visible (summary, self->compact);
      if (self->compact)
        {
          g_autofree char *line = liaison_entity_columns_dup_summary (self->document, entity);

          gtk_label_set_label (GTK_LABEL (summary), line);
        }
      return;
    }

  gtk_label_set_label (GTK_LABEL (cell), text != NULL ? text : "—");
  gtk_widget_remove_css_class (cell, "accent");
  gtk_widget_remove_css_class (cell, "error");
  gtk_widget_remove_css_class (cell, "dimmed");
  if (text == NULL)
    gtk_widget_add_css_class (cell, "dimmed");
  else if (column->spec->style != NULL && (style = column->spec->style (entity)) != NULL)
    gtk_widget_add_css_class (cell, style);
}

static GtkWidget *
make_label (gboolean numeric)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), numeric ? 1.0 : 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (numeric)
    gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Column                   *column)
{
  if (column == &g_array_index (column->self->columns, Column, 0))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *summary = make_label (FALSE);

      gtk_box_append (GTK_BOX (box), make_label (FALSE));
      gtk_widget_add_css_class (summary, "caption");
      gtk_widget_add_css_class (summary, "dimmed");
      gtk_box_append (GTK_BOX (box), summary);
      gtk_list_item_set_child (item, box);
    }
  else
    {
      gtk_list_item_set_child (item, make_label (column->spec->numeric));
    }
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Column                   *column)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  g_object_set_data (G_OBJECT (cell), "liaison-entity", gtk_list_item_get_item (item));
  g_hash_table_insert (column->self->bound_cells, cell, column);
  fill_cell (column, cell, gtk_list_item_get_item (item));
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Column                   *column)
{
  GtkWidget *cell = gtk_list_item_get_child (item);

  g_hash_table_remove (column->self->bound_cells, cell);
  g_object_set_data (G_OBJECT (cell), "liaison-entity", NULL);
}

static void
refresh_cells (LiaisonEntityList *self)
{
  GHashTableIter iter;
  gpointer cell, column;

  g_hash_table_iter_init (&iter, self->bound_cells);
  while (g_hash_table_iter_next (&iter, &cell, &column))
    fill_cell (column, cell, g_object_get_data (cell, "liaison-entity"));
}

/* ---------------------------------------------------------------------- */
/* Sorting                                                                 */

static const char *
collation_key (Column        *column,
               LiaisonEntity *entity)
{
  char *key = g_hash_table_lookup (column->keys, entity);

  if (key == NULL)
    {
      g_autofree char *text = column->spec->text (column->self->document, entity);

      /* Empty cells sort last. */
      key = text != NULL ? g_utf8_collate_key (text, -1) : g_strdup ("\xff\xff");
      g_hash_table_insert (column->keys, entity, key);
    }

  return key;
}

static int
compare_cb (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  Column *column = user_data;
  int result;

  if (column->spec->number != NULL)
    {
      gint64 x = column->spec->number (column->self->document, (gpointer) a);
      gint64 y = column->spec->number (column->self->document, (gpointer) b);

      result = (x > y) - (x < y);
    }
  else
    {
      result = strcmp (collation_key (column, (gpointer) a), collation_key (column, (gpointer) b));
    }

  /* Ties keep the document's order, so sorting is stable and predictable. */
  return result;
}

static void
column_free (Column *column)
{
  g_clear_pointer (&column->keys, g_hash_table_unref);
}

static void
add_columns (LiaisonEntityList *self)
{
  const LiaisonColumn *specs;
  guint n_specs;

  specs = liaison_entity_columns_get (self->entity_type, &n_specs);
  g_array_set_size (self->columns, n_specs);

  for (guint i = 0; i < n_specs; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkSorter) sorter = NULL;

      column->self = self;
      column->spec = &specs[i];
      column->keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), column);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), column);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), column);

      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_cb, column, NULL));
      column->column = gtk_column_view_column_new (gettext (specs[i].title), g_steal_pointer (&factory));
      gtk_column_view_column_set_id (column->column, specs[i].id);
      gtk_column_view_column_set_sorter (column->column, sorter);
      gtk_column_view_column_set_expand (column->column, specs[i].expand);
      if (specs[i].width > 0)
        gtk_column_view_column_set_fixed_width (column->column, specs[i].width);
      gtk_column_view_column_set_resizable (column->column, TRUE);
      gtk_column_view_append_column (self->column_view, column->column);
      g_object_unref (column->column);
    }
}

static void
forget_sort_keys (LiaisonEntityList *self)
{
  GtkSorter *sorter = gtk_column_view_get_sorter (self->column_view);

  for (guint i = 0; i < self->columns->len; i++)
    g_hash_table_remove_all (g_array_index (self->columns, Column, i).keys);

  if (sorter != NULL && gtk_column_view_sorter_get_primary_sort_column (GTK_COLUMN_VIEW_SORTER (sorter)) != NULL)
    gtk_sorter_changed (sorter, GTK_SORTER_CHANGE_DIFFERENT);
}

void
liaison_entity_list_sort_by (LiaisonEntityList *self,
                             const char        *column_id,
                             GtkSortType        order)
{
  g_return_if_fail (LIAISON_IS_ENTITY_LIST (self));

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = &g_array_index (self->columns, Column, i);

      if (g_strcmp0 (column->spec->id, column_id) == 0)
        {
          gtk_column_view_sort_by_column (self->column_view, column->column, order);
          return;
        }
    }

  g_warning ("No column “%s”", column_id);
}

/* ---------------------------------------------------------------------- */
/* What the page shows                                                     */

static void
update_view (LiaisonEntityList *self)
{
  GListModel *all = self->document != NULL
    ? liaison_document_get_collection (self->document, self->entity_type) : NULL;

  if (all == NULL || g_list_model_get_n_items (all) == 0)
    gtk_stack_set_visible_child_name (self->view_stack, "empty");
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    gtk_stack_set_visible_child_name (self->view_stack, "no-results");
  else
    gtk_stack_set_visible_child_name (self->view_stack, "list");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "list.clear-filters",
                                 liaison_entity_filter_is_active (self->filter) &&
                                 gtk_revealer_get_reveal_child (self->filter_revealer));
}

static void prepare_search (LiaisonEntityList *self);

static void
document_changed_cb (LiaisonEntityList *self)
{
  forget_sort_keys (self);
  refresh_cells (self);
  update_view (self);
  /* The filter forgot the texts it had ready. */
  prepare_search (self);
}

static void
selection_changed_cb (LiaisonEntityList *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ENTITY]);
}

static void
column_view_activate_cb (LiaisonEntityList *self,
                         guint              position)
{
  g_autoptr(LiaisonEntity) entity = g_list_model_get_item (G_LIST_MODEL (self->filter_model), position);

  if (entity != NULL)
    {
      gtk_single_selection_set_selected (self->selection, position);
      g_signal_emit (self, signals[ACTIVATE_ENTITY], 0, entity);
    }
}

/* ---------------------------------------------------------------------- */
/* Search and filters                                                      */

static void
search_changed_cb (LiaisonEntityList *self)
{
  liaison_entity_filter_set_search (self->filter, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/* While the page shows, the filter gets the records' texts ready for a
 * search, when the main loop is idle; it forgets them when the document
 * changes, and starts again. */
static void
prepare_search (LiaisonEntityList *self)
{
  if (self->document != NULL &&
      (gtk_widget_get_mapped (GTK_WIDGET (self)) || gtk_search_bar_get_search_mode (self->search_bar)))
    liaison_entity_filter_prepare_search (self->filter,
                                          liaison_document_get_collection (self->document, self->entity_type));
}

static void
stop_search_cb (LiaisonEntityList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

/* Enter in the search selects the first match and moves to the list. */
static void
search_activate_cb (LiaisonEntityList *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return;

  gtk_single_selection_set_selected (self->selection, 0);
  gtk_column_view_scroll_to (self->column_view, 0, NULL, GTK_LIST_SCROLL_FOCUS | GTK_LIST_SCROLL_SELECT, NULL);
}

static void
clear_filters_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  liaison_entity_filter_clear (LIAISON_ENTITY_LIST (widget)->filter);
}

static void
clear_all_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LiaisonEntityList *self = LIAISON_ENTITY_LIST (widget);

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  liaison_entity_filter_set_search (self->filter, NULL);
  liaison_entity_filter_clear (self->filter);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                              */

GtkWidget *
liaison_entity_list_new (GType entity_type)
{
  g_return_val_if_fail (g_type_is_a (entity_type, LIAISON_TYPE_ENTITY), NULL);

  return g_object_new (LIAISON_TYPE_ENTITY_LIST, "entity-type", entity_type, NULL);
}

GType
liaison_entity_list_get_entity_type (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), G_TYPE_INVALID);

  return self->entity_type;
}

LiaisonDocument *
liaison_entity_list_get_document (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), NULL);

  return self->document;
}

void
liaison_entity_list_set_document (LiaisonEntityList *self,
                                  LiaisonDocument   *document)
{
  g_autoptr(LiaisonEntityFilter) filter = NULL;

  g_return_if_fail (LIAISON_IS_ENTITY_LIST (self));
  g_return_if_fail (!document || LIAISON_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);
  g_set_object (&self->document, document);

  for (guint i = 0; i < self->columns->len; i++)
    g_hash_table_remove_all (g_array_index (self->columns, Column, i).keys);

  /* The filter follows the document it looks records up in; its settings stay. */
  filter = liaison_entity_filter_new (document);
  g_object_set (filter,
                "search", liaison_entity_filter_get_search (self->filter),
                "kind", liaison_entity_filter_get_kind (self->filter),
                "country", liaison_entity_filter_get_country (self->filter),
                "status", liaison_entity_filter_get_status (self->filter),
                "year-from", liaison_entity_filter_get_year_from (self->filter),
                "year-to", liaison_entity_filter_get_year_to (self->filter),
                NULL);
  g_signal_handlers_disconnect_by_func (self->filter, update_view, self);
  g_set_object (&self->filter, filter);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);
  liaison_filter_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  if (self->filter_bar != NULL)
    liaison_filter_bar_set_filter (self->filter_bar, self->filter);

  gtk_sort_list_model_set_model (self->sort_model,
                                 document != NULL ? liaison_document_get_collection (document, self->entity_type) : NULL);
  if (document != NULL)
    self->changed_id = g_signal_connect_swapped (document, "changed", G_CALLBACK (document_changed_cb), self);

  if (self->filter_bar != NULL)
    liaison_filter_bar_update_countries (self->filter_bar, document);
  update_view (self);
  prepare_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

LiaisonEntity *
liaison_entity_list_get_selected_entity (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), NULL);

  return gtk_single_selection_get_selected_item (self->selection);
}

void
liaison_entity_list_set_selected_entity (LiaisonEntityList *self,
                                         LiaisonEntity     *entity)
{
  GListModel *model;
  guint n;

  g_return_if_fail (LIAISON_IS_ENTITY_LIST (self));

  if (entity == liaison_entity_list_get_selected_entity (self))
    return;

  if (entity == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }

  model = G_LIST_MODEL (self->filter_model);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LiaisonEntity) item = g_list_model_get_item (model, i);

      if (item == entity)
        {
          if (gtk_column_view_get_model (self->column_view) != NULL)
            gtk_column_view_scroll_to (self->column_view, i, NULL, GTK_LIST_SCROLL_SELECT, NULL);
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }

  /* Hidden by the search or filters: show nothing selected rather than a stale row. */
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

LiaisonEntityFilter *
liaison_entity_list_get_filter (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), NULL);

  return self->filter;
}

/* The records as shown: filtered and sorted. */
GListModel *
liaison_entity_list_get_model (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), NULL);

  return G_LIST_MODEL (self->filter_model);
}

/* The table's scrolled window, to keep its position when windows are rebuilt. */
GtkScrolledWindow *
liaison_entity_list_get_scrolled_window (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), NULL);

  return self->scrolled_window;
}

/* Searches for @text as if typed, showing the search bar when it is not empty. */
void
liaison_entity_list_set_search (LiaisonEntityList *self,
                                const char        *text)
{
  g_return_if_fail (LIAISON_IS_ENTITY_LIST (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  liaison_entity_filter_set_search (self->filter, text);
  gtk_search_bar_set_search_mode (self->search_bar, text != NULL && *text != '\0');
}

void
liaison_entity_list_start_search (LiaisonEntityList *self)
{
  g_return_if_fail (LIAISON_IS_ENTITY_LIST (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

gboolean
liaison_entity_list_get_filters_visible (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), FALSE);

  /* Bindings in the template ask before it is complete. */
  return self->filter_revealer != NULL && gtk_revealer_get_reveal_child (self->filter_revealer);
}

void
liaison_entity_list_set_filters_visible (LiaisonEntityList *self,
                                         gboolean           visible)
{
  g_return_if_fail (LIAISON_IS_ENTITY_LIST (self));

  visible = !!visible;
  if (self->filter_revealer == NULL || visible == gtk_revealer_get_reveal_child (self->filter_revealer))
    return;

  if (visible)
    {
      if (self->filter_bar == NULL)
        {
          self->filter_bar = LIAISON_FILTER_BAR (liaison_filter_bar_new (self->entity_type));
          liaison_filter_bar_set_filter (self->filter_bar, self->filter);
          gtk_revealer_set_child (self->filter_revealer, GTK_WIDGET (self->filter_bar));
        }
      liaison_filter_bar_update_countries (self->filter_bar, self->document);
    }
  else
    /* Hidden filters would be confusing: closing the bar clears them. */
    liaison_entity_filter_clear (self->filter);
  gtk_revealer_set_reveal_child (self->filter_revealer, visible);
  update_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTERS_VISIBLE]);
}

gboolean
liaison_entity_list_get_compact (LiaisonEntityList *self)
{
  g_return_val_if_fail (LIAISON_IS_ENTITY_LIST (self), FALSE);

  return self->compact;
}

void
liaison_entity_list_set_compact (LiaisonEntityList *self,
                                 gboolean           compact)
{
  g_return_if_fail (LIAISON_IS_ENTITY_LIST (self));

  compact = !!compact;
  if (self->compact == compact)
    return;

  self->compact = compact;
  for (guint i = 1; i < self->columns->len; i++)
    gtk_column_view_column_set_visible (g_array_index (self->columns, Column, i).column, !compact);
  /* On a phone a tap opens the record, as in other GNOME apps. */
  gtk_column_view_set_single_click_activate (self->column_view, compact);
  refresh_cells (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static void
liaison_entity_list_constructed (GObject *object)
{
  LiaisonEntityList *self = LIAISON_ENTITY_LIST (object);
  const EmptyState *empty = find_empty_state (self->entity_type);
  GtkSorter *sorter;

  G_OBJECT_CLASS (liaison_entity_list_parent_class)->constructed (object);

  g_return_if_fail (empty != NULL);

  add_columns (self);
  sorter = gtk_column_view_get_sorter (self->column_view);
  gtk_sort_list_model_set_sorter (self->sort_model, sorter);

  adw_status_page_set_icon_name (self->empty_page, empty->icon_name);
  adw_status_page_set_title (self->empty_page, gettext (empty->title));
  adw_status_page_set_description (self->empty_page, gettext (empty->description));
  gtk_button_set_label (self->add_button, gettext (empty->add_label));
  gtk_button_set_use_underline (self->add_button, TRUE);

  update_view (self);
}

static void
liaison_entity_list_dispose (GObject *object)
{
  LiaisonEntityList *self = LIAISON_ENTITY_LIST (object);

  if (self->document != NULL)
    g_clear_signal_handler (&self->changed_id, self->document);

  /* The column view's sorter changes as its columns go: let it find no
   * records to sort again, and no page to update. */
  if (self->sort_model != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->filter_model, update_view, self);
      g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
      gtk_sort_list_model_set_model (self->sort_model, NULL);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_ENTITY_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->document);
  g_clear_pointer (&self->bound_cells, g_hash_table_unref);

  G_OBJECT_CLASS (liaison_entity_list_parent_class)->dispose (object);
}

static void
liaison_entity_list_finalize (GObject *object)
{
  LiaisonEntityList *self = LIAISON_ENTITY_LIST (object);

  g_clear_pointer (&self->columns, g_array_unref);

  G_OBJECT_CLASS (liaison_entity_list_parent_class)->finalize (object);
}

static void
liaison_entity_list_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiaisonEntityList *self = LIAISON_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_ENTITY_TYPE:
      g_value_set_gtype (value, self->entity_type);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SELECTED_ENTITY:
      g_value_set_object (value, liaison_entity_list_get_selected_entity (self));
      break;

    case PROP_FILTERS_VISIBLE:
      g_value_set_boolean (value, liaison_entity_list_get_filters_visible (self));
      break;

    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_list_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiaisonEntityList *self = LIAISON_ENTITY_LIST (object);

  switch (prop_id)
    {
    case PROP_ENTITY_TYPE:
      self->entity_type = g_value_get_gtype (value);
      break;

    case PROP_DOCUMENT:
      liaison_entity_list_set_document (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ENTITY:
      liaison_entity_list_set_selected_entity (self, g_value_get_object (value));
      break;

    case PROP_FILTERS_VISIBLE:
      liaison_entity_list_set_filters_visible (self, g_value_get_boolean (value));
      break;

    case PROP_COMPACT:
      liaison_entity_list_set_compact (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_entity_list_class_init (LiaisonEntityListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = liaison_entity_list_constructed;
  object_class->dispose = liaison_entity_list_dispose;
  object_class->finalize = liaison_entity_list_finalize;
  object_class->get_property = liaison_entity_list_get_property;
  object_class->set_property = liaison_entity_list_set_property;

  properties[PROP_ENTITY_TYPE] =
    g_param_spec_gtype ("entity-type", NULL, NULL, LIAISON_TYPE_ENTITY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ENTITY] =
    g_param_spec_object ("selected-entity", NULL, NULL, LIAISON_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTERS_VISIBLE] =
    g_param_spec_boolean ("filters-visible", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter or a double click on a row: the user wants to see that record. */
  signals[ACTIVATE_ENTITY] =
    g_signal_new ("activate-entity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIAISON_TYPE_ENTITY);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-entity-list.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, box);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, column_view);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, empty_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonEntityList, add_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "list.clear-filters", NULL, clear_filters_action);
  gtk_widget_class_install_action (widget_class, "list.clear-all", NULL, clear_all_action);
}

/* Gives the column view its model the first time the list is shown,
 * and scrolls to the selected record. */
static void
attach_model (LiaisonEntityList *self)
{
  guint selected;

  if (gtk_column_view_get_model (self->column_view) != NULL)
    return;

  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));
  selected = gtk_single_selection_get_selected (self->selection);
  if (selected != GTK_INVALID_LIST_POSITION)
    gtk_column_view_scroll_to (self->column_view, selected, NULL, GTK_LIST_SCROLL_NONE, NULL);
}

static void
liaison_entity_list_init (LiaisonEntityList *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, (GDestroyNotify) column_free);
  self->bound_cells = g_hash_table_new (NULL, NULL);
  self->filter = liaison_entity_filter_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sort_model = gtk_sort_list_model_new (NULL, NULL);
  self->filter_model = liaison_filter_model_new (G_LIST_MODEL (self->sort_model), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  /* The column view gets its rows when the list is first shown (see
   * attach_model()): hidden lists build no cells. */

  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter_model, "items-changed",
                           G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (update_view), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (prepare_search), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (prepare_search), NULL);
  g_signal_connect (self, "map", G_CALLBACK (attach_model), NULL);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}
