"""The desk's files are its user's alone: the data folder 0700, every file in it 0600 (POSIX).

The database, its -wal and -shm, the key slots (`desk-keys.json`: enough to guess passwords
offline), the sync credentials, attachments, backups, logs and `interface.ini` hold either
personal data or what guards it. Three layers keep them private:

- `private_umask()`: the process creates files 0600 and folders 0700 from its start (set by the
  composition root before anything is written), which covers what other libraries create for
  us (SQLite's -wal and -shm, Qt's settings file, the log's rotated files);
- explicit `chmod` where the desk creates or replaces a file (`files.replaced_atomically`,
  backups, the data folder's subfolders), so a caller that did not set the umask (a test, an
  embedding script) gets the same;
- `make_private(data_dir)` when a desk opens: desks from before this (0644 files in 0755
  folders) are put right on their first opening with this version.

On Windows none of this applies (no POSIX modes, and no POSIX call is made): the data folder is
under the user's profile (`QStandardPaths.AppDataLocation`), whose ACL grants the user, SYSTEM
and Administrators only, and whatever is created inside inherits it. docs/security-files.md.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

log = logging.getLogger("desktop.db")

FILE_MODE = 0o600
FOLDER_MODE = 0o700
UMASK = 0o077
POSIX = os.name != "nt"


def private_umask() -> None:
    """From now on this process creates files 0600 and folders 0700 (POSIX; no-op elsewhere)."""
    if POSIX:
        os.umask(UMASK)


def make_file_private(path: Path | str) -> None:
    if POSIX:
        os.chmod(path, FILE_MODE)


def make_folder_private(path: Path) -> None:
    if POSIX:
        os.chmod(path, FOLDER_MODE)


def make_private(data_dir: Path) -> int:
    """Give the data folder and everything in it the private modes; how many were changed.
    Symbolic links are not followed (nor changed): what they point to is not the desk's."""
    if not POSIX or not data_dir.is_dir():
        return 0
    changed = _fix(data_dir, FOLDER_MODE)
    for root, folders, files in os.walk(data_dir):
        for name in folders:
            changed += _fix(Path(root) / name, FOLDER_MODE)
        for name in files:
            changed += _fix(Path(root) / name, FILE_MODE)
    if changed:
        log.info("made %d file(s) and folder(s) of the data folder private", changed)
    return changed


def _fix(path: Path, mode: int) -> int:
    try:
        found = path.lstat()
    except FileNotFoundError:  # a temporary file gone meanwhile
        return 0
    if stat.S_ISLNK(found.st_mode) or stat.S_IMODE(found.st_mode) == mode:
        return 0
    if found.st_uid != os.getuid():  # another account's file (root's, a backup tool's): left
        return 0
    os.chmod(path, mode)
    return 1
