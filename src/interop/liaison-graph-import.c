/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-import.c: a network read from GEXF or GraphML, and how its nodes and edges become organizations and links.
 *
 * Both readers fill the same plain description of the network: nodes and
 * edges with named text attributes. Turning it into records is shared:
 * attributes Liaison knows (label, name_ja, kind, country, start…) become
 * fields, the others are kept in the record under "graph_attributes" so
 * that nothing of the file is lost and they come back on export.
 */

#define G_LOG_DOMAIN "liaison-graph-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-graph-import.h"
#include "liaison-interop.h"
#include "liaison-merge.h"

/* The member of a record's extras that keeps the attributes of a node or edge. */
#define KEPT_ATTRIBUTES "graph_attributes"

static void
node_free (LiaisonGraphNode *node)
{
  g_free (node->id);
  json_object_unref (node->attributes);
  g_free (node);
}

static void
edge_free (LiaisonGraphEdge *edge)
{
  g_free (edge->id);
  g_free (edge->source);
  g_free (edge->target);
  json_object_unref (edge->attributes);
  g_free (edge->spell_start);
  g_free (edge->spell_end);
  g_free (edge);
}

LiaisonGraphData *
liaison_graph_data_new (const char *display_name)
{
  LiaisonGraphData *data = g_new0 (LiaisonGraphData, 1);

  data->display_name = g_strdup (display_name);
  data->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  data->edges = g_ptr_array_new_with_free_func ((GDestroyNotify) edge_free);
  data->node_index = g_hash_table_new (g_str_hash, g_str_equal);

  return data;
}

void
liaison_graph_data_free (LiaisonGraphData *data)
{
  g_hash_table_unref (data->node_index);
  g_ptr_array_unref (data->nodes);
  g_ptr_array_unref (data->edges);
  g_free (data->display_name);
  g_free (data);
}

static gboolean
check_size (LiaisonGraphData  *data,
            guint              line,
            GError           **error)
{
  if (data->nodes->len + data->edges->len < LIAISON_GRAPH_MAX_ITEMS)
    return TRUE;

  {
    g_autofree char *message =
      g_strdup_printf (_("the network has more than %u nodes and edges"), LIAISON_GRAPH_MAX_ITEMS);

    liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_TOO_LARGE, data->display_name, line, message);
  }

  return FALSE;
}

LiaisonGraphNode *
liaison_graph_data_add_node (LiaisonGraphData  *data,
                             const char        *id,
                             guint              line,
                             GError           **error)
{
  LiaisonGraphNode *node;

  if (id == NULL || *id == '\0')
    {
      liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_INVALID, data->display_name, line,
                                    _("a node has no id"));
      return NULL;
    }

  if (g_hash_table_contains (data->node_index, id))
    {
      g_autofree char *message = g_strdup_printf (_("there is more than one node with the id “%s”"), id);

      liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_INVALID, data->display_name, line, message);
      return NULL;
    }

  if (!check_size (data, line, error))
    return NULL;

  node = g_new0 (LiaisonGraphNode, 1);
  node->id = g_strdup (id);
  node->line = line;
  node->attributes = json_object_new ();
  g_ptr_array_add (data->nodes, node);
  g_hash_table_insert (data->node_index, node->id, node);

  return node;
}

LiaisonGraphEdge *
liaison_graph_data_add_edge (LiaisonGraphData  *data,
                             const char        *id,
                             const char        *source,
                             const char        *target,
                             guint              line,
                             GError           **error)
{
  LiaisonGraphEdge *edge;

  if (source == NULL || *source == '\0' || target == NULL || *target == '\0')
    {
      liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_INVALID, data->display_name, line,
                                    _("an edge does not say which nodes it joins"));
      return NULL;
    }

  if (!check_size (data, line, error))
    return NULL;

  edge = g_new0 (LiaisonGraphEdge, 1);
  edge->id = g_strdup (id);
  edge->source = g_strdup (source);
  edge->target = g_strdup (target);
  edge->directed = -1;
  edge->line = line;
  edge->attributes = json_object_new ();
  g_ptr_array_add (data->edges, edge);

  return edge;
}

/* Turns a failure of g_markup_parse_context_parse() into the error to
 * show: ours pass through, GMarkup's name the line of the file. */
void
liaison_graph_parse_failed (GMarkupParseContext *context,
                            const char          *display_name,
                            GError              *parse_error,
                            GError             **error)
{
  g_autofree char *detail = NULL;
  g_autofree char *message = NULL;
  int line = 1;

  if (parse_error->domain != G_MARKUP_ERROR)
    {
      g_propagate_error (error, g_error_copy (parse_error));
      return;
    }

  g_markup_parse_context_get_position (context, &line, NULL);
  /* GMarkup quotes what it could not read, and may cut it in the middle
   * of a character. */
  detail = g_utf8_make_valid (parse_error->message, -1);
  message = g_strdup_printf (_("the file is not well-formed XML (%s)"), detail);
  liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_SYNTAX, display_name, MAX (line, 1), message);
}

/* ---------------------------------------------------------------------- */
/* Records                                                                 */

static char *
take (JsonObject *attributes,
      const char *first_name,
      ...) G_GNUC_NULL_TERMINATED;

/* The value of the first of the named attributes that has one, taken out
 * of @attributes (names compared by their folded keys); NULL if none. */
static char *
take (JsonObject *attributes,
      const char *first_name,
      ...)
{
  va_list args;
  char *result = NULL;

  va_start (args, first_name);
  for (const char *name = first_name; name != NULL && result == NULL; name = va_arg (args, const char *))
    {
      g_autofree char *wanted = liaison_interop_fold_key (name);
      g_autoptr(GList) members = json_object_get_members (attributes);

      for (GList *iter = members; iter != NULL; iter = iter->next)
        {
          g_autofree char *key = liaison_interop_fold_key (iter->data);
          g_autofree char *value = NULL;

          if (strcmp (key, wanted) != 0)
            continue;

          value = g_strstrip (g_strdup (json_object_get_string_member_with_default (attributes, iter->data, "")));
          json_object_remove_member (attributes, iter->data);
          if (*value == '\0')
            continue;

          result = g_steal_pointer (&value);
          break;
        }
    }
  va_end (args);

  return result;
}

static void
keep_attribute (JsonObject *kept,
                const char *name,
                const char *value)
{
  if (value != NULL)
    json_object_set_string_member (kept, name, value);
}

static void
set_kept (LiaisonEntity *entity,
          JsonObject    *kept)
{
  g_autoptr(JsonObject) extras = NULL;

  if (json_object_get_size (kept) == 0)
    return;

  extras = json_object_new ();
  json_object_set_object_member (extras, KEPT_ATTRIBUTES, json_object_ref (kept));
  liaison_entity_set_extras (entity, extras);
}

static LiaisonText *
node_name (JsonObject *attributes,
           const char *country,
           const char *fallback)
{
  static const char *languages[] = { "en", "ja", "zh_CN", "zh_TW", "ko" };
  LiaisonText *text = liaison_text_new (NULL, NULL);
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *attribute = g_strdup_printf ("name_%s", languages[i]);
      g_autofree char *value = take (attributes, attribute, NULL);

      if (value != NULL)
        {
          LiaisonText *next = liaison_text_with (text, languages[i], value);

          liaison_text_unref (text);
          text = next;
        }
    }

  name = take (attributes, "label", "name", "title", NULL);
  if (name == NULL && liaison_text_get_n_items (text) == 0)
    name = g_strdup (fallback);
  if (name != NULL)
    {
      const char *language = liaison_interop_guess_language (name, country);

      if (liaison_text_get (text, language) == NULL)
        {
          LiaisonText *next = liaison_text_with (text, language, name);

          liaison_text_unref (text);
          text = next;
        }
    }

  return text;
}

static const char *
add_node (LiaisonMerge     *merge,
          LiaisonGraphNode *node)
{
  g_autoptr(JsonObject) attributes = json_object_new ();
  g_autoptr(JsonObject) kept = json_object_new ();
  g_autoptr(LiaisonOrganization) candidate = NULL;
  g_autoptr(LiaisonText) name = NULL;
  g_autofree char *country_text = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *founded_text = NULL;
  g_autofree char *short_name = NULL;
  g_autofree char *city = NULL;
  g_autofree char *website = NULL;
  g_autofree char *description = NULL;
  const char *country = NULL;
  int kind = LIAISON_ORGANIZATION_KIND_OTHER;
  LiaisonDate founded = LIAISON_DATE_INIT_NONE;
  JsonObjectIter iter;
  const char *member_name;
  JsonNode *member;

  /* A copy, as fields are taken out of it. */
  json_object_iter_init_ordered (&iter, node->attributes);
  while (json_object_iter_next_ordered (&iter, &member_name, &member))
    json_object_set_member (attributes, member_name, json_node_copy (member));

  country_text = take (attributes, "country", NULL);
  if (country_text != NULL && (country = liaison_interop_parse_country (country_text)) == NULL)
    keep_attribute (kept, "country", country_text);

  kind_text = take (attributes, "kind", "type", "category", NULL);
  if (kind_text != NULL && !liaison_interop_parse_enum (LIAISON_TYPE_ORGANIZATION_KIND, kind_text, &kind))
    keep_attribute (kept, "kind", kind_text);

  founded_text = take (attributes, "founded", NULL);
  if (founded_text != NULL && !liaison_interop_parse_date (founded_text, &founded))
    keep_attribute (kept, "founded", founded_text);

  name = node_name (attributes, country, node->id);
  short_name = take (attributes, "short_name", "acronym", "abbreviation", NULL);
  city = take (attributes, "city", NULL);
  website = take (attributes, "website", "url", NULL);
  description = take (attributes, "description", NULL);

  candidate = liaison_organization_new (node->id);
  g_object_set (candidate,
                "name", name,
                "short-name", short_name,
                "kind", kind,
                "country", country,
                "city", city,
                "website", website,
                "founded", (int) founded.year,
                "description", description,
                NULL);

  json_object_iter_init_ordered (&iter, attributes);
  while (json_object_iter_next_ordered (&iter, &member_name, &member))
    json_object_set_member (kept, member_name, json_node_copy (member));
  set_kept (LIAISON_ENTITY (candidate), kept);

  return liaison_merge_add_organization (merge, candidate);
}

static void
read_edge_date (JsonObject  *kept,
                const char  *name,
                const char  *text,
                const char  *spell,
                LiaisonDate *date)
{
  if (text != NULL && liaison_interop_parse_date (text, date))
    return;
  keep_attribute (kept, name, text);
  if (spell != NULL)
    liaison_interop_parse_date (spell, date);
}

static void
add_edge (LiaisonMerge     *merge,
          LiaisonGraphData *data,
          LiaisonGraphEdge *edge,
          const char       *from,
          const char       *to)
{
  g_autoptr(JsonObject) attributes = json_object_new ();
  g_autoptr(JsonObject) kept = json_object_new ();
  g_autoptr(LiaisonCooperationLink) candidate = NULL;
  g_auto(GStrv) scope = NULL;
  g_autofree char *kind_text = NULL;
  g_autofree char *status_text = NULL;
  g_autofree char *directed_text = NULL;
  g_autofree char *scope_text = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *end_text = NULL;
  g_autofree char *note = NULL;
  int kind = LIAISON_LINK_KIND_OTHER;
  int status = LIAISON_LINK_STATUS_ACTIVE;
  gboolean directed = edge->directed >= 0 ? edge->directed : data->directed;
  LiaisonDate start = LIAISON_DATE_INIT_NONE;
  LiaisonDate end = LIAISON_DATE_INIT_NONE;
  JsonObjectIter iter;
  const char *member_name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, edge->attributes);
  while (json_object_iter_next_ordered (&iter, &member_name, &member))
    json_object_set_member (attributes, member_name, json_node_copy (member));

  kind_text = take (attributes, "kind", "type", "label", NULL);
  if (kind_text != NULL && !liaison_interop_parse_enum (LIAISON_TYPE_LINK_KIND, kind_text, &kind))
    keep_attribute (kept, "kind", kind_text);

  status_text = take (attributes, "status", NULL);
  if (status_text != NULL && !liaison_interop_parse_enum (LIAISON_TYPE_LINK_STATUS, status_text, &status))
    keep_attribute (kept, "status", status_text);

  directed_text = take (attributes, "directed", NULL);
  if (directed_text != NULL && !liaison_interop_parse_boolean (directed_text, &directed))
    keep_attribute (kept, "directed", directed_text);

  start_text = take (attributes, "start", NULL);
  end_text = take (attributes, "end", NULL);
  read_edge_date (kept, "start", start_text, edge->spell_start, &start);
  read_edge_date (kept, "end", end_text, edge->spell_end, &end);
  if (liaison_date_is_set (&start) && liaison_date_is_set (&end) &&
      liaison_date_get_first_day (&end) < liaison_date_get_first_day (&start))
    {
      g_autofree char *start_form = liaison_date_to_string (&start);
      g_autofree char *end_form = liaison_date_to_string (&end);

      keep_attribute (kept, "start", start_form);
      keep_attribute (kept, "end", end_form);
      start = (LiaisonDate) LIAISON_DATE_INIT_NONE;
      end = (LiaisonDate) LIAISON_DATE_INIT_NONE;
    }

  scope_text = take (attributes, "scope", NULL);
  if (scope_text != NULL)
    scope = g_regex_split_simple ("\\s*[;；]\\s*", scope_text, 0, 0);

  note = take (attributes, "note", "description", NULL);

  candidate = liaison_cooperation_link_new (edge->id != NULL ? edge->id : "link");
  g_object_set (candidate,
                "from", from,
                "to", to,
                "kind", kind,
                "status", status,
                "directed", directed,
                "scope", scope,
                "note", note,
                NULL);
  if (liaison_date_is_set (&start))
    g_object_set (candidate, "start", &start, NULL);
  if (liaison_date_is_set (&end))
    g_object_set (candidate, "end", &end, NULL);

  json_object_iter_init_ordered (&iter, attributes);
  while (json_object_iter_next_ordered (&iter, &member_name, &member))
    json_object_set_member (kept, member_name, json_node_copy (member));
  set_kept (LIAISON_ENTITY (candidate), kept);

  liaison_merge_add_link (merge, candidate);
}

/* Checks the network, then adds its nodes as organizations (matched by
 * name or acronym with those of @document) and its edges as links, as
 * one undoable step. On error @document is unchanged. */
gboolean
liaison_graph_data_merge (LiaisonGraphData  *data,
                          LiaisonDocument   *document,
                          GError           **error)
{
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < data->edges->len; i++)
    {
      LiaisonGraphEdge *edge = data->edges->pdata[i];
      const char *missing = NULL;

      if (!g_hash_table_contains (data->node_index, edge->source))
        missing = edge->source;
      else if (!g_hash_table_contains (data->node_index, edge->target))
        missing = edge->target;

      if (missing != NULL)
        {
          g_autofree char *message = g_strdup_printf (_("an edge joins “%s”, which is not a node of the file"), missing);

          liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_UNKNOWN_REFERENCE, data->display_name,
                                        edge->line, message);
          return FALSE;
        }
    }

  merge = liaison_merge_new (document);

  for (guint i = 0; i < data->nodes->len; i++)
    {
      LiaisonGraphNode *node = data->nodes->pdata[i];

      g_hash_table_insert (ids, node->id, (char *) add_node (merge, node));
    }

  for (guint i = 0; i < data->edges->len; i++)
    {
      LiaisonGraphEdge *edge = data->edges->pdata[i];
      const char *from = g_hash_table_lookup (ids, edge->source);
      const char *to = g_hash_table_lookup (ids, edge->target);

      add_edge (merge, data, edge, from, to);
    }

  return liaison_merge_apply (merge, _("Import Network"), error);
}
