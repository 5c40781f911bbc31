/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-recovery.h: drafts of unsaved changes, kept so a crash loses nothing. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_RECOVERY (liaison_recovery_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonRecovery, liaison_recovery, LIAISON, RECOVERY, GObject)

typedef struct
{
  GFile     *draft;     /* the saved document */
  char      *original;  /* URI of the user's file, or NULL when it had none */
  char      *title;     /* the document's name in the window title */
  GDateTime *saved;
} LiaisonDraft;

void             liaison_draft_free                (LiaisonDraft    *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonDraft, liaison_draft_free)

char            *liaison_recovery_get_directory    (void);
GPtrArray       *liaison_recovery_list_drafts      (void);
gboolean         liaison_recovery_delete_draft     (LiaisonDraft    *draft,
                                                    GError         **error);

LiaisonRecovery *liaison_recovery_new              (void);
guint            liaison_recovery_get_delay        (LiaisonRecovery *self);
void             liaison_recovery_set_delay        (LiaisonRecovery *self,
                                                    guint            milliseconds);
void             liaison_recovery_schedule         (LiaisonRecovery *self,
                                                    LiaisonDocument *document,
                                                    GFile           *original,
                                                    const char      *title);
gboolean         liaison_recovery_save_now         (LiaisonRecovery *self,
                                                    GError         **error);
void             liaison_recovery_discard          (LiaisonRecovery *self);
gboolean         liaison_recovery_get_has_draft    (LiaisonRecovery *self);

G_END_DECLS
