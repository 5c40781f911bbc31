/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-memory.c: how the C library hands out memory to Liaison.
 *
 * The graph view draws each picture of the network into a buffer of a
 * few megabytes (width × height × 4 bytes), and a frame with the cairo
 * renderer takes another of the same size. glibc serves blocks that
 * large with a fresh mmap() each time and returns them with munmap(), so
 * every frame pays a page fault for each 4 KiB it touches: a 1280×800
 * frame then takes about 30 ms instead of 3 ms (see the graph benchmark,
 * tests/bench-graph.c). glibc raises its threshold by itself only step
 * by step, after the first buffers are gone. Set once at start, blocks
 * up to 32 MiB (the most glibc allows) come from the heap and are used
 * again from frame to frame, and the heap is given back to the system
 * only when 256 MiB at its top are free.
 */

#define G_LOG_DOMAIN "liaison-memory"

#include "config.h"

#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "liaison-memory.h"

#define MMAP_THRESHOLD (32 * 1024 * 1024)
#define TRIM_THRESHOLD (256 * 1024 * 1024)

/* Call first thing in main(), before any thread starts. */
void
liaison_memory_init (void)
{
#ifdef __GLIBC__
  if (!mallopt (M_MMAP_THRESHOLD, MMAP_THRESHOLD) ||
      !mallopt (M_TRIM_THRESHOLD, TRIM_THRESHOLD))
    g_debug ("The C library kept its own memory thresholds");
#endif
}
