/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-window.h: one document window. */

#pragma once

#include <adwaita.h>

#include "liaison-application.h"
#include "model/liaison-document.h"
#include "model/liaison-recovery.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_WINDOW (liaison_window_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonWindow, liaison_window, LIAISON, WINDOW, AdwApplicationWindow)

LiaisonWindow   *liaison_window_new                 (LiaisonApplication *application);
const char      *liaison_window_get_page            (LiaisonWindow      *self);
void             liaison_window_set_page            (LiaisonWindow      *self,
                                                     const char         *page);
LiaisonDocument *liaison_window_get_document        (LiaisonWindow      *self);
GFile           *liaison_window_get_file            (LiaisonWindow      *self);
const char      *liaison_window_get_document_title  (LiaisonWindow      *self);
gboolean         liaison_window_is_pristine         (LiaisonWindow      *self);
void             liaison_window_open                (LiaisonWindow      *self,
                                                     GFile              *file);
void             liaison_window_open_sample         (LiaisonWindow      *self);
void             liaison_window_restore_draft       (LiaisonWindow      *self,
                                                     LiaisonDraft       *draft);
gboolean         liaison_window_save_to             (LiaisonWindow      *self,
                                                     GFile              *file,
                                                     GError            **error);
LiaisonEntity   *liaison_window_get_selected_entity (LiaisonWindow      *self);
void             liaison_window_show_entity         (LiaisonWindow      *self,
                                                     LiaisonEntity      *entity);
LiaisonRecovery *liaison_window_get_recovery        (LiaisonWindow      *self);
void             liaison_window_adopt               (LiaisonWindow      *self,
                                                     LiaisonWindow      *old);

G_END_DECLS
