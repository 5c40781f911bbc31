/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graphml.c: the network as GraphML, for Cytoscape, yEd and networkx: organizations as nodes, links as edges.
 *
 * Attributes are GraphML keys named by attr.name, which is what Cytoscape
 * and networkx show. The import reads the keys and data of any GraphML,
 * including yEd's, whose node labels live inside its own elements.
 */

#define G_LOG_DOMAIN "liaison-graphml"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-graph-import.h"
#include "liaison-graphml.h"
#include "liaison-interop.h"

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

static void
write_keys (GString                       *out,
            const char                    *domain,
            const LiaisonNetworkAttribute *attributes,
            guint                          n_attributes,
            GPtrArray                     *kept_names)
{
  for (guint i = 0; i < n_attributes + kept_names->len; i++)
    {
      const char *name = i < n_attributes ? attributes[i].name : kept_names->pdata[i - n_attributes];
      const char *type = i < n_attributes ? attributes[i].type : "string";

      g_string_append_printf (out, "  <key id=\"%c_", domain[0]);
      liaison_interop_append_xml (out, name);
      g_string_append_printf (out, "\" for=\"%s\" attr.name=\"", domain);
      liaison_interop_append_xml (out, name);
      g_string_append_printf (out, "\" attr.type=\"%s\"/>\n", strcmp (type, "integer") == 0 ? "int" : type);
    }
}

static void
write_data (GString    *out,
            char        domain,
            const char *name,
            const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (out, "      <data key=\"%c_", domain);
  liaison_interop_append_xml (out, name);
  g_string_append (out, "\">");
  liaison_interop_append_xml (out, value);
  g_string_append (out, "</data>\n");
}

static void
write_values (GString                       *out,
              char                           domain,
              LiaisonEntity                 *entity,
              const LiaisonNetworkAttribute *attributes,
              guint                          n_attributes,
              GPtrArray                     *kept_names)
{
  JsonObject *kept = liaison_interop_get_kept_attributes (entity);

  for (guint i = 0; i < n_attributes; i++)
    {
      g_autofree char *value = liaison_interop_dup_attribute (entity, attributes[i].name);

      write_data (out, domain, attributes[i].name, value);
    }

  for (guint i = 0; kept != NULL && i < kept_names->len; i++)
    {
      JsonNode *node = json_object_get_member (kept, kept_names->pdata[i]);

      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        write_data (out, domain, kept_names->pdata[i], json_node_get_string (node));
    }
}

/* The network of @document (or only @organizations and the links between
 * them) as a GraphML file. */
char *
liaison_graphml_export_data (LiaisonDocument *document,
                             GListModel      *organizations,
                             gsize           *length)
{
  static const LiaisonNetworkAttribute label = { "label", "string" };
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) node_kept = NULL;
  g_autoptr(GPtrArray) edge_kept = NULL;
  g_autoptr(GPtrArray) no_names = g_ptr_array_new ();
  const LiaisonNetworkAttribute *node_attributes, *edge_attributes;
  guint n_node_attributes, n_edge_attributes;
  guint n_directed = 0;
  gboolean all_directed;
  GString *out;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  nodes = liaison_interop_get_network (document, organizations, &links);
  node_attributes = liaison_interop_get_node_attributes (&n_node_attributes);
  edge_attributes = liaison_interop_get_edge_attributes (&n_edge_attributes);
  node_kept = liaison_interop_get_kept_names (nodes, node_attributes, n_node_attributes);
  edge_kept = liaison_interop_get_kept_names (links, edge_attributes, n_edge_attributes);

  for (guint i = 0; i < links->len; i++)
    n_directed += liaison_cooperation_link_get_directed (links->pdata[i]);
  /* With links of both kinds the graph is undirected and each link's
   * direction is in its "directed" data: networkx, for one, refuses
   * edges whose direction differs from the graph's. */
  all_directed = links->len > 0 && n_directed == links->len;

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (out,
                   "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                   "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  write_keys (out, "node", &label, 1, no_names);
  write_keys (out, "node", node_attributes, n_node_attributes, node_kept);
  write_keys (out, "edge", &label, 1, no_names);
  write_keys (out, "edge", edge_attributes, n_edge_attributes, edge_kept);
  g_string_append_printf (out, "  <graph id=\"liaison\" edgedefault=\"%s\">\n",
                          all_directed ? "directed" : "undirected");

  for (guint i = 0; i < nodes->len; i++)
    {
      LiaisonEntity *organization = nodes->pdata[i];
      g_autofree char *title = liaison_entity_dup_title (organization, "en");

      g_string_append (out, "    <node id=\"");
      liaison_interop_append_xml (out, liaison_entity_get_id (organization));
      g_string_append (out, "\">\n");
      write_data (out, 'n', "label", title);
      write_values (out, 'n', organization, node_attributes, n_node_attributes, node_kept);
      g_string_append (out, "    </node>\n");
    }

  for (guint i = 0; i < links->len; i++)
    {
      LiaisonCooperationLink *link = links->pdata[i];

      g_string_append (out, "    <edge id=\"");
      liaison_interop_append_xml (out, liaison_entity_get_id (LIAISON_ENTITY (link)));
      g_string_append (out, "\" source=\"");
      liaison_interop_append_xml (out, liaison_cooperation_link_get_from (link));
      g_string_append (out, "\" target=\"");
      liaison_interop_append_xml (out, liaison_cooperation_link_get_to (link));
      g_string_append (out, "\"");
      g_string_append (out, ">\n");
      write_data (out, 'e', "label",
                  liaison_enum_to_nick (LIAISON_TYPE_LINK_KIND, liaison_cooperation_link_get_kind (link)));
      write_values (out, 'e', LIAISON_ENTITY (link), edge_attributes, n_edge_attributes, edge_kept);
      g_string_append (out, "    </edge>\n");
    }

  g_string_append (out, "  </graph>\n</graphml>\n");

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

gboolean
liaison_graphml_export_file (LiaisonDocument  *document,
                             GListModel       *organizations,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = liaison_graphml_export_data (document, organizations, &length);
  g_return_val_if_fail (data != NULL, FALSE);

  return liaison_interop_save_file (file, data, length, cancellable, error);
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

typedef struct
{
  char *name;
  char *domain;        /* "node", "edge", "all", … */
  char *default_value;
} Key;

typedef struct
{
  LiaisonGraphData *data;
  GHashTable       *keys;        /* id → Key */
  Key              *key;         /* while in <key> */
  GPtrArray        *node_stack;  /* of LiaisonGraphNode, for nested graphs */
  LiaisonGraphEdge *edge;
  JsonObject       *data_target; /* while in <data> */
  char             *data_name;
  GString          *text;        /* while in <data> or <default> */
  gboolean          in_default;
  gboolean          seen_root;
} Reader;

static void
key_free (Key *key)
{
  g_free (key->name);
  g_free (key->domain);
  g_free (key->default_value);
  g_free (key);
}

static const char *
attribute_of (const char **names,
              const char **values,
              const char  *wanted)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (strcmp (names[i], wanted) == 0)
        return values[i];
    }

  return NULL;
}

/* The line of the element being started. GMarkup reports a start tag
 * with content once it has read the character after it, which is on
 * the next line when the tag ends one. */
static guint
current_line (GMarkupParseContext *context)
{
  int line = 1;
  int column = 1;

  g_markup_parse_context_get_position (context, &line, &column);
  if (column <= 1 && line > 1)
    line--;

  return MAX (line, 1);
}

static void
reader_start_element (GMarkupParseContext  *context,
                      const char           *element,
                      const char          **names,
                      const char          **values,
                      gpointer              user_data,
                      GError              **error)
{
  Reader *reader = user_data;
  LiaisonGraphNode *node = reader->node_stack->len > 0 ? g_ptr_array_index (reader->node_stack, reader->node_stack->len - 1) : NULL;

  if (!reader->seen_root)
    {
      if (strcmp (element, "graphml") != 0)
        {
          liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_INVALID, reader->data->display_name,
                                        current_line (context), _("this is not a GraphML file"));
          return;
        }
      reader->seen_root = TRUE;
      return;
    }

  if (strcmp (element, "key") == 0)
    {
      const char *id = attribute_of (names, values, "id");
      const char *name = attribute_of (names, values, "attr.name");
      const char *yfiles_type = attribute_of (names, values, "yfiles.type");
      Key *key;

      if (id == NULL)
        return;
      /* yEd keeps node labels inside its graphics. */
      if (name == NULL && g_strcmp0 (yfiles_type, "nodegraphics") == 0)
        name = "label";

      key = g_new0 (Key, 1);
      key->name = g_strdup (name != NULL ? name : id);
      key->domain = g_strdup (attribute_of (names, values, "for"));
      g_hash_table_replace (reader->keys, g_strdup (id), key);
      reader->key = key;
    }
  else if (strcmp (element, "default") == 0 && reader->key != NULL)
    {
      reader->in_default = TRUE;
      g_string_truncate (reader->text, 0);
    }
  else if (strcmp (element, "graph") == 0)
    {
      /* Nested graphs inherit nothing Liaison uses but their nodes. */
      if (node == NULL)
        reader->data->directed = g_strcmp0 (attribute_of (names, values, "edgedefault"), "directed") == 0;
    }
  else if (strcmp (element, "node") == 0)
    {
      node = liaison_graph_data_add_node (reader->data, attribute_of (names, values, "id"), current_line (context), error);
      if (node == NULL)
        return;
      if (reader->node_stack->len > 0)
        json_object_set_string_member (node->attributes, "parent_node",
                                       ((LiaisonGraphNode *) g_ptr_array_index (reader->node_stack, reader->node_stack->len - 1))->id);
      g_ptr_array_add (reader->node_stack, node);
    }
  else if (strcmp (element, "edge") == 0)
    {
      const char *directed = attribute_of (names, values, "directed");
      LiaisonGraphEdge *edge;

      edge = liaison_graph_data_add_edge (reader->data, attribute_of (names, values, "id"),
                                          attribute_of (names, values, "source"),
                                          attribute_of (names, values, "target"),
                                          current_line (context), error);
      if (edge == NULL)
        return;
      if (directed != NULL)
        edge->directed = strcmp (directed, "true") == 0;
      reader->edge = edge;
    }
  else if (strcmp (element, "data") == 0 && reader->data_target == NULL && (reader->edge != NULL || node != NULL))
    {
      const char *key_id = attribute_of (names, values, "key");
      Key *key = key_id != NULL ? g_hash_table_lookup (reader->keys, key_id) : NULL;

      if (key_id == NULL)
        return;
      reader->data_target = reader->edge != NULL ? reader->edge->attributes : node->attributes;
      reader->data_name = g_strdup (key != NULL ? key->name : key_id);
      g_string_truncate (reader->text, 0);
    }
}

static void
reader_end_element (GMarkupParseContext  *context,
                    const char           *element,
                    gpointer              user_data,
                    GError              **error)
{
  Reader *reader = user_data;

  if (strcmp (element, "node") == 0 && reader->node_stack->len > 0)
    {
      g_ptr_array_set_size (reader->node_stack, reader->node_stack->len - 1);
    }
  else if (strcmp (element, "edge") == 0)
    {
      reader->edge = NULL;
    }
  else if (strcmp (element, "key") == 0)
    {
      reader->key = NULL;
    }
  else if (strcmp (element, "default") == 0 && reader->in_default)
    {
      reader->in_default = FALSE;
      if (reader->key != NULL)
        g_set_str (&reader->key->default_value, g_strstrip (reader->text->str));
    }
  else if (strcmp (element, "data") == 0 && reader->data_target != NULL)
    {
      const char *value = g_strstrip (reader->text->str);

      if (*value != '\0' && !json_object_has_member (reader->data_target, reader->data_name))
        json_object_set_string_member (reader->data_target, reader->data_name, value);
      reader->data_target = NULL;
      g_clear_pointer (&reader->data_name, g_free);
    }
}

static void
reader_text (GMarkupParseContext  *context,
             const char           *text,
             gsize                 length,
             gpointer              user_data,
             GError              **error)
{
  Reader *reader = user_data;

  if (reader->data_target != NULL || reader->in_default)
    g_string_append_len (reader->text, text, length);
}

static const GMarkupParser parser = {
  .start_element = reader_start_element,
  .end_element = reader_end_element,
  .text = reader_text,
};

static void
apply_defaults (Reader *reader)
{
  GHashTableIter iter;
  Key *key;

  g_hash_table_iter_init (&iter, reader->keys);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &key))
    {
      gboolean nodes = g_strcmp0 (key->domain, "node") == 0 || g_strcmp0 (key->domain, "all") == 0;
      gboolean edges = g_strcmp0 (key->domain, "edge") == 0 || g_strcmp0 (key->domain, "all") == 0;

      if (key->default_value == NULL || *key->default_value == '\0')
        continue;

      for (guint i = 0; nodes && i < reader->data->nodes->len; i++)
        {
          LiaisonGraphNode *node = reader->data->nodes->pdata[i];

          if (!json_object_has_member (node->attributes, key->name))
            json_object_set_string_member (node->attributes, key->name, key->default_value);
        }
      for (guint i = 0; edges && i < reader->data->edges->len; i++)
        {
          LiaisonGraphEdge *edge = reader->data->edges->pdata[i];

          if (!json_object_has_member (edge->attributes, key->name))
            json_object_set_string_member (edge->attributes, key->name, key->default_value);
        }
    }
}

/* Reads the GraphML text @data and merges its network into @document as
 * one undoable step. On error @document is unchanged. */
gboolean
liaison_graphml_import_data (LiaisonDocument  *document,
                             const char       *data,
                             gsize             length,
                             const char       *display_name,
                             GError          **error)
{
  g_autoptr(LiaisonGraphData) graph = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) key_free);
  g_autoptr(GPtrArray) node_stack = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) parse_error = NULL;
  Reader reader;
  gboolean parsed;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (display_name != NULL, FALSE);

  if (length > LIAISON_INTEROP_MAX_SIZE)
    {
      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_TOO_LARGE,
                   _("%s is too large to import (over %u MiB)"),
                   display_name, LIAISON_INTEROP_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!liaison_interop_check_utf8 (data, length, display_name, error))
    return FALSE;

  graph = liaison_graph_data_new (display_name);
  reader = (Reader) { .data = graph, .keys = keys, .node_stack = node_stack, .text = text };
  context = g_markup_parse_context_new (&parser, 0, &reader, NULL);

  parsed = g_markup_parse_context_parse (context, data, length, &parse_error) &&
           g_markup_parse_context_end_parse (context, &parse_error);
  g_clear_pointer (&reader.data_name, g_free);
  if (!parsed)
    {
      liaison_graph_parse_failed (context, display_name, parse_error, error);
      return FALSE;
    }

  if (!reader.seen_root)
    {
      liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_EMPTY, display_name, 1,
                                    _("this is not a GraphML file"));
      return FALSE;
    }

  apply_defaults (&reader);

  return liaison_graph_data_merge (graph, document, error);
}

gboolean
liaison_graphml_import_file (LiaisonDocument  *document,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = liaison_interop_load_file (file, cancellable, &length, &name, error);
  if (data == NULL)
    return FALSE;

  return liaison_graphml_import_data (document, data, length, name, error);
}
