/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-page.c: the network graph page: the graph view and its controls.
 *
 * The page holds the graph view, the zoom buttons over it and a bar
 * below: how to arrange, what to show, the time slider and export. Its
 * display settings are properties of the view, relayed here so that the
 * page's menus can toggle them as property actions.
 */

#define G_LOG_DOMAIN "liaison-graph-page"

#include "config.h"

#include <glib/gi18n.h>

#include "liaison-deferred-menu.h"
#include "liaison-graph-export-dialog.h"
#include "liaison-graph-page.h"
#include "liaison-graph-view.h"

#define PLAY_INTERVAL_MS 40
#define PLAY_STEPS       300

struct _LiaisonGraphPage
{
  AdwBin                    parent_instance;

  LiaisonDocument          *document;
  LiaisonGraphExportFormat  export_format;
  guint                     play_source;

  AdwToastOverlay          *toast_overlay;
  GtkStack                 *stack;
  LiaisonGraphView         *view;
  GtkButton                *play_button;
  GtkScale                 *time_scale;
  GtkAdjustment            *time_adjustment;
  GtkLabel                 *date_label;
  GtkMenuButton            *arrange_button;
  GtkMenuButton            *display_button;
  GtkMenuButton            *export_button;
  GMenuModel               *arrange_menu;
  GMenuModel               *display_menu;
  GMenuModel               *export_menu;
  int                       export_width;
  int                       export_height;
};

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_SELECTED_ENTITY,
  PROP_COLOR_BY,
  PROP_SIZE_BY,
  PROP_SHOW_EVENTS,
  PROP_SHOW_DERIVED,
  PROP_SHOW_LEGEND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The view's properties the page relays, by their page property. */
static const char * const relayed[N_PROPS] = {
  [PROP_SELECTED_ENTITY] = "selected-entity",
  [PROP_COLOR_BY] = "color-by",
  [PROP_SIZE_BY] = "size-by",
  [PROP_SHOW_EVENTS] = "show-events",
  [PROP_SHOW_DERIVED] = "show-derived",
  [PROP_SHOW_LEGEND] = "show-legend",
};

G_DEFINE_FINAL_TYPE (LiaisonGraphPage, liaison_graph_page, ADW_TYPE_BIN)

GtkWidget *
liaison_graph_page_new (void)
{
  return g_object_new (LIAISON_TYPE_GRAPH_PAGE, NULL);
}

static void
update_stack (LiaisonGraphPage *self)
{
  gboolean any = self->document != NULL &&
                 g_list_model_get_n_items (liaison_document_get_organizations (self->document)) > 0;

  gtk_stack_set_visible_child_name (self->stack, any ? "graph" : "empty");
}

LiaisonDocument *
liaison_graph_page_get_document (LiaisonGraphPage *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_PAGE (self), NULL);

  return self->document;
}

void
liaison_graph_page_set_document (LiaisonGraphPage *self,
                                 LiaisonDocument  *document)
{
  g_return_if_fail (LIAISON_IS_GRAPH_PAGE (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (liaison_document_get_organizations (self->document), update_stack, self);

  if (!g_set_object (&self->document, document))
    return;

  if (document != NULL)
    g_signal_connect_object (liaison_document_get_organizations (document), "items-changed",
                             G_CALLBACK (update_stack), self, G_CONNECT_SWAPPED);

  liaison_graph_view_set_document (self->view, document);
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* Shows @old's document as @old shows it: the same options, places,
 * camera and selection; for a window rebuilt in another language. */
void
liaison_graph_page_adopt (LiaisonGraphPage *self,
                          LiaisonGraphPage *old)
{
  g_return_if_fail (LIAISON_IS_GRAPH_PAGE (self));
  g_return_if_fail (LIAISON_IS_GRAPH_PAGE (old));

  self->export_format = old->export_format;
  self->export_width = old->export_width;
  self->export_height = old->export_height;
  liaison_graph_view_adopt (self->view, old->view);
  liaison_graph_page_set_document (self, old->document);
}

LiaisonEntity *
liaison_graph_page_get_selected_entity (LiaisonGraphPage *self)
{
  g_return_val_if_fail (LIAISON_IS_GRAPH_PAGE (self), NULL);

  return liaison_graph_view_get_selected_entity (self->view);
}

void
liaison_graph_page_set_selected_entity (LiaisonGraphPage *self,
                                        LiaisonEntity    *entity)
{
  g_return_if_fail (LIAISON_IS_GRAPH_PAGE (self));

  liaison_graph_view_set_selected_entity (self->view, entity);
}

/* Hides from the graph the organizations @organization_filter (matching
 * LiaisonOrganization items, as the lists use) rejects; NULL shows all. */
void
liaison_graph_page_set_filter (LiaisonGraphPage *self,
                               GtkFilter        *organization_filter)
{
  g_return_if_fail (LIAISON_IS_GRAPH_PAGE (self));
  g_return_if_fail (organization_filter == NULL || GTK_IS_FILTER (organization_filter));

  liaison_graph_view_set_filter (self->view, organization_filter);
}

/* ---------------------------------------------------------------------- */
/* Time                                                                    */

static void
update_date_label (LiaisonGraphPage *self)
{
  guint day = liaison_graph_view_get_date (self->view);
  g_autofree char *text = NULL;

  if (day == 0)
    text = g_strdup (C_("time slider", "All dates"));
  else
    {
      GDate date;
      LiaisonDate month = LIAISON_DATE_INIT_NONE;

      g_date_set_julian (&date, day);
      month.year = g_date_get_year (&date);
      month.month = g_date_get_month (&date);
      text = liaison_date_format (&month);
    }

  gtk_label_set_label (self->date_label, text);
}

static void
time_value_changed_cb (LiaisonGraphPage *self)
{
  double value = gtk_adjustment_get_value (self->time_adjustment);
  double upper = gtk_adjustment_get_upper (self->time_adjustment);

  /* The end of the slider is "now": everything. */
  liaison_graph_view_set_date (self->view, value >= upper ? 0 : (guint) value);
  update_date_label (self);
}

static void
graph_changed_cb (LiaisonGraphPage *self)
{
  guint first, last;
  gboolean dated = liaison_graph_view_get_date_range (self->view, &first, &last);
  guint date = liaison_graph_view_get_date (self->view);

  g_signal_handlers_block_by_func (self->time_adjustment, time_value_changed_cb, self);
  if (dated)
    {
      gtk_adjustment_configure (self->time_adjustment,
                                date == 0 ? last : CLAMP (date, first, last),
                                first, last, 30, 365, 0);
    }
  else
    gtk_adjustment_configure (self->time_adjustment, 1, 0, 1, 1, 1, 0);
  g_signal_handlers_unblock_by_func (self->time_adjustment, time_value_changed_cb, self);

  gtk_widget_set_sensitive (GTK_WIDGET (self->time_scale), dated);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "graph.play", dated);
  time_value_changed_cb (self);
}

static void
set_playing (LiaisonGraphPage *self,
             gboolean          playing);

static gboolean
play_step_cb (gpointer user_data)
{
  LiaisonGraphPage *self = user_data;
  double lower = gtk_adjustment_get_lower (self->time_adjustment);
  double upper = gtk_adjustment_get_upper (self->time_adjustment);
  double value = gtk_adjustment_get_value (self->time_adjustment);
  double step = MAX ((upper - lower) / PLAY_STEPS, 1);

  gtk_adjustment_set_value (self->time_adjustment, MIN (value + step, upper));
  if (value + step < upper)
    return G_SOURCE_CONTINUE;

  self->play_source = 0;
  set_playing (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
set_playing (LiaisonGraphPage *self,
             gboolean          playing)
{
  if (playing && self->play_source == 0)
    {
      /* From the start when at the end. */
      if (gtk_adjustment_get_value (self->time_adjustment) >= gtk_adjustment_get_upper (self->time_adjustment))
        gtk_adjustment_set_value (self->time_adjustment, gtk_adjustment_get_lower (self->time_adjustment));
      self->play_source = g_timeout_add (PLAY_INTERVAL_MS, play_step_cb, self);
    }
  else if (!playing)
    g_clear_handle_id (&self->play_source, g_source_remove);

  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause") : _("Play Through Time"));
}

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (widget);

  set_playing (self, self->play_source == 0);
}

/* ---------------------------------------------------------------------- */
/* Actions                                                                 */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (widget);

  if (g_str_equal (action_name, "graph.zoom-in"))
    liaison_graph_view_zoom_in (self->view);
  else if (g_str_equal (action_name, "graph.zoom-out"))
    liaison_graph_view_zoom_out (self->view);
  else
    liaison_graph_view_zoom_to_fit (self->view, TRUE);
}

static void
arrange_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (widget);

  liaison_graph_view_arrange (self->view, g_variant_get_string (parameter, NULL));
}

static void
export_save_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LiaisonGraphPage) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  file = gtk_file_dialog_save_finish (GTK_FILE_DIALOG (object), result, &error);
  if (file == NULL)
    return;

  if (!liaison_graph_view_export (self->view, file, self->export_format,
                                  self->export_width, self->export_height,
                                  &error))
    toast = adw_toast_new (error->message);
  else
    toast = adw_toast_new (_("Graph exported"));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
export_response_cb (LiaisonGraphPage         *self,
                    const char               *response,
                    LiaisonGraphExportDialog *size_dialog)
{
  static const struct { const char *extension; const char *mime_type; } formats[] = {
    [LIAISON_GRAPH_EXPORT_PNG] = { "png", "image/png" },
    [LIAISON_GRAPH_EXPORT_SVG] = { "svg", "image/svg+xml" },
    [LIAISON_GRAPH_EXPORT_PDF] = { "pdf", "application/pdf" },
  };
  g_autoptr(GtkFileDialog) dialog = NULL;
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GListStore) filters = NULL;
  g_autofree char *name = NULL;

  if (g_strcmp0 (response, "export") != 0)
    return;

  self->export_width = liaison_graph_export_dialog_get_width (size_dialog);
  self->export_height = liaison_graph_export_dialog_get_height (size_dialog);

  filter = gtk_file_filter_new ();
  gtk_file_filter_add_mime_type (filter, formats[self->export_format].mime_type);
  gtk_file_filter_add_suffix (filter, formats[self->export_format].extension);
  gtk_file_filter_set_name (filter, formats[self->export_format].extension);
  filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_list_store_append (filters, filter);

  /* Translators: the file name an exported graph is offered under. */
  name = g_strdup_printf ("%s.%s", C_("file name", "network-graph"), formats[self->export_format].extension);

  dialog = gtk_file_dialog_new ();
  gtk_file_dialog_set_title (dialog, _("Export Graph"));
  gtk_file_dialog_set_initial_name (dialog, name);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  gtk_file_dialog_save (dialog, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), NULL,
                        export_save_cb, g_object_ref (self));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  AdwDialog *dialog;

  if (g_str_equal (format, "svg"))
    self->export_format = LIAISON_GRAPH_EXPORT_SVG;
  else if (g_str_equal (format, "pdf"))
    self->export_format = LIAISON_GRAPH_EXPORT_PDF;
  else
    self->export_format = LIAISON_GRAPH_EXPORT_PNG;

  dialog = liaison_graph_export_dialog_new (self->export_width, self->export_height);
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  adw_dialog_present (dialog, widget);
}

/* ---------------------------------------------------------------------- */
/* GObject                                                                 */

static void
view_notify_cb (LiaisonGraphPage *self,
                GParamSpec       *pspec)
{
  for (guint p = 0; p < N_PROPS; p++)
    {
      if (relayed[p] != NULL && g_str_equal (relayed[p], pspec->name))
        g_object_notify_by_pspec (G_OBJECT (self), properties[p]);
    }
}

static void
liaison_graph_page_dispose (GObject *object)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (object);

  g_clear_handle_id (&self->play_source, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_func (liaison_document_get_organizations (self->document), update_stack, self);
  if (self->view != NULL)
    g_signal_handlers_disconnect_by_data (self->view, self);
  /* The bin lets go of its child first, so that it is not unparented twice. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIAISON_TYPE_GRAPH_PAGE);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (liaison_graph_page_parent_class)->dispose (object);
}

static void
liaison_graph_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_SELECTED_ENTITY:
    case PROP_COLOR_BY:
    case PROP_SIZE_BY:
    case PROP_SHOW_EVENTS:
    case PROP_SHOW_DERIVED:
    case PROP_SHOW_LEGEND:
      /* Property actions read on while the template goes away. */
      if (self->view != NULL)
        g_object_get_property (G_OBJECT (self->view), relayed[prop_id], value);
      else
        g_param_value_set_default (pspec, value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_graph_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LiaisonGraphPage *self = LIAISON_GRAPH_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      liaison_graph_page_set_document (self, g_value_get_object (value));
      break;

    case PROP_SELECTED_ENTITY:
    case PROP_COLOR_BY:
    case PROP_SIZE_BY:
    case PROP_SHOW_EVENTS:
    case PROP_SHOW_DERIVED:
    case PROP_SHOW_LEGEND:
      if (self->view != NULL)
        g_object_set_property (G_OBJECT (self->view), relayed[prop_id], value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_graph_page_class_init (LiaisonGraphPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_graph_page_dispose;
  object_class->get_property = liaison_graph_page_get_property;
  object_class->set_property = liaison_graph_page_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, LIAISON_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ENTITY] =
    g_param_spec_object ("selected-entity", NULL, NULL, LIAISON_TYPE_ENTITY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COLOR_BY] =
    g_param_spec_string ("color-by", NULL, NULL, "country",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIZE_BY] =
    g_param_spec_string ("size-by", NULL, NULL, "degree",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_EVENTS] =
    g_param_spec_boolean ("show-events", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DERIVED] =
    g_param_spec_boolean ("show-derived", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_LEGEND] =
    g_param_spec_boolean ("show-legend", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIAISON_TYPE_GRAPH_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-graph-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, view);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, play_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, time_scale);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, time_adjustment);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, date_label);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, arrange_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, display_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, arrange_menu);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, display_menu);
  gtk_widget_class_bind_template_child (widget_class, LiaisonGraphPage, export_menu);

  gtk_widget_class_install_action (widget_class, "graph.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "graph.arrange", "s", arrange_action);
  gtk_widget_class_install_action (widget_class, "graph.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "graph.export", "s", export_action);
  gtk_widget_class_install_property_action (widget_class, "graph.color-by", "color-by");
  gtk_widget_class_install_property_action (widget_class, "graph.size-by", "size-by");
  gtk_widget_class_install_property_action (widget_class, "graph.show-events", "show-events");
  gtk_widget_class_install_property_action (widget_class, "graph.show-derived", "show-derived");
  gtk_widget_class_install_property_action (widget_class, "graph.show-legend", "show-legend");
}

static void
liaison_graph_page_init (LiaisonGraphPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  liaison_deferred_menu_attach (self->arrange_button, self->arrange_menu);
  liaison_deferred_menu_attach (self->display_button, self->display_menu);
  liaison_deferred_menu_attach (self->export_button, self->export_menu);
  self->export_width = 1920;
  self->export_height = 1200;

  g_signal_connect_object (self->view, "notify", G_CALLBACK (view_notify_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "graph-changed", G_CALLBACK (graph_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->time_adjustment, "value-changed", G_CALLBACK (time_value_changed_cb), self, G_CONNECT_SWAPPED);

  graph_changed_cb (self);
  update_stack (self);
}
