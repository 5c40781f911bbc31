/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-csv-import.c: which columns of a spreadsheet hold which fields, and the records its rows become.
 *
 * The mapping is guessed from the header row, in any of the five interface
 * languages ("Name", "組織名", "组织名称", "名稱", "기관명" all hold names),
 * and from the columns Liaison's own CSV export writes. Rows that cannot
 * be used are reported with their line and left out; the rest become
 * candidates of a LiaisonMerge, which matches organizations by name or
 * acronym so that a spreadsheet imported twice adds nothing the second time.
 */

#define G_LOG_DOMAIN "liaison-csv-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-csv-import.h"
#include "liaison-interop.h"
#include "liaison-language.h"

struct _LiaisonCsvImport
{
  GObject            parent_instance;

  LiaisonCsvTable   *table;
  LiaisonCsvRecords  records;
  GArray            *fields;   /* of LiaisonCsvField, one per column */
};

enum {
  PROP_0,
  PROP_TABLE,
  PROP_RECORDS,
  N_PROPS
};

enum {
  MAPPING_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonCsvImport, liaison_csv_import, G_TYPE_OBJECT)

static const LiaisonCsvField organization_fields[] = {
  LIAISON_CSV_FIELD_IGNORE, LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_NAME_EN, LIAISON_CSV_FIELD_NAME_JA,
  LIAISON_CSV_FIELD_NAME_ZH_CN, LIAISON_CSV_FIELD_NAME_ZH_TW, LIAISON_CSV_FIELD_NAME_KO,
  LIAISON_CSV_FIELD_SHORT_NAME, LIAISON_CSV_FIELD_KIND, LIAISON_CSV_FIELD_COUNTRY, LIAISON_CSV_FIELD_CITY,
  LIAISON_CSV_FIELD_WEBSITE, LIAISON_CSV_FIELD_FOUNDED, LIAISON_CSV_FIELD_DESCRIPTION,
};

static const LiaisonCsvField event_fields[] = {
  LIAISON_CSV_FIELD_IGNORE, LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_NAME_EN, LIAISON_CSV_FIELD_NAME_JA,
  LIAISON_CSV_FIELD_NAME_ZH_CN, LIAISON_CSV_FIELD_NAME_ZH_TW, LIAISON_CSV_FIELD_NAME_KO,
  LIAISON_CSV_FIELD_KIND, LIAISON_CSV_FIELD_START, LIAISON_CSV_FIELD_END, LIAISON_CSV_FIELD_STATUS,
  LIAISON_CSV_FIELD_ONLINE, LIAISON_CSV_FIELD_CITY, LIAISON_CSV_FIELD_COUNTRY, LIAISON_CSV_FIELD_DESCRIPTION,
  LIAISON_CSV_FIELD_HOSTS, LIAISON_CSV_FIELD_PARTICIPANTS,
};

static const LiaisonCsvField link_fields[] = {
  LIAISON_CSV_FIELD_IGNORE, LIAISON_CSV_FIELD_FROM, LIAISON_CSV_FIELD_TO, LIAISON_CSV_FIELD_KIND,
  LIAISON_CSV_FIELD_START, LIAISON_CSV_FIELD_END, LIAISON_CSV_FIELD_STATUS, LIAISON_CSV_FIELD_DIRECTED,
  LIAISON_CSV_FIELD_SCOPE, LIAISON_CSV_FIELD_DESCRIPTION,
};

/* Header words for each field, in the five interface languages and as
 * Liaison's export writes them. Compared through liaison_interop_fold_key(). */
static const struct
{
  LiaisonCsvField  field;
  const char      *words;
} header_words[] = {
  { LIAISON_CSV_FIELD_NAME,
    "name|organization|organisation|organization name|organisation name|title|event|event name|event title|"
    "名称|名前|組織|組織名|団体名|機関名|件名|タイトル|イベント|イベント名|行事名|"
    "组织|组织名称|机构|机构名称|单位|单位名称|标题|活动|活动名称|"
    "名稱|組織名稱|機構|機構名稱|單位|單位名稱|標題|活動|活動名稱|"
    "이름|명칭|기관|기관명|조직|조직명|단체명|제목|행사|행사명|이벤트|이벤트명" },
  { LIAISON_CSV_FIELD_NAME_EN,
    "name_en|name en|english name|name in english|title_en|english title|英語名|英語名称|英文名|英文名称|英文名稱|영문명|영어명|영문 명칭" },
  { LIAISON_CSV_FIELD_NAME_JA,
    "name_ja|japanese name|name in japanese|title_ja|日本語名|日本語名称|日文名|日文名称|日文名稱|일본어명" },
  { LIAISON_CSV_FIELD_NAME_ZH_CN,
    "name_zh_cn|chinese name|simplified chinese name|name in chinese|title_zh_cn|中国語名|简体中文名|简体名称|中文名|中文名称|簡體中文名|중국어명" },
  { LIAISON_CSV_FIELD_NAME_ZH_TW,
    "name_zh_tw|traditional chinese name|title_zh_tw|繁体字名|繁体中文名|繁體中文名|繁體名稱|中文名稱|대만어명|번체명" },
  { LIAISON_CSV_FIELD_NAME_KO,
    "name_ko|korean name|name in korean|title_ko|韓国語名|韩文名|韩语名称|韓文名|韓文名稱|한국어명|국문명|한글명|국문 명칭" },
  { LIAISON_CSV_FIELD_SHORT_NAME,
    "short_name|short name|acronym|abbreviation|abbr|略称|略語|略名|简称|缩写|簡稱|縮寫|약칭|약어|약자" },
  { LIAISON_CSV_FIELD_KIND,
    "kind|type|category|種類|種別|分類|区分|类型|类别|類型|類別|유형|종류|구분|분류" },
  { LIAISON_CSV_FIELD_COUNTRY,
    "country|nation|country/region|country or region|国|国名|国・地域|国家|国家/地区|國家|國家/地區|地区|地區|국가|나라|국가/지역" },
  { LIAISON_CSV_FIELD_CITY,
    "city|town|municipality|都市|市区町村|城市|도시" },
  { LIAISON_CSV_FIELD_WEBSITE,
    "website|web site|url|web|homepage|home page|site|ウェブサイト|ホームページ|网站|网址|網站|網址|웹사이트|홈페이지" },
  { LIAISON_CSV_FIELD_FOUNDED,
    "founded|established|year founded|founding year|year established|設立|設立年|創立|創設|成立|成立时间|成立年份|成立時間|設立年份|설립|설립연도|설립년도|창립" },
  { LIAISON_CSV_FIELD_DESCRIPTION,
    "description|notes|note|remarks|remark|comment|comments|summary|説明|概要|備考|メモ|描述|说明|备注|简介|說明|備註|簡介|설명|비고|메모|개요" },
  { LIAISON_CSV_FIELD_START,
    "start|start date|date|begin|begins|since|signed|date signed|開始|開始日|日付|日時|開催日|締結日|"
    "开始|开始日期|日期|举办日期|签署日期|開始日期|舉辦日期|簽署日期|시작|시작일|날짜|일자|개최일|체결일" },
  { LIAISON_CSV_FIELD_END,
    "end|end date|until|ends|expires|終了|終了日|満了日|结束|结束日期|到期|結束|結束日期|종료|종료일|만료일" },
  { LIAISON_CSV_FIELD_STATUS,
    "status|state|状態|状況|ステータス|状态|狀態|상태|현황" },
  { LIAISON_CSV_FIELD_ONLINE,
    "online|virtual|オンライン|线上|在线|線上|온라인" },
  { LIAISON_CSV_FIELD_HOSTS,
    "host|hosts|organizer|organizers|organiser|organisers|主催|主催者|主催団体|主办|主办方|主办单位|主辦|主辦單位|주최|주최기관|주최자" },
  { LIAISON_CSV_FIELD_PARTICIPANTS,
    "participants|participant|attendees|participating organizations|参加者|参加団体|参加機関|参与者|参与机构|参加单位|參與者|參與機構|參加單位|참가자|참가기관|참여기관" },
  { LIAISON_CSV_FIELD_FROM,
    "from|source|organization a|organisation a|org a|party a|partner a|organization 1|party 1|partner 1|"
    "甲|甲方|組織a|組織1|当事者1|组织a|组织1|機構a|機構1|기관a|기관1|당사자1" },
  { LIAISON_CSV_FIELD_TO,
    "to|target|organization b|organisation b|org b|party b|partner b|organization 2|party 2|partner 2|partner|"
    "乙|乙方|組織b|組織2|当事者2|相手|相手先|组织b|组织2|合作方|機構b|機構2|合作對象|기관b|기관2|당사자2|상대기관" },
  { LIAISON_CSV_FIELD_DIRECTED,
    "directed|direction|有向|方向|방향" },
  { LIAISON_CSV_FIELD_SCOPE,
    "scope|fields|areas|topics|分野|領域|领域|范围|範圍|분야|범위" },
};

static const char *field_languages[] = {
  [LIAISON_CSV_FIELD_NAME_EN] = "en",
  [LIAISON_CSV_FIELD_NAME_JA] = "ja",
  [LIAISON_CSV_FIELD_NAME_ZH_CN] = "zh_CN",
  [LIAISON_CSV_FIELD_NAME_ZH_TW] = "zh_TW",
  [LIAISON_CSV_FIELD_NAME_KO] = "ko",
};

const LiaisonCsvField *
liaison_csv_records_get_fields (LiaisonCsvRecords  records,
                                guint             *n_fields)
{
  switch (records)
    {
    case LIAISON_CSV_RECORDS_EVENTS:
      *n_fields = G_N_ELEMENTS (event_fields);
      return event_fields;

    case LIAISON_CSV_RECORDS_LINKS:
      *n_fields = G_N_ELEMENTS (link_fields);
      return link_fields;

    case LIAISON_CSV_RECORDS_ORGANIZATIONS:
    default:
      *n_fields = G_N_ELEMENTS (organization_fields);
      return organization_fields;
    }
}

const char *
liaison_csv_records_get_label (LiaisonCsvRecords records)
{
  switch (records)
    {
    case LIAISON_CSV_RECORDS_EVENTS:
      return _("Events");
    case LIAISON_CSV_RECORDS_LINKS:
      return _("Cooperation Links");
    case LIAISON_CSV_RECORDS_ORGANIZATIONS:
    default:
      return _("Organizations");
    }
}

static gboolean
records_have_field (LiaisonCsvRecords records,
                    LiaisonCsvField   field)
{
  guint n_fields;
  const LiaisonCsvField *fields = liaison_csv_records_get_fields (records, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i] == field)
        return TRUE;
    }

  return FALSE;
}

/* What @field is called in the column mapping, for @records. The
 * returned string lives as long as the program. */
const char *
liaison_csv_field_get_label (LiaisonCsvField   field,
                             LiaisonCsvRecords records)
{
  gboolean events = records == LIAISON_CSV_RECORDS_EVENTS;

  switch (field)
    {
    case LIAISON_CSV_FIELD_IGNORE:
      return C_("csv column", "Do Not Import");
    case LIAISON_CSV_FIELD_NAME:
      return events ? C_("csv column", "Title") : C_("csv column", "Name");
    case LIAISON_CSV_FIELD_NAME_EN:
    case LIAISON_CSV_FIELD_NAME_JA:
    case LIAISON_CSV_FIELD_NAME_ZH_CN:
    case LIAISON_CSV_FIELD_NAME_ZH_TW:
    case LIAISON_CSV_FIELD_NAME_KO:
      {
        const char *native = liaison_language_get_native_name (field_languages[field]);
        g_autofree char *label = events
          /* Translators: a column of a spreadsheet: the title of events in a language, such as "Title in 日本語". */
          ? g_strdup_printf (C_("csv column", "Title in %s"), native)
          /* Translators: a column of a spreadsheet: names in a language, such as "Name in 日本語". */
          : g_strdup_printf (C_("csv column", "Name in %s"), native);

        return g_intern_string (label);
      }
    case LIAISON_CSV_FIELD_SHORT_NAME:
      return C_("csv column", "Short name");
    case LIAISON_CSV_FIELD_KIND:
      return C_("csv column", "Kind");
    case LIAISON_CSV_FIELD_COUNTRY:
      return C_("csv column", "Country");
    case LIAISON_CSV_FIELD_CITY:
      return C_("csv column", "City");
    case LIAISON_CSV_FIELD_WEBSITE:
      return C_("csv column", "Website");
    case LIAISON_CSV_FIELD_FOUNDED:
      return C_("csv column", "Year Founded");
    case LIAISON_CSV_FIELD_DESCRIPTION:
      return records == LIAISON_CSV_RECORDS_LINKS ? C_("csv column", "Note") : C_("csv column", "Description");
    case LIAISON_CSV_FIELD_START:
      return C_("csv column", "Start");
    case LIAISON_CSV_FIELD_END:
      return C_("csv column", "End");
    case LIAISON_CSV_FIELD_STATUS:
      return C_("csv column", "Status");
    case LIAISON_CSV_FIELD_ONLINE:
      return C_("csv column", "Online");
    case LIAISON_CSV_FIELD_HOSTS:
      return C_("csv column", "Hosts");
    case LIAISON_CSV_FIELD_PARTICIPANTS:
      return C_("csv column", "Participants");
    case LIAISON_CSV_FIELD_FROM:
      return C_("csv column", "First Organization");
    case LIAISON_CSV_FIELD_TO:
      return C_("csv column", "Second Organization");
    case LIAISON_CSV_FIELD_DIRECTED:
      return C_("csv column", "Directed");
    case LIAISON_CSV_FIELD_SCOPE:
      return C_("csv column", "Scope");
    case LIAISON_CSV_N_FIELDS:
    default:
      g_return_val_if_reached ("");
    }
}

/* ---------------------------------------------------------------------- */
/* Guessing                                                                */

static gboolean
words_match (const char *words,
             const char *key)
{
  g_auto(GStrv) list = g_strsplit (words, "|", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *word_key = liaison_interop_fold_key (list[i]);

      if (strcmp (word_key, key) == 0)
        return TRUE;
    }

  return FALSE;
}

static LiaisonCsvField
guess_field (const char        *header,
             LiaisonCsvRecords  records)
{
  g_autofree char *key = liaison_interop_fold_key (header);

  if (*key == '\0')
    return LIAISON_CSV_FIELD_IGNORE;

  for (guint i = 0; i < G_N_ELEMENTS (header_words); i++)
    {
      if (records_have_field (records, header_words[i].field) && words_match (header_words[i].words, key))
        return header_words[i].field;
    }

  return LIAISON_CSV_FIELD_IGNORE;
}

static void
guess_fields (LiaisonCsvImport *self)
{
  guint n_columns = liaison_csv_table_get_n_columns (self->table);
  gboolean taken[LIAISON_CSV_N_FIELDS] = { FALSE, };

  g_array_set_size (self->fields, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      LiaisonCsvField field = guess_field (liaison_csv_table_get_header (self->table, c), self->records);

      /* Two columns for one field: the first wins, except where several make sense. */
      if (taken[field] && field != LIAISON_CSV_FIELD_HOSTS && field != LIAISON_CSV_FIELD_PARTICIPANTS &&
          field != LIAISON_CSV_FIELD_DESCRIPTION && field != LIAISON_CSV_FIELD_SCOPE)
        field = LIAISON_CSV_FIELD_IGNORE;
      taken[field] = TRUE;
      g_array_index (self->fields, LiaisonCsvField, c) = field;
    }
}

/* Guesses what the rows are and which column holds what, from the header. */
void
liaison_csv_import_guess (LiaisonCsvImport *self)
{
  guint n_columns;
  gboolean from = FALSE, to = FALSE, start = FALSE, title = FALSE;

  g_return_if_fail (LIAISON_IS_CSV_IMPORT (self));

  n_columns = liaison_csv_table_get_n_columns (self->table);
  for (guint c = 0; c < n_columns; c++)
    {
      const char *header = liaison_csv_table_get_header (self->table, c);
      g_autofree char *key = liaison_interop_fold_key (header);

      from |= guess_field (header, LIAISON_CSV_RECORDS_LINKS) == LIAISON_CSV_FIELD_FROM;
      to |= guess_field (header, LIAISON_CSV_RECORDS_LINKS) == LIAISON_CSV_FIELD_TO;
      start |= guess_field (header, LIAISON_CSV_RECORDS_EVENTS) == LIAISON_CSV_FIELD_START;
      title |= g_str_has_prefix (key, "title") || words_match ("タイトル|イベント|イベント名|标题|活动|標題|活動|제목|행사|행사명", key);
    }

  if (from && to)
    self->records = LIAISON_CSV_RECORDS_LINKS;
  else if (title || start)
    self->records = LIAISON_CSV_RECORDS_EVENTS;
  else
    self->records = LIAISON_CSV_RECORDS_ORGANIZATIONS;

  guess_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDS]);
  g_signal_emit (self, signals[MAPPING_CHANGED], 0);
}

LiaisonCsvImport *
liaison_csv_import_new (LiaisonCsvTable *table)
{
  g_return_val_if_fail (LIAISON_IS_CSV_TABLE (table), NULL);

  return g_object_new (LIAISON_TYPE_CSV_IMPORT, "table", table, NULL);
}

LiaisonCsvTable *
liaison_csv_import_get_table (LiaisonCsvImport *self)
{
  g_return_val_if_fail (LIAISON_IS_CSV_IMPORT (self), NULL);

  return self->table;
}

LiaisonCsvRecords
liaison_csv_import_get_records (LiaisonCsvImport *self)
{
  g_return_val_if_fail (LIAISON_IS_CSV_IMPORT (self), LIAISON_CSV_RECORDS_ORGANIZATIONS);

  return self->records;
}

/* Says what the rows are; the columns are guessed again for them. */
void
liaison_csv_import_set_records (LiaisonCsvImport  *self,
                                LiaisonCsvRecords  records)
{
  g_return_if_fail (LIAISON_IS_CSV_IMPORT (self));
  g_return_if_fail (records < LIAISON_CSV_N_RECORDS);

  if (self->records == records)
    return;

  self->records = records;
  guess_fields (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORDS]);
  g_signal_emit (self, signals[MAPPING_CHANGED], 0);
}

LiaisonCsvField
liaison_csv_import_get_field (LiaisonCsvImport *self,
                              guint             column)
{
  g_return_val_if_fail (LIAISON_IS_CSV_IMPORT (self), LIAISON_CSV_FIELD_IGNORE);
  g_return_val_if_fail (column < self->fields->len, LIAISON_CSV_FIELD_IGNORE);

  return g_array_index (self->fields, LiaisonCsvField, column);
}

void
liaison_csv_import_set_field (LiaisonCsvImport *self,
                              guint             column,
                              LiaisonCsvField   field)
{
  g_return_if_fail (LIAISON_IS_CSV_IMPORT (self));
  g_return_if_fail (column < self->fields->len);
  g_return_if_fail (records_have_field (self->records, field));

  if (g_array_index (self->fields, LiaisonCsvField, column) == field)
    return;

  g_array_index (self->fields, LiaisonCsvField, column) = field;
  g_signal_emit (self, signals[MAPPING_CHANGED], 0);
}

/* ---------------------------------------------------------------------- */
/* Rows to records                                                         */

typedef struct
{
  char *values[LIAISON_CSV_N_FIELDS];
} Row;

static void
row_clear (Row *row)
{
  for (guint i = 0; i < LIAISON_CSV_N_FIELDS; i++)
    g_clear_pointer (&row->values[i], g_free);
}

static char *
clean_cell (const char *text)
{
  char *clean = g_strstrip (g_strdup (text));

  /* Taken off again what the export put before formula characters. */
  if (clean[0] == '\'' && clean[1] != '\0' && strchr ("=+@", clean[1]) != NULL)
    memmove (clean, clean + 1, strlen (clean));

  return clean;
}

static void
read_row (LiaisonCsvImport *self,
          guint             index,
          Row              *row)
{
  for (guint c = 0; c < self->fields->len; c++)
    {
      LiaisonCsvField field = g_array_index (self->fields, LiaisonCsvField, c);
      g_autofree char *value = NULL;

      if (field == LIAISON_CSV_FIELD_IGNORE)
        continue;

      value = clean_cell (liaison_csv_table_get_cell (self->table, index, c));
      if (*value == '\0')
        continue;

      if (row->values[field] == NULL)
        {
          row->values[field] = g_steal_pointer (&value);
        }
      else
        {
          char *joined = g_strconcat (row->values[field],
                                      field == LIAISON_CSV_FIELD_DESCRIPTION ? "\n" : "; ",
                                      value, NULL);

          g_free (row->values[field]);
          row->values[field] = joined;
        }
    }
}

static LiaisonText *
row_text (Row        *row,
          const char *country)
{
  LiaisonText *text = liaison_text_new (NULL, NULL);

  for (guint f = LIAISON_CSV_FIELD_NAME_EN; f <= LIAISON_CSV_FIELD_NAME_KO; f++)
    {
      if (row->values[f] != NULL)
        {
          LiaisonText *next = liaison_text_with (text, field_languages[f], row->values[f]);

          liaison_text_unref (text);
          text = next;
        }
    }

  if (row->values[LIAISON_CSV_FIELD_NAME] != NULL)
    {
      const char *language = liaison_interop_guess_language (row->values[LIAISON_CSV_FIELD_NAME], country);

      if (liaison_text_get (text, language) == NULL)
        {
          LiaisonText *next = liaison_text_with (text, language, row->values[LIAISON_CSV_FIELD_NAME]);

          liaison_text_unref (text);
          text = next;
        }
    }

  return text;
}

/* The names in a cell listing several organizations. Commas are not
 * separators: they occur in names ("Ministry of Land, Infrastructure…"). */
static GStrv
split_names (const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) parts = g_regex_split_simple ("[;；、\n|]", text, 0, 0);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = g_strstrip (parts[i]);

      if (*name != '\0')
        g_strv_builder_add (builder, name);
    }

  return g_strv_builder_end (builder);
}

typedef struct
{
  LiaisonCsvImport *self;
  LiaisonMerge     *merge;
  LiaisonDocument  *document;
  const char       *problem;       /* the first thing wrong with the row */
  char             *problem_owned;
} Context;

static gboolean G_GNUC_PRINTF (2, 3)
row_fail (Context    *context,
          const char *format,
          ...)
{
  va_list args;

  if (context->problem != NULL)
    return FALSE;

  va_start (args, format);
  context->problem_owned = g_strdup_vprintf (format, args);
  va_end (args);
  context->problem = context->problem_owned;

  return FALSE;
}

/* Whether @text is empty or a value of @enum_type, stored in @value. */
static gboolean
parse_enum_cell (const char *text,
                 GType       enum_type,
                 int        *value)
{
  return text == NULL || liaison_interop_parse_enum (enum_type, text, value);
}

static gboolean
read_date (Context     *context,
           const char  *text,
           LiaisonDate *date)
{
  if (text == NULL)
    return TRUE;
  if (liaison_interop_parse_date (text, date))
    return TRUE;

  return row_fail (context, _("“%s” is not a date; write 2020-08-05, 2020-08 or 2020"), text);
}

static gboolean
read_country (Context     *context,
              const char  *text,
              const char **country)
{
  if (text == NULL)
    return TRUE;

  *country = liaison_interop_parse_country (text);
  if (*country != NULL)
    return TRUE;

  return row_fail (context, _("“%s” is not a country; write a code such as JP, KR or TW"), text);
}

static gboolean
read_boolean (Context    *context,
              const char *text,
              gboolean   *value)
{
  if (text == NULL)
    return TRUE;
  if (liaison_interop_parse_boolean (text, value))
    return TRUE;

  return row_fail (context, _("“%s” is neither yes nor no"), text);
}

static gboolean
check_period (Context           *context,
              const LiaisonDate *start,
              const LiaisonDate *end)
{
  if (liaison_date_is_set (start) && liaison_date_is_set (end) &&
      liaison_date_get_first_day (end) < liaison_date_get_first_day (start))
    return row_fail (context, _("the end is before the start"));

  return TRUE;
}

/* The organization @name stands for, if there is one yet: an id of the
 * document, or an organization matched by name or acronym. */
static const char *
find_organization (Context    *context,
                   const char *name)
{
  LiaisonEntity *entity = liaison_document_lookup (context->document, name);

  if (LIAISON_IS_ORGANIZATION (entity))
    return liaison_entity_get_id (entity);

  return liaison_merge_find_organization (context->merge, name);
}

/* The id of the organization @name stands for: an id of the document, or
 * an organization matched by name or acronym, or a new one. */
static const char *
resolve_organization (Context    *context,
                      const char *name)
{
  LiaisonEntity *entity = liaison_document_lookup (context->document, name);
  g_autoptr(LiaisonOrganization) candidate = NULL;
  g_autoptr(LiaisonText) text = NULL;

  if (LIAISON_IS_ORGANIZATION (entity))
    return liaison_entity_get_id (entity);

  text = liaison_text_new (liaison_interop_guess_language (name, NULL), name);
  candidate = liaison_organization_new ("import");
  g_object_set (candidate, "name", text, NULL);

  return liaison_merge_add_organization (context->merge, candidate);
}

static void
import_organization (Context *context,
                     Row     *row)
{
  g_autoptr(LiaisonOrganization) candidate = NULL;
  g_autoptr(LiaisonText) name = NULL;
  const char *country = NULL;
  int kind = LIAISON_ORGANIZATION_KIND_OTHER;
  LiaisonDate founded = LIAISON_DATE_INIT_NONE;

  read_country (context, row->values[LIAISON_CSV_FIELD_COUNTRY], &country);
  if (!parse_enum_cell (row->values[LIAISON_CSV_FIELD_KIND], LIAISON_TYPE_ORGANIZATION_KIND, &kind))
    row_fail (context, _("“%s” is not a kind of organization"), row->values[LIAISON_CSV_FIELD_KIND]);
  if (row->values[LIAISON_CSV_FIELD_FOUNDED] != NULL &&
      !liaison_interop_parse_date (row->values[LIAISON_CSV_FIELD_FOUNDED], &founded))
    row_fail (context, _("“%s” is not a year"), row->values[LIAISON_CSV_FIELD_FOUNDED]);

  name = row_text (row, country);
  if (liaison_text_get_n_items (name) == 0 && row->values[LIAISON_CSV_FIELD_SHORT_NAME] != NULL)
    {
      const char *short_name = row->values[LIAISON_CSV_FIELD_SHORT_NAME];

      liaison_text_unref (name);
      name = liaison_text_new (liaison_interop_guess_language (short_name, country), short_name);
    }
  if (liaison_text_get_n_items (name) == 0)
    row_fail (context, _("there is no name"));

  if (context->problem != NULL)
    return;

  candidate = liaison_organization_new ("import");
  g_object_set (candidate,
                "name", name,
                "short-name", row->values[LIAISON_CSV_FIELD_SHORT_NAME],
                "kind", kind,
                "country", country,
                "city", row->values[LIAISON_CSV_FIELD_CITY],
                "website", row->values[LIAISON_CSV_FIELD_WEBSITE],
                "founded", (int) founded.year,
                "description", row->values[LIAISON_CSV_FIELD_DESCRIPTION],
                NULL);
  liaison_merge_add_organization (context->merge, candidate);
}

static void
add_participants (Context    *context,
                  const char *event_id,
                  const char *names,
                  LiaisonRole role)
{
  g_auto(GStrv) list = NULL;

  if (names == NULL)
    return;

  list = split_names (names);
  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autoptr(LiaisonParticipation) participation = liaison_participation_new ("import");

      g_object_set (participation,
                    "organization", resolve_organization (context, list[i]),
                    "event", event_id,
                    "role", role,
                    NULL);
      liaison_merge_add_participation (context->merge, participation);
    }
}

static void
import_event (Context *context,
              Row     *row)
{
  g_autoptr(LiaisonEvent) candidate = NULL;
  g_autoptr(LiaisonText) title = NULL;
  const char *country = NULL;
  int kind = LIAISON_EVENT_KIND_OTHER;
  int status = LIAISON_EVENT_STATUS_HELD;
  gboolean online = FALSE;
  gboolean status_given;
  LiaisonDate start = LIAISON_DATE_INIT_NONE;
  LiaisonDate end = LIAISON_DATE_INIT_NONE;
  const char *event_id;

  read_country (context, row->values[LIAISON_CSV_FIELD_COUNTRY], &country);
  if (!parse_enum_cell (row->values[LIAISON_CSV_FIELD_KIND], LIAISON_TYPE_EVENT_KIND, &kind))
    row_fail (context, _("“%s” is not a kind of event"), row->values[LIAISON_CSV_FIELD_KIND]);
  if (!parse_enum_cell (row->values[LIAISON_CSV_FIELD_STATUS], LIAISON_TYPE_EVENT_STATUS, &status))
    row_fail (context, _("“%s” is not a state of an event"), row->values[LIAISON_CSV_FIELD_STATUS]);
  read_date (context, row->values[LIAISON_CSV_FIELD_START], &start);
  read_date (context, row->values[LIAISON_CSV_FIELD_END], &end);
  check_period (context, &start, &end);
  read_boolean (context, row->values[LIAISON_CSV_FIELD_ONLINE], &online);

  title = row_text (row, country);
  if (liaison_text_get_n_items (title) == 0)
    row_fail (context, _("there is no title"));

  if (context->problem != NULL)
    return;

  /* Without a status, events yet to come are planned. */
  status_given = row->values[LIAISON_CSV_FIELD_STATUS] != NULL;
  if (!status_given && liaison_date_is_set (&start))
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      GDate today;

      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
      if (liaison_date_get_first_day (&start) > g_date_get_julian (&today))
        status = LIAISON_EVENT_STATUS_PLANNED;
    }

  candidate = liaison_event_new ("import");
  g_object_set (candidate,
                "title", title,
                "kind", kind,
                "status", status,
                "online", online,
                "city", row->values[LIAISON_CSV_FIELD_CITY],
                "country", country,
                "description", row->values[LIAISON_CSV_FIELD_DESCRIPTION],
                NULL);
  if (liaison_date_is_set (&start))
    g_object_set (candidate, "start", &start, NULL);
  if (liaison_date_is_set (&end))
    g_object_set (candidate, "end", &end, NULL);

  event_id = liaison_merge_add_event (context->merge, candidate);
  add_participants (context, event_id, row->values[LIAISON_CSV_FIELD_HOSTS], LIAISON_ROLE_HOST);
  add_participants (context, event_id, row->values[LIAISON_CSV_FIELD_PARTICIPANTS], LIAISON_ROLE_ATTENDEE);
}

static void
import_link (Context *context,
             Row     *row)
{
  g_autoptr(LiaisonCooperationLink) candidate = NULL;
  const char *from_name = row->values[LIAISON_CSV_FIELD_FROM];
  const char *to_name = row->values[LIAISON_CSV_FIELD_TO];
  int kind = LIAISON_LINK_KIND_OTHER;
  int status = LIAISON_LINK_STATUS_ACTIVE;
  gboolean directed = FALSE;
  LiaisonDate start = LIAISON_DATE_INIT_NONE;
  LiaisonDate end = LIAISON_DATE_INIT_NONE;
  g_auto(GStrv) scope = NULL;
  g_autofree char *from_key = liaison_interop_fold_key (from_name);
  g_autofree char *to_key = liaison_interop_fold_key (to_name);
  const char *from, *to;

  if (from_name == NULL || to_name == NULL)
    row_fail (context, _("one of the two organizations is missing"));
  else if (strcmp (from_key, to_key) == 0)
    row_fail (context, _("a link needs two different organizations"));
  if (!parse_enum_cell (row->values[LIAISON_CSV_FIELD_KIND], LIAISON_TYPE_LINK_KIND, &kind))
    row_fail (context, _("“%s” is not a kind of link"), row->values[LIAISON_CSV_FIELD_KIND]);
  if (!parse_enum_cell (row->values[LIAISON_CSV_FIELD_STATUS], LIAISON_TYPE_LINK_STATUS, &status))
    row_fail (context, _("“%s” is not a state of a link"), row->values[LIAISON_CSV_FIELD_STATUS]);
  read_date (context, row->values[LIAISON_CSV_FIELD_START], &start);
  read_date (context, row->values[LIAISON_CSV_FIELD_END], &end);
  check_period (context, &start, &end);
  read_boolean (context, row->values[LIAISON_CSV_FIELD_DIRECTED], &directed);

  if (context->problem != NULL)
    return;

  /* Two names of one organization, such as its name and its acronym. */
  from = find_organization (context, from_name);
  to = find_organization (context, to_name);
  if (from != NULL && g_strcmp0 (from, to) == 0)
    {
      row_fail (context, _("a link needs two different organizations"));
      return;
    }

  from = resolve_organization (context, from_name);
  to = resolve_organization (context, to_name);

  if (row->values[LIAISON_CSV_FIELD_SCOPE] != NULL)
    scope = split_names (row->values[LIAISON_CSV_FIELD_SCOPE]);

  candidate = liaison_cooperation_link_new ("import");
  g_object_set (candidate,
                "from", from,
                "to", to,
                "kind", kind,
                "status", status,
                "directed", directed,
                "scope", scope,
                "note", row->values[LIAISON_CSV_FIELD_DESCRIPTION],
                NULL);
  if (liaison_date_is_set (&start))
    g_object_set (candidate, "start", &start, NULL);
  if (liaison_date_is_set (&end))
    g_object_set (candidate, "end", &end, NULL);

  liaison_merge_add_link (context->merge, candidate);
}

static gboolean
mapped (LiaisonCsvImport *self,
        LiaisonCsvField   first,
        LiaisonCsvField   last)
{
  for (guint c = 0; c < self->fields->len; c++)
    {
      LiaisonCsvField field = g_array_index (self->fields, LiaisonCsvField, c);

      if (field >= first && field <= last)
        return TRUE;
    }

  return FALSE;
}

/* Turns the rows into records to merge into @document. Rows that cannot
 * be used are left out and described in @problems (strings naming their
 * line). Fails when the mapping leaves out what every record needs.
 * The document is not changed: apply the merge for that. */
LiaisonMerge *
liaison_csv_import_prepare (LiaisonCsvImport  *self,
                            LiaisonDocument   *document,
                            GPtrArray        **problems,
                            GError           **error)
{
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  guint n_rows;

  g_return_val_if_fail (LIAISON_IS_CSV_IMPORT (self), NULL);
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  switch (self->records)
    {
    case LIAISON_CSV_RECORDS_ORGANIZATIONS:
      if (!mapped (self, LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_SHORT_NAME))
        {
          g_set_error_literal (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID,
                               _("Choose the column that holds the names of the organizations"));
          return NULL;
        }
      break;

    case LIAISON_CSV_RECORDS_EVENTS:
      if (!mapped (self, LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_NAME_KO))
        {
          g_set_error_literal (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID,
                               _("Choose the column that holds the titles of the events"));
          return NULL;
        }
      break;

    case LIAISON_CSV_RECORDS_LINKS:
    default:
      if (!mapped (self, LIAISON_CSV_FIELD_FROM, LIAISON_CSV_FIELD_FROM) ||
          !mapped (self, LIAISON_CSV_FIELD_TO, LIAISON_CSV_FIELD_TO))
        {
          g_set_error_literal (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_INVALID,
                               _("Choose the two columns that hold the organizations of each link"));
          return NULL;
        }
      break;
    }

  merge = liaison_merge_new (document);
  n_rows = liaison_csv_table_get_n_rows (self->table);

  for (guint r = 0; r < n_rows; r++)
    {
      Row row = { { NULL, } };
      Context context = { self, merge, document, NULL, NULL };

      read_row (self, r, &row);

      if (self->records == LIAISON_CSV_RECORDS_ORGANIZATIONS)
        import_organization (&context, &row);
      else if (self->records == LIAISON_CSV_RECORDS_EVENTS)
        import_event (&context, &row);
      else
        import_link (&context, &row);

      if (context.problem != NULL)
        {
          /* Translators: a row of a spreadsheet that cannot be imported, and why. */
          g_ptr_array_add (found, g_strdup_printf (_("Line %u: %s"),
                                                   liaison_csv_table_get_line (self->table, r),
                                                   context.problem));
        }

      g_free (context.problem_owned);
      row_clear (&row);
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&found);

  return g_steal_pointer (&merge);
}

/* ---------------------------------------------------------------------- */

static void
liaison_csv_import_constructed (GObject *object)
{
  LiaisonCsvImport *self = LIAISON_CSV_IMPORT (object);

  G_OBJECT_CLASS (liaison_csv_import_parent_class)->constructed (object);

  g_assert (self->table != NULL);
  liaison_csv_import_guess (self);
}

static void
liaison_csv_import_dispose (GObject *object)
{
  LiaisonCsvImport *self = LIAISON_CSV_IMPORT (object);

  g_clear_object (&self->table);

  G_OBJECT_CLASS (liaison_csv_import_parent_class)->dispose (object);
}

static void
liaison_csv_import_finalize (GObject *object)
{
  LiaisonCsvImport *self = LIAISON_CSV_IMPORT (object);

  g_clear_pointer (&self->fields, g_array_unref);

  G_OBJECT_CLASS (liaison_csv_import_parent_class)->finalize (object);
}

static void
liaison_csv_import_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiaisonCsvImport *self = LIAISON_CSV_IMPORT (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      g_value_set_object (value, self->table);
      break;

    case PROP_RECORDS:
      g_value_set_uint (value, self->records);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_csv_import_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiaisonCsvImport *self = LIAISON_CSV_IMPORT (object);

  switch (prop_id)
    {
    case PROP_TABLE:
      self->table = g_value_dup_object (value);
      break;

    case PROP_RECORDS:
      liaison_csv_import_set_records (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_csv_import_class_init (LiaisonCsvImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = liaison_csv_import_constructed;
  object_class->dispose = liaison_csv_import_dispose;
  object_class->finalize = liaison_csv_import_finalize;
  object_class->get_property = liaison_csv_import_get_property;
  object_class->set_property = liaison_csv_import_set_property;

  properties[PROP_TABLE] =
    g_param_spec_object ("table", NULL, NULL, LIAISON_TYPE_CSV_TABLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * LiaisonCsvImport:records:
   *
   * What the rows are, a #LiaisonCsvRecords.
   */
  properties[PROP_RECORDS] =
    g_param_spec_uint ("records", NULL, NULL, 0, LIAISON_CSV_N_RECORDS - 1, LIAISON_CSV_RECORDS_ORGANIZATIONS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiaisonCsvImport::mapping-changed:
   *
   * Emitted when what a column holds changes.
   */
  signals[MAPPING_CHANGED] =
    g_signal_new ("mapping-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
liaison_csv_import_init (LiaisonCsvImport *self)
{
  self->records = LIAISON_CSV_RECORDS_ORGANIZATIONS;
  self->fields = g_array_new (FALSE, TRUE, sizeof (LiaisonCsvField));
}
