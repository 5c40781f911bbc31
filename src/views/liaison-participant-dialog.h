/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-participant-dialog.h: adds an organization, or a person with their organization, to an event, in a role. */

#pragma once

#include <adwaita.h>

#include "model/liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_PARTICIPANT_DIALOG (liaison_participant_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonParticipantDialog, liaison_participant_dialog, LIAISON, PARTICIPANT_DIALOG, AdwDialog)

AdwDialog *liaison_participant_dialog_new (LiaisonDocument *document,
                                           LiaisonEvent    *event);

G_END_DECLS
