/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-save-safety.c: a save never leaves a broken file: killed half-way, or on a full disk.
 *
 * Part of the "safety" suite (build-aux/dev test runs it; it needs root or
 * user namespaces to mount a small tmpfs for the full disk, and fails in
 * CI when it cannot).
 */

/* unshare() and CLONE_NEWNS */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

#include "liaison-json.h"

#define N_ORGANIZATIONS 20000
#define N_KILLS 100
#define SEED 20240917
/* The exit status of the disk-full child when it cannot mount a tmpfs. */
#define CANNOT_MOUNT 77

static const char *countries[] = { "JP", "KR", "TW", "CN", "SG" };

/* @n organizations whose names and cities say which @version they are. */
static LiaisonDocument *
make_document (guint       n,
               const char *version)
{
  LiaisonDocument *document = liaison_document_new ();
  g_autoptr(GError) error = NULL;

  liaison_document_begin_change (document, "Generate");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("org-%05u", i);
      g_autofree char *name = g_strdup_printf ("Organization %u, version %s", i, version);
      g_autofree char *city = g_strdup_printf ("City %u%s", i % 97, version);
      g_autoptr(LiaisonOrganization) organization = liaison_organization_new (id);
      g_autoptr(LiaisonText) text = liaison_text_new ("en", name);

      g_object_set (organization,
                    "name", text,
                    "country", countries[i % G_N_ELEMENTS (countries)],
                    "city", city,
                    "founded", 1950 + i % 70,
                    NULL);
      if (!liaison_document_add (document, LIAISON_ENTITY (organization), &error))
        g_error ("%s", error->message);
    }
  liaison_document_end_change (document);

  return document;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  if (!g_file_get_contents (path, &contents, length, &error))
    g_error ("%s", error->message);

  return contents;
}

/* Names in @dir other than @keep (a NULL-terminated list), sorted. */
static GPtrArray *
list_others (const char         *dir,
             const char * const *keep)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  GPtrArray *others = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    if (!g_strv_contains (keep, name))
      g_ptr_array_add (others, g_strdup (name));
  g_ptr_array_sort_values (others, (GCompareFunc) g_strcmp0);

  return others;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GPtrArray) names = list_others (dir, (const char *[]) { NULL });

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Which version @contents is: 'A', 'B', or 0 when neither, whole. */
static char
which_version (const char *contents,
               gsize       length,
               const char *data_a,
               gsize       length_a,
               const char *data_b,
               gsize       length_b)
{
  if (length == length_a && memcmp (contents, data_a, length) == 0)
    return 'A';
  if (length == length_b && memcmp (contents, data_b, length) == 0)
    return 'B';

  return 0;
}

/* Waits for the saving child to report a finished save on @fd. */
static void
wait_for_save (int fd)
{
  struct pollfd poll_fd = { fd, POLLIN, 0 };
  char byte;

  g_assert_cmpint (poll (&poll_fd, 1, 120 * 1000), ==, 1);
  g_assert_cmpint (read (fd, &byte, 1), ==, 1);
}

/* Drops the events @watch_fd has gathered so far. */
static void
drain_events (int watch_fd)
{
  char buffer[4096];

  while (read (watch_fd, buffer, sizeof buffer) > 0)
    ;
}

/* Waits until a file whose name starts with @prefix appears in the
 * watched folder (@mask: IN_CREATE or IN_MOVED_TO) and returns the time. */
static gint64
wait_for_event (int         watch_fd,
                guint32     mask,
                const char *prefix)
{
  char buffer[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));

  for (;;)
    {
      struct pollfd poll_fd = { watch_fd, POLLIN, 0 };
      gssize length;

      g_assert_cmpint (poll (&poll_fd, 1, 120 * 1000), ==, 1);
      length = read (watch_fd, buffer, sizeof buffer);
      if (length < 0 && errno == EAGAIN)
        continue;
      g_assert_cmpint (length, >, 0);

      for (char *p = buffer; p < buffer + length;)
        {
          const struct inotify_event *event = (const struct inotify_event *) p;

          if ((event->mask & mask) != 0 && event->len > 0 && g_str_has_prefix (event->name, prefix))
            return g_get_monotonic_time ();
          p += sizeof (struct inotify_event) + event->len;
        }
    }
}

/* Forks the saver: it saves B, A, B, A… to @file with the real save
 * function until killed, and writes a byte to the pipe after each save;
 * a failed save ends it. */
static pid_t
start_saver (LiaisonDocument *document_a,
             LiaisonDocument *document_b,
             GFile           *file,
             int             *read_fd)
{
  int fds[2];
  pid_t pid;

  g_assert_cmpint (pipe (fds), ==, 0);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      close (fds[0]);
      for (guint i = 0;; i++)
        {
          if (!liaison_json_save_file (i % 2 == 0 ? document_b : document_a, file, NULL, NULL))
            _exit (3);
          if (write (fds[1], "s", 1) != 1)
            _exit (4);
        }
    }

  close (fds[1]);
  *read_fd = fds[0];

  return pid;
}

/* A process saves a large document over and over, two versions in turn,
 * with the real save function, and is killed at random moments: half of
 * the time anywhere in a save, half of the time while it writes the file
 * (from the moment its temporary file appears). After each kill the file
 * is exactly one of the two versions, complete, and loads. */
static void
test_killed_while_saving (void)
{
  g_autoptr(LiaisonDocument) document_a = make_document (N_ORGANIZATIONS, "A");
  g_autoptr(LiaisonDocument) document_b = make_document (N_ORGANIZATIONS + 1, "B");
  g_autofree char *dir = g_dir_make_tmp ("liaison-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "network.liaison", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(GError) error = NULL;
  g_autofree char *data_a = NULL, *data_b = NULL;
  gsize length_a, length_b;
  gint64 save_us = 0, write_us = 0;
  guint seen_a = 0, seen_b = 0, mid_write = 0, backups = 0;
  int watch_fd;

  g_assert_nonnull (dir);
  data_a = liaison_json_save_data (document_a, &length_a);
  data_b = liaison_json_save_data (document_b, &length_b);
  watch_fd = inotify_init1 (IN_CLOEXEC | IN_NONBLOCK);
  g_assert_cmpint (watch_fd, >=, 0);
  g_assert_cmpint (inotify_add_watch (watch_fd, dir, IN_CREATE | IN_MOVED_TO), >=, 0);

  /* The file exists from the start. */
  g_assert_true (liaison_json_save_file (document_a, file, NULL, &error));
  g_assert_no_error (error);

  for (guint k = 0; k < N_KILLS; k++)
    {
      g_autoptr(LiaisonDocument) loaded = NULL;
      g_autoptr(GPtrArray) others = NULL;
      g_autofree char *contents = NULL;
      gsize length;
      int status, fd;
      char version;
      pid_t pid;

      pid = start_saver (document_a, document_b, file, &fd);

      /* The first save of a forked child is slow (it copies the pages it
       * touches), so the clock starts after it. The first round times a
       * whole save and the part of it that writes the file. */
      wait_for_save (fd);
      drain_events (watch_fd);
      if (save_us == 0)
        {
          gint64 start = g_get_monotonic_time (), created, renamed;

          created = wait_for_event (watch_fd, IN_CREATE, ".network.liaison.");
          renamed = wait_for_event (watch_fd, IN_MOVED_TO, "network.liaison");
          wait_for_save (fd);
          save_us = MAX (g_get_monotonic_time () - start, 1000);
          write_us = MAX (renamed - created, 100);
          g_test_message ("a save of %" G_GSIZE_FORMAT " bytes takes %.0f ms, %.0f ms of it writing the file",
                          length_b, save_us / 1000.0, write_us / 1000.0);
        }

      if (k % 2 == 0)
        {
          /* Anywhere within the next two saves. */
          g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (save_us * 2, G_MAXINT32)));
        }
      else
        {
          /* While the next save writes. */
          wait_for_event (watch_fd, IN_CREATE, ".network.liaison.");
          g_usleep (g_rand_int_range (rand, 0, (gint32) MIN (write_us, G_MAXINT32)));
        }
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      close (fd);
      if (!WIFSIGNALED (status) || WTERMSIG (status) != SIGKILL)
        g_error ("the saving process ended by itself (status %d): a save failed", status);

      contents = read_file (path, &length);
      version = which_version (contents, length, data_a, length_a, data_b, length_b);
      if (version == 0)
        g_error ("after kill %u the file is neither version (%" G_GSIZE_FORMAT " bytes)", k, length);
      seen_a += version == 'A';
      seen_b += version == 'B';

      /* And the real loader reads it, all of it. */
      loaded = liaison_json_load_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (loaded)), ==,
                        version == 'A' ? N_ORGANIZATIONS : N_ORGANIZATIONS + 1);

      /* The backup, when there is one, is a complete version too. */
      if (g_file_test (backup, G_FILE_TEST_EXISTS))
        {
          g_autofree char *old = NULL;
          gsize old_length;

          old = read_file (backup, &old_length);
          g_assert_cmpint (which_version (old, old_length, data_a, length_a, data_b, length_b), !=, 0);
          backups++;
        }

      /* A temporary file left over means the kill came while writing. */
      others = list_others (dir, (const char *[]) { "network.liaison", "network.liaison~", NULL });
      for (guint i = 0; i < others->len; i++)
        {
          g_autofree char *leftover = g_build_filename (dir, others->pdata[i], NULL);

          g_assert_true (g_str_has_prefix (others->pdata[i], ".network.liaison."));
          g_unlink (leftover);
        }
      mid_write += others->len > 0;
    }

  close (watch_fd);
  g_test_message ("%u kills: %u left version A, %u version B; %u came while a temporary file was written; %u backups checked",
                  N_KILLS, seen_a, seen_b, mid_write, backups);

  /* The kills really fell inside writes (about half do here; the margin
   * is for slow, busy machines), and both versions were seen. */
  g_assert_cmpuint (mid_write, >=, N_KILLS / 10);
  g_assert_cmpuint (seen_a, >, 0);
  g_assert_cmpuint (seen_b, >, 0);

  remove_dir (dir);
}

/* Puts the calling process in a mount namespace of its own, where @dir
 * is a tmpfs of @size bytes; the mount goes away with the process. As
 * root that is direct; otherwise a user namespace may allow it. */
static gboolean
mount_small_tmpfs (const char  *dir,
                   gsize        size,
                   char       **why)
{
  g_autofree char *options = g_strdup_printf ("size=%" G_GSIZE_FORMAT ",mode=0700", size);
  uid_t uid = getuid ();
  gid_t gid = getgid ();

  if (unshare (CLONE_NEWNS) != 0)
    {
      g_autofree char *uid_map = g_strdup_printf ("%d %d 1\n", (int) uid, (int) uid);
      g_autofree char *gid_map = g_strdup_printf ("%d %d 1\n", (int) gid, (int) gid);

      if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
        {
          *why = g_strdup_printf ("unshare: %s", g_strerror (errno));
          return FALSE;
        }
      if (!g_file_set_contents ("/proc/self/setgroups", "deny", -1, NULL) ||
          !g_file_set_contents ("/proc/self/uid_map", uid_map, -1, NULL) ||
          !g_file_set_contents ("/proc/self/gid_map", gid_map, -1, NULL))
        {
          *why = g_strdup ("could not map the user into a user namespace");
          return FALSE;
        }
    }

  /* Nothing mounted here may show outside. In a chroot "/" is no mount
   * point (EINVAL); build-aux/dev's mounts are private already. */
  if (mount (NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0 && errno != EINVAL)
    {
      *why = g_strdup_printf ("making the mounts private: %s", g_strerror (errno));
      return FALSE;
    }

  if (mount ("tmpfs", dir, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0)
    {
      *why = g_strdup_printf ("mount: %s", g_strerror (errno));
      return FALSE;
    }

  return TRUE;
}

/* Writes to @path until nothing more fits. */
static void
fill_disk (const char *path)
{
  static char block[65536];
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  gsize size = sizeof block;

  g_assert_cmpint (fd, >=, 0);
  memset (block, 'x', sizeof block);
  while (size > 0)
    {
      if (write (fd, block, size) < 0)
        {
          g_assert_cmpint (errno, ==, ENOSPC);
          size /= 2;
        }
    }
  g_assert_cmpint (fsync (fd), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
}

static void
assert_failed_save (LiaisonDocument *document,
                    GFile           *file,
                    const char      *path,
                    const char      *before,
                    gsize            before_length,
                    const char      *dir,
                    char           **message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) others = NULL;
  g_autofree char *after = NULL;
  gsize after_length;

  g_assert_false (liaison_json_save_file (document, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "network.liaison"));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));

  /* The old file is byte for byte what it was; nothing was left behind. */
  after = read_file (path, &after_length);
  g_assert_cmpmem (after, after_length, before, before_length);
  others = list_others (dir, (const char *[]) { "network.liaison", "filler", NULL });
  if (others->len > 0)
    g_error ("the failed save left %s behind", (char *) others->pdata[0]);

  *message = g_strdup (error->message);
}

/* Runs in a child process: mounts, fills, saves, checks. Exits with
 * CANNOT_MOUNT when there is no way to mount here. */
static int
disk_full_child (const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "network.liaison", NULL);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(LiaisonDocument) old_document = make_document (20, "old");
  g_autoptr(LiaisonDocument) new_document = make_document (5000, "new");
  g_autoptr(LiaisonDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *message = NULL, *translated = NULL, *why = NULL;
  gsize before_length;

  if (!mount_small_tmpfs (dir, 1024 * 1024, &why))
    {
      g_printerr ("cannot mount a tmpfs on %s: %s\n", dir, why);
      return CANNOT_MOUNT;
    }

  g_assert_true (liaison_json_save_file (old_document, file, NULL, &error));
  g_assert_no_error (error);
  before = read_file (path, &before_length);
  fill_disk (filler);

  /* In English: the message says what happened, to which file. */
  assert_failed_save (new_document, file, path, before, before_length, dir, &message);
  g_assert_nonnull (strstr (message, "not enough space"));
  g_assert_nonnull (strstr (message, "left as it was"));

  /* In Japanese: the same message, translated. */
  g_setenv ("LANGUAGE", "ja", TRUE);
  if (setlocale (LC_MESSAGES, "ja_JP.UTF-8") == NULL)
    g_assert_nonnull (setlocale (LC_MESSAGES, "en_US.UTF-8"));
  assert_failed_save (new_document, file, path, before, before_length, dir, &translated);
  g_assert_cmpstr (translated, !=, message);
  g_assert_null (strstr (translated, "not enough space"));
  g_unsetenv ("LANGUAGE");
  setlocale (LC_MESSAGES, "C.UTF-8");

  /* With room again the same save goes through. */
  g_assert_cmpint (g_unlink (filler), ==, 0);
  g_assert_true (liaison_json_save_file (new_document, file, NULL, &error));
  g_assert_no_error (error);
  loaded = liaison_json_load_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (liaison_document_get_organizations (loaded)), ==, 5000);

  return 0;
}

/* A save on a full disk fails with a clear, translated error naming the
 * file, and the old file stays byte for byte as it was. */
static void
test_disk_full (void)
{
  g_autofree char *dir = g_dir_make_tmp ("liaison-full-XXXXXX", NULL);
  int status;
  pid_t pid;

  g_assert_nonnull (dir);

  /* The child's mount namespace keeps the tmpfs out of everyone's sight. */
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    _exit (disk_full_child (dir));

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  remove_dir (dir);

  if (WIFEXITED (status) && WEXITSTATUS (status) == CANNOT_MOUNT)
    {
      /* Only a developer's unprivileged run may go without; CI may not. */
      if (getuid () == 0 || g_strcmp0 (g_getenv ("CI"), "") > 0)
        g_error ("could not mount a small tmpfs to fill (see above): the disk-full test cannot run");
      g_printerr ("\n*** SKIPPED the disk-full test: not root and no user namespaces ***\n\n");
      g_test_skip ("cannot mount a tmpfs: not root and no user namespaces");
      return;
    }

  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("the disk-full check failed (status %d, see above)", status);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("LIAISON_LOCALEDIR");

  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/safety/save/killed-while-saving", test_killed_while_saving);
  g_test_add_func ("/safety/save/disk-full", test_disk_full);

  return g_test_run ();
}
