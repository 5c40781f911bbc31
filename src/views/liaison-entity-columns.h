/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-entity-columns.h: which columns each list shows, and what is in them. */

#pragma once

#include "model/liaison-document.h"

G_BEGIN_DECLS

typedef struct _LiaisonColumn LiaisonColumn;

struct _LiaisonColumn
{
  const char  *id;
  /* Marked with N_(); translate when showing. */
  const char  *title;
  gboolean     expand;
  gboolean     numeric;
  /* A fixed width in pixels, or 0 to share what is left. */
  int          width;
  /* The cell's text, newly allocated, or NULL for an empty cell. */
  char      *(*text)    (LiaisonDocument *document,
                         LiaisonEntity   *entity);
  /* When set, the column sorts by this number instead of by its text. */
  gint64     (*number)  (LiaisonDocument *document,
                         LiaisonEntity   *entity);
  /* When set, a style class for the cell, such as "accent" for plans. */
  const char *(*style)  (LiaisonEntity   *entity);
};

const LiaisonColumn *liaison_entity_columns_get          (GType            entity_type,
                                                          guint           *n_columns);
char                *liaison_entity_columns_dup_summary  (LiaisonDocument *document,
                                                          LiaisonEntity   *entity);
char                *liaison_entity_columns_dup_secondary (LiaisonDocument *document,
                                                          LiaisonEntity   *entity);
char                *liaison_entity_columns_dup_title    (LiaisonDocument *document,
                                                          const char      *id);

G_END_DECLS
