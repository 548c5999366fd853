"""How the worklist's columns share a narrow screen.

At 1366 pixels, with the views list beside it, the table has about 1,120 pixels: not enough for
every column's typical text in full once a desk of an office adds "Dicatat oleh" and longer
numbers. Giving every column its full width left the title, the one text an officer reads to
know a complaint, squeezed to 60-90 pixels. So the columns come in two kinds:

- columns that must read in full (number, received, status, deadline): their words decide
  what is found and what is late;
- compact columns (type, category, complainant, recorded by): they give up room, the widest
  first (a long category name before a short complainant's name), down to a floor (their
  header, and a little over half their typical text); a cut text ends in "…" and its tooltip
  has it whole.

The title keeps a minimum (a typical short title in full) and takes whatever is left over.
The widths are worked out again whenever the table's width changes or a column is shown or
hidden; an officer may still drag a column wider until the window is resized.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

# A compact column keeps at least this share of its typical text's width.
COMPACT_FLOOR_SHARE = 0.55


@dataclass(frozen=True)
class ColumnRoom:
    """What a column wants: `ideal` shows its typical texts in full; a compact column may be
    narrowed down to `floor` (for the others floor == ideal)."""

    index: int
    ideal: int
    floor: int


def shared_widths(columns: Sequence[ColumnRoom], room: int) -> dict[int, int]:
    """Widths for `columns` within `room` pixels: each at its ideal if they all fit; otherwise
    the widest compact columns give up room first (all are cut to one width, as wide as fits),
    none below its floor (below the floors, the table scrolls sideways)."""
    if room >= sum(c.ideal for c in columns):
        return {c.index: c.ideal for c in columns}

    def widths(cap: int) -> dict[int, int]:
        return {c.index: max(c.floor, min(c.ideal, cap)) for c in columns}

    low, high = 0, max((c.ideal for c in columns), default=0)
    while low < high:  # the widest cut that fits
        cap = (low + high + 1) // 2
        if sum(widths(cap).values()) <= room:
            low = cap
        else:
            high = cap - 1
    return widths(low)


class ColumnFit(QObject):
    """Keeps `table`'s columns fitted to its width (see the module's docstring).

    `samples()` gives, per column, the texts it shows in full at its ideal width (for the
    title: at its minimum); `compact` the columns that may be narrowed; `title` the stretching
    column; `bold` the columns whose texts may be set in bold (the words of a late step).
    """

    def __init__(
        self,
        table: QTableView,
        title: int,
        compact: frozenset[int],
        samples: Callable[[], dict[int, list[str]]],
        bold: frozenset[int] = frozenset(),
    ) -> None:
        super().__init__(table)
        self._table = table
        self._title = title
        self._compact = compact
        self._samples = samples
        self._bold = bold
        header = table.horizontalHeader()
        header.setSectionResizeMode(title, QHeaderView.ResizeMode.Stretch)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)

    def _margin(self) -> int:
        """The item view's text margins (both sides), and a little air before the next
        column."""
        style = self._table.style()
        return 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 4

    def title_minimum(self) -> int:
        metrics = self._table.fontMetrics()
        texts = self._samples().get(self._title, [])
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        hint = self._table.horizontalHeader().sectionSizeHint(self._title)
        return max(hint, widest + self._margin())

    def rooms(self) -> list[ColumnRoom]:
        """Each shown column's room but the title's, from this screen's fonts and this
        language's words (fixed pixel widths cut words short with a larger system font)."""
        table = self._table
        header = table.horizontalHeader()
        bold_font = table.font()
        bold_font.setBold(True)
        bold_metrics = QFontMetrics(bold_font)
        margin = self._margin()
        rooms = []
        for column, texts in self._samples().items():
            if table.isColumnHidden(column) or column == self._title:
                continue
            metrics = bold_metrics if column in self._bold else table.fontMetrics()
            # The header's hint has room for the sort indicator too.
            ideal = max(
                header.sectionSizeHint(column),
                max(metrics.horizontalAdvance(text) for text in texts) + margin,
            )
            if column not in self._compact:
                rooms.append(ColumnRoom(column, ideal, ideal))
                continue
            # Narrowed, a column still shows its header's words (the sort indicator, drawn on
            # one column at a time, may cut them then).
            words = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            least = header.fontMetrics().horizontalAdvance(words) + margin
            rooms.append(ColumnRoom(column, ideal, max(least, int(ideal * COMPACT_FLOOR_SHARE))))
        return rooms

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        room = self._table.viewport().width() - self.title_minimum()
        for column, width in shared_widths(self.rooms(), room).items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
