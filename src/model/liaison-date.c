/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-date.c: a date known to the day, the month, the year or a part of a month or year.
 *
 * Sources often give no more than "early 2021", "August 2020" or "mid-August
 * 2020"; a date keeps exactly what was reported. In files it is
 * "2020-08-05", "2020-08", "2020-08-mid", "2021" or "2021-early".
 */

#define G_LOG_DOMAIN "liaison-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-date.h"

G_DEFINE_BOXED_TYPE (LiaisonDate, liaison_date, liaison_date_copy, liaison_date_free)

LiaisonDate *
liaison_date_copy (const LiaisonDate *date)
{
  return g_memdup2 (date, sizeof *date);
}

void
liaison_date_free (LiaisonDate *date)
{
  g_free (date);
}

static const char *part_tokens[] = { NULL, "early", "mid", "late" };

static gboolean
parse_digits (const char *text,
              guint       n_digits,
              guint      *value)
{
  *value = 0;
  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }

  return TRUE;
}

static gboolean
parse_part (const char *text,
            guint      *part)
{
  for (guint i = LIAISON_DATE_PART_EARLY; i <= LIAISON_DATE_PART_LATE; i++)
    {
      if (strcmp (text, part_tokens[i]) == 0)
        {
          *part = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Parses the file form of a date. Returns FALSE, leaving @date unset, when
 * @text is not a valid date (including days that do not exist, like
 * 2021-02-30). */
gboolean
liaison_date_parse (const char  *text,
                    LiaisonDate *date)
{
  guint year, month = 0, day = 0, part = LIAISON_DATE_PART_NONE;
  gsize length;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  *date = (LiaisonDate) LIAISON_DATE_INIT_NONE;
  length = strlen (text);

  if (length < 4 || !parse_digits (text, 4, &year) || year < 1)
    return FALSE;

  if (length == 4)
    {
      date->year = year;
      return TRUE;
    }

  if (text[4] != '-')
    return FALSE;

  if (parse_part (text + 5, &part))
    {
      date->year = year;
      date->part = part;
      return TRUE;
    }

  if (length < 7 || !parse_digits (text + 5, 2, &month) || month < 1 || month > 12)
    return FALSE;

  if (length > 7)
    {
      if (text[7] != '-')
        return FALSE;
      if (!parse_part (text + 8, &part) &&
          (length != 10 || !parse_digits (text + 8, 2, &day) || !g_date_valid_dmy (day, month, year)))
        return FALSE;
    }

  date->year = year;
  date->month = month;
  date->day = day;
  date->part = part;

  return TRUE;
}

/* The file form of @date, or NULL when it is not set. */
char *
liaison_date_to_string (const LiaisonDate *date)
{
  if (!liaison_date_is_set (date))
    return NULL;

  if (date->day != 0)
    return g_strdup_printf ("%04u-%02u-%02u", date->year, date->month, date->day);
  if (date->month != 0 && date->part != LIAISON_DATE_PART_NONE && date->part <= LIAISON_DATE_PART_LATE)
    return g_strdup_printf ("%04u-%02u-%s", date->year, date->month, part_tokens[date->part]);
  if (date->month != 0)
    return g_strdup_printf ("%04u-%02u", date->year, date->month);
  if (date->part != LIAISON_DATE_PART_NONE && date->part <= LIAISON_DATE_PART_LATE)
    return g_strdup_printf ("%04u-%s", date->year, part_tokens[date->part]);

  return g_strdup_printf ("%04u", date->year);
}

gboolean
liaison_date_is_set (const LiaisonDate *date)
{
  return date != NULL && date->year != 0;
}

gboolean
liaison_date_equal (const LiaisonDate *a,
                    const LiaisonDate *b)
{
  if (!liaison_date_is_set (a) || !liaison_date_is_set (b))
    return liaison_date_is_set (a) == liaison_date_is_set (b);

  return a->year == b->year && a->month == b->month && a->day == b->day && a->part == b->part;
}

/* The months a part of a year spans, and the days a part of a month
 * spans: "early 2021" is January to April, "mid-2021" May to August,
 * "late 2021" September to December; early in a month is its first ten
 * days (上旬), mid its next ten (中旬), late the rest (下旬). */
static const guint8 part_first_months[] = { 1, 1, 5, 9 };
static const guint8 part_last_months[] = { 12, 4, 8, 12 };
static const guint8 part_first_days[] = { 1, 1, 11, 21 };
static const guint8 part_last_days[] = { 31, 10, 20, 31 };

static guint32
julian_day (guint year,
            guint month,
            guint day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, MIN (day, g_date_get_days_in_month (month, year)), month, year);

  return g_date_get_julian (&date);
}

/* The first day of the period @date stands for, as a Julian day number
 * (see GDate); 0 when it is not set. */
guint32
liaison_date_get_first_day (const LiaisonDate *date)
{
  guint part;

  if (!liaison_date_is_set (date))
    return 0;

  part = MIN (date->part, LIAISON_DATE_PART_LATE);
  if (date->day != 0)
    return julian_day (date->year, date->month, date->day);
  if (date->month != 0)
    return julian_day (date->year, date->month, part_first_days[part]);

  return julian_day (date->year, part_first_months[part], 1);
}

/* The last day of the period @date stands for, as a Julian day number;
 * 0 when it is not set. A link that ended "2021" ran through 31 December. */
guint32
liaison_date_get_last_day (const LiaisonDate *date)
{
  guint part;

  if (!liaison_date_is_set (date))
    return 0;

  part = MIN (date->part, LIAISON_DATE_PART_LATE);
  if (date->day != 0)
    return julian_day (date->year, date->month, date->day);
  if (date->month != 0)
    return julian_day (date->year, date->month, part_last_days[part]);

  return julian_day (date->year, part_last_months[part], 31);
}

/* How long the period a date stands for is, from a year (0) to a day (4). */
static int
precision_of (const LiaisonDate *date)
{
  if (date->day != 0)
    return 4;
  if (date->month != 0)
    return date->part != LIAISON_DATE_PART_NONE ? 3 : 2;

  return date->part != LIAISON_DATE_PART_NONE ? 1 : 0;
}

/* Orders dates by the day they start on, less precise first on ties
 * ("2020" before "2020-01" before "2020-01-early" before "2020-01-01");
 * unset dates come last. */
int
liaison_date_compare (const LiaisonDate *a,
                      const LiaisonDate *b)
{
  guint32 day_a = liaison_date_get_first_day (a);
  guint32 day_b = liaison_date_get_first_day (b);

  if (day_a == 0 || day_b == 0)
    return (day_a == 0) - (day_b == 0);
  if (day_a != day_b)
    return day_a < day_b ? -1 : 1;

  return precision_of (a) - precision_of (b);
}

static const char *
month_name (guint month)
{
  static const char *names[] = {
    NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
    NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
    NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
    NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
  };

  g_assert (month >= 1 && month <= 12);

  return g_dpgettext2 (GETTEXT_PACKAGE, "month name", names[month - 1]);
}

/* Fills the placeholders of a translated date pattern. Patterns use named
 * placeholders rather than printf positions so that each language can use
 * the fields it needs: "{day} {month} {year}" in English,
 * "{year}年{month_number}月{day}日" in Japanese. */
static char *
fill_pattern (const char        *pattern,
              const LiaisonDate *date)
{
  GString *result = g_string_new (NULL);
  const char *p = pattern;

  while (*p != '\0')
    {
      if (g_str_has_prefix (p, "{year}"))
        {
          g_string_append_printf (result, "%u", date->year);
          p += strlen ("{year}");
        }
      else if (g_str_has_prefix (p, "{month_number}"))
        {
          g_string_append_printf (result, "%u", date->month);
          p += strlen ("{month_number}");
        }
      else if (g_str_has_prefix (p, "{month}"))
        {
          g_string_append (result, month_name (date->month));
          p += strlen ("{month}");
        }
      else if (g_str_has_prefix (p, "{day}"))
        {
          g_string_append_printf (result, "%u", date->day);
          p += strlen ("{day}");
        }
      else
        {
          g_string_append_c (result, *p++);
        }
    }

  return g_string_free (result, FALSE);
}

/* @date for people, in the language of the interface: "5 August 2020",
 * "2020年8月5日", "2020년 8월 5일", "mid-August 2020". NULL when it is
 * not set. */
char *
liaison_date_format (const LiaisonDate *date)
{
  const char *pattern;

  if (!liaison_date_is_set (date))
    return NULL;

  if (date->day != 0)
    /* Translators: a full date. Placeholders: {year}, {month} (the month's name),
     * {month_number} (1–12) and {day}. Keep the braces; reorder as your language writes dates. */
    pattern = C_("date pattern", "{day} {month} {year}");
  else if (date->month != 0 && date->part == LIAISON_DATE_PART_EARLY)
    /* Translators: the first days of a month (its first ten, 上旬), as in
     * "early August 2020". Placeholders as for a month of a year. */
    pattern = C_("date pattern", "early {month} {year}");
  else if (date->month != 0 && date->part == LIAISON_DATE_PART_MID)
    /* Translators: the middle of a month (days 11 to 20, 中旬), as in
     * "mid-August 2020". Placeholders as for a month of a year. */
    pattern = C_("date pattern", "mid-{month} {year}");
  else if (date->month != 0 && date->part == LIAISON_DATE_PART_LATE)
    /* Translators: the last days of a month (from the 21st, 下旬), as in
     * "late August 2020". Placeholders as for a month of a year. */
    pattern = C_("date pattern", "late {month} {year}");
  else if (date->month != 0)
    /* Translators: a month of a year. Placeholders: {year}, {month} (the month's name),
     * {month_number} (1–12). Keep the braces. */
    pattern = C_("date pattern", "{month} {year}");
  else if (date->part == LIAISON_DATE_PART_EARLY)
    /* Translators: the first months of a year, as in "early 2021". Keep {year}. */
    pattern = C_("date pattern", "early {year}");
  else if (date->part == LIAISON_DATE_PART_MID)
    /* Translators: the middle of a year, as in "mid-2021". Keep {year}. */
    pattern = C_("date pattern", "mid-{year}");
  else if (date->part == LIAISON_DATE_PART_LATE)
    /* Translators: the last months of a year, as in "late 2021". Keep {year}. */
    pattern = C_("date pattern", "late {year}");
  else
    /* Translators: a year alone. Keep {year}. */
    pattern = C_("date pattern", "{year}");

  return fill_pattern (pattern, date);
}

/* A period for people: "5 August 2020", or "6 July 2020 – 13 July 2020"
 * when @end differs from @start. NULL when @start is not set. */
char *
liaison_date_format_range (const LiaisonDate *start,
                           const LiaisonDate *end)
{
  g_autofree char *first = liaison_date_format (start);
  g_autofree char *last = NULL;

  if (first == NULL)
    return NULL;
  if (!liaison_date_is_set (end) || liaison_date_equal (start, end))
    return g_steal_pointer (&first);

  last = liaison_date_format (end);

  /* Translators: a period from one date to another. */
  return g_strdup_printf (C_("date range", "%s – %s"), first, last);
}
