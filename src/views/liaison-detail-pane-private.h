/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-detail-pane-private.h: what the detail pane's files share: its fields and their helpers. */

#pragma once

#include "liaison-detail-pane.h"

G_BEGIN_DECLS

struct _LiaisonDetailPane
{
  AdwBin              parent_instance;

  LiaisonDocument    *document;
  LiaisonEntity      *entity;
  char               *title;

  /* Template widgets */
  GtkStack           *stack;
  AdwPreferencesPage *page;
  GtkWidget          *header;
  GtkImage           *icon;
  GtkLabel           *title_label;
  GtkLabel           *subtitle_label;

  /* The groups of the record's own fields, built once per record and
   * updated in place so that nobody's typing is disturbed. */
  GPtrArray          *field_groups;
  GPtrArray          *fields;
  /* The sources group, kept after the related records. */
  AdwPreferencesGroup *tail_group;
  /* Set while rows are torn down, when they must not edit. */
  guint               rebuilding : 1;
  /* The groups listing related records, rebuilt only when what they
   * list has changed (related_key tells). */
  GPtrArray          *related_groups;
  char               *related_key;
};

/* liaison-detail-pane.c */
char       *_liaison_detail_pane_dup_title_of     (LiaisonDetailPane *self,
                                                   LiaisonEntity     *entity);
const char *_liaison_detail_pane_get_icon_name    (LiaisonEntity     *entity);
void        _liaison_detail_pane_emit_activate    (LiaisonDetailPane *self,
                                                   LiaisonEntity     *entity);
void        _liaison_detail_pane_show_message     (LiaisonDetailPane *self,
                                                   const char        *message);
void        _liaison_detail_pane_show_error       (LiaisonDetailPane *self,
                                                   GtkWidget         *widget,
                                                   const GError      *error);
GtkWidget  *_liaison_detail_pane_related_row_new  (LiaisonDetailPane *self,
                                                   LiaisonEntity     *target,
                                                   const char        *title,
                                                   const char        *subtitle,
                                                   GtkWidget         *extra);
char       *_liaison_detail_pane_join             (guint              n_pieces,
                                                   ...);

/* liaison-detail-pane-fields.c */
void        _liaison_detail_pane_build_fields     (LiaisonDetailPane *self);
void        _liaison_detail_pane_update_fields    (LiaisonDetailPane *self,
                                                   GParamSpec        *pspec);
void        _liaison_detail_pane_clear_fields     (LiaisonDetailPane *self);

/* liaison-detail-pane-related.c */
void        _liaison_detail_pane_update_related   (LiaisonDetailPane *self);
void        _liaison_detail_pane_clear_related    (LiaisonDetailPane *self);

/* liaison-detail-pane-participants.c */
GtkWidget  *_liaison_detail_pane_participant_menu_new      (LiaisonDetailPane    *self,
                                                            LiaisonParticipation *participation);
GtkWidget  *_liaison_detail_pane_add_participant_row_new   (void);
void        _liaison_detail_pane_class_init_participants   (GtkWidgetClass       *widget_class);
void        _liaison_detail_pane_update_participant_actions (LiaisonDetailPane   *self);

G_END_DECLS
