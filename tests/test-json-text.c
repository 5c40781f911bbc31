/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-json-text.c: the fast JSON parser and writer give what json-glib gives. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-json-tree.h"
#include "liaison-json-writer.h"

/* What json-glib writes for @node, in the layout of saved files. */
static char *
generate_pretty (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);

  return g_strconcat (text, "\n", NULL);
}

static char *
generate_compact (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

static char *
write_with_writer (JsonNode *node)
{
  LiaisonJsonWriter *writer = liaison_json_writer_new (0);

  liaison_json_writer_node (writer, node);

  return liaison_json_writer_free_to_text (writer, NULL);
}

static void
assert_writer_matches (JsonNode *node)
{
  g_autofree char *expected = generate_pretty (node);
  g_autofree char *written = write_with_writer (node);

  g_assert_cmpstr (written, ==, expected);
}

static JsonNode *
parse_with_json_glib (const char *text,
                      gssize      length)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (!json_parser_load_from_data (parser, text, length, NULL) || json_parser_get_root (parser) == NULL)
    return NULL;

  return json_node_copy (json_parser_get_root (parser));
}

static char *
read_test_file (const char *first,
                ...)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  char *contents = NULL;
  va_list args;

  g_ptr_array_add (parts, (char *) g_test_get_dir (G_TEST_DIST));
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (char *) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  path = g_build_filenamev ((char **) parts->pdata);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

/* A tree with every kind of value, empty objects and lists at several
 * depths, and strings with every ASCII character. */
static JsonNode *
make_varied_tree (GRand *rand)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const double doubles[] = { 0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e20, 1e-7, 123456789.123456789,
                             3.0e300, 1.0 / 3.0, 100.0, 1e16, 1e15, 5e-324, 1.7976931348623157e308 };
  char ascii[128];

  for (int c = 1; c < 128; c++)
    ascii[c - 1] = c;
  ascii[127] = '\0';

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "empty object");
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "empty list");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "nested");
  json_builder_begin_array (builder);
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "deeper");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "x");
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "numbers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    json_builder_add_double_value (builder, doubles[i]);
  for (guint i = 0; i < 200; i++)
    {
      guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      double value;

      memcpy (&value, &bits, sizeof value);
      if (isfinite (value))
        json_builder_add_double_value (builder, value);
      json_builder_add_double_value (builder, g_rand_double_range (rand, -1e6, 1e6));
    }
  json_builder_add_int_value (builder, G_MININT64);
  json_builder_add_int_value (builder, G_MAXINT64);
  json_builder_add_int_value (builder, 0);
  json_builder_add_int_value (builder, -42);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "ascii");
  json_builder_add_string_value (builder, ascii);
  json_builder_set_member_name (builder, "unicode");
  json_builder_add_string_value (builder, "é東京 서울 臺北\u2028\u2029\xc2\x80\xc2\x9f\xef\xbb\xbf😀");
  json_builder_set_member_name (builder, "ke\"y\n\\");
  json_builder_add_string_value (builder, "");
  json_builder_set_member_name (builder, "true");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "false");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "null");
  json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

static void
test_writer_matches_json_glib (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  const char *files[][3] = {
    { "..", "data/sample/sample.liaison", NULL },
    { "data", "unknown-fields.liaison", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *text = read_test_file (files[i][0], files[i][1], NULL);
      g_autoptr(JsonNode) node = parse_with_json_glib (text, -1);

      g_assert_nonnull (node);
      assert_writer_matches (node);
    }

  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(JsonNode) node = make_varied_tree (rand);

      assert_writer_matches (node);
    }

  /* Lone values, and empty containers at the top. */
  {
    const char *texts[] = { "{}", "[]", "\"text\"", "1.0", "-7", "true", "null", "[[],{}]" };

    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autoptr(JsonNode) node = parse_with_json_glib (texts[i], -1);

        assert_writer_matches (node);
      }
  }
}

/* Whether the fast parser reads @text as json-glib does; returns whether
 * it read it at all (it may leave a text to json-glib). */
static gboolean
parser_agrees (const char *text,
               gsize       length)
{
  g_autoptr(LiaisonJsonTree) tree = NULL;
  g_autoptr(JsonNode) expected = NULL;
  g_autoptr(JsonNode) found = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *found_text = NULL;

  if (!g_utf8_validate_len (text, length, NULL))
    return FALSE;

  tree = liaison_json_tree_parse (text, length, 1000);
  if (tree == NULL)
    return FALSE;

  expected = parse_with_json_glib (text, length);
  if (expected == NULL)
    g_error ("The fast parser accepts what json-glib refuses: %.*s", (int) MIN (length, 200), text);

  found = liaison_json_value_to_node (liaison_json_tree_get_root (tree));
  expected_text = generate_compact (expected);
  found_text = generate_compact (found);
  g_assert_cmpstr (found_text, ==, expected_text);

  return TRUE;
}

static void
test_parser_matches_json_glib (void)
{
  /* Plain JSON the fast parser must read itself. */
  const char *plain[] = {
    "{}", "[]", "[1, -2, 0, 3.5, -0.25, 1e5, 1E5, 1e+5, 2.5e-3, -1.5E+10]",
    "{\"a\" : [true, false, null], \"b\" : {\"c\" : {}}}",
    "\"\\u00e9\\ud83d\\ude00 \\\" \\\\ \\/ \\b \\f \\n \\r \\t\"",
    "[9223372036854775807, -9223372036854775808]",
    " \t\r\n[ 1 , 2 ]\n ",
    "[\"\x7f\", \"東京\"]",
  };
  /* Beyond plain JSON or not JSON at all: json-glib decides. */
  const char *other[] = {
    "", " ", "[1,]", "{\"a\":1,}", "{\"a\":1,\"a\":2}", "/* c */ 1", "'x'", "[\"a\tb\"]", "1.5e", "0x10",
    "[.5]", "[5.]", "99999999999999999999", "9223372036854775808", "-0", "[1e400]", "\"\\u0000\"",
    "[1 2]", "{\"a\" 1}", "\f[1]", "[1]\v", "[tru]", "[True]", "[nul]", "[-]", "[+1]", "[01]", "[1.e5]",
    "[-.5]", "[\"\\x41\"]", "{a:1}", "[\"\\ud800\"]", "[\"\\udc00\"]", "[\"\\ud800\\u0041\"]", "{} {}",
    "[", "{", "\"abc", "[1]]", "[\"\\", "[\"\\u12\"]",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  const char *name;

  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      if (!parser_agrees (plain[i], strlen (plain[i])))
        g_error ("The fast parser left plain JSON to json-glib: %s", plain[i]);
    }

  /* Text that is not UTF-8, in strings or out of them, is left to the
   * loader's checks, which report where it is. */
  {
    const char *not_utf8[] = {
      "[\"\xff\"]", "[\"abc\xc3\"]", "[\"\xc0\xaf\"]", "[\"\xed\xa0\x80\"]",
      "[\"long enough to be read by words \xe6\x9d\"]", "[1, \xc3\xa9]", "\xef\xbb\xbf[]",
    };

    for (guint i = 0; i < G_N_ELEMENTS (not_utf8); i++)
      g_assert_null (liaison_json_tree_parse (not_utf8[i], strlen (not_utf8[i]), 100));
  }
  for (guint i = 0; i < G_N_ELEMENTS (other); i++)
    parser_agrees (other[i], strlen (other[i]));

  /* Documents, and every malformed one of the loader's tests. */
  {
    g_autofree char *sample = read_test_file ("..", "data/sample/sample.liaison", NULL);
    g_autofree char *unknown = read_test_file ("data", "unknown-fields.liaison", NULL);

    g_assert_true (parser_agrees (sample, strlen (sample)));
    g_assert_true (parser_agrees (unknown, strlen (unknown)));
  }
  dir = g_dir_open (bad, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (bad, name, NULL);
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &text, &length, NULL));
      parser_agrees (text, length);
    }

  /* Numbers as people and programs write them: json-glib's values, to the bit. */
  for (guint round = 0; round < 20; round++)
    {
      g_autoptr(GString) text = g_string_new ("[");

      for (guint i = 0; i < 100; i++)
        {
          char buffer[512];
          const char *formats[] = { "%.17g", "%.6g", "%.3e", "%.1f", "%.12E" };
          double value = g_rand_double_range (rand, -1e9, 1e9) * pow (10, g_rand_int_range (rand, -30, 30));

          g_ascii_formatd (buffer, sizeof buffer, formats[i % G_N_ELEMENTS (formats)], value);
          g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", buffer);
          /* A bare whole number would be an integer, and too large for one. */
          if (strpbrk (buffer, ".eE") == NULL)
            g_string_append (text, "e0");
        }
      g_string_append (text, "]");
      if (!parser_agrees (text->str, text->len))
        g_error ("The fast parser left numbers to json-glib: %s", text->str);
    }
}

static void
test_tree_from_node (void)
{
  g_autofree char *text = read_test_file ("data", "unknown-fields.liaison", NULL);
  g_autoptr(JsonNode) node = parse_with_json_glib (text, -1);
  g_autoptr(LiaisonJsonTree) tree = liaison_json_tree_new_from_node (node);
  g_autoptr(JsonNode) copy = liaison_json_value_to_node (liaison_json_tree_get_root (tree));
  g_autofree char *expected = generate_compact (node);
  g_autofree char *found = generate_compact (copy);
  const LiaisonJsonValue *root = liaison_json_tree_get_root (tree);
  const LiaisonJsonValue *format = liaison_json_value_get_member (root, "format");

  g_assert_cmpstr (found, ==, expected);
  g_assert_nonnull (format);
  g_assert_cmpint (format->type, ==, LIAISON_JSON_STRING);
  g_assert_cmpstr (format->string, ==, "liaison");
  g_assert_null (liaison_json_value_get_member (root, "no such member"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/json-text/writer-matches-json-glib", test_writer_matches_json_glib);
  g_test_add_func ("/model/json-text/parser-matches-json-glib", test_parser_matches_json_glib);
  g_test_add_func ("/model/json-text/tree-from-node", test_tree_from_node);

  return g_test_run ();
}
