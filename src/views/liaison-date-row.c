/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-date-row.c: a row showing a date, chosen in a popover to the day, month or year.
 *
 * Sources often give no more than "early 2021" or "mid-August 2020", so
 * the popover offers a precision and a part of the year or month next to
 * the calendar, and a text entry that takes what people type in any of
 * the interface languages (see liaison-date-input.c), saying why when it
 * cannot. Changes made in the popover are collected and
 * reported once, with ::date-changed, when it closes: one undo step per
 * visit rather than one per click on the calendar.
 */

#define G_LOG_DOMAIN "liaison-date-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-date-row.h"
#include "model/liaison-date-input.h"

struct _LiaisonDateRow
{
  AdwActionRow     parent_instance;

  GtkMenuButton   *button;
  GtkPopover      *popover;
  GtkEntry        *entry;
  GtkLabel        *error_label;
  AdwToggleGroup  *precision_group;
  GtkCalendar     *calendar;
  AdwToggleGroup  *part_group;
  AdwToggleGroup  *month_part_group;

  LiaisonDate      date;
  guint            updating : 1;
  guint            pending : 1;
};

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

enum {
  DATE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonDateRow, liaison_date_row, ADW_TYPE_ACTION_ROW)

static const char *part_names[] = { "none", "early", "mid", "late" };

GtkWidget *
liaison_date_row_new (void)
{
  return g_object_new (LIAISON_TYPE_DATE_ROW, NULL);
}

static void
clear_error (LiaisonDateRow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
}

/* The parts of a year for a year, of a month for a month. */
static void
show_parts (LiaisonDateRow *self,
            const char     *precision)
{
  gtk_widget_set_visible (GTK_WIDGET (self->part_group), g_strcmp0 (precision, "year") == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->month_part_group), g_strcmp0 (precision, "month") == 0);
}

static LiaisonDatePart
part_from_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (part_names); i++)
    {
      if (g_strcmp0 (name, part_names[i]) == 0)
        return i;
    }

  return LIAISON_DATE_PART_NONE;
}

static void
update_subtitle (LiaisonDateRow *self)
{
  g_autofree char *text = liaison_date_format (&self->date);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text != NULL ? text : _("Not set"));
}

/* Shows self->date in the popover's widgets. */
static void
sync_widgets (LiaisonDateRow *self)
{
  g_autofree char *text = liaison_date_to_string (&self->date);
  const char *precision = "day";
  const char *part;

  self->updating = TRUE;

  if (liaison_date_is_set (&self->date))
    {
      gtk_calendar_set_year (self->calendar, self->date.year);
      gtk_calendar_set_month (self->calendar, MAX (self->date.month, 1) - 1);
      gtk_calendar_set_day (self->calendar, MAX (self->date.day, 1));

      if (self->date.day == 0)
        precision = self->date.month != 0 ? "month" : "year";
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      gtk_calendar_set_year (self->calendar, g_date_time_get_year (now));
      gtk_calendar_set_month (self->calendar, g_date_time_get_month (now) - 1);
      gtk_calendar_set_day (self->calendar, g_date_time_get_day_of_month (now));
    }

  adw_toggle_group_set_active_name (self->precision_group, precision);
  part = part_names[MIN (self->date.part, LIAISON_DATE_PART_LATE)];
  adw_toggle_group_set_active_name (self->part_group, g_str_equal (precision, "year") ? part : "none");
  adw_toggle_group_set_active_name (self->month_part_group, g_str_equal (precision, "month") ? part : "none");
  show_parts (self, precision);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  clear_error (self);

  self->updating = FALSE;
}

/* Takes a date the user chose; reported when the popover closes. */
static void
take_date (LiaisonDateRow    *self,
           const LiaisonDate *date)
{
  if (memcmp (&self->date, date, sizeof *date) == 0)
    return;

  self->date = *date;
  self->pending = TRUE;
  update_subtitle (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
popover_closed_cb (LiaisonDateRow *self)
{
  if (!self->pending)
    return;

  self->pending = FALSE;
  g_signal_emit (self, signals[DATE_CHANGED], 0);
}

/* Ends a choice: closing the popover reports it. */
static void
finish (LiaisonDateRow *self)
{
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (self->popover);
  else
    popover_closed_cb (self);
}

static void
widgets_changed_cb (LiaisonDateRow *self)
{
  const char *precision;
  LiaisonDate date = LIAISON_DATE_INIT_NONE;
  g_autofree char *text = NULL;

  if (self->updating)
    return;

  precision = adw_toggle_group_get_active_name (self->precision_group);
  show_parts (self, precision);

  date.year = gtk_calendar_get_year (self->calendar);
  if (g_strcmp0 (precision, "year") == 0)
    {
      date.part = part_from_name (adw_toggle_group_get_active_name (self->part_group));
    }
  else
    {
      date.month = gtk_calendar_get_month (self->calendar) + 1;
      if (g_strcmp0 (precision, "day") == 0)
        date.day = gtk_calendar_get_day (self->calendar);
      else
        date.part = part_from_name (adw_toggle_group_get_active_name (self->month_part_group));
    }

  /* GtkCalendar allows years the file format does not. */
  if (date.year < 1 || date.year > 9999)
    return;

  take_date (self, &date);

  self->updating = TRUE;
  text = liaison_date_to_string (&self->date);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text != NULL ? text : "");
  clear_error (self);
  self->updating = FALSE;
}

static void
entry_changed_cb (LiaisonDateRow *self)
{
  if (!self->updating)
    clear_error (self);
}

static void
entry_activate_cb (LiaisonDateRow *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  g_autoptr(GError) error = NULL;
  LiaisonDate date;

  if (*text == '\0')
    {
      date = (LiaisonDate) LIAISON_DATE_INIT_NONE;
    }
  else if (!liaison_date_parse_input (text, &date, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self->entry));
      return;
    }

  take_date (self, &date);
  sync_widgets (self);
  finish (self);
}

static void
clear_clicked_cb (LiaisonDateRow *self)
{
  LiaisonDate none = LIAISON_DATE_INIT_NONE;

  take_date (self, &none);
  sync_widgets (self);
  finish (self);
}

static void
done_clicked_cb (LiaisonDateRow *self)
{
  finish (self);
}

static void
popover_show_cb (LiaisonDateRow *self)
{
  self->pending = FALSE;
  sync_widgets (self);
}

/* The date shown; its year is 0 when there is none. Never NULL. */
const LiaisonDate *
liaison_date_row_get_date (LiaisonDateRow *self)
{
  g_return_val_if_fail (LIAISON_IS_DATE_ROW (self), NULL);

  return &self->date;
}

/* Shows @date (NULL for none) without emitting ::date-changed. */
void
liaison_date_row_set_date (LiaisonDateRow    *self,
                           const LiaisonDate *date)
{
  LiaisonDate none = LIAISON_DATE_INIT_NONE;

  g_return_if_fail (LIAISON_IS_DATE_ROW (self));

  if (date == NULL || !liaison_date_is_set (date))
    date = &none;

  if (memcmp (&self->date, date, sizeof *date) == 0)
    return;

  self->date = *date;
  self->pending = FALSE;
  update_subtitle (self);
  sync_widgets (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static void
liaison_date_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIAISON_TYPE_DATE_ROW);

  G_OBJECT_CLASS (liaison_date_row_parent_class)->dispose (object);
}

static void
liaison_date_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LiaisonDateRow *self = LIAISON_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, liaison_date_is_set (&self->date) ? &self->date : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_date_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LiaisonDateRow *self = LIAISON_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      liaison_date_row_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_date_row_class_init (LiaisonDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = liaison_date_row_dispose;
  object_class->get_property = liaison_date_row_get_property;
  object_class->set_property = liaison_date_row_set_property;

  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, LIAISON_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LiaisonDateRow::date-changed:
   *
   * Emitted when the user has chosen another date, once the popover
   * closes; not when the date is set from code.
   */
  signals[DATE_CHANGED] =
    g_signal_new ("date-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/views/liaison-date-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, button);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, popover);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, entry);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, precision_group);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, calendar);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, part_group);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, month_part_group);
  gtk_widget_class_bind_template_child (widget_class, LiaisonDateRow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, widgets_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, done_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, popover_closed_cb);
}

static void
liaison_date_row_init (LiaisonDateRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->date = (LiaisonDate) LIAISON_DATE_INIT_NONE;
  update_subtitle (self);
  sync_widgets (self);
}
