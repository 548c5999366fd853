"""The rules a complaint must meet before it is recorded.

`validate_draft` returns the draft in normal form (trimmed text, compact NIK, E.164 phone) and
every problem found, so the form can show all of them at once beside their fields.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from desktop.domain.complaint import (
    CHANNELS_WITH_COMPLAINANT_PRESENT,
    ComplaintDraft,
    ComplaintType,
    Reporter,
)
from desktop.domain.identity import (
    check_email,
    check_nik,
    compact_nik,
    looks_like_a_number,
    normalise_phone,
)
from desktop.domain.limits import (
    ADDRESS_MAX,
    DESCRIPTION_MAX,
    DESCRIPTION_MIN,
    NAME_MAX,
    NAME_MIN,
    TITLE_MAX,
    TITLE_MIN,
)
from desktop.domain.problems import Field, FieldProblem, Problem
from desktop.domain.regions import RegionLevel, region_level


@dataclass(frozen=True)
class DraftCheck:
    draft: ComplaintDraft  # in normal form
    problems: tuple[FieldProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _clean(text: str) -> str:
    return text.strip()


def _length(field: Field, text: str, minimum: int, maximum: int) -> FieldProblem | None:
    if not text:
        return FieldProblem(field, Problem.REQUIRED)
    if len(text) < minimum:
        return FieldProblem(field, Problem.TOO_SHORT, minimum)
    if len(text) > maximum:
        return FieldProblem(field, Problem.TOO_LONG, maximum)
    return None


def _optional_max(field: Field, text: str, maximum: int) -> FieldProblem | None:
    return FieldProblem(field, Problem.TOO_LONG, maximum) if len(text) > maximum else None


def _name_problem(name: str) -> FieldProblem | None:
    if looks_like_a_number(name):
        return FieldProblem(Field.REPORTER_NAME, Problem.NAME_NOT_A_NAME)
    return _length(Field.REPORTER_NAME, name, NAME_MIN, NAME_MAX)


def _normalise(draft: ComplaintDraft) -> ComplaintDraft:
    r = draft.reporter
    phone = _clean(r.phone)
    reporter = Reporter(
        name=" ".join(r.name.split()),
        nik=compact_nik(r.nik) if r.nik.strip() else "",
        phone=normalise_phone(phone) or phone,
        email=_clean(r.email),
        address=_clean(r.address),
    )
    return replace(
        draft,
        title=" ".join(draft.title.split()),
        description=_clean(draft.description),
        region_code=_clean(draft.region_code),
        incident_address=_clean(draft.incident_address),
        supervisory=draft.supervisory and draft.type is ComplaintType.PENGADUAN,
        reporter=reporter,
    )


def _check_report(d: ComplaintDraft, today: dt.date) -> list[FieldProblem | None]:
    found: list[FieldProblem | None] = [
        _length(Field.TITLE, d.title, TITLE_MIN, TITLE_MAX),
        _length(Field.DESCRIPTION, d.description, DESCRIPTION_MIN[d.type], DESCRIPTION_MAX),
        None if d.category_id is not None else FieldProblem(Field.CATEGORY, Problem.REQUIRED),
        _optional_max(Field.INCIDENT_ADDRESS, d.incident_address, ADDRESS_MAX),
    ]
    if d.incident_date is None:
        if d.type is ComplaintType.PENGADUAN:
            found.append(FieldProblem(Field.INCIDENT_DATE, Problem.REQUIRED))
    elif d.incident_date > today:
        found.append(FieldProblem(Field.INCIDENT_DATE, Problem.DATE_IN_FUTURE))
    if d.type is ComplaintType.PENGADUAN:
        # A complaint is about a place: the unit to act is chosen by regency at least.
        if not d.region_code:
            found.append(FieldProblem(Field.REGION, Problem.REQUIRED))
        elif region_level(d.region_code) is RegionLevel.PROVINSI:
            found.append(FieldProblem(Field.REGION, Problem.REGION_TOO_COARSE))
    if d.region_code and region_level(d.region_code) is None:
        found.append(FieldProblem(Field.REGION, Problem.REGION_UNKNOWN))
    return found


def _check_reporter(d: ComplaintDraft, raw_phone: str) -> list[FieldProblem | None]:
    r = d.reporter
    found: list[FieldProblem | None] = []
    if r.name or not d.is_anonymous:
        found.append(_name_problem(r.name))
    if r.nik:
        problem = check_nik(r.nik)
        found.append(FieldProblem(Field.REPORTER_NIK, problem) if problem else None)
    if raw_phone.strip() and normalise_phone(raw_phone) is None:
        found.append(FieldProblem(Field.REPORTER_PHONE, Problem.PHONE_INVALID))
    if r.email:
        problem = check_email(r.email)
        found.append(FieldProblem(Field.REPORTER_EMAIL, problem) if problem else None)
    found.append(_optional_max(Field.REPORTER_ADDRESS, r.address, ADDRESS_MAX))
    needs_contact = d.type is not ComplaintType.ASPIRASI and not d.is_anonymous
    if needs_contact and not (r.phone or r.email or r.address):
        # The desk must be able to send the answer back.
        found.append(FieldProblem(Field.REPORTER_PHONE, Problem.CONTACT_REQUIRED))
    identity_recorded = r.has_identity()
    if (
        identity_recorded
        and d.channel in CHANNELS_WITH_COMPLAINANT_PRESENT
        and not d.privacy_acknowledged
    ):
        found.append(FieldProblem(Field.PRIVACY, Problem.PRIVACY_NOT_ACKNOWLEDGED))
    return found


def validate_draft(draft: ComplaintDraft, today: dt.date) -> DraftCheck:
    """Check a typed complaint against the rules for its type.

    An anonymous report may omit every identity field, but what is given is still checked:
    an anonymous complainant may leave a phone number for the desk's eyes only.
    """
    cleaned = _normalise(draft)
    found = _check_report(cleaned, today) + _check_reporter(cleaned, draft.reporter.phone)
    return DraftCheck(cleaned, tuple(p for p in found if p is not None))
