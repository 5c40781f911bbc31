/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-participant-dialog.c: adds an organization, or a person with their organization, to an event, in a role.
 *
 * A participation joins an organization to an event; who spoke for it is
 * optional. So the list offers the organizations and the people who have
 * an affiliation: picking a person adds their organization with them. The
 * search matches names in every language, short names and ids, as the
 * lists' search does. The addition is one undoable step.
 */

#define G_LOG_DOMAIN "liaison-participant-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-entity-filter.h"
#include "liaison-participant-dialog.h"
#include "model/liaison-language.h"

struct _LiaisonParticipantDialog
{
  AdwDialog            parent_instance;

  LiaisonDocument     *document;
  LiaisonEvent        *event;
  LiaisonEntityFilter *search;
  GtkSingleSelection  *selection;

  /* Template widgets */
  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkListView         *list_view;
  AdwComboRow         *role_row;
};

G_DEFINE_FINAL_TYPE (LiaisonParticipantDialog, liaison_participant_dialog, ADW_TYPE_DIALOG)

static char *
title_of (LiaisonEntity *entity)
{
  return liaison_entity_dup_title (entity, liaison_language_get_current ());
}

/* ---------------------------------------------------------------------- */
/* The list                                                                */

static gboolean
can_take_part (gpointer item,
               gpointer user_data)
{
  /* A person comes with their organization, so they need one. */
  return !LIAISON_IS_PERSON (item) || liaison_person_get_affiliation (item) != NULL;
}

static char *
item_title (GObject *item)
{
  return LIAISON_IS_ENTITY (item) ? title_of (LIAISON_ENTITY (item)) : NULL;
}

/* What tells records of the same name apart: an organization's kind and
 * country, a person's organization. */
static char *
dup_subtitle (LiaisonParticipantDialog *self,
              LiaisonEntity            *entity)
{
  if (LIAISON_IS_PERSON (entity))
    {
      LiaisonEntity *organization = liaison_document_lookup (self->document,
                                                             liaison_person_get_affiliation (LIAISON_PERSON (entity)));

      return organization != NULL ? title_of (organization) : NULL;
    }

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      LiaisonOrganization *organization = LIAISON_ORGANIZATION (entity);
      const char *kind = liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND, liaison_organization_get_kind (organization));
      const char *country = liaison_organization_get_country (organization);

      if (country == NULL)
        return g_strdup (kind);
      /* Translators: under an organization's name: its kind and its country's code, as in "City · JP". */
      return g_strdup_printf (C_("organization facts", "%s · %s"), kind, country);
    }

  return NULL;
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              LiaisonParticipantDialog *self)
{
  LiaisonEntity *entity = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (gtk_widget_get_last_child (box));
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *name = title_of (entity);
  g_autofree char *facts = dup_subtitle (self, entity);
  const char *kind = LIAISON_IS_PERSON (entity) ? C_("record kind", "Person") : C_("record kind", "Organization");
  g_autofree char *description = g_strdup_printf ("%s, %s", kind, facts != NULL ? facts : "");

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                LIAISON_IS_PERSON (entity) ? "liaison-person-symbolic" : "liaison-organization-symbolic");
  gtk_label_set_label (GTK_LABEL (title), name);
  gtk_label_set_label (GTK_LABEL (subtitle), facts != NULL ? facts : "");
  gtk_widget_set_visible (subtitle, facts != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_list_item_get_child (list_item)),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
update_state (LiaisonParticipantDialog *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "participant.add",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
search_changed_cb (LiaisonParticipantDialog *self)
{
  liaison_entity_filter_set_search (self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  /* The first match is chosen, so that Enter adds it. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);
  update_state (self);
}

/* ---------------------------------------------------------------------- */
/* Adding                                                                  */

static LiaisonRole
chosen_role (LiaisonParticipantDialog *self)
{
  AdwEnumListItem *item = adw_combo_row_get_selected_item (self->role_row);

  return item != NULL ? adw_enum_list_item_get_value (item) : LIAISON_ROLE_ATTENDEE;
}

static void
show_error (LiaisonParticipantDialog *self,
            const char               *message)
{
  gtk_widget_error_bell (GTK_WIDGET (self));
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message))
    g_debug ("No window to show “%s” in", message);
}

/* Adds the chosen record in the chosen role, as one undoable step, and
 * closes; a participation the event already has is refused. */
static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LiaisonParticipantDialog *self = LIAISON_PARTICIPANT_DIALOG (widget);
  LiaisonEntity *chosen = gtk_single_selection_get_selected_item (self->selection);
  const char *event_id = liaison_entity_get_id (LIAISON_ENTITY (self->event));
  const char *organization_id;
  const char *person_id = NULL;
  LiaisonRole role = chosen_role (self);
  g_autoptr(LiaisonParticipation) participation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *id = NULL;
  gboolean ok;

  if (chosen == NULL)
    return;

  if (LIAISON_IS_PERSON (chosen))
    {
      person_id = liaison_entity_get_id (chosen);
      organization_id = liaison_person_get_affiliation (LIAISON_PERSON (chosen));
    }
  else
    organization_id = liaison_entity_get_id (chosen);

  if (!liaison_document_check_participation (self->document, self->event, organization_id, person_id, role, &error))
    {
      show_error (self, error->message);
      return;
    }

  /* "part-sci-japan-cjk-webinar-2020", from the ids without their prefixes. */
  hint = g_strdup_printf ("%s-%s", strchr (organization_id, '-') != NULL ? strchr (organization_id, '-') + 1 : organization_id,
                          strchr (event_id, '-') != NULL ? strchr (event_id, '-') + 1 : event_id);
  id = liaison_document_make_id (self->document, LIAISON_TYPE_PARTICIPATION, hint);
  participation = liaison_participation_new (id);
  g_object_set (participation,
                "organization", organization_id,
                "event", event_id,
                "person", person_id,
                "role", role,
                NULL);

  liaison_document_begin_change (self->document, _("Add Participant"));
  ok = liaison_document_add (self->document, LIAISON_ENTITY (participation), &error);
  liaison_document_end_change (self->document);

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  adw_dialog_close (ADW_DIALOG (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

static void
list_activate_cb (LiaisonParticipantDialog *self,
                  guint                     position)
{
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self), "participant.add", NULL);
}

static void
search_activate_cb (LiaisonParticipantDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "participant.add", NULL);
}

static char *
role_label (AdwEnumListItem *item,
            gpointer         user_data)
{
  return g_strdup (liaison_enum_to_label (LIAISON_TYPE_ROLE, adw_enum_list_item_get_value (item)));
}

/* ---------------------------------------------------------------------- */
/* The class                                                               */

/* A dialog adding participants to @event, a record of @document. */
AdwDialog *
liaison_participant_dialog_new (LiaisonDocument *document,
                                LiaisonEvent    *event)
{
  LiaisonParticipantDialog *self;
  GListStore *collections;
  GtkFilter *filter;
  GtkSorter *sorter;
  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  g_autoptr(AdwEnumListModel) roles = adw_enum_list_model_new (LIAISON_TYPE_ROLE);
  g_autoptr(GtkExpression) role_expression = NULL;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (LIAISON_IS_EVENT (event), NULL);

  self = g_object_new (LIAISON_TYPE_PARTICIPANT_DIALOG, NULL);
  self->document = g_object_ref (document);
  self->event = g_object_ref (event);
  self->search = liaison_entity_filter_new (document);

  /* Organizations and people together, by name. */
  collections = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (collections, liaison_document_get_organizations (document));
  g_list_store_append (collections, liaison_document_get_people (document));
  filter = GTK_FILTER (gtk_every_filter_new ());
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), GTK_FILTER (gtk_custom_filter_new (can_take_part, NULL, NULL)));
  gtk_multi_filter_append (GTK_MULTI_FILTER (filter), g_object_ref (GTK_FILTER (self->search)));
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (collections))), filter);
  sorter = GTK_SORTER (gtk_string_sorter_new (gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                                           G_CALLBACK (item_title), NULL, NULL)));
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (filtered), sorter);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (sorted));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  role_expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                 G_CALLBACK (role_label), NULL, NULL);
  adw_combo_row_set_expression (self->role_row, role_expression);
  adw_combo_row_set_model (self->role_row, G_LIST_MODEL (roles));
  adw_combo_row_set_selected (self->role_row, adw_enum_list_model_find_position (roles, LIAISON_ROLE_ATTENDEE));

  update_state (self);

  return ADW_DIALOG (self);
}

static void
liaison_participant_dialog_dispose (GObject *object)
{
  LiaisonParticipantDialog *self = LIAISON_PARTICIPANT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_PARTICIPANT_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->search);
  g_clear_object (&self->event);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (liaison_participant_dialog_parent_class)->dispose (object);
}

static void
liaison_participant_dialog_class_init (LiaisonParticipantDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_participant_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "participant.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "participant.cancel", NULL, cancel_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-participant-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonParticipantDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LiaisonParticipantDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonParticipantDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, LiaisonParticipantDialog, role_row);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
liaison_participant_dialog_init (LiaisonParticipantDialog *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_item_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}
