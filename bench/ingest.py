"""Benchmark: importing edges into the ledger (``manage.py import_edges``) and projecting
the ledger into Neo4j (``graph_project --rebuild``, then an incremental no-op run).

Cases (each on an empty ledger, then once more to time an all-present re-import):

- the Higgs Twitter mention layer (``../shared/data/higgs-mention_network.edgelist``,
  150,818 edges, 116,408 accounts);
- a generated CSV of 1,000,000 events (deterministic: 100,000 accounts, power-law
  popular targets, 70 % mentions / 30 % reposts with the original's post id,
  timestamps over 90 days, half of the rows with an ``event_id``).

The run uses a scratch database it creates and drops: ``rezonans_bench`` on the
PostgreSQL server of ``--database-url`` (default: ``$DATABASE_URL``, else
``scripts/postgres url``; the role needs CREATEDB), or a scratch SQLite file when the
URL is ``sqlite:///…``. The projection cases need a Neo4j that may be **wiped**:
``--neo4j-uri`` (default ``$NEO4J_TEST_URI``) with ``$NEO4J_TEST_PASSWORD``; without
one they are left out. Run by hand, never part of the test suite::

    uv run python bench/ingest_ledger.py
    uv run python bench/ingest_ledger.py --events 200000 --batch-size 10000
    uv run python bench/ingest_ledger.py --database-url sqlite:///var/bench.sqlite3
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
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
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument(
        "--neo4j-uri", default=os.environ.get("NEO4J_TEST_URI", ""),
        help="Neo4j to project into (it is wiped); default $NEO4J_TEST_URI",
    )  # fmt: skip
    args = parser.parse_args()

    server_url = args.database_url or os.environ.get("DATABASE_URL") or _scripts_postgres_url()
    scratch_url, drop = _scratch_database(server_url)
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
            if not args.skip_higgs:
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
                results.extend(_project("Higgs", args.neo4j_uri))
            if not args.skip_generated:
                path = Path(tmp) / "events.csv"
                started = time.perf_counter()
                _generate_csv(path, events=args.events, accounts=args.accounts)
                print(f"generated {args.events:,} events in {time.perf_counter() - started:.1f} s")
                command = [str(path), "--format=csv", "--platform=vk"]
                _ledger_clear()
                label = f"generated {args.events:,} events (csv)"
                results.append(_run(label, command, args.batch_size))
                results.append(_run("  re-import, all present", command, args.batch_size))
                results.extend(_project(f"generated {args.events:,}", args.neo4j_uri))
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


def _project(label: str, uri: str) -> list[Result]:
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
        for case, rebuild in ((f"  Neo4j projection {label} (--rebuild)", True),
                              ("  Neo4j incremental, nothing new", False)):  # fmt: skip
            cpu_before = time.process_time()
            started = time.perf_counter()
            report = backend.project(rebuild=rebuild)
            seconds = time.perf_counter() - started
            events = report.events
            if rebuild:
                counts = backend.counts()
                events = counts.repost_events + counts.mention_events
            print(f"{case}: {events:,} events, {report.pairs:,} pairs in {seconds:.1f} s",
                  flush=True)  # fmt: skip
            results.append(
                Result(case=case, rows=events, created=report.pairs, present=0,
                       new_accounts=report.accounts, seconds=seconds,
                       client_cpu=time.process_time() - cpu_before, server_cpu=None)
            )  # fmt: skip
    finally:
        driver.close()
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
    """Deterministic events: targets follow a power law (rank^-1.1), sources are uniform."""
    rng = random.Random(seed)
    ids = [str(100_000 + i) for i in range(accounts)]
    cum_weights = list(accumulate(1.0 / (rank**1.1) for rank in range(1, accounts + 1)))
    targets = rng.choices(ids, cum_weights=cum_weights, k=events)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    span = 90 * 24 * 3600
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["kind", "source", "target", "occurred_at", "post_id", "weight", "event_id"]
        )
        for i, target in enumerate(targets):
            kind = "repost" if rng.random() < 0.3 else "mention"
            when = start + timedelta(seconds=rng.randrange(span))
            post_id = str(rng.randrange(1, 200)) if kind == "repost" else ""
            weight = rng.randint(2, 5) if rng.random() < 0.1 else 1
            writer.writerow(
                [
                    kind,
                    ids[rng.randrange(accounts)],
                    target,
                    when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    post_id,
                    weight,
                    f"g{i}" if i % 2 else "",
                ]
            )


def _scripts_postgres_url() -> str:
    return subprocess.run(
        [str(ROOT / "scripts" / "postgres"), "url"], check=True, capture_output=True, text=True
    ).stdout.strip()


def _scratch_database(server_url: str):
    """(scratch DATABASE_URL, function dropping it); the scratch database starts empty."""
    parts = urlsplit(server_url)
    if parts.scheme == "sqlite":
        path = ROOT / "var" / f"{SCRATCH_DB}.sqlite3"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        return f"sqlite:///{path}", lambda: path.unlink(missing_ok=True)

    import psycopg
    from psycopg import sql

    admin = urlunsplit(parts._replace(path="/postgres"))

    def execute(statement: sql.Composable) -> None:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(statement)

    name = sql.Identifier(SCRATCH_DB)
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
