"""Other names of a reference-list entry: the acronyms and short forms officers type ("PUPR"
for Dinas Pekerjaan Umum dan Penataan Ruang, "PDAM", "RSUD"). The pickers match them as they
match names; the list shows the name.

Typed as one line, separated by commas or semicolons; stored one per line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_ALIASES = 20
MAX_ALIAS_LENGTH = 60
_SEPARATORS = re.compile(r"[,;\n]")


class InvalidAliasesError(ValueError):
    """An alias longer than MAX_ALIAS_LENGTH, or more than MAX_ALIASES of them."""


def clean_aliases(names: Iterable[str]) -> tuple[str, ...]:
    """The aliases with spaces tidied, empty ones and repeats (any case) left out; raises
    InvalidAliasesError beyond the limits."""
    kept: list[str] = []
    seen: set[str] = set()
    for name in names:
        cleaned = " ".join(name.split())
        if not cleaned or cleaned.casefold() in seen:
            continue
        if len(cleaned) > MAX_ALIAS_LENGTH:
            raise InvalidAliasesError(cleaned)
        seen.add(cleaned.casefold())
        kept.append(cleaned)
    if len(kept) > MAX_ALIASES:
        raise InvalidAliasesError(f"{len(kept)} aliases")
    return tuple(kept)


def parse_aliases(text: str) -> tuple[str, ...]:
    """Aliases typed on one line ("PUPR, Dinas PU") or stored one per line."""
    return clean_aliases(_SEPARATORS.split(text))


def stored_aliases(aliases: Iterable[str]) -> str:
    return "\n".join(aliases)


def aliases_from_stored(text: str) -> tuple[str, ...]:
    """What `stored_aliases` wrote (checked then; reading never refuses)."""
    return tuple(line.strip() for line in text.split("\n") if line.strip())


def typed_aliases(aliases: Iterable[str]) -> str:
    """As an officer types and reads them: on one line."""
    return ", ".join(aliases)
