"""The cycle collector paused around a report: it runs again once the last computation that
paused it has ended, and stays off if it was off before."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from desktop.services.collector import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_resumes_when_the_last_pause_ends() -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # a second report at the same time
            assert not gc.isenabled()
        assert not gc.isenabled()  # the first one is still building
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_the_collector_resumes_after_a_failed_computation() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector_on")
def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()
