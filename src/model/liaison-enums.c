/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-enums.c: file tokens and translated labels of the enumerations. */

#define G_LOG_DOMAIN "liaison-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-enums.h"
#include "liaison-enum-types.h"

/* Parses a file-format token into an enumeration value. */
gboolean
liaison_enum_from_nick (GType       enum_type,
                        const char *nick,
                        int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value;

  g_return_val_if_fail (nick != NULL, FALSE);

  enum_value = g_enum_get_value_by_nick (klass, nick);
  if (enum_value == NULL)
    return FALSE;

  *value = enum_value->value;

  return TRUE;
}

const char *
liaison_enum_to_nick (GType enum_type,
                      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *enum_value = g_enum_get_value (klass, value);

  return enum_value != NULL ? enum_value->value_nick : NULL;
}

typedef struct
{
  int         value;
  const char *label;
} Label;

static const Label organization_kinds[] = {
  { LIAISON_ORGANIZATION_KIND_OTHER, NC_("organization kind", "Other") },
  { LIAISON_ORGANIZATION_KIND_CITY, NC_("organization kind", "City or local government") },
  { LIAISON_ORGANIZATION_KIND_NATIONAL_AGENCY, NC_("organization kind", "National government agency") },
  { LIAISON_ORGANIZATION_KIND_INTERNATIONAL, NC_("organization kind", "International organization") },
  { LIAISON_ORGANIZATION_KIND_NETWORK, NC_("organization kind", "Association or network") },
  { LIAISON_ORGANIZATION_KIND_COMPANY, NC_("organization kind", "Company") },
  { LIAISON_ORGANIZATION_KIND_RESEARCH, NC_("organization kind", "University or research institute") },
  { LIAISON_ORGANIZATION_KIND_VENUE, NC_("organization kind", "Event organizer or venue") },
  { -1 }
};

static const Label event_kinds[] = {
  { LIAISON_EVENT_KIND_OTHER, NC_("event kind", "Other") },
  { LIAISON_EVENT_KIND_MOU_SIGNING, NC_("event kind", "MoU signing") },
  { LIAISON_EVENT_KIND_SUMMIT, NC_("event kind", "Summit") },
  { LIAISON_EVENT_KIND_CONFERENCE, NC_("event kind", "Conference or expo") },
  { LIAISON_EVENT_KIND_WEBINAR, NC_("event kind", "Webinar") },
  { LIAISON_EVENT_KIND_WORKSHOP, NC_("event kind", "Workshop") },
  { LIAISON_EVENT_KIND_FORUM, NC_("event kind", "Forum") },
  { LIAISON_EVENT_KIND_EXHIBITION, NC_("event kind", "Exhibition") },
  { -1 }
};

static const Label event_statuses[] = {
  { LIAISON_EVENT_STATUS_HELD, NC_("event status", "Held") },
  { LIAISON_EVENT_STATUS_PLANNED, NC_("event status", "Planned") },
  { LIAISON_EVENT_STATUS_CANCELLED, NC_("event status", "Cancelled") },
  { -1 }
};

static const Label roles[] = {
  { LIAISON_ROLE_ATTENDEE, NC_("participation role", "Attendee") },
  { LIAISON_ROLE_HOST, NC_("participation role", "Host") },
  { LIAISON_ROLE_CO_ORGANIZER, NC_("participation role", "Co-organizer") },
  { LIAISON_ROLE_SIGNATORY, NC_("participation role", "Signatory") },
  { LIAISON_ROLE_PRESENTER, NC_("participation role", "Presenter") },
  { LIAISON_ROLE_PANELIST, NC_("participation role", "Panelist") },
  { LIAISON_ROLE_EXHIBITOR, NC_("participation role", "Exhibitor") },
  { LIAISON_ROLE_OBSERVER, NC_("participation role", "Observer") },
  { LIAISON_ROLE_SUPPORTER, NC_("participation role", "Supporter") },
  { -1 }
};

static const Label link_kinds[] = {
  { LIAISON_LINK_KIND_OTHER, NC_("link kind", "Other") },
  { LIAISON_LINK_KIND_MOU, NC_("link kind", "Memorandum of understanding") },
  { LIAISON_LINK_KIND_PARTNERSHIP, NC_("link kind", "Partnership") },
  { LIAISON_LINK_KIND_CO_ORGANIZATION, NC_("link kind", "Co-organization") },
  { LIAISON_LINK_KIND_MEMBERSHIP, NC_("link kind", "Membership") },
  { LIAISON_LINK_KIND_REGIONAL_OFFICE, NC_("link kind", "Regional office or branch") },
  { LIAISON_LINK_KIND_SUPPORT, NC_("link kind", "Support or funding") },
  { -1 }
};

static const Label link_statuses[] = {
  { LIAISON_LINK_STATUS_ACTIVE, NC_("link status", "Active") },
  { LIAISON_LINK_STATUS_PLANNED, NC_("link status", "Planned") },
  { LIAISON_LINK_STATUS_ENDED, NC_("link status", "Ended") },
  { -1 }
};

static const struct {
  GType      (*get_type) (void);
  const char  *context;
  const Label *labels;
} label_tables[] = {
  { liaison_organization_kind_get_type, "organization kind", organization_kinds },
  { liaison_event_kind_get_type, "event kind", event_kinds },
  { liaison_event_status_get_type, "event status", event_statuses },
  { liaison_role_get_type, "participation role", roles },
  { liaison_link_kind_get_type, "link kind", link_kinds },
  { liaison_link_status_get_type, "link status", link_statuses },
};

/* The translated name of an enumeration value, for people. */
const char *
liaison_enum_to_label (GType enum_type,
                       int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (label_tables); i++)
    {
      if (label_tables[i].get_type () != enum_type)
        continue;

      for (const Label *label = label_tables[i].labels; label->value >= 0; label++)
        {
          if (label->value == value)
            return g_dpgettext2 (GETTEXT_PACKAGE, label_tables[i].context, label->label);
        }
    }

  return liaison_enum_to_nick (enum_type, value);
}

/* The roles in the order people look for them: hosts first, attendees last. */
static const LiaisonRole role_order[] = {
  LIAISON_ROLE_HOST,
  LIAISON_ROLE_CO_ORGANIZER,
  LIAISON_ROLE_SIGNATORY,
  LIAISON_ROLE_PRESENTER,
  LIAISON_ROLE_PANELIST,
  LIAISON_ROLE_EXHIBITOR,
  LIAISON_ROLE_SUPPORTER,
  LIAISON_ROLE_OBSERVER,
  LIAISON_ROLE_ATTENDEE,
};

/* Headings over an event's participants, one per role. */
static const char * const role_headings[] = {
  [LIAISON_ROLE_HOST] = NC_("participants", "Hosts"),
  [LIAISON_ROLE_CO_ORGANIZER] = NC_("participants", "Co-organizers"),
  [LIAISON_ROLE_SIGNATORY] = NC_("participants", "Signatories"),
  [LIAISON_ROLE_PRESENTER] = NC_("participants", "Presenters"),
  [LIAISON_ROLE_PANELIST] = NC_("participants", "Panelists"),
  [LIAISON_ROLE_EXHIBITOR] = NC_("participants", "Exhibitors"),
  [LIAISON_ROLE_SUPPORTER] = NC_("participants", "Supporters"),
  [LIAISON_ROLE_OBSERVER] = NC_("participants", "Observers"),
  [LIAISON_ROLE_ATTENDEE] = NC_("participants", "Attendees"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (role_order) == G_N_ELEMENTS (role_headings));

/* Every role, hosts first, attendees last. */
const LiaisonRole *
liaison_role_get_order (guint *n_roles)
{
  *n_roles = G_N_ELEMENTS (role_order);

  return role_order;
}

/* Who had @role, as a heading over them: "Hosts", "Presenters". */
const char *
liaison_role_get_heading (LiaisonRole role)
{
  if ((guint) role < G_N_ELEMENTS (role_headings) && role_headings[role] != NULL)
    return g_dpgettext2 (GETTEXT_PACKAGE, "participants", role_headings[role]);

  return liaison_enum_to_label (LIAISON_TYPE_ROLE, role);
}
