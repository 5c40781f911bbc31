/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-screenshot.c: render a window to a PNG file, for developers and tests.
 *
 * build-aux/dev run uses it (through LIAISON_SCREENSHOT) when there is no
 * display, and the screenshot script for the AppStream metainfo too. The
 * window is rendered with its own renderer, so the picture is exactly what
 * the user would see, without the window shadow.
 */

#define G_LOG_DOMAIN "liaison-screenshot"

#include "config.h"

#include "liaison-screenshot.h"

/* Frames to wait before the picture is taken: the first frames may still
 * be laying out lists and loading icons. */
#define SETTLE_FRAMES 4

typedef struct
{
  GtkWindow *window;
  char      *path;
  gboolean   quit;
  guint      frames;
  gulong     handler;
} Shot;

gboolean
liaison_screenshot_save (GtkWidget   *widget,
                         const char  *path,
                         GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  int width, height;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  if (width <= 0 || height <= 0 || renderer == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The window has not been drawn yet");
      return FALSE;
    }

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "The window drew nothing");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

static void
shot_free (Shot *shot)
{
  g_clear_object (&shot->window);
  g_free (shot->path);
  g_free (shot);
}

static gboolean
shot_take (gpointer data)
{
  Shot *shot = data;
  g_autoptr(GError) error = NULL;

  if (!liaison_screenshot_save (GTK_WIDGET (shot->window), shot->path, &error))
    g_printerr ("liaison: screenshot failed: %s\n", error->message);

  if (shot->quit)
    {
      GApplication *app = G_APPLICATION (gtk_window_get_application (shot->window));

      if (app != NULL)
        g_application_quit (app);
    }

  shot_free (shot);

  return G_SOURCE_REMOVE;
}

static void
shot_after_paint (GdkFrameClock *frame_clock,
                  Shot          *shot)
{
  if (++shot->frames < SETTLE_FRAMES)
    {
      gtk_widget_queue_draw (GTK_WIDGET (shot->window));
      return;
    }

  g_clear_signal_handler (&shot->handler, frame_clock);
  g_idle_add_full (G_PRIORITY_LOW, shot_take, shot, NULL);
}

static void
shot_realized (GtkWidget *widget,
               Shot      *shot)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (widget);

  g_signal_handlers_disconnect_by_func (widget, shot_realized, shot);
  shot->handler = g_signal_connect (frame_clock, "after-paint", G_CALLBACK (shot_after_paint), shot);
}

/* Takes the picture once the window has drawn a few frames; quits the
 * application afterwards when @quit is set. */
void
liaison_screenshot_after_first_frame (GtkWindow  *window,
                                      const char *path,
                                      gboolean    quit)
{
  Shot *shot;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (path != NULL);

  shot = g_new0 (Shot, 1);
  shot->window = g_object_ref (window);
  shot->path = g_strdup (path);
  shot->quit = quit;

  if (gtk_widget_get_realized (GTK_WIDGET (window)))
    shot_realized (GTK_WIDGET (window), shot);
  else
    g_signal_connect (window, "realize", G_CALLBACK (shot_realized), shot);
}
