/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-filter-bar.c: a list page's filters: kind, country or region, status, years.
 *
 * The bar edits a LiaisonEntityFilter and shows what it holds: each
 * drop-down and year field sets one of the filter's settings, and when the
 * filter changes otherwise (cleared, or copied into a new window) the
 * fields follow. Which fields show depends on the kind of record: people
 * have no years, sources no country. A list page makes its bar only when
 * its filters are first shown; most pages never show them, and three
 * drop-downs for each of five pages slowed the window's start.
 */

#define G_LOG_DOMAIN "liaison-filter-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-filter-bar.h"
#include "liaison-i18n.h"
#include "model/liaison-cooperation-link.h"
#include "model/liaison-event.h"
#include "model/liaison-organization.h"
#include "model/liaison-person.h"
#include "model/liaison-source.h"

struct _LiaisonFilterBar
{
  GtkWidget            parent_instance;

  GType                entity_type;
  LiaisonEntityFilter *filter;
  gboolean             updating;
  GStrv                countries;      /* what country_dropdown offers, after "all" */
  GArray              *kind_values;    /* what kind_dropdown offers, after "all" */
  GArray              *status_values;

  GtkFlowBox          *flow_box;
  GtkDropDown         *kind_dropdown;
  GtkDropDown         *country_dropdown;
  GtkDropDown         *status_dropdown;
  GtkWidget           *year_box;
  GtkEditable         *year_from;
  GtkEditable         *year_to;
};

enum {
  PROP_0,
  PROP_ENTITY_TYPE,
  PROP_FILTER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonFilterBar, liaison_filter_bar, GTK_TYPE_WIDGET)

/* The setting of a drop-down: LIAISON_FILTER_ANY for its first item, "all". */
static int
selected_value (GtkDropDown *dropdown,
                GArray      *values)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > values->len)
    return LIAISON_FILTER_ANY;

  return g_array_index (values, int, selected - 1);
}

static void
kind_selected_cb (LiaisonFilterBar *self)
{
  if (!self->updating && self->filter != NULL && self->kind_values != NULL)
    liaison_entity_filter_set_kind (self->filter, selected_value (self->kind_dropdown, self->kind_values));
}

static void
status_selected_cb (LiaisonFilterBar *self)
{
  if (!self->updating && self->filter != NULL && self->status_values != NULL)
    liaison_entity_filter_set_status (self->filter, selected_value (self->status_dropdown, self->status_values));
}

static void
country_selected_cb (LiaisonFilterBar *self)
{
  guint selected = gtk_drop_down_get_selected (self->country_dropdown);

  if (self->updating || self->filter == NULL || self->countries == NULL)
    return;
  liaison_entity_filter_set_country (self->filter,
                                     selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
                                     selected > g_strv_length (self->countries)
                                       ? NULL : self->countries[selected - 1]);
}

/* A year typed in a filter field; 0 when empty or not a year. */
static int
parse_year (GtkEditable *editable)
{
  const char *text = gtk_editable_get_text (editable);
  guint64 year = 0;

  if (text == NULL || *text == '\0' || !g_ascii_string_to_unsigned (text, 10, 1, 9999, &year, NULL))
    return 0;

  return (int) year;
}

static void
years_changed_cb (LiaisonFilterBar *self)
{
  if (self->updating || self->filter == NULL)
    return;
  liaison_entity_filter_set_year_from (self->filter, parse_year (self->year_from));
  liaison_entity_filter_set_year_to (self->filter, parse_year (self->year_to));
}

static void
show_year (GtkEditable *editable,
           int          year)
{
  g_autofree char *text = year > 0 ? g_strdup_printf ("%d", year) : g_strdup ("");

  if (parse_year (editable) != year)
    gtk_editable_set_text (editable, text);
}

/* Shows the setting @values offers as selected in @dropdown. */
static void
select_value (GtkDropDown *dropdown,
              GArray      *values,
              int          value)
{
  guint selected = 0;

  for (guint i = 0; values != NULL && value != LIAISON_FILTER_ANY && i < values->len; i++)
    if (g_array_index (values, int, i) == value)
      selected = i + 1;
  gtk_drop_down_set_selected (dropdown, selected);
}

/* The fields follow the filter, whoever changed it. */
static void
sync_fields (LiaisonFilterBar *self)
{
  const char *country;
  guint selected = 0;

  if (self->filter == NULL)
    return;

  self->updating = TRUE;
  select_value (self->kind_dropdown, self->kind_values, liaison_entity_filter_get_kind (self->filter));
  select_value (self->status_dropdown, self->status_values, liaison_entity_filter_get_status (self->filter));
  country = liaison_entity_filter_get_country (self->filter);
  for (guint i = 0; country != NULL && self->countries != NULL && self->countries[i] != NULL; i++)
    if (g_str_equal (self->countries[i], country))
      selected = i + 1;
  gtk_drop_down_set_selected (self->country_dropdown, selected);
  show_year (self->year_from, liaison_entity_filter_get_year_from (self->filter));
  show_year (self->year_to, liaison_entity_filter_get_year_to (self->filter));
  self->updating = FALSE;
}

static GArray *
enum_choices (GType        enum_type,
              const char  *all_label,
              GtkDropDown *dropdown)
{
  g_autoptr(GEnumClass) enum_class = g_type_class_ref (enum_type);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GArray *values = g_array_new (FALSE, FALSE, sizeof (int));

  gtk_string_list_append (labels, all_label);
  /* "Other" comes last in every kind list. */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < enum_class->n_values; i++)
        {
          int value = enum_class->values[i].value;
          gboolean other = g_str_equal (enum_class->values[i].value_nick, "other");

          if (other != (pass == 1))
            continue;
          g_array_append_val (values, value);
          gtk_string_list_append (labels, liaison_enum_to_label (enum_type, value));
        }
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));

  return values;
}

/* Which fields the records of the bar's kind have. */
static void
setup_fields (LiaisonFilterBar *self)
{
  GType kind_type = G_TYPE_INVALID;
  GType status_type = G_TYPE_INVALID;
  gboolean has_country = TRUE;
  gboolean has_years = TRUE;

  if (self->entity_type == LIAISON_TYPE_ORGANIZATION)
    kind_type = LIAISON_TYPE_ORGANIZATION_KIND;
  else if (self->entity_type == LIAISON_TYPE_EVENT)
    {
      kind_type = LIAISON_TYPE_EVENT_KIND;
      status_type = LIAISON_TYPE_EVENT_STATUS;
    }
  else if (self->entity_type == LIAISON_TYPE_COOPERATION_LINK)
    {
      kind_type = LIAISON_TYPE_LINK_KIND;
      status_type = LIAISON_TYPE_LINK_STATUS;
    }
  else if (self->entity_type == LIAISON_TYPE_PERSON)
    has_years = FALSE;
  else if (self->entity_type == LIAISON_TYPE_SOURCE)
    has_country = FALSE;

  self->updating = TRUE;
  if (kind_type != G_TYPE_INVALID)
    self->kind_values = enum_choices (kind_type, _("All Kinds"), self->kind_dropdown);
  if (status_type != G_TYPE_INVALID)
    self->status_values = enum_choices (status_type, _("Any Status"), self->status_dropdown);
  self->updating = FALSE;

  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->kind_dropdown)), kind_type != G_TYPE_INVALID);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->status_dropdown)), status_type != G_TYPE_INVALID);
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->country_dropdown)), has_country);
  gtk_widget_set_visible (gtk_widget_get_parent (self->year_box), has_years);
}

/* ---------------------------------------------------------------------- */
/* Public API                                                              */

GtkWidget *
liaison_filter_bar_new (GType entity_type)
{
  g_return_val_if_fail (g_type_is_a (entity_type, LIAISON_TYPE_ENTITY), NULL);

  return g_object_new (LIAISON_TYPE_FILTER_BAR, "entity-type", entity_type, NULL);
}

LiaisonEntityFilter *
liaison_filter_bar_get_filter (LiaisonFilterBar *self)
{
  g_return_val_if_fail (LIAISON_IS_FILTER_BAR (self), NULL);

  return self->filter;
}

/* Makes the bar edit @filter, and show what it holds. */
void
liaison_filter_bar_set_filter (LiaisonFilterBar    *self,
                               LiaisonEntityFilter *filter)
{
  g_return_if_fail (LIAISON_IS_FILTER_BAR (self));
  g_return_if_fail (!filter || LIAISON_IS_ENTITY_FILTER (filter));

  if (self->filter == filter)
    return;

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, sync_fields, self);
  g_set_object (&self->filter, filter);
  if (filter != NULL)
    g_signal_connect_object (filter, "changed", G_CALLBACK (sync_fields), self, G_CONNECT_SWAPPED);
  sync_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILTER]);
}

/* Offers the countries and regions @document's organizations and events are in. */
void
liaison_filter_bar_update_countries (LiaisonFilterBar *self,
                                     LiaisonDocument  *document)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();
  GListModel *collections[2];

  g_return_if_fail (LIAISON_IS_FILTER_BAR (self));
  g_return_if_fail (!document || LIAISON_IS_DOCUMENT (document));

  if (document == NULL)
    return;

  collections[0] = liaison_document_get_organizations (document);
  collections[1] = liaison_document_get_events (document);
  for (guint c = 0; c < G_N_ELEMENTS (collections); c++)
    {
      guint n = g_list_model_get_n_items (collections[c]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (collections[c], i);
          const char *code = LIAISON_IS_ORGANIZATION (item)
            ? liaison_organization_get_country (LIAISON_ORGANIZATION (item))
            : liaison_event_get_country (LIAISON_EVENT (item));

          if (code != NULL && *code != '\0' && g_hash_table_add (seen, (gpointer) code))
            g_ptr_array_add (codes, (gpointer) code);
        }
    }
  g_ptr_array_sort_values (codes, (GCompareFunc) strcmp);

  gtk_string_list_append (labels, _("All Countries and Regions"));
  for (guint i = 0; i < codes->len; i++)
    gtk_string_list_append (labels, g_ptr_array_index (codes, i));
  g_ptr_array_add (codes, NULL);

  self->updating = TRUE;
  g_strfreev (self->countries);
  self->countries = g_strdupv ((char **) codes->pdata);
  gtk_drop_down_set_model (self->country_dropdown, G_LIST_MODEL (labels));
  self->updating = FALSE;
  sync_fields (self);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static void
liaison_filter_bar_constructed (GObject *object)
{
  LiaisonFilterBar *self = LIAISON_FILTER_BAR (object);

  G_OBJECT_CLASS (liaison_filter_bar_parent_class)->constructed (object);

  setup_fields (self);
}

static void
liaison_filter_bar_dispose (GObject *object)
{
  LiaisonFilterBar *self = LIAISON_FILTER_BAR (object);

  if (self->filter != NULL)
    g_signal_handlers_disconnect_by_func (self->filter, sync_fields, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_FILTER_BAR);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (liaison_filter_bar_parent_class)->dispose (object);
}

static void
liaison_filter_bar_finalize (GObject *object)
{
  LiaisonFilterBar *self = LIAISON_FILTER_BAR (object);

  g_clear_pointer (&self->countries, g_strfreev);
  g_clear_pointer (&self->kind_values, g_array_unref);
  g_clear_pointer (&self->status_values, g_array_unref);

  G_OBJECT_CLASS (liaison_filter_bar_parent_class)->finalize (object);
}

static void
liaison_filter_bar_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiaisonFilterBar *self = LIAISON_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_ENTITY_TYPE:
      g_value_set_gtype (value, self->entity_type);
      break;

    case PROP_FILTER:
      g_value_set_object (value, self->filter);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_filter_bar_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiaisonFilterBar *self = LIAISON_FILTER_BAR (object);

  switch (prop_id)
    {
    case PROP_ENTITY_TYPE:
      self->entity_type = g_value_get_gtype (value);
      break;

    case PROP_FILTER:
      liaison_filter_bar_set_filter (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_filter_bar_class_init (LiaisonFilterBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = liaison_filter_bar_constructed;
  object_class->dispose = liaison_filter_bar_dispose;
  object_class->finalize = liaison_filter_bar_finalize;
  object_class->get_property = liaison_filter_bar_get_property;
  object_class->set_property = liaison_filter_bar_set_property;

  properties[PROP_ENTITY_TYPE] =
    g_param_spec_gtype ("entity-type", NULL, NULL, LIAISON_TYPE_ENTITY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILTER] =
    g_param_spec_object ("filter", NULL, NULL, LIAISON_TYPE_ENTITY_FILTER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-filter-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonFilterBar, flow_box);
  gtk_widget_class_bind_template_child (widget_class, LiaisonFilterBar, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LiaisonFilterBar, country_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LiaisonFilterBar, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LiaisonFilterBar, year_box);
  gtk_widget_class_bind_template_child (widget_class, LiaisonFilterBar, year_from);
  gtk_widget_class_bind_template_child (widget_class, LiaisonFilterBar, year_to);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, country_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, years_changed_cb);
}

static void
liaison_filter_bar_init (LiaisonFilterBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
