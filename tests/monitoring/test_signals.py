"""Scanning analysed posts for bursts and opening or joining incidents."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from django.core.management import call_command

from crm.models import Platform, Territory
from graph.ingest.ledger import PostData, posts_upsert
from monitoring.models import Incident, WatchTopic
from monitoring.signals import signals_replay, signals_scan

pytestmark = pytest.mark.django_db
NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
COMPLAINT = "Опять нет отопления в Заречье на улице {n}, батареи холодные! Сколько можно?"
BACKGROUND = "Отопление в Заречье включили по графику, дом {n}"


@pytest.fixture
def town():
    root = Territory.objects.create(name="Заречная область", kind="region")
    town = Territory.objects.create(name="Городской округ Заречье", kind="urban_okrug", parent=root)
    topic = WatchTopic.objects.create(name="Отопление", keywords=["отопление", "батарея"])
    return {"town": town, "topic": topic}


counter = iter(range(10_000, 10_000_000))


def write(times: list[datetime], template: str, author: str = "1") -> None:
    posts = [
        PostData(author, str(n), at, text=template.format(n=n))
        for at in times
        for n in [next(counter)]
    ]
    posts_upsert(platform=Platform.VK, posts=posts)


def background(weeks: int = 5) -> None:
    """One ordinary post about heating every 8 hours for ``weeks`` weeks before NOW."""
    hours = range(weeks * 7 * 24, 0, -8)
    write([NOW - h * HOUR for h in hours], BACKGROUND)


def burst(start: datetime, per_hour: tuple[int, ...], template: str = COMPLAINT) -> list[datetime]:
    times = [
        start + h * HOUR + timedelta(minutes=3 * i)
        for h, n in enumerate(per_hour)
        for i in range(n)
    ]
    write(times, template, author="2")
    return times


def test_a_burst_of_complaints_opens_one_incident(town):
    background()
    times = burst(NOW - 3 * HOUR, (9, 12, 10))
    report = signals_scan(as_of=NOW)
    assert len(report.opened) == 1
    incident = Incident.objects.get()
    assert (incident.topic, incident.territory) == (town["topic"], town["town"])
    assert incident.started_at == NOW - 3 * HOUR  # the first hour of the burst's window
    assert NOW - 2 * HOUR <= incident.detected_at <= NOW
    assert incident.post_count >= 19 and incident.author_count == 1
    assert incident.severity > 0 and incident.negative_share > 0.5
    assert incident.last_post_at <= max(times)
    assert incident.posts.filter(text__startswith="Опять").count() == incident.post_count


def test_scanning_again_opens_nothing_new(town):
    background()
    burst(NOW - 3 * HOUR, (9, 12, 10))
    signals_scan(as_of=NOW)
    before = Incident.objects.get()
    again = signals_scan(as_of=NOW)
    assert again.opened == [] and Incident.objects.count() == 1
    assert Incident.objects.get().post_count == before.post_count


def test_a_scan_as_of_a_moment_reads_only_posts_published_before_it(town):
    background()
    burst(NOW - 3 * HOUR, (9, 12, 10))
    assert signals_scan(as_of=NOW - 3 * HOUR).opened == []
    assert Incident.objects.count() == 0


def test_a_greeting_wave_is_not_a_problem(town):
    background()
    greeting = "Спасибо за праздник в Заречье, батареи тёплые, отопление отличное, дом {n}!"
    burst(NOW - 3 * HOUR, (9, 12, 10), template=greeting)
    report = signals_scan(as_of=NOW)
    assert report.bursts >= 1 and report.opened == []


def test_an_ordinary_day_opens_nothing(town):
    background()
    assert signals_scan(as_of=NOW).opened == []


def test_the_same_problem_going_on_joins_its_incident_a_later_one_opens_anew(town):
    background()
    burst(NOW - 30 * HOUR, (9, 12, 10))
    signals_scan(as_of=NOW - 27 * HOUR)
    burst(NOW - 6 * HOUR, (8, 11))  # 21 h later: the same problem
    report = signals_scan(as_of=NOW - 4 * HOUR)
    assert report.opened == [] and Incident.objects.count() == 1
    assert Incident.objects.get().post_count >= 19 + 17
    burst(NOW + 70 * HOUR, (9, 12))  # after three quiet days: a new problem
    report = signals_scan(as_of=NOW + 72 * HOUR)
    assert len(report.opened) == 1 and Incident.objects.count() == 2


def test_similar_posts_on_no_topic_open_an_incident_of_their_own(town):
    background()
    mobile = "Пропала мобильная связь и интернет в Заречье, сотовая связь не работает {n}"
    burst(NOW - 3 * HOUR, (9, 12, 10), template=mobile)
    report = signals_scan(as_of=NOW)
    assert len(report.opened) == 1
    incident = Incident.objects.get()
    assert incident.topic is None and incident.series_key.startswith("cluster:")
    assert incident.territory == town["town"] and "связь" in incident.title


def test_a_replay_detects_at_the_end_of_the_hour_that_opened_it(town):
    background()
    burst(NOW - 30 * HOUR, (9, 12, 10))
    report = signals_replay(start=NOW - 48 * HOUR, end=NOW)
    assert len(report.opened) == 1
    incident = Incident.objects.get()
    assert NOW - 29 * HOUR <= incident.detected_at <= NOW - 27 * HOUR
    assert incident.detected_at.minute == 0


def test_the_command_scans_and_replays(town):
    background()
    burst(NOW - 30 * HOUR, (9, 12, 10))
    out = io.StringIO()
    call_command("signals_scan", "--as-of", (NOW - 40 * HOUR).isoformat(), stdout=out)
    assert "opened 0" in out.getvalue()
    call_command(
        "signals_scan", "--replay", (NOW - 48 * HOUR).isoformat(), NOW.isoformat(), stdout=out
    )
    assert "opened 1" in out.getvalue()
    with pytest.raises(Exception, match="ISO 8601"):
        call_command("signals_scan", "--as-of", "вчера вечером", stdout=out)
