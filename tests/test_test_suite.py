"""The suite's own rules (CONVENTIONS.md, Tests): helpers are shared through tests/helpers/,
never by one test module importing another, and `gui` follows from the fixtures a test uses,
so `-m "not gui"` leaves out exactly the tests that need Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers import ROOT


def is_test_module(module: str) -> bool:
    last = module.rsplit(".", 1)[-1]
    return last.startswith("test_") or last == "conftest"


def imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_no_test_module_or_conftest_is_imported_by_another_file() -> None:
    offenders = {
        f"{path.relative_to(ROOT)} imports {module}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        for module in imported_modules(path)
        if module.startswith("tests.") and is_test_module(module)
    }
    assert not offenders, sorted(offenders)


@pytest.fixture
def application_name(qapp: QApplication) -> str:
    """A fixture that needs Qt only through another fixture."""
    return qapp.applicationName()


def test_a_test_using_qtbot_is_marked_gui(qtbot: QtBot, request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is not None


def test_a_test_using_qt_through_a_fixture_is_marked_gui(
    application_name: str, request: pytest.FixtureRequest
) -> None:
    assert request.node.get_closest_marker("gui") is not None


def test_a_test_without_qt_is_not_marked_gui(request: pytest.FixtureRequest) -> None:
    assert request.node.get_closest_marker("gui") is None
