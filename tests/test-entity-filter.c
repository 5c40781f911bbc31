/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-entity-filter.c: the lists' search finds what is in each record's fields, and follows edits. */

#include "config.h"

#include <string.h>

#include "liaison-test-sample.h"
#include "model/liaison-json.h"
#include "views/liaison-entity-filter.h"

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);

  return g_utf8_casefold (normalized, -1);
}

static gboolean
field_has (const char *field,
           const char *needle)
{
  g_autofree char *folded = NULL;

  if (field == NULL || *field == '\0')
    return FALSE;
  folded = fold (field);

  return strstr (folded, needle) != NULL;
}

static gboolean
text_has (LiaisonText *text,
          const char  *needle)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < liaison_text_get_n_items (text); i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? "\n" : "", liaison_text_get_value (text, i));

  return field_has (joined->str, needle);
}

static gboolean
organization_has (LiaisonDocument *document,
                  const char      *id,
                  const char      *needle)
{
  LiaisonEntity *entity = id != NULL ? liaison_document_lookup (document, id) : NULL;

  return LIAISON_IS_ORGANIZATION (entity) &&
         (text_has (liaison_organization_get_name (LIAISON_ORGANIZATION (entity)), needle) ||
          field_has (liaison_organization_get_short_name (LIAISON_ORGANIZATION (entity)), needle));
}

/* What the search should find, worked out from the fields as the help
 * describes them, independently of the filter. */
static gboolean
expected_match (LiaisonDocument *document,
                LiaisonEntity   *entity,
                const char      *search)
{
  g_autofree char *needle = fold (search);

  if (field_has (liaison_entity_get_id (entity), needle))
    return TRUE;

  if (LIAISON_IS_ORGANIZATION (entity))
    return text_has (liaison_organization_get_name (LIAISON_ORGANIZATION (entity)), needle) ||
           field_has (liaison_organization_get_short_name (LIAISON_ORGANIZATION (entity)), needle) ||
           field_has (liaison_organization_get_city (LIAISON_ORGANIZATION (entity)), needle);
  if (LIAISON_IS_EVENT (entity))
    return text_has (liaison_event_get_title (LIAISON_EVENT (entity)), needle) ||
           field_has (liaison_event_get_city (LIAISON_EVENT (entity)), needle);
  if (LIAISON_IS_PERSON (entity))
    return text_has (liaison_person_get_name (LIAISON_PERSON (entity)), needle) ||
           field_has (liaison_person_get_title (LIAISON_PERSON (entity)), needle) ||
           organization_has (document, liaison_person_get_affiliation (LIAISON_PERSON (entity)), needle);
  if (LIAISON_IS_COOPERATION_LINK (entity))
    {
      LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (entity);
      const char * const *scope = liaison_cooperation_link_get_scope (link);

      for (guint i = 0; scope != NULL && scope[i] != NULL; i++)
        {
          if (field_has (scope[i], needle))
            return TRUE;
        }
      return organization_has (document, liaison_cooperation_link_get_from (link), needle) ||
             organization_has (document, liaison_cooperation_link_get_to (link), needle) ||
             field_has (liaison_cooperation_link_get_note (link), needle);
    }
  if (LIAISON_IS_SOURCE (entity))
    return field_has (liaison_source_get_title (LIAISON_SOURCE (entity)), needle) ||
           field_has (liaison_source_get_publisher (LIAISON_SOURCE (entity)), needle) ||
           field_has (liaison_source_get_author (LIAISON_SOURCE (entity)), needle);

  return FALSE;
}

static void
test_search_finds_fields (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  const char *searches[] = {
    "a", "se", "wego", "WeGO", "sci", "スマートシティ", "東京", "taipei", "taiwan", "smart city", "mou",
    "org-", "2023", "joint events", "institute\n", "ü", "ı", "ｓｍａｒｔ",
  };
  guint found = 0;

  for (guint s = 0; s < G_N_ELEMENTS (searches); s++)
    for (guint c = 0; c < LIAISON_N_COLLECTIONS; c++)
      {
        GListModel *records = liaison_document_get_collection (document, liaison_document_get_collection_type (c));
        g_autoptr(LiaisonEntityFilter) filter = liaison_entity_filter_new (document);

        liaison_entity_filter_set_search (filter, searches[s]);
        for (guint i = 0; i < g_list_model_get_n_items (records); i++)
          {
            g_autoptr(LiaisonEntity) entity = g_list_model_get_item (records, i);
            gboolean expected = expected_match (document, entity, searches[s]);

            /* Participations are not searched by their fields. */
            if (LIAISON_IS_PARTICIPATION (entity))
              continue;
            if (liaison_entity_filter_match_entity (filter, entity) != expected)
              g_error ("“%s” %s %s, but should not", searches[s],
                       expected ? "does not find" : "finds", liaison_entity_get_id (entity));
            /* Asked again, from what the filter keeps. */
            g_assert_true (liaison_entity_filter_match_entity (filter, entity) == expected);
            found += expected;
          }
      }

  /* The searches do find things: the test is not empty. */
  g_assert_cmpuint (found, >, 100);
}

static void
test_search_follows_edits (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(LiaisonEntityFilter) filter = liaison_entity_filter_new (document);
  LiaisonEntity *wego = liaison_document_lookup (document, "org-wego");
  g_autoptr(LiaisonText) name = liaison_text_new ("en", "Xylophone Council");
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (wego);
  liaison_entity_filter_set_search (filter, "xylophone");
  g_assert_false (liaison_entity_filter_match_entity (filter, wego));

  g_assert_true (liaison_document_set (document, wego, &error, "name", name, NULL));
  g_assert_no_error (error);
  g_assert_true (liaison_entity_filter_match_entity (filter, wego));

  /* A link is found by the names of its ends, as they are now. */
  links = liaison_document_get_links_of (document, LIAISON_ORGANIZATION (wego));
  g_assert_cmpuint (links->len, >, 0);
  g_assert_true (liaison_entity_filter_match_entity (filter, links->pdata[0]));

  g_assert_true (liaison_document_undo (document));
  g_assert_false (liaison_entity_filter_match_entity (filter, wego));
  g_assert_false (liaison_entity_filter_match_entity (filter, links->pdata[0]));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/views/entity-filter/search-finds-fields", test_search_finds_fields);
  g_test_add_func ("/views/entity-filter/search-follows-edits", test_search_follows_edits);

  return g_test_run ();
}
