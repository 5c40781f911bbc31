/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-gexf.h: the network as GEXF 1.3, for Gephi: organizations as nodes, links as edges with spells. */

#pragma once

#include "liaison-document.h"

G_BEGIN_DECLS

char     *liaison_gexf_export_data (LiaisonDocument  *document,
                                    GListModel       *organizations,
                                    gsize            *length);
gboolean  liaison_gexf_export_file (LiaisonDocument  *document,
                                    GListModel       *organizations,
                                    GFile            *file,
                                    GCancellable     *cancellable,
                                    GError          **error);
gboolean  liaison_gexf_import_data (LiaisonDocument  *document,
                                    const char       *data,
                                    gsize             length,
                                    const char       *display_name,
                                    GError          **error);
gboolean  liaison_gexf_import_file (LiaisonDocument  *document,
                                    GFile            *file,
                                    GCancellable     *cancellable,
                                    GError          **error);

G_END_DECLS
