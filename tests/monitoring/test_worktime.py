"""Working-time arithmetic against a brute-force oracle that walks minute by minute
(property tests over weekends, holidays, time zones and a zone with DST)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitoring.worktime import WorkCalendar

MINUTE = timedelta(minutes=1)
MOSCOW = WorkCalendar.of(
    "Europe/Moscow", holidays=[date(2026, 1, 1), date(2026, 1, 2), date(2026, 3, 9)]
)
# Berlin changes its clocks (last Sundays of March and October): the oracle reads
# the wall clock of every minute, so any wall-clock arithmetic shows.
BERLIN = WorkCalendar.of("Europe/Berlin", hours=(time(8, 30), time(17, 15)))
SIX_DAYS = WorkCalendar.of("Asia/Vladivostok", weekdays=range(6), hours=(time(0, 0), time(23, 59)))
CALENDARS = st.sampled_from([MOSCOW, BERLIN, SIX_DAYS])


def working_minute(calendar: WorkCalendar, at: datetime) -> bool:
    """Whether the minute starting at ``at`` is working time (the definition)."""
    local = at.astimezone(calendar.tz)
    return (
        calendar.is_working_day(local.date())
        and calendar.day_start <= local.time()
        and local.time() < calendar.day_end
    )


def oracle_between(calendar: WorkCalendar, start: datetime, end: datetime) -> timedelta:
    total, at = timedelta(0), start
    while at < end:
        total += MINUTE if working_minute(calendar, at) else timedelta(0)
        at += MINUTE
    return total


def oracle_add(calendar: WorkCalendar, start: datetime, minutes: int) -> datetime:
    at = start
    while not working_minute(calendar, at):
        at += MINUTE
    while minutes:
        if working_minute(calendar, at):
            minutes -= 1
        at += MINUTE
    return at


# Minute-aligned UTC instants from late 2025 to 2027, covering both DST changes, and
# whole hours (and whole-hour durations), so days' starts and ends are hit often.
instants = st.one_of(
    st.integers(0, 2 * 365 * 24 * 60).map(lambda m: datetime(2025, 12, 1, tzinfo=UTC) + m * MINUTE),
    st.integers(0, 2 * 365 * 24).map(lambda h: datetime(2025, 12, 1, tzinfo=UTC) + h * 60 * MINUTE),
)


def durations(max_minutes: int) -> st.SearchStrategy[int]:
    return st.one_of(
        st.integers(0, max_minutes), st.integers(0, max_minutes // 60).map(lambda h: h * 60)
    )


@settings(max_examples=150, deadline=None)
@given(calendar=CALENDARS, start=instants, minutes=durations(4 * 24 * 60))
def test_between_matches_the_minute_by_minute_oracle(calendar, start, minutes):
    end = start + minutes * MINUTE
    assert calendar.between(start, end) == oracle_between(calendar, start, end)


@settings(max_examples=150, deadline=None)
@given(calendar=CALENDARS, start=instants, minutes=durations(3 * 9 * 60))
def test_add_matches_the_minute_by_minute_oracle(calendar, start, minutes):
    due = calendar.add(start, minutes * MINUTE)
    assert due == oracle_add(calendar, start, minutes)
    assert calendar.between(start, due) == minutes * MINUTE
    # A deadline ends a working minute (at a day's end: that day's end, not the next morning).
    assert working_minute(calendar, due - MINUTE) or minutes == 0


@settings(max_examples=100, deadline=None)
@given(
    calendar=CALENDARS,
    start=instants,
    a=durations(40 * 60),
    b=durations(40 * 60),
)
def test_adding_is_additive_and_monotonic(calendar, start, a, b):
    first = calendar.add(start, a * MINUTE)
    if b > 0:  # (adding zero at a day's end moves to the next morning: not additive)
        assert calendar.add(first, b * MINUTE) == calendar.add(start, (a + b) * MINUTE)
    if a <= b:
        assert calendar.add(start, a * MINUTE) <= calendar.add(start, b * MINUTE)


def test_moscow_examples_across_a_weekend_and_holidays():
    msk = ZoneInfo("Europe/Moscow")
    friday_5pm = datetime(2026, 11, 27, 17, 0, tzinfo=msk)
    # 1 h left on Friday, 7 h more on Monday from 09:00.
    assert MOSCOW.add(friday_5pm, timedelta(hours=8)) == datetime(2026, 11, 30, 16, 0, tzinfo=msk)
    # Saturday night: the first working hour is Monday 09:00–10:00.
    saturday = datetime(2026, 11, 28, 23, 30, tzinfo=msk)
    assert MOSCOW.add(saturday, timedelta(hours=1)) == datetime(2026, 11, 30, 10, 0, tzinfo=msk)
    # A whole working day lands on that day's end, not the next morning.
    monday_9 = datetime(2026, 11, 30, 9, 0, tzinfo=msk)
    assert MOSCOW.add(monday_9, timedelta(hours=9)) == datetime(2026, 11, 30, 18, 0, tzinfo=msk)
    # 7 working days from Monday 09:00: the next Tuesday at 18:00.
    assert MOSCOW.add(monday_9, 7 * MOSCOW.day_length) == datetime(2026, 12, 8, 18, 0, tzinfo=msk)
    # New Year's holidays (1–2 Jan 2026 here) and the weekend are skipped.
    new_year_eve = datetime(2025, 12, 31, 17, 0, tzinfo=msk)
    assert MOSCOW.add(new_year_eve, timedelta(hours=3)) == datetime(2026, 1, 5, 11, 0, tzinfo=msk)
    assert MOSCOW.between(new_year_eve, datetime(2026, 1, 5, 11, 0, tzinfo=msk)) == timedelta(
        hours=3
    )
    # The answer keeps the caller's zone.
    assert MOSCOW.add(friday_5pm.astimezone(UTC), timedelta(hours=1)).tzinfo is UTC


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="aware"):
        MOSCOW.add(datetime(2026, 1, 5, 10, 0), timedelta(hours=1))
    with pytest.raises(ValueError, match="negative"):
        MOSCOW.add(datetime(2026, 1, 5, 10, 0, tzinfo=UTC), timedelta(hours=-1))
    with pytest.raises(ValueError, match="before"):
        WorkCalendar.of("Europe/Moscow", hours=(time(18, 0), time(9, 0)))
