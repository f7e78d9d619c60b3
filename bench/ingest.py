"""Benchmark: importing edges into the ledger (``manage.py import_edges``) and projecting
the ledger into Neo4j (``graph_project --rebuild``, then an incremental no-op run).

Cases (each on an empty ledger, then once more to time an all-present re-import):

- the Higgs Twitter mention layer (``../shared/data/higgs-mention_network.edgelist``,
  150,818 edges, 116,408 accounts);
- a generated CSV of 1,000,000 events (deterministic: 100,000 accounts with habitual
  amplification — see ``_generate_csv`` — 70 % mentions / 30 % reposts with the
  original's post id, timestamps over 90 days, half of the rows with an ``event_id``).

The run uses a scratch database it creates and drops: ``rezonans_bench`` on the
PostgreSQL server of ``--database-url`` (default: ``$DATABASE_URL``, else
``scripts/postgres url``; the role needs CREATEDB), or a scratch SQLite file when the
URL is ``sqlite:///…``. The projection cases need a Neo4j that may be **wiped**:
``--neo4j-uri`` (default ``$NEO4J_TEST_URI``) with ``$NEO4J_TEST_PASSWORD``; without
one they are left out. Run by hand, never part of the test suite::

    uv run python bench/ingest.py
    uv run python bench/ingest.py --events 200000 --batch-size 10000
    uv run python bench/ingest.py --database-url sqlite:///var/bench.sqlite3
    uv run python bench/ingest.py --skip-higgs --keep   # then, on that ledger:
    uv run python bench/ingest.py --reuse --keep        # projection + re-rank only
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
HIGGS = ROOT.parent / "shared" / "data" / "higgs-mention_network.edgelist"
SCRATCH_DB = "rezonans_bench"


@dataclass
class Result:
    case: str
    rows: int
    created: int
    present: int
    new_accounts: int
    seconds: float
    client_cpu: float
    server_cpu: float | None

    @property
    def rate(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", help="server to create the scratch database on")
    parser.add_argument("--events", type=int, default=1_000_000, help="generated CSV rows")
    parser.add_argument("--accounts", type=int, default=100_000, help="generated accounts")
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--skip-higgs", action="store_true")
    parser.add_argument("--skip-generated", action="store_true")
    parser.add_argument("--skip-reimport", action="store_true", help="no all-present re-runs")
    parser.add_argument("--skip-incremental", action="store_true", help="no incremental no-op")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="start from the ledger an earlier --keep run left (no import): project and re-rank",
    )
    parser.add_argument(
        "--neo4j-uri",
        default=os.environ.get("NEO4J_TEST_URI", ""),
        help="Neo4j to project into (it is wiped); default $NEO4J_TEST_URI",
    )
    args = parser.parse_args()

    server_url = args.database_url or os.environ.get("DATABASE_URL") or _scripts_postgres_url()
    scratch_url, drop = _scratch_database(server_url, reuse=args.reuse)
    os.environ["DATABASE_URL"] = scratch_url
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key")
    os.environ["DJANGO_SETTINGS_MODULE"] = "backend.settings"
    sys.path.insert(0, str(ROOT))

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    print(f"database: {connection.vendor} ({_redacted(scratch_url)}), batch {args.batch_size}")
    call_command("migrate", verbosity=0)
    results: list[Result] = []
    try:
        with tempfile.TemporaryDirectory(prefix="rezonans-bench-") as tmp:
            if not args.skip_higgs and not args.reuse:
                if not HIGGS.exists():
                    sys.exit(f"{HIGGS} is missing (see ../shared/data/README.md)")
                command = [
                    str(HIGGS),
                    "--format=edgelist",
                    "--kind=mention",
                    "--platform=other",
                    "--occurred-at=2012-07-04T08:00:00Z",
                ]
                _ledger_clear()
                results.append(_run("Higgs mentions (edgelist)", command, args.batch_size))
                results.append(_run("  re-import, all present", command, args.batch_size))
                results.extend(_project("Higgs", args.neo4j_uri, not args.skip_incremental))
            if args.reuse:
                label = "kept ledger"
                results.extend(_project(label, args.neo4j_uri, not args.skip_incremental))
                results.extend(_rerank(label, args.neo4j_uri))
            elif not args.skip_generated:
                path = Path(tmp) / "events.csv"
                started = time.perf_counter()
                _generate_csv(path, events=args.events, accounts=args.accounts)
                print(f"generated {args.events:,} events in {time.perf_counter() - started:.1f} s")
                command = [str(path), "--format=csv", "--platform=vk"]
                _ledger_clear()
                label = f"generated {args.events:,} events (csv)"
                results.append(_run(label, command, args.batch_size))
                if not args.skip_reimport:
                    results.append(_run("  re-import, all present", command, args.batch_size))
                results.extend(
                    _project(
                        f"generated {args.events:,}", args.neo4j_uri, not args.skip_incremental
                    )
                )
                results.extend(_rerank(f"generated {args.events:,}", args.neo4j_uri))
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop()
    _print_table(results)


def _run(case: str, command: list[str], batch_size: int) -> Result:
    from django.core.management import call_command

    from crm.models import SocialAccount
    from graph.models import Mention, Repost

    def totals() -> tuple[int, int]:
        return Mention.objects.count() + Repost.objects.count(), SocialAccount.objects.count()

    events_before, accounts_before = totals()
    out = io.StringIO()
    server_before = _server_cpu()
    cpu_before = time.process_time()
    started = time.perf_counter()
    call_command("import_edges", *command, f"--batch-size={batch_size}", stdout=out, stderr=out)
    seconds = time.perf_counter() - started
    client_cpu = time.process_time() - cpu_before
    server_after = _server_cpu()
    events_after, accounts_after = totals()
    rows = int(_summary_value(out.getvalue(), "rows read"))
    created = events_after - events_before
    print(f"{case}: {rows:,} rows in {seconds:.1f} s", flush=True)
    return Result(
        case=case,
        rows=rows,
        created=created,
        present=rows - created,
        new_accounts=accounts_after - accounts_before,
        seconds=seconds,
        client_cpu=client_cpu,
        server_cpu=None
        if server_before is None or server_after is None
        else server_after - server_before,
    )


def _project(label: str, uri: str, incremental: bool = True) -> list[Result]:
    """Rebuild the Neo4j projection from the ledger, then run an incremental no-op."""
    if not uri:
        print("no --neo4j-uri / NEO4J_TEST_URI: projection not measured")
        return []
    from neo4j import GraphDatabase

    from graph.backends.neo4j import Neo4jBackend
    from graph.models import ProjectionState

    password = os.environ.get("NEO4J_TEST_PASSWORD") or os.environ.get("NEO4J_PASSWORD", "")
    driver = GraphDatabase.driver(uri, auth=("neo4j", password))
    backend = Neo4jBackend(driver, database=os.environ.get("NEO4J_TEST_DATABASE", "neo4j"))
    ProjectionState.objects.all().delete()
    results = []
    try:
        cases = [(f"  Neo4j projection {label} (--rebuild)", True)]
        if incremental:
            cases.append(("  Neo4j incremental (re-projects the last 10 minutes)", False))
        for case, rebuild in cases:
            cpu_before = time.process_time()
            started = time.perf_counter()
            report = backend.project(rebuild=rebuild)
            seconds = time.perf_counter() - started
            events = report.events
            if rebuild:
                counts = backend.counts()
                events = counts.repost_events + counts.mention_events
            print(
                f"{case}: {events:,} events, {report.pairs:,} pairs in {seconds:.1f} s "
                f"{report.stage_seconds}",
                flush=True,
            )
            results.append(
                Result(
                    case=case,
                    rows=events,
                    created=report.pairs,
                    present=0,
                    new_accounts=report.accounts,
                    seconds=seconds,
                    client_cpu=time.process_time() - cpu_before,
                    server_cpu=None,
                )
            )
    finally:
        driver.close()
    return results


def _rerank(label: str, uri: str) -> list[Result]:
    """End-to-end influence re-rank of the ledger (load, rank, store; Neo4j: write back)."""
    from django.conf import settings
    from django.db.models import Max

    import graph.backends
    from graph.models import InfluenceRun, Mention, Repost
    from graph.services import influence_run_execute, influence_run_request

    # Rank "as of" the newest event, so the generated history falls in the window.
    now = max(
        Repost.objects.aggregate(m=Max("occurred_at"))["m"],
        Mention.objects.aggregate(m=Max("occurred_at"))["m"],
    )

    backends = ["sql"] + (["neo4j"] if uri else [])
    results = []
    for name in backends:
        settings.GRAPH_BACKEND = name
        if name == "neo4j":
            from neo4j import GraphDatabase

            password = os.environ.get("NEO4J_TEST_PASSWORD") or os.environ.get("NEO4J_PASSWORD")
            graph.backends._driver = GraphDatabase.driver(uri, auth=("neo4j", password))
        run, _ = influence_run_request(trigger="bench", enqueue=False)
        started = time.perf_counter()
        cpu_before = time.process_time()
        run = influence_run_execute(run_id=run.pk, now=now)
        seconds = time.perf_counter() - started
        assert run.status == InfluenceRun.Status.SUCCEEDED, run.error
        case = f"  re-rank {label} ({name})"
        print(
            f"{case}: {run.node_count:,} accounts, {run.edge_count:,} edges in {seconds:.1f} s "
            f"{run.timings}",
            flush=True,
        )
        results.append(
            Result(
                case=case,
                rows=run.edge_count,
                created=run.node_count,
                present=0,
                new_accounts=0,
                seconds=seconds,
                client_cpu=time.process_time() - cpu_before,
                server_cpu=None,
            )
        )
    return results


def _server_cpu() -> float | None:
    """CPU seconds used so far by this connection's PostgreSQL backend, when it runs on
    this machine (read from /proc). Wall time on a shared machine depends on what else
    runs; client + server CPU seconds do not."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _summary_value(output: str, label: str) -> str:
    for line in output.splitlines():
        if line.strip().startswith(label):
            return line.strip()[len(label) :].split()[0].replace(",", "")
    raise RuntimeError(f"no {label!r} in the command's output:\n{output}")


def _ledger_clear() -> None:
    """Empty the ledger tables (TRUNCATE on PostgreSQL; the ORM's cascade is slow)."""
    from django.db import connection

    from crm.models import SocialAccount
    from graph.models import Mention, Post, Repost

    models = (Mention, Repost, Post, SocialAccount)
    if connection.vendor == "postgresql":
        tables = ", ".join(connection.ops.quote_name(m._meta.db_table) for m in models)
        with connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {tables} CASCADE")
    else:
        for model in models:
            model.objects.all()._raw_delete(connection.alias)


def _generate_csv(path: Path, *, events: int, accounts: int, seed: int = 20240501) -> None:
    """Deterministic events shaped like regional amplification: amplification is habitual.

    Every account has a few favourite authors (1 + geometric, mean ≈ 6, drawn from
    a power law rank^-1.1 over all accounts); a source is drawn by activity
    (rank^-0.8), and 85 % of its events go to one of its favourites, 15 % to any
    author (power law). So the same pairs recur over the 90 days, as residents
    repost the same publics again and again; 30 % reposts (with the original's
    post id), 70 % mentions; half the rows carry an ``event_id``.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    popularity = 1.0 / np.arange(1, accounts + 1) ** 1.1
    popularity /= popularity.sum()
    activity = 1.0 / np.arange(1, accounts + 1) ** 0.8
    activity /= activity.sum()
    favourites_count = np.minimum(1 + rng.geometric(1 / 6, size=accounts), 30)
    offsets = np.concatenate([[0], np.cumsum(favourites_count)])
    favourites = rng.choice(accounts, size=int(offsets[-1]), p=popularity)
    sources = rng.permutation(accounts)[rng.choice(accounts, size=events, p=activity)]
    habitual = rng.random(events) < 0.85
    pick = offsets[sources] + (rng.random(events) * favourites_count[sources]).astype(np.int64)
    targets = np.where(habitual, favourites[pick], rng.choice(accounts, size=events, p=popularity))
    targets = np.where(targets == sources, (targets + 1) % accounts, targets)
    kinds = np.where(rng.random(events) < 0.3, "repost", "mention")
    seconds = rng.integers(0, 90 * 24 * 3600, size=events)
    posts = rng.integers(1, 200, size=events)
    weights = np.where(rng.random(events) < 0.1, rng.integers(2, 6, size=events), 1)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["kind", "source", "target", "occurred_at", "post_id", "weight", "event_id"]
        )
        for i in range(events):
            kind = kinds[i]
            writer.writerow(
                [
                    kind,
                    100_000 + int(sources[i]),
                    100_000 + int(targets[i]),
                    (start + timedelta(seconds=int(seconds[i]))).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    int(posts[i]) if kind == "repost" else "",
                    int(weights[i]),
                    f"g{i}" if i % 2 else "",
                ]
            )


def _scripts_postgres_url() -> str:
    return subprocess.run(
        [str(ROOT / "scripts" / "postgres"), "url"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _scratch_database(server_url: str, *, reuse: bool = False):
    """(scratch DATABASE_URL, function dropping it); the scratch database starts empty
    unless ``reuse`` (then it must exist: left by an earlier ``--keep`` run)."""
    parts = urlsplit(server_url)
    if parts.scheme == "sqlite":
        path = ROOT / "var" / f"{SCRATCH_DB}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        if reuse:
            return f"sqlite:///{path}", lambda: path.unlink(missing_ok=True)
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}", lambda: path.unlink(missing_ok=True)

    import psycopg
    from psycopg import sql

    admin = urlunsplit(parts._replace(path="/postgres"))

    def execute(statement: sql.Composable) -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(statement)

    name = sql.Identifier(SCRATCH_DB)
    if not reuse:
        execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        execute(sql.SQL("CREATE DATABASE {}").format(name))
    scratch = urlunsplit(parts._replace(path=f"/{SCRATCH_DB}"))
    return scratch, lambda: execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(name))


def _redacted(url: str) -> str:
    parts = urlsplit(url)
    if parts.password:
        parts = parts._replace(netloc=parts.netloc.replace(f":{parts.password}@", ":***@"))
    return urlunsplit(parts)


def _print_table(results: list[Result]) -> None:
    header = f"{'case':<36}{'rows':>11}{'created':>11}{'present':>11}{'accounts+':>11}"
    header += f"{'seconds':>9}{'rows/s':>10}{'client cpu':>12}{'server cpu':>12}"
    print()
    print(header)
    print("-" * len(header))
    for r in results:
        print(
            f"{r.case:<36}{r.rows:>11,}{r.created:>11,}{r.present:>11,}{r.new_accounts:>11,}"
            f"{r.seconds:>9.1f}{r.rate:>10,.0f}{r.client_cpu:>11.1f}s"
            + (f"{r.server_cpu:>11.1f}s" if r.server_cpu is not None else f"{'-':>12}")
        )
    print(
        "\nseconds/rows/s: wall clock; client cpu: this process (parsing, ORM, driver); "
        "server cpu: the PostgreSQL backend (when local)."
    )


if __name__ == "__main__":
    main()
