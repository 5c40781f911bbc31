/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-graph-image.h: the network graph as a PNG, SVG or PDF file, drawn without a window. */

#pragma once

#include "liaison-export.h"

G_BEGIN_DECLS

#define LIAISON_GRAPH_IMAGE_DEFAULT_WIDTH  1600
#define LIAISON_GRAPH_IMAGE_DEFAULT_HEIGHT 1000
/* Cairo's image surfaces stop at 32767 pixels a side; far below that, a
 * PNG would take gigabytes of memory. */
#define LIAISON_GRAPH_IMAGE_MAX_SIZE       10000

gboolean liaison_graph_image_export_file (LiaisonDocument      *document,
                                          LiaisonExportFormat   format,
                                          int                   width,
                                          int                   height,
                                          GFile                *file,
                                          GCancellable         *cancellable,
                                          GError              **error);

G_END_DECLS
