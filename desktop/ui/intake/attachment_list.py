"""The files attached to the complaint being typed: added by file picker, or dropped anywhere
on the intake form (which hands them to `add_files`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.attachments import MAX_ATTACHMENTS_PER_COMPLAINT
from desktop.domain.problems import Field, FieldProblem, Problem
from desktop.services.values import AttachmentCheck
from desktop.ui.texts import format_size, problem_message
from desktop.ui.widgets.field import FieldWithMessage

CheckFile = Callable[[Path], AttachmentCheck]


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class AttachmentList(QWidget):
    """Files checked on arrival (size and content); refused ones are named in the message line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check: CheckFile | None = None
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attached files"))
        self.list.setMinimumHeight(70)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_button = QPushButton(self.tr("&Attach file…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setEnabled(False)
        self.field = FieldWithMessage(self.list, self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.remove_button.setEnabled(bool(self.list.selectedItems()))
        )
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)

    def set_checker(self, check: CheckFile) -> None:
        self._check = check

    def paths(self) -> list[Path]:
        return [
            Path(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())
        ]

    def clear(self) -> None:
        self.list.clear()
        self.field.clear_message()

    def choose_files(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            start,
            self.tr(
                "Scans, photos and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff "
                "*.heic *.webp *.bmp *.gif *.doc *.docx *.xls *.xlsx *.odt *.ods *.rtf);;"
                "All files (*)"
            ),
        )
        self.add_files(Path(n) for n in names)

    def add_files(self, paths: Iterable[Path]) -> None:
        """Check each file; keep the accepted ones and say why the others were refused."""
        refused: list[str] = []
        known = set(self.paths())
        for path in paths:
            if path in known:
                continue
            if self.list.count() >= MAX_ATTACHMENTS_PER_COMPLAINT:
                limit = FieldProblem(
                    Field.ATTACHMENTS, Problem.TOO_MANY_FILES, MAX_ATTACHMENTS_PER_COMPLAINT
                )
                refused.append(f"{path.name}: {problem_message(limit)}")
                continue
            check = self._check(path) if self._check else None
            if check is not None and not check.ok:
                assert check.problem is not None
                problem = FieldProblem(Field.ATTACHMENTS, check.problem, check.limit_mb)
                refused.append(f"{path.name}: {problem_message(problem)}")
                continue
            size = format_size(check.size) if check else ""
            item = QListWidgetItem(f"{path.name}    {size}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.list.addItem(item)
            known.add(path)
        self.field.show_message("\n".join(refused))

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.field.clear_message()
