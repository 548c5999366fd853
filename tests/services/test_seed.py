"""Synthetic complaints look like a desk's real work and respect every rule."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import select

from desktop.domain.complaint import Channel, ComplaintDraft, ComplaintType, Reporter
from desktop.domain.identity import check_nik
from desktop.domain.validation import validate_draft
from desktop.services.desk import Desk
from desktop.services.seed import seed_complaints
from desktop.store.schema import Complaint, Region


def test_seeded_complaints_are_realistic_and_valid(desk: Desk) -> None:
    now = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
    assert seed_complaints(desk.database, desk.settings, 3000, now=now, rng_seed=7) == 3000

    with desk.database.reading() as session:
        rows = session.scalars(select(Complaint)).all()
        region_codes = set(session.scalars(select(Region.code)))
        session.expunge_all()  # keep the loaded rows readable after the transaction
    assert len(rows) == 3000
    assert {r.type for r in rows} == {t.value for t in ComplaintType}
    assert {r.channel for r in rows} == {c.value for c in Channel}
    categories = Counter(r.category_id for r in rows)
    assert len(categories) == len([c for c in desk.reference.categories() if c.active])
    assert len({r.local_number for r in rows}) == 3000
    assert len({r.uuid for r in rows}) == 3000
    assert all(r.region_code in region_codes for r in rows)
    assert all(now - dt.timedelta(days=731) <= r.received_at <= now for r in rows)
    assert min(r.received_at for r in rows) < now - dt.timedelta(days=600)  # spread over 2 years

    anonymous = [r for r in rows if r.is_anonymous]
    assert 0 < len(anonymous) < 600 and all(r.reporter_name == "" for r in anonymous)
    niks = [r.reporter_nik for r in rows if r.reporter_nik]
    assert niks and all(check_nik(n) is None for n in niks)

    # Each seeded complaint would pass the intake form's own rules.
    sample = rows[:200]
    for r in sample:
        draft = ComplaintDraft(
            channel=Channel(r.channel),
            type=ComplaintType(r.type),
            category_id=r.category_id,
            title=r.title,
            description=r.description,
            incident_date=r.incident_date,
            region_code=r.region_code or "",
            reporter=Reporter(
                r.reporter_name,
                r.reporter_nik,
                r.reporter_phone,
                r.reporter_email,
                r.reporter_address,
            ),
            is_anonymous=r.is_anonymous,
            privacy_acknowledged=r.privacy_acknowledged,
        )
        check = validate_draft(draft, now.date())
        assert check.ok, (r.local_number, check.problems)


def test_seeding_continues_the_numbering(desk: Desk) -> None:
    now = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
    seed_complaints(desk.database, desk.settings, 10, now=now, rng_seed=1)
    seed_complaints(desk.database, desk.settings, 10, now=now, rng_seed=2)
    assert desk.worklist.count() == 20
    ids = desk.worklist.ids()
    numbers = {s.local_number for s in desk.worklist.summaries(ids).values()}
    assert len(numbers) == 20
