/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-string-pool.c: the strings of the records read from one file, packed together.
 *
 * A document of 100,000 organizations holds millions of short strings:
 * ids, the ids of the records they refer to, country codes, the same
 * few source ids over and over. Each in a block of its own took 32 bytes
 * of the heap or more, and as many page faults as that memory. The file
 * reader copies them into large blocks of a pool instead, each string
 * that repeats (and each list of them) once. Strings are never freed
 * one by one: every record that holds some keeps a reference to the
 * pool, and the pool goes with the last of them. Records that are
 * edited later hold new strings of their own, as ever.
 *
 * A pool is filled by one thread; once sealed, it is only read, by any.
 */

#define G_LOG_DOMAIN "liaison-string-pool"

#include "config.h"

#include <string.h>

#include "liaison-string-pool.h"

#define FIRST_BLOCK_SIZE 4096
#define LARGEST_BLOCK_SIZE (1024 * 1024)

struct _LiaisonStringPool
{
  gatomicrefcount   ref_count;
  GPtrArray        *blocks;
  char             *next;       /* the free part of the last block */
  gsize             left;
  gsize             block_size; /* of the next block */
  GHashTable       *strings;    /* interned strings, until sealed */
  GHashTable       *lists;      /* interned lists of them, until sealed */
};

/* A list of strings, hashed and compared by its contents. */
static guint
strv_hash (gconstpointer key)
{
  const char * const *strv = key;
  guint hash = 5381;

  for (guint i = 0; strv[i] != NULL; i++)
    hash = hash * 33 + g_str_hash (strv[i]);

  return hash;
}

static gboolean
strv_equal (gconstpointer a,
            gconstpointer b)
{
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

LiaisonStringPool *
liaison_string_pool_new (void)
{
  LiaisonStringPool *pool = g_new0 (LiaisonStringPool, 1);

  g_atomic_ref_count_init (&pool->ref_count);
  pool->blocks = g_ptr_array_new_with_free_func (g_free);
  pool->block_size = FIRST_BLOCK_SIZE;
  pool->strings = g_hash_table_new (g_str_hash, g_str_equal);
  pool->lists = g_hash_table_new (strv_hash, strv_equal);

  return pool;
}

LiaisonStringPool *
liaison_string_pool_ref (LiaisonStringPool *pool)
{
  g_return_val_if_fail (pool != NULL, NULL);

  g_atomic_ref_count_inc (&pool->ref_count);

  return pool;
}

void
liaison_string_pool_unref (LiaisonStringPool *pool)
{
  g_return_if_fail (pool != NULL);

  if (g_atomic_ref_count_dec (&pool->ref_count))
    {
      liaison_string_pool_seal (pool);
      g_ptr_array_unref (pool->blocks);
      g_free (pool);
    }
}

/* @size bytes of the pool, aligned for a pointer when @aligned is set. */
static gpointer
pool_alloc (LiaisonStringPool *pool,
            gsize              size,
            gboolean           aligned)
{
  gsize padding = aligned ? (sizeof (gpointer) - GPOINTER_TO_SIZE (pool->next) % sizeof (gpointer)) % sizeof (gpointer) : 0;
  gpointer memory;

  if (pool->next == NULL || padding + size > pool->left)
    {
      gsize block_size = MAX (pool->block_size, size);

      /* Blocks grow with the pool, so that small documents stay small
       * and large ones need few blocks. */
      pool->block_size = MIN (pool->block_size * 2, LARGEST_BLOCK_SIZE);
      pool->next = g_malloc (block_size);
      pool->left = block_size;
      padding = 0;
      g_ptr_array_add (pool->blocks, pool->next);
    }

  memory = pool->next + padding;
  pool->next += padding + size;
  pool->left -= padding + size;

  return memory;
}

/* A copy of @string in the pool, not shared: for strings that do not
 * repeat, such as ids. */
const char *
liaison_string_pool_add (LiaisonStringPool *pool,
                         const char        *string)
{
  gsize size = strlen (string) + 1;

  return memcpy (pool_alloc (pool, size, FALSE), string, size);
}

/* @string in the pool, shared with every equal string interned before. */
const char *
liaison_string_pool_intern (LiaisonStringPool *pool,
                            const char        *string)
{
  const char *pooled;

  g_return_val_if_fail (pool->strings != NULL, NULL);

  pooled = g_hash_table_lookup (pool->strings, string);
  if (pooled == NULL)
    {
      pooled = liaison_string_pool_add (pool, string);
      g_hash_table_add (pool->strings, (char *) pooled);
    }

  return pooled;
}

/* The first @length strings of @strv as a %NULL-terminated list in the
 * pool, shared with every equal list interned before; so are the strings. */
const char * const *
liaison_string_pool_intern_strv (LiaisonStringPool  *pool,
                                 const char * const *strv,
                                 guint               length)
{
  const char *small_key[16];
  g_autofree const char **large_key = NULL;
  const char **key = small_key;
  const char **pooled;

  g_return_val_if_fail (pool->lists != NULL, NULL);

  if (length >= G_N_ELEMENTS (small_key))
    key = large_key = g_new (const char *, length + 1);
  memcpy (key, strv, length * sizeof (char *));
  key[length] = NULL;
  pooled = g_hash_table_lookup (pool->lists, key);
  if (pooled == NULL)
    {
      pooled = pool_alloc (pool, (length + 1) * sizeof (char *), TRUE);
      for (guint i = 0; i < length; i++)
        pooled[i] = liaison_string_pool_intern (pool, strv[i]);
      pooled[length] = NULL;
      g_hash_table_add (pool->lists, pooled);
    }

  return pooled;
}

/* Ends the filling of @pool: the tables that share equal strings go. */
void
liaison_string_pool_seal (LiaisonStringPool *pool)
{
  g_clear_pointer (&pool->strings, g_hash_table_unref);
  g_clear_pointer (&pool->lists, g_hash_table_unref);
}
