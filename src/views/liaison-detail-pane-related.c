/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-detail-pane-related.c: the lists of records related to the one shown.
 *
 * An organization lists its cooperation links, the events it took part in,
 * its people and its departments; an event its participants by role (each
 * with a menu to change the role or remove it, see
 * liaison-detail-pane-participants.c), its parts and the links it
 * produced; a person the events they took part in; a link the
 * organizations it joins; a source the records citing it. Each
 * row takes the user to that record. The lists are built anew on every
 * change of the document but only replace what is shown when they differ,
 * so that keyboard focus stays put while editing elsewhere.
 */

#define G_LOG_DOMAIN "liaison-detail-pane"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-detail-pane-private.h"
#include "model/liaison-language.h"

typedef struct
{
  LiaisonDetailPane *pane;
  GPtrArray         *groups;
  GString           *key;
} Builder;

static AdwPreferencesGroup *
builder_add_group (Builder    *builder,
                   const char *title)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  if (title != NULL)
    adw_preferences_group_set_title (group, title);
  g_ptr_array_add (builder->groups, g_object_ref_sink (group));
  g_string_append_printf (builder->key, "#%s\n", title != NULL ? title : "");

  return group;
}

static void
emit_data_target_cb (GtkButton         *button,
                     LiaisonDetailPane *self)
{
  _liaison_detail_pane_emit_activate (self, g_object_get_data (G_OBJECT (button), "liaison-target"));
}

/* A button leading to @also, or NULL when there is none. */
static GtkWidget *
also_button_new (Builder       *builder,
                 LiaisonEntity *also,
                 const char    *also_label,
                 const char    *also_icon)
{
  GtkWidget *button;

  if (also == NULL)
    return NULL;

  button = g_object_new (GTK_TYPE_BUTTON,
                         "icon-name", also_icon,
                         "tooltip-text", also_label,
                         "valign", GTK_ALIGN_CENTER,
                         NULL);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, also_label, -1);
  g_object_set_data_full (G_OBJECT (button), "liaison-target", g_object_ref (also), g_object_unref);
  g_signal_connect_object (button, "clicked", G_CALLBACK (emit_data_target_cb), builder->pane, 0);

  return button;
}

/* A row leading to @target; with @also, a second button leading there. */
static GtkWidget *
builder_add_row (Builder             *builder,
                 AdwPreferencesGroup *group,
                 LiaisonEntity       *target,
                 const char          *subtitle,
                 LiaisonEntity       *also,
                 const char          *also_label,
                 const char          *also_icon)
{
  g_autofree char *title = _liaison_detail_pane_dup_title_of (builder->pane, target);
  GtkWidget *row;

  g_string_append_printf (builder->key, "%s|%s|%s|%s\n", liaison_entity_get_id (target), title,
                          subtitle != NULL ? subtitle : "",
                          also != NULL ? liaison_entity_get_id (also) : "");

  row = _liaison_detail_pane_related_row_new (builder->pane, target, title, subtitle,
                                              also_button_new (builder, also, also_label, also_icon));
  adw_preferences_group_add (group, row);

  return row;
}

static LiaisonEntity *
lookup (Builder    *builder,
        const char *id)
{
  return id != NULL ? liaison_document_lookup (builder->pane->document, id) : NULL;
}

static const LiaisonDate *
start_of (LiaisonEntity *entity)
{
  if (LIAISON_IS_EVENT (entity))
    return liaison_event_get_start (LIAISON_EVENT (entity));
  if (LIAISON_IS_COOPERATION_LINK (entity))
    return liaison_cooperation_link_get_start (LIAISON_COOPERATION_LINK (entity));

  return NULL;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  return liaison_date_compare (start_of (*(LiaisonEntity **) a), start_of (*(LiaisonEntity **) b));
}

/* Participations sort by their event's date; the event is looked up
 * through the document passed as user data. */
static int
compare_participations (gconstpointer a,
                        gconstpointer b,
                        gpointer      document)
{
  LiaisonEntity *event_a = liaison_document_lookup (document, liaison_participation_get_event (*(LiaisonParticipation **) a));
  LiaisonEntity *event_b = liaison_document_lookup (document, liaison_participation_get_event (*(LiaisonParticipation **) b));

  return liaison_date_compare (event_a != NULL ? start_of (event_a) : NULL,
                               event_b != NULL ? start_of (event_b) : NULL);
}

static char *
dup_dates (LiaisonEntity *entity)
{
  if (LIAISON_IS_EVENT (entity))
    return liaison_date_format_range (liaison_event_get_start (LIAISON_EVENT (entity)),
                                      liaison_event_get_end (LIAISON_EVENT (entity)));
  if (LIAISON_IS_COOPERATION_LINK (entity))
    return liaison_date_format_range (liaison_cooperation_link_get_start (LIAISON_COOPERATION_LINK (entity)),
                                      liaison_cooperation_link_get_end (LIAISON_COOPERATION_LINK (entity)));

  return NULL;
}

static char *
dup_link_subtitle (LiaisonCooperationLink *link)
{
  g_autofree char *dates = dup_dates (LIAISON_ENTITY (link));
  LiaisonLinkStatus status = liaison_cooperation_link_get_status (link);

  return _liaison_detail_pane_join (3,
                                    liaison_enum_to_label (LIAISON_TYPE_LINK_KIND, liaison_cooperation_link_get_kind (link)),
                                    dates,
                                    status != LIAISON_LINK_STATUS_ACTIVE
                                      ? liaison_enum_to_label (LIAISON_TYPE_LINK_STATUS, status) : NULL);
}

static void
add_links_of_organization (Builder             *builder,
                           LiaisonOrganization *organization)
{
  g_autoptr(GPtrArray) links = liaison_document_get_links_of (builder->pane->document, organization);
  const char *id = liaison_entity_get_id (LIAISON_ENTITY (organization));
  AdwPreferencesGroup *group;

  if (links->len == 0)
    return;

  g_ptr_array_sort (links, compare_by_start);
  group = builder_add_group (builder, _("Cooperation Links"));

  for (guint i = 0; i < links->len; i++)
    {
      LiaisonCooperationLink *link = links->pdata[i];
      const char *from = liaison_cooperation_link_get_from (link);
      LiaisonEntity *other = lookup (builder, g_strcmp0 (from, id) == 0 ? liaison_cooperation_link_get_to (link) : from);
      g_autofree char *subtitle = dup_link_subtitle (link);

      if (other == NULL)
        continue;
      builder_add_row (builder, group, other, subtitle,
                       LIAISON_ENTITY (link), _("Show Cooperation Link"), "liaison-link-symbolic");
    }
}

static void
add_events_of_organization (Builder             *builder,
                            LiaisonOrganization *organization)
{
  LiaisonDocument *document = builder->pane->document;
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (document, LIAISON_ENTITY (organization));
  AdwPreferencesGroup *group;

  if (participations->len == 0)
    return;

  g_ptr_array_sort_with_data (participations, compare_participations, document);
  group = builder_add_group (builder, _("Events"));

  for (guint i = 0; i < participations->len; i++)
    {
      LiaisonParticipation *participation = participations->pdata[i];
      LiaisonEntity *event = lookup (builder, liaison_participation_get_event (participation));
      LiaisonEntity *person = lookup (builder, liaison_participation_get_person (participation));
      g_autofree char *dates = NULL;
      g_autofree char *person_name = NULL;
      g_autofree char *subtitle = NULL;

      if (event == NULL)
        continue;

      dates = dup_dates (event);
      if (person != NULL)
        person_name = _liaison_detail_pane_dup_title_of (builder->pane, person);
      subtitle = _liaison_detail_pane_join (3,
                                            liaison_enum_to_label (LIAISON_TYPE_ROLE,
                                                                   liaison_participation_get_role (participation)),
                                            dates, person_name);
      builder_add_row (builder, group, event, subtitle,
                       person, _("Show Person"), "liaison-person-symbolic");
    }
}

static void
add_people_of_organization (Builder             *builder,
                            LiaisonOrganization *organization)
{
  g_autoptr(GPtrArray) people = liaison_document_get_people_of (builder->pane->document, organization);
  AdwPreferencesGroup *group;

  if (people->len == 0)
    return;

  group = builder_add_group (builder, _("People"));
  for (guint i = 0; i < people->len; i++)
    builder_add_row (builder, group, people->pdata[i],
                     liaison_person_get_title (people->pdata[i]), NULL, NULL, NULL);
}

static void
add_parts (Builder       *builder,
           LiaisonEntity *parent)
{
  g_autoptr(GPtrArray) parts = liaison_document_get_parts_of (builder->pane->document, parent);
  AdwPreferencesGroup *group;

  g_ptr_array_remove (parts, parent);
  if (parts->len == 0)
    return;

  if (LIAISON_IS_EVENT (parent))
    {
      g_ptr_array_sort (parts, compare_by_start);
      group = builder_add_group (builder, _("Parts"));
    }
  else
    {
      group = builder_add_group (builder, _("Departments and Offices"));
    }

  for (guint i = 0; i < parts->len; i++)
    {
      LiaisonEntity *part = parts->pdata[i];
      g_autofree char *dates = dup_dates (part);
      g_autofree char *subtitle = NULL;

      if (LIAISON_IS_EVENT (part))
        subtitle = _liaison_detail_pane_join (2,
                                              liaison_enum_to_label (LIAISON_TYPE_EVENT_KIND,
                                                                     liaison_event_get_kind (LIAISON_EVENT (part))),
                                              dates);
      else
        subtitle = g_strdup (liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND,
                                                    liaison_organization_get_kind (LIAISON_ORGANIZATION (part))));
      builder_add_row (builder, group, part, subtitle, NULL, NULL, NULL);
    }
}

/* An event's participants, one group per role, hosts first; each row
 * has a menu to change the role or remove the participant. Then the row
 * that adds one. */
static void
add_participants (Builder      *builder,
                  LiaisonEvent *event)
{
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (builder->pane->document,
                                                                                 LIAISON_ENTITY (event));
  guint n_roles;
  const LiaisonRole *roles = liaison_role_get_order (&n_roles);
  AdwPreferencesGroup *group;

  for (guint r = 0; r < n_roles; r++)
    {
      group = NULL;

      for (guint i = 0; i < participations->len; i++)
        {
          LiaisonParticipation *participation = participations->pdata[i];
          LiaisonEntity *organization;
          LiaisonEntity *person;
          g_autofree char *title = NULL;
          g_autofree char *person_name = NULL;
          g_autofree char *subtitle = NULL;
          GtkWidget *buttons;
          GtkWidget *also;
          GtkWidget *row;

          if (liaison_participation_get_role (participation) != roles[r])
            continue;
          organization = lookup (builder, liaison_participation_get_organization (participation));
          if (organization == NULL)
            continue;

          if (group == NULL)
            group = builder_add_group (builder, liaison_role_get_heading (roles[r]));

          person = lookup (builder, liaison_participation_get_person (participation));
          if (person != NULL)
            person_name = _liaison_detail_pane_dup_title_of (builder->pane, person);
          subtitle = _liaison_detail_pane_join (2, person_name, liaison_participation_get_note (participation));
          title = _liaison_detail_pane_dup_title_of (builder->pane, organization);
          /* The row's menu acts on this participation: a new one is a new row. */
          g_string_append_printf (builder->key, "%s|%s|%s|%s\n", liaison_entity_get_id (LIAISON_ENTITY (participation)),
                                  title, subtitle, person != NULL ? liaison_entity_get_id (person) : "");

          buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
          if ((also = also_button_new (builder, person, _("Show Person"), "liaison-person-symbolic")) != NULL)
            gtk_box_append (GTK_BOX (buttons), also);
          gtk_box_append (GTK_BOX (buttons), _liaison_detail_pane_participant_menu_new (builder->pane, participation));
          row = _liaison_detail_pane_related_row_new (builder->pane, organization, title, subtitle, buttons);
          adw_preferences_group_add (group, row);
        }
    }

  /* Without participants, the row that adds them has a heading of its own. */
  group = builder_add_group (builder, participations->len == 0 ? _("Participants") : NULL);
  adw_preferences_group_add (group, _liaison_detail_pane_add_participant_row_new ());
}

static void
add_links_of_event (Builder      *builder,
                    LiaisonEvent *event)
{
  g_autoptr(GPtrArray) referrers = liaison_document_get_referrers (builder->pane->document, LIAISON_ENTITY (event));
  const char *id = liaison_entity_get_id (LIAISON_ENTITY (event));
  AdwPreferencesGroup *group = NULL;

  for (guint i = 0; i < referrers->len; i++)
    {
      LiaisonEntity *referrer = referrers->pdata[i];
      g_autofree char *subtitle = NULL;

      if (!LIAISON_IS_COOPERATION_LINK (referrer) ||
          g_strcmp0 (liaison_cooperation_link_get_event (LIAISON_COOPERATION_LINK (referrer)), id) != 0)
        continue;

      if (group == NULL)
        group = builder_add_group (builder, _("Cooperation Links Made Here"));
      subtitle = dup_link_subtitle (LIAISON_COOPERATION_LINK (referrer));
      builder_add_row (builder, group, referrer, subtitle, NULL, NULL, NULL);
    }
}

static void
add_events_of_person (Builder       *builder,
                      LiaisonPerson *person)
{
  LiaisonDocument *document = builder->pane->document;
  g_autoptr(GPtrArray) referrers = liaison_document_get_referrers (document, LIAISON_ENTITY (person));
  g_autoptr(GPtrArray) participations = g_ptr_array_new ();
  const char *id = liaison_entity_get_id (LIAISON_ENTITY (person));
  AdwPreferencesGroup *group;

  for (guint i = 0; i < referrers->len; i++)
    {
      LiaisonEntity *referrer = referrers->pdata[i];

      if (LIAISON_IS_PARTICIPATION (referrer) &&
          g_strcmp0 (liaison_participation_get_person (LIAISON_PARTICIPATION (referrer)), id) == 0 &&
          !g_ptr_array_find (participations, referrer, NULL))
        g_ptr_array_add (participations, referrer);
    }

  if (participations->len == 0)
    return;

  g_ptr_array_sort_with_data (participations, compare_participations, document);
  group = builder_add_group (builder, _("Events"));

  for (guint i = 0; i < participations->len; i++)
    {
      LiaisonParticipation *participation = participations->pdata[i];
      LiaisonEntity *event = lookup (builder, liaison_participation_get_event (participation));
      LiaisonEntity *organization = lookup (builder, liaison_participation_get_organization (participation));
      g_autofree char *dates = NULL;
      g_autofree char *organization_name = NULL;
      g_autofree char *subtitle = NULL;

      if (event == NULL)
        continue;

      dates = dup_dates (event);
      if (organization != NULL)
        organization_name = _liaison_detail_pane_dup_title_of (builder->pane, organization);
      subtitle = _liaison_detail_pane_join (3,
                                            liaison_enum_to_label (LIAISON_TYPE_ROLE,
                                                                   liaison_participation_get_role (participation)),
                                            organization_name, dates);
      builder_add_row (builder, group, event, subtitle,
                       organization, _("Show Organization"), "liaison-organization-symbolic");
    }
}

static void
add_ends_of_link (Builder                *builder,
                  LiaisonCooperationLink *link)
{
  LiaisonEntity *from = lookup (builder, liaison_cooperation_link_get_from (link));
  LiaisonEntity *to = lookup (builder, liaison_cooperation_link_get_to (link));
  LiaisonEntity *event = lookup (builder, liaison_cooperation_link_get_event (link));
  AdwPreferencesGroup *group;

  group = builder_add_group (builder, _("Organizations"));
  if (from != NULL)
    builder_add_row (builder, group, from,
                     liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND,
                                            liaison_organization_get_kind (LIAISON_ORGANIZATION (from))),
                     NULL, NULL, NULL);
  if (to != NULL)
    builder_add_row (builder, group, to,
                     liaison_enum_to_label (LIAISON_TYPE_ORGANIZATION_KIND,
                                            liaison_organization_get_kind (LIAISON_ORGANIZATION (to))),
                     NULL, NULL, NULL);

  if (event != NULL)
    {
      g_autofree char *dates = dup_dates (event);

      group = builder_add_group (builder, _("Made at"));
      builder_add_row (builder, group, event, dates, NULL, NULL, NULL);
    }
}

static const char *
record_kind_label (LiaisonEntity *entity)
{
  if (LIAISON_IS_ORGANIZATION (entity))
    return C_("record kind", "Organization");
  if (LIAISON_IS_PERSON (entity))
    return C_("record kind", "Person");
  if (LIAISON_IS_EVENT (entity))
    return C_("record kind", "Event");
  if (LIAISON_IS_PARTICIPATION (entity))
    return C_("record kind", "Participation in an event");
  if (LIAISON_IS_COOPERATION_LINK (entity))
    return C_("record kind", "Cooperation link");

  return C_("record kind", "Source");
}

static void
add_citing (Builder       *builder,
            LiaisonSource *source)
{
  g_autoptr(GPtrArray) citing = liaison_document_get_citing (builder->pane->document, source);
  AdwPreferencesGroup *group;

  if (citing->len == 0)
    return;

  group = builder_add_group (builder, _("Cited By"));
  for (guint i = 0; i < citing->len; i++)
    {
      LiaisonEntity *entity = citing->pdata[i];
      g_autofree char *title = _liaison_detail_pane_dup_title_of (builder->pane, entity);
      LiaisonEntity *target = entity;
      GtkWidget *row;

      /* A participation has no page of its own: its event lists it. */
      if (LIAISON_IS_PARTICIPATION (entity))
        target = lookup (builder, liaison_participation_get_event (LIAISON_PARTICIPATION (entity)));
      if (target == NULL)
        continue;

      row = _liaison_detail_pane_related_row_new (builder->pane, target, title, record_kind_label (entity), NULL);
      g_string_append_printf (builder->key, "%s|%s\n", liaison_entity_get_id (entity), title);
      adw_preferences_group_add (group, row);
    }
}

static void
remove_groups (LiaisonDetailPane *self)
{
  for (guint i = 0; i < self->related_groups->len; i++)
    adw_preferences_page_remove (self->page, self->related_groups->pdata[i]);
  g_ptr_array_set_size (self->related_groups, 0);
}

/* Lists the records related to the pane's record, unless the lists shown
 * already say the same. */
void
_liaison_detail_pane_update_related (LiaisonDetailPane *self)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) key = g_string_new (NULL);
  Builder builder = { self, groups, key };
  LiaisonEntity *entity = self->entity;

  if (entity == NULL || self->document == NULL)
    return;

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      add_links_of_organization (&builder, LIAISON_ORGANIZATION (entity));
      add_events_of_organization (&builder, LIAISON_ORGANIZATION (entity));
      add_people_of_organization (&builder, LIAISON_ORGANIZATION (entity));
      add_parts (&builder, entity);
    }
  else if (LIAISON_IS_EVENT (entity))
    {
      add_participants (&builder, LIAISON_EVENT (entity));
      add_parts (&builder, entity);
      add_links_of_event (&builder, LIAISON_EVENT (entity));
    }
  else if (LIAISON_IS_PERSON (entity))
    {
      add_events_of_person (&builder, LIAISON_PERSON (entity));
    }
  else if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      add_ends_of_link (&builder, LIAISON_COOPERATION_LINK (entity));
    }
  else if (LIAISON_IS_SOURCE (entity))
    {
      add_citing (&builder, LIAISON_SOURCE (entity));
    }

  if (self->related_key != NULL && g_str_equal (self->related_key, key->str))
    return;

  remove_groups (self);
  for (guint i = 0; i < groups->len; i++)
    {
      adw_preferences_page_add (self->page, groups->pdata[i]);
      g_ptr_array_add (self->related_groups, groups->pdata[i]);
    }
  g_free (self->related_key);
  self->related_key = g_string_free (g_steal_pointer (&key), FALSE);

  /* The sources come last. */
  if (self->tail_group != NULL)
    {
      g_autoptr(AdwPreferencesGroup) tail = g_object_ref (self->tail_group);

      adw_preferences_page_remove (self->page, tail);
      adw_preferences_page_add (self->page, tail);
    }
}

void
_liaison_detail_pane_clear_related (LiaisonDetailPane *self)
{
  remove_groups (self);
  g_clear_pointer (&self->related_key, g_free);
}
