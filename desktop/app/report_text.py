"""`report --format pdf --text FILE`: what the head of unit would type in the narrative report's
dialog, from a small TOML file a scheduled task can keep:

    obstacles = "Jaringan internet di kecamatan sering putus."
    conclusions = "..."
    recommendations = "..."
    legal_basis = ["Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik"]  # optional

    [[notable]]
    number = "3201-2026-000123"
    note = "Dibantu Dinas PUPR."

Every key is optional; a key the file should not have is refused (a misspelt `conclusion` would
otherwise leave the report without its conclusions, unnoticed).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from desktop.services.report_narrative import NarrativeText, NotablePick, Signatory

TEXT_KEYS = ("obstacles", "conclusions", "recommendations", "legal_basis", "notable")
MAX_TEXT_FILE = 1_000_000  # bytes: typed paragraphs, not a document


class ReportTextError(ValueError):
    """The file cannot be read or says something the report cannot take; one line."""


def narrative_text(path: Path | None, signatory: Signatory) -> NarrativeText:
    """The text of the report: from `path` when given, else none typed (the usual legal basis,
    no notable case); signed by `signatory`."""
    if path is None:
        return NarrativeText(signatory=signatory)
    values = _read(path)
    where = path.name
    unknown = sorted(set(values) - set(TEXT_KEYS))
    if unknown:
        raise ReportTextError(
            f"{where}: unknown key {unknown[0]!r} (the keys are {', '.join(TEXT_KEYS)})"
        )
    texts = {key: _string(where, key, values.get(key, "")) for key in TEXT_KEYS[:3]}
    basis = values.get("legal_basis")
    legal_basis = NarrativeText().legal_basis
    if basis is not None:
        if not isinstance(basis, list) or not all(isinstance(b, str) for b in basis):
            raise ReportTextError(f"{where}: legal_basis is a list of texts")
        legal_basis = tuple(b.strip() for b in basis if b.strip())
    return NarrativeText(
        legal_basis=legal_basis,
        notable=_notable(where, values.get("notable", [])),
        obstacles=texts["obstacles"],
        conclusions=texts["conclusions"],
        recommendations=texts["recommendations"],
        signatory=signatory,
    )


def _read(path: Path) -> dict[str, Any]:
    from desktop.store.files import FileTooLargeError, read_bounded_text

    try:
        return tomllib.loads(read_bounded_text(path, MAX_TEXT_FILE))
    except FileTooLargeError:
        raise ReportTextError(f"{path} is larger than 1 MB: not a report's text") from None
    except UnicodeDecodeError:
        raise ReportTextError(f"{path} is not UTF-8 text") from None
    except tomllib.TOMLDecodeError as error:
        raise ReportTextError(f"{path.name}: not TOML ({error})") from None
    except OSError as error:
        raise ReportTextError(f"{path} cannot be read ({error.strerror or error})") from None


def _string(where: str, key: str, value: object) -> str:
    if not isinstance(value, str):
        raise ReportTextError(f"{where}: {key} is a text (in quotes, or triple quotes)")
    return value.strip()


def _notable(where: str, value: object) -> tuple[NotablePick, ...]:
    """`[[notable]]` tables with a number and a note, or plain numbers."""
    if not isinstance(value, list):
        raise ReportTextError(f"{where}: notable is a list of [[notable]] cases")
    picks = []
    for entry in value:
        if isinstance(entry, str):
            entry = {"number": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("number"), str):
            raise ReportTextError(f"{where}: each [[notable]] case has a number (a text)")
        extra = sorted(set(entry) - {"number", "note"})
        if extra:
            raise ReportTextError(
                f"{where}: a [[notable]] case has a number and a note, not {extra[0]}"
            )
        picks.append(
            NotablePick(entry["number"].strip(), _string(where, "note", entry.get("note", "")))
        )
    return tuple(picks)
