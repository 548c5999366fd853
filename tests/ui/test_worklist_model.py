"""The worklist model over a real database, checked by Qt's model tester."""

from __future__ import annotations

import datetime as dt

from pytestqt.modeltest import ModelTester

from desktop.services.desk import Desk
from desktop.services.seed import seed_complaints
from desktop.ui.worklist.model import PAGE_SIZE, WorklistModel


def test_the_model_is_a_correct_qt_model_and_loads_pages_lazily(
    qtmodeltester: ModelTester, desk: Desk
) -> None:
    now = dt.datetime(2026, 11, 28, 9, 0, tzinfo=dt.UTC)
    seed_complaints(desk.database, desk.settings, 3 * PAGE_SIZE + 7, now=now, rng_seed=3)
    fetched: list[int] = []

    def fetch(ids):  # type: ignore[no-untyped-def]
        fetched.append(len(ids))
        return desk.worklist.summaries(ids)

    model = WorklistModel(fetch)
    model.set_ids(desk.worklist.ids())
    assert model.rowCount() == 3 * PAGE_SIZE + 7
    assert fetched == []  # nothing is read until a row is shown
    first = model.index(0, 1).data()
    assert fetched == [PAGE_SIZE]
    assert model.index(PAGE_SIZE - 1, 0).data()  # same page: no new query
    assert fetched == [PAGE_SIZE]
    assert model.index(model.rowCount() - 1, 0).data()
    assert fetched == [PAGE_SIZE, 7]
    # Newest first, by the time received.
    received = [
        desk.worklist.summaries([model.id_at(r)])[model.id_at(r)].received_at for r in (0, 1, 2)
    ]
    assert received == sorted(received, reverse=True)
    assert first
    qtmodeltester.check(model)
