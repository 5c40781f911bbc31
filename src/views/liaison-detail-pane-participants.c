/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-detail-pane-participants.c: editing an event's participants from its page: add, change the role, remove.
 *
 * The participants are listed by liaison-detail-pane-related.c, one group
 * per role. Each row gets a menu with the roles, the current one checked,
 * and Remove; the row under them adds a participant with
 * LiaisonParticipantDialog. Every change is one undoable step through the
 * document; the lists are rebuilt from it, and the keyboard focus follows
 * the participant to its new row.
 */

#define G_LOG_DOMAIN "liaison-detail-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-detail-pane-private.h"
#include "liaison-participant-dialog.h"

static gboolean
is_current (LiaisonDetailPane    *self,
            LiaisonParticipation *participation)
{
  return self->document != NULL &&
         liaison_document_lookup (self->document, liaison_entity_get_id (LIAISON_ENTITY (participation))) ==
           LIAISON_ENTITY (participation);
}

/* The menu button of @participation's row, if it has one now. */
static GtkWidget *
find_menu_button (GtkWidget            *widget,
                  LiaisonParticipation *participation)
{
  if (GTK_IS_MENU_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "liaison-participation") == participation)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_menu_button (child, participation);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
role_change_state_cb (GSimpleAction     *action,
                      GVariant          *value,
                      LiaisonDetailPane *self)
{
  LiaisonParticipation *participation = g_object_get_data (G_OBJECT (action), "liaison-participation");
  const char *event_id = liaison_participation_get_event (participation);
  LiaisonEntity *event = self->document != NULL ? liaison_document_lookup (self->document, event_id) : NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *button;
  gboolean ok;
  int role;

  if (!is_current (self, participation) || !LIAISON_IS_EVENT (event) ||
      !liaison_enum_from_nick (LIAISON_TYPE_ROLE, g_variant_get_string (value, NULL), &role) ||
      role == (int) liaison_participation_get_role (participation))
    return;

  if (!liaison_document_check_participation (self->document, LIAISON_EVENT (event),
                                             liaison_participation_get_organization (participation),
                                             liaison_participation_get_person (participation), role, &error))
    {
      _liaison_detail_pane_show_message (self, error->message);
      return;
    }

  liaison_document_begin_change (self->document, _("Change Role"));
  ok = liaison_document_set (self->document, LIAISON_ENTITY (participation), &error, "role", role, NULL);
  liaison_document_end_change (self->document);

  if (!ok)
    {
      _liaison_detail_pane_show_message (self, error->message);
      return;
    }

  g_simple_action_set_state (action, value);

  /* The participant moved to its role's group: so does the focus. */
  if ((button = find_menu_button (GTK_WIDGET (self), participation)) != NULL)
    gtk_widget_grab_focus (button);
}

static void
remove_activate_cb (GSimpleAction     *action,
                    GVariant          *parameter,
                    LiaisonDetailPane *self)
{
  LiaisonParticipation *participation = g_object_get_data (G_OBJECT (action), "liaison-participation");
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!is_current (self, participation))
    return;

  liaison_document_begin_change (self->document, _("Remove Participant"));
  ok = liaison_document_remove (self->document, LIAISON_ENTITY (participation), LIAISON_REMOVE_REFUSE, &error);
  liaison_document_end_change (self->document);

  if (!ok)
    _liaison_detail_pane_show_message (self, error->message);
}

/* A menu for a participant's row: its role, and Remove. */
GtkWidget *
_liaison_detail_pane_participant_menu_new (LiaisonDetailPane    *self,
                                           LiaisonParticipation *participation)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) roles_section = g_menu_new ();
  g_autoptr(GMenu) remove_section = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) role = NULL;
  g_autoptr(GSimpleAction) remove = NULL;
  const LiaisonRole *roles;
  guint n_roles;
  GtkWidget *button;

  roles = liaison_role_get_order (&n_roles);
  for (guint r = 0; r < n_roles; r++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (liaison_enum_to_label (LIAISON_TYPE_ROLE, roles[r]), NULL);

      g_menu_item_set_action_and_target_value (item, "participation.role",
                                               g_variant_new_string (liaison_enum_to_nick (LIAISON_TYPE_ROLE, roles[r])));
      g_menu_append_item (roles_section, item);
    }
  g_menu_append_section (menu, C_("participation", "Role"), G_MENU_MODEL (roles_section));
  g_menu_append (remove_section, _("_Remove From Event"), "participation.remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove_section));

  role = g_simple_action_new_stateful ("role", G_VARIANT_TYPE_STRING,
                                       g_variant_new_string (liaison_enum_to_nick (LIAISON_TYPE_ROLE,
                                                                                   liaison_participation_get_role (participation))));
  g_object_set_data_full (G_OBJECT (role), "liaison-participation", g_object_ref (participation), g_object_unref);
  g_signal_connect_object (role, "change-state", G_CALLBACK (role_change_state_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (role));

  remove = g_simple_action_new ("remove", NULL);
  g_object_set_data_full (G_OBJECT (remove), "liaison-participation", g_object_ref (participation), g_object_unref);
  g_signal_connect_object (remove, "activate", G_CALLBACK (remove_activate_cb), self, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (remove));

  button = g_object_new (GTK_TYPE_MENU_BUTTON,
                         "icon-name", "view-more-symbolic",
                         "menu-model", menu,
                         "tooltip-text", _("Change Role or Remove"),
                         "valign", GTK_ALIGN_CENTER,
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Change Role or Remove"), -1);
  gtk_widget_insert_action_group (button, "participation", G_ACTION_GROUP (group));
  /* Not a reference: the row goes when the participation does. */
  g_object_set_data (G_OBJECT (button), "liaison-participation", participation);

  return button;
}

/* The row under an event's participants that adds one. */
GtkWidget *
_liaison_detail_pane_add_participant_row_new (void)
{
  return g_object_new (ADW_TYPE_BUTTON_ROW,
                       "title", _("_Add Participant…"),
                       "use-underline", TRUE,
                       "start-icon-name", "list-add-symbolic",
                       "action-name", "pane.add-participant",
                       NULL);
}

static void
add_participant_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (widget);

  if (self->document == NULL || !LIAISON_IS_EVENT (self->entity))
    return;

  adw_dialog_present (liaison_participant_dialog_new (self->document, LIAISON_EVENT (self->entity)), widget);
}

void
_liaison_detail_pane_class_init_participants (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pane.add-participant", NULL, add_participant_action);
}

/* Participants can be added on an event's page only. */
void
_liaison_detail_pane_update_participant_actions (LiaisonDetailPane *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pane.add-participant",
                                 self->document != NULL && LIAISON_IS_EVENT (self->entity));
}
