"""Benchmark: a new incident from its detection to the subscribed officer's Telegram
and to the officer's incident inbox, in the full stack (gunicorn, a Celery worker
and beat, PostgreSQL, Redis: ``scripts/stack up``), and whether any alert came twice.

The stack's processes send Telegram messages to a local stand-in of the Bot API that
this script serves (the one of ``tests/alerts``), so they must be started with its
address and a bot token::

    export TELEGRAM_BOT_TOKEN=424242:bench TELEGRAM_API_BASE_URL=http://127.0.0.1:8742
    scripts/stack up
    eval "$(scripts/stack env)"
    uv run python bench/alert_latency.py

It adds to the stack's database a town, an officer subscribed to it with a Telegram
chat, an analyst, and per round a watch topic with five weeks of ordinary posts.
Each round the analyst uploads a file of 22 complaints of the last 90 minutes through
the posts import API (``POST /api/v1/imports/posts/``): the import job, the scan it
queues, the incident, its alert and the delivery all run in the stack's worker, as
for any import or VK sync. From the incident's detection (``detected_at``: the scan's
moment) it measures the message at the stand-in and the incident in the officer's
inbox (``GET /api/v1/incidents/?is_open=true``, polled every 0.2 s). Then it waits
``--settle`` seconds (beat's ``alerts-deliver`` runs every ``ALERT_DELIVER_INTERVAL``)
and counts messages naming the same incident and event twice. It removes what it
added at the start and at the end. Run by hand, never part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import threading
import time
import urllib.request
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")
HOUR = timedelta(hours=1)
PREFIX = "Бенч оповещений"  # names of everything the benchmark adds
AUTHORS = 999_000_000  # VK ids of its authors: AUTHORS + round * 1000 + n
CHAT_ID = "700100"
# One watch topic per round (a fresh series, so each round opens its own incident):
# name, keyword, an ordinary post and a complaint about Заречье.
TOPICS = [
    (
        "отопление",
        "Отопление в Заречье по графику, дом {n}",
        "Нет отопления в Заречье, дом {n}, батареи ледяные! Сколько можно?",
    ),
    (
        "вода",
        "Вода в Заречье по графику, дом {n}",
        "В Заречье опять нет воды, дом {n}, из крана ничего не течёт! Сколько можно?",
    ),
    (
        "мусор",
        "Мусор в Заречье вывезли по графику, двор {n}",
        "В Заречье мусор не вывозят неделю, двор {n} завален, вонь ужасная! Безобразие!",
    ),
    (
        "лифт",
        "Лифт в Заречье проверили по графику, дом {n}",
        "В Заречье лифт опять не работает, дом {n}, старики не могут выйти! Ужас!",
    ),
    (
        "освещение",
        "Освещение в Заречье по графику, улица {n}",
        "В Заречье нет освещения на улице {n}, темно и страшно, ужасно! Сколько можно?",
    ),
]


def cleanup() -> None:
    """Remove everything a run of this benchmark added (its territories stay)."""
    from django.contrib.auth.models import User

    from crm.models import Platform, SocialAccount
    from graph.models import EdgeImportJob, Post
    from monitoring.models import Incident, WatchTopic

    topics = WatchTopic.objects.filter(name__startswith=PREFIX)
    Incident.objects.filter(topic__in=topics).delete()
    accounts = SocialAccount.objects.filter(external_id__regex=r"^999\d{6}$", platform=Platform.VK)
    Post.objects.filter(account__in=accounts).delete()
    accounts.delete()
    topics.delete()
    users = User.objects.filter(username__startswith="bench-alerts-")
    EdgeImportJob.objects.filter(created_by__in=users).delete()
    users.delete()


def seed(rounds: int) -> tuple[str, str]:
    """The town, the officer's subscription, the topics with their history; returns
    the officer's and the analyst's API keys."""
    from django.utils import timezone

    from alerts.models import Subscription
    from api.services import api_token_create
    from crm.models import Platform, Territory
    from crm.services import user_ensure
    from graph.ingest.ledger import PostData, posts_upsert
    from monitoring.models import WatchTopic
    from monitoring.services import posts_analyse

    region, _ = Territory.objects.get_or_create(name=f"{PREFIX}: область", kind="region")
    town, _ = Territory.objects.get_or_create(
        name="Городской округ Заречье", kind="urban_okrug", defaults={"parent": region}
    )
    password = uuid.uuid4().hex
    officer, _ = user_ensure(username="bench-alerts-officer", role="officer", password=password)
    analyst, _ = user_ensure(username="bench-alerts-analyst", role="analyst", password=password)
    Subscription.objects.create(user=officer, territory=town, telegram_chat_id=CHAT_ID)
    now = timezone.now()
    posts = []
    for round_ in range(rounds):
        keyword, ordinary, _ = TOPICS[round_ % len(TOPICS)]
        WatchTopic.objects.create(name=f"{PREFIX}: {keyword} {round_ + 1}", keywords=[keyword])
        posts += [
            PostData(
                str(AUTHORS + round_ * 1000), f"bg{h}", now - h * HOUR, text=ordinary.format(n=h)
            )
            for h in range(5 * 7 * 24, 2, -8)
        ]
    posts_upsert(platform=Platform.VK, posts=posts)
    posts_analyse()
    _, officer_key = api_token_create(user=officer, name="alert latency", created_by=officer)
    _, analyst_key = api_token_create(user=analyst, name="alert latency", created_by=analyst)
    return officer_key, analyst_key


def complaints(round_: int) -> bytes:
    """The round's file: 22 complaints over the last 90 minutes, JSON lines."""
    from django.utils import timezone

    now = timezone.now()
    _, _, complaint = TOPICS[round_ % len(TOPICS)]
    rows = [
        {
            "author": str(AUTHORS + round_ * 1000 + 1 + n),
            "external_id": f"c{n}",
            "published_at": (now - timedelta(minutes=90 - 4 * n)).isoformat(),
            "text": complaint.format(n=n + 1),
        }
        for n in range(22)
    ]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def upload(base: str, key: str, name: str, content: bytes) -> None:
    boundary = uuid.uuid4().hex
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="platform"\r\n\r\nvk\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
            "Content-Type: application/x-ndjson\r\n\r\n"
        ).encode()
        + content
        + f"\r\n--{boundary}--\r\n".encode()
    )
    request = urllib.request.Request(
        f"{base}/api/v1/imports/posts/",
        data=body,
        headers={
            "Authorization": f"Token {key}",
            "Content-Type": f"multipart/form-data; boundary={boundary}",
        },
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        if response.status != 202:
            sys.exit(f"the import answered {response.status}")


class Inbox(threading.Thread):
    """Polls the officer's inbox and notes when each incident first appears."""

    def __init__(self, base: str, key: str) -> None:
        super().__init__(daemon=True)
        self.url = f"{base}/api/v1/incidents/?is_open=true&page_size=50"
        self.key = key
        self.seen: dict[int, float] = {}
        self.seconds: list[float] = []  # each poll's request
        self.errors = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            request = urllib.request.Request(
                self.url, headers={"Authorization": f"Token {self.key}"}
            )
            started = time.time()
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    results = json.load(response)["results"]
                at = time.time()
                self.seconds.append(at - started)
                for row in results:
                    self.seen.setdefault(row["id"], at)
            except OSError:
                self.errors += 1
            self.stop.wait(0.2)


def wait_for(what: str, check, timeout: float):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while (found := check()) is None:
        if time.monotonic() > deadline:
            sys.exit(f"{what}: nothing after {timeout:.0f} s")
        time.sleep(0.1)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=300.0, help="per round, seconds")
    parser.add_argument("--settle", type=float, default=75.0, help="seconds to watch for repeats")
    args = parser.parse_args()
    if not os.environ.get("CELERY_BROKER_URL", "").startswith("redis://"):
        sys.exit('run against the stack: eval "$(scripts/stack env)" first')
    telegram = urlsplit(os.environ.get("TELEGRAM_API_BASE_URL", ""))
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    if telegram.hostname != "127.0.0.1" or not telegram.port or not token:
        sys.exit(
            "export TELEGRAM_BOT_TOKEN and TELEGRAM_API_BASE_URL=http://127.0.0.1:<port> "
            "as the stack was started with"
        )
    base = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"

    import django

    django.setup()
    from monitoring.models import Incident
    from tests.alerts.test_alerts import TelegramStandIn

    stand_in = TelegramStandIn(port=telegram.port, token=token)
    cleanup()
    officer_key, analyst_key = seed(args.rounds)
    inbox = Inbox(base, officer_key)
    inbox.start()
    wait_for("the inbox", lambda: len(inbox.seconds) >= 3 or None, args.timeout)  # warm
    rows = []
    try:
        for round_ in range(args.rounds):
            topic = f"{PREFIX}: {TOPICS[round_ % len(TOPICS)][0]} {round_ + 1}"
            uploaded = time.time()
            upload(base, analyst_key, f"round{round_ + 1}.jsonl", complaints(round_))
            incident = wait_for(
                f"round {round_ + 1}: incident",
                lambda t=topic: Incident.objects.filter(topic__name=t).first(),
                args.timeout,
            )
            link = f"/incidents/{incident.pk}"
            sent = wait_for(
                f"round {round_ + 1}: Telegram message",
                lambda link=link: next(
                    (at for m, at in zip(stand_in.messages, stand_in.times) if link in m["text"]),
                    None,
                ),
                args.timeout,
            )
            listed = wait_for(
                f"round {round_ + 1}: inbox", lambda i=incident.pk: inbox.seen.get(i), args.timeout
            )
            detected = incident.detected_at.timestamp()
            rows.append((detected - uploaded, sent - detected, listed - detected))
            print(
                f"round {round_ + 1}: upload → detection {rows[-1][0]:5.1f} s · detection → "
                f"Telegram {rows[-1][1]:5.1f} s · detection → inbox {rows[-1][2]:5.1f} s"
            )
        print(f"\nwatching {args.settle:.0f} s for repeated messages …")
        time.sleep(args.settle)
    finally:
        inbox.stop.set()
        stand_in.close()
    events = Counter()
    for message in stand_in.messages:
        for line in message["text"].split("\n\n"):
            heading = line.split(":", 1)[0].split("\n")[-1]
            for incident_id in re.findall(r"/incidents/(\d+)", line):
                events[(heading, incident_id)] += 1
    duplicates = sum(n - 1 for n in events.values())
    cleanup()

    def summary(i: int) -> str:
        values = [r[i] for r in rows]
        return f"median {statistics.median(values):.1f} s, max {max(values):.1f} s"

    print(
        f"\n{len(rows)} rounds, {len(stand_in.messages)} Telegram messages for {len(events)} events"
    )
    print(f"upload → detection:     {summary(0)}")
    print(f"detection → Telegram:   {summary(1)} (goal ≤ 60 s)")
    print(f"detection → inbox:      {summary(2)} (goal ≤ 60 s)")
    print(f"duplicate messages:     {duplicates} (goal 0)")
    polls = statistics.median(inbox.seconds)
    print(f"inbox polls: {len(inbox.seconds)}, median {polls:.2f} s each, {inbox.errors} failed")


if __name__ == "__main__":
    main()
