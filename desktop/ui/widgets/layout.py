"""The desk's two-column page: the report on the left, the complainant and files on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def report_and_person_columns(report: QWidget, person: QWidget, files: QWidget) -> QHBoxLayout:
    """Report 3/5 of the width; complainant above attachments (which take the spare height)."""
    right = QVBoxLayout()
    right.addWidget(person)
    right.addWidget(files, 1)
    columns = QHBoxLayout()
    columns.addWidget(report, 3)
    columns.addLayout(right, 2)
    return columns
