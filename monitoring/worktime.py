"""Working-time arithmetic: a calendar of working hours on working days in one time
zone, minus holidays. Pure functions, no Django: deadlines are ``add`` and time
spent is ``between``.

A working day runs from ``day_start`` to ``day_end`` on the local wall clock of
``tz`` (DST-aware through zoneinfo; Moscow has none). A deadline that falls
exactly at the end of a working day is that day's ``day_end``, not the next
morning's start.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ZERO = timedelta(0)
MAX_SCAN_DAYS = 3660  # a calendar with no working day at all would loop forever


@dataclass(frozen=True)
class WorkCalendar:
    tz: ZoneInfo
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    holidays: frozenset[date] = field(default_factory=frozenset)

    def __post_init__(self) -> None:
        if self.day_start >= self.day_end:
            raise ValueError("day_start must be before day_end")
        if not self.weekdays:
            raise ValueError("a calendar needs at least one working weekday")

    @classmethod
    def of(
        cls,
        tz: str,
        *,
        hours: tuple[time, time] = (time(9, 0), time(18, 0)),
        weekdays: Iterable[int] = (0, 1, 2, 3, 4),
        holidays: Iterable[date] = (),
    ) -> WorkCalendar:
        return cls(ZoneInfo(tz), hours[0], hours[1], frozenset(weekdays), frozenset(holidays))

    @property
    def day_length(self) -> timedelta:
        today = date(2000, 1, 3)
        return datetime.combine(today, self.day_end) - datetime.combine(today, self.day_start)

    def is_working_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and day not in self.holidays

    def _bounds(self, day: date) -> tuple[datetime, datetime]:
        """The working period of ``day`` in UTC (real elapsed time: a DST change
        inside working hours would shorten or lengthen it)."""
        return (
            datetime.combine(day, self.day_start, self.tz).astimezone(UTC),
            datetime.combine(day, self.day_end, self.tz).astimezone(UTC),
        )

    def add(self, start: datetime, duration: timedelta) -> datetime:
        """The moment ``duration`` of working time after ``start`` (aware). Zero
        duration outside working hours is the next working period's start.
        O(days spanned)."""
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        if duration < ZERO:
            raise ValueError("duration must not be negative")
        # Arithmetic in UTC: aware datetimes sharing a zone add on the wall clock.
        tzinfo, start, left = start.tzinfo, start.astimezone(UTC), duration
        day = start.astimezone(self.tz).date()
        for _ in range(MAX_SCAN_DAYS + 7 * int(duration / self.day_length)):
            if self.is_working_day(day):
                begin, end = self._bounds(day)
                begin = max(begin, start)
                if begin < end:
                    if begin + left <= end:
                        return (begin + left).astimezone(tzinfo)
                    left -= end - begin
            day += timedelta(days=1)
        raise ValueError("the calendar has no working time in reach")

    def between(self, start: datetime, end: datetime) -> timedelta:
        """Working time in [``start``, ``end``); zero when ``end`` is not after ``start``.
        O(days spanned)."""
        if start.tzinfo is None or end.tzinfo is None:
            raise ValueError("datetimes must be timezone-aware")
        if end <= start:
            return ZERO
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        total = ZERO
        day = start.astimezone(self.tz).date()
        last = end.astimezone(self.tz).date()
        while day <= last:
            if self.is_working_day(day):
                begin, finish = self._bounds(day)
                begin, finish = max(begin, start), min(finish, end)
                if begin < finish:
                    total += finish - begin
            day += timedelta(days=1)
        return total
