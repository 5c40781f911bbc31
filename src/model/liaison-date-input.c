/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-date-input.c: dates as people type them, in English, Japanese, Chinese and Korean.
 *
 * Whatever the interface language, the date entry reads the forms people
 * of the five languages write: the file forms (2020-08-05, 2021-early),
 * 2020/8/5, "5 August 2020", "early August 2020", "mid-2021",
 * 2020年8月5日, 2020年8月上旬, 2020年末, 2020 年 8 月, 2020年8月5日（水）,
 * 2020년 8월 5일, 2020년 8월 초순, 2020년 말, and full-width digits. Each
 * number may carry its unit (年 月 日, 년 월 일); numbers without one are
 * read year first, then month, then day. Every date the interface shows,
 * in any of its languages, reads back as the same date. What cannot be
 * read is refused with a message saying why.
 */

#define G_LOG_DOMAIN "liaison-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-date-input.h"

G_DEFINE_QUARK (liaison-date-error-quark, liaison_date_error)

typedef enum
{
  UNIT_NONE,
  UNIT_YEAR,
  UNIT_MONTH,
  UNIT_DAY,
} Unit;

typedef struct
{
  guint value;
  guint digits;
  Unit  unit;
} Number;

#define MAX_NUMBERS 3

/* Words for a part of a year or month. Where one word begins another, the
 * longer comes first. */
static const struct
{
  const char      *word;
  LiaisonDatePart  part;
} part_words[] = {
  { "early", LIAISON_DATE_PART_EARLY },
  { "mid", LIAISON_DATE_PART_MID },
  { "middle", LIAISON_DATE_PART_MID },
  { "late", LIAISON_DATE_PART_LATE },
  /* Japanese and Chinese: the ten-day thirds of a month, and the
   * beginning, middle and end of a year or a month. */
  { "上旬", LIAISON_DATE_PART_EARLY },
  { "初旬", LIAISON_DATE_PART_EARLY },
  { "中旬", LIAISON_DATE_PART_MID },
  { "下旬", LIAISON_DATE_PART_LATE },
  { "初め", LIAISON_DATE_PART_EARLY },
  { "始め", LIAISON_DATE_PART_EARLY },
  { "半ば", LIAISON_DATE_PART_MID },
  { "年初", LIAISON_DATE_PART_EARLY },
  { "年中", LIAISON_DATE_PART_MID },
  { "年末", LIAISON_DATE_PART_LATE },
  { "年底", LIAISON_DATE_PART_LATE },
  { "月初", LIAISON_DATE_PART_EARLY },
  { "月中", LIAISON_DATE_PART_MID },
  { "月末", LIAISON_DATE_PART_LATE },
  { "月底", LIAISON_DATE_PART_LATE },
  { "初", LIAISON_DATE_PART_EARLY },
  { "中", LIAISON_DATE_PART_MID },
  { "末", LIAISON_DATE_PART_LATE },
  { "底", LIAISON_DATE_PART_LATE },
  /* Korean. */
  { "초순", LIAISON_DATE_PART_EARLY },
  { "중순", LIAISON_DATE_PART_MID },
  { "하순", LIAISON_DATE_PART_LATE },
  { "초반", LIAISON_DATE_PART_EARLY },
  { "중반", LIAISON_DATE_PART_MID },
  { "후반", LIAISON_DATE_PART_LATE },
  { "초", LIAISON_DATE_PART_EARLY },
  { "중", LIAISON_DATE_PART_MID },
  { "말", LIAISON_DATE_PART_LATE },
};

static const char * const english_months[] = {
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
};

/* A weekday in brackets after a date, as in 2020年8月5日（水）: left out. */
static const char * const weekdays[] = {
  "月", "火", "水", "木", "金", "土", "日", "祝",
  "월", "화", "수", "목", "금", "토", "일",
  "mon", "tue", "wed", "thu", "fri", "sat", "sun",
};
static const char * const chinese_week[] = { "星期", "周", "週" };

static gboolean
is_separator (gunichar c)
{
  return g_unichar_isspace (c) || c == '/' || c == '.' || c == ',' || c == '-' ||
         c == 0x3001 /* 、 */ || c == 0x2010 || c == 0x2011 /* hyphens */;
}

static Unit
unit_of (gunichar c)
{
  switch (c)
    {
    case 0x5E74: /* 年 */
    case 0xB144: /* 년 */
      return UNIT_YEAR;
    case 0x6708: /* 月 */
    case 0xC6D4: /* 월 */
      return UNIT_MONTH;
    case 0x65E5: /* 日 */
    case 0xC77C: /* 일 */
    case 0x53F7: /* 号 */
    case 0x865F: /* 號 */
      return UNIT_DAY;
    default:
      return UNIT_NONE;
    }
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

/* The word at @p: a run of letters, up to a digit or separator. */
static char *
dup_word (const char *p)
{
  const char *end = p;

  while (*end != '\0')
    {
      gunichar c = g_utf8_get_char (end);

      if (g_unichar_isdigit (c) || is_separator (c) || c == '(' || c == ')')
        break;
      end = g_utf8_next_char (end);
    }
  if (end == p)
    end = g_utf8_next_char (p);

  return g_strndup (p, end - p);
}

static gboolean
is_weekday (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  gsize length = strlen (stripped);

  for (guint i = 0; i < G_N_ELEMENTS (weekdays); i++)
    {
      if (g_str_equal (stripped, weekdays[i]))
        return TRUE;
      /* English in full: "wednesday", "wed.". */
      if (g_ascii_isalpha (weekdays[i][0]) && g_str_has_prefix (stripped, weekdays[i]) && length <= 9)
        return TRUE;
    }

  /* Chinese: 星期三, 周三, 週三. */
  for (guint i = 0; i < G_N_ELEMENTS (chinese_week); i++)
    {
      const char *day = stripped + strlen (chinese_week[i]);

      if (g_str_has_prefix (stripped, chinese_week[i]) && g_utf8_strlen (day, -1) == 1 &&
          strstr ("一二三四五六日天", day) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
set_error (GError     **error,
           int          code,
           const char  *format,
           ...) G_GNUC_PRINTF (3, 4);

static gboolean
set_error (GError     **error,
           int          code,
           const char  *format,
           ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (LIAISON_DATE_ERROR, code, format, args);
  va_end (args);

  return FALSE;
}

static gboolean
too_many (const char  *text,
          GError     **error)
{
  return set_error (error, LIAISON_DATE_ERROR_TOO_MANY,
                    /* Translators: %s is what the user typed as a date. */
                    _("“%s” has more numbers than a year, a month and a day"), text);
}

/* Reads the numbers, their units, a month's English name and a part of
 * the year or month from @normal. */
static gboolean
scan (const char       *text,
      const char       *normal,
      Number           *numbers,
      guint            *n_numbers,
      guint            *month_name,
      LiaisonDatePart  *part,
      GError          **error)
{
  const char *p = normal;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (is_separator (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }

      if (c >= '0' && c <= '9')
        {
          Number number = { 0, 0, UNIT_NONE };
          const char *after;

          for (; *p >= '0' && *p <= '9'; p++)
            {
              if (++number.digits > 4)
                return set_error (error, LIAISON_DATE_ERROR_NO_YEAR, _("Write the year with four digits, such as 2021"));
              number.value = number.value * 10 + (*p - '0');
            }

          after = skip_spaces (p);
          if ((number.unit = unit_of (g_utf8_get_char (after))) != UNIT_NONE)
            p = g_utf8_next_char (after);

          if (*n_numbers == MAX_NUMBERS)
            return too_many (text, error);
          numbers[(*n_numbers)++] = number;
          continue;
        }

      if (c == '(')
        {
          const char *close = strchr (p, ')');
          g_autofree char *inside = close != NULL ? g_strndup (p + 1, close - p - 1) : NULL;

          if (inside != NULL && is_weekday (inside))
            {
              p = close + 1;
              continue;
            }
        }

      {
        gboolean found = FALSE;
        g_autofree char *word = NULL;

        for (guint i = 0; i < G_N_ELEMENTS (part_words) && !found; i++)
          {
            gsize length = strlen (part_words[i].word);

            /* English words must end where the word does: "mid" is not "midnight". */
            if (strncmp (p, part_words[i].word, length) != 0 ||
                (g_ascii_isalpha (part_words[i].word[0]) && g_ascii_isalpha (p[length])))
              continue;
            if (*part != LIAISON_DATE_PART_NONE)
              return set_error (error, LIAISON_DATE_ERROR_TOO_MANY,
                                /* Translators: %s is what the user typed as a date. */
                                _("“%s” says early, mid or late more than once"), text);
            *part = part_words[i].part;
            p += length;
            found = TRUE;
          }
        if (found)
          continue;

        word = dup_word (p);
        for (guint m = 0; m < G_N_ELEMENTS (english_months) && g_ascii_isalpha (*word); m++)
          {
            /* "august", "aug", "aug.", "sept". */
            if (strlen (word) >= 3 && g_str_has_prefix (english_months[m], word))
              {
                if (*month_name != 0)
                  return too_many (text, error);
                *month_name = m + 1;
                found = TRUE;
                break;
              }
          }
        if (found)
          {
            p += strlen (word);
            continue;
          }

        return set_error (error, LIAISON_DATE_ERROR_UNKNOWN_WORD,
                          /* Translators: %s is a word the user typed in a date, such as “soon”. */
                          _("Liaison cannot read “%s” in a date"), word);
      }
    }

  return TRUE;
}

/* Parses a date as people type it (see the top of this file). Returns
 * FALSE, leaving @date unset and saying why in @error, for anything else,
 * for a day or month that does not exist, and for a year not written
 * with four digits. */
gboolean
liaison_date_parse_input (const char   *text,
                          LiaisonDate  *date,
                          GError      **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *stripped = NULL;
  Number numbers[MAX_NUMBERS];
  guint n_numbers = 0;
  guint month_name = 0;
  LiaisonDatePart part = LIAISON_DATE_PART_NONE;
  /* By unit; -1 while unknown. */
  int fields[] = { [UNIT_YEAR] = -1, [UNIT_MONTH] = -1, [UNIT_DAY] = -1 };
  int year_index = -1;

  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  *date = (LiaisonDate) LIAISON_DATE_INIT_NONE;
  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (*stripped == '\0')
    return set_error (error, LIAISON_DATE_ERROR_EMPTY, _("Type a date"));

  /* Full-width digits and brackets become ASCII ones. */
  normal = g_utf8_normalize (stripped, -1, G_NORMALIZE_NFKC);
  if (normal == NULL)
    return set_error (error, LIAISON_DATE_ERROR_UNKNOWN_WORD, _("Liaison cannot read “%s” in a date"), stripped);
  folded = g_utf8_strdown (normal, -1);

  if (!scan (stripped, folded, numbers, &n_numbers, &month_name, &part, error))
    return FALSE;

  /* Numbers that say what they are. */
  for (guint i = 0; i < n_numbers; i++)
    {
      Unit unit = numbers[i].unit;

      if (unit == UNIT_NONE)
        continue;
      if (fields[unit] >= 0)
        return too_many (stripped, error);
      if (unit == UNIT_YEAR && numbers[i].digits != 4)
        return set_error (error, LIAISON_DATE_ERROR_NO_YEAR, _("Write the year with four digits, such as 2021"));
      fields[unit] = numbers[i].value;
    }
  if (month_name != 0)
    {
      if (fields[UNIT_MONTH] >= 0)
        return too_many (stripped, error);
      fields[UNIT_MONTH] = month_name;
    }

  /* Else the year is the first bare number of four digits. */
  if (fields[UNIT_YEAR] < 0)
    {
      guint before = 0;

      for (guint i = 0; i < n_numbers && year_index < 0; i++)
        {
          if (numbers[i].unit != UNIT_NONE)
            continue;
          if (numbers[i].digits == 4)
            year_index = i;
          else
            before++;
        }
      if (year_index < 0)
        return set_error (error, LIAISON_DATE_ERROR_NO_YEAR, _("A date needs a year of four digits, such as 2021"));
      /* 5/8/2020 is 5 August in some places and 8 May in others. */
      if (before >= 2 && fields[UNIT_MONTH] < 0)
        return set_error (error, LIAISON_DATE_ERROR_AMBIGUOUS,
                          _("Write the year first, as in 2020-08-05, so that the month and the day are clear"));
      fields[UNIT_YEAR] = numbers[year_index].value;
    }

  /* The other bare numbers: the month, then the day. */
  for (guint i = 0; i < n_numbers; i++)
    {
      if (numbers[i].unit != UNIT_NONE || (int) i == year_index)
        continue;
      if (fields[UNIT_MONTH] < 0)
        fields[UNIT_MONTH] = numbers[i].value;
      else if (fields[UNIT_DAY] < 0)
        fields[UNIT_DAY] = numbers[i].value;
      else
        return too_many (stripped, error);
    }

  if (fields[UNIT_YEAR] < 1)
    return set_error (error, LIAISON_DATE_ERROR_NO_YEAR, _("There is no year 0"));
  if (fields[UNIT_DAY] >= 0 && fields[UNIT_MONTH] < 0)
    return set_error (error, LIAISON_DATE_ERROR_NO_SUCH_DAY,
                      /* Translators: %s is what the user typed as a date. */
                      _("“%s” has a day but no month"), stripped);
  if (fields[UNIT_MONTH] == 0 || fields[UNIT_MONTH] > 12)
    return set_error (error, LIAISON_DATE_ERROR_NO_SUCH_MONTH,
                      /* Translators: %d is a number, such as 13. */
                      _("There is no month %d"), fields[UNIT_MONTH]);
  if (fields[UNIT_DAY] >= 0 && !g_date_valid_dmy (fields[UNIT_DAY], fields[UNIT_MONTH], fields[UNIT_YEAR]))
    {
      LiaisonDate month_of_year = { fields[UNIT_YEAR], fields[UNIT_MONTH], 0, 0 };
      g_autofree char *shown = liaison_date_format (&month_of_year);

      return set_error (error, LIAISON_DATE_ERROR_NO_SUCH_DAY,
                        /* Translators: %1$s is a month such as “February 2021”, %2$d a day such as 30. */
                        _("%1$s has no day %2$d"), shown, fields[UNIT_DAY]);
    }
  if (fields[UNIT_DAY] >= 0 && part != LIAISON_DATE_PART_NONE)
    return set_error (error, LIAISON_DATE_ERROR_PART_OF_DAY,
                      _("A day cannot be early, mid or late: leave out the day or the part"));

  date->year = fields[UNIT_YEAR];
  date->month = MAX (fields[UNIT_MONTH], 0);
  date->day = MAX (fields[UNIT_DAY], 0);
  date->part = part;

  return TRUE;
}
