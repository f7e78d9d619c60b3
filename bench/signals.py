"""Benchmark: burst detection replayed over generated streams, against the 24 h vs 7-day rule.

The generator (seeded, one stream per seed) makes post counts per quarter of an hour for
T topics × R territories over ``--weeks`` weeks starting on a Monday at 00:00:

- base rates heavy-tailed (topic popularity × territory size, log-normal), most series
  quiet — about two thirds of them average under 0.2 posts an hour, the hard case for
  tests built on counts; the region as a whole gets some 800 posts an hour;
- a daily rhythm (night lows, a morning rise, an evening peak), a weekday/weekend factor
  per topic, a weekday rush-hour peak for some topics (transport) and a Saturday-morning
  peak for others (markets) — seasonal peaks that are normal for their hour;
- over-dispersion: a gamma factor per series and day and another per series and hour;
- chatter: single quarters with a few extra posts (one resident writing again and again);
- injected **problem bursts** (negative share 0.55–0.95), ~3 a day in the replayed weeks
  and a few in the history, on series drawn uniformly (so mostly quiet ones): ``sudden``
  (a jump decaying over 2–6 h), ``rising`` (a ramp over 6–12 h, a 2 h plateau, a decay),
  ``short`` (2 h flat); peak extra rate log-uniform in 2–60 posts/hour. Post times are
  drawn in continuous time, so a burst's first hour is partial and its first post a real
  moment. Bursts peaking under 5 posts/hour (the minimum count: by the issue's definition
  not a burst) are generated too and reported apart; the goal figures leave them out;
- injected **benign waves** (negative share 0.02–0.10): a city-day greeting flood (a
  festive topic in every territory, 9:00–22:00, peaking about noon) and a sports-victory
  wave in one territory. They are bursts by counts; ours drops them by negative share,
  the baseline has no such notion and every firing on them is a false incident.

Each post is negative with its source's share (background: 0.10–0.60 per topic), so the
negative share of a detection is measured from the counts, as the product would.

Replay: the last ``--replay-weeks`` weeks hour by hour (history before them), with

- ``ours, hourly scans`` — ``monitoring.bursts.replay`` with the given ``BurstParams`` over
  clock hours; a burst opens an incident at ``monitoring.bursts.problem_hour``, the first
  hour of its run at which the negative share of its posts so far reaches
  ``min_negative_share`` (greeting waves never do);
- ``ours, 15-min scans`` — the same over 60-minute bins ending every quarter of an hour
  (four replays, offset by 15 minutes, merged): what scanning four times an hour gives;
- ``ours, Poisson, hourly`` — hourly scans with a Poisson instead of a negative-binomial
  tail test (``dispersion=None``), to show what the dispersion buys;
- ``24h>7d+2σ (hourly σ)`` — alert when the mean of the last 24 hourly counts exceeds the
  mean + 2σ of the 168 hourly counts of the 7 days before them, checked hourly, and the
  last 24 h hold at least ``min_count`` posts;
- ``24h>7d+2σ (daily σ)`` — the same with σ of the seven daily means (a stricter reading of
  σ that makes the rule more sensitive);

alerts of one series merged into incidents like ours (``merge_gap_hours``).

Scoring, per method, pooled over seeds: a problem burst is *detected* when an incident of
its series opens between its first post and 24 h after its last post; delay = opening
time (end of the scanned hour) − first post. *False* incidents match no problem burst
(chatter, noise, benign waves; the column ``benign`` counts those on benign waves).
Recall is also shown by shape and by peak size.

Also: the time of one ``scan`` of 100 topics × 30 territories with 4 weeks of history, and
of clustering 5,000 posts of 48 h with planted groups of paraphrases.
Run by hand, never part of the test suite::

    uv run python bench/signals.py
    uv run python bench/signals.py --seeds 5 --topics 40 --territories 20
    uv run python bench/signals.py --window-hours 3 --persistence 2
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from monitoring.bursts import BurstParams, problem_hour, replay, scan
from monitoring.clusters import cluster_posts

HOURS_PER_WEEK = 168
MINUTE = 1.0 / 60.0
SHAPES = ("sudden", "rising", "short")
# Peak extra posts/hour of problem bursts; the first bucket peaks below the minimum count.
SIZE_BUCKETS = ((2, 5), (5, 10), (10, 20), (20, 60))


@dataclass
class Event:
    """One injected event on one series; times in hours from the stream's start."""

    series: int
    kind: str
    problem: bool
    first_post: float
    last_post: float
    posts: int
    peak_rate: float


@dataclass
class Stream:
    """Posts and negative posts per series and quarter of an hour, and the injected events."""

    quarters: np.ndarray  # (series, 4 × hours)
    negative: np.ndarray  # (series, 4 × hours)
    events: list[Event]

    def hourly(self, offset: int = 0, *, negative: bool = False) -> np.ndarray:
        """Hourly sums of the 60-minute bins starting ``offset`` quarters after each hour."""
        source = self.negative if negative else self.quarters
        usable = (source.shape[1] - offset) // 4 * 4
        bins = source[:, offset : offset + usable]
        return bins.reshape(bins.shape[0], -1, 4).sum(axis=2, dtype=np.int64)


# Posts per hour of the day relative to the daily mean: night low, morning rise, evening peak.
DAILY = np.array(
    [
        *(0.35, 0.2, 0.12, 0.1, 0.1, 0.15, 0.35, 0.7, 1.0, 1.15, 1.2, 1.25),
        *(1.3, 1.25, 1.2, 1.2, 1.25, 1.35, 1.5, 1.7, 1.8, 1.6, 1.1, 0.65),
    ]
)
DAILY = DAILY / DAILY.mean()


def generate(seed: int, *, topics: int, territories: int, weeks: int, replay_weeks: int) -> Stream:
    """One seeded stream (see the module docstring)."""
    rng = np.random.default_rng(seed)
    series = topics * territories
    hours = weeks * HOURS_PER_WEEK
    hour = np.arange(hours)
    hour_of_day = hour % 24
    day = hour // 24
    weekend = (day % 7) >= 5

    topic_rate = rng.lognormal(0.0, 1.0, topics)
    territory_rate = rng.lognormal(0.0, 0.9, territories)
    base = 0.12 * np.outer(topic_rate, territory_rate).ravel()  # posts/hour, mean over a day

    weekend_factor = rng.uniform(0.6, 1.3, topics)
    profile = np.tile(DAILY[hour_of_day], (topics, 1))
    profile *= np.where(weekend[None, :], weekend_factor[:, None], 1.0)
    rush = rng.random(topics) < 0.15  # weekday 7–9 h peaks (transport)
    rush_hours = (~weekend) & np.isin(hour_of_day, (7, 8))
    profile[np.ix_(rush, rush_hours)] *= 3.0
    market = rng.random(topics) < 0.05  # Saturday 10–13 h peaks (markets)
    market_hours = ((day % 7) == 5) & np.isin(hour_of_day, (10, 11, 12))
    profile[np.ix_(market, market_hours)] *= 4.0
    rate = base[:, None] * np.repeat(profile, territories, axis=0)

    days = hours // 24
    rate *= np.repeat(rng.gamma(12.0, 1 / 12.0, (series, days)), 24, axis=1)
    rate *= rng.gamma(20.0, 1 / 20.0, (series, hours))
    quarters = rng.poisson(np.repeat(rate / 4, 4, axis=1)).astype(np.int32)
    share = np.repeat(rng.uniform(0.10, 0.60, topics), territories)
    negative = rng.binomial(quarters, share[:, None]).astype(np.int32)

    chatter = rng.poisson(40 * days)  # single quarters with a few extra posts
    rows = rng.integers(0, series, chatter)
    cols = rng.integers(0, 4 * hours, chatter)
    extra = rng.integers(2, 5, chatter)
    np.add.at(quarters, (rows, cols), extra)
    np.add.at(negative, (rows, cols), rng.binomial(extra, 0.5))

    events: list[Event] = []
    replay_start = hours - replay_weeks * HOURS_PER_WEEK

    def inject(s: int, kind: str, problem: bool, start: float, intensity, peak: float) -> None:
        grid = start + MINUTE * np.arange(int(48 / MINUTE))
        lam = intensity(grid - start) * MINUTE
        lam[grid >= hours] = 0.0
        arrivals = rng.poisson(lam)
        if arrivals.sum() == 0:
            return
        times = np.repeat(grid, arrivals) + rng.uniform(0, MINUTE, arrivals.sum())
        bins = np.bincount((4 * times).astype(int), minlength=4 * hours)[: 4 * hours]
        neg_share = rng.uniform(0.55, 0.95) if problem else rng.uniform(0.02, 0.10)
        quarters[s] += bins.astype(np.int32)
        negative[s] += rng.binomial(bins, neg_share).astype(np.int32)
        events.append(
            Event(s, kind, problem, float(times.min()), float(times.max()), int(bins.sum()), peak)
        )

    def problem_at(start: float) -> None:
        s = int(rng.integers(series))
        kind = SHAPES[int(rng.integers(len(SHAPES)))]
        low, high = SIZE_BUCKETS[0][0], SIZE_BUCKETS[-1][1]
        peak = float(np.exp(rng.uniform(np.log(low), np.log(high))))
        if kind == "sudden":
            tau = rng.uniform(2, 6)
            inject(s, kind, True, start, lambda t: peak * np.exp(-t / tau) * (t < 4 * tau), peak)
        elif kind == "rising":
            ramp = rng.uniform(6, 12)

            def rising(t, ramp=ramp):
                up = np.clip(t / ramp, 0, 1)
                down = np.exp(-np.clip(t - ramp - 2, 0, None) / 3)
                return peak * up * down * (t < ramp + 14)

            inject(s, kind, True, start, rising, peak)
        else:
            inject(s, kind, True, start, lambda t: peak * (t < 2), peak)

    # Problem bursts: ~3 a day in the replayed weeks, a few in the history (to be robust to).
    for _ in range(rng.poisson(3 * 7 * replay_weeks)):
        problem_at(rng.uniform(replay_start, hours - 6))
    for _ in range(rng.poisson(10)):
        problem_at(rng.uniform(HOURS_PER_WEEK, replay_start - 48))

    # City day: a festive topic in every territory, one day of the replayed weeks.
    festive = int(rng.integers(topics))
    city_day = int(rng.integers(replay_start // 24, hours // 24 - 1)) * 24
    for r in range(territories):
        s = festive * territories + r
        peak = 3.0 + 10.0 * float(base[s])
        inject(
            s,
            "city day",
            False,
            city_day + 9 + rng.uniform(0, 1),
            lambda t, peak=peak: peak * np.exp(-(((t - 3.5) / 3.0) ** 2)) * (t < 13),
            peak,
        )
    # A sports victory in one territory: greetings across a few topics for an evening.
    territory = int(rng.integers(territories))
    victory = rng.uniform(replay_start, hours - 24)
    for topic in rng.choice(topics, 3, replace=False):
        s = int(topic) * territories + territory
        peak = float(np.exp(rng.uniform(np.log(8), np.log(40))))
        inject(s, "victory", False, victory, lambda t, p=peak: p * np.exp(-t / 2) * (t < 8), peak)

    return Stream(quarters, negative, events)


@dataclass
class Incident:
    """An opened incident: ``opened_at`` and ``last_at`` in hours from the stream's start."""

    series: int
    opened_at: float
    last_at: float


def merged(incidents: list[Incident], gap_hours: float) -> list[Incident]:
    """Incidents of one series opened at most ``gap_hours`` after the last one's end, as one."""
    out: list[Incident] = []
    for incident in sorted(incidents, key=lambda i: (i.series, i.opened_at)):
        last = out[-1] if out else None
        if (
            last
            and last.series == incident.series
            and incident.opened_at - last.last_at <= gap_hours
        ):
            last.last_at = max(last.last_at, incident.last_at)
        else:
            out.append(Incident(incident.series, incident.opened_at, incident.last_at))
    return out


def ours(
    stream: Stream, start: int, end: int, params: BurstParams, *, steps: int
) -> list[Incident]:
    """Our replay with ``steps`` scans an hour (1: on the hour; 4: every 15 minutes, each over
    the 60 minutes before it). A burst opens an incident at the first step of its run at
    which the negative share of its posts so far reaches ``min_negative_share`` (a first
    hour of a few posts may be mostly neutral by chance); greeting waves never do."""
    incidents = []
    for offset in range(0, 4, 4 // steps):
        counts = stream.hourly(offset)
        negative = stream.hourly(offset, negative=True)
        to_hour = min(end, counts.shape[1])
        for burst in replay(counts, start, to_hour, params=params):
            hour = problem_hour(burst, counts[burst.series], negative[burst.series], params=params)
            if hour is not None:
                shift = offset / 4 + 1
                incidents.append(Incident(burst.series, hour + shift, burst.last_hour + shift))
    return merged(incidents, params.merge_gap_hours)


def baseline(
    stream: Stream, start: int, end: int, params: BurstParams, *, daily_sigma: bool
) -> list[Incident]:
    """Hourly check: mean of the last 24 h > mean + 2σ of the 7 days before them."""
    counts = stream.hourly().astype(np.float64)
    cumulative = np.zeros((counts.shape[0], counts.shape[1] + 1))
    np.cumsum(counts, axis=1, out=cumulative[:, 1:])
    squares = np.zeros_like(cumulative)
    np.cumsum(counts**2, axis=1, out=squares[:, 1:])
    incidents = []
    for h in range(start, end):
        last_day = cumulative[:, h + 1] - cumulative[:, h - 23]
        week_from, week_to = h - 23 - 168, h - 23
        week_mean = (cumulative[:, week_to] - cumulative[:, week_from]) / 168
        if daily_sigma:
            days = cumulative[:, week_from : week_to + 1 : 24]
            sigma = (np.diff(days, axis=1) / 24).std(axis=1, ddof=1)
        else:
            mean_square = (squares[:, week_to] - squares[:, week_from]) / 168
            sigma = np.sqrt(np.maximum(mean_square - week_mean**2, 0) * 168 / 167)
        fires = (last_day / 24 > week_mean + 2 * sigma) & (last_day >= params.min_count)
        incidents += [Incident(int(s), h + 1.0, h + 1.0) for s in np.flatnonzero(fires)]
    return merged(incidents, params.merge_gap_hours)


@dataclass
class Score:
    """Pooled over seeds: one (shape, peak rate, delay in minutes or None) per problem burst."""

    bursts: list[tuple[str, float, float | None]] = field(default_factory=list)
    false: int = 0
    benign: int = 0
    days: float = 0.0
    seconds: float = 0.0

    def recall(self, *, kind: str | None = None, low: float = 0.0, high: float = 1e9) -> tuple:
        chosen = [
            delay
            for shape, peak, delay in self.bursts
            if (kind is None or shape == kind) and low <= peak < high
        ]
        hits = sum(delay is not None for delay in chosen)
        return hits / max(len(chosen), 1), len(chosen)

    def delays(self, low: float) -> np.ndarray:
        chosen = [d for _, peak, d in self.bursts if d is not None and peak >= low]
        return np.array(chosen or [np.nan])


def score(stream: Stream, incidents: list[Incident], start: int, end: int, into: Score) -> None:
    """Match incidents to the problem bursts that start in the replayed hours."""
    by_series: dict[int, list[Incident]] = {}
    for incident in incidents:
        by_series.setdefault(incident.series, []).append(incident)
    matched: set[int] = set()
    for event in stream.events:
        if not event.problem or not start <= event.first_post < end:
            continue
        opened = [
            incident
            for incident in by_series.get(event.series, [])
            if event.first_post <= incident.opened_at <= event.last_post + 24
        ]
        matched.update(id(incident) for incident in opened)
        delay = 60 * (min(i.opened_at for i in opened) - event.first_post) if opened else None
        into.bursts.append((event.kind, event.peak_rate, delay))
    benign = [event for event in stream.events if not event.problem]
    for incident in incidents:
        if id(incident) in matched:
            continue
        into.false += 1
        if any(
            e.series == incident.series and e.first_post <= incident.opened_at <= e.last_post + 24
            for e in benign
        ):
            into.benign += 1
    into.days += (end - start) / 24


def scan_timing(topics: int = 100, territories: int = 30, repeats: int = 5) -> list[tuple]:
    rng = np.random.default_rng(0)
    rows = []
    for label, hours in (
        ("4 weeks (672 h: the last hour falls back to the overall median)", 672),
        ("4 weeks + 1 h (hour-of-week medians)", 673),
    ):
        counts = rng.poisson(0.4, (topics * territories, hours))
        counts[::97, -2:] += 15  # some series fire, so the look-back for first hours runs
        scan(counts)  # warm-up
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            found = scan(counts)
            times.append(time.perf_counter() - t0)
        rows.append((label, topics * territories, hours, len(found), float(np.median(times))))
    return rows


def cluster_timing(posts: int = 5000, groups: int = 30, seed: int = 0) -> tuple:
    """Clustering of ``posts`` posts in 48 h: Zipf-distributed words of 5–25 each, of which
    ``groups`` planted groups of 5–20 paraphrases (shuffled words, one or two replaced)."""
    rng = np.random.default_rng(seed)
    vocabulary = np.array([f"w{i}" for i in range(5000)])
    weights = 1.0 / np.arange(1, vocabulary.size + 1)
    weights /= weights.sum()
    start = datetime(2026, 3, 2, tzinfo=UTC)
    items: list[tuple[str, datetime, list[str]]] = []
    planted: list[set[str]] = []
    for g in range(groups):
        base = list(rng.choice(vocabulary, int(rng.integers(6, 15)), p=weights))
        members = set()
        for m in range(int(rng.integers(5, 21))):
            words = list(rng.permutation(base))
            for _ in range(int(rng.integers(0, 3))):
                words[int(rng.integers(len(words)))] = str(rng.choice(vocabulary, p=weights))
            members.add(f"g{g}-{m}")
            items.append((f"g{g}-{m}", start + timedelta(hours=float(rng.uniform(0, 48))), words))
        planted.append(members)
    for i in range(posts - len(items)):
        words = list(rng.choice(vocabulary, int(rng.integers(5, 26)), p=weights))
        items.append((f"n{i}", start + timedelta(hours=float(rng.uniform(0, 48))), words))
    t0 = time.perf_counter()
    clusters = cluster_posts(items)
    seconds = time.perf_counter() - t0
    found = [set(map(str, c.post_ids)) for c in clusters]
    recovered = sum(any(group <= cluster for cluster in found) for group in planted)
    spurious = sum(not any(group & cluster for group in planted) for cluster in found)
    return len(items), groups, len(clusters), recovered, spurious, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, default=20)
    parser.add_argument("--topics", type=int, default=100)
    parser.add_argument("--territories", type=int, default=30)
    parser.add_argument("--weeks", type=int, default=6)
    parser.add_argument("--replay-weeks", type=int, default=2)
    for param in fields(BurstParams):
        flag = "--" + param.name.replace("_", "-")
        kind = float if param.name == "dispersion" else type(param.default)
        parser.add_argument(flag, type=kind, default=None, help="0: Poisson" * (kind is float))
    args = parser.parse_args()
    overrides = {
        param.name: getattr(args, param.name)
        for param in fields(BurstParams)
        if getattr(args, param.name) is not None
    }
    if overrides.get("dispersion") == 0:
        overrides["dispersion"] = None
    params = replace(BurstParams(), **overrides)
    poisson = replace(params, dispersion=None)

    methods = {
        "ours, hourly scans": lambda st, a, b: ours(st, a, b, params, steps=1),
        "ours, 15-min scans": lambda st, a, b: ours(st, a, b, params, steps=4),
        "ours, Poisson, hourly": lambda st, a, b: ours(st, a, b, poisson, steps=1),
        "24h>7d+2σ (hourly σ)": lambda st, a, b: baseline(st, a, b, params, daily_sigma=False),
        "24h>7d+2σ (daily σ)": lambda st, a, b: baseline(st, a, b, params, daily_sigma=True),
    }
    scores = {method: Score() for method in methods}
    for seed in range(args.seeds):
        stream = generate(
            seed,
            topics=args.topics,
            territories=args.territories,
            weeks=args.weeks,
            replay_weeks=args.replay_weeks,
        )
        end = stream.quarters.shape[1] // 4
        start = end - args.replay_weeks * HOURS_PER_WEEK
        for method, run in methods.items():
            t0 = time.perf_counter()
            incidents = run(stream, start, end)
            scores[method].seconds += time.perf_counter() - t0
            score(stream, incidents, start, end, scores[method])

    floor = SIZE_BUCKETS[1][0]
    print(f"params: {params}")
    print(
        f"{args.seeds} seeds × {args.topics} topics × {args.territories} territories, "
        f"{args.weeks} weeks, replay of the last {args.replay_weeks} weeks; "
        f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs"
    )
    print(
        f"recall, delays: problem bursts peaking at ≥ {floor} extra posts/hour (the minimum "
        f"count); 'recall all' adds those peaking at {SIZE_BUCKETS[0][0]}–{floor}/h"
    )
    header = (
        f"{'method':<22} {'bursts':>6} {'recall':>6} {'all':>5} {'false/day':>9} {'benign':>6} "
        f"{'delay med':>9} {'delay p90':>9} {'≤60 min':>7} {'s/seed':>6}"
    )
    print(header)
    print("-" * len(header))
    for method, s in scores.items():
        recall, bursts = s.recall(low=floor)
        delays = s.delays(floor)
        print(
            f"{method:<22} {bursts:>6} {recall:>6.3f} {s.recall()[0]:>5.2f} "
            f"{s.false / s.days:>9.2f} {s.benign:>6} {np.median(delays):>7.0f} m "
            f"{np.percentile(delays, 90):>7.0f} m {np.mean(delays <= 60):>7.2f} "
            f"{s.seconds / args.seeds:>6.2f}"
        )
    print()
    print("recall by shape (peak ≥ minimum count) and by peak extra rate (posts/hour):")
    columns = [*SHAPES, *(f"{a}–{b}/h" for a, b in SIZE_BUCKETS)]
    print(f"{'method':<22} " + " ".join(f"{c:>10}" for c in columns))
    for method, s in scores.items():
        cells = [s.recall(kind=shape, low=floor) for shape in SHAPES]
        cells += [s.recall(low=a, high=b) for a, b in SIZE_BUCKETS]
        print(f"{method:<22} " + " ".join(f"{r:>6.2f}/{n:<3}" for r, n in cells))
    print()
    print("scan of 100 topics × 30 territories (median of 5, after a warm-up):")
    for label, series, hours, found, seconds in scan_timing():
        print(f"  {label}: {series} series × {hours} h, {found} bursts, {seconds:.3f} s")
    posts, groups, clusters, recovered, spurious, seconds = cluster_timing()
    print(
        f"clustering {posts} posts of 48 h: {clusters} clusters, {recovered} of {groups} planted "
        f"paraphrase groups whole in one cluster, {spurious} clusters of unplanted posts "
        f"(random texts sharing common words), {seconds:.2f} s"
    )


if __name__ == "__main__":
    main()
