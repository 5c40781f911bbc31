/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-export.c: one entry point for every export and import format, by name or file extension.
 *
 * The command line and the window's menus go through here, so that a
 * format is named the same everywhere. Images of the graph are drawn by
 * liaison-graph-image.c, with no window.
 */

#define G_LOG_DOMAIN "liaison-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "liaison-csv.h"
#include "liaison-export.h"
#include "liaison-gexf.h"
#include "liaison-graph-image.h"
#include "liaison-graphml.h"
#include "liaison-ical.h"
#include "liaison-interop.h"

static const struct
{
  LiaisonExportFormat  format;
  const char          *name;
  const char          *extensions;   /* separated by "|" */
} formats[] = {
  { LIAISON_EXPORT_FORMAT_CSV, "csv", "csv" },
  { LIAISON_EXPORT_FORMAT_GEXF, "gexf", "gexf" },
  { LIAISON_EXPORT_FORMAT_GRAPHML, "graphml", "graphml" },
  { LIAISON_EXPORT_FORMAT_ICS, "ics", "ics|ical|ifb|icalendar" },
  { LIAISON_EXPORT_FORMAT_SVG, "svg", "svg" },
  { LIAISON_EXPORT_FORMAT_PNG, "png", "png" },
  { LIAISON_EXPORT_FORMAT_PDF, "pdf", "pdf" },
};

/* Reads a format's name, as --format takes it: csv, gexf, graphml, ics,
 * svg, png or pdf (in any case). */
gboolean
liaison_export_format_from_name (const char          *name,
                                 LiaisonExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (name, formats[i].name) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/* The format a file's extension stands for. */
gboolean
liaison_export_format_from_file (GFile               *file,
                                 LiaisonExportFormat *format)
{
  g_autofree char *basename = NULL;
  const char *dot;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (format != NULL, FALSE);

  basename = g_file_get_basename (file);
  dot = basename != NULL ? strrchr (basename, '.') : NULL;
  if (dot == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto(GStrv) extensions = g_strsplit (formats[i].extensions, "|", -1);

      for (guint e = 0; extensions[e] != NULL; e++)
        {
          if (g_ascii_strcasecmp (dot + 1, extensions[e]) == 0)
            {
              *format = formats[i].format;
              return TRUE;
            }
        }
    }

  return FALSE;
}

const char *
liaison_export_format_get_name (LiaisonExportFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (formats[i].format == format)
        return formats[i].name;
    }

  g_return_val_if_reached (NULL);
}

gboolean
liaison_export_format_is_image (LiaisonExportFormat format)
{
  return format == LIAISON_EXPORT_FORMAT_SVG || format == LIAISON_EXPORT_FORMAT_PNG ||
         format == LIAISON_EXPORT_FORMAT_PDF;
}

/* Writes all of @document to @file in @format. For CSV, @csv_type says
 * which list: one of the entity types of liaison_document_get_collection().
 * Images of the graph have the default size. */
gboolean
liaison_export_document (LiaisonDocument      *document,
                         LiaisonExportFormat   format,
                         GType                 csv_type,
                         GFile                *file,
                         GCancellable         *cancellable,
                         GError              **error)
{
  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  switch (format)
    {
    case LIAISON_EXPORT_FORMAT_CSV:
      {
        GListModel *list = liaison_document_get_collection (document, csv_type);

        g_return_val_if_fail (list != NULL, FALSE);

        return liaison_csv_export_file (document, list, csv_type, file, cancellable, error);
      }

    case LIAISON_EXPORT_FORMAT_GEXF:
      return liaison_gexf_export_file (document, NULL, file, cancellable, error);

    case LIAISON_EXPORT_FORMAT_GRAPHML:
      return liaison_graphml_export_file (document, NULL, file, cancellable, error);

    case LIAISON_EXPORT_FORMAT_ICS:
      return liaison_ical_export_file (document, NULL, file, NULL, cancellable, error);

    case LIAISON_EXPORT_FORMAT_SVG:
    case LIAISON_EXPORT_FORMAT_PNG:
    case LIAISON_EXPORT_FORMAT_PDF:
      return liaison_graph_image_export_file (document, format,
                                              LIAISON_GRAPH_IMAGE_DEFAULT_WIDTH, LIAISON_GRAPH_IMAGE_DEFAULT_HEIGHT,
                                              file, cancellable, error);

    default:
      g_return_val_if_reached (FALSE);
    }
}

/* What kind of file @file is, from its extension and, for XML, from its
 * first element (given the start of its text in @data, if read). */
LiaisonImportFormat
liaison_import_format_guess (GFile      *file,
                             const char *data,
                             gsize       length)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *head = NULL;
  const char *dot = basename != NULL ? strrchr (basename, '.') : NULL;

  if (dot != NULL)
    {
      if (g_ascii_strcasecmp (dot, ".gexf") == 0)
        return LIAISON_IMPORT_FORMAT_GEXF;
      if (g_ascii_strcasecmp (dot, ".graphml") == 0)
        return LIAISON_IMPORT_FORMAT_GRAPHML;
      if (g_ascii_strcasecmp (dot, ".csv") == 0 || g_ascii_strcasecmp (dot, ".tsv") == 0)
        return LIAISON_IMPORT_FORMAT_CSV;
    }

  if (data == NULL)
    return dot != NULL && g_ascii_strcasecmp (dot, ".txt") == 0 ? LIAISON_IMPORT_FORMAT_CSV
                                                               : LIAISON_IMPORT_FORMAT_UNKNOWN;

  head = g_strndup (data, MIN (length, 4096));
  if (strstr (head, "<gexf") != NULL)
    return LIAISON_IMPORT_FORMAT_GEXF;
  if (strstr (head, "<graphml") != NULL)
    return LIAISON_IMPORT_FORMAT_GRAPHML;
  if (head[0] != '<')
    return LIAISON_IMPORT_FORMAT_CSV;

  return LIAISON_IMPORT_FORMAT_UNKNOWN;
}

/* Merges the network in a GEXF or GraphML @file into @document as one
 * undoable step. */
gboolean
liaison_import_network_file (LiaisonDocument  *document,
                             GFile            *file,
                             GCancellable     *cancellable,
                             GError          **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (LIAISON_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = liaison_interop_load_file (file, cancellable, &length, &name, error);
  if (data == NULL)
    return FALSE;

  switch (liaison_import_format_guess (file, data, length))
    {
    case LIAISON_IMPORT_FORMAT_GEXF:
      return liaison_gexf_import_data (document, data, length, name, error);

    case LIAISON_IMPORT_FORMAT_GRAPHML:
      return liaison_graphml_import_data (document, data, length, name, error);

    case LIAISON_IMPORT_FORMAT_CSV:
    case LIAISON_IMPORT_FORMAT_UNKNOWN:
    default:
      g_set_error (error, LIAISON_INTEROP_ERROR, LIAISON_INTEROP_ERROR_UNKNOWN_FORMAT,
                   _("%s is neither a GEXF nor a GraphML file"), name);
      return FALSE;
    }
}
