/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-layout-runner.c: the force layout run in a worker thread, its positions handed to the graph shown.
 *
 * An iteration of the layout costs milliseconds on a network of ten
 * thousand nodes, and a few hundred are needed to settle: on the main
 * thread that would eat most of each frame. The runner lays out a copy
 * of the graph in a GTask thread instead. After each iteration the
 * thread publishes the positions under a lock; the main thread takes the
 * newest into the graph it shows when it draws a frame, with
 * liaison_layout_runner_update(), so the layout moves on at its own pace
 * and frames at theirs.
 *
 * Everything here is called from the thread that made the runner. While
 * the worker runs, only it touches the layout and the copy; stopping
 * asks it to end after its iteration and returns at once, and whatever
 * needs the layout next (starting again, reheating, a step here) first
 * waits for that, which takes at most one iteration. What the worker
 * uses is shared by reference, not the runner itself, so that whichever
 * thread lets go of it last, no object of the main thread's is finalized
 * in another.
 */

#define G_LOG_DOMAIN "liaison-layout-runner"

#include "config.h"

#include <string.h>

#include "liaison-layout-runner.h"

/* What the worker uses: nothing of the model, only the copy. */
typedef struct
{
  gatomicrefcount     ref_count;
  LiaisonGraph       *work;         /* the copy the layout moves */
  LiaisonForceLayout *layout;

  GMutex              mutex;
  GCond               idle;
  gboolean            busy;         /* a worker has the layout; under the mutex */
  double             *published;    /* x, y of each node; under the mutex */
  guint64             generation;   /* counts publications; under the mutex */
  double              temperature;  /* as published; under the mutex */
  guint               iteration;    /* as published; under the mutex */
  int                 cancel;       /* atomic: the worker stops after its iteration */
} Shared;

typedef struct
{
  Shared *shared;
  guint   run;
} Run;

struct _LiaisonLayoutRunner
{
  GObject             parent_instance;

  LiaisonGraph       *graph;        /* the caller's: positions go there */
  Shared             *shared;

  guint64             seen;         /* the publication the graph has */
  guint               run;          /* counts starts, to tell a stopped run's end */
  gboolean            running;
  gboolean            settled;
};

enum {
  SETTLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LiaisonLayoutRunner, liaison_layout_runner, G_TYPE_OBJECT)

static Shared *
shared_new (LiaisonGraph *graph,
            guint32       seed)
{
  Shared *shared = g_new0 (Shared, 1);

  g_atomic_ref_count_init (&shared->ref_count);
  shared->work = liaison_graph_copy (graph);
  shared->layout = liaison_force_layout_new (shared->work, seed);
  shared->published = g_new0 (double, 2 * MAX (liaison_graph_get_n_nodes (graph), 1));
  shared->temperature = liaison_force_layout_get_temperature (shared->layout);
  g_mutex_init (&shared->mutex);
  g_cond_init (&shared->idle);

  return shared;
}

static Shared *
shared_ref (Shared *shared)
{
  g_atomic_ref_count_inc (&shared->ref_count);

  return shared;
}

static void
shared_unref (Shared *shared)
{
  if (!g_atomic_ref_count_dec (&shared->ref_count))
    return;

  g_object_unref (shared->layout);
  liaison_graph_unref (shared->work);
  g_free (shared->published);
  g_mutex_clear (&shared->mutex);
  g_cond_clear (&shared->idle);
  g_free (shared);
}

static void
run_free (gpointer data)
{
  Run *run = data;

  shared_unref (run->shared);
  g_free (run);
}

/* A runner for the nodes of @graph that are neither pinned nor placed
 * (see liaison_layout_runner_set_move_placed()); @seed as for
 * liaison_force_layout_new(). */
LiaisonLayoutRunner *
liaison_layout_runner_new (LiaisonGraph *graph,
                           guint32       seed)
{
  LiaisonLayoutRunner *self;

  g_return_val_if_fail (graph != NULL, NULL);

  self = g_object_new (LIAISON_TYPE_LAYOUT_RUNNER, NULL);
  self->graph = liaison_graph_ref (graph);
  self->shared = shared_new (graph, seed);

  return self;
}

LiaisonGraph *
liaison_layout_runner_get_graph (LiaisonLayoutRunner *self)
{
  g_return_val_if_fail (LIAISON_IS_LAYOUT_RUNNER (self), NULL);

  return self->graph;
}

static void
wait_until_idle (Shared *shared)
{
  g_mutex_lock (&shared->mutex);
  while (shared->busy)
    g_cond_wait (&shared->idle, &shared->mutex);
  g_mutex_unlock (&shared->mutex);
}

/* Stops the worker and waits for it: the layout is ours afterwards. */
static void
take_layout (LiaisonLayoutRunner *self)
{
  liaison_layout_runner_stop (self);
  wait_until_idle (self->shared);
}

/* The graph shown may have changed since: nodes moved by hand, sizes,
 * pins. The copy takes them before the layout goes on. */
static void
copy_in (LiaisonLayoutRunner *self)
{
  const LiaisonGraphNode *from = liaison_graph_get_nodes (self->graph);
  LiaisonGraphNode *to = liaison_graph_get_nodes (self->shared->work);
  guint n = liaison_graph_get_n_nodes (self->graph);

  for (guint i = 0; i < n; i++)
    {
      to[i].x = from[i].x;
      to[i].y = from[i].y;
      to[i].size = from[i].size;
      to[i].flags = from[i].flags;
    }
  liaison_force_layout_set_move_placed (self->shared->layout,
                                        liaison_force_layout_get_move_placed (self->shared->layout));
}

static void
copy_out (LiaisonLayoutRunner *self)
{
  const LiaisonGraphNode *from = liaison_graph_get_nodes (self->shared->work);
  LiaisonGraphNode *to = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);

  for (guint i = 0; i < n; i++)
    {
      to[i].x = from[i].x;
      to[i].y = from[i].y;
    }
}

/* Called by whoever has the layout: the worker, or the main thread. */
static void
publish (Shared *shared)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (shared->work);
  guint n = liaison_graph_get_n_nodes (shared->work);

  g_mutex_lock (&shared->mutex);
  for (guint i = 0; i < n; i++)
    {
      shared->published[2 * i] = nodes[i].x;
      shared->published[2 * i + 1] = nodes[i].y;
    }
  shared->temperature = liaison_force_layout_get_temperature (shared->layout);
  shared->iteration = liaison_force_layout_get_iteration (shared->layout);
  shared->generation++;
  g_mutex_unlock (&shared->mutex);
}

/* Whether the nodes the document placed move too; see
 * liaison_force_layout_set_move_placed(). */
void
liaison_layout_runner_set_move_placed (LiaisonLayoutRunner *self,
                                       gboolean             move_placed)
{
  g_return_if_fail (LIAISON_IS_LAYOUT_RUNNER (self));

  take_layout (self);
  liaison_force_layout_set_move_placed (self->shared->layout, move_placed);
}

/* Gives unplaced nodes a starting point; see liaison_force_layout_scatter(). */
void
liaison_layout_runner_scatter (LiaisonLayoutRunner *self)
{
  g_return_if_fail (LIAISON_IS_LAYOUT_RUNNER (self));

  take_layout (self);
  copy_in (self);
  liaison_force_layout_scatter (self->shared->layout);
  copy_out (self);
  publish (self->shared);
}

void
liaison_layout_runner_reheat (LiaisonLayoutRunner *self,
                              double               temperature)
{
  g_return_if_fail (LIAISON_IS_LAYOUT_RUNNER (self));

  take_layout (self);
  liaison_force_layout_reheat (self->shared->layout, temperature);
  self->settled = FALSE;
  publish (self->shared);
}

/* Runs the layout here, in the caller's thread, until settled or for
 * about @budget_us microseconds: for small networks, which settle before
 * a first frame. Returns whether it settled. */
gboolean
liaison_layout_runner_run_for (LiaisonLayoutRunner *self,
                               gint64               budget_us)
{
  gint64 start = g_get_monotonic_time ();

  g_return_val_if_fail (LIAISON_IS_LAYOUT_RUNNER (self), TRUE);

  take_layout (self);
  copy_in (self);
  while (!liaison_force_layout_step (self->shared->layout) && g_get_monotonic_time () - start < budget_us)
    ;
  copy_out (self);
  publish (self->shared);
  self->settled = liaison_force_layout_is_settled (self->shared->layout);

  return self->settled;
}

static void
run_in_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Run *run = task_data;
  Shared *shared = run->shared;
  gboolean settled = FALSE;

  while (!settled && !g_atomic_int_get (&shared->cancel))
    {
      settled = liaison_force_layout_step (shared->layout);
      publish (shared);
    }

  g_mutex_lock (&shared->mutex);
  shared->busy = FALSE;
  g_cond_broadcast (&shared->idle);
  g_mutex_unlock (&shared->mutex);

  g_task_return_boolean (task, settled);
}

static void
run_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LiaisonLayoutRunner) self = user_data;
  Run *run = g_task_get_task_data (G_TASK (result));
  gboolean settled = g_task_propagate_boolean (G_TASK (result), NULL);

  /* Stopped, or started again, since: this run's end is no news. */
  if (run->run != self->run || !self->running)
    return;

  liaison_layout_runner_update (self);
  self->running = FALSE;
  self->settled = settled;
  if (settled)
    g_signal_emit (self, signals[SETTLED], 0);
}

/* Lets the layout go on in a worker thread, from where the graph's
 * nodes are now, until it settles (then "settled" is emitted) or is
 * stopped. Does nothing once settled: reheat it first. */
void
liaison_layout_runner_start (LiaisonLayoutRunner *self)
{
  g_autoptr(GTask) task = NULL;
  Run *run;

  g_return_if_fail (LIAISON_IS_LAYOUT_RUNNER (self));

  if (self->running || self->settled)
    return;

  wait_until_idle (self->shared);
  copy_in (self);

  g_atomic_int_set (&self->shared->cancel, 0);
  self->running = TRUE;
  self->run++;
  g_mutex_lock (&self->shared->mutex);
  self->shared->busy = TRUE;
  self->seen = self->shared->generation;
  g_mutex_unlock (&self->shared->mutex);

  run = g_new0 (Run, 1);
  run->shared = shared_ref (self->shared);
  run->run = self->run;

  /* No source object: the task may be let go of in the worker. */
  task = g_task_new (NULL, NULL, run_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, liaison_layout_runner_start);
  g_task_set_task_data (task, run, run_free);
  g_task_run_in_thread (task, run_in_thread);
}

/* Asks the worker to stop after its iteration, and returns at once; the
 * graph keeps the positions it last took. */
void
liaison_layout_runner_stop (LiaisonLayoutRunner *self)
{
  g_return_if_fail (LIAISON_IS_LAYOUT_RUNNER (self));

  if (!self->running)
    return;

  g_atomic_int_set (&self->shared->cancel, 1);
  self->running = FALSE;
}

/* Takes the newest positions the layout published into the graph;
 * returns whether there were new ones. */
gboolean
liaison_layout_runner_update (LiaisonLayoutRunner *self)
{
  LiaisonGraphNode *nodes;
  guint n;

  g_return_val_if_fail (LIAISON_IS_LAYOUT_RUNNER (self), FALSE);

  if (!self->running)
    return FALSE;

  nodes = liaison_graph_get_nodes (self->graph);
  n = liaison_graph_get_n_nodes (self->graph);

  g_mutex_lock (&self->shared->mutex);
  if (self->seen == self->shared->generation)
    {
      g_mutex_unlock (&self->shared->mutex);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      nodes[i].x = self->shared->published[2 * i];
      nodes[i].y = self->shared->published[2 * i + 1];
    }
  self->seen = self->shared->generation;
  g_mutex_unlock (&self->shared->mutex);

  return TRUE;
}

gboolean
liaison_layout_runner_is_running (LiaisonLayoutRunner *self)
{
  g_return_val_if_fail (LIAISON_IS_LAYOUT_RUNNER (self), FALSE);

  return self->running;
}

gboolean
liaison_layout_runner_is_settled (LiaisonLayoutRunner *self)
{
  g_return_val_if_fail (LIAISON_IS_LAYOUT_RUNNER (self), TRUE);

  return self->settled;
}

/* How far the layout lets nodes move now, in link lengths: it cools as
 * it settles. */
double
liaison_layout_runner_get_temperature (LiaisonLayoutRunner *self)
{
  double temperature;

  g_return_val_if_fail (LIAISON_IS_LAYOUT_RUNNER (self), 0);

  g_mutex_lock (&self->shared->mutex);
  temperature = self->shared->temperature;
  g_mutex_unlock (&self->shared->mutex);

  return temperature;
}

guint
liaison_layout_runner_get_iteration (LiaisonLayoutRunner *self)
{
  guint iteration;

  g_return_val_if_fail (LIAISON_IS_LAYOUT_RUNNER (self), 0);

  g_mutex_lock (&self->shared->mutex);
  iteration = self->shared->iteration;
  g_mutex_unlock (&self->shared->mutex);

  return iteration;
}

static void
liaison_layout_runner_finalize (GObject *object)
{
  LiaisonLayoutRunner *self = LIAISON_LAYOUT_RUNNER (object);

  /* A worker still busy ends at its next iteration, and the last to let
   * go of what is shared frees it. */
  g_atomic_int_set (&self->shared->cancel, 1);
  g_clear_pointer (&self->shared, shared_unref);
  g_clear_pointer (&self->graph, liaison_graph_unref);

  G_OBJECT_CLASS (liaison_layout_runner_parent_class)->finalize (object);
}

static void
liaison_layout_runner_class_init (LiaisonLayoutRunnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_layout_runner_finalize;

  /* The layout settled by itself; the graph has its last positions. */
  signals[SETTLED] =
    g_signal_new ("settled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
liaison_layout_runner_init (LiaisonLayoutRunner *self)
{
}
