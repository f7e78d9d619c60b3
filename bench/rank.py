"""Benchmark: the ranking core against networkx and igraph on one generated graph per size.

For each size a power-law amplification graph is generated once (seeded: heavy-tailed
activity and popularity, planted communities with 80 % of edges inside, decayed
repost/mention weights, no self-loops, pairs unique and sorted like
``WeightedEdges``), then every measurement runs in its own subprocess on that same
graph so that its peak RSS is clean:

- ``ours pagerank``   — ``graph.ranking.pagerank`` from the arrays (validation, CSR
  build and power iteration, tol 1e-10), after a warm-up call on a three-node graph
  that loads its compiled (numba) kernels, shown apart as the build column;
- ``igraph pagerank`` — ``Graph.pagerank(weights=…, implementation="prpack")``; the
  graph build (python-igraph copies edges through Python objects) is shown apart;
- ``networkx pagerank`` — ``networkx.pagerank(G, tol=1e-10)``; the DiGraph build is
  shown apart; skipped (with a note) above ``--networkx-max-edges`` or after
  ``--networkx-timeout`` seconds;
- ``ours rank()``     — the whole ``graph.ranking.rank`` (PageRank, HITS, Louvain,
  k-core, score, explanations), with its stage times; measured after a warm-up call on a
  three-node graph that loads the compiled (numba) kernels, whose seconds are shown apart
  as the build column (a worker pays them once per process; the first call ever also
  compiles them into the on-disk cache);
- ``re-rank (sql)`` / ``re-rank (neo4j)`` with ``--django`` (or ``--django-reuse``) — the
  end-to-end re-rank of the generated 1M-event ledger through Django, by
  ``bench/ingest.py`` (see ``measure_django_rerank``; needs PostgreSQL and a Neo4j that
  may be wiped: ``NEO4J_TEST_URI`` / ``NEO4J_TEST_PASSWORD``).

Columns: wall and CPU seconds of the measured call (CPU time is the steadier figure on
a shared machine; ``rank()`` runs two threads, so its CPU time exceeds its wall time),
seconds of the graph build where it is separate, peak RSS of the subprocess (inputs
included) and the RSS added over the loaded inputs, and the L1 distance of the PageRank
vector to ours. Run by hand, never part of the test suite::

    uv run python bench/rank.py
    uv run python bench/rank.py --sizes 100000:1000000 --skip-networkx
    uv run python bench/rank.py --django    # + the 1M-event ledger re-rank (minutes)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = "1000000:1000000,100000:1000000,1000000:10000000"
TOL = 1e-10
DAMPING = 0.85
HALF_LIFE_DAYS = 30.0
WINDOW_DAYS = 90.0
CASES = ("ours pagerank", "igraph pagerank", "networkx pagerank", "ours rank()")


@dataclass
class Measurement:
    case: str
    nodes: int
    edges: int
    seconds: float | None = None
    cpu_seconds: float | None = None
    build_seconds: float | None = None
    peak_rss_mb: float | None = None
    added_rss_mb: float | None = None
    l1_to_ours: float | None = None
    note: str = ""
    stages: dict[str, float] = field(default_factory=dict)


# --- the graph -------------------------------------------------------------------


def generate(nodes: int, edges: int, seed: int = 0) -> dict[str, np.ndarray]:
    """A seeded power-law amplification graph with exactly ``edges`` unique pairs.

    Vectorised: sources by activity, targets by popularity (both Pareto), 80 % of
    targets inside the source's community (about 1,000 nodes each), the rest anywhere.
    Events carry a repost (1.0) or mention (0.5) weight decayed with a 30-day half-life
    over a 90-day window; events on one pair are summed, as the graph backends do.
    """
    rng = np.random.default_rng(seed)
    activity = rng.pareto(1.5, nodes) + 1e-3
    popularity = rng.pareto(1.2, nodes) + 1e-3
    community = rng.integers(0, max(1, nodes // 1000), nodes)
    by_community = np.argsort(community, kind="stable")
    cumulative = np.cumsum(popularity[by_community])
    community_end = np.searchsorted(
        community[by_community], np.arange(community.max() + 1), "right"
    )
    community_total = np.diff(np.r_[0.0, cumulative[community_end - 1]])
    community_start = cumulative[community_end - 1] - community_total
    activity_cumulative = np.cumsum(activity)

    def draw(count: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        src = np.searchsorted(activity_cumulative, rng.random(count) * activity_cumulative[-1])
        src = np.minimum(src, nodes - 1)
        inside = rng.random(count) < 0.8
        c = community[src]
        target = np.where(
            inside,
            community_start[c] + rng.random(count) * community_total[c],
            rng.random(count) * cumulative[-1],
        )
        dst = by_community[np.minimum(np.searchsorted(cumulative, target), nodes - 1)]
        age_days = rng.random(count) * WINDOW_DAYS
        kind_weight = np.where(rng.random(count) < 0.3, 1.0, 0.5)
        weight = kind_weight * np.exp(-age_days / HALF_LIFE_DAYS * math.log(2.0))
        keep = src != dst
        return src[keep].astype(np.int64), dst[keep].astype(np.int64), weight[keep]

    keys = np.zeros(0, dtype=np.int64)
    weights = np.zeros(0)
    while keys.shape[0] < edges:
        src, dst, weight = draw(int((edges - keys.shape[0]) * 1.3) + 1000)
        keys, inverse = np.unique(np.r_[keys, src * nodes + dst], return_inverse=True)
        weights = np.bincount(inverse, weights=np.r_[weights, weight], minlength=keys.shape[0])
    chosen = np.sort(rng.choice(keys.shape[0], size=edges, replace=False))
    keys, weights = keys[chosen], weights[chosen]
    followers = np.floor((popularity / np.median(popularity)) * 800 * rng.lognormal(0, 0.5, nodes))
    followers[rng.random(nodes) < 0.1] = np.nan  # unknown audience
    engagement = rng.lognormal(-3.5, 1.0, nodes)
    engagement[rng.random(nodes) < 0.2] = np.nan
    return {
        "src": keys // nodes,
        "dst": keys % nodes,
        "weight": weights,
        "n": np.array(nodes),
        "followers": followers,
        "engagement": engagement,
    }


# --- measurements (each in a subprocess) -----------------------------------------------


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # KiB on Linux


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(case: str, data_path: str, out_path: str) -> None:
    sys.path.insert(0, str(ROOT))
    with np.load(data_path) as data:
        graph = {key: data[key] for key in data.files}
    src, dst, weight, n = graph["src"], graph["dst"], graph["weight"], int(graph["n"])
    import igraph
    import networkx  # noqa: F401 - imported before the baseline, like igraph

    from graph.ranking import pagerank, rank

    baseline = _rss_mb()
    report: dict[str, object] = {}
    cpu = _cpu_seconds()
    scores: np.ndarray | None = None
    if case == "ours pagerank":
        started = time.perf_counter()
        pagerank([0, 1, 2], [1, 2, 0], [1.0, 1.0, 1.0], 3)
        report["build_seconds"] = time.perf_counter() - started
        cpu = _cpu_seconds()
        started = time.perf_counter()
        scores = pagerank(src, dst, weight, n, damping=DAMPING, tol=TOL)
        report["seconds"] = time.perf_counter() - started
    elif case == "igraph pagerank":
        started = time.perf_counter()
        pairs = np.ascontiguousarray(np.stack([src, dst], axis=1), dtype=np.int64)
        g = igraph.Graph(n=n, edges=pairs.data, directed=True)
        weights = weight.tolist()
        report["build_seconds"] = time.perf_counter() - started
        started = time.perf_counter()
        cpu = _cpu_seconds()
        scores = np.asarray(
            g.pagerank(weights=weights, damping=DAMPING, implementation="prpack"), dtype=float
        )
        report["seconds"] = time.perf_counter() - started
    elif case == "networkx pagerank":
        import networkx as nx

        started = time.perf_counter()
        g = nx.DiGraph()
        g.add_nodes_from(range(n))
        g.add_weighted_edges_from(zip(src.tolist(), dst.tolist(), weight.tolist(), strict=True))
        report["build_seconds"] = time.perf_counter() - started
        started = time.perf_counter()
        cpu = _cpu_seconds()
        values = nx.pagerank(g, alpha=DAMPING, tol=TOL, max_iter=200)
        report["seconds"] = time.perf_counter() - started
        scores = np.fromiter((values[i] for i in range(n)), dtype=float, count=n)
    elif case == "ours rank()":
        started = time.perf_counter()
        rank([0, 1, 2], [1, 2, 0], [1.0, 1.0, 1.0], 3)
        report["build_seconds"] = time.perf_counter() - started
        cpu = _cpu_seconds()
        started = time.perf_counter()
        result = rank(
            src,
            dst,
            weight,
            n,
            followers=graph["followers"],
            engagement=graph["engagement"],
            damping=DAMPING,
            tol=TOL,
        )
        report["seconds"] = time.perf_counter() - started
        report["stages"] = result.seconds
        report["note"] = (
            f"PR {result.pagerank_iterations} it, HITS {result.hits_iterations} it"
            f"{'' if result.hits_converged else ' (not converged)'}, "
            f"{int(result.community.max()) + 1:,} communities, Q={result.modularity:.3f}"
        )
        scores = result.pagerank
    else:
        raise SystemExit(f"unknown case {case!r}")
    report["cpu_seconds"] = _cpu_seconds() - cpu
    report["peak_rss_mb"] = _peak_rss_mb()
    report["added_rss_mb"] = max(0.0, _peak_rss_mb() - baseline)
    if scores is not None:
        np.save(out_path + ".npy", scores)
    Path(out_path).write_text(json.dumps(report))


def measure(case: str, data_path: Path, nodes: int, edges: int, timeout: float) -> Measurement:
    out_path = str(data_path.with_suffix("")) + "-" + case.split()[0] + "-" + case.split()[1]
    command = [sys.executable, __file__, "--child", case, str(data_path), out_path]
    measurement = Measurement(case, nodes, edges)
    try:
        completed = subprocess.run(command, timeout=timeout, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        measurement.note = f"stopped after {timeout:.0f} s"
        return measurement
    if completed.returncode != 0:
        measurement.note = f"failed: {completed.stderr.strip().splitlines()[-1:]}"
        return measurement
    report = json.loads(Path(out_path).read_text())
    measurement.seconds = report.get("seconds")
    measurement.cpu_seconds = report.get("cpu_seconds")
    measurement.build_seconds = report.get("build_seconds")
    measurement.peak_rss_mb = report.get("peak_rss_mb")
    measurement.added_rss_mb = report.get("added_rss_mb")
    measurement.note = report.get("note", "")
    measurement.stages = report.get("stages", {})
    return measurement


def compare_to_ours(measurements: list[Measurement], data_path: Path) -> None:
    base = str(data_path.with_suffix(""))
    ours_path = Path(base + "-ours-pagerank.npy")
    if not ours_path.exists():
        return
    ours = np.load(ours_path)
    for m in measurements:
        path = Path(base + "-" + m.case.split()[0] + "-" + m.case.split()[1] + ".npy")
        if m.seconds is not None and path.exists():
            m.l1_to_ours = float(np.abs(np.load(path) - ours).sum())


# --- the end-to-end re-rank through Django ------------------------------------------


RERANK_LINE = re.compile(
    r"^\s*re-rank .* \((?P<backend>\w+)\): (?P<nodes>[\d,]+) accounts, (?P<edges>[\d,]+) "
    r"edges in (?P<seconds>[\d.]+) s (?P<timings>.*)$"
)


def measure_django_rerank(reuse: bool, timeout: float) -> list[Measurement]:
    """End-to-end re-rank of the 1M-event ledger through Django, with each backend.

    Runs ``bench/ingest.py``: it builds the generated 1M-event ledger in its scratch
    database (or, with ``reuse``, takes the one an earlier ``--keep`` run left), projects
    it into Neo4j (``NEO4J_TEST_URI`` / ``NEO4J_TEST_PASSWORD``: a Neo4j that may be
    wiped) and re-ranks it with the ``sql`` and ``neo4j`` backends (load, rank, store;
    Neo4j also writes scores back). Its re-rank lines become rows here; the ledger is
    kept for the next ``--django-reuse``.
    """
    command = [sys.executable, str(ROOT / "bench" / "ingest.py"), "--keep", "--skip-incremental"]
    command += ["--reuse"] if reuse else ["--skip-higgs", "--skip-reimport"]
    print("end-to-end re-rank: " + " ".join(command[1:]), flush=True)
    rows: list[Measurement] = []
    try:
        completed = subprocess.run(command, timeout=timeout, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return [Measurement("re-rank (Django)", 0, 0, note=f"stopped after {timeout:.0f} s")]
    for line in completed.stdout.splitlines():
        print("  " + line, flush=True)
        match = RERANK_LINE.match(line)
        if match:
            rows.append(
                Measurement(
                    f"re-rank ({match['backend']})",
                    int(match["nodes"].replace(",", "")),
                    int(match["edges"].replace(",", "")),
                    seconds=float(match["seconds"]),
                    note=f"1M-event ledger, stages (s): {match['timings']}",
                )
            )
    if completed.returncode != 0 or not rows:
        reason = completed.stderr.strip().splitlines()[-1:] or ["no re-rank line"]
        rows.append(Measurement("re-rank (Django)", 0, 0, note=f"failed: {reason}"))
    return rows


# --- the table -----------------------------------------------------------------


def _cell(value: float | None, pattern: str) -> str:
    if value is None:
        return format("—", ">" + pattern.split(".")[0])
    return format(value, pattern)


def print_table(rows: list[Measurement]) -> None:
    header = (
        f"{'case':<18} {'nodes':>10} {'edges':>11} {'seconds':>8} {'CPU s':>7} {'build s':>8} "
        f"{'peak RSS MB':>11} {'added MB':>9} {'L1 vs ours':>10}  note"
    )
    print(header)
    print("-" * len(header))
    for m in rows:
        print(
            f"{m.case:<18} {m.nodes:>10,} {m.edges:>11,} {_cell(m.seconds, '8.2f')} "
            f"{_cell(m.cpu_seconds, '7.2f')} "
            f"{_cell(m.build_seconds, '8.2f')} {_cell(m.peak_rss_mb, '11.0f')} "
            f"{_cell(m.added_rss_mb, '9.0f')} {_cell(m.l1_to_ours, '10.1e')}  {m.note}"
        )
        if m.stages:
            stages = ", ".join(f"{name} {seconds:.2f}" for name, seconds in m.stages.items())
            print(f"{'':<18} stages (s): {stages}")
    for m in rows:
        if m.case != "networkx pagerank" or not m.seconds or not m.cpu_seconds:
            continue
        same = (m.nodes, m.edges)
        ours = next(
            (r for r in rows if r.case == "ours pagerank" and (r.nodes, r.edges) == same), None
        )
        if ours and ours.seconds and ours.cpu_seconds:
            print(
                f"ours pagerank vs networkx.pagerank at {m.nodes:,} nodes / {m.edges:,} edges: "
                f"{m.seconds / ours.seconds:.0f}× wall, {m.cpu_seconds / ours.cpu_seconds:.0f}× CPU"
                " (networkx's graph build not counted)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--child", nargs=3, metavar=("CASE", "DATA", "OUT"), help=argparse.SUPPRESS)
    parser.add_argument(
        "--sizes", default=DEFAULT_SIZES, help="nodes:edges,… (default: %(default)s)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--networkx-max-edges", type=int, default=2_000_000)
    parser.add_argument("--networkx-timeout", type=float, default=900.0)
    parser.add_argument("--timeout", type=float, default=1800.0, help="per measurement")
    parser.add_argument("--skip-networkx", action="store_true")
    parser.add_argument("--skip-igraph", action="store_true")
    parser.add_argument("--skip-rank", action="store_true")
    parser.add_argument(
        "--django", action="store_true", help="also the end-to-end re-rank of the 1M ledger"
    )
    parser.add_argument(
        "--django-reuse", action="store_true", help="the same on the ledger kept by a last run"
    )
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return

    rows: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="rezonans-bench-rank-") as tmp:
        for size in args.sizes.split(","):
            nodes, edges = (int(part) for part in size.split(":"))
            started = time.perf_counter()
            graph = generate(nodes, edges, seed=args.seed)
            data_path = Path(tmp) / f"graph-{nodes}-{edges}.npz"
            np.savez(data_path, **graph)
            print(
                f"generated {nodes:,} nodes / {edges:,} edges in "
                f"{time.perf_counter() - started:.1f} s",
                flush=True,
            )
            measured: list[Measurement] = []
            for case in CASES:
                if case == "igraph pagerank" and args.skip_igraph:
                    continue
                if case == "ours rank()" and args.skip_rank:
                    continue
                if case == "networkx pagerank":
                    if args.skip_networkx:
                        continue
                    if edges > args.networkx_max_edges:
                        note = f"skipped: above --networkx-max-edges {args.networkx_max_edges:,}"
                        measured.append(Measurement(case, nodes, edges, note=note))
                        continue
                timeout = args.networkx_timeout if case == "networkx pagerank" else args.timeout
                measured.append(measure(case, data_path, nodes, edges, timeout))
                print(f"  {case}: {measured[-1].seconds} s {measured[-1].note}", flush=True)
            compare_to_ours(measured, data_path)
            rows.extend(measured)
    if args.django or args.django_reuse:
        rows.extend(measure_django_rerank(args.django_reuse, args.timeout))
    print()
    print_table(rows)


if __name__ == "__main__":
    main()
