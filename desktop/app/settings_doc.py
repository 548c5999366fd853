"""docs/settings.md, written from the settings' declaration (desktop.domain.desk_settings).

    python -m desktop.app.settings_doc      # rewrite docs/settings.md

tests/test_settings_doc.py fails when the page and the declaration differ.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.domain.desk_settings import DESK_SETTINGS, DeskSetting, Kind, Rule

DOC_PATH = Path(__file__).resolve().parents[2] / "docs" / "settings.md"

_HEADER = """\
# Desk settings

Every setting of a desk, as the settings dialog (Pengaturan kantor) shows it and as a
provisioning file sets it (`installer/desk.example.toml`). A key left out of the file keeps
the desk's current value; only `office.code` and `office.name` are required.

This page is generated from `desktop/domain/desk_settings.py`: after changing a setting there,
run `python -m desktop.app.settings_doc`.

| Setting | File key | Type | Allowed | Default | Stored as | What it does |
|---|---|---|---|---|---|---|
"""

_RULE_WORDS = {
    Rule.OFFICE_CODE: "2 to 12 capital letters or digits",
    Rule.PHONE: "a phone number",
    Rule.EMAIL: "an e-mail address",
    Rule.WEBSITE: "a website address",
}


def render() -> str:
    rows = [_row(setting) for setting in DESK_SETTINGS]
    return _HEADER + "\n".join(rows) + "\n"


def _row(setting: DeskSetting[Any]) -> str:
    cells = [
        setting.label.replace("&", ""),
        f"`[{setting.section}] {setting.key}`",
        setting.kind.value,
        _allowed(setting),
        _default(setting),
        f"`{setting.storage_key}`",
        setting.help,
    ]
    return "| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |"


def _allowed(setting: DeskSetting[Any]) -> str:
    parts = []
    if setting.kind is Kind.WHOLE_NUMBER:
        parts.append(f"{setting.minimum} to {setting.maximum} {setting.unit}".rstrip())
        if setting.zero_means and setting.minimum == 0:
            parts.append(f"0 = {setting.zero_means}")
    if setting.required:
        parts.append("required")
    if setting.max_length is not None:
        parts.append(f"at most {setting.max_length} characters")
    if setting.rule is not None:
        parts.append(_RULE_WORDS[setting.rule])
    if setting.example:
        parts.append(f"e.g. `{setting.example}`")
    if setting.kind is Kind.DAYS:
        parts.append("dates like `2026-08-17`")
    return "; ".join(parts) or "–"


def _default(setting: DeskSetting[Any]) -> str:
    value = setting.default
    if isinstance(value, bool):
        return "`true`" if value else "`false`"
    if value in ("", ()):
        return "empty"
    return f"`{value}`"


def main() -> None:
    DOC_PATH.write_text(render(), encoding="utf-8", newline="\n")


if __name__ == "__main__":
    main()
