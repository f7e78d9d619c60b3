"""``manage.py signals_scan [--as-of ISO] [--replay FROM TO]``: analyse new posts and
detect problem bursts — as if now were ``--as-of`` (posts published before it
only), or replayed hour by hour over history (a backtest officers use to tune the
thresholds: each incident is detected at the end of the hour that opened it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from monitoring.signals import signals_replay, signals_scan


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"not an ISO 8601 date-time: {value!r}") from exc
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


class Command(BaseCommand):
    help = "Analyse new posts and detect bursts of problems (now, as of a moment, or replayed)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as-of", type=_moment, help="detect as if now were this moment")
        parser.add_argument(
            "--replay", nargs=2, type=_moment, metavar=("FROM", "TO"), help="hour by hour"
        )

    def handle(
        self, *args: Any, as_of: datetime | None, replay: list[datetime] | None, **options: Any
    ) -> None:
        if replay:
            start, end = replay
            if end <= start:
                raise CommandError("--replay: TO must be later than FROM")
            report = signals_replay(start=start, end=end)
        else:
            report = signals_scan(as_of=as_of)
        self.stdout.write(
            f"analysed {report.analysed} posts; {report.bursts} bursts; "
            f"incidents opened {len(report.opened)}, joined {len(report.joined)}"
        )
