"""Finding complaints in the worklist from the interface: standard views with counts, search
words, filters, sorting by a column header, and overdue rows marked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.domain.complaint import Status
from desktop.domain.worklist_query import STANDARD_VIEWS, SortKey, StandardView, WorklistQuery
from desktop.services.desk import Desk
from desktop.services.seed import seed_complaints
from desktop.ui.worklist.filter_bar import index_of
from desktop.ui.worklist.model import OVERDUE_BACKGROUND
from desktop.ui.worklist.panel import WorklistPanel


def loaded_panel(qtbot: QtBot, panel: WorklistPanel, desk: Desk) -> WorklistPanel:
    seed_complaints(desk.database, desk.settings, 600, now=dt.datetime.now(dt.UTC), rng_seed=5)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.set_desk(desk)
    return panel


def shown_ids(panel: WorklistPanel) -> list[int]:
    return [panel.model.id_at(row) for row in range(panel.model.rowCount())]


def column(panel: WorklistPanel, name: str) -> int:
    return panel.model.COLUMNS.index(name)


def test_the_overdue_view_lists_only_late_complaints_marked_as_such(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    loaded_panel(qtbot, panel, gui_desk)
    overdue = gui_desk.worklist.count(STANDARD_VIEWS[StandardView.OVERDUE])
    assert overdue > 0
    qtbot.waitUntil(lambda: f"({overdue})" in panel.views.item(2).text())
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_view(StandardView.OVERDUE)
    assert panel.model.rowCount() == overdue
    due = column(panel, "due")
    for row in range(min(overdue, 20)):
        assert panel.model.index(row, due).data().startswith("Overdue")
        assert panel.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) == (
            OVERDUE_BACKGROUND
        )
    assert panel.count_label.text().startswith(f"{overdue} ")


def test_typing_search_words_and_choosing_a_status_narrow_the_list(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    loaded_panel(qtbot, panel, gui_desk)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClicks(panel.filters.search, "puskes")
    expected = gui_desk.worklist.ids(WorklistQuery(text="puskes"))
    assert 0 < len(expected) < 600
    assert shown_ids(panel) == expected
    closed = index_of(panel.filters.status, frozenset({Status.SELESAI}))
    assert closed > 0
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.filters.status.setCurrentIndex(closed)
        panel.filters.status.activated.emit(closed)
    query = WorklistQuery(text="puskes", statuses=frozenset({Status.SELESAI}))
    assert shown_ids(panel) == gui_desk.worklist.ids(query)
    assert panel.views.currentItem() is None  # no standard view matches these filters
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.filters.clear_button.click()
    assert panel.model.rowCount() == 600
    assert panel.views.currentRow() == 0  # back on "all complaints"


def test_clicking_a_column_header_sorts_all_rows_in_the_database(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk
) -> None:
    loaded_panel(qtbot, panel, gui_desk)
    header = panel.table.horizontalHeader()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        header.setSortIndicator(column(panel, "title"), Qt.SortOrder.AscendingOrder)
    shown = panel.model.index  # the cells as the officer reads them
    titles = [shown(row, column(panel, "title")).data() for row in range(panel.model.rowCount())]
    rows = gui_desk.worklist.summaries(shown_ids(panel))
    # Confidential titles sort as empty (first), whoever looks: their place tells nothing.
    pairs = zip(shown_ids(panel), titles, strict=True)
    keys = ["" if rows[i].is_secret else t.casefold() for i, t in pairs]
    assert keys == sorted(keys)
    assert panel.filters.query().sort is SortKey.TITLE
    assert shown_ids(panel) == gui_desk.worklist.ids(
        WorklistQuery(sort=SortKey.TITLE, descending=False)
    )


def test_the_current_filters_are_saved_as_a_view_with_its_count(
    qtbot: QtBot, panel: WorklistPanel, gui_desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded_panel(qtbot, panel, gui_desk)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.keyClicks(panel.filters.search, "sampah")
    # The name is typed into Qt's own input dialog: answered here as the officer would.
    monkeypatch.setattr(
        "desktop.ui.worklist.views_pane.QInputDialog.getText",
        lambda *args, **kwargs: ("Sampah", True),
    )
    panel.views_pane.save_view_button.click()
    expected = gui_desk.worklist.count(WorklistQuery(text="sampah"))
    qtbot.waitUntil(lambda: panel.views.current_saved() is not None, timeout=10_000)
    assert panel.views.currentItem().text() == f"Sampah ({expected})"
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.show_view(StandardView.ALL)
    assert panel.model.rowCount() == 600
    saved_row = next(
        row
        for row in range(panel.views.count())
        if panel.views.item(row).text().startswith("Sampah")
    )
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        qtbot.mouseClick(
            panel.views.viewport(),
            Qt.MouseButton.LeftButton,
            pos=panel.views.visualItemRect(panel.views.item(saved_row)).center(),
        )
    assert panel.model.rowCount() == expected
    assert panel.filters.search.text() == "sampah"
