"""A field's message takes the lines it needs: all of a long one, and no blank ones."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.widgets.field import FieldWithMessage, add_form_row

LONG = (
    "Nomor telepon tidak valid. Contoh: 0812 3456 7890 atau +62 21 1234567, "
    "atau nomor WhatsApp yang aktif dengan kode negara."
)


def form_of_three(qtbot: QtBot, width: int) -> tuple[QWidget, list[FieldWithMessage]]:
    page = QWidget()
    qtbot.addWidget(page)
    form = QFormLayout(page)
    fields = [FieldWithMessage(QLineEdit()) for _ in range(3)]
    for number, field in enumerate(fields):
        add_form_row(form, f"Isian {number}", field)
    page.resize(width, 400)
    page.show()
    qtbot.waitExposed(page)
    return page, fields


def test_a_short_message_is_one_line_tall_on_a_wide_form(qtbot: QtBot) -> None:
    _page, fields = form_of_three(qtbot, 560)
    fields[1].show_message("Gunakan paling sedikit 10 karakter.")
    message = fields[1].message
    line = message.fontMetrics().height()
    qtbot.waitUntil(lambda: message.isVisible() and message.width() > 300)
    qtbot.waitUntil(lambda: message.height() < 2 * line)


def test_a_long_message_on_a_narrow_form_shows_every_line(qtbot: QtBot) -> None:
    _page, fields = form_of_three(qtbot, 300)
    fields[0].show_message(LONG)
    message = fields[0].message
    line = message.fontMetrics().height()
    qtbot.waitUntil(lambda: message.height() >= 3 * line)
    below = fields[1].geometry().top()
    assert fields[0].mapToParent(message.geometry().bottomLeft()).y() <= below
