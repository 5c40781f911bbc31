/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-test-ui.h: helpers for the ui tests: run the real application and find widgets. */

#pragma once

#include <adwaita.h>

#include "liaison-application.h"
#include "liaison-window.h"

G_BEGIN_DECLS

LiaisonApplication *liaison_test_ui_start_application (void);
LiaisonWindow      *liaison_test_ui_get_window        (LiaisonApplication *app);
void                liaison_test_ui_wait              (guint               milliseconds);
gboolean            liaison_test_ui_wait_for          (gboolean          (*condition) (gpointer data),
                                                       gpointer            data,
                                                       guint               timeout_ms);
GtkWidget          *liaison_test_ui_find              (GtkWidget          *root,
                                                       GType               type,
                                                       guint               index);
GtkWidget          *liaison_test_ui_find_label        (GtkWidget          *root,
                                                       const char         *text);
void                liaison_test_ui_stop_application  (LiaisonApplication *app);
void                liaison_test_ui_clear_drafts      (void);
AdwAlertDialog     *liaison_test_ui_get_alert         (GtkWidget          *window);
void                liaison_test_ui_respond           (AdwAlertDialog     *dialog,
                                                       const char         *response);
char               *liaison_test_ui_make_temp_dir     (void);
GtkStack           *liaison_test_ui_find_page_stack   (GtkWidget          *window);
GtkListBox         *liaison_test_ui_find_sidebar      (GtkWidget          *window);
GtkWidget          *liaison_test_ui_find_page         (GtkWidget          *window,
                                                       const char         *page);

G_END_DECLS
