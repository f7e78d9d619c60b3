"""Load against a running stack (scripts/stack): N concurrent users for T seconds
mixing an officer's reads (bloggers list with filters, card, leaderboard, ego network,
dashboard) and writes (interactions, follow-ups, stage changes). Prints requests per
second, server errors and p50/p95 per endpoint, then checks that every acknowledged
write is present: interactions and follow-ups by id, and each blogger's stage equal
to the last one acknowledged for it (each user changes only its own bloggers).

    scripts/stack up --demo
    uv run python bench/load.py --users 50 --seconds 60

The officer login ``load-officer`` and its API token are created with the stack's
environment (``scripts/stack env``); pass ``--url`` for another port (``PORT``).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]
STAGES = ["new", "contacted", "engaged", "partner", "paused"]


def manage(*args: str, extra_env: dict[str, str] | None = None) -> str:
    exports = subprocess.run(
        ["scripts/stack", "env"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    result = subprocess.run(
        ["bash", "-c", f'{exports}\nexec uv run --frozen python manage.py "$@"', "_", *args],
        cwd=ROOT,
        env={**os.environ, **(extra_env or {})},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def officer_token() -> str:
    password = "load-" + uuid.uuid4().hex
    manage(
        "user_ensure",
        "load-officer",
        "--role",
        "officer",
        "--full-name",
        "Нагрузочный Тест",
        extra_env={"REZONANS_USER_PASSWORD": password},
    )
    line = manage("api_token", "create", "load-officer", "--name", "bench/load.py").strip()
    return line.rsplit(" ", 1)[-1]


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = defaultdict(list)
        self.status: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        self.errors: list[str] = []
        self.interactions: list[int] = []
        self.followups: list[int] = []
        self.stage: dict[int, str] = {}
        # what the final stage may be besides the last acknowledged one: stages sent after
        # it whose answer never came (they may have been applied), and "contacted" once an
        # outbound interaction was logged with a "new" blogger (the product's rule)
        self.stage_also_possible: dict[int, set[str]] = defaultdict(set)

    def note(self, name: str, seconds: float, response: requests.Response | None) -> None:
        with self.lock:
            self.latency[name].append(seconds)
            code = response.status_code if response is not None else 0
            self.status[name][code] += 1
            if code >= 500 or code == 0:
                self.errors.append(f"{name}: {code}")


def user_loop(
    index: int,
    base: str,
    token: str,
    deadline: float,
    stats: Stats,
    bloggers: list[int],
    accounts: list[int],
    mine: list[int],
    seed: int,
) -> None:
    rng = random.Random(seed + index)
    session = requests.Session()
    session.headers["Authorization"] = f"Token {token}"
    v1 = f"{base}/api/v1"
    tag = f"load-{seed}-{index}"

    def call(name: str, method: str, url: str, **kwargs) -> requests.Response | None:
        clock = time.perf_counter()
        try:
            response = session.request(method, url, timeout=60, **kwargs)
        except requests.RequestException:
            response = None
        stats.note(name, time.perf_counter() - clock, response)
        return response

    actions = [
        ("bloggers list", 20),
        ("blogger card", 20),
        ("leaderboard", 10),
        ("ego network", 10),
        ("dashboard", 10),
        ("interaction create", 12),
        ("follow-up create", 8),
        ("stage change", 10),
    ]
    names = [a for a, _ in actions]
    weights = [w for _, w in actions]
    while time.monotonic() < deadline:
        action = rng.choices(names, weights)[0]
        if action == "bloggers list":
            params = rng.choice(
                [
                    {"stance": "supportive", "ordering": "-influence_score"},
                    {"stage__n": "declined", "ordering": "-influence_score"},
                    {"q": rng.choice(["а", "ин", "ов"]), "page_size": 25},
                    {"ordering": "-last_interaction_at"},
                ]
            )
            call(action, "GET", f"{v1}/bloggers/", params=params)
        elif action == "blogger card":
            blogger = rng.choice(bloggers)
            call(action, "GET", f"{v1}/bloggers/{blogger}/")
        elif action == "leaderboard":
            call(action, "GET", f"{v1}/influence/leaderboard/", params={"page_size": 50})
        elif action == "ego network":
            call(action, "GET", f"{v1}/graph/accounts/{rng.choice(accounts)}/ego/")
        elif action == "dashboard":
            call(
                action,
                "GET",
                f"{v1}/followups/",
                params={
                    "status": "open",
                    "due_date__lte": (date.today() + timedelta(7)).isoformat(),
                    "ordering": "due_date",
                    "page_size": 15,
                },
            )
            call(
                action,
                "GET",
                f"{v1}/interactions/",
                params={"ordering": "-occurred_at", "page_size": 10},
            )
            call(action, "GET", f"{v1}/influence/movers/")
        elif action == "interaction create":
            response = call(
                action,
                "POST",
                f"{v1}/interactions/",
                json={
                    "blogger": (blogger := rng.choice(bloggers)),
                    "type": "call",
                    "direction": "out",
                    "summary": f"{tag} звонок",
                    "occurred_at": "2026-11-30T10:00:00+03:00",
                },
            )
            if response is not None and response.status_code == 201:
                with stats.lock:
                    stats.interactions.append(response.json()["id"])
                    if stats.stage.get(blogger) == "new":
                        stats.stage_also_possible[blogger].add("contacted")
        elif action == "follow-up create":
            response = call(
                action,
                "POST",
                f"{v1}/followups/",
                json={
                    "blogger": rng.choice(bloggers),
                    "title": f"{tag} перезвонить",
                    "due_date": (date.today() + timedelta(rng.randint(1, 14))).isoformat(),
                },
            )
            if response is not None and response.status_code == 201:
                with stats.lock:
                    stats.followups.append(response.json()["id"])
        elif action == "stage change" and mine:
            blogger, stage = rng.choice(mine), rng.choice(STAGES)
            response = call(action, "PATCH", f"{v1}/bloggers/{blogger}/", json={"stage": stage})
            with stats.lock:
                if response is not None and response.status_code == 200:
                    stats.stage[blogger] = stage
                    stats.stage_also_possible.pop(blogger, None)
                elif response is None:
                    stats.stage_also_possible[blogger].add(stage)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('PORT', '8000')}")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    args = parser.parse_args()

    token = officer_token()
    session = requests.Session()
    session.headers["Authorization"] = f"Token {token}"
    v1 = f"{args.url}/api/v1"
    bloggers = [
        b["id"]
        for b in session.get(
            f"{v1}/bloggers/", params={"brief": 1, "page_size": 500}, timeout=60
        ).json()["results"]
    ]
    board = session.get(f"{v1}/influence/leaderboard/", params={"page_size": 200}, timeout=60)
    accounts = [row["account"]["id"] for row in board.json()["results"] if row.get("account")]
    if not bloggers or not accounts:
        raise SystemExit("no bloggers or ranked accounts: start the stack with --demo")
    rng = random.Random(args.seed)
    shuffled = rng.sample(bloggers, len(bloggers))
    per_user = max(1, len(shuffled) // args.users)
    stats = Stats()
    deadline = time.monotonic() + args.seconds
    started = time.perf_counter()
    with ThreadPoolExecutor(args.users) as pool:
        for index in range(args.users):
            mine = shuffled[index * per_user : (index + 1) * per_user]
            pool.submit(
                user_loop,
                index,
                args.url,
                token,
                deadline,
                stats,
                bloggers,
                accounts,
                mine,
                args.seed,
            )
    elapsed = time.perf_counter() - started

    total = sum(len(v) for v in stats.latency.values())
    print(
        f"{args.users} users, {elapsed:.0f} s, {total} requests, {total / elapsed:.1f} req/s, "
        f"server errors (5xx) or no answer in 60 s: {len(stats.errors)}"
    )
    print(f"{'endpoint':<20} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8}  statuses")
    for name in sorted(stats.latency):
        values = stats.latency[name]
        print(
            f"{name:<20} {len(values):>8} {percentile(values, 0.5) * 1000:>8.0f} "
            f"{percentile(values, 0.95) * 1000:>8.0f}  {dict(stats.status[name])}"
        )

    def present(path: str) -> bool:
        return session.get(f"{v1}/{path}/", timeout=60).status_code == 200

    with ThreadPoolExecutor(8) as pool:
        interactions = sum(pool.map(lambda i: present(f"interactions/{i}"), stats.interactions))
        followups = sum(pool.map(lambda i: present(f"followups/{i}"), stats.followups))
        stages = list(
            pool.map(
                lambda b: session.get(f"{v1}/bloggers/{b}/", timeout=60).json()["stage"],
                stats.stage,
            )
        )
    stage_ok = sum(
        actual in {stats.stage[b], *stats.stage_also_possible.get(b, ())}
        for b, actual in zip(stats.stage, stages)
    )
    print(
        f"acknowledged writes present: interactions {interactions}/{len(stats.interactions)}, "
        f"follow-ups {followups}/{len(stats.followups)}, stages {stage_ok}/{len(stats.stage)}"
    )
    lost = (
        (len(stats.interactions) - interactions)
        + (len(stats.followups) - followups)
        + (len(stats.stage) - stage_ok)
    )
    if stats.errors or lost:
        raise SystemExit(f"FAILED: {len(stats.errors)} server errors, {lost} writes missing")
    everything = [value for values in stats.latency.values() for value in values]
    print(f"median of all requests: {statistics.median(everything) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
