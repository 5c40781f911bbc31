/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-force-layout.c: a ForceAtlas2-style force-directed layout with a Barnes-Hut approximation.
 *
 * The forces are those of ForceAtlas2 (Jacomy et al., 2014): nodes repel
 * each other in proportion to their masses (degree + 1) over their
 * distance, links pull linearly, and a "strong" gravity, linear in the
 * distance to the origin, keeps separate components together. Repulsion
 * is approximated with a quadtree (Barnes-Hut), so an iteration costs
 * O(n log n + m). Each node moves by its force times an adaptive speed
 * that drops where it oscillates (its "swing"), as in ForceAtlas2, and
 * under a temperature that cools after a warm-up: the layout settles and
 * stops on its own in a bounded number of iterations, which the graph
 * page spreads over frames.
 */

#define G_LOG_DOMAIN "liaison-force-layout"

#include "config.h"

#include <math.h>
#include <string.h>

#include "liaison-force-layout.h"

/* Two leaves linked to each other settle LINK_LENGTH apart. */
#define LINK_LENGTH     80.0
#define REPULSION       (LINK_LENGTH * LINK_LENGTH / 4.0)
#define GRAVITY         0.4
#define THETA           1.2
#define WARM_ITERATIONS 30
#define COOLING         0.985
#define START_TEMPERATURE 2.0
#define COLD            0.02
#define MAX_DEPTH       40

typedef struct
{
  double cx;      /* centre of mass */
  double cy;
  double mass;
  double x;       /* centre of the square */
  double y;
  double half;    /* half its side */
  int    child[4];
  int    body;    /* the node in a leaf; -1 in an empty or inner cell */
} Cell;

struct _LiaisonForceLayout
{
  GObject       parent_instance;

  LiaisonGraph *graph;
  guint32       seed;
  gboolean      move_placed;

  double       *force_x;
  double       *force_y;
  double       *old_force_x;
  double       *old_force_y;
  double       *mass;
  guint8       *movable;
  GArray       *cells;

  double        speed;
  double        speed_efficiency;
  double        temperature;
  guint         iteration;
  gboolean      settled;
};

enum {
  PROP_0,
  PROP_MOVE_PLACED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonForceLayout, liaison_force_layout, G_TYPE_OBJECT)

/* Lays out @graph, moving the nodes that are neither pinned nor placed by
 * the document (see liaison_force_layout_set_move_placed()). @seed makes
 * the scattering of unplaced nodes, and so the result, repeatable. */
LiaisonForceLayout *
liaison_force_layout_new (LiaisonGraph *graph,
                          guint32       seed)
{
  LiaisonForceLayout *self;
  guint n;

  g_return_val_if_fail (graph != NULL, NULL);

  self = g_object_new (LIAISON_TYPE_FORCE_LAYOUT, NULL);
  self->graph = liaison_graph_ref (graph);
  self->seed = seed;

  n = liaison_graph_get_n_nodes (graph);
  self->force_x = g_new0 (double, MAX (n, 1));
  self->force_y = g_new0 (double, MAX (n, 1));
  self->old_force_x = g_new0 (double, MAX (n, 1));
  self->old_force_y = g_new0 (double, MAX (n, 1));
  self->mass = g_new (double, MAX (n, 1));
  self->movable = g_new0 (guint8, MAX (n, 1));
  self->cells = g_array_sized_new (FALSE, FALSE, sizeof (Cell), 2 * n + 1);

  for (guint i = 0; i < n; i++)
    self->mass[i] = liaison_graph_get_nodes (graph)[i].degree + 1.0;

  liaison_force_layout_set_move_placed (self, FALSE);
  liaison_force_layout_reheat (self, START_TEMPERATURE);
  self->iteration = 0;

  return self;
}

LiaisonGraph *
liaison_force_layout_get_graph (LiaisonForceLayout *self)
{
  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), NULL);

  return self->graph;
}

static void
update_movable (LiaisonForceLayout *self)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);

  for (guint i = 0; i < n; i++)
    self->movable[i] = (nodes[i].flags & LIAISON_GRAPH_NODE_PINNED) == 0 &&
                       (self->move_placed || (nodes[i].flags & LIAISON_GRAPH_NODE_PLACED) == 0);
}

/* Whether the nodes the document placed move too: FALSE for the automatic
 * layout of new nodes, TRUE when the user asks for a new layout. Pinned
 * nodes never move. */
void
liaison_force_layout_set_move_placed (LiaisonForceLayout *self,
                                      gboolean            move_placed)
{
  g_return_if_fail (LIAISON_IS_FORCE_LAYOUT (self));

  move_placed = !!move_placed;
  update_movable (self);
  if (self->move_placed == move_placed)
    return;

  self->move_placed = move_placed;
  update_movable (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MOVE_PLACED]);
}

gboolean
liaison_force_layout_get_move_placed (LiaisonForceLayout *self)
{
  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), FALSE);

  return self->move_placed;
}

/* Gives the movable nodes a starting point: next to a neighbour that
 * already has one when there is such, at random in a disc sized for the
 * graph otherwise. Nodes that have a position keep it. */
void
liaison_force_layout_scatter (LiaisonForceLayout *self)
{
  g_autoptr(GRand) rand = NULL;
  LiaisonGraphNode *nodes;
  g_autofree guint8 *has_position = NULL;
  guint n;
  double radius;

  g_return_if_fail (LIAISON_IS_FORCE_LAYOUT (self));

  rand = g_rand_new_with_seed (self->seed);
  nodes = liaison_graph_get_nodes (self->graph);
  n = liaison_graph_get_n_nodes (self->graph);
  radius = LINK_LENGTH * sqrt (n + 1.0);
  has_position = g_new0 (guint8, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    has_position[i] = !self->movable[i] || nodes[i].x != 0 || nodes[i].y != 0;

  for (guint i = 0; i < n; i++)
    {
      const guint *incident;
      guint n_incident;
      double angle = g_rand_double_range (rand, 0, 2 * G_PI);
      double distance = sqrt (g_rand_double (rand));

      if (has_position[i])
        continue;

      incident = liaison_graph_get_incident (self->graph, i, &n_incident);
      for (guint k = 0; k < n_incident; k++)
        {
          guint neighbor = liaison_graph_get_neighbor (self->graph, i, incident[k]);

          if (has_position[neighbor] && neighbor != i)
            {
              nodes[i].x = nodes[neighbor].x + LINK_LENGTH * distance * cos (angle);
              nodes[i].y = nodes[neighbor].y + LINK_LENGTH * distance * sin (angle);
              has_position[i] = TRUE;
              break;
            }
        }

      if (!has_position[i])
        {
          nodes[i].x = radius * distance * cos (angle);
          nodes[i].y = radius * distance * sin (angle);
          has_position[i] = TRUE;
        }
    }
}

/* ---------------------------------------------------------------------- */
/* The quadtree                                                            */

static int
cell_new (GArray *cells,
          double  x,
          double  y,
          double  half)
{
  Cell cell = { 0 };

  cell.x = x;
  cell.y = y;
  cell.half = half;
  cell.body = -1;
  cell.child[0] = cell.child[1] = cell.child[2] = cell.child[3] = -1;
  g_array_append_val (cells, cell);

  return cells->len - 1;
}

static inline int
quadrant_of (const Cell *cell,
             double      x,
             double      y)
{
  return (x >= cell->x) | ((y >= cell->y) << 1);
}

static int
child_for (GArray *cells,
           int     parent,
           int     quadrant)
{
  Cell *cell = &g_array_index (cells, Cell, parent);
  double half = cell->half / 2;
  double x = cell->x + ((quadrant & 1) ? half : -half);
  double y = cell->y + ((quadrant & 2) ? half : -half);
  int child = cell->child[quadrant];

  if (child >= 0)
    return child;

  child = cell_new (cells, x, y, half);
  g_array_index (cells, Cell, parent).child[quadrant] = child;

  return child;
}

static void
tree_insert (GArray                 *cells,
             const LiaisonGraphNode *nodes,
             const double           *mass,
             int                     body)
{
  double x = nodes[body].x, y = nodes[body].y, m = mass[body];
  int current = 0;

  for (guint depth = 0;; depth++)
    {
      Cell *cell = &g_array_index (cells, Cell, current);
      gboolean inner = cell->child[0] >= 0 || cell->child[1] >= 0 ||
                       cell->child[2] >= 0 || cell->child[3] >= 0;

      if (!inner && cell->body < 0 && cell->mass == 0)
        {
          cell->body = body;
          cell->mass = m;
          cell->cx = x * m;
          cell->cy = y * m;
          return;
        }

      if (!inner && depth >= MAX_DEPTH)
        {
          /* Nodes on the same spot: they act as one. */
          cell->mass += m;
          cell->cx += x * m;
          cell->cy += y * m;
          return;
        }

      cell->mass += m;
      cell->cx += x * m;
      cell->cy += y * m;

      if (!inner)
        {
          int resident = cell->body;
          int moved;

          cell->body = -1;
          moved = child_for (cells, current, quadrant_of (cell, nodes[resident].x, nodes[resident].y));
          cell = &g_array_index (cells, Cell, moved);
          cell->body = resident;
          cell->mass = mass[resident];
          cell->cx = nodes[resident].x * mass[resident];
          cell->cy = nodes[resident].y * mass[resident];
          cell = &g_array_index (cells, Cell, current);
        }

      current = child_for (cells, current, quadrant_of (cell, x, y));
    }
}

static void
tree_build (LiaisonForceLayout *self)
{
  const LiaisonGraphNode *nodes = liaison_graph_get_nodes (self->graph);
  guint n = liaison_graph_get_n_nodes (self->graph);
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  Cell *cells;

  g_array_set_size (self->cells, 0);
  for (guint i = 0; i < n; i++)
    {
      x1 = MIN (x1, nodes[i].x);
      y1 = MIN (y1, nodes[i].y);
      x2 = MAX (x2, nodes[i].x);
      y2 = MAX (y2, nodes[i].y);
    }

  cell_new (self->cells, (x1 + x2) / 2, (y1 + y2) / 2, MAX (MAX (x2 - x1, y2 - y1) / 2, 1.0) * 1.0001);
  for (guint i = 0; i < n; i++)
    tree_insert (self->cells, nodes, self->mass, i);

  cells = (Cell *) self->cells->data;
  for (guint c = 0; c < self->cells->len; c++)
    {
      if (cells[c].mass > 0)
        {
          cells[c].cx /= cells[c].mass;
          cells[c].cy /= cells[c].mass;
        }
    }
}

/* Adds the repulsion every other node exerts on @i. Near nodes act one by
 * one, with their sizes taken off the distance so that discs do not
 * overlap; far groups act as one mass at their centre. */
static void
repel (LiaisonForceLayout     *self,
       const LiaisonGraphNode *nodes,
       guint                   i)
{
  const Cell *cells = (const Cell *) self->cells->data;
  double x = nodes[i].x, y = nodes[i].y, m = self->mass[i];
  double fx = 0, fy = 0;
  int stack[4 * MAX_DEPTH + 8];
  int top = 0;

  stack[top++] = 0;
  while (top > 0)
    {
      const Cell *cell = &cells[stack[--top]];
      double dx, dy, d2;

      if (cell->mass == 0 || cell->body == (int) i)
        continue;

      dx = x - cell->cx;
      dy = y - cell->cy;
      d2 = dx * dx + dy * dy;

      if (cell->body >= 0)
        {
          double d = sqrt (d2);
          double gap = d - nodes[i].size - nodes[cell->body].size;
          double f;

          if (d < 1e-6)
            {
              /* On the same spot: push apart in a direction of their own. */
              dx = (i % 7) - 3.0 + 0.5;
              dy = (i % 5) - 2.0 + 0.5;
              d = sqrt (dx * dx + dy * dy);
            }

          f = gap > 1.0 ? REPULSION * m * cell->mass / gap : REPULSION * m * cell->mass * (2.0 - gap);
          fx += f * dx / d;
          fy += f * dy / d;
          continue;
        }

      if (4 * cell->half * cell->half < THETA * THETA * d2)
        {
          double f = REPULSION * m * cell->mass / MAX (d2, 1e-6);

          fx += f * dx;
          fy += f * dy;
          continue;
        }

      for (guint q = 0; q < 4; q++)
        if (cell->child[q] >= 0)
          stack[top++] = cell->child[q];
    }

  self->force_x[i] += fx;
  self->force_y[i] += fy;
}

/* One iteration: forces, speed, moves. Returns TRUE once settled. */
gboolean
liaison_force_layout_step (LiaisonForceLayout *self)
{
  LiaisonGraphNode *nodes;
  const LiaisonGraphEdge *edges;
  guint n, n_edges;
  double total_swing = 0, total_traction = 0;
  double jitter_tolerance, target_speed, max_step, max_move = 0;
  double *swap;

  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), TRUE);

  if (self->settled)
    return TRUE;

  nodes = liaison_graph_get_nodes (self->graph);
  edges = liaison_graph_get_edges (self->graph);
  n = liaison_graph_get_n_nodes (self->graph);
  n_edges = liaison_graph_get_n_edges (self->graph);

  if (n == 0)
    {
      self->settled = TRUE;
      return TRUE;
    }

  swap = self->old_force_x;
  self->old_force_x = self->force_x;
  self->force_x = swap;
  swap = self->old_force_y;
  self->old_force_y = self->force_y;
  self->force_y = swap;
  memset (self->force_x, 0, n * sizeof (double));
  memset (self->force_y, 0, n * sizeof (double));

  tree_build (self);
  for (guint i = 0; i < n; i++)
    {
      if (self->movable[i])
        repel (self, nodes, i);
    }

  for (guint e = 0; e < n_edges; e++)
    {
      guint s = edges[e].source, t = edges[e].target;
      double dx = nodes[t].x - nodes[s].x;
      double dy = nodes[t].y - nodes[s].y;
      double w = edges[e].weight;

      self->force_x[s] += w * dx;
      self->force_y[s] += w * dy;
      self->force_x[t] -= w * dx;
      self->force_y[t] -= w * dy;
    }

  for (guint i = 0; i < n; i++)
    {
      double sx, sy, tx, ty;

      if (!self->movable[i])
        continue;

      self->force_x[i] -= GRAVITY * self->mass[i] * nodes[i].x;
      self->force_y[i] -= GRAVITY * self->mass[i] * nodes[i].y;

      sx = self->force_x[i] - self->old_force_x[i];
      sy = self->force_y[i] - self->old_force_y[i];
      tx = self->force_x[i] + self->old_force_x[i];
      ty = self->force_y[i] + self->old_force_y[i];
      total_swing += self->mass[i] * sqrt (sx * sx + sy * sy);
      total_traction += self->mass[i] * sqrt (tx * tx + ty * ty) / 2;
    }

  /* The global speed: faster while nodes move steadily, slower when they
   * start to swing back and forth. */
  jitter_tolerance = CLAMP (0.05 * sqrt (n) * total_traction / ((double) n * n), sqrt (0.05 * sqrt (n)), 10.0);
  if (total_swing > 2.0 * total_traction && total_traction > 0)
    {
      if (self->speed_efficiency > 0.05)
        self->speed_efficiency *= 0.5;
      jitter_tolerance = MAX (jitter_tolerance, 1.0);
    }
  target_speed = total_swing > 0 ? jitter_tolerance * self->speed_efficiency * total_traction / total_swing : self->speed;
  if (total_swing > jitter_tolerance * total_traction)
    {
      if (self->speed_efficiency > 0.05)
        self->speed_efficiency *= 0.7;
    }
  else if (self->speed < 1000)
    self->speed_efficiency *= 1.3;
  self->speed += MIN (target_speed - self->speed, 0.5 * self->speed);

  max_step = self->temperature * LINK_LENGTH;
  for (guint i = 0; i < n; i++)
    {
      double sx, sy, swing, factor, fx, fy, move;

      if (!self->movable[i])
        continue;

      fx = self->force_x[i];
      fy = self->force_y[i];
      sx = fx - self->old_force_x[i];
      sy = fy - self->old_force_y[i];
      swing = self->mass[i] * sqrt (sx * sx + sy * sy);
      factor = self->speed / (1.0 + sqrt (self->speed * swing));
      fx *= factor;
      fy *= factor;
      move = sqrt (fx * fx + fy * fy);
      if (move > max_step)
        {
          fx *= max_step / move;
          fy *= max_step / move;
          move = max_step;
        }
      if (!isfinite (move))
        continue;

      nodes[i].x += fx;
      nodes[i].y += fy;
      max_move = MAX (max_move, move);
    }

  self->iteration++;
  if (self->iteration > WARM_ITERATIONS)
    self->temperature *= COOLING;
  if (self->temperature < COLD || (self->iteration > WARM_ITERATIONS && max_move < 0.005 * LINK_LENGTH))
    self->settled = TRUE;

  return self->settled;
}

/* Steps until settled or @max_iterations (0 for no limit) have run;
 * returns how many ran. For tests, benchmarks and small graphs. */
guint
liaison_force_layout_run (LiaisonForceLayout *self,
                          guint               max_iterations)
{
  guint count = 0;

  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), 0);

  while (!self->settled && (max_iterations == 0 || count < max_iterations))
    {
      liaison_force_layout_step (self);
      count++;
    }

  return count;
}

/* Lets the layout move again, at most @temperature link lengths per
 * iteration: 2 for a fresh start, less to let a neighbourhood adapt
 * after a node was moved. */
void
liaison_force_layout_reheat (LiaisonForceLayout *self,
                             double              temperature)
{
  g_return_if_fail (LIAISON_IS_FORCE_LAYOUT (self));

  update_movable (self);
  self->temperature = MAX (temperature, COLD * 1.01);
  self->speed = 1.0;
  self->speed_efficiency = 1.0;
  self->settled = FALSE;
  self->iteration = 0;
  memset (self->force_x, 0, liaison_graph_get_n_nodes (self->graph) * sizeof (double));
  memset (self->force_y, 0, liaison_graph_get_n_nodes (self->graph) * sizeof (double));
}

gboolean
liaison_force_layout_is_settled (LiaisonForceLayout *self)
{
  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), TRUE);

  return self->settled;
}

guint
liaison_force_layout_get_iteration (LiaisonForceLayout *self)
{
  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), 0);

  return self->iteration;
}

double
liaison_force_layout_get_temperature (LiaisonForceLayout *self)
{
  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), 0);

  return self->temperature;
}

/* The distance two linked leaves settle at, in world units. */
double
liaison_force_layout_get_link_length (LiaisonForceLayout *self)
{
  return LINK_LENGTH;
}

/* The energy whose gradient the forces follow, computed exactly in
 * O(n²): for tests on small graphs. Links store d²/2, each pair of nodes
 * −k m₁ m₂ ln d, gravity k m r²/2. */
double
liaison_force_layout_compute_energy (LiaisonForceLayout *self)
{
  const LiaisonGraphNode *nodes;
  const LiaisonGraphEdge *edges;
  guint n, n_edges;
  double energy = 0;

  g_return_val_if_fail (LIAISON_IS_FORCE_LAYOUT (self), 0);

  nodes = liaison_graph_get_nodes (self->graph);
  edges = liaison_graph_get_edges (self->graph);
  n = liaison_graph_get_n_nodes (self->graph);
  n_edges = liaison_graph_get_n_edges (self->graph);

  for (guint e = 0; e < n_edges; e++)
    {
      double dx = nodes[edges[e].target].x - nodes[edges[e].source].x;
      double dy = nodes[edges[e].target].y - nodes[edges[e].source].y;

      energy += edges[e].weight * (dx * dx + dy * dy) / 2;
    }

  for (guint i = 0; i < n; i++)
    {
      energy += GRAVITY * self->mass[i] * (nodes[i].x * nodes[i].x + nodes[i].y * nodes[i].y) / 2;
      for (guint j = i + 1; j < n; j++)
        {
          double dx = nodes[j].x - nodes[i].x;
          double dy = nodes[j].y - nodes[i].y;

          energy -= REPULSION * self->mass[i] * self->mass[j] * log (MAX (sqrt (dx * dx + dy * dy), 1e-3));
        }
    }

  return energy;
}

static void
liaison_force_layout_finalize (GObject *object)
{
  LiaisonForceLayout *self = LIAISON_FORCE_LAYOUT (object);

  g_clear_pointer (&self->graph, liaison_graph_unref);
  g_free (self->force_x);
  g_free (self->force_y);
  g_free (self->old_force_x);
  g_free (self->old_force_y);
  g_free (self->mass);
  g_free (self->movable);
  g_array_unref (self->cells);

  G_OBJECT_CLASS (liaison_force_layout_parent_class)->finalize (object);
}

static void
liaison_force_layout_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LiaisonForceLayout *self = LIAISON_FORCE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_MOVE_PLACED:
      g_value_set_boolean (value, self->move_placed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_force_layout_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  LiaisonForceLayout *self = LIAISON_FORCE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_MOVE_PLACED:
      liaison_force_layout_set_move_placed (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_force_layout_class_init (LiaisonForceLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_force_layout_finalize;
  object_class->get_property = liaison_force_layout_get_property;
  object_class->set_property = liaison_force_layout_set_property;

  properties[PROP_MOVE_PLACED] =
    g_param_spec_boolean ("move-placed", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_force_layout_init (LiaisonForceLayout *self)
{
}
