/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-test-sample.h: the sample network, as the tests load it. */

#pragma once

#include "model/liaison-document.h"

G_BEGIN_DECLS

LiaisonDocument *liaison_test_load_sample (void);

G_END_DECLS
