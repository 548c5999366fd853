"""Which local value a mapping entry names: IT staff write a category by its path
("Infrastruktur › Jalan dan Jembatan") or its id, an institution by its name or its id, a channel
or classification by its code. The national sync looks entries up by the local id, so every
entry is turned into that id when it is set; an entry that names nothing local is refused
(it would never be used, and the complaints it was meant for would wait silently).
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.complaint import Channel, ComplaintType

DEFAULT_INSTITUTION = "default"  # the national institution of complaints without a target
# Kinds whose entries name a local value; the others (location, status) are taken as written:
# a Kemendagri code and a national status code are not the desk's own lists.
LOCAL_KINDS = ("channel", "classification", "category", "institution")
_SEPARATORS = ("›", ">")


def _name(text: str) -> str:
    return " ".join(text.split()).casefold()


def _path(text: str) -> str:
    for separator in _SEPARATORS[1:]:
        text = text.replace(separator, _SEPARATORS[0])
    return " › ".join(_name(part) for part in text.split(_SEPARATORS[0]))


def local_key(
    kind: str,
    key: str,
    categories: Iterable[tuple[int, str]],
    institutions: Iterable[tuple[int, str]],
) -> str | None:
    """The key the national sync looks `key` up by (a local id, a code, "default"), or None
    when it names nothing here. `categories` are (id, path) pairs, `institutions` (id, name)."""
    text = key.strip()
    if kind == "channel":
        return text if text in {c.value for c in Channel} else None
    if kind == "classification":
        return text if text in {t.value for t in ComplaintType} else None
    if kind == "category":
        return _find(text, categories, by_path=True)
    if kind == "institution":
        if text.casefold() == DEFAULT_INSTITUTION:
            return DEFAULT_INSTITUTION
        return _find(text, institutions, by_path=False)
    return text or None


def _find(text: str, entries: Iterable[tuple[int, str]], *, by_path: bool) -> str | None:
    listed = list(entries)
    if text.isdigit():
        return text if any(str(i) == text for i, _ in listed) else None
    wanted = _path(text) if by_path else _name(text)
    found = [i for i, name in listed if (_path(name) if by_path else _name(name)) == wanted]
    if not found and by_path and _SEPARATORS[0] not in wanted:
        # A category named without its parents, when only one has that name.
        found = [i for i, name in listed if _path(name).split(" › ")[-1] == wanted]
    return str(found[0]) if len(found) == 1 else None
