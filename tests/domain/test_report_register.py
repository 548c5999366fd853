"""The headline a report kept, compared with today's; the file names an export zip uses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.report_register import (
    HeadlineChange,
    HeadlineFigure,
    compare_headlines,
    headline_from_json,
    headline_to_json,
    safe_file_name,
    unique_name,
)


def test_only_the_indicators_that_moved_are_listed_in_k_order() -> None:
    then = {
        "K1": HeadlineFigure(215),
        "K2": HeadlineFigure(88, 40.93),
        "K10": HeadlineFigure(3.5, 60.0),
        "K3": HeadlineFigure(75, 34.88),
    }
    now = {
        "K1": HeadlineFigure(215),
        "K2": HeadlineFigure(88, 40.931),  # the same to two decimals
        "K3": HeadlineFigure(80, 37.21),
        "K10": HeadlineFigure(3.6, 60.0),
        "K16": HeadlineFigure(215),  # not in the report
    }
    changes = compare_headlines(then, now)
    assert changes == [
        HeadlineChange("K3", HeadlineFigure(75, 34.88), HeadlineFigure(80, 37.21)),
        HeadlineChange("K10", HeadlineFigure(3.5, 60.0), HeadlineFigure(3.6, 60.0)),
        HeadlineChange("K16", None, HeadlineFigure(215)),
    ]
    assert changes[0].value_delta == 5
    assert changes[2].value_delta is None


def test_a_percentage_that_appears_or_goes_is_a_change() -> None:
    then = {"K8": HeadlineFigure(0, None)}
    now = {"K8": HeadlineFigure(0, 0.0)}
    assert [c.code for c in compare_headlines(then, now)] == ["K8"]


figures = st.builds(
    HeadlineFigure,
    st.one_of(st.none(), st.integers(0, 10**6), st.floats(0, 100, allow_nan=False)),
    st.one_of(st.none(), st.floats(0, 100, allow_nan=False)),
)


@given(st.dictionaries(st.sampled_from([f"K{i}" for i in range(1, 17)]), figures))
def test_a_headline_survives_its_json_and_equals_itself(
    headline: dict[str, HeadlineFigure],
) -> None:
    assert headline_from_json(headline_to_json(headline)) == headline
    assert compare_headlines(headline, headline_from_json(headline_to_json(headline))) == []


def test_stored_json_that_is_not_a_headline_gives_what_it_can() -> None:
    assert headline_from_json(["K1"]) == {}
    assert headline_from_json({"K1": {"value": "banyak"}, "K2": 5}) == {
        "K1": HeadlineFigure(None, None)
    }


def test_file_names_are_safe_on_every_system() -> None:
    assert safe_file_name("SK Tim: Pengaduan/2026.pdf") == "SK Tim_ Pengaduan_2026.pdf"
    assert safe_file_name("..\\..\\rahasia.pdf") == "_.._rahasia.pdf"
    assert safe_file_name("CON.pdf") == "_CON.pdf"
    assert safe_file_name("   ...") == "berkas"
    assert safe_file_name("laporan?*.xlsx") == "laporan_.xlsx"
    long = safe_file_name("a" * 300 + ".pdf")
    assert len(long) == 100 and long.endswith(".pdf")


def test_names_taken_in_a_folder_get_a_number() -> None:
    taken: set[str] = set()
    assert unique_name("Foto.png", taken) == "Foto.png"
    assert unique_name("foto.PNG", taken) == "foto (2).PNG"  # Windows sees the same name
    assert unique_name("Foto.png", taken) == "Foto (3).png"
    assert unique_name("README", taken) == "README"


def test_the_headline_of_a_set_of_figures() -> None:
    import datetime as dt

    from desktop.domain.complaint import Channel
    from desktop.domain.report_figures import (
        BacklogBucket,
        Count,
        Duration,
        DurationStep,
        ReportFigures,
        ReportPeriod,
        Satisfaction,
        Share,
        StaffActivity,
        StatusGroup,
    )
    from desktop.domain.report_register import headline_of

    def count(*ids: int) -> Count:
        return Count(frozenset(ids))

    cohort = count(1, 2, 3, 4)
    none = Share(count(), count())
    figures = ReportFigures(
        period=ReportPeriod.month(2026, 5),
        cut_off=dt.datetime(2026, 6, 1, tzinfo=dt.UTC),
        office_name="Kecamatan Cibinong",
        received=cohort,
        followed_up=Share(count(1, 2, 3), cohort),
        completed=Share(count(1), cohort),
        in_process=Share(count(2, 3), cohort),
        backlog={BacklogBucket.UP_TO_3: count(4), BacklogBucket.OVER_60: count(9)},
        verified_on_time=Share(count(1, 2), count(1, 2, 3)),
        first_follow_up_on_time=none,
        completed_on_time=Share(count(1), count(1)),
        completed_on_time_by_classification={},
        durations={DurationStep.COMPLETE: Duration(DurationStep.COMPLETE, count(1), 4.5, 4.5)},
        satisfaction=Satisfaction(
            count(1), 4.0, Share(count(1), count(1)), Share(count(1), count(1))
        ),
        status_groups={StatusGroup.TERDISPOSISI_SELESAI: count(1), StatusGroup.TERTUNDA: count(4)},
        archived=none,
        archived_by_reason={},
        forwarded=Share(count(), cohort),
        reached_lapor=none,
        median_hours_to_lapor=None,
        staff_activity=StaffActivity(frozenset({"a"}), frozenset({"a", "b", "c"})),
        channel_mix={Channel.WALK_IN: count(1, 2), Channel.PHONE: count(3, 4)},
        matrix={},
        breakdowns={},
        status_over_time=(),
        reopened=count(),
    )
    headline = headline_of(figures)
    assert list(headline) == [f"K{i}" for i in range(1, 17)]
    assert headline["K1"] == HeadlineFigure(4)
    assert headline["K2"] == HeadlineFigure(3, 75.0)
    assert headline["K5"] == HeadlineFigure(2)
    assert headline["K6"] == HeadlineFigure(2, 66.67)
    assert headline["K7"] == HeadlineFigure(0, None)
    assert headline["K9"] == HeadlineFigure(4.5)
    assert headline["K10"] == HeadlineFigure(4.0, 100.0)
    assert headline["K13"] == HeadlineFigure(0, 0.0)
    assert headline["K15"] == HeadlineFigure(1, 33.33)
    assert headline["K16"] == HeadlineFigure(4)
