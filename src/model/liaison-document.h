/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-document.h: a Liaison document: every record, their integrity, and the undo stack. */

#pragma once

#include <gio/gio.h>

#include "liaison-cooperation-link.h"
#include "liaison-entity.h"
#include "liaison-enum-types.h"
#include "liaison-event.h"
#include "liaison-organization.h"
#include "liaison-participation.h"
#include "liaison-person.h"
#include "liaison-source.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_DOCUMENT (liaison_document_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonDocument, liaison_document, LIAISON, DOCUMENT, GObject)

#define LIAISON_DOCUMENT_ERROR (liaison_document_error_quark ())

typedef enum
{
  LIAISON_DOCUMENT_ERROR_REFERENCED,
  LIAISON_DOCUMENT_ERROR_DUPLICATE_ID,
  LIAISON_DOCUMENT_ERROR_UNKNOWN_REFERENCE,
  LIAISON_DOCUMENT_ERROR_ALREADY_TAKES_PART,
} LiaisonDocumentError;

/**
 * LiaisonRemoveMode:
 * @LIAISON_REMOVE_REFUSE: fail with %LIAISON_DOCUMENT_ERROR_REFERENCED when
 *   anything refers to the record.
 * @LIAISON_REMOVE_CASCADE: also remove what cannot exist without it (the
 *   links and participations of an organization, the participations of an
 *   event) and clear the references that are optional (a person's
 *   affiliation, a citation of a source).
 */
typedef enum
{
  LIAISON_REMOVE_REFUSE,
  LIAISON_REMOVE_CASCADE,
} LiaisonRemoveMode;

typedef struct
{
  GType      (*owner) (void);
  const char  *property;
  GType      (*target) (void);
  gboolean     required;
} LiaisonReference;

GQuark                  liaison_document_error_quark        (void);
const LiaisonReference *liaison_document_get_references     (guint             *n_references);
const LiaisonReference *liaison_document_find_reference     (GType              owner,
                                                             const char        *property);

/* The collections, in file order. */
#define LIAISON_N_COLLECTIONS 6
GType                   liaison_document_get_collection_type (guint             index);

LiaisonDocument *liaison_document_new                 (void);
GListModel      *liaison_document_get_organizations   (LiaisonDocument   *self);
GListModel      *liaison_document_get_people          (LiaisonDocument   *self);
GListModel      *liaison_document_get_events          (LiaisonDocument   *self);
GListModel      *liaison_document_get_participations (LiaisonDocument   *self);
GListModel      *liaison_document_get_links           (LiaisonDocument   *self);
GListModel      *liaison_document_get_sources         (LiaisonDocument   *self);
GListModel      *liaison_document_get_collection      (LiaisonDocument   *self,
                                                       GType              entity_type);
guint            liaison_document_get_n_entities      (LiaisonDocument   *self);
LiaisonEntity   *liaison_document_lookup              (LiaisonDocument   *self,
                                                       const char        *id);
char            *liaison_document_make_id             (LiaisonDocument   *self,
                                                       GType              entity_type,
                                                       const char        *hint);
JsonObject      *liaison_document_get_extras          (LiaisonDocument   *self);
void             liaison_document_set_extras          (LiaisonDocument   *self,
                                                       JsonObject        *extras);

/* Edits: each is undoable. */
gboolean         liaison_document_add                 (LiaisonDocument   *self,
                                                       LiaisonEntity     *entity,
                                                       GError           **error);
gboolean         liaison_document_remove              (LiaisonDocument   *self,
                                                       LiaisonEntity     *entity,
                                                       LiaisonRemoveMode  mode,
                                                       GError           **error);
gboolean         liaison_document_set_value           (LiaisonDocument   *self,
                                                       LiaisonEntity     *entity,
                                                       const char        *property,
                                                       const GValue      *value,
                                                       GError           **error);
gboolean         liaison_document_set                 (LiaisonDocument   *self,
                                                       LiaisonEntity     *entity,
                                                       GError           **error,
                                                       const char        *first_property,
                                                       ...) G_GNUC_NULL_TERMINATED;
void             liaison_document_begin_change        (LiaisonDocument   *self,
                                                       const char        *label);
void             liaison_document_end_change          (LiaisonDocument   *self);

/* The undo stack. */
gboolean         liaison_document_can_undo            (LiaisonDocument   *self);
gboolean         liaison_document_can_redo            (LiaisonDocument   *self);
const char      *liaison_document_get_undo_label      (LiaisonDocument   *self);
const char      *liaison_document_get_redo_label      (LiaisonDocument   *self);
gboolean         liaison_document_undo                (LiaisonDocument   *self);
gboolean         liaison_document_redo                (LiaisonDocument   *self);
gboolean         liaison_document_get_dirty           (LiaisonDocument   *self);
void             liaison_document_mark_saved          (LiaisonDocument   *self);
void             liaison_document_mark_modified       (LiaisonDocument   *self);

/* Derived queries. */
GPtrArray       *liaison_document_get_referrers       (LiaisonDocument   *self,
                                                       LiaisonEntity     *entity);
GPtrArray       *liaison_document_get_links_of        (LiaisonDocument   *self,
                                                       LiaisonOrganization *organization);
guint            liaison_document_count_links_of      (LiaisonDocument   *self,
                                                       LiaisonOrganization *organization);
GPtrArray       *liaison_document_get_participations_of (LiaisonDocument *self,
                                                         LiaisonEntity   *organization_or_event);
LiaisonParticipation *liaison_document_find_participation (LiaisonDocument *self,
                                                         LiaisonEvent    *event,
                                                         const char      *organization,
                                                         const char      *person,
                                                         LiaisonRole      role);
gboolean         liaison_document_check_participation (LiaisonDocument *self,
                                                       LiaisonEvent    *event,
                                                       const char      *organization,
                                                       const char      *person,
                                                       LiaisonRole      role,
                                                       GError         **error);
GPtrArray       *liaison_document_get_people_of       (LiaisonDocument   *self,
                                                       LiaisonOrganization *organization);
GPtrArray       *liaison_document_get_parts_of        (LiaisonDocument   *self,
                                                       LiaisonEntity     *parent);
GPtrArray       *liaison_document_get_citing          (LiaisonDocument   *self,
                                                       LiaisonSource     *source);
GPtrArray       *liaison_document_derive_co_organization (LiaisonDocument *self);

G_END_DECLS
