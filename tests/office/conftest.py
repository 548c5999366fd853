"""The office server of these tests, on each engine its register can use: the embedded SQLite
(in its data folder) and PostgreSQL (a throwaway server; skipped when PostgreSQL is not
installed, unless MEJA_ADUAN_REQUIRE_POSTGRES is set)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.services.desk import Desk
from tests.helpers.desks import TemplateDesk
from tests.helpers.office import OfficeServer, copy_template, desk_copies


@pytest.fixture(params=["sqlite", "postgresql"])
def register_url(request: pytest.FixtureRequest) -> str | None:
    """None for the embedded register, else a new PostgreSQL database's URL."""
    if request.param == "sqlite":
        return None
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def server(
    template_desk: TemplateDesk, tmp_path: Path, register_url: str | None
) -> Iterator[OfficeServer]:
    running = OfficeServer(
        copy_template(template_desk, tmp_path / "server"),
        template_desk.recovery_key,
        database_url=register_url,
    )
    running.start()
    yield running
    running.stop()


@pytest.fixture
def new_desk(template_desk: TemplateDesk, tmp_path: Path) -> Iterator[Callable[[str], Desk]]:
    """`make(name)`: a new desk (a copy of the template), closed at the end of the test."""
    yield from desk_copies(template_desk, tmp_path)
