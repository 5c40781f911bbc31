/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-detail-pane.c: the detail page of one record, where it is read and edited.
 *
 * This file holds the widget, its header and how it follows the document;
 * liaison-detail-pane-fields.c builds the rows that edit the record's own
 * fields, liaison-detail-pane-related.c the lists of related records, and
 * liaison-detail-pane-participants.c edits an event's participants.
 */

#define G_LOG_DOMAIN "liaison-detail-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-detail-pane-private.h"
#include "model/liaison-country.h"
#include "model/liaison-language.h"

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ENTITY,
  PROP_TITLE,
  N_PROPS
};

enum {
  ACTIVATE_ENTITY,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonDetailPane, liaison_detail_pane, ADW_TYPE_BIN)

static void document_changed_cb (LiaisonDetailPane *self);

GtkWidget *
liaison_detail_pane_new (void)
{
  return g_object_new (LIAISON_TYPE_DETAIL_PANE, NULL);
}

/* Joins the non-empty ones of @n_pieces strings with the list separator. */
char *
_liaison_detail_pane_join (guint n_pieces,
                           ...)
{
  g_autoptr(GString) result = g_string_new (NULL);
  va_list args;

  va_start (args, n_pieces);
  for (guint i = 0; i < n_pieces; i++)
    {
      const char *piece = va_arg (args, const char *);

      if (piece == NULL || *piece == '\0')
        continue;
      if (result->len > 0)
        /* Translators: what separates the facts shown under a title, as in
         * "Partnership · 7 November 2023". */
        g_string_append (result, C_("list separator", " · "));
      g_string_append (result, piece);
    }
  va_end (args);

  return g_string_free (g_steal_pointer (&result), FALSE);
}

static char *
dup_title_by_id (LiaisonDetailPane *self,
                 const char        *id)
{
  LiaisonEntity *entity;

  if (id == NULL)
    return NULL;
  if (self->document != NULL && (entity = liaison_document_lookup (self->document, id)) != NULL)
    return liaison_entity_dup_title (entity, liaison_language_get_current ());

  return g_strdup (id);
}

/* A record's name for people in the interface language. Links and
 * participations have none of their own: they are named after the
 * records they join. */
char *
_liaison_detail_pane_dup_title_of (LiaisonDetailPane *self,
                                   LiaisonEntity     *entity)
{
  if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);
      g_autofree char *from = dup_title_by_id (self, liaison_cooperation_link_get_from (link));
      g_autofree char *to = dup_title_by_id (self, liaison_cooperation_link_get_to (link));

      if (liaison_cooperation_link_get_directed (link))
        /* Translators: the name of a one-way cooperation link: from one organization to another. */
        return g_strdup_printf (C_("link title", "%s → %s"), from, to);
      /* Translators: the name of a cooperation link between two organizations. */
      return g_strdup_printf (C_("link title", "%s – %s"), from, to);
    }

  if (LIAISON_IS_PARTICIPATION (entity))
    {
      LiaisonParticipation *participation = LIAISON_PARTICIPATION (entity);
      g_autofree char *organization = dup_title_by_id (self, liaison_participation_get_organization (participation));
      g_autofree char *event = dup_title_by_id (self, liaison_participation_get_event (participation));

      /* Translators: the name of an organization's part in an event: organization, then event. */
      return g_strdup_printf (C_("participation title", "%s at %s"), organization, event);
    }

  return liaison_entity_dup_title (entity, liaison_language_get_current ());
}

const char *
_liaison_detail_pane_get_icon_name (LiaisonEntity *entity)
{
  if (LIAISON_IS_ORGANIZATION (entity))
    return "liaison-organization-symbolic";
  if (LIAISON_IS_PERSON (entity))
    return "liaison-person-symbolic";
  if (LIAISON_IS_EVENT (entity) || LIAISON_IS_PARTICIPATION (entity))
    return "liaison-event-symbolic";
  if (LIAISON_IS_COOPERATION_LINK (entity))
    return "liaison-link-symbolic";

  return "liaison-source-symbolic";
}

void
_liaison_detail_pane_emit_activate (LiaisonDetailPane *self,
                                    LiaisonEntity     *entity)
{
  g_assert (LIAISON_IS_DETAIL_PANE (self));
  g_assert (LIAISON_IS_ENTITY (entity));

  g_signal_emit (self, signals[ACTIVATE_ENTITY], 0, entity);
}

/* Says why an edit was refused, in the window's toast overlay. */
void
_liaison_detail_pane_show_message (LiaisonDetailPane *self,
                                   const char        *message)
{
  gtk_widget_error_bell (GTK_WIDGET (self));

  if (!gtk_widget_activate_action (GTK_WIDGET (self), "win.show-toast", "s", message))
    g_debug ("No window to show “%s” in", message);
}

/* Marks @widget as holding a refused value and tells why. */
void
_liaison_detail_pane_show_error (LiaisonDetailPane *self,
                                 GtkWidget         *widget,
                                 const GError      *error)
{
  gtk_widget_add_css_class (widget, "error");
  _liaison_detail_pane_show_message (self, error->message);
}

static void
related_row_activated_cb (LiaisonDetailPane *self,
                          AdwActionRow      *row)
{
  LiaisonEntity *target = g_object_get_data (G_OBJECT (row), "liaison-target");

  if (target != NULL)
    _liaison_detail_pane_emit_activate (self, target);
}

/* A row naming another record; activating it asks the window to show it.
 * @extra, when not NULL, is a button placed before the row's arrow. */
GtkWidget *
_liaison_detail_pane_related_row_new (LiaisonDetailPane *self,
                                      LiaisonEntity     *target,
                                      const char        *title,
                                      const char        *subtitle,
                                      GtkWidget         *extra)
{
  GtkWidget *row;
  GtkWidget *arrow;

  /* Markup off before the title and subtitle, which are data. */
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "use-markup", FALSE,
                      "subtitle-lines", 2,
                      "activatable", TRUE,
                      NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle != NULL ? subtitle : "");
  g_object_set_data_full (G_OBJECT (row), "liaison-target", g_object_ref (target), g_object_unref);
  g_signal_connect_object (row, "activated", G_CALLBACK (related_row_activated_cb), self, G_CONNECT_SWAPPED);

  if (extra != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), extra);

  /* The row itself is what is activated; the arrow only shows it leads on. */
  arrow = g_object_new (GTK_TYPE_IMAGE,
                        "icon-name", "go-next-symbolic",
                        "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                        "valign", GTK_ALIGN_CENTER,
                        NULL);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);

  return row;
}

static char *
dup_subtitle (LiaisonDetailPane *self)
{
  LiaisonEntity *entity = self->entity;
  g_autofree char *flag = NULL;
  g_autofree char *facts = NULL;

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      LiaisonOrganization *organization = LIAISON_ORGANIZATION (entity);

      flag = g_strdup (liaison_organization_get_country (organization));
      facts = _liaison_detail_pane_join (3,
                                         liaison_organization_get_short_name (organization),
                                         liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND,
                                                                liaison_organization_get_kind (organization)),
                                         liaison_organization_get_city (organization));
    }
  else if (LIAISON_IS_EVENT (entity))
    {
      LiaisonEvent *event = LIAISON_EVENT (entity);
      g_autofree char *dates = liaison_date_format_range (liaison_event_get_start (event),
                                                          liaison_event_get_end (event));
      LiaisonEventStatus status = liaison_event_get_status (event);

      flag = g_strdup (liaison_event_get_country (event));
      facts = _liaison_detail_pane_join (4,
                                         liaison_enum_to_label (LIAISON_TYPE_EVENT_KIND, liaison_event_get_kind (event)),
                                         dates,
                                         status != LIAISON_EVENT_STATUS_HELD
                                           ? liaison_enum_to_label (LIAISON_TYPE_EVENT_STATUS, status) : NULL,
                                         liaison_event_get_city (event));
    }
  else if (LIAISON_IS_PERSON (entity))
    {
      LiaisonPerson *person = LIAISON_PERSON (entity);
      g_autofree char *affiliation = dup_title_by_id (self, liaison_person_get_affiliation (person));

      facts = _liaison_detail_pane_join (2, liaison_person_get_title (person), affiliation);
    }
  else if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);
      g_autofree char *dates = liaison_date_format_range (liaison_cooperation_link_get_start (link),
                                                          liaison_cooperation_link_get_end (link));

      facts = _liaison_detail_pane_join (3,
                                         liaison_enum_to_label (LIAISON_TYPE_LINK_KIND,
                                                                liaison_cooperation_link_get_kind (link)),
                                         liaison_enum_to_label (LIAISON_TYPE_LINK_STATUS,
                                                                liaison_cooperation_link_get_status (link)),
                                         dates);
    }
  else if (LIAISON_IS_SOURCE (entity))
    {
      LiaisonSource *source = LIAISON_SOURCE (entity);
      g_autofree char *date = liaison_date_format (liaison_source_get_date (source));

      facts = _liaison_detail_pane_join (3,
                                         liaison_source_get_publisher (source),
                                         liaison_source_get_author (source),
                                         date);
    }
  else if (LIAISON_IS_PARTICIPATION (entity))
    {
      facts = g_strdup (liaison_enum_to_label (LIAISON_TYPE_ROLE,
                                               liaison_participation_get_role (LIAISON_PARTICIPATION (entity))));
    }

  if (flag != NULL && facts != NULL && *facts != '\0')
    return g_strdup_printf ("%s %s", flag, facts);
  if (flag != NULL)
    return g_steal_pointer (&flag);

  return g_steal_pointer (&facts);
}

static void
update_header (LiaisonDetailPane *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->entity != NULL)
    {
      title = _liaison_detail_pane_dup_title_of (self, self->entity);
      subtitle = dup_subtitle (self);
      gtk_label_set_label (self->title_label, title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_label_set_label (self->subtitle_label, subtitle);
      gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && *subtitle != '\0');
      gtk_image_set_from_icon_name (self->icon, _liaison_detail_pane_get_icon_name (self->entity));
    }

  if (g_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
entity_notify_cb (LiaisonDetailPane *self,
                  GParamSpec        *pspec)
{
  _liaison_detail_pane_update_fields (self, pspec);
  update_header (self);
}

static gboolean
entity_is_in_document (LiaisonDetailPane *self)
{
  return self->document != NULL && self->entity != NULL &&
         liaison_document_lookup (self->document, liaison_entity_get_id (self->entity)) == self->entity;
}

/* Whether the keyboard focus is in the pane, as it is after activating a
 * related record. */
static gboolean
has_focus_within (LiaisonDetailPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static void
rebuild (LiaisonDetailPane *self)
{
  gboolean had_focus = has_focus_within (self);

  _liaison_detail_pane_clear_related (self);
  _liaison_detail_pane_clear_fields (self);
  _liaison_detail_pane_update_participant_actions (self);

  if (self->entity == NULL || self->document == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_header (self);
      return;
    }

  update_header (self);
  _liaison_detail_pane_build_fields (self);
  _liaison_detail_pane_update_related (self);
  gtk_stack_set_visible_child_name (self->stack, "record");
  adw_preferences_page_scroll_to_top (self->page);

  /* The focused row is gone: give the focus to the new record's header,
   * which screen readers then announce by its title, rather than let it
   * fall on the first entry, whose text would be selected and easily
   * typed over. */
  if (had_focus)
    gtk_widget_grab_focus (self->header);
}

static void
document_changed_cb (LiaisonDetailPane *self)
{
  if (self->entity == NULL)
    return;

  /* Removed (or its addition undone): nothing left to show. */
  if (!entity_is_in_document (self))
    {
      liaison_detail_pane_set_entity (self, NULL);
      return;
    }

  _liaison_detail_pane_update_fields (self, NULL);
  update_header (self);
  _liaison_detail_pane_update_related (self);
}

LiaisonDocument *
liaison_detail_pane_get_document (LiaisonDetailPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAIL_PANE (self), NULL);

  return self->document;
}

void
liaison_detail_pane_set_document (LiaisonDetailPane *self,
                                  LiaisonDocument   *document)
{
  g_return_if_fail (LIAISON_IS_DETAIL_PANE (self));
  g_return_if_fail (document == NULL || LIAISON_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);

  g_set_object (&self->document, document);

  if (document != NULL)
    g_signal_connect_object (document, "changed", G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);

  g_object_freeze_notify (G_OBJECT (self));
  if (self->entity != NULL && !entity_is_in_document (self))
    liaison_detail_pane_set_entity (self, NULL);
  else
    rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_thaw_notify (G_OBJECT (self));
}

LiaisonEntity *
liaison_detail_pane_get_entity (LiaisonDetailPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAIL_PANE (self), NULL);

  return self->entity;
}

/* Shows @entity, a record of the pane's document, or the empty state
 * when it is NULL. */
void
liaison_detail_pane_set_entity (LiaisonDetailPane *self,
                                LiaisonEntity     *entity)
{
  g_return_if_fail (LIAISON_IS_DETAIL_PANE (self));
  g_return_if_fail (entity == NULL || LIAISON_IS_ENTITY (entity));

  if (self->entity == entity)
    return;

  if (self->entity != NULL)
    g_signal_handlers_disconnect_by_func (self->entity, entity_notify_cb, self);

  g_set_object (&self->entity, entity);

  if (entity != NULL)
    g_signal_connect_object (entity, "notify", G_CALLBACK (entity_notify_cb), self, G_CONNECT_SWAPPED);

  g_object_freeze_notify (G_OBJECT (self));
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENTITY]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* The record's name in the interface language, for the page title; NULL
 * when nothing is shown. */
const char *
liaison_detail_pane_get_title (LiaisonDetailPane *self)
{
  g_return_val_if_fail (LIAISON_IS_DETAIL_PANE (self), NULL);

  return self->title;
}

static void
liaison_detail_pane_dispose (GObject *object)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (object);

  if (self->entity != NULL)
    g_signal_handlers_disconnect_by_func (self->entity, entity_notify_cb, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (self->document, document_changed_cb, self);

  _liaison_detail_pane_clear_related (self);
  _liaison_detail_pane_clear_fields (self);
  /* The stack is both AdwBin's child and a template child: let AdwBin
   * go of it first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_DETAIL_PANE);

  g_clear_object (&self->document);
  g_clear_object (&self->entity);

  G_OBJECT_CLASS (liaison_detail_pane_parent_class)->dispose (object);
}

static void
liaison_detail_pane_finalize (GObject *object)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (object);

  g_clear_pointer (&self->field_groups, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_ptr_array_unref);
  g_clear_pointer (&self->related_groups, g_ptr_array_unref);
  g_free (self->related_key);
  g_free (self->title);

  G_OBJECT_CLASS (liaison_detail_pane_parent_class)->finalize (object);
}

static void
liaison_detail_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_ENTITY:
      g_value_set_object (value, self->entity);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_detail_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LiaisonDetailPane *self = LIAISON_DETAIL_PANE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      liaison_detail_pane_set_document (self, g_value_get_object (value));
      break;

    case PROP_ENTITY:
      liaison_detail_pane_set_entity (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_detail_pane_class_init (LiaisonDetailPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_detail_pane_dispose;
  object_class->finalize = liaison_detail_pane_finalize;
  object_class->get_property = liaison_detail_pane_get_property;
  object_class->set_property = liaison_detail_pane_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY] =
    g_param_spec_object ("entity", NULL, NULL, LIAISON_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiaisonDetailPane::activate-entity:
   * @self: the pane
   * @entity: the record to show
   *
   * Emitted when the user activates a related record: the other
   * organization of a link, an event, a person, a source. The window
   * shows that record.
   */
  signals[ACTIVATE_ENTITY] =
    g_signal_new ("activate-entity", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, LIAISON_TYPE_ENTITY);

  _liaison_detail_pane_class_init_participants (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-detail-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailPane, stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailPane, page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailPane, header);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailPane, icon);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDetailPane, subtitle_label);
}

static void
liaison_detail_pane_init (LiaisonDetailPane *self)
{
  self->field_groups = g_ptr_array_new ();
  self->fields = g_ptr_array_new ();
  self->related_groups = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
}
