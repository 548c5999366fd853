"""The "Laporan" tab: a period's figures K1-K16, their definitions and charts.

Only what the main window needs before the tab is first shown lives here: the tab's modules
load QtCharts, which the first window must not wait for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from desktop.domain.access import Permission
from desktop.domain.report_figures import ReportFigures, ReportPeriod

# The report service's computation: the figures of a period as they stand at a cut-off moment
# (aware). The window's wiring hands it over; the tab runs it on a worker thread.
ComputeFigures = Callable[[ReportPeriod, dt.datetime], ReportFigures]

# Who sees the tab: those who verify and follow complaints up, and administrators (the roles a
# head of unit and the unit's coordinator have); front-desk officers do not.
REPORTS_PERMISSION = Permission.VIEW_REPORTS
