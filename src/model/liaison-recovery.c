/* SPDX-License-Identifier: GPL-3.0-or-later */
/* liaison-recovery.c: drafts of unsaved changes, kept so a crash loses nothing.
 *
 * A few seconds after a change, the open document is saved as a draft in
 * $XDG_DATA_HOME/liaison/recovery/, next to a key file that says which file
 * it is a draft of. The user's own file is never written. Saving, or
 * closing and discarding, deletes the draft; after a crash it is still there
 * and the next start offers it back.
 */

#define G_LOG_DOMAIN "liaison-recovery"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "liaison-json.h"
#include "liaison-recovery.h"

#define DEFAULT_DELAY_MS 3000
#define INFO_GROUP "Draft"

struct _LiaisonRecovery
{
  GObject          parent_instance;

  char            *name;
  LiaisonDocument *document;
  char            *original;
  char            *title;
  guint            delay;
  guint            timeout_id;
  gboolean         has_draft;
};

enum {
  PROP_0,
  PROP_DELAY,
  PROP_HAS_DRAFT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LiaisonRecovery, liaison_recovery, G_TYPE_OBJECT)

void
liaison_draft_free (LiaisonDraft *draft)
{
  g_clear_object (&draft->draft);
  g_free (draft->original);
  g_free (draft->title);
  g_clear_pointer (&draft->saved, g_date_time_unref);
  g_free (draft);
}

char *
liaison_recovery_get_directory (void)
{
  return g_build_filename (g_get_user_data_dir (), "liaison", "recovery", NULL);
}

static char *
info_path (const char *draft_path)
{
  g_autofree char *base = g_strndup (draft_path, strlen (draft_path) - strlen (".liaison"));

  return g_strconcat (base, ".info", NULL);
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const LiaisonDraft *draft_a = a;
  const LiaisonDraft *draft_b = b;

  return g_date_time_compare (draft_b->saved, draft_a->saved);
}

/* Deletes a draft, its description and the backup the atomic save left. */
static gboolean
delete_files (const char  *path,
              GError     **error)
{
  g_autofree char *info = info_path (path);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  const char *paths[] = { info, path, backup };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      if (g_unlink (paths[i]) != 0 && errno != ENOENT)
        {
          int saved_errno = errno;

          g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       _("Could not delete “%s”: %s"), paths[i], g_strerror (saved_errno));
          return FALSE;
        }
    }

  return TRUE;
}

/* The drafts left behind, newest first. */
GPtrArray *
liaison_recovery_list_drafts (void)
{
  g_autofree char *directory = liaison_recovery_get_directory ();
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) liaison_draft_free);
  g_autoptr(GDir) dir = g_dir_open (directory, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *info = NULL;
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      LiaisonDraft *draft;
      gint64 saved;

      if (!g_str_has_suffix (name, ".liaison"))
        continue;

      path = g_build_filename (directory, name, NULL);
      info = info_path (path);
      if (!g_key_file_load_from_file (key_file, info, G_KEY_FILE_NONE, NULL))
        continue;

      draft = g_new0 (LiaisonDraft, 1);
      draft->draft = g_file_new_for_path (path);
      draft->original = g_key_file_get_string (key_file, INFO_GROUP, "Original", NULL);
      if (draft->original != NULL && *draft->original == '\0')
        g_clear_pointer (&draft->original, g_free);
      draft->title = g_key_file_get_string (key_file, INFO_GROUP, "Title", NULL);
      saved = g_key_file_get_int64 (key_file, INFO_GROUP, "Saved", NULL);
      draft->saved = g_date_time_new_from_unix_local (saved);
      g_ptr_array_add (drafts, draft);
    }

  g_ptr_array_sort_values (drafts, compare_newest_first);

  return g_steal_pointer (&drafts);
}

gboolean
liaison_recovery_delete_draft (LiaisonDraft  *draft,
                               GError       **error)
{
  g_autofree char *path = g_file_get_path (draft->draft);

  return delete_files (path, error);
}

LiaisonRecovery *
liaison_recovery_new (void)
{
  return g_object_new (LIAISON_TYPE_RECOVERY, NULL);
}

guint
liaison_recovery_get_delay (LiaisonRecovery *self)
{
  g_return_val_if_fail (LIAISON_IS_RECOVERY (self), 0);

  return self->delay;
}

void
liaison_recovery_set_delay (LiaisonRecovery *self,
                            guint            milliseconds)
{
  g_return_if_fail (LIAISON_IS_RECOVERY (self));

  if (self->delay == milliseconds)
    return;
  self->delay = milliseconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELAY]);
}

gboolean
liaison_recovery_get_has_draft (LiaisonRecovery *self)
{
  g_return_val_if_fail (LIAISON_IS_RECOVERY (self), FALSE);

  return self->has_draft;
}

static void
set_has_draft (LiaisonRecovery *self,
               gboolean         has_draft)
{
  if (self->has_draft == has_draft)
    return;
  self->has_draft = has_draft;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_DRAFT]);
}

static char *
draft_path (LiaisonRecovery *self)
{
  g_autofree char *directory = liaison_recovery_get_directory ();
  g_autofree char *file_name = g_strconcat (self->name, ".liaison", NULL);

  return g_build_filename (directory, file_name, NULL);
}

gboolean
liaison_recovery_save_now (LiaisonRecovery  *self,
                           GError          **error)
{
  g_autofree char *directory = liaison_recovery_get_directory ();
  g_autofree char *path = draft_path (self);
  g_autofree char *info = info_path (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (LIAISON_IS_RECOVERY (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document == NULL)
    return TRUE;

  if (g_mkdir_with_parents (directory, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("Could not create the folder “%s”: %s"), directory, g_strerror (saved_errno));
      return FALSE;
    }

  if (!liaison_json_save_file (self->document, file, NULL, error))
    return FALSE;

  g_key_file_set_string (key_file, INFO_GROUP, "Original", self->original != NULL ? self->original : "");
  g_key_file_set_string (key_file, INFO_GROUP, "Title", self->title != NULL ? self->title : "");
  g_key_file_set_int64 (key_file, INFO_GROUP, "Saved", g_date_time_to_unix (now));
  if (!g_key_file_save_to_file (key_file, info, error))
    return FALSE;

  set_has_draft (self, TRUE);

  return TRUE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  LiaisonRecovery *self = user_data;
  g_autoptr(GError) error = NULL;

  self->timeout_id = 0;
  if (!liaison_recovery_save_now (self, &error))
    g_warning ("Could not save a recovery draft: %s", error->message);

  return G_SOURCE_REMOVE;
}

/* Saves a draft of @document after the delay; a later call restarts the wait. */
void
liaison_recovery_schedule (LiaisonRecovery *self,
                           LiaisonDocument *document,
                           GFile           *original,
                           const char      *title)
{
  g_return_if_fail (LIAISON_IS_RECOVERY (self));
  g_return_if_fail (LIAISON_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_free (self->original);
  self->original = original != NULL ? g_file_get_uri (original) : NULL;
  g_set_str (&self->title, title);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (self->delay, timeout_cb, self);
}

/* Forgets the draft: the changes were saved or thrown away on purpose. */
void
liaison_recovery_discard (LiaisonRecovery *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LIAISON_IS_RECOVERY (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->document);
  if (!self->has_draft)
    return;

  path = draft_path (self);
  if (!delete_files (path, &error))
    g_warning ("%s", error->message);
  set_has_draft (self, FALSE);
}

static void
liaison_recovery_finalize (GObject *object)
{
  LiaisonRecovery *self = LIAISON_RECOVERY (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_clear_object (&self->document);
  g_free (self->name);
  g_free (self->original);
  g_free (self->title);

  G_OBJECT_CLASS (liaison_recovery_parent_class)->finalize (object);
}

static void
liaison_recovery_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LiaisonRecovery *self = LIAISON_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_DELAY:
      g_value_set_uint (value, self->delay);
      break;

    case PROP_HAS_DRAFT:
      g_value_set_boolean (value, self->has_draft);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_recovery_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LiaisonRecovery *self = LIAISON_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_DELAY:
      liaison_recovery_set_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
liaison_recovery_class_init (LiaisonRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = liaison_recovery_finalize;
  object_class->get_property = liaison_recovery_get_property;
  object_class->set_property = liaison_recovery_set_property;

  properties[PROP_DELAY] =
    g_param_spec_uint ("delay", NULL, NULL, 0, G_MAXUINT, DEFAULT_DELAY_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_DRAFT] =
    g_param_spec_boolean ("has-draft", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
liaison_recovery_init (LiaisonRecovery *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  /* Unique across processes: the time, the process and a random part. */
  self->name = g_strdup_printf ("draft-%" G_GINT64_FORMAT "-%d-%08x",
                                g_date_time_to_unix (now), (int) getpid (), g_random_int ());
  self->delay = DEFAULT_DELAY_MS;
}
