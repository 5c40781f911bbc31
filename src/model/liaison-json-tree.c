/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-json-tree.c: a compact, read-only JSON tree, parsed in one pass, for reading documents fast.
 *
 * json-glib's parser builds a hash table per object and a node per value,
 * which for a document of 100,000 organizations takes most of the time and
 * memory of opening it. This parser accepts only plain JSON (RFC 8259),
 * puts the values in arrays in a few large blocks of memory, and gives up
 * (returns NULL) on anything else: then liaison-json.c asks json-glib,
 * whose answer (an error message, or a tree for the lenient things it
 * accepts, converted with liaison_json_tree_new_from_node()) stays the
 * reference. Where both accept a text, both give the same values; the
 * unit tests compare them.
 */

#define G_LOG_DOMAIN "liaison-json-tree"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-json-tree.h"

#define BLOCK_SIZE (1024 * 1024)
/* Objects with more members than this are checked for duplicate names
 * with a hash table instead of comparing every pair. */
#define FEW_MEMBERS 32

struct _LiaisonJsonTree
{
  GPtrArray        *blocks;
  char             *free_space;
  gsize             free_length;
  LiaisonJsonValue  root;
};

/* Member names seen so far, shared rather than copied again: a document
 * has a few dozen names, each written hundreds of thousands of times. */
#define N_NAMES 256

typedef struct
{
  guint32     hash;
  guint32     length;
  const char *name;
} Name;

/* Stacks of what the objects and lists being read hold so far; an object
 * or list moves its part to the tree when it ends. */
typedef struct
{
  const char        *p;
  const char        *end;
  LiaisonJsonTree   *tree;
  LiaisonJsonValue  *elements;
  guint              n_elements;
  guint              elements_allocated;
  LiaisonJsonMember *members;
  guint32           *hashes;     /* of the members' names */
  guint              n_members;
  guint              members_allocated;
  guint              depth;      /* of the objects and lists being read */
  guint              max_depth;
  LiaisonJsonTree   *names_tree; /* where the shared names are */
  Name              *names;      /* N_NAMES of them, by hash */
} Parser;

static LiaisonJsonTree *
tree_new (void)
{
  LiaisonJsonTree *tree = g_new0 (LiaisonJsonTree, 1);

  tree->blocks = g_ptr_array_new_with_free_func (g_free);

  return tree;
}

void
liaison_json_tree_free (LiaisonJsonTree *tree)
{
  if (tree == NULL)
    return;

  g_ptr_array_unref (tree->blocks);
  g_free (tree);
}

static void
tree_add_block (LiaisonJsonTree *tree)
{
  tree->free_space = g_malloc (BLOCK_SIZE);
  tree->free_length = BLOCK_SIZE;
  g_ptr_array_add (tree->blocks, tree->free_space);
}

static gpointer
tree_alloc (LiaisonJsonTree *tree,
            gsize            size,
            gsize            alignment)
{
  gsize padding;
  gpointer memory;

  if (tree->blocks->len == 0)
    tree_add_block (tree);

  padding = (alignment - GPOINTER_TO_SIZE (tree->free_space) % alignment) % alignment;
  if (size + padding > tree->free_length)
    {
      /* Large values get a block of their own, keeping the current one. */
      if (size > BLOCK_SIZE / 4)
        {
          memory = g_malloc (size);
          g_ptr_array_add (tree->blocks, memory);
          return memory;
        }
      tree_add_block (tree);
      padding = 0;
    }

  memory = tree->free_space + padding;
  tree->free_space += padding + size;
  tree->free_length -= padding + size;

  return memory;
}

/* Empties @tree for new values, keeping its first block of memory (of
 * the usual size: tree_alloc() makes it first) to reuse. */
static void
tree_reset (LiaisonJsonTree *tree)
{
  if (tree->blocks->len == 0)
    return;

  g_ptr_array_set_size (tree->blocks, 1);
  tree->free_space = tree->blocks->pdata[0];
  tree->free_length = BLOCK_SIZE;
}

static const char *
tree_strdup (LiaisonJsonTree *tree,
             const char      *text,
             gsize            length)
{
  char *copy = tree_alloc (tree, length + 1, 1);

  memcpy (copy, text, length);
  copy[length] = '\0';

  return copy;
}

const LiaisonJsonValue *
liaison_json_tree_get_root (LiaisonJsonTree *tree)
{
  g_return_val_if_fail (tree != NULL, NULL);

  return &tree->root;
}

/* ---------------------------------------------------------------------- */
/* Parsing                                                                 */

static inline void
skip_space (Parser *parser)
{
  /* Most calls find no space at all. */
  if (parser->p < parser->end && (guchar) *parser->p > ' ')
    return;

  while (parser->p < parser->end &&
         (*parser->p == ' ' || *parser->p == '\n' || *parser->p == '\r' || *parser->p == '\t'))
    parser->p++;
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;

  return -1;
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *value)
{
  *value = 0;
  if (end - p < 4)
    return FALSE;

  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_digit (p[i]);

      if (digit < 0)
        return FALSE;
      *value = *value * 16 + digit;
    }

  return TRUE;
}

/* Decodes the escapes of a string whose text, between the quotes, is
 * [start, end), into @out, which has room for as many bytes. */
static gboolean
unescape (const char *start,
          const char *end,
          char       *out,
          gsize      *length)
{
  char *o = out;

  for (const char *s = start; s < end;)
    {
      gunichar c;

      if (*s != '\\')
        {
          *o++ = *s++;
          continue;
        }

      switch (s[1])
        {
        case '"': case '\\': case '/':
          *o++ = s[1];
          s += 2;
          continue;
        case 'b': *o++ = '\b'; s += 2; continue;
        case 'f': *o++ = '\f'; s += 2; continue;
        case 'n': *o++ = '\n'; s += 2; continue;
        case 'r': *o++ = '\r'; s += 2; continue;
        case 't': *o++ = '\t'; s += 2; continue;
        case 'u':
          break;
        default:
          return FALSE;
        }

      if (!read_hex4 (s + 2, end, &c))
        return FALSE;
      s += 6;
      /* json-glib cuts a string at \u0000; leave that to it. */
      if (c == 0 || (c >= 0xDC00 && c <= 0xDFFF))
        return FALSE;
      if (c >= 0xD800 && c <= 0xDBFF)
        {
          gunichar low;

          if (end - s < 6 || s[0] != '\\' || s[1] != 'u' || !read_hex4 (s + 2, end, &low) ||
              low < 0xDC00 || low > 0xDFFF)
            return FALSE;
          s += 6;
          c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
        }
      o += g_unichar_to_utf8 (c, o);
    }

  *length = o - out;

  return TRUE;
}

#define ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

/* Whether any of the eight bytes at @p is a quote, a backslash, a
 * control character or part of a non-ASCII character: most of a string is
 * none of these, and is skipped a word at a time. */
static inline gboolean
needs_a_look (const char *p)
{
  guint64 word, quote, backslash;

  memcpy (&word, p, sizeof word);
  quote = word ^ (ONES * '"');
  backslash = word ^ (ONES * '\\');

  return ((((quote - ONES) & ~quote) | ((backslash - ONES) & ~backslash) | ((word - ONES * 0x20) & ~word) | word) &
          HIGHS) != 0;
}

/* Reads the string at the parser's position, which is a quote. A string
 * that is not valid UTF-8 is left to the caller's checks, as anything
 * outside strings that is not ASCII is not JSON. */
static gboolean
parse_string (Parser      *parser,
              const char **string,
              guint32     *hash)
{
  const char *start = parser->p + 1;
  const char *q = start;
  gboolean escaped = FALSE;
  gboolean ascii = TRUE;

  for (;;)
    {
      const char *stop;

      if (parser->end - q >= 8 && !needs_a_look (q))
        {
          q += 8;
          continue;
        }

      for (stop = MIN (q + 8, parser->end); q < stop;)
        {
          if (*q == '"')
            goto found_end;
          if (*q == '\\')
            {
              escaped = TRUE;
              q += 2;
            }
          else if ((guchar) *q < 0x20)
            {
              return FALSE;
            }
          else
            {
              ascii = ascii && (guchar) *q < 0x80;
              q++;
            }
        }
      if (q >= parser->end)
        return FALSE;
    }

found_end:
  if (!ascii && !g_utf8_validate_len (start, q - start, NULL))
    return FALSE;

  if (!escaped && hash != NULL)
    {
      gsize length = q - start;
      Name *name;

      /* FNV-1a, to find duplicate member names quickly, and to share them. */
      *hash = 2166136261u;
      for (const char *c = start; c < q; c++)
        *hash = (*hash ^ (guchar) *c) * 16777619u;

      if (parser->names == NULL)
        parser->names = g_new0 (Name, N_NAMES);
      name = &parser->names[*hash % N_NAMES];
      if (name->name != NULL && name->hash == *hash && name->length == length &&
          memcmp (name->name, start, length) == 0)
        {
          *string = name->name;
        }
      else
        {
          *string = tree_strdup (parser->names_tree, start, length);
          if (name->name == NULL)
            *name = (Name) { *hash, length, *string };
        }
      parser->p = q + 1;
      return TRUE;
    }

  if (!escaped)
    {
      *string = tree_strdup (parser->tree, start, q - start);
    }
  else
    {
      char *copy = tree_alloc (parser->tree, q - start + 1, 1);
      gsize length;

      if (!unescape (start, q, copy, &length))
        return FALSE;
      copy[length] = '\0';
      *string = copy;
    }

  if (hash != NULL)
    {
      /* FNV-1a, to find duplicate member names quickly. */
      *hash = 2166136261u;
      for (const char *c = *string; *c != '\0'; c++)
        *hash = (*hash ^ (guchar) *c) * 16777619u;
    }

  parser->p = q + 1;

  return TRUE;
}

static gboolean
is_digit (const Parser *parser)
{
  return parser->p < parser->end && *parser->p >= '0' && *parser->p <= '9';
}

static gboolean
parse_number (Parser           *parser,
              LiaisonJsonValue *value)
{
  const char *start = parser->p;
  gboolean negative = FALSE;
  gboolean integer = TRUE;
  gsize length;

  if (*parser->p == '-')
    {
      negative = TRUE;
      parser->p++;
    }
  if (!is_digit (parser))
    return FALSE;
  if (*parser->p == '0')
    parser->p++;
  else
    while (is_digit (parser))
      parser->p++;

  if (parser->p < parser->end && *parser->p == '.')
    {
      integer = FALSE;
      parser->p++;
      if (!is_digit (parser))
        return FALSE;
      while (is_digit (parser))
        parser->p++;
    }
  if (parser->p < parser->end && (*parser->p == 'e' || *parser->p == 'E'))
    {
      integer = FALSE;
      parser->p++;
      if (parser->p < parser->end && (*parser->p == '+' || *parser->p == '-'))
        parser->p++;
      if (!is_digit (parser))
        return FALSE;
      while (is_digit (parser))
        parser->p++;
    }

  length = parser->p - start;
  if (integer)
    {
      guint64 magnitude = 0;
      guint64 limit = negative ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;

      for (const char *d = start + negative; d < parser->p; d++)
        {
          guint digit = *d - '0';

          /* json-glib clamps what does not fit; leave that to it. */
          if (magnitude > (limit - digit) / 10)
            return FALSE;
          magnitude = magnitude * 10 + digit;
        }
      /* "-0" is an integer 0 for json-glib, which is not what it says. */
      if (negative && magnitude == 0)
        return FALSE;

      value->type = LIAISON_JSON_INTEGER;
      value->integer = negative ? (gint64) (0 - magnitude) : (gint64) magnitude;
    }
  else
    {
      char buffer[64];
      g_autofree char *long_number = NULL;
      char *number = buffer;
      char *number_end = NULL;

      /* g_ascii_strtod() needs the number on its own. */
      if (length >= sizeof buffer)
        number = long_number = g_malloc (length + 1);
      memcpy (number, start, length);
      number[length] = '\0';

      value->type = LIAISON_JSON_DOUBLE;
      value->number = g_ascii_strtod (number, &number_end);
      if (number_end != number + length || !isfinite (value->number))
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_literal (Parser     *parser,
               const char *word)
{
  gsize length = strlen (word);

  if ((gsize) (parser->end - parser->p) < length || memcmp (parser->p, word, length) != 0)
    return FALSE;
  parser->p += length;

  return TRUE;
}

static gboolean parse_value (Parser           *parser,
                             LiaisonJsonValue *value);

static void
push_member (Parser                  *parser,
             const LiaisonJsonMember *member,
             guint32                  hash)
{
  if (parser->n_members == parser->members_allocated)
    {
      parser->members_allocated = MAX (64, parser->members_allocated * 2);
      parser->members = g_renew (LiaisonJsonMember, parser->members, parser->members_allocated);
      parser->hashes = g_renew (guint32, parser->hashes, parser->members_allocated);
    }
  parser->members[parser->n_members] = *member;
  parser->hashes[parser->n_members++] = hash;
}

static void
push_element (Parser                 *parser,
              const LiaisonJsonValue *element)
{
  if (parser->n_elements == parser->elements_allocated)
    {
      parser->elements_allocated = MAX (64, parser->elements_allocated * 2);
      parser->elements = g_renew (LiaisonJsonValue, parser->elements, parser->elements_allocated);
    }
  parser->elements[parser->n_elements++] = *element;
}

static gboolean
has_duplicate_names (Parser *parser,
                     guint   first)
{
  guint n = parser->n_members - first;
  const LiaisonJsonMember *members = &parser->members[first];
  const guint32 *hashes = &parser->hashes[first];

  if (n <= FEW_MEMBERS)
    {
      for (guint i = 1; i < n; i++)
        for (guint j = 0; j < i; j++)
          {
            if (hashes[i] == hashes[j] && strcmp (members[i].name, members[j].name) == 0)
              return TRUE;
          }
    }
  else
    {
      g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < n; i++)
        {
          if (!g_hash_table_add (names, (char *) members[i].name))
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
parse_object (Parser           *parser,
              LiaisonJsonValue *value)
{
  guint first = parser->n_members;
  guint n;

  parser->p++;
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == '}')
    {
      parser->p++;
      value->type = LIAISON_JSON_OBJECT;
      value->size = 0;
      value->members = NULL;
      return TRUE;
    }

  for (;;)
    {
      LiaisonJsonMember member;
      guint32 hash;

      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != '"' || !parse_string (parser, &member.name, &hash))
        return FALSE;
      skip_space (parser);
      if (parser->p >= parser->end || *parser->p != ':')
        return FALSE;
      parser->p++;
      if (!parse_value (parser, &member.value))
        return FALSE;
      push_member (parser, &member, hash);

      skip_space (parser);
      if (parser->p >= parser->end)
        return FALSE;
      if (*parser->p == '}')
        break;
      if (*parser->p != ',')
        return FALSE;
      parser->p++;
    }
  parser->p++;

  /* json-glib keeps the first place and the last value of a name given
   * twice; that is for it to do. */
  if (has_duplicate_names (parser, first))
    return FALSE;

  n = parser->n_members - first;
  value->type = LIAISON_JSON_OBJECT;
  value->size = n;
  value->members = tree_alloc (parser->tree, n * sizeof (LiaisonJsonMember), G_ALIGNOF (LiaisonJsonMember));
  memcpy ((gpointer) value->members, &parser->members[first], n * sizeof (LiaisonJsonMember));
  parser->n_members = first;

  return TRUE;
}

static gboolean
parse_array (Parser           *parser,
             LiaisonJsonValue *value)
{
  guint first = parser->n_elements;
  guint n;

  parser->p++;
  skip_space (parser);
  if (parser->p < parser->end && *parser->p == ']')
    {
      parser->p++;
      value->type = LIAISON_JSON_ARRAY;
      value->size = 0;
      value->elements = NULL;
      return TRUE;
    }

  for (;;)
    {
      LiaisonJsonValue element;

      if (!parse_value (parser, &element))
        return FALSE;
      push_element (parser, &element);

      skip_space (parser);
      if (parser->p >= parser->end)
        return FALSE;
      if (*parser->p == ']')
        break;
      if (*parser->p != ',')
        return FALSE;
      parser->p++;
    }
  parser->p++;

  n = parser->n_elements - first;
  value->type = LIAISON_JSON_ARRAY;
  value->size = n;
  value->elements = tree_alloc (parser->tree, n * sizeof (LiaisonJsonValue), G_ALIGNOF (LiaisonJsonValue));
  memcpy ((gpointer) value->elements, &parser->elements[first], n * sizeof (LiaisonJsonValue));
  parser->n_elements = first;

  return TRUE;
}

static gboolean
parse_value (Parser           *parser,
             LiaisonJsonValue *value)
{
  gboolean ok;

  memset (value, 0, sizeof *value);
  skip_space (parser);
  if (parser->p >= parser->end)
    return FALSE;

  switch (*parser->p)
    {
    case '{':
    case '[':
      if (parser->depth >= parser->max_depth)
        return FALSE;
      parser->depth++;
      ok = *parser->p == '{' ? parse_object (parser, value) : parse_array (parser, value);
      parser->depth--;
      break;

    case '"':
      value->type = LIAISON_JSON_STRING;
      ok = parse_string (parser, &value->string, NULL);
      break;

    case 't':
      value->type = LIAISON_JSON_BOOLEAN;
      value->boolean = TRUE;
      ok = parse_literal (parser, "true");
      break;

    case 'f':
      value->type = LIAISON_JSON_BOOLEAN;
      value->boolean = FALSE;
      ok = parse_literal (parser, "false");
      break;

    case 'n':
      value->type = LIAISON_JSON_NULL;
      ok = parse_literal (parser, "null");
      break;

    default:
      ok = (*parser->p == '-' || (*parser->p >= '0' && *parser->p <= '9')) && parse_number (parser, value);
      break;
    }

  return ok;
}

/* Parses @data as one JSON value in valid UTF-8 with
 * objects and lists nested at most @max_depth deep. Returns %NULL when it
 * is not that, or not plain JSON: the caller then asks json-glib, for its
 * error message or its lenient reading. */
LiaisonJsonTree *
liaison_json_tree_parse (const char *data,
                         gsize       length,
                         guint       max_depth)
{
  LiaisonJsonTree *tree = tree_new ();
  Parser parser = {
    .p = data,
    .end = data + length,
    .tree = tree,
    .max_depth = max_depth,
    .names_tree = tree,
  };
  gboolean ok;

  ok = parse_value (&parser, &tree->root);
  skip_space (&parser);
  ok = ok && parser.p == parser.end;

  g_free (parser.elements);
  g_free (parser.members);
  g_free (parser.hashes);
  g_free (parser.names);

  if (!ok)
    g_clear_pointer (&tree, liaison_json_tree_free);

  return tree;
}

/* ---------------------------------------------------------------------- */
/* Reading a document member by member                                     */

/* A document is one object whose collections hold most of the text. The
 * stream gives its members one by one, and the elements of a member that
 * is a list one by one, each in a tree that the next replaces: so a large
 * document is read without ever holding a tree of all of it. The text and
 * the rules are those of liaison_json_tree_parse(): anything else makes the
 * stream fail, and the caller falls back to that. */
struct _LiaisonJsonStream
{
  Parser           parser;
  LiaisonJsonTree *kept;       /* names, and values read to keep */
  LiaisonJsonTree *scratch;    /* the last value read */
  GPtrArray       *names;      /* of the top-level members so far */
  guint            state;
  gboolean         failed;
};

enum
{
  STREAM_START,
  STREAM_MEMBER,       /* a member's name is read, its value is next */
  STREAM_LIST_FIRST,   /* in a member's list, before its first element */
  STREAM_LIST_NEXT,    /* in a member's list, after an element */
  STREAM_AFTER_VALUE,  /* a member's value is read */
  STREAM_END,          /* the object is closed */
};

LiaisonJsonStream *
liaison_json_stream_new (const char *data,
                         gsize       length,
                         guint       max_depth)
{
  LiaisonJsonStream *stream = g_new0 (LiaisonJsonStream, 1);

  stream->kept = tree_new ();
  stream->scratch = tree_new ();
  stream->names = g_ptr_array_new ();
  stream->parser = (Parser) {
    .p = data,
    .end = data + length,
    .tree = stream->kept,
    .max_depth = max_depth,
    .names_tree = stream->kept,
  };

  return stream;
}

void
liaison_json_stream_free (LiaisonJsonStream *stream)
{
  if (stream == NULL)
    return;

  g_free (stream->parser.elements);
  g_free (stream->parser.members);
  g_free (stream->parser.hashes);
  g_free (stream->parser.names);
  liaison_json_tree_free (stream->kept);
  liaison_json_tree_free (stream->scratch);
  g_ptr_array_unref (stream->names);
  g_free (stream);
}

static gboolean
stream_fail (LiaisonJsonStream *stream)
{
  stream->failed = TRUE;

  return FALSE;
}

static gpointer
stream_give_up (LiaisonJsonStream *stream)
{
  stream_fail (stream);

  return NULL;
}

/* Reads one whole value at the parser's position. */
static const LiaisonJsonValue *
stream_parse (LiaisonJsonStream *stream,
              gboolean           keep,
              guint              depth)
{
  LiaisonJsonValue *value;

  if (!keep)
    tree_reset (stream->scratch);
  stream->parser.tree = keep ? stream->kept : stream->scratch;
  stream->parser.depth = depth;
  value = tree_alloc (stream->parser.tree, sizeof (LiaisonJsonValue), G_ALIGNOF (LiaisonJsonValue));
  if (!parse_value (&stream->parser, value))
    {
      stream_fail (stream);
      return NULL;
    }

  return value;
}

/* The name of the next member of the document's object, or %NULL at its
 * end or when the stream failed. A value not read is skipped. */
const char *
liaison_json_stream_next_member (LiaisonJsonStream *stream)
{
  Parser *parser = &stream->parser;
  const char *name;
  guint32 hash;

  g_return_val_if_fail (stream != NULL, NULL);

  if (stream->failed || stream->state == STREAM_END)
    return NULL;

  if (stream->state == STREAM_MEMBER && liaison_json_stream_read_value (stream, FALSE) == NULL)
    return NULL;
  while (stream->state == STREAM_LIST_FIRST || stream->state == STREAM_LIST_NEXT)
    {
      if (liaison_json_stream_next_element (stream) == NULL && stream->failed)
        return NULL;
    }

  skip_space (parser);
  if (stream->state == STREAM_START)
    {
      if (parser->p >= parser->end || *parser->p != '{' || parser->max_depth < 1)
        return stream_give_up (stream);
      parser->p++;
      skip_space (parser);
      if (parser->p < parser->end && *parser->p == '}')
        {
          parser->p++;
          stream->state = STREAM_END;
          return NULL;
        }
    }
  else
    {
      if (parser->p >= parser->end)
        return stream_give_up (stream);
      if (*parser->p == '}')
        {
          parser->p++;
          stream->state = STREAM_END;
          return NULL;
        }
      if (*parser->p != ',')
        return stream_give_up (stream);
      parser->p++;
      skip_space (parser);
    }

  parser->tree = stream->kept;
  if (parser->p >= parser->end || *parser->p != '"' || !parse_string (parser, &name, &hash))
    return stream_give_up (stream);
  skip_space (parser);
  if (parser->p >= parser->end || *parser->p != ':')
    return stream_give_up (stream);
  parser->p++;

  /* As in parse_object(): a name given twice is left to json-glib. */
  for (guint i = 0; i < stream->names->len; i++)
    {
      if (strcmp (stream->names->pdata[i], name) == 0)
        return stream_give_up (stream);
    }
  g_ptr_array_add (stream->names, (char *) name);

  stream->state = STREAM_MEMBER;

  return name;
}

/* The value of the member just named. With @keep it stays until the
 * stream is freed, else until the next value is read. */
const LiaisonJsonValue *
liaison_json_stream_read_value (LiaisonJsonStream *stream,
                                gboolean           keep)
{
  const LiaisonJsonValue *value;

  g_return_val_if_fail (stream != NULL, NULL);

  if (stream->failed || stream->state != STREAM_MEMBER)
    return NULL;

  value = stream_parse (stream, keep, 1);
  stream->state = STREAM_AFTER_VALUE;

  return value;
}

/* Starts reading the value of the member just named as a list, element by
 * element; %FALSE when it is not a list. */
gboolean
liaison_json_stream_enter_list (LiaisonJsonStream *stream)
{
  Parser *parser = &stream->parser;

  g_return_val_if_fail (stream != NULL, FALSE);

  if (stream->failed || stream->state != STREAM_MEMBER)
    return FALSE;

  skip_space (parser);
  if (parser->p >= parser->end || *parser->p != '[' || parser->max_depth < 2)
    return stream_fail (stream);
  parser->p++;
  stream->state = STREAM_LIST_FIRST;

  return TRUE;
}

/* The next element of the list entered, until the next value is read, or
 * %NULL at its end or when the stream failed. */
const LiaisonJsonValue *
liaison_json_stream_next_element (LiaisonJsonStream *stream)
{
  Parser *parser = &stream->parser;

  g_return_val_if_fail (stream != NULL, NULL);

  if (stream->failed || (stream->state != STREAM_LIST_FIRST && stream->state != STREAM_LIST_NEXT))
    return NULL;

  skip_space (parser);
  if (parser->p >= parser->end)
    return stream_give_up (stream);
  if (*parser->p == ']')
    {
      parser->p++;
      stream->state = STREAM_AFTER_VALUE;
      return NULL;
    }
  if (stream->state == STREAM_LIST_NEXT)
    {
      if (*parser->p != ',')
        return stream_give_up (stream);
      parser->p++;
    }
  stream->state = STREAM_LIST_NEXT;

  return stream_parse (stream, FALSE, 2);
}

/* Whether the text was one plain JSON object, read to its end. */
gboolean
liaison_json_stream_finish (LiaisonJsonStream *stream)
{
  g_return_val_if_fail (stream != NULL, FALSE);

  while (!stream->failed && stream->state != STREAM_END)
    liaison_json_stream_next_member (stream);
  if (stream->failed)
    return FALSE;

  skip_space (&stream->parser);

  return stream->parser.p == stream->parser.end;
}

gboolean
liaison_json_stream_failed (LiaisonJsonStream *stream)
{
  g_return_val_if_fail (stream != NULL, TRUE);

  return stream->failed;
}

/* ---------------------------------------------------------------------- */
/* From and to json-glib                                                   */

static void
copy_node (LiaisonJsonTree  *tree,
           JsonNode         *node,
           LiaisonJsonValue *value)
{
  memset (value, 0, sizeof *value);

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *object = json_node_get_object (node);
        LiaisonJsonMember *members;
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;
        guint n = 0;

        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          n++;

        members = tree_alloc (tree, n * sizeof (LiaisonJsonMember), G_ALIGNOF (LiaisonJsonMember));
        n = 0;
        json_object_iter_init_ordered (&iter, object);
        while (json_object_iter_next_ordered (&iter, &name, &member))
          {
            members[n].name = tree_strdup (tree, name, strlen (name));
            copy_node (tree, member, &members[n].value);
            n++;
          }
        value->type = LIAISON_JSON_OBJECT;
        value->size = n;
        value->members = members;
      }
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);
        LiaisonJsonValue *elements = tree_alloc (tree, n * sizeof (LiaisonJsonValue), G_ALIGNOF (LiaisonJsonValue));

        for (guint i = 0; i < n; i++)
          copy_node (tree, json_array_get_element (array, i), &elements[i]);
        value->type = LIAISON_JSON_ARRAY;
        value->size = n;
        value->elements = elements;
      }
      break;

    case JSON_NODE_NULL:
      value->type = LIAISON_JSON_NULL;
      break;

    case JSON_NODE_VALUE:
      switch (json_node_get_value_type (node))
        {
        case G_TYPE_INT64:
          value->type = LIAISON_JSON_INTEGER;
          value->integer = json_node_get_int (node);
          break;

        case G_TYPE_DOUBLE:
          value->type = LIAISON_JSON_DOUBLE;
          value->number = json_node_get_double (node);
          break;

        case G_TYPE_BOOLEAN:
          value->type = LIAISON_JSON_BOOLEAN;
          value->boolean = json_node_get_boolean (node);
          break;

        case G_TYPE_STRING:
        default:
          {
            const char *string = json_node_get_string (node);

            value->type = LIAISON_JSON_STRING;
            value->string = tree_strdup (tree, string != NULL ? string : "", string != NULL ? strlen (string) : 0);
          }
          break;
        }
      break;

    default:
      g_assert_not_reached ();
    }
}

/* A tree with the values of @node, as json-glib parsed them. */
LiaisonJsonTree *
liaison_json_tree_new_from_node (JsonNode *node)
{
  LiaisonJsonTree *tree;

  g_return_val_if_fail (node != NULL, NULL);

  tree = tree_new ();
  copy_node (tree, node, &tree->root);

  return tree;
}

/* The member of @object named @name, or %NULL. */
const LiaisonJsonValue *
liaison_json_value_get_member (const LiaisonJsonValue *object,
                               const char             *name)
{
  g_return_val_if_fail (object != NULL && object->type == LIAISON_JSON_OBJECT, NULL);

  for (guint i = 0; i < object->size; i++)
    {
      if (strcmp (object->members[i].name, name) == 0)
        return &object->members[i].value;
    }

  return NULL;
}

/* A json-glib copy of @value, for the fields a newer version wrote. */
JsonNode *
liaison_json_value_to_node (const LiaisonJsonValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  switch (value->type)
    {
    case LIAISON_JSON_NULL:
      return json_node_init_null (json_node_alloc ());

    case LIAISON_JSON_BOOLEAN:
      return json_node_init_boolean (json_node_alloc (), value->boolean);

    case LIAISON_JSON_INTEGER:
      return json_node_init_int (json_node_alloc (), value->integer);

    case LIAISON_JSON_DOUBLE:
      return json_node_init_double (json_node_alloc (), value->number);

    case LIAISON_JSON_STRING:
      return json_node_init_string (json_node_alloc (), value->string);

    case LIAISON_JSON_ARRAY:
      {
        g_autoptr(JsonArray) array = json_array_sized_new (value->size);

        for (guint i = 0; i < value->size; i++)
          json_array_add_element (array, liaison_json_value_to_node (&value->elements[i]));
        return json_node_init_array (json_node_alloc (), array);
      }

    case LIAISON_JSON_OBJECT:
      {
        g_autoptr(JsonObject) object = json_object_new ();

        for (guint i = 0; i < value->size; i++)
          json_object_set_member (object, value->members[i].name,
                                  liaison_json_value_to_node (&value->members[i].value));
        return json_node_init_object (json_node_alloc (), object);
      }

    default:
      g_return_val_if_reached (NULL);
    }
}
