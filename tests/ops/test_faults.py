"""Faults against the running stack: the real gunicorn, Celery worker and beat that
`scripts/stack up` starts (with PostgreSQL, Redis and Neo4j), on ports and a database
of their own. Neo4j stopped, Redis stopped, PostgreSQL restarted, and the worker
killed (``kill -9``) in the middle of a re-rank and an edge import. The same faults
in-process, with the services replaced: tests/ops/test_resilience.py.

The stack is started once for the module and stopped at its end. With ``CI=true`` it
must start (a stack that does not is a failure); elsewhere the module runs with
``FAULT_STACK=1`` and skips, saying why, when the stack cannot start.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
import requests

from graph.ingest.vk.sync import SYNC_RUNNING
from graph.services import STALE_ERROR, STALE_JOB_ERROR
from tests.api.base import assert_error_shape
from tests.conftest import IN_CI
from tests.graph.vk.fakevk import FakeVk

pytestmark = pytest.mark.faults

ROOT = Path(__file__).resolve().parents[2]
STACK_DIR = ROOT / "var" / "stack-faults"
PORTS = {"PORT": 8751, "REDIS_PORT": 6395, "NEO4J_BOLT_PORT": 7807}
DATABASE = "rezonans_stack_faults"
# Every process of the stack reads these (scripts/stack passes the caller's environment on).
SETTINGS = {
    # The sweep every 2 s fails a run or job silent for 20 s (the stages of the runs here
    # take a few seconds at most, on a busy machine).
    "INFLUENCE_RUN_STALE_SECONDS": "20",
    "INFLUENCE_RETRY_SECONDS": "2",  # a run's retries after 2, 4 and 8 s
    "STALE_SWEEP_INTERVAL": "2",
    "NEO4J_DOWN_MEMO_SECONDS": "5",
    "WORKER_CONCURRENCY": "3",
    "WEB_WORKERS": "2",
    "WEB_THREADS": "2",
    "NEO4J_HEAP": "512m",
    "NEO4J_HEAP_INITIAL": "256m",
    "NEO4J_PAGECACHE": "128m",
    # VK is the fake below; its recorded posts are from 2024. A dead sync's hold on its
    # account runs out after 10 s.
    "VK_RATE_PER_SECOND": "1000",
    "VK_SYNC_HISTORY_DAYS": "2000",
    "VK_SYNC_LOCK_TTL": "10",
    "VK_READ_TIMEOUT": "120",
}
VK_TOKEN = "tok-faults-SECRET-cccccccccccccccccccc"
ANNA = "700100001"  # the recorded wall (tests/graph/vk/fixtures)
V1 = "/api/v1"
STARTUP_SECONDS = 900  # the first start may build the web interface and initialise Neo4j


def cannot(reason: str) -> None:
    if IN_CI:
        pytest.fail(f"{reason}; CI must run the fault tests, not skip them", pytrace=False)
    pytest.skip(reason)


def port_taken(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def wait_for(what: str, check: Callable[[], Any], timeout: float = 60.0, every: float = 0.2):
    """Poll ``check`` until it returns something truthy; fail saying what never happened."""
    deadline = time.monotonic() + timeout
    last: Any = None
    while time.monotonic() < deadline:
        try:
            last = check()
        except (requests.RequestException, psycopg.OperationalError) as exc:
            last = exc
        if last and not isinstance(last, Exception):
            return last
        time.sleep(every)
    pytest.fail(f"{what}: not within {timeout:.0f} s (last: {last!r})", pytrace=False)


class HeldVk(FakeVk):
    """The fake VK of the collector's tests; while ``hold`` is set its answers to
    ``wall.getReposts`` (alone or inside an ``execute``) wait: a sync stopped half-way,
    its posts stored, their reposts not yet."""

    def __init__(self) -> None:
        super().__init__()
        self.hold = threading.Event()
        self.holding = threading.Event()

    def handle(self, method: str, params: dict[str, str]) -> tuple[int, dict, float]:
        if self.hold.is_set() and "wall.getReposts" in method + params.get("code", ""):
            self.holding.set()
            while self.hold.is_set():
                time.sleep(0.05)
        return super().handle(method, params)


class Api:
    """The stack's API as a browser uses it: a session login, the CSRF header on writes."""

    def __init__(self, base: str, password: str) -> None:
        self.base = base
        self.session = requests.Session()
        self.get("/auth/csrf/").raise_for_status()
        response = self.post("/auth/login/", json={"username": "admin", "password": password})
        assert response.status_code == 200, response.text

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.session.get(f"{self.base}{V1}{path}", timeout=30, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        headers = {"X-CSRFToken": self.session.cookies.get("csrftoken", "")}
        return self.session.post(f"{self.base}{V1}{path}", headers=headers, timeout=30, **kwargs)

    def upload(self, name: str, content: str) -> requests.Response:
        files = {"file": (name, content.encode(), "text/csv")}
        return self.post("/imports/edges/", files=files, data={"platform": "vk"})


@dataclass
class Stack:
    env: dict[str, str]  # what scripts/stack and scripts/<service> are run with
    app_env: dict[str, str]  # what the stack's processes run with (`scripts/stack env`)
    secrets: dict[str, str]
    url: str
    api: Api = field(init=False)

    def script(self, *args: str, timeout: float = 300) -> str:
        result = subprocess.run(
            args, cwd=ROOT, env=self.env, capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, f"{args}: {result.stdout[-2000:]}{result.stderr[-3000:]}"
        return result.stdout

    def manage(self, *args: str) -> str:
        env = {**self.env, **self.app_env, "DJANGO_SETTINGS_MODULE": "backend.settings"}
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-3000:]
        return result.stdout

    def sql(self, query: str, *params: Any) -> list[tuple]:
        with psycopg.connect(self.app_env["DATABASE_URL"], autocommit=True) as conn:
            cursor = conn.execute(query, params)
            return cursor.fetchall() if cursor.description else []

    def pid(self, part: str) -> int:
        return int((STACK_DIR / f"{part}.pid").read_text().strip())

    def readyz(self) -> requests.Response:
        return requests.get(f"{self.url}/readyz", timeout=30)

    def send_task(self, name: str, *args: Any) -> None:
        """Queue a task as beat does (the stack's broker, by the task's name)."""
        from celery import Celery

        with Celery(broker=self.app_env["CELERY_BROKER_URL"]) as client:
            client.send_task(name, args=list(args))


def _stack_env(vk_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    return {
        **env,
        **{name: str(port) for name, port in PORTS.items()},
        **SETTINGS,
        "VK_TOKENS": VK_TOKEN,
        "VK_API_BASE_URL": vk_url,
        "STACK_DIR": str(STACK_DIR),
        "PGDATABASE_APP": DATABASE,
        "PGUSER_APP": DATABASE,
    }


@pytest.fixture(scope="module")
def vk() -> Iterator[HeldVk]:
    fake = HeldVk().load_fixtures()
    fake.start()
    yield fake
    fake.hold.clear()
    fake.stop()


@pytest.fixture(scope="module")
def stack(vk: HeldVk) -> Iterator[Stack]:
    if not IN_CI and os.environ.get("FAULT_STACK") != "1":
        pytest.skip("starts a whole stack and stops its parts: set FAULT_STACK=1 (CI runs it)")
    taken = [f"{name}={port}" for name, port in PORTS.items() if port_taken(port)]
    if taken:
        cannot(f"the fault stack's ports are in use ({', '.join(taken)})")
    env = _stack_env(vk.url)
    # An empty database and queue; the graph is rebuilt (`reference`). The rest of the
    # stack's files (secrets, collected static files, Neo4j's store) are kept for speed.
    subprocess.run(["rm", "-rf", str(STACK_DIR / "redis")], check=True)
    drop = f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)'
    dropped = subprocess.run(
        ["runuser", "-u", "postgres", "--", "psql", "-q", "-c", drop],
        capture_output=True,
        text=True,
    )
    if dropped.returncode != 0:
        cannot(f"cannot reset the database {DATABASE}: {dropped.stderr.strip()}")
    clock = time.monotonic()
    up = subprocess.run(
        ["scripts/stack", "up"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=STARTUP_SECONDS,
    )
    try:
        if up.returncode != 0:
            cannot(f"scripts/stack up failed: {up.stderr[-3000:]}")
        print(f"stack up in {time.monotonic() - clock:.0f} s")
        exports = subprocess.run(
            ["scripts/stack", "env"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        ).stdout
        app_env = dict(
            shlex.split(line.removeprefix("export "))[0].split("=", 1)
            for line in exports.splitlines()
            if line.startswith("export ")
        )
        secrets = dict(
            line.split("=", 1) for line in (STACK_DIR / "secrets.env").read_text().splitlines()
        )
        stack = Stack(env, app_env, secrets, up.stdout.strip().splitlines()[-1].rstrip("/"))
        stack.api = Api(stack.url, secrets["ADMIN_PASSWORD"])
        yield stack
    finally:
        down = subprocess.run(
            ["scripts/stack", "down"], cwd=ROOT, env=env, capture_output=True, text=True
        )
        for name in ("web", "worker", "beat"):
            log = STACK_DIR / "log" / f"{name}.log"
            if log.exists():
                print(f"--- {log} (last lines)\n" + "\n".join(log.read_text().splitlines()[-40:]))
        assert down.returncode == 0, down.stderr[-2000:]


# --- the ledger the tests rank ----------------------------------------------------------
STARTED = datetime.now(UTC).replace(microsecond=0)


def edges_csv(first: int, count: int) -> str:
    """``count`` distinct reposts among accounts numbered from ``first``, in the last days
    (the same rows, keys included, every time it is asked for them)."""
    now = STARTED
    rows = ["kind,source,target,occurred_at"]
    for i in range(count):
        source, target = first + (i * 7) % 41, first + 50 + (i * 3) % 13
        rows.append(f"repost,{source},{target},{(now - timedelta(minutes=37 * i)).isoformat()}")
    return "\n".join(rows) + "\n"


def finished(response: requests.Response) -> dict | None:
    assert response.status_code == 200, response.text
    body = response.json()
    return body if body["status"] in {"succeeded", "failed"} else None


def job_done(stack: Stack, job_id: int) -> dict | None:
    return finished(stack.api.get(f"/imports/edges/{job_id}/"))


def run_done(stack: Stack, run_id: int) -> dict | None:
    return finished(stack.api.get(f"/influence/runs/{run_id}/"))


def import_edges(stack: Stack, content: str) -> dict:
    response = stack.api.upload("edges.csv", content)
    assert response.status_code == 202, response.text
    job = wait_for("the edge import finishes", lambda: job_done(stack, response.json()["id"]))
    assert job["status"] == "succeeded", job
    return job


def rerank(stack: Stack, timeout: float = 60) -> dict:
    response = stack.api.post("/influence/runs/")
    assert response.status_code == 202, response.text
    run_id = response.json()["id"]
    run = wait_for("the re-rank finishes", lambda: run_done(stack, run_id), timeout=timeout)
    assert run["status"] == "succeeded", run
    return run


def ranking(stack: Stack, run_id: int) -> list[tuple]:
    """A run's scores by account: communities exact, scores to 9 places (the ranks of
    equal scores depend on rounding noise, the scores decide the ranks)."""
    rows = stack.sql(
        "SELECT a.external_id, s.community, s.score FROM graph_influencescore s "
        "JOIN crm_socialaccount a ON a.id = s.account_id WHERE s.run_id = %s ORDER BY 1",
        run_id,
    )
    return [(ext, community, round(score, 9)) for ext, community, score in rows]


@pytest.fixture(scope="module")
def reference(stack: Stack) -> list[tuple]:
    """The ledger every test starts from, projected, and its uninterrupted ranking."""
    job = import_edges(stack, edges_csv(1000, 300))
    assert job["rows_created"] == 300
    stack.manage("graph_project", "--rebuild")
    ranked = ranking(stack, rerank(stack)["id"])
    assert len(ranked) > 50
    return ranked


# --- Neo4j ------------------------------------------------------------------------------
def neo4j_counts(stack: Stack) -> dict[str, int]:
    from neo4j import GraphDatabase

    from graph.backends.cypher import COUNTS

    auth = ("neo4j", stack.secrets["NEO4J_PASSWORD"])
    with GraphDatabase.driver(stack.app_env["NEO4J_URI"], auth=auth) as driver:
        records, _, _ = driver.execute_query(COUNTS, database_="neo4j")
    return dict(records[0])


def ledger_counts(stack: Stack) -> dict[str, int]:
    (reposts,) = stack.sql("SELECT count(*) FROM graph_repost")[0]
    (accounts,) = stack.sql("SELECT count(*) FROM crm_socialaccount")[0]
    return {"repost_events": reposts, "accounts": accounts}


def test_neo4j_stopped(stack, reference):
    """The CRM answers, graph endpoints answer 503 at once, /readyz names Neo4j, a
    scheduled re-rank is retried, then failed with the reason (no run stays active);
    once Neo4j is back a run succeeds and what was observed meanwhile reaches the graph
    when the projection catches up."""
    account = stack.sql("SELECT id FROM crm_socialaccount WHERE external_id = '1050'")[0][0]
    assert stack.api.get(f"/graph/accounts/{account}/ego/").status_code == 200
    neo4j = {
        "NEO4J_HOME_DIR": str(STACK_DIR / "neo4j"),
        "NEO4J_PASSWORD": stack.secrets["NEO4J_PASSWORD"],
    }
    stack.env.update(neo4j)
    stack.script("scripts/neo4j", "stop")
    try:
        ready = stack.readyz()
        assert ready.status_code == 503
        checks = ready.json()["checks"]
        assert checks["neo4j"]["status"] == "down" and checks["neo4j"]["error"]
        assert checks["database"]["status"] == checks["redis"]["status"] == "ok"
        for path in ("/bloggers/", "/accounts/", "/influence/runs/", "/influence/movers/"):
            assert stack.api.get(path).status_code == 200, path
        for path in (f"/graph/accounts/{account}/ego/", "/graph/overview/"):
            clock = time.monotonic()
            error = assert_error_shape(stack.api.get(path), 503, "graph_unavailable")
            # at once: well within the driver's 5 s connection timeout
            assert time.monotonic() - clock < 4, path
            assert "Neo4j" in error["message"]

        # observed while Neo4j is down: the ledger takes it
        during = import_edges(stack, edges_csv(5000, 40))
        assert during["rows_created"] == 40

        # the nightly re-rank, as beat sends it: retried, then failed with the reason
        stack.send_task("graph.influence_rerank_scheduled")

        def scheduled_run() -> int | None:
            rows = stack.sql("SELECT id FROM graph_influencerun WHERE trigger = 'schedule'")
            return rows[0][0] if rows else None

        run_id = wait_for("beat's task asks for a run", scheduled_run)
        run = wait_for("the scheduled run ends", lambda: run_done(stack, run_id), timeout=120)
        assert run["status"] == "failed", run
        assert run["error"].startswith("Не удалось после повторов") and "Neo4j" in run["error"]
        assert not stack.sql("SELECT id FROM graph_influencerun WHERE active")
    finally:
        stack.script("scripts/neo4j", "start", timeout=300)

    # back: nobody restarts anything; the next run writes its scores into the graph
    wait_for("/readyz is ok again", lambda: stack.readyz().status_code == 200, timeout=30)
    assert rerank(stack)["status"] == "succeeded"
    assert stack.api.get(f"/graph/accounts/{account}/ego/").status_code == 200

    # the projection catches up: every event of the ledger is in the graph
    stack.manage("graph_project")
    graph = neo4j_counts(stack)
    assert {k: graph[k] for k in ("repost_events", "accounts")} == ledger_counts(stack)
    new = stack.sql("SELECT id FROM crm_socialaccount WHERE external_id = '5050'")[0][0]
    ego = stack.api.get(f"/graph/accounts/{new}/ego/")
    assert ego.status_code == 200 and len(ego.json()["nodes"]) > 1


# --- Redis ------------------------------------------------------------------------------
def test_redis_stopped(stack, reference):
    """The web answers; a re-rank and an edge import answer 503 and leave their run and
    job failed with the reason; worker and beat reconnect by themselves."""
    worker, beat = stack.pid("worker"), stack.pid("beat")
    redis = {"REDIS_DIR": str(STACK_DIR / "redis"), "REDIS_APPENDONLY": "yes"}
    stack.env.update(redis)
    stack.script("scripts/redis", "stop")
    try:
        assert stack.api.get("/bloggers/").status_code == 200
        assert Api(stack.url, stack.secrets["ADMIN_PASSWORD"]).get("/auth/me/").status_code == 200
        ready = stack.readyz()
        assert ready.status_code == 503 and ready.json()["checks"]["redis"]["status"] == "down"

        error = assert_error_shape(stack.api.post("/influence/runs/"), 503, "queue_unavailable")
        assert "Очередь" in error["message"]
        run = stack.api.get("/influence/runs/").json()["results"][0]
        assert run["status"] == "failed" and "Очередь" in run["error"]
        assert not stack.sql("SELECT id FROM graph_influencerun WHERE active")

        error = assert_error_shape(stack.api.upload("e.csv", edges_csv(1000, 5)), 503)
        assert error["code"] == "queue_unavailable"
        job = stack.api.get("/imports/edges/").json()["results"][0]
        assert job["status"] == "failed" and "Очередь" in job["error"]
        assert not stack.sql("SELECT id FROM graph_edgeimportjob WHERE status = 'pending'")
    finally:
        stack.script("scripts/redis", "start")

    # back: the same worker runs a new re-rank (it retries the broker every few seconds)
    assert rerank(stack, timeout=90)["status"] == "succeeded"
    # and the same beat sends the stale sweep again: a job silent for long is failed
    (stuck,) = stack.sql(
        "INSERT INTO graph_edgeimportjob (status, filename, format, platform, content, size,"
        " progress, rows_read, rows_created, rows_present, rows_rejected, new_accounts,"
        " error, error_code, error_params, data, kind, created_at, started_at, heartbeat_at)"
        " SELECT 'running', 'stuck.csv', 'csv', 'vk', '', 0, 10, 0, 0, 0, 0, 0, '', '', '{}',"
        " 'edges', '', now(), now() - interval '1 hour', now() - interval '1 hour' RETURNING id"
    )[0]
    job = wait_for("the sweep fails the silent job", lambda: job_done(stack, stuck), timeout=30)
    assert (job["status"], job["error"]) == ("failed", STALE_JOB_ERROR)
    assert (stack.pid("worker"), stack.pid("beat")) == (worker, beat)


# --- PostgreSQL -------------------------------------------------------------------------
def test_postgresql_restarted(stack, reference):
    """What the app sees of a PostgreSQL restart: every connection to its database is
    closed by the server. The cluster on a developer's machine is shared with other
    tests, so instead of restarting it every backend of the stack's database is
    terminated (pg_terminate_backend), which is exactly what the stack's processes
    see; in CI, where nothing else uses the cluster, it is the same thing for the app.
    Web, worker and beat carry on without a restart."""
    pids = (stack.pid("web"), stack.pid("worker"), stack.pid("beat"))
    expected = ranking(stack, rerank(stack)["id"])  # web and worker hold connections
    terminated = stack.sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = %s AND pid <> pg_backend_pid()",
        DATABASE,
    )
    assert terminated, "the stack held no connection to terminate"
    for path in ("/bloggers/", "/accounts/", "/influence/runs/", "/auth/me/"):
        assert stack.api.get(path).status_code == 200, path
    assert stack.readyz().status_code == 200
    # the worker: its next tasks use new connections
    assert import_edges(stack, edges_csv(1000, 300))["rows_present"] == 300
    assert ranking(stack, rerank(stack)["id"]) == expected
    assert (stack.pid("web"), stack.pid("worker"), stack.pid("beat")) == pids


# --- the worker killed ------------------------------------------------------------------
def waiting_on(stack: Stack, table: str) -> bool:
    """Whether a connection of the stack waits for a lock on ``table``."""
    return bool(
        stack.sql(
            "SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
            " WHERE NOT l.granted AND l.relation = %s::regclass AND a.datname = %s",
            table,
            DATABASE,
        )
    )


def kill_worker(stack: Stack) -> None:
    """``kill -9`` the worker: the main process and every pool process."""
    main = stack.pid("worker")
    children = subprocess.run(["pgrep", "-P", str(main)], capture_output=True, text=True).stdout
    for pid in [main, *map(int, children.split())]:
        os.kill(pid, signal.SIGKILL)


def worker_log(stack: Stack, since: int = 0) -> str:
    with (STACK_DIR / "log" / "worker.log").open("rb") as log:
        log.seek(since)
        return log.read().decode(errors="replace")


def vk_ledger_of_stack(stack: Stack) -> dict:
    """``tests.graph.vk.test_sync.ledger`` of the stack's database, without the accounts
    and reposts of the edge imports (numbered 1000–7999) and each state's search time."""
    ext = dict(stack.sql("SELECT id, external_id FROM crm_socialaccount"))
    imported = {pk for pk, external_id in ext.items() if re.fullmatch(r"\d{4}", external_id)}

    def utc(value: datetime | None) -> str:
        return str(value if value is None else value.astimezone(UTC))

    accounts = stack.sql(
        "SELECT id, external_id, screen_name, display_name, kind, followers, url"
        " FROM crm_socialaccount"
    )
    posts = stack.sql(
        "SELECT account_id, external_id, published_at, url, text, likes, reposts, comments,"
        " views FROM graph_post"
    )
    reposts = stack.sql(
        "SELECT key, reposter_id, author_id, via_id, repost_post_external_id, occurred_at,"
        " weight FROM graph_repost"
    )
    mentions = stack.sql("SELECT key, source_id, target_id, occurred_at FROM graph_mention")
    state = stack.sql("SELECT account_id, status, wall_cursor FROM graph_vksyncstate")
    return {
        "accounts": sorted(row[1:] for row in accounts if row[0] not in imported),
        "posts": sorted(
            (ext[a], e, utc(p), u, t, lk, r, c, v) for a, e, p, u, t, lk, r, c, v in posts
        ),
        "reposts": sorted(
            (k, ext[r], ext[a], ext.get(v), o, utc(t), w)
            for k, r, a, v, o, t, w in reposts
            if r not in imported
        ),
        "mentions": sorted((k, ext[s], ext[t], utc(at)) for k, s, t, at in mentions),
        "state": sorted((ext[a], status, cursor) for a, status, cursor in state),
    }


@pytest.fixture
def vk_uninterrupted(vk, db, settings, monkeypatch) -> dict:
    """The ledger one uninterrupted sync of the recorded account gives: in this process,
    on the test database, from the same fake VK with the stack's settings."""
    from crm.models import SocialAccount
    from graph.ingest.vk import VkCollector, ratelimit
    from tests.graph.vk.conftest import make_client
    from tests.graph.vk.test_sync import ledger

    monkeypatch.setattr(ratelimit, "_local_limiters", {})
    settings.VK_TOKENS = [VK_TOKEN]
    settings.VK_API_BASE_URL = vk.url
    settings.VK_RATE_REDIS_URL = ""
    settings.VK_SYNC_HISTORY_DAYS = float(SETTINGS["VK_SYNC_HISTORY_DAYS"])
    account = SocialAccount.objects.create(platform="vk", external_id=ANNA)
    report = VkCollector(make_client(vk, tokens=[VK_TOKEN])).account_sync(account)
    assert report.errors == [] and report.skipped == []
    expected = ledger()
    expected["state"] = [row[:3] for row in expected["state"]]
    assert len(expected["posts"]) >= 4 and len(expected["reposts"]) >= 2
    return expected


def test_worker_killed_during_a_rerank_an_edge_import_and_a_vk_sync(
    stack, reference, vk, vk_uninterrupted
):
    """``kill -9`` of the worker while a re-rank stores its scores and an edge import
    stores a batch (each held there by a table lock) and a VK sync waits for VK (its
    posts stored, their reposts not yet). A second sync of the account meanwhile skips
    it. The sweep fails the run and the job with the reason; a new run ranks exactly
    as an uninterrupted one, the file uploaded again is in the ledger once, and once the
    dead sync's hold has run out the next sync takes the account over and leaves the
    ledger as one uninterrupted sync does."""
    created = stack.api.post("/accounts/", json={"platform": "vk", "external_id": ANNA})
    assert created.status_code == 201, created.text
    account = created.json()["id"]
    expected = ranking(stack, rerank(stack)["id"])  # uninterrupted, over the same ledger
    content = edges_csv(7000, 200)
    log_start = (STACK_DIR / "log" / "worker.log").stat().st_size

    vk.hold.set()
    stack.send_task("graph.vk_sync_account", account)
    wait_for("the VK sync waits for VK", vk.holding.is_set)
    (posts,) = stack.sql("SELECT count(*) FROM graph_post WHERE account_id = %s", account)[0]
    assert posts > 0  # half-way: the wall is stored
    asked = len(vk.requests())
    stack.send_task("graph.vk_sync_account", account)
    wait_for("a second sync skips it", lambda: SYNC_RUNNING in worker_log(stack, log_start))
    assert len(vk.requests()) == asked

    with psycopg.connect(stack.app_env["DATABASE_URL"]) as hold:
        hold.execute("LOCK TABLE graph_influencescore, graph_repost IN SHARE MODE")
        run = stack.api.post("/influence/runs/").json()
        job = stack.api.upload("killed.csv", content).json()
        wait_for("the re-rank waits to store", lambda: waiting_on(stack, "graph_influencescore"))
        wait_for("the import waits to store", lambda: waiting_on(stack, "graph_repost"))
        assert stack.api.get(f"/influence/runs/{run['id']}/").json()["status"] == "running"
        assert stack.api.get(f"/imports/edges/{job['id']}/").json()["status"] == "running"
        kill_worker(stack)
        hold.rollback()
    vk.hold.clear()
    stack.script("scripts/stack", "up")  # the operator starts a worker again

    run = wait_for("the sweep fails the run", lambda: run_done(stack, run["id"]))
    assert (run["status"], run["error"]) == ("failed", STALE_ERROR)
    job = wait_for("the sweep fails the job", lambda: job_done(stack, job["id"]))
    assert (job["status"], job["error"]) == ("failed", STALE_JOB_ERROR)

    # a new run ranks as the uninterrupted one did (the killed batch stored nothing)
    assert ranking(stack, rerank(stack)["id"]) == expected
    again = import_edges(stack, content)
    assert again["rows_created"] + again["rows_present"] == 200
    (stored,) = stack.sql(
        "SELECT count(*) FROM graph_repost r JOIN crm_socialaccount a ON a.id = r.reposter_id"
        " WHERE a.external_id ~ '^70[0-9][0-9]$'"
    )[0]
    assert stored == 200

    def synced() -> bool:
        (owner, success) = stack.sql(
            "SELECT lock_owner, last_success_at FROM graph_vksyncstate WHERE account_id = %s",
            account,
        )[0]
        return owner == "" and success is not None

    def hold_expired() -> bool:
        return stack.sql(
            "SELECT locked_until < now() FROM graph_vksyncstate WHERE account_id = %s", account
        )[0][0]

    assert not synced()
    wait_for("the dead sync's hold runs out", hold_expired, timeout=30)
    stack.send_task("graph.vk_sync_account", account)
    wait_for("the next sync takes the account over", synced)
    assert vk_ledger_of_stack(stack) == vk_uninterrupted
