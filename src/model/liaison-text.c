/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-text.c: a name or title in several languages.
 *
 * Immutable and reference counted: an edit makes a new text, so the undo
 * stack can keep the old one and the views can compare by pointer. Being
 * immutable, a text is one block of memory, its lists and strings after
 * it, rather than five blocks or more: large documents have a name for
 * each of 100,000 organizations.
 */

#define G_LOG_DOMAIN "liaison-text"

#include "config.h"

#include <string.h>

#include "liaison-text.h"

struct _LiaisonText
{
  gatomicrefcount   ref_count;
  guint             n_items;
  char            **languages;  /* in the text's block, as are the strings */
  char            **values;
  char             *folded;     /* all values, case-folded, for searching */
};

G_DEFINE_BOXED_TYPE (LiaisonText, liaison_text, liaison_text_ref, liaison_text_unref)

/* A text of the @n_items values in @values, in the @languages, all
 * copied into its block. */
static LiaisonText *
liaison_text_alloc (guint               n_items,
                    const char * const *languages,
                    const char * const *values)
{
  gsize size = sizeof (LiaisonText) + 2 * (n_items + 1) * sizeof (char *);
  LiaisonText *text;
  char *next;

  for (guint i = 0; i < n_items; i++)
    size += strlen (languages[i]) + 1 + strlen (values[i]) + 1;

  text = g_malloc (size);
  g_atomic_ref_count_init (&text->ref_count);
  text->n_items = n_items;
  text->languages = (char **) (text + 1);
  text->values = text->languages + n_items + 1;
  text->folded = NULL;

  next = (char *) (text->values + n_items + 1);
  for (guint i = 0; i < n_items; i++)
    {
      text->languages[i] = next;
      next = g_stpcpy (next, languages[i]) + 1;
      text->values[i] = next;
      next = g_stpcpy (next, values[i]) + 1;
    }
  text->languages[n_items] = NULL;
  text->values[n_items] = NULL;

  g_assert (next == (char *) text + size);

  return text;
}

/* A text with one value, or none when @value is NULL. */
LiaisonText *
liaison_text_new (const char *language,
                  const char *value)
{
  if (language == NULL || value == NULL)
    return liaison_text_alloc (0, NULL, NULL);

  return liaison_text_alloc (1, &language, &value);
}

LiaisonText *
liaison_text_ref (LiaisonText *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  g_atomic_ref_count_inc (&text->ref_count);

  return text;
}

void
liaison_text_unref (LiaisonText *text)
{
  g_return_if_fail (text != NULL);

  if (g_atomic_ref_count_dec (&text->ref_count))
    {
      g_free (text->folded);
      g_free (text);
    }
}

/* A copy of @text in which @language has @value; a NULL or empty @value
 * removes the language. The order of the other languages is kept, and a
 * new language comes last. */
LiaisonText *
liaison_text_with (const LiaisonText *text,
                   const char        *language,
                   const char        *value)
{
  gboolean removing = value == NULL || *value == '\0';
  gboolean present = liaison_text_get (text, language) != NULL;
  g_autofree const char **languages = NULL;
  g_autofree const char **values = NULL;
  guint n_items, j = 0;

  g_return_val_if_fail (language != NULL, NULL);

  n_items = text != NULL ? text->n_items : 0;
  if (removing && present)
    n_items--;
  else if (!removing && !present)
    n_items++;

  languages = g_new (const char *, n_items + 1);
  values = g_new (const char *, n_items + 1);

  for (guint i = 0; text != NULL && i < text->n_items; i++)
    {
      if (strcmp (text->languages[i], language) == 0)
        {
          if (removing)
            continue;
          languages[j] = language;
          values[j++] = value;
        }
      else
        {
          languages[j] = text->languages[i];
          values[j++] = text->values[i];
        }
    }

  if (!removing && !present)
    {
      languages[j] = language;
      values[j++] = value;
    }

  g_assert (j == n_items);

  return liaison_text_alloc (n_items, languages, values);
}

guint
liaison_text_get_n_items (const LiaisonText *text)
{
  return text != NULL ? text->n_items : 0;
}

const char *
liaison_text_get_language (const LiaisonText *text,
                           guint              index)
{
  g_return_val_if_fail (text != NULL && index < text->n_items, NULL);

  return text->languages[index];
}

const char *
liaison_text_get_value (const LiaisonText *text,
                        guint              index)
{
  g_return_val_if_fail (text != NULL && index < text->n_items, NULL);

  return text->values[index];
}

/* The value in exactly @language, or NULL. */
const char *
liaison_text_get (const LiaisonText *text,
                  const char        *language)
{
  if (text == NULL || language == NULL)
    return NULL;

  for (guint i = 0; i < text->n_items; i++)
    {
      if (strcmp (text->languages[i], language) == 0)
        return text->values[i];
    }

  return NULL;
}

/* The value to show a reader of @language: in @language, else in English,
 * else in @original_language (the language of the organization's
 * country), else the first there is. @found_language, when given, says
 * which it was, so the caller can mark the text with its language. */
const char *
liaison_text_lookup (const LiaisonText  *text,
                     const char         *language,
                     const char         *original_language,
                     const char        **found_language)
{
  const char *order[] = { language, "en", original_language };

  if (found_language != NULL)
    *found_language = NULL;
  if (text == NULL || text->n_items == 0)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *value = liaison_text_get (text, order[i]);

      if (value != NULL)
        {
          if (found_language != NULL)
            *found_language = order[i];
          return value;
        }
    }

  if (found_language != NULL)
    *found_language = text->languages[0];

  return text->values[0];
}

gboolean
liaison_text_equal (const LiaisonText *a,
                    const LiaisonText *b)
{
  if (a == b)
    return TRUE;
  if (liaison_text_get_n_items (a) != liaison_text_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < a->n_items; i++)
    {
      if (strcmp (a->languages[i], b->languages[i]) != 0 ||
          strcmp (a->values[i], b->values[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

/* Whether any of the values contains @folded_needle, which the caller has
 * passed through g_utf8_casefold (g_utf8_normalize (…, G_NORMALIZE_ALL_COMPOSE)). */
gboolean
liaison_text_contains (const LiaisonText *text,
                       const char        *folded_needle)
{
  LiaisonText *mutable_text = (LiaisonText *) text;

  if (text == NULL)
    return FALSE;

  if (text->folded == NULL)
    {
      g_autofree char *joined = g_strjoinv ("\n", text->values);
      g_autofree char *normalized = NULL;
      gboolean ascii = TRUE;

      for (const char *p = joined; *p != '\0' && ascii; p++)
        ascii = (guchar) *p < 0x80;

      /* ASCII text is its own normal form and folds to its lower case. */
      if (ascii)
        {
          mutable_text->folded = g_ascii_strdown (joined, -1);
        }
      else
        {
          normalized = g_utf8_normalize (joined, -1, G_NORMALIZE_ALL_COMPOSE);
          mutable_text->folded = g_utf8_casefold (normalized != NULL ? normalized : "", -1);
        }
    }

  return strstr (text->folded, folded_needle) != NULL;
}
