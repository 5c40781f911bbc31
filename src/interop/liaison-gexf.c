/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-gexf.c: the network as GEXF 1.3, for Gephi: organizations as nodes, links as edges with spells.
 *
 * The export is a dynamic graph with dates as its time format: every link
 * has a spell from the first day of its start to the last day of its end,
 * and every organization appears with its first dated link, so that
 * Gephi's timeline plays the growth of the network. The dates themselves
 * are also attributes in Liaison's form ("2021-early"), so that an import
 * of the file gets them back exactly.
 *
 * The import reads GEXF 1.1 to 1.3 as Gephi and networkx write it, with
 * GMarkupParser: nodes, edges, their attribute values and spells.
 */

#define G_LOG_DOMAIN "liaison-gexf"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-gexf.h"
#include "liaison-graph-import.h"
#include "liaison-interop.h"
#include "liaison-language.h"

/* ---------------------------------------------------------------------- */
/* Writing                                                                 */

typedef struct
{
  guint32  first_day;   /* of the earliest dated link; 0 for none */
  gboolean undated;     /* has a link without a start */
} Appearance;

static char *
format_julian (guint32 julian)
{
  GDate date;

  g_date_set_julian (&date, julian);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

static void
write_attribute_declarations (GString                       *out,
                              const char                    *class,
                              const LiaisonNetworkAttribute *attributes,
                              guint                          n_attributes,
                              GPtrArray                     *kept_names)
{
  g_string_append_printf (out, "    <attributes class=\"%s\" mode=\"static\">\n", class);
  for (guint i = 0; i < n_attributes; i++)
    g_string_append_printf (out, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n",
                            attributes[i].name, attributes[i].name, attributes[i].type);
  for (guint i = 0; i < kept_names->len; i++)
    {
      g_string_append (out, "      <attribute id=\"");
      liaison_interop_append_xml (out, kept_names->pdata[i]);
      g_string_append (out, "\" title=\"");
      liaison_interop_append_xml (out, kept_names->pdata[i]);
      g_string_append (out, "\" type=\"string\"/>\n");
    }
  g_string_append (out, "    </attributes>\n");
}

static void
write_attribute_values (GString                       *out,
                        LiaisonEntity                 *entity,
                        const LiaisonNetworkAttribute *attributes,
                        guint                          n_attributes,
                        GPtrArray                     *kept_names)
{
  JsonObject *kept = liaison_interop_get_kept_attributes (entity);
  gboolean open = FALSE;

  for (guint i = 0; i < n_attributes + kept_names->len; i++)
    {
      const char *name = i < n_attributes ? attributes[i].name : kept_names->pdata[i - n_attributes];
      g_autofree char *value = NULL;

      if (i < n_attributes)
        {
          value = liaison_interop_dup_attribute (entity, name);
        }
      else if (kept != NULL && json_object_has_member (kept, name))
        {
          JsonNode *node = json_object_get_member (kept, name);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            value = g_strdup (json_node_get_string (node));
        }

      if (value == NULL)
        continue;

      if (!open)
        g_string_append (out, "        <attvalues>\n");
      open = TRUE;
      g_string_append (out, "          <attvalue for=\"");
      liaison_interop_append_xml (out, name);
      g_string_append (out, "\" value=\"");
      liaison_interop_append_xml (out, value);
      g_string_append (out, "\"/>\n");
    }

  if (open)
    g_string_append (out, "        </attvalues>\n");
}

/* The network of @document (or only @organizations and the links between
 * them) as a GEXF 1.3 file. */
char *
liaison_gexf_export_data (LiaisonDocument *document,
                          GListModel      *organizations,
                          gsize           *length)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) node_kept = NULL;
  g_autoptr(GPtrArray) edge_kept = NULL;
  g_autoptr(GHashTable) appearances = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const LiaisonNetworkAttribute *node_attributes, *edge_attributes;
  guint n_node_attributes, n_edge_attributes;
  guint n_directed = 0;
  GString *out;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);

  nodes = liaison_interop_get_network (document, organizations, &links);
  node_attributes = liaison_interop_get_node_attributes (&n_node_attributes);
  edge_attributes = liaison_interop_get_edge_attributes (&n_edge_attributes);
  node_kept = liaison_interop_get_kept_names (nodes, node_attributes, n_node_attributes);
  edge_kept = liaison_interop_get_kept_names (links, edge_attributes, n_edge_attributes);

  for (guint i = 0; i < nodes->len; i++)
    g_hash_table_insert (appearances, (char *) liaison_entity_get_id (nodes->pdata[i]), g_new0 (Appearance, 1));

  for (guint i = 0; i < links->len; i++)
    {
      LiaisonCooperationLink *link = links->pdata[i];
      guint32 first_day = liaison_date_get_first_day (liaison_cooperation_link_get_start (link));
      const char *ends[] = { liaison_cooperation_link_get_from (link), liaison_cooperation_link_get_to (link) };

      n_directed += liaison_cooperation_link_get_directed (link);
      for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
        {
          Appearance *appearance = g_hash_table_lookup (appearances, ends[e]);

          if (first_day == 0)
            appearance->undated = TRUE;
          else if (appearance->first_day == 0 || first_day < appearance->first_day)
            appearance->first_day = first_day;
        }
    }

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append (out,
                   "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
                   "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                   "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
  g_string_append_printf (out, "  <meta lastmodifieddate=\"%s\">\n", today);
  g_string_append_printf (out, "    <creator>Liaison %s</creator>\n", PACKAGE_VERSION);
  g_string_append (out, "  </meta>\n");
  /* A network with links of both kinds is written as undirected, each
   * link's direction in its "directed" attribute: readers such as
   * networkx refuse mixed graphs, and count a "mutual" edge twice. */
  g_string_append_printf (out, "  <graph mode=\"dynamic\" defaultedgetype=\"%s\" timeformat=\"date\">\n",
                          n_directed == links->len && links->len > 0 ? "directed" : "undirected");

  write_attribute_declarations (out, "node", node_attributes, n_node_attributes, node_kept);
  write_attribute_declarations (out, "edge", edge_attributes, n_edge_attributes, edge_kept);

  g_string_append (out, "    <nodes>\n");
  for (guint i = 0; i < nodes->len; i++)
    {
      LiaisonOrganization *organization = nodes->pdata[i];
      Appearance *appearance = g_hash_table_lookup (appearances, liaison_entity_get_id (nodes->pdata[i]));
      g_autofree char *label = liaison_entity_dup_title (LIAISON_ENTITY (organization), "en");

      g_string_append (out, "      <node id=\"");
      liaison_interop_append_xml (out, liaison_entity_get_id (LIAISON_ENTITY (organization)));
      g_string_append (out, "\" label=\"");
      liaison_interop_append_xml (out, label);
      g_string_append (out, "\">\n");

      write_attribute_values (out, LIAISON_ENTITY (organization), node_attributes, n_node_attributes, node_kept);

      if (appearance->first_day != 0 && !appearance->undated)
        {
          g_autofree char *start = format_julian (appearance->first_day);

          g_string_append_printf (out, "        <spells>\n          <spell start=\"%s\"/>\n        </spells>\n", start);
        }

      if (liaison_organization_get_placed (organization))
        {
          char x[G_ASCII_DTOSTR_BUF_SIZE], y[G_ASCII_DTOSTR_BUF_SIZE];

          g_ascii_dtostr (x, sizeof x, liaison_organization_get_x (organization));
          g_ascii_dtostr (y, sizeof y, liaison_organization_get_y (organization));
          g_string_append_printf (out, "        <viz:position x=\"%s\" y=\"%s\" z=\"0.0\"/>\n", x, y);
        }

      g_string_append (out, "      </node>\n");
    }
  g_string_append (out, "    </nodes>\n");

  g_string_append (out, "    <edges>\n");
  for (guint i = 0; i < links->len; i++)
    {
      LiaisonCooperationLink *link = links->pdata[i];
      g_autofree char *start = liaison_interop_date_first_day (liaison_cooperation_link_get_start (link));
      g_autofree char *end = liaison_interop_date_last_day (liaison_cooperation_link_get_end (link));

      g_string_append (out, "      <edge id=\"");
      liaison_interop_append_xml (out, liaison_entity_get_id (LIAISON_ENTITY (link)));
      g_string_append (out, "\" source=\"");
      liaison_interop_append_xml (out, liaison_cooperation_link_get_from (link));
      g_string_append (out, "\" target=\"");
      liaison_interop_append_xml (out, liaison_cooperation_link_get_to (link));
      g_string_append (out, "\"");
      g_string_append_printf (out, " label=\"%s\">\n",
                              liaison_enum_to_nick (LIAISON_TYPE_LINK_KIND, liaison_cooperation_link_get_kind (link)));

      write_attribute_values (out, LIAISON_ENTITY (link), edge_attributes, n_edge_attributes, edge_kept);

      if (start != NULL || end != NULL)
        {
          g_string_append (out, "        <spells>\n          <spell");
          if (start != NULL)
            g_string_append_printf (out, " start=\"%s\"", start);
          if (end != NULL)
            g_string_append_printf (out, " end=\"%s\"", end);
          g_string_append (out, "/>\n        </spells>\n");
        }

      g_string_append (out, "      </edge>\n");
    }
  g_string_append (out, "    </edges>\n");
  g_string_append (out, "  </graph>\n</gexf>\n");

  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

gboolean
liaison_gexf_export_file (LiaisonDocument  *document,
                          GListModel       *organizations,
                          GFile            *file,
                          GCancellable     *cancellable,
                          GError          **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = liaison_gexf_export_data (document, organizations, &length);
  g_return_val_if_fail (data != NULL, FALSE);

  return liaison_interop_save_file (file, data, length, cancellable, error);
}

/* ---------------------------------------------------------------------- */
/* Reading                                                                 */

typedef struct
{
  LiaisonGraphData *data;
  GHashTable       *node_titles;   /* attribute id → title */
  GHashTable       *edge_titles;
  GHashTable       *current_titles;   /* while in <attributes> */
  GPtrArray        *node_stack;    /* of LiaisonGraphNode, for nested nodes */
  LiaisonGraphEdge *edge;
  gboolean          seen_root;
} Reader;

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
  const char *local = strchr (element, ':') != NULL ? strchr (element, ':') + 1 : element;
  LiaisonGraphNode *node = reader->node_stack->len > 0 ? g_ptr_array_index (reader->node_stack, reader->node_stack->len - 1) : NULL;

  if (!reader->seen_root)
    {
      if (strcmp (local, "gexf") != 0)
        {
          liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_INVALID, reader->data->display_name,
                                        current_line (context), _("this is not a GEXF file"));
          return;
        }
      reader->seen_root = TRUE;
      return;
    }

  /* Elements of other namespaces, such as viz:, say nothing Liaison keeps. */
  if (local != element)
    return;

  if (strcmp (element, "graph") == 0)
    {
      reader->data->directed = g_strcmp0 (attribute_of (names, values, "defaultedgetype"), "directed") == 0;
    }
  else if (strcmp (element, "attributes") == 0)
    {
      const char *class = attribute_of (names, values, "class");

      reader->current_titles = g_strcmp0 (class, "edge") == 0 ? reader->edge_titles
                             : g_strcmp0 (class, "node") == 0 ? reader->node_titles : NULL;
    }
  else if (strcmp (element, "attribute") == 0 && reader->current_titles != NULL)
    {
      const char *id = attribute_of (names, values, "id");
      const char *title = attribute_of (names, values, "title");

      if (id != NULL)
        g_hash_table_insert (reader->current_titles, g_strdup (id), g_strdup (title != NULL ? title : id));
    }
  else if (strcmp (element, "node") == 0)
    {
      const char *label = attribute_of (names, values, "label");
      const char *parent = attribute_of (names, values, "pid");

      node = liaison_graph_data_add_node (reader->data, attribute_of (names, values, "id"), current_line (context), error);
      if (node == NULL)
        return;
      if (label != NULL)
        json_object_set_string_member (node->attributes, "label", label);
      if (parent == NULL && reader->node_stack->len > 0)
        parent = ((LiaisonGraphNode *) g_ptr_array_index (reader->node_stack, reader->node_stack->len - 1))->id;
      if (parent != NULL)
        json_object_set_string_member (node->attributes, "parent_node", parent);
      g_ptr_array_add (reader->node_stack, node);
    }
  else if (strcmp (element, "edge") == 0)
    {
      const char *type = attribute_of (names, values, "type");
      const char *label = attribute_of (names, values, "label");
      const char *weight = attribute_of (names, values, "weight");
      LiaisonGraphEdge *edge;

      edge = liaison_graph_data_add_edge (reader->data, attribute_of (names, values, "id"),
                                          attribute_of (names, values, "source"),
                                          attribute_of (names, values, "target"),
                                          current_line (context), error);
      if (edge == NULL)
        return;
      if (type != NULL)
        edge->directed = strcmp (type, "directed") == 0;
      if (label != NULL)
        json_object_set_string_member (edge->attributes, "label", label);
      if (weight != NULL)
        json_object_set_string_member (edge->attributes, "weight", weight);
      edge->spell_start = g_strdup (attribute_of (names, values, "start"));
      edge->spell_end = g_strdup (attribute_of (names, values, "end"));
      reader->edge = edge;
    }
  else if (strcmp (element, "attvalue") == 0 && (reader->edge != NULL || node != NULL))
    {
      const char *key = attribute_of (names, values, "for");
      const char *value = attribute_of (names, values, "value");
      GHashTable *titles = reader->edge != NULL ? reader->edge_titles : reader->node_titles;
      JsonObject *attributes = reader->edge != NULL ? reader->edge->attributes : node->attributes;
      const char *title;

      if (key == NULL)
        key = attribute_of (names, values, "id");   /* GEXF 1.0 */
      if (key == NULL || value == NULL)
        return;

      title = g_hash_table_lookup (titles, key);
      /* Dynamic attributes have several values; the first is kept. */
      if (!json_object_has_member (attributes, title != NULL ? title : key))
        json_object_set_string_member (attributes, title != NULL ? title : key, value);
    }
  else if (strcmp (element, "spell") == 0 && reader->edge != NULL)
    {
      const char *start = attribute_of (names, values, "start");
      const char *end = attribute_of (names, values, "end");

      if (reader->edge->spell_start == NULL && start != NULL)
        reader->edge->spell_start = g_strdup (start);
      if (end != NULL)
        g_set_str (&reader->edge->spell_end, end);
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
    g_ptr_array_set_size (reader->node_stack, reader->node_stack->len - 1);
  else if (strcmp (element, "edge") == 0)
    reader->edge = NULL;
  else if (strcmp (element, "attributes") == 0)
    reader->current_titles = NULL;
}

static const GMarkupParser parser = {
  .start_element = reader_start_element,
  .end_element = reader_end_element,
};

/* Reads the GEXF text @data and merges its network into @document as one
 * undoable step. On error @document is unchanged. */
gboolean
liaison_gexf_import_data (LiaisonDocument  *document,
                          const char       *data,
                          gsize             length,
                          const char       *display_name,
                          GError          **error)
{
  g_autoptr(LiaisonGraphData) graph = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GHashTable) node_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) edge_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) node_stack = g_ptr_array_new ();
  g_autoptr(GError) parse_error = NULL;
  Reader reader;

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
  reader = (Reader) { graph, node_titles, edge_titles, NULL, node_stack, NULL, FALSE };
  context = g_markup_parse_context_new (&parser, 0, &reader, NULL);

  if (!g_markup_parse_context_parse (context, data, length, &parse_error) ||
      !g_markup_parse_context_end_parse (context, &parse_error))
    {
      liaison_graph_parse_failed (context, display_name, parse_error, error);
      return FALSE;
    }

  if (!reader.seen_root)
    {
      liaison_interop_set_error_at (error, LIAISON_INTEROP_ERROR_EMPTY, display_name, 1,
                                    _("this is not a GEXF file"));
      return FALSE;
    }

  return liaison_graph_data_merge (graph, document, error);
}

gboolean
liaison_gexf_import_file (LiaisonDocument  *document,
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

  return liaison_gexf_import_data (document, data, length, name, error);
}
