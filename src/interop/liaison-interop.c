/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-interop.c: what the importers and exporters share: errors, file access, matching of names and values.
 *
 * Spreadsheets and graph files come from people and tools that do not know
 * Liaison's tokens. Values are therefore matched loosely: through a key
 * that ignores case, width, spaces and punctuation ("SCI-Japan" and
 * "sci japan" are the same), and against words in the five interface
 * languages ("覚書", "谅解备忘录" and "양해각서" are all an MoU).
 */

#define G_LOG_DOMAIN "liaison-interop"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-country.h"
#include "liaison-date-input.h"
#include "liaison-enum-types.h"
#include "liaison-interop.h"

G_DEFINE_QUARK (liaison-interop-error-quark, liaison_interop_error)

/* Reads a file to import, refusing it when it is larger than
 * %LIAISON_INTEROP_MAX_SIZE. */
char *
liaison_interop_load_file (GFile         *file,
                           GCancellable  *cancellable,
                           gsize         *length,
                           char         **display_name,
                           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (length != NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  name = g_strdup (g_file_info_get_display_name (info));
  if (g_file_info_get_size (info) > LIAISON_INTEROP_MAX_SIZE)
    {
      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_TOO_LARGE,
                   _("%s is too large to import (over %u MiB)"),
                   name, LIAISON_INTEROP_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, length, NULL, error))
    return NULL;

  /* The size may have changed since it was asked for. */
  if (*length > LIAISON_INTEROP_MAX_SIZE)
    {
      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_TOO_LARGE,
                   _("%s is too large to import (over %u MiB)"),
                   name, LIAISON_INTEROP_MAX_SIZE / (1024 * 1024));
      return NULL;
    }

  if (display_name != NULL)
    *display_name = g_steal_pointer (&name);

  return g_steal_pointer (&contents);
}

/* Writes an exported file, replacing what was there. */
gboolean
liaison_interop_save_file (GFile         *file,
                           const char    *data,
                           gsize          length,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, cancellable, error);
}

/* The line, counted from 1, that @where is on in @data. */
guint
liaison_interop_line_at (const char *data,
                         const char *where)
{
  guint line = 1;

  for (const char *p = data; p < where; p++)
    {
      if (*p == '\n')
        line++;
    }

  return line;
}

void
liaison_interop_set_error_at (GError     **error,
                              int          code,
                              const char  *display_name,
                              guint        line,
                              const char  *message)
{
  /* Translators: an error in a file to import: the file's name, the line, and what is wrong. */
  g_set_error (error, LIAISON_INTEROP_ERROR, code, _("%s, line %u: %s"), display_name, line, message);
}

gboolean
liaison_interop_check_utf8 (const char  *data,
                            gsize        length,
                            const char  *display_name,
                            GError     **error)
{
  const char *end = NULL;

  if (g_utf8_validate_len (data, length, &end))
    return TRUE;

  liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_ENCODING, display_name,
                                liaison_interop_line_at (data, end),
                                _("the file is not valid UTF-8 text; save it as UTF-8 and try again"));

  return FALSE;
}

/* A key to compare names and words by: compatibility-normalized, case
 * folded, letters and digits only. */
char *
liaison_interop_fold_key (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  GString *key;

  if (text == NULL)
    return g_strdup ("");

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (normal == NULL)
    return g_strdup ("");
  folded = g_utf8_casefold (normal, -1);

  key = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (key, c);
    }

  return g_string_free (key, FALSE);
}

/* The language a name is most likely written in, as stored in files:
 * Hangul is Korean, kana Japanese, Han characters alone the language of
 * @country (Chinese when it says nothing), anything else English. */
const char *
liaison_interop_guess_language (const char *text,
                                const char *country)
{
  gboolean han = FALSE;

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      switch ((int) g_unichar_get_script (g_utf8_get_char (p)))
        {
        case G_UNICODE_SCRIPT_HANGUL:
          return "ko";
        case G_UNICODE_SCRIPT_HIRAGANA:
        case G_UNICODE_SCRIPT_KATAKANA:
          return "ja";
        case G_UNICODE_SCRIPT_HAN:
          han = TRUE;
          break;
        default:
          break;
        }
    }

  if (han)
    {
      const char *language = liaison_country_get_language (country);

      return language != NULL ? language : "zh_CN";
    }

  return "en";
}

/* ---------------------------------------------------------------------- */
/* Words for values                                                        */

typedef struct
{
  const char *type_name;
  const char *nick;
  const char *words;   /* separated by "|" */
} Synonyms;

static const Synonyms synonyms[] = {
  { "LiaisonOrganizationKind", "city",
    "city|local government|municipality|prefecture|province|市|都市|自治体|地方自治体|県|城市|地方政府|市政府|도시|지자체|지방자치단체|지방정부" },
  { "LiaisonOrganizationKind", "national-agency",
    "national agency|national government|government agency|government|ministry|agency|省庁|政府機関|国の機関|政府部门|政府机构|政府機構|정부기관|정부|부처|중앙부처" },
  { "LiaisonOrganizationKind", "international",
    "international organization|international organisation|international|国際機関|国際組織|国际组织|國際組織|국제기구" },
  { "LiaisonOrganizationKind", "network",
    "association|network|council|alliance|協会|協議会|ネットワーク|団体|协会|联盟|網絡|网络|協會|聯盟|협회|협의회|네트워크|단체" },
  { "LiaisonOrganizationKind", "company",
    "company|business|corporation|firm|enterprise|企業|会社|民間企業|公司|企业|기업|회사" },
  { "LiaisonOrganizationKind", "research",
    "university|research institute|research|academia|大学|研究機関|研究所|大学・研究機関|研究机构|大学研究机构|研究機構|대학|연구기관|연구소|대학교" },
  { "LiaisonOrganizationKind", "venue",
    "venue|event organizer|event organiser|organizer|会場|イベント主催者|场馆|會場|展馆|행사장|주최기관" },
  { "LiaisonOrganizationKind", "other", "other|その他|其他|기타" },

  { "LiaisonEventKind", "mou-signing",
    "mou signing|signing|signing ceremony|調印|調印式|締結|签约|签约仪式|簽約|簽署|협약식|체결|서명식" },
  { "LiaisonEventKind", "summit", "summit|サミット|峰会|峰會|정상회의|서밋" },
  { "LiaisonEventKind", "conference",
    "conference|expo|congress|会議|カンファレンス|博覧会|エキスポ|会议|博览会|會議|博覽會|컨퍼런스|콘퍼런스|회의|박람회|엑스포" },
  { "LiaisonEventKind", "webinar",
    "webinar|online seminar|ウェビナー|オンラインセミナー|网络研讨会|線上研討會|网络讲座|웨비나|온라인세미나" },
  { "LiaisonEventKind", "workshop",
    "workshop|seminar|ワークショップ|セミナー|研讨会|工作坊|研討會|워크숍|세미나" },
  { "LiaisonEventKind", "forum", "forum|フォーラム|论坛|論壇|포럼" },
  { "LiaisonEventKind", "exhibition", "exhibition|trade show|展示会|展示|展览|展覽|전시회|전시" },
  { "LiaisonEventKind", "other", "other|その他|其他|기타" },

  { "LiaisonEventStatus", "held", "held|done|past|took place|開催済|開催済み|実施済|已举办|已举行|已舉辦|개최|완료" },
  { "LiaisonEventStatus", "planned", "planned|upcoming|scheduled|予定|開催予定|计划|计划中|計畫|規劃中|예정" },
  { "LiaisonEventStatus", "cancelled", "cancelled|canceled|中止|取消|已取消|취소" },

  { "LiaisonLinkKind", "mou",
    "mou|memorandum|memorandum of understanding|agreement|覚書|協定|連携協定|谅解备忘录|合作备忘录|备忘录|備忘錄|合作備忘錄|양해각서|업무협약|협약" },
  { "LiaisonLinkKind", "partnership",
    "partnership|partner|cooperation|collaboration|パートナーシップ|提携|連携|協力|伙伴关系|合作|合作伙伴|夥伴關係|파트너십|협력|제휴" },
  { "LiaisonLinkKind", "co-organization",
    "co-organization|co-organisation|co-organized|co-organised|co-hosting|共催|共同主催|共同主办|共同主辦|合办|공동주최|공동개최" },
  { "LiaisonLinkKind", "membership", "membership|member|会員|加盟|メンバー|成员|会员|會員|成員|회원|회원사|가입" },
  { "LiaisonLinkKind", "regional-office",
    "regional office|branch|office|支部|支所|事務所|地域事務所|分支机构|办事处|分會|辦事處|지부|지사|사무소" },
  { "LiaisonLinkKind", "support", "support|funding|sponsorship|支援|資金提供|後援|支持|资助|贊助|赞助|지원|후원" },
  { "LiaisonLinkKind", "other", "other|その他|其他|기타" },

  { "LiaisonLinkStatus", "active", "active|ongoing|current|有効|継続|継続中|有效|进行中|進行中|활성|진행중|유효" },
  { "LiaisonLinkStatus", "planned", "planned|upcoming|予定|计划|計畫|예정" },
  { "LiaisonLinkStatus", "ended", "ended|expired|finished|終了|満了|结束|已结束|結束|종료|만료" },

  { "LiaisonRole", "host", "host|主催|主办|主辦|주최" },
  { "LiaisonRole", "co-organizer", "co-organizer|co-organiser|共催|协办|協辦|공동주최" },
  { "LiaisonRole", "attendee", "attendee|participant|参加|参加者|参与|參與|참가|참가자" },
};

static const struct
{
  const char *value;
  const char *words;
} countries[] = {
  { "JP", "japan|日本|日本国|일본" },
  { "CN", "china|people's republic of china|prc|中国|中华人民共和国|中國|중국" },
  { "KR", "korea|south korea|republic of korea|韓国|大韓民国|韩国|韓國|한국|대한민국" },
  { "KP", "north korea|北朝鮮|朝鲜|北韓|북한" },
  { "TW", "taiwan|台湾|台灣|臺灣|中華民國|대만" },
  { "HK", "hong kong|香港|香港特别行政区|홍콩" },
  { "MO", "macau|macao|澳門|澳门|마카오" },
  { "SG", "singapore|シンガポール|新加坡|싱가포르" },
  { "MN", "mongolia|モンゴル|蒙古|몽골" },
  { "VN", "vietnam|viet nam|ベトナム|越南|베트남" },
  { "TH", "thailand|タイ|泰国|泰國|태국" },
  { "PH", "philippines|フィリピン|菲律宾|菲律賓|필리핀" },
  { "ID", "indonesia|インドネシア|印度尼西亚|印尼|인도네시아" },
  { "MY", "malaysia|マレーシア|马来西亚|馬來西亞|말레이시아" },
  { "IN", "india|インド|印度|인도" },
  { "AU", "australia|オーストラリア|澳大利亚|澳洲|호주" },
  { "US", "united states|usa|united states of america|アメリカ|米国|美国|美國|미국" },
  { "GB", "united kingdom|uk|britain|イギリス|英国|英國|영국" },
  { "FR", "france|フランス|法国|法國|프랑스" },
  { "DE", "germany|ドイツ|德国|德國|독일" },
  { "ES", "spain|スペイン|西班牙|스페인" },
  { "CA", "canada|カナダ|加拿大|캐나다" },
};

static const char yes_words[] =
  "yes|y|true|t|1|x|online|virtual|はい|有|オンライン|是|线上|線上|在线|예|네|온라인";
static const char no_words[] =
  "no|n|false|f|0|offline|in person|いいえ|無|対面|否|无|线下|線下|아니오|아니요|오프라인|대면";

static void
index_words (GHashTable *index,
             const char *domain,
             const char *value,
             const char *words)
{
  g_auto(GStrv) list = g_strsplit (words, "|", -1);

  for (guint i = 0; list[i] != NULL; i++)
    {
      g_autofree char *key = liaison_interop_fold_key (list[i]);

      /* The first meaning listed wins. */
      g_hash_table_insert (index, g_strconcat (domain, ":", key, NULL), (char *) value);
    }
}

/* The value that @key (folded) stands for among the words of @domain (an
 * enum type name, "boolean" or "country"), or NULL. */
static const char *
lookup_word (const char *domain,
             const char *key)
{
  static GHashTable *index;
  g_autofree char *full_key = NULL;

  if (g_once_init_enter_pointer (&index))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = G_N_ELEMENTS (synonyms); i > 0; i--)
        index_words (table, synonyms[i - 1].type_name, synonyms[i - 1].nick, synonyms[i - 1].words);
      for (guint i = G_N_ELEMENTS (countries); i > 0; i--)
        index_words (table, "country", countries[i - 1].value, countries[i - 1].words);
      index_words (table, "boolean", "false", no_words);
      index_words (table, "boolean", "true", yes_words);

      g_once_init_leave_pointer (&index, table);
    }

  full_key = g_strconcat (domain, ":", key, NULL);

  return g_hash_table_lookup (index, full_key);
}

/* Reads a value of @enum_type as a person may have written it: the
 * file-format token, its label in the interface language, or a word for
 * it in one of the five interface languages. */
gboolean
liaison_interop_parse_enum (GType       enum_type,
                            const char *text,
                            int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autofree char *key = NULL;
  const char *nick;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (text == NULL)
    return FALSE;

  key = liaison_interop_fold_key (text);
  if (*key == '\0')
    return FALSE;

  klass = g_type_class_ref (enum_type);
  for (guint i = 0; i < klass->n_values; i++)
    {
      g_autofree char *nick_key = liaison_interop_fold_key (klass->values[i].value_nick);
      g_autofree char *label_key = liaison_interop_fold_key (liaison_enum_to_label (enum_type, klass->values[i].value));

      if (strcmp (key, nick_key) == 0 || strcmp (key, label_key) == 0)
        {
          *value = klass->values[i].value;
          return TRUE;
        }
    }

  nick = lookup_word (g_type_name (enum_type), key);
  if (nick != NULL)
    {
      GEnumValue *enum_value = g_enum_get_value_by_nick (klass, nick);

      g_assert (enum_value != NULL);
      *value = enum_value->value;
      return TRUE;
    }

  return FALSE;
}

gboolean
liaison_interop_parse_boolean (const char *text,
                               gboolean   *value)
{
  g_autofree char *key = liaison_interop_fold_key (text);
  const char *found = lookup_word ("boolean", key);

  if (found == NULL)
    return FALSE;

  *value = strcmp (found, "true") == 0;

  return TRUE;
}

/* An ISO 3166-1 code from a code in any case or the name of a country of
 * the region in one of the five interface languages; NULL when unknown. */
const char *
liaison_interop_parse_country (const char *text)
{
  g_autofree char *key = NULL;
  const char *found;

  if (text == NULL)
    return NULL;

  key = liaison_interop_fold_key (text);
  found = lookup_word ("country", key);
  if (found != NULL)
    return found;

  if (strlen (key) == 2)
    {
      char code[3] = { g_ascii_toupper (key[0]), g_ascii_toupper (key[1]), '\0' };

      if (liaison_country_is_valid (code))
        return g_intern_string (code);
    }

  return NULL;
}

/* Reads a date in the file form (2020-08-05, 2020-08, 2020, 2021-early),
 * with a time (2020-08-05T10:00:00, 2020-08-05 10:00), or as spreadsheets
 * and people write it: 2020/8/5, 2020.08.05, 2020年8月5日, 2020년 8월 5일
 * (see liaison_date_parse_input()). Years come first. */
gboolean
liaison_interop_parse_date (const char  *text,
                            LiaisonDate *date)
{
  g_autofree char *trimmed = NULL;

  if (text == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (text));
  if (liaison_date_parse (trimmed, date))
    return TRUE;

  if (strlen (trimmed) > 10 && (trimmed[10] == 'T' || trimmed[10] == ' '))
    {
      g_autofree char *day = g_strndup (trimmed, 10);

      if (liaison_date_parse (day, date))
        return TRUE;
    }

  return liaison_date_parse_input (trimmed, date, NULL);
}

static char *
format_julian (guint32 julian)
{
  GDate day;

  g_date_clear (&day, 1);
  g_date_set_julian (&day, julian);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));
}

/* The first day of the period @date stands for, as YYYY-MM-DD, or NULL. */
char *
liaison_interop_date_first_day (const LiaisonDate *date)
{
  if (!liaison_date_is_set (date))
    return NULL;

  return format_julian (liaison_date_get_first_day (date));
}

/* The last day of the period @date stands for, as YYYY-MM-DD, or NULL. */
char *
liaison_interop_date_last_day (const LiaisonDate *date)
{
  if (!liaison_date_is_set (date))
    return NULL;

  return format_julian (liaison_date_get_last_day (date));
}

/* Appends @text to XML being written, escaped for text and attribute
 * values alike. Characters XML 1.0 cannot hold at all are left out. */
void
liaison_interop_append_xml (GString    *out,
                            const char *text)
{
  if (text == NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&apos;");
          break;
        case '\t':
        case '\n':
        case '\r':
          g_string_append_printf (out, "&#%d;", *p);
          break;
        default:
          if ((guchar) *p >= 0x20)
            g_string_append_c (out, *p);
          break;
        }
    }
}

/* The organizations of a network export (@organizations, or all of the
 * document's when NULL) and in @links the cooperation links between them. */
GPtrArray *
liaison_interop_get_network (LiaisonDocument  *document,
                             GListModel       *organizations,
                             GPtrArray       **links)
{
  GPtrArray *nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *all_links = liaison_document_get_links (document);
  guint n_items;

  if (organizations == NULL)
    organizations = liaison_document_get_organizations (document);

  n_items = g_list_model_get_n_items (organizations);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (organizations, i);

      if (!LIAISON_IS_ORGANIZATION (item) || g_hash_table_contains (ids, liaison_entity_get_id (LIAISON_ENTITY (item))))
        continue;
      g_hash_table_add (ids, (char *) liaison_entity_get_id (LIAISON_ENTITY (item)));
      g_ptr_array_add (nodes, g_steal_pointer (&item));
    }

  *links = g_ptr_array_new_with_free_func (g_object_unref);
  n_items = g_list_model_get_n_items (all_links);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(LiaisonCooperationLink) link = g_list_model_get_item (all_links, i);

      if (g_hash_table_contains (ids, liaison_cooperation_link_get_from (link)) &&
          g_hash_table_contains (ids, liaison_cooperation_link_get_to (link)))
        g_ptr_array_add (*links, g_steal_pointer (&link));
    }

  return nodes;
}

/* The attributes of a node or edge that an earlier import kept (see
 * liaison-graph-import.c), or NULL. */
JsonObject *
liaison_interop_get_kept_attributes (LiaisonEntity *entity)
{
  JsonObject *extras = liaison_entity_get_extras (entity);
  JsonNode *kept;

  if (extras == NULL)
    return NULL;

  kept = json_object_get_member (extras, "graph_attributes");
  if (kept == NULL || !JSON_NODE_HOLDS_OBJECT (kept))
    return NULL;

  return json_node_get_object (kept);
}

static const LiaisonNetworkAttribute node_attributes[] = {
  { "short_name", "string" },
  { "kind", "string" },
  { "country", "string" },
  { "city", "string" },
  { "website", "string" },
  { "founded", "integer" },
  { "description", "string" },
  { "name_en", "string" },
  { "name_ja", "string" },
  { "name_zh_CN", "string" },
  { "name_zh_TW", "string" },
  { "name_ko", "string" },
};

static const LiaisonNetworkAttribute edge_attributes[] = {
  { "kind", "string" },
  { "status", "string" },
  { "directed", "boolean" },
  { "start", "string" },
  { "end", "string" },
  { "scope", "string" },
  { "note", "string" },
};

const LiaisonNetworkAttribute *
liaison_interop_get_node_attributes (guint *n_attributes)
{
  *n_attributes = G_N_ELEMENTS (node_attributes);

  return node_attributes;
}

const LiaisonNetworkAttribute *
liaison_interop_get_edge_attributes (guint *n_attributes)
{
  *n_attributes = G_N_ELEMENTS (edge_attributes);

  return edge_attributes;
}

/* The value of the network attribute @name of an organization or link,
 * as text, or NULL when it has none. */
char *
liaison_interop_dup_attribute (LiaisonEntity *entity,
                               const char    *name)
{
  if (g_str_has_prefix (name, "name_") && LIAISON_IS_ORGANIZATION (entity))
    return g_strdup (liaison_text_get (liaison_organization_get_name (LIAISON_ORGANIZATION (entity)), name + 5));

  if (LIAISON_IS_ORGANIZATION (entity))
    {
      LiaisonOrganization *organization = LIAISON_ORGANIZATION (entity);

      if (strcmp (name, "kind") == 0)
        return g_strdup (liaison_enum_to_nick (LIAISON_TYPE_ORGANIZATION_KIND, liaison_organization_get_kind (organization)));
      if (strcmp (name, "founded") == 0)
        return liaison_organization_get_founded (organization) != 0
               ? g_strdup_printf ("%d", liaison_organization_get_founded (organization)) : NULL;
    }
  else if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);
      const char * const *scope = liaison_cooperation_link_get_scope (link);

      if (strcmp (name, "kind") == 0)
        return g_strdup (liaison_enum_to_nick (LIAISON_TYPE_LINK_KIND, liaison_cooperation_link_get_kind (link)));
      if (strcmp (name, "status") == 0)
        return g_strdup (liaison_enum_to_nick (LIAISON_TYPE_LINK_STATUS, liaison_cooperation_link_get_status (link)));
      if (strcmp (name, "directed") == 0)
        return g_strdup (liaison_cooperation_link_get_directed (link) ? "true" : "false");
      if (strcmp (name, "start") == 0)
        return liaison_date_to_string (liaison_cooperation_link_get_start (link));
      if (strcmp (name, "end") == 0)
        return liaison_date_to_string (liaison_cooperation_link_get_end (link));
      if (strcmp (name, "scope") == 0)
        return scope != NULL && scope[0] != NULL ? g_strjoinv ("; ", (char **) scope) : NULL;
    }

  {
    g_autofree char *property = g_strdelimit (g_strdup (name), "_", '-');
    GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (entity), property);
    char *value = NULL;

    if (pspec != NULL && pspec->value_type == G_TYPE_STRING)
      g_object_get (entity, property, &value, NULL);

    return value;
  }
}

/* The names of kept attributes (see liaison_interop_get_kept_attributes())
 * among @entities that are not in @known, in the order first found. */
GPtrArray *
liaison_interop_get_kept_names (GPtrArray                     *entities,
                                const LiaisonNetworkAttribute *known,
                                guint                          n_known)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_hash_table_add (seen, (char *) "label");
  for (guint i = 0; i < n_known; i++)
    g_hash_table_add (seen, (char *) known[i].name);

  for (guint i = 0; i < entities->len; i++)
    {
      JsonObject *kept = liaison_interop_get_kept_attributes (entities->pdata[i]);
      g_autoptr(GList) members = kept != NULL ? json_object_get_members (kept) : NULL;

      for (GList *iter = members; iter != NULL; iter = iter->next)
        {
          char *name;

          if (g_hash_table_contains (seen, iter->data))
            continue;
          name = g_strdup (iter->data);
          g_ptr_array_add (names, name);
          g_hash_table_add (seen, name);
        }
    }

  return names;
}
