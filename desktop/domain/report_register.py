"""Reports kept as sent, and the evidence documents (bukti dukung) kept beside them.

Pure values and rules: the headline a report carried (indicator code -> value and percent), how
it compares with today's, the kinds of evidence, and the file names an export zip uses.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.domain.report_figures import DurationStep, Indicator, ReportFigures, Share


class ReportFormat(StrEnum):
    """The files a report is issued as (the recap and detail workbooks, the narrative PDF, the
    detail list as CSV)."""

    XLSX = "xlsx"
    PDF = "pdf"
    CSV = "csv"


# What the content of each format's file sniffs as (desktop.store.attachment_files); a CSV has
# no signature and is checked as UTF-8 text instead.
FORMAT_MEDIA_TYPES: dict[ReportFormat, str | None] = {
    ReportFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ReportFormat.PDF: "application/pdf",
    ReportFormat.CSV: None,
}
CSV_MEDIA_TYPE = "text/csv"

# A detail list over a year of a busy desk runs to tens of MB; the file is encrypted in memory.
MAX_REPORT_MB = 200


class EvidenceKind(StrEnum):
    """What an evidence document is (REPORTS.md: the documents evaluators ask for)."""

    SK_TIM = "sk_tim"  # the decree naming the complaint team or officer
    SOP = "sop"
    MAKLUMAT = "maklumat"  # maklumat pelayanan: the service notice
    SOSIALISASI = "sosialisasi"  # outreach
    PELATIHAN = "pelatihan"  # training
    NOTULEN_EVALUASI = "notulen_evaluasi"  # minutes of evaluation meetings
    LAINNYA = "lainnya"  # anything else


# The folder each kind goes in inside an export zip: numbered so they list in this order.
EVIDENCE_FOLDERS: dict[EvidenceKind, str] = {
    EvidenceKind.SK_TIM: "01-SK-tim-pengaduan",
    EvidenceKind.SOP: "02-SOP",
    EvidenceKind.MAKLUMAT: "03-maklumat-pelayanan",
    EvidenceKind.SOSIALISASI: "04-sosialisasi",
    EvidenceKind.PELATIHAN: "05-pelatihan",
    EvidenceKind.NOTULEN_EVALUASI: "06-notulen-evaluasi",
    EvidenceKind.LAINNYA: "07-lainnya",
}

EVIDENCE_TITLE_MAX = 200
EVIDENCE_YEAR_MIN, EVIDENCE_YEAR_MAX = 2000, 2100


@dataclass(frozen=True)
class HeadlineFigure:
    """One indicator as a report gave it: a value (a count, a mean, a number of officers) and,
    where the indicator is a share, its percentage."""

    value: float | None
    percent: float | None = None


Headline = Mapping[str, HeadlineFigure]  # indicator code ("K1".."K16") -> figure


def headline_to_json(headline: Headline) -> dict[str, dict[str, float | None]]:
    return {
        code: {"value": figure.value, "percent": figure.percent}
        for code, figure in sorted(headline.items(), key=lambda item: _code_order(item[0]))
    }


def headline_from_json(data: object) -> dict[str, HeadlineFigure]:
    """The headline stored with a report; entries that are not figures are left out."""
    headline: dict[str, HeadlineFigure] = {}
    if not isinstance(data, dict):
        return headline
    for code, figure in data.items():
        if isinstance(code, str) and isinstance(figure, dict):
            headline[code] = HeadlineFigure(
                _number(figure.get("value")), _number(figure.get("percent"))
            )
    return headline


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return None if math.isnan(value) or math.isinf(value) else value


def headline_of(figures: ReportFigures) -> dict[str, HeadlineFigure]:
    """The headline of a set of figures: what the register keeps of them, to compare later.

    K5, K11 and K16 keep their total (open complaints, cohort, cohort); their buckets are in the
    report's file. K9 keeps the median working days to completion.
    """

    def share(value: Share) -> HeadlineFigure:
        return HeadlineFigure(value.numerator.value, _rounded(value.percent))

    completion = figures.durations.get(DurationStep.COMPLETE)
    satisfaction = figures.satisfaction
    staff = figures.staff_activity
    return {
        Indicator.RECEIVED: HeadlineFigure(figures.received.value),
        Indicator.FOLLOWED_UP: share(figures.followed_up),
        Indicator.COMPLETED: share(figures.completed),
        Indicator.IN_PROCESS: share(figures.in_process),
        Indicator.BACKLOG: HeadlineFigure(sum(c.value for c in figures.backlog.values())),
        Indicator.VERIFIED_ON_TIME: share(figures.verified_on_time),
        Indicator.FIRST_FOLLOW_UP_ON_TIME: share(figures.first_follow_up_on_time),
        Indicator.COMPLETED_ON_TIME: share(figures.completed_on_time),
        Indicator.DURATIONS: HeadlineFigure(
            None if completion is None else _rounded(completion.median_working_days)
        ),
        Indicator.SATISFACTION: HeadlineFigure(
            _rounded(satisfaction.mean_rating), _rounded(satisfaction.rated_4_or_more.percent)
        ),
        Indicator.STATUS_GROUPS: HeadlineFigure(
            sum(c.value for c in figures.status_groups.values())
        ),
        Indicator.ARCHIVED: share(figures.archived),
        Indicator.FORWARDED: share(figures.forwarded),
        Indicator.REACHED_LAPOR: share(figures.reached_lapor),
        Indicator.STAFF_ACTIVITY: HeadlineFigure(
            len(staff.active_usernames), _rounded(staff.percent)
        ),
        Indicator.CHANNEL_MIX: HeadlineFigure(sum(c.value for c in figures.channel_mix.values())),
    }


def _rounded(value: float | None) -> float | None:
    # Two decimals: what a report prints; a difference in the third is no difference.
    return None if value is None else round(value, 2)


@dataclass(frozen=True)
class HeadlineChange:
    """An indicator whose value or percentage is not what the report gave."""

    code: str
    then: HeadlineFigure | None  # None: the report had no such indicator
    now: HeadlineFigure | None  # None: today's figures have none

    @property
    def value_delta(self) -> float | None:
        if self.then is None or self.now is None:
            return None
        if self.then.value is None or self.now.value is None:
            return None
        return self.now.value - self.then.value


def compare_headlines(then: Headline, now: Headline) -> list[HeadlineChange]:
    """The indicators that differ between a report's headline and today's, in K1..K16 order
    (unknown codes after). Values are compared to two decimals."""
    changes = []
    for code in sorted(set(then) | set(now), key=_code_order):
        before, after = then.get(code), now.get(code)
        if before is None or after is None or not _same(before, after):
            changes.append(HeadlineChange(code, before, after))
    return changes


def _same(a: HeadlineFigure, b: HeadlineFigure) -> bool:
    return _close(a.value, b.value) and _close(a.percent, b.percent)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return round(a, 2) == round(b, 2)


def _code_order(code: str) -> tuple[int, str]:
    found = re.fullmatch(r"K(\d+)", code)
    return (int(found.group(1)), code) if found else (10_000, code)


# ------------------------------------------------------------------ file names in an export

_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]+')
_WINDOWS_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"COM{i}" for i in range(1, 10)}
    | {f"LPT{i}" for i in range(1, 10)}
)
SAFE_NAME_MAX = 100


def safe_file_name(name: str, fallback: str = "berkas") -> str:
    """`name` as a file name every system accepts: folder separators and the characters
    Windows refuses made "_", no reserved device names, no leading or trailing dots and
    spaces, at most SAFE_NAME_MAX characters with its extension kept."""
    text = _UNSAFE.sub("_", unicodedata.normalize("NFC", name)).strip(" .")
    stem, dot, extension = text.rpartition(".")
    if not dot or not stem:
        stem, extension = text, ""
    extension = extension[:10]
    room = SAFE_NAME_MAX - (len(extension) + 1 if extension else 0)
    stem = stem[:room].strip(" .") or fallback
    if stem.upper().split(".")[0] in _WINDOWS_RESERVED:
        stem = f"_{stem}"
    return f"{stem}.{extension}" if extension else stem


def unique_name(name: str, taken: set[str]) -> str:
    """`name`, or "stem (2).ext", "stem (3).ext"... when a name already taken (case-blind, as
    Windows sees it) has it; the chosen name is added to `taken`."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        stem, extension = name, ""
    candidate, number = name, 1
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{stem} ({number})" + (f".{extension}" if extension else "")
    taken.add(candidate.casefold())
    return candidate
