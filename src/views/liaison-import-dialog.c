/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-import-dialog.c: the dialog that imports a spreadsheet or a network into a document.
 *
 * It reads the file without blocking, then for a spreadsheet shows one
 * row per column with what the column holds (guessed from its header, and
 * a few of its values to check the guess by), what the import will add,
 * and the rows it cannot use with their lines. For a GEXF or GraphML file
 * it says what will happen. "Import" merges everything into the document
 * as one undoable step; nothing changes before, or on error.
 */

#define G_LOG_DOMAIN "liaison-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-csv-import.h"
#include "liaison-export.h"
#include "liaison-gexf.h"
#include "liaison-graphml.h"
#include "liaison-import-dialog.h"
#include "liaison-interop.h"

/* Rows of the preview and of the problems shown, at most. */
#define N_SAMPLE_VALUES 3
#define MAX_PROBLEMS_SHOWN 200

struct _LiaisonImportDialog
{
  AdwDialog             parent_instance;

  LiaisonDocument      *document;
  GFile                *file;
  GCancellable         *cancellable;
  char                 *display_name;
  LiaisonImportFormat   format;
  GBytes               *network;        /* the text of a GEXF or GraphML file */
  LiaisonCsvImport     *import;
  LiaisonCsvRecords     shown_records;  /* what the column rows offer fields for */
  GPtrArray            *column_rows;    /* of AdwComboRow, one per column */
  GPtrArray            *problem_rows;
  gboolean              ready;

  GtkStack             *stack;
  AdwStatusPage        *error_page;
  AdwStatusPage        *network_page;
  AdwComboRow          *records_row;
  AdwPreferencesGroup  *columns_group;
  AdwActionRow         *summary_row;
  AdwExpanderRow       *problems_row;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_READY,
  N_PROPS
};

enum {
  IMPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonImportDialog, liaison_import_dialog, ADW_TYPE_DIALOG)

/* A dialog that imports @file into @document once the person says so.
 * Present it with adw_dialog_present(); it emits ::imported after a
 * successful import, then closes. */
AdwDialog *
liaison_import_dialog_new (LiaisonDocument *document,
                           GFile           *file)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (LIAISON_TYPE_IMPORT_DIALOG, "document", document, "file", file, NULL);
}

LiaisonDocument *
liaison_import_dialog_get_document (LiaisonImportDialog *self)
{
  g_return_val_if_fail (LIAISON_IS_IMPORT_DIALOG (self), NULL);

  return self->document;
}

GFile *
liaison_import_dialog_get_file (LiaisonImportDialog *self)
{
  g_return_val_if_fail (LIAISON_IS_IMPORT_DIALOG (self), NULL);

  return self->file;
}

/* Whether the file is read and something can be imported. */
gboolean
liaison_import_dialog_get_ready (LiaisonImportDialog *self)
{
  g_return_val_if_fail (LIAISON_IS_IMPORT_DIALOG (self), FALSE);

  return self->ready;
}

static void
set_ready (LiaisonImportDialog *self,
           gboolean             ready)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", ready);
  if (self->ready == ready)
    return;

  self->ready = ready;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READY]);
}

static void
show_error (LiaisonImportDialog *self,
            const char          *message)
{
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  set_ready (self, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Spreadsheets                                                            */

static GtkStringList *
field_labels (LiaisonCsvRecords records)
{
  guint n_fields;
  const LiaisonCsvField *fields = liaison_csv_records_get_fields (records, &n_fields);
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < n_fields; i++)
    gtk_string_list_append (labels, liaison_csv_field_get_label (fields[i], records));

  return labels;
}

static guint
field_position (LiaisonCsvRecords records,
                LiaisonCsvField   field)
{
  guint n_fields;
  const LiaisonCsvField *fields = liaison_csv_records_get_fields (records, &n_fields);

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i] == field)
        return i;
    }

  return 0;
}

static void
add_summary_line (GString    *summary,
                  const char *line)
{
  if (summary->len > 0)
    g_string_append_c (summary, '\n');
  g_string_append (summary, line);
}

static void
update_summary (LiaisonImportDialog *self)
{
  g_autoptr(LiaisonMerge) merge = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  guint n;

  for (guint i = 0; i < self->problem_rows->len; i++)
    adw_expander_row_remove (self->problems_row, self->problem_rows->pdata[i]);
  g_ptr_array_set_size (self->problem_rows, 0);

  merge = liaison_csv_import_prepare (self->import, self->document, &problems, &error);
  if (merge == NULL)
    {
      adw_action_row_set_subtitle (self->summary_row, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->problems_row), FALSE);
      set_ready (self, FALSE);
      return;
    }

  if ((n = liaison_merge_get_n_added (merge, LIAISON_TYPE_ORGANIZATION)) > 0)
    {
      g_autofree char *line = g_strdup_printf (ngettext ("%u new organization", "%u new organizations", n), n);

      add_summary_line (summary, line);
    }
  if ((n = liaison_merge_get_n_matched (merge, LIAISON_TYPE_ORGANIZATION)) > 0)
    {
      g_autofree char *line = g_strdup_printf (ngettext ("%u organization already in the document",
                                                         "%u organizations already in the document", n), n);

      add_summary_line (summary, line);
    }
  if ((n = liaison_merge_get_n_added (merge, LIAISON_TYPE_EVENT)) > 0)
    {
      g_autofree char *line = g_strdup_printf (ngettext ("%u new event", "%u new events", n), n);

      add_summary_line (summary, line);
    }
  if ((n = liaison_merge_get_n_matched (merge, LIAISON_TYPE_EVENT)) > 0)
    {
      g_autofree char *line = g_strdup_printf (ngettext ("%u event already in the document",
                                                         "%u events already in the document", n), n);

      add_summary_line (summary, line);
    }
  if ((n = liaison_merge_get_n_added (merge, LIAISON_TYPE_PARTICIPATION)) > 0)
    {
      g_autofree char *line = g_strdup_printf (ngettext ("%u new participation in an event",
                                                         "%u new participations in events", n), n);

      add_summary_line (summary, line);
    }
  if ((n = liaison_merge_get_n_added (merge, LIAISON_TYPE_COOPERATION_LINK)) > 0)
    {
      g_autofree char *line = g_strdup_printf (ngettext ("%u new cooperation link", "%u new cooperation links", n), n);

      add_summary_line (summary, line);
    }
  if (liaison_merge_is_empty (merge))
    add_summary_line (summary, _("Nothing new to import"));

  adw_action_row_set_subtitle (self->summary_row, summary->str);

  gtk_widget_set_visible (GTK_WIDGET (self->problems_row), problems->len > 0);
  adw_expander_row_set_subtitle (self->problems_row, "");
  if (problems->len > 0)
    {
      g_autofree char *subtitle =
        g_strdup_printf (ngettext ("%u row is left out", "%u rows are left out", problems->len), problems->len);

      adw_expander_row_set_subtitle (self->problems_row, subtitle);
    }
  for (guint i = 0; i < MIN (problems->len, MAX_PROBLEMS_SHOWN); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problems->pdata[i]);
      adw_expander_row_add_row (self->problems_row, row);
      g_ptr_array_add (self->problem_rows, row);
    }

  set_ready (self, !liaison_merge_is_empty (merge));
}

static void
column_selected (AdwComboRow         *row,
                 GParamSpec          *pspec,
                 LiaisonImportDialog *self)
{
  guint column;
  guint n_fields;
  const LiaisonCsvField *fields;
  guint selected = adw_combo_row_get_selected (row);

  if (!g_ptr_array_find (self->column_rows, row, &column) || selected == GTK_INVALID_LIST_POSITION)
    return;

  fields = liaison_csv_records_get_fields (liaison_csv_import_get_records (self->import), &n_fields);
  if (selected < n_fields)
    liaison_csv_import_set_field (self->import, column, fields[selected]);
}

/* Sets each column's choices and choice from the mapping, without
 * reacting to it. The choices are replaced only when the kind of rows
 * changes: a row may be telling of its own new choice right now. */
static void
sync_column_rows (LiaisonImportDialog *self)
{
  LiaisonCsvRecords records = liaison_csv_import_get_records (self->import);
  gboolean new_choices = records != self->shown_records;

  self->shown_records = records;

  for (guint c = 0; c < self->column_rows->len; c++)
    {
      AdwComboRow *row = self->column_rows->pdata[c];
      guint position = field_position (records, liaison_csv_import_get_field (self->import, c));

      g_signal_handlers_block_by_func (row, column_selected, self);
      if (new_choices || adw_combo_row_get_model (row) == NULL)
        {
          g_autoptr(GtkStringList) labels = field_labels (records);

          adw_combo_row_set_model (row, G_LIST_MODEL (labels));
        }
      if (adw_combo_row_get_selected (row) != position)
        adw_combo_row_set_selected (row, position);
      g_signal_handlers_unblock_by_func (row, column_selected, self);
    }

  g_signal_handlers_block_matched (self->records_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  if (adw_combo_row_get_selected (self->records_row) != records)
    adw_combo_row_set_selected (self->records_row, records);
  g_signal_handlers_unblock_matched (self->records_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
mapping_changed (LiaisonImportDialog *self)
{
  sync_column_rows (self);
  update_summary (self);
}

static void
records_selected (AdwComboRow         *row,
                  GParamSpec          *pspec,
                  LiaisonImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->import != NULL && selected < LIAISON_CSV_N_RECORDS)
    liaison_csv_import_set_records (self->import, selected);
}

static char *
sample_values (LiaisonCsvTable *table,
               guint            column)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) values = NULL;
  guint n_rows = liaison_csv_table_get_n_rows (table);

  for (guint r = 0, found = 0; r < n_rows && found < N_SAMPLE_VALUES; r++)
    {
      g_autofree char *value = g_strstrip (g_strdup (liaison_csv_table_get_cell (table, r, column)));

      if (*value == '\0')
        continue;
      /* One line per value, and not a whole paragraph. */
      g_strdelimit (value, "\r\n\t", ' ');
      if (g_utf8_strlen (value, -1) > 40)
        {
          char *cut = g_utf8_substring (value, 0, 40);

          g_free (value);
          value = g_strconcat (cut, "…", NULL);
          g_free (cut);
        }
      g_strv_builder_take (builder, g_steal_pointer (&value));
      found++;
    }

  values = g_strv_builder_end (builder);

  return g_strjoinv (" · ", values);
}

static void
show_spreadsheet (LiaisonImportDialog *self,
                  LiaisonCsvTable     *table)
{
  g_autoptr(GtkStringList) records = gtk_string_list_new (NULL);
  guint n_columns = liaison_csv_table_get_n_columns (table);

  for (guint r = 0; r < LIAISON_CSV_N_RECORDS; r++)
    gtk_string_list_append (records, liaison_csv_records_get_label (r));
  adw_combo_row_set_model (self->records_row, G_LIST_MODEL (records));

  self->import = liaison_csv_import_new (table);

  for (guint c = 0; c < n_columns; c++)
    {
      g_autofree char *header = g_strstrip (g_strdup (liaison_csv_table_get_header (table, c)));
      g_autofree char *title = NULL;
      g_autofree char *samples = sample_values (table, c);
      GtkWidget *row = adw_combo_row_new ();

      if (*header == '\0')
        /* Translators: a column of a spreadsheet that has no header. */
        title = g_strdup_printf (_("Column %u"), c + 1);
      else
        title = g_steal_pointer (&header);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), samples);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (column_selected), self, 0);
      adw_preferences_group_add (self->columns_group, row);
      g_ptr_array_add (self->column_rows, row);
    }

  g_signal_connect_object (self->import, "mapping-changed", G_CALLBACK (mapping_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->records_row, "notify::selected", G_CALLBACK (records_selected), self, 0);

  mapping_changed (self);
  gtk_stack_set_visible_child_name (self->stack, "spreadsheet");
}

/* ---------------------------------------------------------------------- */
/* Reading the file                                                        */

static void
file_loaded (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LiaisonImportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (source), result, &data, &length, NULL, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }

  self->format = liaison_import_format_guess (self->file, data, length);
  switch (self->format)
    {
    case LIAISON_IMPORT_FORMAT_CSV:
      {
        g_autoptr(LiaisonCsvTable) table = liaison_csv_table_parse (data, length, self->display_name, &error);

        if (table == NULL)
          show_error (self, error->message);
        else
          show_spreadsheet (self, table);
      }
      break;

    case LIAISON_IMPORT_FORMAT_GEXF:
    case LIAISON_IMPORT_FORMAT_GRAPHML:
      {
        g_autofree char *description =
          g_strdup_printf (_("The nodes of %s become organizations and its edges cooperation links. "
                             "Organizations already in the document are matched by name or short name."),
                           self->display_name);

        self->network = g_bytes_new_take (g_steal_pointer (&data), length);
        adw_status_page_set_description (self->network_page, description);
        gtk_stack_set_visible_child_name (self->stack, "network");
        set_ready (self, TRUE);
      }
      break;

    case LIAISON_IMPORT_FORMAT_UNKNOWN:
    default:
      {
        g_autofree char *message =
          g_strdup_printf (_("%s is neither a spreadsheet saved as CSV nor a network in GEXF or GraphML"),
                           self->display_name);

        show_error (self, message);
      }
      break;
    }
}

static void
file_queried (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LiaisonImportDialog) self = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (info == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }

  g_set_str (&self->display_name, g_file_info_get_display_name (info));
  if (g_file_info_get_size (info) > LIAISON_INTEROP_MAX_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("%s is too large to import (over %u MiB)"),
                                                  self->display_name, LIAISON_INTEROP_MAX_SIZE / (1024 * 1024));

      show_error (self, message);
      return;
    }

  g_file_load_contents_async (self->file, self->cancellable, file_loaded, g_object_ref (self));
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
import_apply (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LiaisonImportDialog *self = LIAISON_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok = FALSE;

  if (!self->ready)
    return;

  if (self->format == LIAISON_IMPORT_FORMAT_CSV)
    {
      g_autoptr(LiaisonMerge) merge = liaison_csv_import_prepare (self->import, self->document, NULL, &error);

      /* Translators: the name of the step to undo after importing a spreadsheet. */
      ok = merge != NULL && liaison_merge_apply (merge, _("Import Spreadsheet"), &error);
    }
  else
    {
      gsize length;
      const char *data = g_bytes_get_data (self->network, &length);

      if (self->format == LIAISON_IMPORT_FORMAT_GEXF)
        ok = liaison_gexf_import_data (self->document, data, length, self->display_name, &error);
      else
        ok = liaison_graphml_import_data (self->document, data, length, self->display_name, &error);
    }

  if (!ok)
    {
      show_error (self, error->message);
      return;
    }

  g_signal_emit (self, signals[IMPORTED], 0);
  adw_dialog_close (ADW_DIALOG (self));
}

static void
import_cancel (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  adw_dialog_close (ADW_DIALOG (widget));
}

/* ---------------------------------------------------------------------- */

static void
liaison_import_dialog_constructed (GObject *object)
{
  LiaisonImportDialog *self = LIAISON_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (liaison_import_dialog_parent_class)->constructed (object);

  g_assert (self->document != NULL && self->file != NULL);

  self->display_name = g_file_get_basename (self->file);
  g_file_query_info_async (self->file,
                           G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                           G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, self->cancellable,
                           file_queried, g_object_ref (self));
}

static void
liaison_import_dialog_dispose (GObject *object)
{
  LiaisonImportDialog *self = LIAISON_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->import);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->network, g_bytes_unref);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (liaison_import_dialog_parent_class)->dispose (object);
}

static void
liaison_import_dialog_finalize (GObject *object)
{
  LiaisonImportDialog *self = LIAISON_IMPORT_DIALOG (object);

  g_free (self->display_name);

  G_OBJECT_CLASS (liaison_import_dialog_parent_class)->finalize (object);
}

static void
liaison_import_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LiaisonImportDialog *self = LIAISON_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_READY:
      g_value_set_boolean (value, self->ready);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_import_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LiaisonImportDialog *self = LIAISON_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_import_dialog_class_init (LiaisonImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = liaison_import_dialog_constructed;
  object_class->dispose = liaison_import_dialog_dispose;
  object_class->finalize = liaison_import_dialog_finalize;
  object_class->get_property = liaison_import_dialog_get_property;
  object_class->set_property = liaison_import_dialog_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READY] =
    g_param_spec_boolean ("ready", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiaisonImportDialog::imported:
   *
   * Emitted after the file was merged into the document, as one step
   * the document can undo.
   */
  signals[IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonImportDialog, error_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonImportDialog, network_page);
  gtk_widget_class_bind_template_child (widget_class, LiaisonImportDialog, records_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonImportDialog, columns_group);
  gtk_widget_class_bind_template_child (widget_class, LiaisonImportDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, LiaisonImportDialog, problems_row);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, import_apply);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, import_cancel);
}

static void
liaison_import_dialog_init (LiaisonImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->column_rows = g_ptr_array_new ();
  self->problem_rows = g_ptr_array_new ();
  self->shown_records = LIAISON_CSV_N_RECORDS;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply", FALSE);
}
