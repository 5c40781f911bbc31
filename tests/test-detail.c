/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-detail.c: the detail pane shows a record and its relations, edits through the document, follows undo. */

#include "config.h"

#include "liaison-resources.h"
#include "liaison-screenshot.h"
#include "liaison-test-ui.h"
#include "model/liaison-json.h"
#include "views/liaison-date-row.h"
#include "views/liaison-detail-pane.h"
#include "views/liaison-participant-dialog.h"

typedef struct
{
  LiaisonDocument   *document;
  GtkWindow         *window;
  LiaisonDetailPane *pane;
  GPtrArray         *activated;
  GPtrArray         *toasts;
} Fixture;

static void
activate_entity_cb (LiaisonDetailPane *pane,
                    LiaisonEntity     *entity,
                    Fixture           *fixture)
{
  g_ptr_array_add (fixture->activated, g_object_ref (entity));
}

static void
show_toast_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *fixture = user_data;

  g_ptr_array_add (fixture->toasts, g_variant_dup_string (parameter, NULL));
}

static gboolean
widget_is_drawn (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "sample", "sample.liaison", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_toast = g_simple_action_new ("show-toast", G_VARIANT_TYPE_STRING);
  g_autoptr(GError) error = NULL;

  fixture->document = liaison_json_load_file (file, NULL, &error);
  g_assert_no_error (error);
  fixture->activated = g_ptr_array_new_with_free_func (g_object_unref);
  fixture->toasts = g_ptr_array_new_with_free_func (g_free);

  /* The window provides win.show-toast; this one records the messages. */
  g_signal_connect (show_toast, "activate", G_CALLBACK (show_toast_cb), fixture);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (show_toast));

  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (fixture->window), "win", G_ACTION_GROUP (actions));
  gtk_window_set_default_size (fixture->window, 900, 800);
  fixture->pane = LIAISON_DETAIL_PANE (liaison_detail_pane_new ());
  liaison_detail_pane_set_document (fixture->pane, fixture->document);
  g_signal_connect (fixture->pane, "activate-entity", G_CALLBACK (activate_entity_cb), fixture);
  adw_window_set_content (ADW_WINDOW (fixture->window), GTK_WIDGET (fixture->pane));
  gtk_window_present (fixture->window);
  g_assert_true (liaison_test_ui_wait_for (widget_is_drawn, fixture->window, 10000));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  /* Every edit the tests make is valid: none was refused. */
  g_assert_cmpuint (fixture->toasts->len, ==, 0);

  gtk_window_destroy (fixture->window);
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&fixture->document);
  g_clear_pointer (&fixture->activated, g_ptr_array_unref);
  g_clear_pointer (&fixture->toasts, g_ptr_array_unref);
}

static LiaisonEntity *
lookup (Fixture    *fixture,
        const char *id)
{
  LiaisonEntity *entity = liaison_document_lookup (fixture->document, id);

  g_assert_nonnull (entity);

  return entity;
}

static void
show (Fixture    *fixture,
      const char *id)
{
  liaison_detail_pane_set_entity (fixture->pane, lookup (fixture, id));
  liaison_test_ui_wait (20);
}

static AdwPreferencesGroup *
find_group (Fixture    *fixture,
            const char *title)
{
  GtkWidget *group;

  for (guint i = 0; (group = liaison_test_ui_find (GTK_WIDGET (fixture->pane), ADW_TYPE_PREFERENCES_GROUP, i)) != NULL; i++)
    {
      if (g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), title) == 0)
        return ADW_PREFERENCES_GROUP (group);
    }

  return NULL;
}

/* The first row of @type under @root titled @title, or NULL. */
static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  GtkWidget *row;

  for (guint i = 0; (row = liaison_test_ui_find (root, type, i)) != NULL; i++)
    {
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return row;
    }

  return NULL;
}

/* The action row under @root titled @title whose subtitle starts with
 * @subtitle_prefix, or NULL: a record may be listed twice (two links to
 * one organization, two roles in one event). */
static GtkWidget *
find_row_with (GtkWidget  *root,
               const char *title,
               const char *subtitle_prefix)
{
  GtkWidget *row;

  for (guint i = 0; (row = liaison_test_ui_find (root, ADW_TYPE_ACTION_ROW, i)) != NULL; i++)
    {
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0 &&
          g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle_prefix))
        return row;
    }

  return NULL;
}

static guint
count_rows (AdwPreferencesGroup *group)
{
  GtkWidget *row;
  guint n = 0;

  while ((row = liaison_test_ui_find (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, n)) != NULL)
    n++;

  return n;
}

static char *
title_of (LiaisonEntity *entity)
{
  return liaison_entity_dup_title (entity, "en");
}

static void
save_shot (Fixture    *fixture,
           const char *directory,
           const char *name,
           const char *variant)
{
  g_autofree char *file = g_strdup_printf ("detail-%s-%s.png", name, variant);
  g_autofree char *path = g_build_filename (directory, file, NULL);
  g_autoptr(GError) error = NULL;

  liaison_screenshot_save (GTK_WIDGET (fixture->window), path, &error);
  g_assert_no_error (error);
}

/* With LIAISON_TEST_SHOTS=DIR, saves the window wide (light and dark),
 * narrow, and the whole page scrolled a screen at a time. */
static void
take_shots (Fixture    *fixture,
            const char *name)
{
  const char *directory = g_getenv ("LIAISON_TEST_SHOTS");
  static const struct { const char *variant; int width, height; gboolean dark; } variants[] = {
    { "wide", 900, 800, FALSE },
    { "wide-dark", 900, 800, TRUE },
    { "narrow", 360, 720, FALSE },
  };
  GtkWidget *page;
  GtkAdjustment *adjustment;

  if (directory == NULL || *directory == '\0')
    return;

  for (guint i = 0; i < G_N_ELEMENTS (variants); i++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          variants[i].dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
      gtk_window_set_default_size (fixture->window, variants[i].width, variants[i].height);
      liaison_test_ui_wait (300);
      save_shot (fixture, directory, name, variants[i].variant);
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_set_default_size (fixture->window, 900, 1100);
  liaison_test_ui_wait (300);

  page = liaison_test_ui_find (GTK_WIDGET (fixture->pane), ADW_TYPE_PREFERENCES_PAGE, 0);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (liaison_test_ui_find (page, GTK_TYPE_SCROLLED_WINDOW, 0)));
  for (guint i = 1; gtk_widget_get_mapped (page); i++)
    {
      g_autofree char *variant = g_strdup_printf ("page%u", i);

      save_shot (fixture, directory, name, variant);
      if (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) >= gtk_adjustment_get_upper (adjustment))
        break;
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) - 100);
      liaison_test_ui_wait (100);
    }

  gtk_adjustment_set_value (adjustment, 0);
  gtk_window_set_default_size (fixture->window, 900, 800);
  liaison_test_ui_wait (100);
}

/* An organization lists its cooperation links (by the other organization)
 * and its events with its role in each. */
static void
test_organization (Fixture       *fixture,
                   gconstpointer  data)
{
  LiaisonOrganization *organization = LIAISON_ORGANIZATION (lookup (fixture, "org-sci-japan"));
  g_autoptr(GPtrArray) links = liaison_document_get_links_of (fixture->document, organization);
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (fixture->document,
                                                                                 LIAISON_ENTITY (organization));
  AdwPreferencesGroup *group;

  show (fixture, "org-sci-japan");
  g_assert_cmpstr (liaison_detail_pane_get_title (fixture->pane), ==, "Smart City Institute Japan");
  g_assert_nonnull (liaison_test_ui_find_label (GTK_WIDGET (fixture->pane), "Smart City Institute Japan"));

  group = find_group (fixture, "Cooperation Links");
  g_assert_nonnull (group);
  g_assert_cmpuint (links->len, >, 0);
  g_assert_cmpuint (count_rows (group), ==, links->len);
  for (guint i = 0; i < links->len; i++)
    {
      LiaisonCooperationLink *link = links->pdata[i];
      const char *other_id = g_str_equal (liaison_cooperation_link_get_from (link), "org-sci-japan")
                             ? liaison_cooperation_link_get_to (link) : liaison_cooperation_link_get_from (link);
      g_autofree char *other = title_of (lookup (fixture, other_id));
      GtkWidget *row = find_row_with (GTK_WIDGET (group), other,
                                      liaison_enum_to_label (LIAISON_TYPE_LINK_KIND,
                                                             liaison_cooperation_link_get_kind (link)));

      g_assert_nonnull (row);
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
    }

  group = find_group (fixture, "Events");
  g_assert_nonnull (group);
  g_assert_cmpuint (count_rows (group), ==, participations->len);
  for (guint i = 0; i < participations->len; i++)
    {
      LiaisonParticipation *participation = participations->pdata[i];
      g_autofree char *event = title_of (lookup (fixture, liaison_participation_get_event (participation)));
      const char *role = liaison_enum_to_label (LIAISON_TYPE_ROLE, liaison_participation_get_role (participation));

      g_assert_nonnull (find_row_with (GTK_WIDGET (group), event, role));
    }

  /* Its people and its sources are there too. */
  g_assert_nonnull (find_row (GTK_WIDGET (find_group (fixture, "People")), ADW_TYPE_ACTION_ROW, "Takehiko Nagumo"));
  g_assert_nonnull (find_group (fixture, "Sources"));

  take_shots (fixture, "organization");

  /* The translated names, opened. */
  if (g_getenv ("LIAISON_TEST_SHOTS") != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (liaison_test_ui_find (GTK_WIDGET (fixture->pane), ADW_TYPE_EXPANDER_ROW, 0)), TRUE);
      liaison_test_ui_wait (500);
      save_shot (fixture, g_getenv ("LIAISON_TEST_SHOTS"), "organization", "names");
    }
}

/* Activating a link row asks for the other organization; its second
 * button for the link itself. */
static void
test_activate_link (Fixture       *fixture,
                    gconstpointer  data)
{
  LiaisonEntity *iii = lookup (fixture, "org-iii");
  g_autofree char *iii_title = title_of (iii);
  AdwPreferencesGroup *group;
  GtkWidget *row;
  GtkWidget *button;

  show (fixture, "org-sci-japan");
  group = find_group (fixture, "Cooperation Links");
  row = find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, iii_title);
  g_assert_nonnull (row);

  gtk_widget_grab_focus (row);
  gtk_widget_activate (row);
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_true (fixture->activated->pdata[0] == iii);

  /* As the window would: the focus moves to the new record's header,
   * which holds its title. */
  liaison_detail_pane_set_entity (fixture->pane, iii);
  g_assert_true (GTK_IS_BOX (gtk_window_get_focus (fixture->window)));
  g_assert_nonnull (liaison_test_ui_find_label (gtk_window_get_focus (fixture->window), iii_title));
  show (fixture, "org-sci-japan");
  group = find_group (fixture, "Cooperation Links");
  row = find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, iii_title);

  button = liaison_test_ui_find (row, GTK_TYPE_BUTTON, 0);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (fixture->activated->len, ==, 2);
  g_assert_true (fixture->activated->pdata[1] == lookup (fixture, "link-sci-japan-iii-mou"));
}

/* The English name is edited in its own row, through the document: undo
 * brings the old text back into the row. Text being typed elsewhere is
 * left alone when the document changes. */
static void
test_edit_name (Fixture       *fixture,
                gconstpointer  data)
{
  LiaisonOrganization *organization = LIAISON_ORGANIZATION (lookup (fixture, "org-sci-japan"));
  GtkWidget *english;
  GtkWidget *japanese;

  show (fixture, "org-sci-japan");
  english = find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_ENTRY_ROW, "English");
  japanese = find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_ENTRY_ROW, "日本語");
  g_assert_nonnull (english);
  g_assert_nonnull (japanese);
  g_assert_nonnull (find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_ENTRY_ROW, "한국어"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (english)), ==, "Smart City Institute Japan");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (japanese)), ==, "スマートシティ・インスティテュート");

  gtk_editable_set_text (GTK_EDITABLE (english), "Smart City Institute of Japan");
  g_signal_emit_by_name (english, "apply");
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (organization), "en"), ==,
                   "Smart City Institute of Japan");
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (organization), "ja"), ==,
                   "スマートシティ・インスティテュート");
  g_assert_cmpstr (liaison_detail_pane_get_title (fixture->pane), ==, "Smart City Institute of Japan");
  g_assert_true (liaison_document_can_undo (fixture->document));

  g_assert_true (liaison_document_undo (fixture->document));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (english)), ==, "Smart City Institute Japan");
  g_assert_cmpstr (liaison_detail_pane_get_title (fixture->pane), ==, "Smart City Institute Japan");

  g_assert_true (liaison_document_redo (fixture->document));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (english)), ==, "Smart City Institute of Japan");

  /* Typing not yet applied survives a change to another field. */
  gtk_editable_set_text (GTK_EDITABLE (japanese), "入力中");
  g_assert_true (liaison_document_set (fixture->document, LIAISON_ENTITY (organization), NULL,
                                       "city", "Tokyo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (japanese)), ==, "入力中");
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (organization), "ja"), ==,
                   "スマートシティ・インスティテュート");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_ENTRY_ROW, "City"))),
                   ==, "Tokyo");

  /* Leaving a row applies what was typed there. */
  {
    GtkWidget *city = find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_ENTRY_ROW, "City");
    GtkWidget *website = find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_ENTRY_ROW, "Website");

    gtk_widget_grab_focus (city);
    gtk_editable_set_text (GTK_EDITABLE (city), "Osaka");
    g_assert_cmpstr (liaison_organization_get_city (organization), ==, "Tokyo");
    gtk_widget_grab_focus (website);
    g_assert_cmpstr (liaison_organization_get_city (organization), ==, "Osaka");
  }

  /* Emptying a language removes it. */
  gtk_editable_set_text (GTK_EDITABLE (japanese), "");
  g_signal_emit_by_name (japanese, "apply");
  g_assert_null (liaison_text_get (liaison_organization_get_name (organization), "ja"));
}

/* Combo rows edit enumerations and references; undo shows the old value. */
static void
test_edit_combos (Fixture       *fixture,
                  gconstpointer  data)
{
  LiaisonPerson *person = LIAISON_PERSON (lookup (fixture, "person-takehiko-nagumo"));
  LiaisonOrganization *organization = LIAISON_ORGANIZATION (lookup (fixture, "org-sci-japan"));
  AdwComboRow *kind;
  AdwComboRow *affiliation;
  GListModel *model;
  guint n_items;

  show (fixture, "org-sci-japan");
  kind = ADW_COMBO_ROW (find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_COMBO_ROW, "Kind"));
  g_assert_nonnull (kind);
  g_assert_cmpint (adw_enum_list_item_get_value (adw_combo_row_get_selected_item (kind)), ==,
                   LIAISON_ORGANIZATION_KIND_NETWORK);
  adw_combo_row_set_selected (kind, adw_enum_list_model_find_position (ADW_ENUM_LIST_MODEL (adw_combo_row_get_model (kind)),
                                                                       LIAISON_ORGANIZATION_KIND_RESEARCH));
  g_assert_cmpint (liaison_organization_get_kind (organization), ==, LIAISON_ORGANIZATION_KIND_RESEARCH);
  liaison_document_undo (fixture->document);
  g_assert_cmpint (adw_enum_list_item_get_value (adw_combo_row_get_selected_item (kind)), ==,
                   LIAISON_ORGANIZATION_KIND_NETWORK);

  /* A person's affiliation is chosen among the organizations, with search. */
  show (fixture, "person-takehiko-nagumo");
  affiliation = ADW_COMBO_ROW (find_row (GTK_WIDGET (fixture->pane), ADW_TYPE_COMBO_ROW, "Affiliation"));
  g_assert_nonnull (affiliation);
  g_assert_true (adw_combo_row_get_enable_search (affiliation));
  g_assert_true (adw_combo_row_get_selected_item (affiliation) == (gpointer) organization);

  model = adw_combo_row_get_model (affiliation);
  n_items = g_list_model_get_n_items (model);
  /* None, then every organization. */
  g_assert_cmpuint (n_items, ==, 1 + g_list_model_get_n_items (liaison_document_get_organizations (fixture->document)));
  for (guint i = 1; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (item != (GObject *) organization)
        {
          adw_combo_row_set_selected (affiliation, i);
          g_assert_cmpstr (liaison_person_get_affiliation (person), ==, liaison_entity_get_id (LIAISON_ENTITY (item)));
          break;
        }
    }
  adw_combo_row_set_selected (affiliation, 0);
  g_assert_null (liaison_person_get_affiliation (person));
  liaison_document_undo (fixture->document);
  liaison_document_undo (fixture->document);
  g_assert_cmpstr (liaison_person_get_affiliation (person), ==, "org-sci-japan");
  g_assert_true (adw_combo_row_get_selected_item (affiliation) == (gpointer) organization);

  /* Organizations coming and going move the selection; that edits nothing. */
  {
    g_autoptr(LiaisonOrganization) added = liaison_organization_new ("org-aaa-test");
    g_autoptr(LiaisonText) name = liaison_text_new ("en", "AAA First In Order");
    g_autoptr(GError) error = NULL;
    guint n_steps = 0;

    g_object_set (added, "name", name, NULL);
    g_assert_true (liaison_document_add (fixture->document, LIAISON_ENTITY (added), &error));
    g_assert_no_error (error);
    g_assert_cmpstr (liaison_person_get_affiliation (person), ==, "org-sci-japan");
    g_assert_true (adw_combo_row_get_selected_item (affiliation) == (gpointer) organization);

    g_assert_true (liaison_document_remove (fixture->document, LIAISON_ENTITY (organization),
                                            LIAISON_REMOVE_CASCADE, &error));
    g_assert_no_error (error);
    g_assert_null (liaison_person_get_affiliation (person));
    g_assert_cmpuint (adw_combo_row_get_selected (affiliation), ==, 0);
    while (liaison_document_undo (fixture->document))
      n_steps++;
    /* The removal and the addition only: the moving selection edited nothing. */
    g_assert_cmpuint (n_steps, ==, 2);
    g_assert_cmpstr (liaison_person_get_affiliation (person), ==, "org-sci-japan");
  }
}

/* An event shows its participants grouped by role, and its parts. */
static void
test_event (Fixture       *fixture,
            gconstpointer  data)
{
  static const struct { LiaisonRole role; const char *heading; } headings[] = {
    { LIAISON_ROLE_HOST, "Hosts" },
    { LIAISON_ROLE_CO_ORGANIZER, "Co-organizers" },
    { LIAISON_ROLE_PRESENTER, "Presenters" },
    { LIAISON_ROLE_PANELIST, "Panelists" },
    { LIAISON_ROLE_ATTENDEE, "Attendees" },
  };
  LiaisonEntity *event = lookup (fixture, "evt-wego-japan-webinar-series-2020");
  g_autoptr(GPtrArray) participations = liaison_document_get_participations_of (fixture->document, event);
  AdwPreferencesGroup *parts;
  guint n_checked = 0;

  show (fixture, "evt-wego-japan-webinar-series-2020");
  g_assert_cmpuint (participations->len, >, 0);

  for (guint i = 0; i < participations->len; i++)
    {
      LiaisonParticipation *participation = participations->pdata[i];
      g_autofree char *organization = title_of (lookup (fixture, liaison_participation_get_organization (participation)));

      for (guint h = 0; h < G_N_ELEMENTS (headings); h++)
        {
          AdwPreferencesGroup *group;

          if (headings[h].role != liaison_participation_get_role (participation))
            continue;
          group = find_group (fixture, headings[h].heading);
          g_assert_nonnull (group);
          g_assert_nonnull (find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, organization));
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >, 0);
  /* No group for a role nobody had. */
  g_assert_null (find_group (fixture, "Exhibitors"));

  parts = find_group (fixture, "Parts");
  g_assert_nonnull (parts);
  g_assert_cmpuint (count_rows (parts), ==, 2);
  {
    g_autofree char *first = title_of (lookup (fixture, "evt-wego-japan-webinar-part1-2020"));
    GtkWidget *row = liaison_test_ui_find (GTK_WIDGET (parts), ADW_TYPE_ACTION_ROW, 0);

    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, first);
    gtk_widget_activate (row);
    g_assert_cmpuint (fixture->activated->len, ==, 1);
    g_assert_true (fixture->activated->pdata[0] == lookup (fixture, "evt-wego-japan-webinar-part1-2020"));
  }

  /* The dates are edited with the date row, through the document. */
  {
    LiaisonDateRow *start = LIAISON_DATE_ROW (find_row (GTK_WIDGET (fixture->pane), LIAISON_TYPE_DATE_ROW, "Start"));
    GtkWidget *entry;

    g_assert_nonnull (start);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (start)), ==, "6 July 2020");
    entry = liaison_test_ui_find (GTK_WIDGET (start), GTK_TYPE_ENTRY, 0);
    gtk_editable_set_text (GTK_EDITABLE (entry), "mid-2020");
    g_signal_emit_by_name (entry, "activate");
    g_assert_cmpuint (liaison_event_get_start (LIAISON_EVENT (event))->part, ==, LIAISON_DATE_PART_MID);
    g_assert_cmpuint (liaison_event_get_start (LIAISON_EVENT (event))->month, ==, 0);
    liaison_document_undo (fixture->document);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (start)), ==, "6 July 2020");
  }

  show (fixture, "evt-cjk-webinar-2020");
  take_shots (fixture, "event");

  /* The date popover, on its own surface. */
  if (g_getenv ("LIAISON_TEST_SHOTS") != NULL)
    {
      GtkWidget *start = find_row (GTK_WIDGET (fixture->pane), LIAISON_TYPE_DATE_ROW, "Start");
      GtkMenuButton *button = GTK_MENU_BUTTON (liaison_test_ui_find (start, GTK_TYPE_MENU_BUTTON, 0));
      GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
      g_autofree char *path = g_build_filename (g_getenv ("LIAISON_TEST_SHOTS"), "detail-date-popover.png", NULL);
      g_autoptr(GError) error = NULL;

      gtk_menu_button_popup (button);
      liaison_test_ui_wait (500);
      liaison_screenshot_save (popover, path, &error);
      g_assert_no_error (error);
      gtk_menu_button_popdown (button);
      liaison_test_ui_wait (100);
    }
}

static gboolean
dialog_is_shown (gpointer data)
{
  Fixture *fixture = data;
  GtkWidget *dialog = liaison_test_ui_find (GTK_WIDGET (fixture->window), LIAISON_TYPE_PARTICIPANT_DIALOG, 0);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

static gboolean
dialog_is_gone (gpointer data)
{
  return !dialog_is_shown (data);
}

typedef struct
{
  GListModel *list;
  guint       n_items;
  guint       unfiltered;
} Count;

static gboolean
list_has_count (gpointer data)
{
  Count *count = data;

  /* 0 stands for any number but none, once the search applied. */
  if (count->n_items == 0)
    return g_list_model_get_n_items (count->list) > 0 && g_list_model_get_n_items (count->list) < count->unfiltered;

  return g_list_model_get_n_items (count->list) == count->n_items;
}

/* Opens the Add Participant dialog from the event's page, as its row
 * does, and searches it for @search, which must find @n_found records
 * (0: some). */
static GtkWidget *
open_participant_dialog (Fixture    *fixture,
                         const char *search,
                         guint       n_found)
{
  GtkWidget *add_row = liaison_test_ui_find (GTK_WIDGET (fixture->pane), ADW_TYPE_BUTTON_ROW, 0);
  GtkWidget *dialog;
  GtkWidget *list_view;
  GtkWidget *button;
  GtkWidget *add_button = NULL;
  Count count;

  g_assert_nonnull (add_row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (add_row)), ==, "_Add Participant…");
  gtk_widget_activate (add_row);
  g_assert_true (liaison_test_ui_wait_for (dialog_is_shown, fixture, 5000));
  dialog = liaison_test_ui_find (GTK_WIDGET (fixture->window), LIAISON_TYPE_PARTICIPANT_DIALOG, 0);

  /* Nothing is chosen yet: nothing to add. */
  for (guint i = 0; (button = liaison_test_ui_find (dialog, GTK_TYPE_BUTTON, i)) != NULL; i++)
    {
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "_Add") == 0)
        add_button = button;
    }
  g_assert_nonnull (add_button);
  g_assert_false (gtk_widget_get_sensitive (add_button));

  list_view = liaison_test_ui_find (dialog, GTK_TYPE_LIST_VIEW, 0);
  count.list = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
  count.n_items = n_found;
  count.unfiltered = g_list_model_get_n_items (count.list);
  gtk_editable_set_text (GTK_EDITABLE (liaison_test_ui_find (dialog, GTK_TYPE_SEARCH_ENTRY, 0)), search);
  g_assert_true (liaison_test_ui_wait_for (list_has_count, &count, 5000));
  /* The match is chosen: Enter would add it. */
  g_assert_true (gtk_widget_get_sensitive (add_button));

  return dialog;
}

static void
choose_role (GtkWidget   *dialog,
             LiaisonRole  role)
{
  AdwComboRow *roles = ADW_COMBO_ROW (liaison_test_ui_find (dialog, ADW_TYPE_COMBO_ROW, 0));

  adw_combo_row_set_selected (roles, adw_enum_list_model_find_position (ADW_ENUM_LIST_MODEL (adw_combo_row_get_model (roles)),
                                                                        role));
}

/* The menu of a participant's row, in the group of its role. */
static GtkWidget *
participant_menu (Fixture    *fixture,
                  const char *heading,
                  const char *organization)
{
  AdwPreferencesGroup *group = find_group (fixture, heading);
  GtkWidget *row;

  g_assert_nonnull (group);
  row = find_row (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, organization);
  g_assert_nonnull (row);

  return liaison_test_ui_find (row, GTK_TYPE_MENU_BUTTON, 0);
}

/* Participants are added on the event's page, an organization or a
 * person with their organization, in a role; their role is changed and
 * they are removed from their row's menu; all of it undoes. The pages of
 * the organization and the person follow. */
static void
test_participants (Fixture       *fixture,
                   gconstpointer  data)
{
  LiaisonEvent *event = LIAISON_EVENT (lookup (fixture, "evt-cjk-webinar-2020"));
  GListModel *participations = liaison_document_get_participations (fixture->document);
  guint n_before = g_list_model_get_n_items (participations);
  LiaisonParticipation *kyoto;
  LiaisonParticipation *nagumo;
  GtkWidget *dialog;
  GtkWidget *menu;

  show (fixture, "evt-cjk-webinar-2020");
  g_assert_null (find_group (fixture, "Exhibitors"));

  /* An organization, as an exhibitor. */
  dialog = open_participant_dialog (fixture, "kyoto", 1);
  choose_role (dialog, LIAISON_ROLE_EXHIBITOR);
  g_assert_true (gtk_widget_activate_action (dialog, "participant.add", NULL));
  g_assert_true (liaison_test_ui_wait_for (dialog_is_gone, fixture, 5000));
  g_assert_cmpuint (g_list_model_get_n_items (participations), ==, n_before + 1);
  kyoto = liaison_document_find_participation (fixture->document, event, "org-kyoto", NULL, LIAISON_ROLE_EXHIBITOR);
  g_assert_nonnull (kyoto);
  g_assert_cmpstr (liaison_document_get_undo_label (fixture->document), ==, "Add Participant");
  menu = participant_menu (fixture, "Exhibitors", "Kyoto");
  g_assert_nonnull (menu);

  take_shots (fixture, "event-participants");
  if (g_getenv ("LIAISON_TEST_SHOTS") != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("LIAISON_TEST_SHOTS"), "detail-participant-dialog.png", NULL);
      g_autoptr(GError) error = NULL;

      dialog = open_participant_dialog (fixture, "smart city", 0);
      liaison_test_ui_wait (300);
      liaison_screenshot_save (GTK_WIDGET (fixture->window), path, &error);
      g_assert_no_error (error);
      gtk_widget_activate_action (dialog, "participant.cancel", NULL);
      g_assert_true (liaison_test_ui_wait_for (dialog_is_gone, fixture, 5000));

      /* The row's menu, on its own surface. */
      g_clear_pointer (&path, g_free);
      path = g_build_filename (g_getenv ("LIAISON_TEST_SHOTS"), "detail-participant-menu.png", NULL);
      gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
      liaison_test_ui_wait (500);
      liaison_screenshot_save (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu))), path, &error);
      g_assert_no_error (error);
      gtk_menu_button_popdown (GTK_MENU_BUTTON (menu));
      liaison_test_ui_wait (100);
    }

  /* Its role changes from its row's menu, and it moves to that group. */
  g_assert_true (gtk_widget_activate_action (menu, "participation.role", "s", "observer"));
  g_assert_cmpint (liaison_participation_get_role (kyoto), ==, LIAISON_ROLE_OBSERVER);
  g_assert_cmpstr (liaison_document_get_undo_label (fixture->document), ==, "Change Role");
  g_assert_null (find_group (fixture, "Exhibitors"));
  g_assert_nonnull (participant_menu (fixture, "Observers", "Kyoto"));

  g_assert_true (liaison_document_undo (fixture->document));
  g_assert_cmpint (liaison_participation_get_role (kyoto), ==, LIAISON_ROLE_EXHIBITOR);
  g_assert_nonnull (participant_menu (fixture, "Exhibitors", "Kyoto"));
  g_assert_null (find_group (fixture, "Observers"));
  g_assert_true (liaison_document_redo (fixture->document));
  g_assert_cmpint (liaison_participation_get_role (kyoto), ==, LIAISON_ROLE_OBSERVER);
  menu = participant_menu (fixture, "Observers", "Kyoto");

  /* A person comes with their organization. */
  dialog = open_participant_dialog (fixture, "nagumo", 1);
  g_assert_true (gtk_widget_activate_action (dialog, "participant.add", NULL));
  g_assert_true (liaison_test_ui_wait_for (dialog_is_gone, fixture, 5000));
  nagumo = liaison_document_find_participation (fixture->document, event, "org-sci-japan", "person-takehiko-nagumo",
                                                LIAISON_ROLE_ATTENDEE);
  g_assert_nonnull (nagumo);
  g_assert_nonnull (find_row_with (GTK_WIDGET (find_group (fixture, "Attendees")), "Smart City Institute Japan",
                                   "Takehiko Nagumo"));

  /* The same participant in the same role twice is refused, saying why. */
  dialog = open_participant_dialog (fixture, "kyoto", 1);
  choose_role (dialog, LIAISON_ROLE_OBSERVER);
  gtk_widget_activate_action (dialog, "participant.add", NULL);
  g_assert_cmpuint (fixture->toasts->len, ==, 1);
  g_assert_cmpstr (fixture->toasts->pdata[0], ==, "Kyoto already takes part in this event as Observer");
  g_ptr_array_set_size (fixture->toasts, 0);
  g_assert_cmpuint (g_list_model_get_n_items (participations), ==, n_before + 2);
  gtk_widget_activate_action (dialog, "participant.cancel", NULL);
  g_assert_true (liaison_test_ui_wait_for (dialog_is_gone, fixture, 5000));

  /* Removed from its menu; undo brings it back. */
  menu = participant_menu (fixture, "Observers", "Kyoto");
  g_assert_true (gtk_widget_activate_action (menu, "participation.remove", NULL));
  g_assert_null (liaison_document_lookup (fixture->document, liaison_entity_get_id (LIAISON_ENTITY (kyoto))));
  g_assert_null (find_group (fixture, "Observers"));
  g_assert_cmpstr (liaison_document_get_undo_label (fixture->document), ==, "Remove Participant");
  g_assert_true (liaison_document_undo (fixture->document));
  g_assert_nonnull (participant_menu (fixture, "Observers", "Kyoto"));

  /* The organization's page lists the event with its role, and follows
   * changes made elsewhere. */
  show (fixture, "org-kyoto");
  g_assert_nonnull (find_row_with (GTK_WIDGET (find_group (fixture, "Events")), "Webinar on CJK Smart Cities", "Observer"));
  g_assert_true (liaison_document_set (fixture->document, LIAISON_ENTITY (kyoto), NULL, "role", LIAISON_ROLE_HOST, NULL));
  g_assert_nonnull (find_row_with (GTK_WIDGET (find_group (fixture, "Events")), "Webinar on CJK Smart Cities", "Host"));
  g_assert_true (liaison_document_remove (fixture->document, LIAISON_ENTITY (kyoto), LIAISON_REMOVE_REFUSE, NULL));
  g_assert_null (find_row_with (GTK_WIDGET (find_group (fixture, "Events")), "Webinar on CJK Smart Cities", ""));

  /* So does the person's. */
  show (fixture, "person-takehiko-nagumo");
  g_assert_nonnull (find_row_with (GTK_WIDGET (find_group (fixture, "Events")), "Webinar on CJK Smart Cities", "Attendee"));
  g_assert_true (liaison_document_undo (fixture->document));
  g_assert_true (liaison_document_undo (fixture->document));
  g_assert_true (liaison_document_undo (fixture->document));
  g_assert_null (liaison_document_lookup (fixture->document, liaison_entity_get_id (LIAISON_ENTITY (nagumo))));
  g_assert_null (find_row_with (GTK_WIDGET (find_group (fixture, "Events")), "Webinar on CJK Smart Cities", "Attendee"));

  /* Other records' pages have no participants to add. */
  g_assert_null (liaison_test_ui_find (GTK_WIDGET (fixture->pane), ADW_TYPE_BUTTON_ROW, 0));
}

/* A link names the organizations it joins; its scope is a list to edit. */
static void
test_link (Fixture       *fixture,
           gconstpointer  data)
{
  LiaisonCooperationLink *link = LIAISON_COOPERATION_LINK (lookup (fixture, "link-sci-japan-iii-mou"));
  AdwPreferencesGroup *scope;
  AdwPreferencesGroup *organizations;
  GtkWidget *add;
  GtkWidget *remove;

  show (fixture, "link-sci-japan-iii-mou");
  g_assert_true (g_str_has_prefix (liaison_detail_pane_get_title (fixture->pane), "Smart City Institute Japan"));

  organizations = find_group (fixture, "Organizations");
  g_assert_nonnull (organizations);
  g_assert_cmpuint (count_rows (organizations), ==, 2);
  g_assert_nonnull (find_group (fixture, "Made at"));

  scope = find_group (fixture, "Scope");
  g_assert_nonnull (scope);
  g_assert_nonnull (find_row (GTK_WIDGET (scope), ADW_TYPE_ACTION_ROW, "joint events"));

  add = liaison_test_ui_find (GTK_WIDGET (scope), ADW_TYPE_ENTRY_ROW, 0);
  gtk_editable_set_text (GTK_EDITABLE (add), "data sharing、smart mobility");
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpuint (g_strv_length ((char **) liaison_cooperation_link_get_scope (link)), ==, 5);
  g_assert_true (g_strv_contains (liaison_cooperation_link_get_scope (link), "smart mobility"));
  g_assert_nonnull (find_row (GTK_WIDGET (scope), ADW_TYPE_ACTION_ROW, "data sharing"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");

  remove = liaison_test_ui_find (find_row (GTK_WIDGET (scope), ADW_TYPE_ACTION_ROW, "joint events"), GTK_TYPE_BUTTON, 0);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_false (g_strv_contains (liaison_cooperation_link_get_scope (link), "joint events"));
  g_assert_null (find_row (GTK_WIDGET (scope), ADW_TYPE_ACTION_ROW, "joint events"));
  liaison_document_undo (fixture->document);
  g_assert_nonnull (find_row (GTK_WIDGET (scope), ADW_TYPE_ACTION_ROW, "joint events"));
  liaison_document_undo (fixture->document);

  take_shots (fixture, "link");
}

/* Sources are cited and uncited from the record's page. */
static void
test_sources (Fixture       *fixture,
              gconstpointer  data)
{
  LiaisonEntity *person = lookup (fixture, "person-takehiko-nagumo");
  AdwPreferencesGroup *group;
  AdwComboRow *add;
  GListModel *model;
  g_autoptr(GObject) first = NULL;

  show (fixture, "person-takehiko-nagumo");
  group = find_group (fixture, "Sources");
  g_assert_nonnull (group);
  g_assert_cmpuint (g_strv_length ((char **) liaison_entity_get_sources (person)), ==, 1);

  add = ADW_COMBO_ROW (liaison_test_ui_find (GTK_WIDGET (group), ADW_TYPE_COMBO_ROW, 0));
  model = adw_combo_row_get_model (add);
  for (guint i = 1; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!liaison_entity_cites (person, liaison_entity_get_id (LIAISON_ENTITY (item))))
        {
          adw_combo_row_set_selected (add, i);
          break;
        }
    }
  g_assert_cmpuint (g_strv_length ((char **) liaison_entity_get_sources (person)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (add), ==, 0);
  /* Two source rows and the one that adds. */
  g_assert_cmpuint (count_rows (group), ==, 3);

  /* A cited source leads to its page, which lists who cites it. */
  gtk_widget_activate (liaison_test_ui_find (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, 0));
  g_assert_cmpuint (fixture->activated->len, ==, 1);
  g_assert_true (LIAISON_IS_SOURCE (fixture->activated->pdata[0]));
  liaison_detail_pane_set_entity (fixture->pane, fixture->activated->pdata[0]);
  g_assert_nonnull (find_row (GTK_WIDGET (find_group (fixture, "Cited By")), ADW_TYPE_ACTION_ROW, "Takehiko Nagumo"));
  take_shots (fixture, "source");

  show (fixture, "person-takehiko-nagumo");
  take_shots (fixture, "person");
  group = find_group (fixture, "Sources");
  g_signal_emit_by_name (liaison_test_ui_find (GTK_WIDGET (liaison_test_ui_find (GTK_WIDGET (group), ADW_TYPE_ACTION_ROW, 0)),
                                               GTK_TYPE_BUTTON, 0),
                         "clicked");
  g_assert_cmpuint (g_strv_length ((char **) liaison_entity_get_sources (person)), ==, 1);
  g_assert_cmpuint (count_rows (group), ==, 2);
}

static void
count_cb (GtkWidget *row,
          guint     *count)
{
  (*count)++;
}

/* The date row takes dates known only to the year, the month or a part
 * of a year, typed or picked. */
static void
test_date_row (void)
{
  GtkWidget *row = liaison_date_row_new ();
  GtkWidget *entry;
  LiaisonDate date;
  guint changed = 0;
  g_autoptr(GtkWidget) guard = g_object_ref_sink (row);

  g_signal_connect (row, "date-changed", G_CALLBACK (count_cb), &changed);

  /* Set from code: shown, not reported. */
  g_assert_true (liaison_date_parse ("2020-08-05", &date));
  liaison_date_row_set_date (LIAISON_DATE_ROW (row), &date);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "5 August 2020");
  g_assert_cmpuint (changed, ==, 0);

  /* Typed: a year alone. */
  entry = liaison_test_ui_find (row, GTK_TYPE_ENTRY, 0);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2020-08-05");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2019");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->year, ==, 2019);
  g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->month, ==, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "2019");

  /* Nonsense is refused and marked, saying why; typing again clears it. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "the year after");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->year, ==, 2019);
  {
    GtkWidget *message = NULL;
    GtkWidget *label;

    /* In the popover, which is closed: not "visible" as a whole. */
    for (guint i = 0; (label = liaison_test_ui_find (row, GTK_TYPE_LABEL, i)) != NULL; i++)
      {
        if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (label)), "Liaison cannot read “the” in a date") == 0)
          message = label;
      }
    g_assert_nonnull (message);
    g_assert_true (gtk_widget_get_visible (message));
    gtk_editable_set_text (GTK_EDITABLE (entry), "2019年8月");
    g_assert_false (gtk_widget_get_visible (message));
    g_assert_false (gtk_widget_has_css_class (entry, "error"));
  }

  /* As people write in Korean: a part of a month. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "2020년 8월 중순");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "mid-August 2020");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2020-08-mid");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2019");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpuint (changed, ==, 3);

  /* Picked: the precision toggles and the part of the year. */
  {
    AdwToggleGroup *precision = ADW_TOGGLE_GROUP (liaison_test_ui_find (row, ADW_TYPE_TOGGLE_GROUP, 0));
    AdwToggleGroup *part = ADW_TOGGLE_GROUP (liaison_test_ui_find (row, ADW_TYPE_TOGGLE_GROUP, 1));
    GtkWidget *clear = NULL;
    GtkWidget *button;

    g_assert_cmpstr (adw_toggle_group_get_active_name (precision), ==, "year");
    adw_toggle_group_set_active_name (part, "late");
    g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->part, ==, LIAISON_DATE_PART_LATE);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "late 2019");
    adw_toggle_group_set_active_name (precision, "month");
    g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->month, !=, 0);
    g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->day, ==, 0);

    /* A month has parts of its own: the year's are hidden. */
    {
      AdwToggleGroup *month_part = ADW_TOGGLE_GROUP (liaison_test_ui_find (row, ADW_TYPE_TOGGLE_GROUP, 2));

      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (part)));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (month_part)));
      adw_toggle_group_set_active_name (month_part, "early");
      g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->part, ==, LIAISON_DATE_PART_EARLY);
      g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->month, !=, 0);
      g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "early "));
      adw_toggle_group_set_active_name (precision, "day");
      g_assert_false (gtk_widget_get_visible (GTK_WIDGET (month_part)));
      g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->part, ==, LIAISON_DATE_PART_NONE);
      g_assert_cmpuint (liaison_date_row_get_date (LIAISON_DATE_ROW (row))->day, !=, 0);
    }

    g_assert_cmpuint (changed, ==, 3);

    /* Clearing ends the choice: reported once, with everything before it. */
    for (guint i = 0; (button = liaison_test_ui_find (row, GTK_TYPE_BUTTON, i)) != NULL; i++)
      {
        if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "_Clear") == 0)
          clear = button;
      }
    g_assert_nonnull (clear);
    g_signal_emit_by_name (clear, "clicked");
    g_assert_cmpuint (changed, ==, 4);
    g_assert_false (liaison_date_is_set (liaison_date_row_get_date (LIAISON_DATE_ROW (row))));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not set");
  }
}

/* With no record, or when it leaves the document, the pane says so. */
static void
test_empty (Fixture       *fixture,
            gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (liaison_test_ui_find (GTK_WIDGET (fixture->pane), GTK_TYPE_STACK, 0));
  LiaisonEntity *organization = lookup (fixture, "org-sci-japan");
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (liaison_detail_pane_get_title (fixture->pane));
  g_assert_nonnull (liaison_test_ui_find_label (GTK_WIDGET (fixture->pane), "Nothing Selected"));
  take_shots (fixture, "empty");

  show (fixture, "org-sci-japan");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "record");
  liaison_detail_pane_set_entity (fixture->pane, NULL);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_null (liaison_detail_pane_get_title (fixture->pane));
  g_assert_null (find_group (fixture, "Cooperation Links"));

  show (fixture, "org-sci-japan");
  g_assert_true (liaison_document_remove (fixture->document, organization, LIAISON_REMOVE_CASCADE, &error));
  g_assert_no_error (error);
  g_assert_null (liaison_detail_pane_get_entity (fixture->pane));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();
  liaison_register_resource ();
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/detail/organization", test_organization);
  ADD ("/detail/activate-link", test_activate_link);
  ADD ("/detail/edit-name", test_edit_name);
  ADD ("/detail/edit-combos", test_edit_combos);
  ADD ("/detail/event", test_event);
  ADD ("/detail/participants", test_participants);
  ADD ("/detail/link", test_link);
  ADD ("/detail/sources", test_sources);
  ADD ("/detail/empty", test_empty);
  g_test_add_func ("/detail/date-row", test_date_row);

#undef ADD

  return g_test_run ();
}
