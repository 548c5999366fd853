"""Writing a file so that a crash leaves the old file or the new one, never half of one."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from desktop.store.private_files import make_file_private, make_folder_private


@contextmanager
def replaced_atomically(
    final: Path,
    *,
    scratch: Path | None = None,
    binary: bool = False,
    encoding: str = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """A temporary file to write; on success it is flushed to disk and renamed to `final`, on
    failure removed. The rename is atomic only within one file system, so `scratch` (default:
    beside `final`) must be on the same drive. With a `scratch` folder (a tree the desk owns)
    missing folders are made; a user's chosen folder must exist."""
    if scratch is not None:
        scratch.mkdir(parents=True, exist_ok=True)
        final.parent.mkdir(parents=True, exist_ok=True)
        make_folder_private(scratch)  # the desk's own tree: its user's alone (POSIX)
        make_folder_private(final.parent)
    temporary = (scratch or final.parent) / f".{uuid.uuid4().hex}.partial"
    try:
        if binary:
            handle: IO[Any] = temporary.open("wb")
        else:
            handle = temporary.open("w", encoding=encoding, newline=newline)
        with handle:
            make_file_private(temporary)  # 0600 whatever the umask (POSIX); a caller may widen
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(final)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


TEXT_FILE_LIMIT = 1_000_000  # bytes: a provisioning, credentials or recovery-key file is far less


class FileTooLargeError(ValueError):
    """A file given to a command is larger than any file of its kind (or endless: /dev/zero)."""

    def __init__(self, path: Path, limit: int) -> None:
        super().__init__(f"{path} is larger than {limit // 1000:,} KB: not a file of this kind")
        self.path = path
        self.limit = limit


def read_bounded(path: Path, limit: int = TEXT_FILE_LIMIT) -> bytes:
    """The bytes of `path`, reading at most `limit` + 1 of them: FileTooLargeError past the
    limit, so a device that never ends or a huge file costs no more than that."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(path, limit)
    return data


def read_bounded_text(path: Path, limit: int = TEXT_FILE_LIMIT) -> str:
    """`read_bounded`, decoded as UTF-8 (UnicodeDecodeError for other bytes)."""
    return read_bounded(path, limit).decode("utf-8")
