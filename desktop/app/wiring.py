"""What the composition root builds for each desk that opens, and hands to the interface.

The interface never builds a peer's object itself: the main window asks this factory once per
opened desk (again after a restore, which opens another) and hands the result to the features
that need it (status area, panel, mapping, settings, diagnostics).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.desk import Desk
    from desktop.ui.reports import ComputeFigures
    from sync.desk import NationalSync
    from sync.office.desk import OfficeSync


def national_sync_for(desk: Desk) -> NationalSync:
    """The desk's national sync (with SP4N-LAPOR!). It holds no state of its own beyond the desk,
    so the GUI thread, the database worker and the round's worker may share it."""
    from sync.desk import NationalSync  # the database layer: loaded once a desk is open

    return NationalSync(desk)


def report_figures_for(desk: Desk) -> ComputeFigures | None:
    """The report service's computation of a period's figures, for the "Laporan" tab (which
    runs it on a worker thread)."""
    return desk.reports.compute


def office_sync_for(desk: Desk) -> OfficeSync:
    """The desk's side of office mode (status, exchange, joining). Like the national sync it
    holds nothing beyond the desk, so any thread may use it."""
    from sync.office.desk import OfficeSync  # the HTTP client: loaded once a desk is open

    return OfficeSync(desk)
