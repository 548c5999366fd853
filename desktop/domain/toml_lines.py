"""Which line of a TOML text defines a key: Python's TOML reader gives values, not positions.

A problem with `lapor.base_url` is only useful to IT staff with the line it is on. We scan the
text line by line, keeping the table the last `[header]` opened, and let `tomllib` itself decode
each header and each `key =` on a line (quoted keys, dotted keys and escapes included), so that
no hand-made key parser can disagree with the real one. Lines inside a multi-line string are
skipped: a `x = 1` there is text, not a key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping

Path = tuple[str, ...]


def key_lines(text: str) -> dict[Path, int]:
    """Every table header and key in `text`, as a path of names, to its 1-based line number
    (the first line that names it)."""
    found: dict[Path, int] = {}
    table: Path = ()
    in_multiline: str | None = None  # the delimiter of a multi-line string we are inside
    for number, line in enumerate(text.splitlines(), start=1):
        if in_multiline is not None:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("["):
            header = _header_path(stripped)
            if header is not None:
                table = header
                found.setdefault(table, number)
            continue
        key = _key_path(stripped)
        if key is not None:
            found.setdefault(table + key, number)
        for delimiter in ('"""', "'''"):
            if stripped.count(delimiter) % 2 == 1:
                in_multiline = delimiter
                break
    return found


def line_of(lines: Mapping[Path, int], path: Path) -> int | None:
    """The line of `path`, else of its nearest enclosing table or key that has one."""
    for end in range(len(path), 0, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None


def _header_path(stripped: str) -> Path | None:
    try:
        parsed = tomllib.loads(stripped)
    except (tomllib.TOMLDecodeError, RecursionError):
        return None
    path: list[str] = []
    node: object = parsed
    while isinstance(node, dict) and len(node) == 1:
        name, node = next(iter(node.items()))
        path.append(name)
        if isinstance(node, list):  # [[array of tables]]: the array's own path will do
            break
    return tuple(path) or None


def _key_path(stripped: str) -> Path | None:
    # Try each "=" from the left: a quoted key may hold one itself.
    start = 0
    while (at := stripped.find("=", start)) > 0:
        try:
            parsed = tomllib.loads(stripped[:at] + "= 0")
        except (tomllib.TOMLDecodeError, RecursionError):
            start = at + 1
            continue
        path: list[str] = []
        node: object = parsed
        while isinstance(node, dict) and len(node) == 1:
            name, node = next(iter(node.items()))
            path.append(name)
        return tuple(path)
    return None
