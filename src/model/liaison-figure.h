/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-figure.h: a reported number, as reported: "about 400", "over 500". */

#pragma once

#include <glib-object.h>

#include <json-glib/json-glib.h>

#include "liaison-date.h"
#include "liaison-enums.h"

G_BEGIN_DECLS

#define LIAISON_TYPE_FIGURE (liaison_figure_get_type ())

typedef struct _LiaisonFigure LiaisonFigure;

GType              liaison_figure_get_type      (void) G_GNUC_CONST;
LiaisonFigure     *liaison_figure_new           (gint64             count,
                                                 LiaisonQualifier   qualifier,
                                                 const LiaisonDate *date,
                                                 const char        *note,
                                                 const char        *source);
LiaisonFigure     *liaison_figure_new_with_extras (const LiaisonFigure *figure,
                                                   JsonObject          *extras);
JsonObject        *liaison_figure_get_extras    (const LiaisonFigure *figure);
LiaisonFigure     *liaison_figure_ref           (LiaisonFigure     *figure);
void               liaison_figure_unref         (LiaisonFigure     *figure);
gint64             liaison_figure_get_count     (const LiaisonFigure *figure);
LiaisonQualifier   liaison_figure_get_qualifier (const LiaisonFigure *figure);
const LiaisonDate *liaison_figure_get_date      (const LiaisonFigure *figure);
const char        *liaison_figure_get_note      (const LiaisonFigure *figure);
const char        *liaison_figure_get_source    (const LiaisonFigure *figure);
gboolean           liaison_figure_equal         (const LiaisonFigure *a,
                                                 const LiaisonFigure *b);
char              *liaison_figure_format        (const LiaisonFigure *figure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LiaisonFigure, liaison_figure_unref)

G_END_DECLS
