/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-reference-index.c: who refers to each id, in one array for the whole document.
 *
 * A document of 100,000 organizations has about 1.5 million references
 * (the two ends of each link, sources, participations). An array of
 * referrers for each id took 24 MiB in 110,000 blocks of the heap, and
 * 0.4 s to build. This index is built in two passes over the same
 * references in the same order: the first counts the references to each
 * id, the second puts the referrers in one array, those of each id next
 * to each other, in the order they come; nothing is allocated but that
 * array and the table of ids. It holds no references to the records, nor
 * copies of the ids: its owner drops it before any of them changes.
 */

#define G_LOG_DOMAIN "liaison-reference-index"

#include "config.h"

#include "liaison-reference-index.h"

typedef struct
{
  guint start;
  guint length;  /* counted in the first pass, filled in the second */
} Range;

struct _LiaisonReferenceIndex
{
  GHashTable     *ranges;      /* id → its position in @range_array, plus one */
  GArray         *range_array; /* of Range */
  LiaisonEntity **referrers;   /* NULL during the first pass */
};

LiaisonReferenceIndex *
liaison_reference_index_new (void)
{
  LiaisonReferenceIndex *index = g_new0 (LiaisonReferenceIndex, 1);

  index->ranges = g_hash_table_new (g_str_hash, g_str_equal);
  index->range_array = g_array_new (FALSE, FALSE, sizeof (Range));

  return index;
}

void
liaison_reference_index_free (LiaisonReferenceIndex *index)
{
  g_hash_table_unref (index->ranges);
  g_array_unref (index->range_array);
  g_free (index->referrers);
  g_free (index);
}

static Range *
find_range (LiaisonReferenceIndex *index,
            const char            *id)
{
  guint position = GPOINTER_TO_UINT (g_hash_table_lookup (index->ranges, id));

  return position != 0 ? &g_array_index (index->range_array, Range, position - 1) : NULL;
}

/* The first pass: a reference to @id, which @index borrows; nothing when
 * @id is %NULL. */
void
liaison_reference_index_count (LiaisonReferenceIndex *index,
                               const char            *id)
{
  Range *range;

  g_return_if_fail (index->referrers == NULL);

  if (id == NULL)
    return;

  range = find_range (index, id);
  if (range == NULL)
    {
      g_array_append_val (index->range_array, ((Range) { 0, 0 }));
      g_hash_table_insert (index->ranges, (char *) id, GUINT_TO_POINTER (index->range_array->len));
      range = &g_array_index (index->range_array, Range, index->range_array->len - 1);
    }
  range->length++;
}

/* Between the passes: makes room for the references counted. */
void
liaison_reference_index_allocate (LiaisonReferenceIndex *index)
{
  guint start = 0;

  g_return_if_fail (index->referrers == NULL);

  for (guint i = 0; i < index->range_array->len; i++)
    {
      Range *range = &g_array_index (index->range_array, Range, i);

      range->start = start;
      start += range->length;
      range->length = 0;
    }
  index->referrers = g_new (LiaisonEntity *, MAX (start, 1));
}

/* The second pass: @referrer refers to @id, as counted in the first. */
void
liaison_reference_index_add (LiaisonReferenceIndex *index,
                             const char            *id,
                             LiaisonEntity         *referrer)
{
  Range *range;

  g_return_if_fail (index->referrers != NULL);

  if (id == NULL)
    return;

  range = find_range (index, id);
  g_return_if_fail (range != NULL);

  index->referrers[range->start + range->length++] = referrer;
}

/* The records that refer to @id, one for each reference, in the order
 * they came; %NULL when none do. */
LiaisonEntity * const *
liaison_reference_index_lookup (LiaisonReferenceIndex *index,
                                const char            *id,
                                guint                 *n_referrers)
{
  Range *range;

  g_return_val_if_fail (index->referrers != NULL, NULL);

  range = find_range (index, id);
  *n_referrers = range != NULL ? range->length : 0;

  return range != NULL ? index->referrers + range->start : NULL;
}
