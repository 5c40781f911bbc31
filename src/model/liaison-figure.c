/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-figure.c: a reported number, as reported: "about 400", "over 500".
 *
 * Sources disagree (one counts about 400 participants, another over 500
 * viewers of the same webinar), so each figure keeps its own source.
 */

#define G_LOG_DOMAIN "liaison-figure"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-figure.h"

struct _LiaisonFigure
{
  gatomicrefcount   ref_count;
  gint64            count;
  LiaisonQualifier  qualifier;
  LiaisonDate       date;
  char             *note;
  char             *source;
  JsonObject       *extras;   /* fields of a newer version, kept */
};

G_DEFINE_BOXED_TYPE (LiaisonFigure, liaison_figure, liaison_figure_ref, liaison_figure_unref)

LiaisonFigure *
liaison_figure_new (gint64             count,
                    LiaisonQualifier   qualifier,
                    const LiaisonDate *date,
                    const char        *note,
                    const char        *source)
{
  LiaisonFigure *figure = g_new0 (LiaisonFigure, 1);

  g_atomic_ref_count_init (&figure->ref_count);
  figure->count = count;
  figure->qualifier = qualifier;
  if (date != NULL)
    figure->date = *date;
  figure->note = g_strdup (note);
  figure->source = g_strdup (source);

  return figure;
}

/* A copy of @figure that also carries @extras, members a newer version
 * wrote that this one does not know. */
LiaisonFigure *
liaison_figure_new_with_extras (const LiaisonFigure *figure,
                                JsonObject          *extras)
{
  LiaisonFigure *copy;

  g_return_val_if_fail (figure != NULL, NULL);

  copy = liaison_figure_new (figure->count, figure->qualifier, &figure->date, figure->note, figure->source);
  copy->extras = extras != NULL && json_object_get_size (extras) > 0 ? json_object_ref (extras) : NULL;

  return copy;
}

JsonObject *
liaison_figure_get_extras (const LiaisonFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);

  return figure->extras;
}

LiaisonFigure *
liaison_figure_ref (LiaisonFigure *figure)
{
  g_return_val_if_fail (figure != NULL, NULL);

  g_atomic_ref_count_inc (&figure->ref_count);

  return figure;
}

void
liaison_figure_unref (LiaisonFigure *figure)
{
  g_return_if_fail (figure != NULL);

  if (g_atomic_ref_count_dec (&figure->ref_count))
    {
      g_free (figure->note);
      g_free (figure->source);
      g_clear_pointer (&figure->extras, json_object_unref);
      g_free (figure);
    }
}

gint64
liaison_figure_get_count (const LiaisonFigure *figure)
{
  return figure->count;
}

LiaisonQualifier
liaison_figure_get_qualifier (const LiaisonFigure *figure)
{
  return figure->qualifier;
}

const LiaisonDate *
liaison_figure_get_date (const LiaisonFigure *figure)
{
  return &figure->date;
}

const char *
liaison_figure_get_note (const LiaisonFigure *figure)
{
  return figure->note;
}

const char *
liaison_figure_get_source (const LiaisonFigure *figure)
{
  return figure->source;
}

gboolean
liaison_figure_equal (const LiaisonFigure *a,
                      const LiaisonFigure *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  return a->count == b->count &&
         a->qualifier == b->qualifier &&
         liaison_date_equal (&a->date, &b->date) &&
         g_strcmp0 (a->note, b->note) == 0 &&
         g_strcmp0 (a->source, b->source) == 0;
}

/* The figure for people, with its qualifier: "about 400". */
char *
liaison_figure_format (const LiaisonFigure *figure)
{
  g_autofree char *number = g_strdup_printf ("%'" G_GINT64_FORMAT, figure->count);

  switch (figure->qualifier)
    {
    case LIAISON_QUALIFIER_ABOUT:
      /* Translators: an approximate count, as in "about 400". */
      return g_strdup_printf (C_("figure", "about %s"), number);

    case LIAISON_QUALIFIER_OVER:
      /* Translators: a count that was exceeded, as in "over 500". */
      return g_strdup_printf (C_("figure", "over %s"), number);

    case LIAISON_QUALIFIER_UNDER:
      /* Translators: a count not quite reached, as in "close to 210". */
      return g_strdup_printf (C_("figure", "close to %s"), number);

    case LIAISON_QUALIFIER_EXACT:
    default:
      return g_steal_pointer (&number);
    }
}
