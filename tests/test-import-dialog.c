/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-import-dialog.c: the import dialog maps a spreadsheet's columns, imports in one step, and refuses bad files. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "liaison-test-sample.h"
#include "liaison-csv-import.h"
#include "liaison-gexf.h"
#include "liaison-json.h"
#include "liaison-test-ui.h"
#include "views/liaison-import-dialog.h"

static GFile *
write_temporary (const char *template,
                 const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileIOStream) stream = NULL;
  GFile *file = g_file_new_tmp (template, &stream, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);

  return file;
}

static gboolean
dialog_settled (gpointer data)
{
  LiaisonImportDialog *dialog = data;
  GtkStack *stack = GTK_STACK (liaison_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_STACK, 0));

  return g_strcmp0 (gtk_stack_get_visible_child_name (stack), "loading") != 0;
}

static void
count_signal (gpointer  instance,
              guint    *count)
{
  (*count)++;
}

static AdwDialog *
open_dialog (LiaisonDocument *document,
             GFile           *file)
{
  LiaisonApplication *app = liaison_test_ui_start_application ();
  LiaisonWindow *window = liaison_test_ui_get_window (app);
  AdwDialog *dialog = liaison_import_dialog_new (document, file);

  adw_dialog_present (dialog, GTK_WIDGET (window));
  g_assert_true (liaison_test_ui_wait_for (dialog_settled, dialog, 10000));

  return dialog;
}

static AdwActionRow *
find_row (GtkWidget  *root,
          const char *title)
{
  GtkWidget *row;

  for (guint i = 0; (row = liaison_test_ui_find (root, ADW_TYPE_ACTION_ROW, i)) != NULL; i++)
    {
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return ADW_ACTION_ROW (row);
    }

  return NULL;
}

static guint
count (LiaisonDocument *document,
       GType            type)
{
  return g_list_model_get_n_items (liaison_document_get_collection (document, type));
}

static void
test_spreadsheet (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(GFile) file =
    write_temporary ("liaison-XXXXXX.csv",
                     "組織名;略称;国;種類;メモ\n"
                     "スマートシティ・インスティテュート;SCI-Japan;日本;協会;already there\n"
                     "横浜市;;日本;自治体;a city\n"
                     "부산광역시;;대한민국;도시;another city\n"
                     "謎の組織;;Atlantis;企業;unusable\n");
  g_autofree char *before = liaison_json_save_data (document, NULL);
  g_autofree char *after_undo = NULL;
  guint organizations = count (document, LIAISON_TYPE_ORGANIZATION);
  guint imported = 0;
  AdwDialog *dialog = open_dialog (document, file);
  AdwComboRow *records_row, *note_row;
  AdwActionRow *summary_row;
  AdwExpanderRow *problems_row;
  guint n_fields;
  const LiaisonCsvField *fields;
  g_autoptr(LiaisonOrganization) busan = NULL;

  g_signal_connect (dialog, "imported", G_CALLBACK (count_signal), &imported);
  g_assert_true (liaison_import_dialog_get_ready (LIAISON_IMPORT_DIALOG (dialog)));

  /* The rows are organizations; the columns were recognized from their Japanese headers. */
  records_row = ADW_COMBO_ROW (liaison_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0));
  g_assert_cmpuint (adw_combo_row_get_selected (records_row), ==, LIAISON_CSV_RECORDS_ORGANIZATIONS);
  fields = liaison_csv_records_get_fields (LIAISON_CSV_RECORDS_ORGANIZATIONS, &n_fields);
  {
    const LiaisonCsvField expected[] = { LIAISON_CSV_FIELD_NAME, LIAISON_CSV_FIELD_SHORT_NAME, LIAISON_CSV_FIELD_COUNTRY,
                                         LIAISON_CSV_FIELD_KIND, LIAISON_CSV_FIELD_DESCRIPTION };

    for (guint c = 0; c < G_N_ELEMENTS (expected); c++)
      {
        AdwComboRow *row = ADW_COMBO_ROW (liaison_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, c + 1));

        g_assert_nonnull (row);
        g_assert_cmpint (fields[adw_combo_row_get_selected (row)], ==, expected[c]);
      }
  }
  /* Each column shows some of its values. */
  note_row = ADW_COMBO_ROW (liaison_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 5));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (note_row)), ==, "メモ");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (note_row)), ==, "already there · a city · another city");

  summary_row = find_row (GTK_WIDGET (dialog), "What Will Be Added");
  g_assert_nonnull (summary_row);
  g_assert_cmpstr (adw_action_row_get_subtitle (summary_row), ==,
                   "2 new organizations\n1 organization already in the document");
  problems_row = ADW_EXPANDER_ROW (liaison_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_EXPANDER_ROW, 0));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (problems_row)));
  g_assert_cmpstr (adw_expander_row_get_subtitle (problems_row), ==, "1 row is left out");
  g_assert_nonnull (liaison_test_ui_find_label (GTK_WIDGET (problems_row),
                                                "Line 5: “Atlantis” is not a country; write a code such as JP, KR or TW"));

  /* Not importing the notes. */
  adw_combo_row_set_selected (note_row, 0);
  g_assert_cmpint (fields[adw_combo_row_get_selected (note_row)], ==, LIAISON_CSV_FIELD_IGNORE);

  /* Nothing has changed yet. */
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations);
  g_assert_false (liaison_document_can_undo (document));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  liaison_test_ui_wait (50);
  g_assert_cmpuint (imported, ==, 1);
  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, organizations + 2);
  g_assert_cmpstr (liaison_document_get_undo_label (document), ==, "Import Spreadsheet");

  busan = g_list_model_get_item (liaison_document_get_organizations (document), organizations + 1);
  g_assert_cmpstr (liaison_text_get (liaison_organization_get_name (busan), "ko"), ==, "부산광역시");
  g_assert_cmpstr (liaison_organization_get_country (busan), ==, "KR");
  g_assert_cmpint (liaison_organization_get_kind (busan), ==, LIAISON_ORGANIZATION_KIND_CITY);
  g_assert_null (liaison_organization_get_description (busan));

  g_assert_true (liaison_document_undo (document));
  after_undo = liaison_json_save_data (document, NULL);
  g_assert_cmpstr (after_undo, ==, before);

  g_file_delete (file, NULL, NULL);
}

static void
test_records_switch (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(GFile) file = write_temporary ("liaison-XXXXXX.csv", "A,B\nSCI-Japan,WeGO\n");
  AdwDialog *dialog = open_dialog (document, file);
  AdwComboRow *records_row = ADW_COMBO_ROW (liaison_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0));
  AdwComboRow *first = ADW_COMBO_ROW (liaison_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 1));
  AdwComboRow *second = ADW_COMBO_ROW (liaison_test_ui_find (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 2));
  guint links = count (document, LIAISON_TYPE_COOPERATION_LINK);
  guint n_fields;
  const LiaisonCsvField *fields;

  /* Headers that say nothing: nothing is mapped, nothing can be imported. */
  g_assert_false (liaison_import_dialog_get_ready (LIAISON_IMPORT_DIALOG (dialog)));

  /* The rows are links between the organizations of the two columns. */
  adw_combo_row_set_selected (records_row, LIAISON_CSV_RECORDS_LINKS);
  fields = liaison_csv_records_get_fields (LIAISON_CSV_RECORDS_LINKS, &n_fields);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (first)), ==, n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i] == LIAISON_CSV_FIELD_FROM)
        adw_combo_row_set_selected (first, i);
      else if (fields[i] == LIAISON_CSV_FIELD_TO)
        adw_combo_row_set_selected (second, i);
    }
  g_assert_true (liaison_import_dialog_get_ready (LIAISON_IMPORT_DIALOG (dialog)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  liaison_test_ui_wait (50);
  g_assert_cmpuint (count (document, LIAISON_TYPE_COOPERATION_LINK), ==, links + 1);

  g_file_delete (file, NULL, NULL);
}

static void
test_network (void)
{
  g_autoptr(LiaisonDocument) sample = liaison_test_load_sample ();
  g_autoptr(LiaisonDocument) document = liaison_document_new ();
  g_autofree char *gexf = liaison_gexf_export_data (sample, NULL, NULL);
  g_autoptr(GFile) file = write_temporary ("liaison-XXXXXX.gexf", gexf);
  AdwDialog *dialog = open_dialog (document, file);
  GtkStack *stack = GTK_STACK (liaison_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_STACK, 0));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "network");
  g_assert_true (liaison_import_dialog_get_ready (LIAISON_IMPORT_DIALOG (dialog)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  liaison_test_ui_wait (50);

  g_assert_cmpuint (count (document, LIAISON_TYPE_ORGANIZATION), ==, count (sample, LIAISON_TYPE_ORGANIZATION));
  g_assert_cmpuint (count (document, LIAISON_TYPE_COOPERATION_LINK), ==, count (sample, LIAISON_TYPE_COOPERATION_LINK));
  g_assert_cmpstr (liaison_document_get_undo_label (document), ==, "Import Network");

  g_file_delete (file, NULL, NULL);
}

static void
test_bad_file (void)
{
  g_autoptr(LiaisonDocument) document = liaison_test_load_sample ();
  g_autoptr(GFile) file = write_temporary ("liaison-XXXXXX.graphml",
                                           "<?xml version=\"1.0\"?>\n<graphml>\n  <graph>\n"
                                           "    <node id=\"a\"/>\n    <edge source=\"a\" target=\"b\"/>\n"
                                           "  </graph>\n</graphml>\n");
  g_autofree char *before = liaison_json_save_data (document, NULL);
  g_autofree char *after = NULL;
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *expected = g_strdup_printf ("%s, line 5: an edge joins “b”, which is not a node of the file", basename);
  AdwDialog *dialog = open_dialog (document, file);
  GtkStack *stack = GTK_STACK (liaison_test_ui_find (GTK_WIDGET (dialog), GTK_TYPE_STACK, 0));
  AdwStatusPage *error_page;

  /* A network is only checked when imported. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "network");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL));
  liaison_test_ui_wait (50);

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  error_page = ADW_STATUS_PAGE (gtk_stack_get_visible_child (stack));
  g_assert_cmpstr (adw_status_page_get_description (error_page), ==, expected);
  g_assert_false (liaison_import_dialog_get_ready (LIAISON_IMPORT_DIALOG (dialog)));

  after = liaison_json_save_data (document, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (liaison_document_can_undo (document));

  adw_dialog_force_close (dialog);
  g_file_delete (file, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/import-dialog/spreadsheet", test_spreadsheet);
  g_test_add_func ("/ui/import-dialog/records-switch", test_records_switch);
  g_test_add_func ("/ui/import-dialog/network", test_network);
  g_test_add_func ("/ui/import-dialog/bad-file", test_bad_file);

  return g_test_run ();
}
