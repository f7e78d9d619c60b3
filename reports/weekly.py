"""The weekly report for the governor's office: what the figures are
(``weekly_report``) and the two documents made from them (``weekly_report_docx``
from the Word template ``templates/reports/weekly.docx`` with docxtpl,
``weekly_report_pdf`` from the HTML template ``templates/reports/weekly.html``
with WeasyPrint). Both documents show the same context, in Russian.

The report names topics, territories, public social accounts and bloggers by their
public names only: no officer, no registered personal-data field
(``crm/personal_data.py``), so every role may download it.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import F, Sum
from django.template.loader import render_to_string
from django.utils import timezone

from crm.models import SocialAccount
from graph.backends.base import node_name
from graph.models import InfluenceRun, InfluenceScore, Mention, Repost
from graph.selectors import blogger_movers
from monitoring.models import Incident
from monitoring.selectors import incident_metrics

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "reports"
DOCX_TEMPLATE = TEMPLATE_DIR / "weekly.docx"
DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF_MEDIA_TYPE = "application/pdf"
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
NO_TOPIC = "Без темы"
NO_TERRITORY = "Территория не определена"
MONTHS = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


@dataclass(frozen=True)
class Week:
    """An ISO week in ``TIME_ZONE``: [``since``, ``until``)."""

    year: int
    number: int

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.number, 1)

    @property
    def since(self) -> datetime:
        return datetime.combine(self.monday, time(0), tzinfo=ZoneInfo(settings.TIME_ZONE))

    @property
    def until(self) -> datetime:
        return self.since + timedelta(days=7)

    @property
    def code(self) -> str:
        return f"{self.year}-W{self.number:02d}"

    def previous(self) -> Week:
        year, number, _ = (self.monday - timedelta(days=7)).isocalendar()
        return Week(year, number)


def week_parse(value: str) -> Week:
    """``YYYY-Www`` (ISO 8601) → ``Week``; ``ValueError`` with a Russian message."""
    match = WEEK_RE.match(value.strip())
    if not match:
        raise ValueError("Неделя в формате ГГГГ-Wнн, например 2026-W48.")
    year, number = int(match[1]), int(match[2])
    try:
        date.fromisocalendar(year, number, 1)
    except ValueError:
        raise ValueError(f"В {year} году нет недели {number}.") from None
    return Week(year, number)


def week_of(moment: datetime) -> Week:
    year, number, _ = timezone.localtime(moment).isocalendar()
    return Week(year, number)


def week_last_complete(now: datetime | None = None) -> Week:
    """The last week that has ended (the default report)."""
    return week_of(now or timezone.now()).previous()


# --- figures ------------------------------------------------------------------


def _day(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}"


def _period(week: Week) -> str:
    sunday = week.monday + timedelta(days=6)
    return f"{_day(week.monday)} — {_day(sunday)} {sunday.year} г."


def _trend(current: int, previous: int) -> str:
    delta = current - previous
    if delta == 0:
        return "без изменений"
    arrow = "▲" if delta > 0 else "▼"
    return f"{arrow} {'+' if delta > 0 else '−'}{abs(delta)}"


def _hours(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",") + " ч"


def _share(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)} %"


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}".replace(".", ",")


def _counts(this: Counter[str], before: Counter[str]) -> list[dict[str, Any]]:
    names = sorted(set(this) | set(before), key=lambda n: (-this[n], -before[n], n))
    return [
        {
            "name": name,
            "count": this[name],
            "previous": before[name],
            "delta": this[name] - before[name],
            "trend": _trend(this[name], before[name]),
        }
        for name in names
    ]


def _incident_counts(week: Week) -> dict[str, Any]:
    previous = week.previous()
    rows = Incident.objects.filter(
        detected_at__gte=previous.since, detected_at__lt=week.until
    ).values_list("topic__name", "territory__name", "detected_at")
    topics: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    territories: dict[bool, Counter[str]] = {True: Counter(), False: Counter()}
    for topic, territory, detected in rows:
        current = detected >= week.since
        topics[current][topic or NO_TOPIC] += 1
        territories[current][territory or NO_TERRITORY] += 1
    total, total_before = sum(topics[True].values()), sum(topics[False].values())
    return {
        "total": total,
        "total_previous": total_before,
        "total_trend": _trend(total, total_before),
        "by_topic": _counts(topics[True], topics[False]),
        "by_territory": _counts(territories[True], territories[False]),
    }


def _response_row(figures: dict[str, Any]) -> dict[str, Any]:
    return {
        **figures,
        "median": _hours(figures["first_response_median_hours"]),
        "p90": _hours(figures["first_response_p90_hours"]),
        "on_time": _share(figures["first_response_on_time"]),
        "resolution_on_time_text": _share(figures["resolution_on_time"]),
    }


def _response(week: Week, now: datetime) -> dict[str, Any]:
    """Response times against the deadlines: the monitoring app's metrics of the
    incidents detected in the week and in the week before, and per territory."""
    current = incident_metrics(since=week.since, until=week.until, group_by="territory", now=now)
    previous = week.previous()
    before = incident_metrics(since=previous.since, until=previous.until, group_by="week", now=now)
    return {
        "total": _response_row(current["total"]),
        "previous": _response_row(before["total"]),
        "by_territory": [
            {**_response_row(row), "name": row["label"] or NO_TERRITORY} for row in current["rows"]
        ],
    }


def _run_for(week: Week) -> InfluenceRun | None:
    """The ranking the week is judged by: the newest succeeded run before its end."""
    return (
        InfluenceRun.objects.filter(status=InfluenceRun.Status.SUCCEEDED, created_at__lt=week.until)
        .order_by("-created_at", "-pk")
        .first()
    )


def _amplifiers(week: Week, run: InfluenceRun | None, limit: int) -> list[dict[str, Any]]:
    """Accounts whose reposts and mentions of others in the week weigh most (the
    ranking's type weights), with their influence score in ``run``."""
    in_week = {"occurred_at__gte": week.since, "occurred_at__lt": week.until}
    reposts = dict(
        Repost.objects.filter(**in_week)
        .exclude(reposter=F("author"))
        .values_list("reposter_id")
        .annotate(n=Sum("weight"))
        .values_list("reposter_id", "n")
    )
    mentions = dict(
        Mention.objects.filter(**in_week)
        .exclude(source=F("target"))
        .values_list("source_id")
        .annotate(n=Sum("weight"))
        .values_list("source_id", "n")
    )
    weights = {
        pk: reposts.get(pk, 0) * settings.INFLUENCE_REPOST_WEIGHT
        + mentions.get(pk, 0) * settings.INFLUENCE_MENTION_WEIGHT
        for pk in set(reposts) | set(mentions)
    }
    top = sorted(weights, key=lambda pk: (-weights[pk], pk))[:limit]
    accounts = {
        a["pk"]: a
        for a in SocialAccount.objects.filter(pk__in=top).values(
            "pk",
            "platform",
            "display_name",
            "screen_name",
            "external_id",
            "followers",
            "blogger__display_name",
        )
    }
    scores = (
        dict(
            InfluenceScore.objects.filter(run=run, account_id__in=top).values_list(
                "account_id", "score"
            )
        )
        if run is not None
        else {}
    )
    return [
        {
            "place": place,
            "name": node_name(
                accounts[pk]["display_name"],
                accounts[pk]["screen_name"],
                accounts[pk]["external_id"],
            ),
            "platform": accounts[pk]["platform"],
            "blogger": accounts[pk]["blogger__display_name"] or "",
            "reposts": reposts.get(pk, 0),
            "mentions": mentions.get(pk, 0),
            "weight": round(weights[pk], 2),
            "score": scores.get(pk),
            "score_text": _score(scores.get(pk)),
        }
        for place, pk in enumerate(top, start=1)
    ]


def _movers(run: InfluenceRun | None, limit: int) -> dict[str, list[dict[str, Any]]]:
    """Risers and fallers of ``run`` against the run before it (the selector the
    API's ``/influence/movers/`` uses)."""
    if run is None:
        return {"risers": [], "fallers": []}
    movers = blogger_movers(run=run, limit=limit)
    return {
        side: [
            {
                "name": row["blogger"].display_name,
                "territory": row["blogger"].territory.name if row["blogger"].territory else "",
                "rank": row["rank"],
                "previous_rank": row["previous_rank"],
                "delta": row["delta"],
                "delta_text": f"{'+' if row['delta'] > 0 else '−'}{abs(row['delta'])}",
                "score_text": _score(row["score"]),
            }
            for row in rows
        ]
        for side, rows in movers.items()
    }


def weekly_report(*, week: Week, now: datetime | None = None) -> dict[str, Any]:
    """Every figure of the weekly report of ``week`` (compared with the week
    before), ready for the templates. Read-only; a constant number of queries."""
    now = now or timezone.now()
    run = _run_for(week)
    limit = settings.REPORT_TOP_LIMIT
    return {
        "week": week.code,
        "period": _period(week),
        "previous_period": _period(week.previous()),
        "generated": timezone.localtime(now).strftime("%d.%m.%Y %H:%M"),
        "incidents": _incident_counts(week),
        "response": _response(week, now),
        "run": (
            {"id": run.pk, "date": timezone.localtime(run.created_at).strftime("%d.%m.%Y")}
            if run is not None
            else None
        ),
        "amplifiers": _amplifiers(week, run, limit),
        **_movers(run, limit),
    }


# --- documents ------------------------------------------------------------------


def weekly_report_docx(report: dict[str, Any]) -> bytes:
    """The report as a Word document from ``templates/reports/weekly.docx``."""
    from docxtpl import DocxTemplate  # heavy import, only where documents are made

    document = DocxTemplate(str(DOCX_TEMPLATE))
    document.render(report, autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def weekly_report_pdf(report: dict[str, Any]) -> bytes:
    """The report as a PDF from ``templates/reports/weekly.html`` (WeasyPrint,
    which needs Pango from the system; fonts from fontconfig)."""
    from weasyprint import HTML  # loads Pango: only where documents are made

    html = render_to_string("reports/weekly.html", report)
    return HTML(string=html).write_pdf()
