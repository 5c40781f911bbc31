/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-detail-pane-fields.c: the rows that show and edit a record's own fields.
 *
 * The rows are made from the entity class's GParamSpecs, by value type: a
 * string is an entry row, an enumeration a combo row, a translated name an
 * entry row per language, a reference to another record a combo row with
 * search over that collection, and so on. Each row edits through the
 * document, so every change lands on the undo stack, and each is updated
 * in place when the document changes, leaving alone what the user is
 * still typing.
 */

#define G_LOG_DOMAIN "liaison-detail-pane"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-date-row.h"
#include "liaison-detail-pane-private.h"
#include "model/liaison-country.h"
#include "model/liaison-language.h"

typedef enum
{
  FIELD_STRING,
  FIELD_MULTILINE,
  FIELD_TEXT,
  FIELD_TEXT_SUMMARY,
  FIELD_ENUM,
  FIELD_REFERENCE,
  FIELD_COUNTRY,
  FIELD_INT,
  FIELD_BOOLEAN,
  FIELD_DATE,
  FIELD_FIGURE,
  FIELD_FIGURES,
  FIELD_LIST,
  FIELD_SOURCES,
} FieldKind;

/* One editing widget, bound to one property of one record. Owned by its
 * widget, so that it lives as long as the signal handlers that use it. */
typedef struct
{
  LiaisonDetailPane      *pane;
  LiaisonEntity          *entity;
  GParamSpec             *pspec;
  FieldKind               kind;
  const char             *label;
  const char             *language;
  GtkWidget              *widget;
  GtkWidget              *show_button;
  /* What the model held when last shown: tells typing from changes. */
  char                   *shown;
  /* Lists: the items shown, their rows and the row that adds more. */
  char                  **shown_items;
  GtkListBox             *list;
  GPtrArray              *item_rows;
  GtkWidget              *add_row;
  guint                   updating;
} Field;

static void
field_free (Field *field)
{
  g_clear_object (&field->entity);
  g_clear_pointer (&field->item_rows, g_ptr_array_unref);
  g_strfreev (field->shown_items);
  g_free (field->shown);
  g_free (field);
}

/* ---------------------------------------------------------------------- */
/* What each field is called                                               */

typedef struct
{
  GType      (*owner) (void);
  const char  *property;
  const char  *label;
} FieldLabel;

/* Per record kind first, where a word means different things. */
static const FieldLabel field_labels[] = {
  { liaison_person_get_type, "title", NC_("field", "Position") },
  { liaison_event_get_type, "title", NC_("field", "Title") },
  { liaison_source_get_type, "title", NC_("field", "Title") },
  { liaison_organization_get_type, "parent", NC_("field", "Part of organization") },
  { liaison_event_get_type, "parent", NC_("field", "Part of event") },
  { NULL, "name", NC_("field", "Name") },
  { NULL, "short-name", NC_("field", "Short name") },
  { NULL, "kind", NC_("field", "Kind") },
  { NULL, "country", NC_("field", "Country or region") },
  { NULL, "city", NC_("field", "City") },
  { NULL, "website", NC_("field", "Website") },
  { NULL, "founded", NC_("field", "Year founded") },
  { NULL, "members", NC_("field", "Members") },
  { NULL, "description", NC_("field", "Description") },
  { NULL, "start", NC_("field", "Start") },
  { NULL, "end", NC_("field", "End") },
  { NULL, "status", NC_("field", "Status") },
  { NULL, "online", NC_("field", "Held online") },
  { NULL, "attendance", NC_("field", "Attendance") },
  { NULL, "languages", NC_("field", "Languages") },
  { NULL, "interpretation", NC_("field", "Interpretation provided") },
  { NULL, "affiliation", NC_("field", "Affiliation") },
  { NULL, "from", NC_("field", "From") },
  { NULL, "to", NC_("field", "To") },
  { NULL, "directed", NC_("field", "One-way") },
  { NULL, "event", NC_("field", "Event") },
  { NULL, "scope", NC_("field", "Scope") },
  { NULL, "note", NC_("field", "Note") },
  { NULL, "organization", NC_("field", "Organization") },
  { NULL, "person", NC_("field", "Person") },
  { NULL, "role", NC_("field", "Role") },
  { NULL, "publisher", NC_("field", "Publisher") },
  { NULL, "author", NC_("field", "Author") },
  { NULL, "date", NC_("field", "Date") },
  { NULL, "url", NC_("field", "Web address") },
  { NULL, "language", NC_("field", "Language") },
  { NULL, "document", NC_("field", "Document") },
  { NULL, "sources", NC_("field", "Sources") },
};

/* Shown by the graph, not here. */
static const char * const graph_properties[] = { "x", "y", "pinned", "placed", NULL };

static const char *
field_label_for (GType       owner,
                 const char *property)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    {
      if ((field_labels[i].owner == NULL || field_labels[i].owner () == owner) &&
          strcmp (field_labels[i].property, property) == 0)
        return g_dpgettext2 (GETTEXT_PACKAGE, "field", field_labels[i].label);
    }

  return property;
}

static gboolean
is_multiline (const char *property)
{
  return strcmp (property, "description") == 0 || strcmp (property, "note") == 0;
}

/* ---------------------------------------------------------------------- */
/* Applying edits                                                          */

static void
field_update (Field *field);

/* Sets the field's property through the document, as one undo step. */
static gboolean
field_apply (Field        *field,
             const GValue *value)
{
  LiaisonDetailPane *self = field->pane;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gboolean ok;

  if (self->rebuilding || self->document == NULL ||
      liaison_document_lookup (self->document, liaison_entity_get_id (field->entity)) != field->entity)
    return FALSE;

  /* Translators: an undo step, as in "Undo Change “Name”". */
  label = g_strdup_printf (C_("undo", "Change “%s”"), field->label);
  liaison_document_begin_change (self->document, label);
  ok = liaison_document_set_value (self->document, field->entity, field->pspec->name, value, &error);
  liaison_document_end_change (self->document);

  if (!ok)
    {
      _liaison_detail_pane_show_error (self, field->widget, error);
      return FALSE;
    }

  gtk_widget_remove_css_class (field->widget, "error");

  return TRUE;
}

static gboolean
field_apply_string (Field      *field,
                    const char *string)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  g_value_set_string (&value, string);

  return field_apply (field, &value);
}

static gboolean
field_apply_strv (Field              *field,
                  const char * const *strv)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, strv);

  return field_apply (field, &value);
}

static void
field_get_value (Field  *field,
                 GValue *value)
{
  g_value_init (value, field->pspec->value_type);
  g_object_get_property (G_OBJECT (field->entity), field->pspec->name, value);
}

/* The text of an entry or text view: applied when the user presses Enter
 * or the apply button, or leaves the row. */
static char *
field_dup_typed_text (Field *field)
{
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }

  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
}

static void
text_apply_cb (Field *field)
{
  g_autofree char *typed = field_dup_typed_text (field);
  g_auto(GValue) value = G_VALUE_INIT;
  const char *stripped;

  if (field->updating > 0 || field->pane->rebuilding)
    return;

  stripped = g_strstrip (typed);
  if (g_strcmp0 (stripped, field->shown != NULL ? field->shown : "") == 0)
    return;

  if (field->kind == FIELD_TEXT)
    {
      g_auto(GValue) current = G_VALUE_INIT;

      field_get_value (field, &current);
      g_value_init (&value, LIAISON_TYPE_TEXT);
      g_value_take_boxed (&value, liaison_text_with (g_value_get_boxed (&current), field->language, stripped));
    }
  else
    {
      g_value_init (&value, G_TYPE_STRING);
      g_value_set_string (&value, stripped);
    }

  if (field_apply (field, &value))
    field_update (field);
}

static void
text_focus_leave_cb (GtkEventControllerFocus *controller,
                     Field                   *field)
{
  text_apply_cb (field);
}

static void
combo_selected_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   Field       *field)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gpointer item;

  if (field->updating > 0)
    return;

  item = adw_combo_row_get_selected_item (row);
  if (item == NULL)
    return;

  switch (field->kind)
    {
    case FIELD_ENUM:
      g_value_init (&value, field->pspec->value_type);
      g_value_set_enum (&value, adw_enum_list_item_get_value (item));
      field_apply (field, &value);
      break;

    case FIELD_COUNTRY:
      field_apply_string (field, gtk_string_object_get_string (item));
      break;

    case FIELD_REFERENCE:
      field_apply_string (field, LIAISON_IS_ENTITY (item) ? liaison_entity_get_id (item) : NULL);
      break;

    default:
      g_assert_not_reached ();
    }

  /* A refused value goes back to what the record holds. */
  field_update (field);
}

static void
spin_value_cb (AdwSpinRow *row,
               GParamSpec *pspec,
               Field      *field)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->updating > 0)
    return;

  g_value_init (&value, G_TYPE_INT);
  g_value_set_int (&value, (int) adw_spin_row_get_value (row));
  field_apply (field, &value);
  field_update (field);
}

static void
switch_active_cb (AdwSwitchRow *row,
                  GParamSpec   *pspec,
                  Field        *field)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->updating > 0)
    return;

  g_value_init (&value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&value, adw_switch_row_get_active (row));
  field_apply (field, &value);
  field_update (field);
}

static void
date_changed_cb (LiaisonDateRow *row,
                 Field          *field)
{
  const LiaisonDate *date = liaison_date_row_get_date (row);
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->updating > 0)
    return;

  g_value_init (&value, LIAISON_TYPE_DATE);
  g_value_set_boxed (&value, liaison_date_is_set (date) ? date : NULL);
  field_apply (field, &value);
  field_update (field);
}

static void
show_clicked_cb (GtkButton *button,
                 Field     *field)
{
  LiaisonDetailPane *self = field->pane;
  g_auto(GValue) value = G_VALUE_INIT;
  LiaisonEntity *target;

  if (self->document == NULL)
    return;

  field_get_value (field, &value);
  target = liaison_document_lookup (self->document, g_value_get_string (&value));
  if (target != NULL)
    _liaison_detail_pane_emit_activate (self, target);
}

/* ---------------------------------------------------------------------- */
/* Lists: scope, languages, sources                                        */

static void
item_remove_clicked_cb (GtkButton *button,
                        Field     *field)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "liaison-index"));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;

  if (field->shown_items == NULL || index >= g_strv_length (field->shown_items))
    return;

  for (guint i = 0; field->shown_items[i] != NULL; i++)
    {
      if (i != index)
        g_strv_builder_add (builder, field->shown_items[i]);
    }
  items = g_strv_builder_end (builder);

  field_apply_strv (field, (const char * const *) items);
}

static gboolean
field_add_items (Field              *field,
                 const char * const *additions)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  gboolean added = FALSE;

  if (field->shown_items != NULL)
    g_strv_builder_addv (builder, (const char **) field->shown_items);

  for (guint i = 0; additions[i] != NULL; i++)
    {
      if (*additions[i] == '\0' ||
          (field->shown_items != NULL && g_strv_contains ((const char * const *) field->shown_items, additions[i])))
        continue;
      g_strv_builder_add (builder, additions[i]);
      added = TRUE;
    }

  if (!added)
    return TRUE;

  items = g_strv_builder_end (builder);

  return field_apply_strv (field, (const char * const *) items);
}

/* Several items may be typed at once, separated by commas (also the
 * ideographic ones) or semicolons. */
static void
add_entry_apply_cb (AdwEntryRow *row,
                    Field       *field)
{
  g_auto(GStrv) pieces = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) additions = NULL;
  g_autoptr(GString) text = g_string_new (gtk_editable_get_text (GTK_EDITABLE (row)));

  g_string_replace (text, "、", ",", 0);
  g_string_replace (text, "，", ",", 0);
  g_string_replace (text, ";", ",", 0);
  pieces = g_strsplit (text->str, ",", -1);
  for (guint i = 0; pieces[i] != NULL; i++)
    g_strv_builder_add (builder, g_strstrip (pieces[i]));
  additions = g_strv_builder_end (builder);

  if (field_add_items (field, (const char * const *) additions))
    gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
add_source_selected_cb (AdwComboRow *row,
                        GParamSpec  *pspec,
                        Field       *field)
{
  gpointer item;

  if (field->updating > 0)
    return;

  item = adw_combo_row_get_selected_item (row);
  if (LIAISON_IS_SOURCE (item))
    {
      const char *additions[] = { liaison_entity_get_id (item), NULL };

      field_add_items (field, additions);
    }

  /* Back to the "choose" item, ready for the next one. */
  field->updating++;
  adw_combo_row_set_selected (row, 0);
  field->updating--;
}

static GtkWidget *
remove_button_new (Field      *field,
                   guint       index,
                   const char *item_title)
{
  g_autofree char *label = g_strdup_printf (_("Remove “%s”"), item_title);
  GtkWidget *button;

  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "list-remove-symbolic",
                         "tooltip-text", label,
                         "valign", GTK_ALIGN_CENTER,
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "liaison-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (item_remove_clicked_cb), field);

  return button;
}

static GtkWidget *
item_row_new (Field      *field,
              guint       index,
              const char *item)
{
  LiaisonDetailPane *self = field->pane;
  GtkWidget *row;

  if (field->kind == FIELD_SOURCES)
    {
      LiaisonEntity *source = self->document != NULL ? liaison_document_lookup (self->document, item) : NULL;

      if (LIAISON_IS_SOURCE (source))
        {
          g_autofree char *title = _liaison_detail_pane_dup_title_of (self, source);
          g_autofree char *date = liaison_date_format (liaison_source_get_date (LIAISON_SOURCE (source)));
          g_autofree char *subtitle = _liaison_detail_pane_join (2, liaison_source_get_publisher (LIAISON_SOURCE (source)), date);

          return _liaison_detail_pane_related_row_new (self, source, title, subtitle,
                                                       remove_button_new (field, index, title));
        }
    }

  /* Set apart: the title is data, not markup. */
  row = adw_action_row_new ();
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove_button_new (field, index, item));

  return row;
}

static gboolean
strv_same (const char * const *a,
           const char * const *b)
{
  if (a == NULL || b == NULL)
    return (a == NULL || a[0] == NULL) && (b == NULL || b[0] == NULL);

  return g_strv_equal (a, b);
}

static void
list_update (Field              *field,
             const char * const *items)
{
  if (field->shown_items != NULL && strv_same ((const char * const *) field->shown_items, items))
    return;

  for (guint i = 0; i < field->item_rows->len; i++)
    gtk_list_box_remove (field->list, field->item_rows->pdata[i]);
  g_ptr_array_set_size (field->item_rows, 0);

  g_strfreev (field->shown_items);
  field->shown_items = g_strdupv ((char **) (items != NULL ? items : (const char * const[]) { NULL }));

  for (guint i = 0; field->shown_items[i] != NULL; i++)
    {
      GtkWidget *row = item_row_new (field, i, field->shown_items[i]);

      gtk_list_box_insert (field->list, row, i);
      g_ptr_array_add (field->item_rows, row);
    }
}

/* ---------------------------------------------------------------------- */
/* Showing the record's values                                             */

/* Shows @text in an entry or text view, unless the user has typed there
 * something not yet applied and the record's value has not changed. The
 * cursor stays where it was. */
static void
text_update (Field      *field,
             const char *text)
{
  g_autofree char *current = field_dup_typed_text (field);
  int position;

  if (text == NULL)
    text = "";

  if (g_strcmp0 (text, field->shown) == 0 && g_strcmp0 (current, field->shown) != 0)
    return;

  g_set_str (&field->shown, text);
  gtk_widget_remove_css_class (field->widget, "error");
  if (strcmp (current, text) == 0)
    return;

  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter iter;

      g_object_get (buffer, "cursor-position", &position, NULL);
      gtk_text_buffer_set_text (buffer, text, -1);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, position);
      gtk_text_buffer_place_cursor (buffer, &iter);
    }
  else
    {
      GtkEditable *editable = GTK_EDITABLE (field->widget);

      position = gtk_editable_get_position (editable);
      /* A change from elsewhere is not an edit to apply. */
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (editable), FALSE);
      gtk_editable_set_text (editable, text);
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (editable), TRUE);
      gtk_editable_set_position (editable, MIN (position, (int) g_utf8_strlen (text, -1)));
    }
}

static guint
reference_position (GListModel *model,
                    const char *id)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (LIAISON_IS_ENTITY (item) ? g_strcmp0 (liaison_entity_get_id (LIAISON_ENTITY (item)), id) == 0
                                   : id == NULL)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static guint
country_position (GListModel *model,
                  const char *code)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (strcmp (gtk_string_object_get_string (item), code != NULL ? code : "") == 0)
        return i;
    }

  return 0;
}

static char *
figure_dup_description (LiaisonFigure *figure)
{
  g_autofree char *count = liaison_figure_format (figure);
  g_autofree char *date = liaison_date_format (liaison_figure_get_date (figure));

  return _liaison_detail_pane_join (3, count, date, liaison_figure_get_note (figure));
}

static void
field_update (Field *field)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (field->kind != FIELD_SOURCES)
    field_get_value (field, &value);

  field->updating++;

  switch (field->kind)
    {
    case FIELD_STRING:
    case FIELD_MULTILINE:
      text_update (field, g_value_get_string (&value));
      break;

    case FIELD_TEXT:
      text_update (field, liaison_text_get (g_value_get_boxed (&value), field->language));
      break;

    case FIELD_TEXT_SUMMARY:
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (field->widget),
                                     liaison_text_lookup (g_value_get_boxed (&value),
                                                          liaison_language_get_current (), NULL, NULL));
      break;

    case FIELD_ENUM:
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget),
                                  adw_enum_list_model_find_position (ADW_ENUM_LIST_MODEL (adw_combo_row_get_model (ADW_COMBO_ROW (field->widget))),
                                                                     g_value_get_enum (&value)));
      break;

    case FIELD_REFERENCE:
      {
        const char *id = g_value_get_string (&value);

        adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget),
                                    reference_position (adw_combo_row_get_model (ADW_COMBO_ROW (field->widget)), id));
        gtk_widget_set_visible (field->show_button, id != NULL);
      }
      break;

    case FIELD_COUNTRY:
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget),
                                  country_position (adw_combo_row_get_model (ADW_COMBO_ROW (field->widget)),
                                                    g_value_get_string (&value)));
      break;

    case FIELD_INT:
      adw_spin_row_set_value (ADW_SPIN_ROW (field->widget), g_value_get_int (&value));
      break;

    case FIELD_BOOLEAN:
      adw_switch_row_set_active (ADW_SWITCH_ROW (field->widget), g_value_get_boolean (&value));
      break;

    case FIELD_DATE:
      liaison_date_row_set_date (LIAISON_DATE_ROW (field->widget), g_value_get_boxed (&value));
      break;

    case FIELD_FIGURE:
      {
        LiaisonFigure *figure = g_value_get_boxed (&value);
        g_autofree char *description = figure != NULL ? figure_dup_description (figure) : NULL;

        adw_action_row_set_subtitle (ADW_ACTION_ROW (field->widget),
                                     description != NULL ? description : C_("figure", "Unknown"));
      }
      break;

    case FIELD_FIGURES:
      {
        GPtrArray *figures = g_value_get_boxed (&value);
        g_autoptr(GString) text = g_string_new (NULL);

        for (guint i = 0; figures != NULL && i < figures->len; i++)
          {
            g_autofree char *description = figure_dup_description (figures->pdata[i]);

            if (text->len > 0)
              g_string_append_c (text, '\n');
            g_string_append (text, description);
          }
        adw_action_row_set_subtitle (ADW_ACTION_ROW (field->widget),
                                     text->len > 0 ? text->str : C_("figure", "Unknown"));
      }
      break;

    case FIELD_LIST:
      list_update (field, g_value_get_boxed (&value));
      break;

    case FIELD_SOURCES:
      list_update (field, liaison_entity_get_sources (field->entity));
      break;

    default:
      g_assert_not_reached ();
    }

  field->updating--;
}

/* Shows the record's current values: of @pspec only, or of every field
 * when it is NULL. */
void
_liaison_detail_pane_update_fields (LiaisonDetailPane *self,
                                    GParamSpec        *pspec)
{
  for (guint i = 0; i < self->fields->len; i++)
    {
      Field *field = self->fields->pdata[i];

      if (pspec == NULL || field->pspec == pspec || strcmp (field->pspec->name, pspec->name) == 0)
        field_update (field);
    }
}

/* ---------------------------------------------------------------------- */
/* Building the rows                                                       */

static Field *
field_new (LiaisonDetailPane *self,
           GParamSpec        *pspec,
           FieldKind          kind,
           GtkWidget         *widget)
{
  Field *field = g_new0 (Field, 1);

  field->pane = self;
  field->entity = g_object_ref (self->entity);
  field->pspec = pspec;
  field->kind = kind;
  field->label = field_label_for (G_OBJECT_TYPE (self->entity), pspec->name);
  field->widget = widget;
  g_object_set_data_full (G_OBJECT (widget), "liaison-field", field, (GDestroyNotify) field_free);
  g_ptr_array_add (self->fields, field);

  return field;
}

static char *
item_title (GObject *item)
{
  if (LIAISON_IS_ENTITY (item))
    return liaison_entity_dup_title (LIAISON_ENTITY (item), liaison_language_get_current ());
  if (GTK_IS_STRING_OBJECT (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  return NULL;
}

static char *
enum_item_label (AdwEnumListItem *item,
                 gpointer         enum_type)
{
  return g_strdup (liaison_enum_to_label (GPOINTER_TO_SIZE (enum_type), adw_enum_list_item_get_value (item)));
}

static char *
country_item_label (GtkStringObject *item)
{
  const char *code = gtk_string_object_get_string (item);

  if (*code == '\0')
    return g_strdup (C_("country", "None"));

  /* The ISO code: flags need an emoji font not every system has. */
  return g_strdup (code);
}

static GtkExpression *
item_title_expression_new (void)
{
  return gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (item_title), NULL, NULL);
}

/* The records of @target's collection sorted by title, after a first
 * item labelled @none_label when that is not NULL. */
static GListModel *
reference_model_new (LiaisonDocument *document,
                     GType            target,
                     const char      *none_label)
{
  GListStore *models = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkSorter *sorter = GTK_SORTER (gtk_string_sorter_new (item_title_expression_new ()));
  g_autoptr(GtkSortListModel) sorted = NULL;

  if (none_label != NULL)
    {
      g_autoptr(GtkStringList) none = gtk_string_list_new ((const char * const[]) { none_label, NULL });

      g_list_store_append (models, none);
    }

  sorted = gtk_sort_list_model_new (g_object_ref (liaison_document_get_collection (document, target)), sorter);
  g_list_store_append (models, sorted);

  return G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (models)));
}

static GtkWidget *
combo_row_new (const char    *title,
               GListModel    *model,
               GtkExpression *expression,
               gboolean       searchable)
{
  GtkWidget *row = g_object_new (ADW_TYPE_COMBO_ROW,
                                 "title", title,
                                 "model", model,
                                 "expression", expression,
                                 "enable-search", searchable,
                                 "search-match-mode", GTK_STRING_FILTER_MATCH_MODE_SUBSTRING,
                                 NULL);

  g_clear_object (&model);
  gtk_expression_unref (expression);

  return row;
}

static const char *
show_label_for (GType target)
{
  if (target == LIAISON_TYPE_EVENT)
    return _("Show Event");
  if (target == LIAISON_TYPE_PERSON)
    return _("Show Person");

  return _("Show Organization");
}

static void
model_changing_cb (Field *field)
{
  field->updating++;
}

static void
model_changed_cb (Field *field)
{
  field->updating--;
}

/* When records are added or removed, the combo row's selection moves
 * with them; that is no choice of the user's and must not edit. The
 * first handler runs before the row's selection reacts, the second after. */
static void
guard_model_changes (Field      *field,
                     GListModel *model)
{
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (model_changing_cb), field);
  adw_combo_row_set_model (ADW_COMBO_ROW (field->widget), model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (model_changed_cb), field);
}

static GtkWidget *
reference_row_new (LiaisonDetailPane      *self,
                   GParamSpec             *pspec,
                   const LiaisonReference *reference)
{
  const char *label = field_label_for (G_OBJECT_TYPE (self->entity), pspec->name);
  g_autoptr(GListModel) model = reference_model_new (self->document, reference->target (),
                                                     reference->required ? NULL : C_("reference", "None"));
  GtkWidget *row = combo_row_new (label, NULL, item_title_expression_new (), TRUE);
  const char *show_label = show_label_for (reference->target ());
  GtkWidget *button;
  Field *field;

  field = field_new (self, pspec, FIELD_REFERENCE, row);
  guard_model_changes (field, model);

  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", "go-next-symbolic",
                         "tooltip-text", show_label,
                         "valign", GTK_ALIGN_CENTER,
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, show_label, -1);
  g_signal_connect (button, "clicked", G_CALLBACK (show_clicked_cb), field);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  field->show_button = button;

  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb), field);

  return row;
}

static GtkWidget *
country_row_new (LiaisonDetailPane *self,
                 GParamSpec        *pspec)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) codes = NULL;
  GtkWidget *row;

  /* Every valid code, in order, after none. */
  g_strv_builder_add (builder, "");
  for (char first = 'A'; first <= 'Z'; first++)
    for (char second = 'A'; second <= 'Z'; second++)
      {
        char code[3] = { first, second, '\0' };

        if (liaison_country_is_valid (code))
          g_strv_builder_add (builder, code);
      }
  codes = g_strv_builder_end (builder);

  row = combo_row_new (field_label_for (G_OBJECT_TYPE (self->entity), pspec->name),
                       G_LIST_MODEL (gtk_string_list_new ((const char * const *) codes)),
                       gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                    G_CALLBACK (country_item_label), NULL, NULL),
                       TRUE);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb),
                    field_new (self, pspec, FIELD_COUNTRY, row));

  return row;
}

static GtkWidget *
enum_row_new (LiaisonDetailPane *self,
              GParamSpec        *pspec)
{
  GType enum_type = pspec->value_type;
  GtkWidget *row;

  row = combo_row_new (field_label_for (G_OBJECT_TYPE (self->entity), pspec->name),
                       G_LIST_MODEL (adw_enum_list_model_new (enum_type)),
                       gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                    G_CALLBACK (enum_item_label),
                                                    GSIZE_TO_POINTER (enum_type), NULL),
                       FALSE);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb),
                    field_new (self, pspec, FIELD_ENUM, row));

  return row;
}

static void
connect_text_apply (GtkWidget *widget,
                    Field     *field)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (text_focus_leave_cb), field);
  gtk_widget_add_controller (widget, focus);
}

static GtkWidget *
entry_row_new (LiaisonDetailPane *self,
               GParamSpec        *pspec,
               FieldKind          kind,
               const char        *title,
               const char        *language)
{
  GtkWidget *row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                 "title", title,
                                 "use-markup", FALSE,
                                 "show-apply-button", TRUE,
                                 NULL);
  Field *field = field_new (self, pspec, kind, row);

  field->language = language;
  if (language != NULL)
    {
      g_autofree char *label = g_strdup_printf ("%s (%s)", field->label, title);

      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  if (g_str_equal (pspec->name, "website") || g_str_equal (pspec->name, "url"))
    adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_URL);

  g_signal_connect_swapped (row, "apply", G_CALLBACK (text_apply_cb), field);
  connect_text_apply (row, field);

  return row;
}

/* A translated name: a row with the name in the interface language that
 * opens on one entry per language, each labelled in its own language. */
static GtkWidget *
text_rows_new (LiaisonDetailPane *self,
               GParamSpec        *pspec)
{
  const char * const *languages = liaison_language_get_all ();
  GtkWidget *expander;

  expander = g_object_new (ADW_TYPE_EXPANDER_ROW,
                           "title", field_label_for (G_OBJECT_TYPE (self->entity), pspec->name),
                           "use-markup", FALSE,
                           NULL);
  field_new (self, pspec, FIELD_TEXT_SUMMARY, expander);

  for (guint i = 0; languages[i] != NULL; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                              entry_row_new (self, pspec, FIELD_TEXT,
                                             liaison_language_get_native_name (languages[i]),
                                             languages[i]));

  return expander;
}

static AdwPreferencesGroup *
group_new (LiaisonDetailPane *self,
           const char        *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  g_ptr_array_add (self->field_groups, group);

  return group;
}

static AdwPreferencesGroup *
multiline_group_new (LiaisonDetailPane *self,
                     GParamSpec        *pspec)
{
  const char *label = field_label_for (G_OBJECT_TYPE (self->entity), pspec->name);
  AdwPreferencesGroup *group = group_new (self, label);
  GtkWidget *view;
  Field *field;

  view = g_object_new (GTK_TYPE_TEXT_VIEW,
                       "wrap-mode", GTK_WRAP_WORD_CHAR,
                       "accepts-tab", FALSE,
                       "top-margin", 12,
                       "bottom-margin", 12,
                       "left-margin", 12,
                       "right-margin", 12,
                       "height-request", 96,
                       NULL);
  gtk_widget_add_css_class (view, "card");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (view, _("Saved when you leave the text"));
  field = field_new (self, pspec, FIELD_MULTILINE, view);
  connect_text_apply (view, field);
  adw_preferences_group_add (group, view);

  return group;
}

/* A list of short texts (or of sources): a row per item with a button to
 * remove it, and a last row to add more. */
static AdwPreferencesGroup *
list_group_new (LiaisonDetailPane *self,
                GParamSpec        *pspec,
                FieldKind          kind)
{
  const char *label = field_label_for (G_OBJECT_TYPE (self->entity), pspec->name);
  AdwPreferencesGroup *group = group_new (self, label);
  GtkWidget *list;
  Field *field;

  list = g_object_new (GTK_TYPE_LIST_BOX,
                       "selection-mode", GTK_SELECTION_NONE,
                       NULL);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  adw_preferences_group_add (group, list);

  field = field_new (self, pspec, kind, GTK_WIDGET (group));
  field->list = GTK_LIST_BOX (list);
  field->item_rows = g_ptr_array_new ();

  if (kind == FIELD_SOURCES)
    {
      g_autoptr(GListModel) model = reference_model_new (self->document, LIAISON_TYPE_SOURCE, _("Choose a source…"));

      field->add_row = combo_row_new (_("Cite a source"), NULL, item_title_expression_new (), TRUE);
      g_signal_connect_swapped (model, "items-changed", G_CALLBACK (model_changing_cb), field);
      adw_combo_row_set_model (ADW_COMBO_ROW (field->add_row), model);
      g_signal_connect_swapped (model, "items-changed", G_CALLBACK (model_changed_cb), field);
      g_signal_connect (field->add_row, "notify::selected", G_CALLBACK (add_source_selected_cb), field);
    }
  else
    {
      g_autofree char *add_label = g_strdup_printf (C_("list", "Add to “%s”"), label);

      field->add_row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                     "title", add_label,
                                     "show-apply-button", TRUE,
                                     NULL);
      gtk_widget_set_tooltip_text (field->add_row, _("Separate several items with commas"));
      g_signal_connect (field->add_row, "apply", G_CALLBACK (add_entry_apply_cb), field);
    }
  gtk_list_box_append (field->list, field->add_row);

  return group;
}

static gboolean
is_graph_property (const char *property)
{
  return g_strv_contains (graph_properties, property);
}

/* Builds the rows of the pane's record, grouped: its plain fields first,
 * then its texts and lists, and its sources last (after the related
 * records, which liaison-detail-pane-related.c adds). */
void
_liaison_detail_pane_build_fields (LiaisonDetailPane *self)
{
  LiaisonEntityClass *klass = LIAISON_ENTITY_GET_CLASS (self->entity);
  AdwPreferencesGroup *details;
  g_autoptr(GPtrArray) later = g_ptr_array_new ();
  GType owner = G_OBJECT_TYPE (self->entity);

  details = group_new (self, _("Details"));

  for (guint i = 1; i <= klass->n_values; i++)
    {
      GParamSpec *pspec = klass->value_pspecs[i];
      GType type = pspec->value_type;
      const char *label = field_label_for (owner, pspec->name);
      const LiaisonReference *reference;
      GtkWidget *row = NULL;

      if (is_graph_property (pspec->name))
        continue;

      if (type == LIAISON_TYPE_TEXT)
        {
          row = text_rows_new (self, pspec);
        }
      else if (type == G_TYPE_STRING && is_multiline (pspec->name))
        {
          g_ptr_array_add (later, multiline_group_new (self, pspec));
        }
      else if (type == G_TYPE_STRING && (reference = liaison_document_find_reference (owner, pspec->name)) != NULL)
        {
          row = reference_row_new (self, pspec, reference);
        }
      else if (type == G_TYPE_STRING && g_str_equal (pspec->name, "country"))
        {
          row = country_row_new (self, pspec);
        }
      else if (type == G_TYPE_STRING)
        {
          row = entry_row_new (self, pspec, FIELD_STRING, label, NULL);
        }
      else if (G_TYPE_IS_ENUM (type))
        {
          row = enum_row_new (self, pspec);
        }
      else if (type == G_TYPE_INT)
        {
          GParamSpecInt *int_pspec = G_PARAM_SPEC_INT (pspec);

          row = adw_spin_row_new_with_range (int_pspec->minimum, int_pspec->maximum, 1);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
          if (int_pspec->minimum == 0)
            adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("0 when unknown"));
          g_signal_connect (row, "notify::value", G_CALLBACK (spin_value_cb),
                            field_new (self, pspec, FIELD_INT, row));
        }
      else if (type == G_TYPE_BOOLEAN)
        {
          row = adw_switch_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
          g_signal_connect (row, "notify::active", G_CALLBACK (switch_active_cb),
                            field_new (self, pspec, FIELD_BOOLEAN, row));
        }
      else if (type == LIAISON_TYPE_DATE)
        {
          row = liaison_date_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
          g_signal_connect (row, "date-changed", G_CALLBACK (date_changed_cb),
                            field_new (self, pspec, FIELD_DATE, row));
        }
      else if (type == LIAISON_TYPE_FIGURE || type == G_TYPE_PTR_ARRAY)
        {
          /* Figures are shown as reported; editing them comes later. */
          row = g_object_new (ADW_TYPE_ACTION_ROW,
                              "title", label,
                              "subtitle-lines", 0,
                              "subtitle-selectable", TRUE,
                              NULL);
          gtk_widget_add_css_class (row, "property");
          field_new (self, pspec, type == G_TYPE_PTR_ARRAY ? FIELD_FIGURES : FIELD_FIGURE, row);
        }
      else if (type == G_TYPE_STRV)
        {
          g_ptr_array_add (later, list_group_new (self, pspec, FIELD_LIST));
        }
      else
        {
          g_debug ("No row for %s of type %s", pspec->name, g_type_name (type));
        }

      if (row != NULL)
        adw_preferences_group_add (details, row);
    }

  adw_preferences_page_add (self->page, details);
  for (guint i = 0; i < later->len; i++)
    adw_preferences_page_add (self->page, later->pdata[i]);

  self->tail_group = list_group_new (self,
                                     g_object_class_find_property (G_OBJECT_GET_CLASS (self->entity), "sources"),
                                     FIELD_SOURCES);
  adw_preferences_page_add (self->page, self->tail_group);

  _liaison_detail_pane_update_fields (self, NULL);
}

void
_liaison_detail_pane_clear_fields (LiaisonDetailPane *self)
{
  gboolean rebuilding = self->rebuilding;

  /* Rows losing the focus as they go must not edit. */
  self->rebuilding = TRUE;
  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < self->field_groups->len; i++)
    adw_preferences_page_remove (self->page, self->field_groups->pdata[i]);
  g_ptr_array_set_size (self->field_groups, 0);
  self->tail_group = NULL;
  self->rebuilding = rebuilding;
}
