/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-application.h: the AdwApplication subclass. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LIAISON_TYPE_APPLICATION (liaison_application_get_type ())

G_DECLARE_FINAL_TYPE (LiaisonApplication, liaison_application, LIAISON, APPLICATION, AdwApplication)

LiaisonApplication *liaison_application_new          (void);
GSettings          *liaison_application_get_settings (LiaisonApplication *self);
guint               liaison_application_offer_drafts (LiaisonApplication *self);
void                liaison_application_set_language (LiaisonApplication *self,
                                                      const char         *language);

G_END_DECLS
