"""A count made from the report engine's id lists (`Count.of_runs`) is the same count as one
made from a set: the same number at once, the same complaints when they are asked for."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.report_figures import Count, Share


@given(st.lists(st.sets(st.integers(1, 3_000), max_size=40), max_size=6))
def test_a_count_of_runs_equals_the_count_of_their_ids(parts: list[set[int]]) -> None:
    seen: set[int] = set()
    runs = []  # disjoint lists, each two ascending runs (as two roads give them)
    for part in parts:
        fresh = sorted(part - seen)
        seen |= part
        runs.append(fresh[1::2] + fresh[::2])
    count = Count.of_runs(runs)
    assert count.value == len(seen)  # before any id is asked for
    assert count == Count(seen)
    assert list(count.sorted_ids()) == sorted(seen)
    assert count.complaint_ids == frozenset(seen)
    assert hash(count) == hash(Count(seen))
    assert pickle.loads(pickle.dumps(count)) == count


def test_a_share_of_runs_gives_its_percentage_without_sorting_ids() -> None:
    share = Share(Count.of_runs([[5, 9], [2]]), Count.of_runs([[1, 5, 9, 12], [2, 7]]))
    assert share.percent == 50.0
    assert Count.of_runs([]) == Count() and Count.of_runs([]).value == 0
