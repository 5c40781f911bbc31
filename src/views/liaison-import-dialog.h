/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-import-dialog.h: the dialog that imports a spreadsheet or a network into a document. */

#pragma once

#include <adwaita.h>

#include "liaison-document.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_IMPORT_DIALOG (liaison_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonImportDialog, liaison_import_dialog, LIAISON, IMPORT_DIALOG, AdwDialog)

AdwDialog       *liaison_import_dialog_new          (LiaisonDocument     *document,
                                                     GFile               *file);
LiaisonDocument *liaison_import_dialog_get_document (LiaisonImportDialog *self);
GFile           *liaison_import_dialog_get_file     (LiaisonImportDialog *self);
gboolean         liaison_import_dialog_get_ready    (LiaisonImportDialog *self);

G_END_DECLS
