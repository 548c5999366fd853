"""Inputs for declared desk settings (desktop.domain.desk_settings): their ranges, lengths,
hints and tooltips come from the declaration."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desktop.domain.desk_settings import DeskSetting
from desktop.ui.setting_texts import example_hint, help_text, plain_label, unit, zero_means


def text_input(setting: DeskSetting[Any], value: str, parent: QWidget) -> QLineEdit:
    line = QLineEdit(value, parent)
    if setting.max_length is not None:
        line.setMaxLength(setting.max_length)
    line.setPlaceholderText(example_hint(setting))
    _describe(line, setting)
    return line


def number_input(
    setting: DeskSetting[Any],
    value: int,
    parent: QWidget,
    accepted: tuple[int, int] | None = None,
) -> QSpinBox:
    """A spin box over the setting's bounds, or over `accepted` where a box should take more
    than the setting allows (so that a refused number stays in it, with a message beside)."""
    spin = QSpinBox(parent)
    low = setting.minimum if setting.minimum is not None else 0
    high = setting.maximum if setting.maximum is not None else 2**31 - 1
    spin.setRange(*(accepted or (low, high)))
    if setting.unit:
        spin.setSuffix(f" {unit(setting)}")
    if setting.zero_means and spin.minimum() == 0:
        spin.setSpecialValueText(zero_means(setting))
    spin.setValue(value)
    _describe(spin, setting)
    return spin


def _describe(widget: QWidget, setting: DeskSetting[Any]) -> None:
    widget.setToolTip(help_text(setting))
    widget.setAccessibleName(plain_label(setting))
