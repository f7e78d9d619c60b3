"""Bursts: hours in which a series gets far more posts than that hour of the week usually brings.

Pure functions over a matrix of hourly counts (numpy/scipy; no Django, no database):
``counts[s, h]`` is the number of posts of series ``s`` — a (topic, territory) pair, or a
cluster of similar texts that match no topic — published in hour ``h``. Columns are
consecutive whole hours; a scan runs when the last column's hour has ended.

Window. The unit tested is the sum of ``window_hours`` consecutive hours ending at ``h``
(the "window at h"); with the default of one hour it is the hour's count.

Expected value. For the window at ``h``: the median of the windows at ``h − 168``,
``h − 2·168``, … ``h − N·168`` (the same hour of the week over the past ``N`` weeks, so daily
and weekly rhythms are expected); with fewer than ``N`` whole weeks before ``h``, the median
of all earlier windows. The window itself and later hours are never used. The median is
robust to a past burst in one of the weeks. The test uses at least ``min_expected`` per
hour of the window, so a series that is usually silent (median 0) is not on alert for
every single post.

Test. ``p = P(X ≥ observed)`` where ``X`` has the expected mean: negative binomial with size
``dispersion`` (variance ``μ + μ²/k``; posts come in busy and quiet days, so counts vary
more than Poisson — with a Poisson test every busy day of a busy series is a burst), or
Poisson when ``dispersion`` is None. A window is *over threshold* when ``p < p_value`` and
``observed ≥ min_count`` (low counts: a few posts in a quiet series can be very improbable
and still mean nothing). A series *fires* at ``h`` when its windows at ``h`` and the
``persistence − 1`` hours before are all over threshold, or when the window at ``h`` alone
has ``p < strong_p_value``. A burst's ``first_hour`` is the hour at which the run of
over-threshold windows that ends at ``h`` began: it stays the same while the burst goes on,
so ``(series, first_hour)`` identifies one burst across hourly scans.

Hours need not start on the clock hour: a scan at 10:15 may be given 60-minute bins ending
at 10:15 (the same bins a week earlier are then the same time of the week), which is how
scans more frequent than hourly cut the delay to detection.

Problems only. A burst says that many people write, not that they complain: a city-day
greeting flood is a burst too. The caller measures the share of the burst's posts that
are negative (or need a response) and drops bursts below ``min_negative_share``
(``is_problem``); ``severity`` multiplies by the same share.

The defaults of ``BurstParams`` were chosen on the generated replay of ``bench/signals.py``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import special, stats

HOURS_PER_WEEK = 168
# Longest run of over-threshold windows a scan looks back through to find a burst's first
# hour; a longer run reports the start of this look-back instead.
RUN_LOOKBACK_HOURS = 72
# Terms summed for a tail probability too small for a float (its terms shrink fast).
TAIL_TERMS = 4096

CountArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class BurstParams:
    """Thresholds of the burst test (see the module docstring for how they combine)."""

    history_weeks: int = 4
    """Weeks of the same hour of the week whose median is the expected value: a month, so
    one week with a burst in it does not move the median."""
    p_value: float = 1e-4
    """A window is over threshold below this upper-tail probability… (3,000 series make
    72,000 tests a day: chance alone passes this a few times a day, persistence stops it)"""
    min_count: int = 5
    """…and with at least this many posts in the window (fewer is not a burst an officer
    can act on, however improbable for a silent series)."""
    persistence: int = 2
    """Consecutive over-threshold windows (hourly steps) needed to fire: one odd hour is
    often one resident posting again and again, or one repost wave."""
    strong_p_value: float = 1e-8
    """A single over-threshold window below this probability fires at once (a sudden burst
    is seen at the end of its first hour instead of its second)."""
    min_expected: float = 0.3
    """Floor of the expected posts per hour of the window: most series are silent in most
    hours (median 0); at this floor five posts in one of their hours are over threshold."""
    dispersion: float | None = 10.0
    """Size ``k`` of the negative binomial of the tail test (variance ``μ + μ²/k``): a busy
    day lifts every hour of a series more than Poisson noise would, and a Poisson test
    fires on the busy days of busy series. None: Poisson."""
    window_hours: int = 1
    """Hours summed into one window (1: the hour itself; 3: a rolling three-hour sum).
    Longer windows catch more of the slow small bursts but later, and overlapping windows
    share hours, so persistence no longer filters a single odd hour."""
    merge_gap_hours: int = 3
    """Replay: a detection at most this many hours after the previous one of the same
    series updates that burst instead of opening a new one (a burst may dip for an hour)."""
    min_negative_share: float = 0.35
    """Bursts whose share of negative posts is below this are not problems: greeting floods
    run near 0.05, complaint topics carry 0.1–0.6 in ordinary hours."""

    def __post_init__(self) -> None:
        if self.history_weeks < 1 or self.window_hours < 1:
            raise ValueError("history_weeks and window_hours must be at least 1")
        if not 1 <= self.persistence <= RUN_LOOKBACK_HOURS:
            raise ValueError(f"persistence must be within 1..{RUN_LOOKBACK_HOURS}")
        if not 0 < self.strong_p_value <= self.p_value < 1:
            raise ValueError("need 0 < strong_p_value <= p_value < 1")
        if self.min_expected <= 0:
            raise ValueError("min_expected must be positive")
        if self.dispersion is not None and self.dispersion <= 0:
            raise ValueError("dispersion must be positive (or None for Poisson)")


@dataclass(frozen=True)
class Burst:
    """One burst of one series. Hours are column indices of the counts matrix.

    From ``scan``: the burst as seen at the last hour (``detected_hour == last_hour``), with
    that window's ``observed``, ``expected``, ``p_value`` and ``significance``. From
    ``replay``: one merged event; ``detected_hour`` is the step that opened it,
    ``last_hour`` the last step it was still detected, and the figures are those of its
    strongest step.
    """

    series: int
    first_hour: int
    detected_hour: int
    last_hour: int
    observed: int
    expected: float
    p_value: float
    significance: float
    """``−log10 p`` (computed in logs, so it stays finite where ``p`` underflows to 0)."""


def upper_tail(
    observed: npt.ArrayLike, expected: npt.ArrayLike, *, dispersion: float | None = None
) -> FloatArray:
    """``P(X ≥ observed)`` elementwise (1 for observed ≤ 0), ``X`` with mean ``expected``:

    - Poisson when ``dispersion`` is None: ``P(X ≥ k) = P(k, λ)``, the regularised lower
      incomplete gamma function;
    - negative binomial of size ``dispersion`` otherwise (variance ``μ + μ²/dispersion``):
      ``P(X ≥ k) = I_q(k, dispersion)`` with ``q = μ / (μ + dispersion)``, the regularised
      incomplete beta function.

    Both are vectorised and accurate in the tail (no ``1 − cdf`` cancellation).
    """
    k = np.maximum(np.asarray(observed, dtype=np.float64), 1.0)
    mean = np.asarray(expected, dtype=np.float64)
    if dispersion is None:
        tail = special.gammainc(k, mean)
    else:
        tail = special.betainc(k, dispersion, mean / (mean + dispersion))
    return np.asarray(np.where(np.asarray(observed) <= 0, 1.0, tail), dtype=np.float64)


def significance_of(
    observed: npt.ArrayLike, expected: npt.ArrayLike, *, dispersion: float | None = None
) -> FloatArray:
    """``−log10 P(X ≥ observed)`` (as ``upper_tail``), finite where the probability underflows.

    Where it underflows, the tail is summed in logs over the next ``TAIL_TERMS`` values.
    """
    k, mean = np.broadcast_arrays(
        np.asarray(observed, dtype=np.float64), np.asarray(expected, dtype=np.float64)
    )
    shape = k.shape
    k, mean = k.ravel(), mean.ravel()
    tail = upper_tail(k, mean, dispersion=dispersion)
    out = -np.log10(np.maximum(tail, np.finfo(np.float64).tiny))
    tiny = tail < 1e-300
    if np.any(tiny):
        values = k[tiny][:, None] + np.arange(TAIL_TERMS)[None, :]
        means = mean[tiny][:, None]
        if dispersion is None:
            log_pmf = stats.poisson.logpmf(values, means)
        else:
            log_pmf = stats.nbinom.logpmf(values, dispersion, dispersion / (dispersion + means))
        out[tiny] = -special.logsumexp(log_pmf, axis=1) / math.log(10.0)
    return np.asarray(np.maximum(out, 0.0), dtype=np.float64).reshape(shape)


def window_sums(counts: npt.ArrayLike, window_hours: int) -> CountArray:
    """Rolling sums of ``window_hours`` hours ending at each hour (shorter at the start)."""
    return _window_sums(_as_counts(counts), window_hours)


def _window_sums(matrix: CountArray, window_hours: int) -> CountArray:
    if window_hours == 1:
        return matrix
    cumulative = np.zeros((matrix.shape[0], matrix.shape[1] + 1), dtype=np.int64)
    np.cumsum(matrix, axis=1, out=cumulative[:, 1:])
    ends = np.arange(1, matrix.shape[1] + 1)
    starts = np.maximum(ends - window_hours, 0)
    return cumulative[:, ends] - cumulative[:, starts]


def expected_counts(counts: npt.ArrayLike, now_index: int, *, history_weeks: int = 4) -> FloatArray:
    """The expected count of each series at hour ``now_index``, from earlier hours only.

    The median of the same hour of the week over the past ``history_weeks`` weeks; with less
    history, the median of all hours before ``now_index`` (0 when there are none). No floor
    is applied here. One value per series; O(series × history).
    """
    matrix = _as_counts(counts)
    if not 0 <= now_index < matrix.shape[1]:
        raise ValueError(f"now_index {now_index} outside 0..{matrix.shape[1] - 1}")
    return _expected(matrix, np.array([now_index]), history_weeks)[:, 0]


def scan(counts: npt.ArrayLike, *, params: BurstParams | None = None) -> list[Burst]:
    """The series that fire at the last hour of ``counts``, as bursts ordered by series.

    Only columns up to the last one are read, so a scan of ``counts[:, : h + 1]`` is what a
    scan run at the end of hour ``h`` would have seen. Vectorised over all series:
    O(series × history_weeks × persistence), plus a look-back of ``RUN_LOOKBACK_HOURS`` for
    the first hour of the (few) series that fire.
    """
    params = params or BurstParams()
    matrix = _as_counts(counts)
    hours = matrix.shape[1]
    if hours == 0:
        return []
    recent = _evaluate(matrix, hours - params.persistence, hours, params)
    firing = np.flatnonzero(recent.fires[:, -1])
    if firing.size == 0:
        return []
    runs = _evaluate(matrix[firing], hours - RUN_LOOKBACK_HOURS, hours, params)
    last = runs.fires.shape[1] - 1
    return [runs.burst(row, int(series), last, last, last) for row, series in enumerate(firing)]


def replay(
    counts: npt.ArrayLike, from_hour: int, to_hour: int, *, params: BurstParams | None = None
) -> list[Burst]:
    """The bursts hourly scans at the ends of hours ``from_hour … to_hour − 1`` would have
    opened, each merged over its ongoing detections (a backtest).

    A detection at hour ``h`` is exactly what ``scan(counts[:, : h + 1])`` reports (it reads
    no later hour); detections of one series at most ``merge_gap_hours`` apart form one
    event. Ordered by series, then by the hour the event opened. Vectorised: the whole range
    is evaluated at once for all series (not one scan per hour), then again with the
    look-back for the series that fire.
    """
    params = params or BurstParams()
    matrix = _as_counts(counts)
    if not 0 <= from_hour <= to_hour <= matrix.shape[1]:
        raise ValueError(f"need 0 <= from_hour <= to_hour <= {matrix.shape[1]}")
    if from_hour == to_hour:
        return []
    recent = _evaluate(matrix, from_hour - params.persistence + 1, to_hour, params)
    firing = np.flatnonzero(recent.fires[:, from_hour - recent.first_hour :].any(axis=1))
    # Only the series that fire need the look-back for their bursts' first hours.
    runs = _evaluate(matrix[firing], from_hour - RUN_LOOKBACK_HOURS + 1, to_hour, params)
    skip = from_hour - runs.first_hour
    rows, columns = np.nonzero(runs.fires[:, skip:])

    events: list[Burst] = []
    current = opened = previous = strongest = -1
    for row, column in zip(rows.tolist(), (columns + skip).tolist(), strict=True):
        if row != current or column - previous > params.merge_gap_hours:
            if current >= 0:
                events.append(
                    runs.burst(current, int(firing[current]), opened, previous, strongest)
                )
            current, opened, strongest = row, column, column
        elif runs.p[row, column] < runs.p[row, strongest]:
            strongest = column
        previous = column
    if current >= 0:
        events.append(runs.burst(current, int(firing[current]), opened, previous, strongest))
    return events


def is_problem(negative_share: float, *, params: BurstParams | None = None) -> bool:
    """Whether a burst with this share of negative posts is a problem (not a greeting wave)."""
    return negative_share >= (params or BurstParams()).min_negative_share


def problem_hour(
    burst: Burst,
    posts: npt.ArrayLike,
    negative: npt.ArrayLike,
    *,
    params: BurstParams | None = None,
) -> int | None:
    """The first hour from ``burst.detected_hour`` to ``burst.last_hour`` at which the
    burst's posts so far (from its first hour) are negative enough to be a problem; None
    if they never are (a greeting wave).

    ``posts`` and ``negative`` are the hourly counts of the burst's series (all posts, the
    negative ones). Checking again while the burst goes on matters: its first hour may hold
    a few posts that are neutral by chance.
    """
    params = params or BurstParams()
    hours = slice(burst.first_hour, burst.last_hour + 1)
    total = np.cumsum(np.asarray(posts)[hours])
    share = np.cumsum(np.asarray(negative)[hours]) / np.maximum(total, 1)
    offsets = np.flatnonzero(share >= params.min_negative_share)
    offsets = offsets[offsets >= burst.detected_hour - burst.first_hour]
    return burst.first_hour + int(offsets[0]) if offsets.size else None


def combined_reach(influence_scores: Iterable[float]) -> float:
    """Reach in [0, 1] of a burst's authors and amplifiers from their influence scores (0–100).

    ``1 − Π (1 − score / 100)``: the chance that at least one of them carries it, if each
    score were a probability. Order-free, saturating (one top account is almost all the
    reach there is), 0 for no known accounts.
    """
    missing = 1.0
    for score in influence_scores:
        missing *= 1.0 - min(max(score, 0.0), 100.0) / 100.0
    return 1.0 - missing


SIGNIFICANCE_SCALE = 10.0


def severity(significance: float, negative_share: float, reach: float) -> float:
    """Severity in [0, 100]: how surprising × how negative × how far it carries.

    ``100 · (1 − e^(−significance / 10)) · negative_share · (0.5 + 0.5 · reach)``

    - significance (``−log10 p``) saturates: 4 (p = 1e-4) → 0.33, 8 → 0.55, 20 → 0.86;
    - ``negative_share`` (0–1) enters as is, so a positive wave (share ≈ 0) is ≈ 0;
    - ``reach`` (0–1, ``combined_reach``) can double the severity but never zero it: a burst
      of unknown residents is still a problem.
    """
    surprise = 1.0 - math.exp(-max(significance, 0.0) / SIGNIFICANCE_SCALE)
    share = min(max(negative_share, 0.0), 1.0)
    carried = 0.5 + 0.5 * min(max(reach, 0.0), 1.0)
    return 100.0 * surprise * share * carried


@dataclass(frozen=True)
class _Evaluation:
    """Per-window figures of some series (rows) at hours ``first_hour …`` (columns)."""

    first_hour: int
    observed: CountArray
    expected: FloatArray
    p: FloatArray
    run_start: npt.NDArray[np.int64]
    fires: BoolArray
    dispersion: float | None

    def burst(self, row: int, series: int, detected: int, last: int, strongest: int) -> Burst:
        """The burst of ``row`` opened at column ``detected``, figures from ``strongest``."""
        # The run starts no earlier than a scan at ``detected`` can look back.
        run_start = max(int(self.run_start[row, detected]), detected - RUN_LOOKBACK_HOURS + 1)
        observed = int(self.observed[row, strongest])
        expected = float(self.expected[row, strongest])
        return Burst(
            series=series,
            first_hour=max(run_start, 0) + self.first_hour,
            detected_hour=detected + self.first_hour,
            last_hour=last + self.first_hour,
            observed=observed,
            expected=expected,
            p_value=float(self.p[row, strongest]),
            significance=float(significance_of(observed, expected, dispersion=self.dispersion)),
        )


def _evaluate(counts: CountArray, first: int, to_hour: int, params: BurstParams) -> _Evaluation:
    """Test every series' windows at hours ``max(first, 0) … to_hour − 1``."""
    first = max(first, 0)
    hours = np.arange(first, to_hour)
    windows = _window_sums(counts, params.window_hours)
    observed = windows[:, first:to_hour]
    floor = params.min_expected * params.window_hours
    expected = np.maximum(_expected(windows, hours, params.history_weeks), floor)
    # Windows under the minimum count are never over threshold: test only the others.
    enough = observed >= params.min_count
    p = np.ones(observed.shape)
    p[enough] = upper_tail(observed[enough], expected[enough], dispersion=params.dispersion)
    over = p < params.p_value

    fires = over & (p < params.strong_p_value)
    persistent = over.copy()
    for back in range(1, params.persistence):
        persistent[:, back:] &= over[:, :-back]
        persistent[:, :back] = False
    fires |= persistent

    columns = np.arange(over.shape[1])
    last_quiet = np.maximum.accumulate(np.where(over, -1, columns), axis=1)
    return _Evaluation(first, observed, expected, p, last_quiet + 1, fires, params.dispersion)


def _expected(counts: CountArray, hours: npt.NDArray[np.int64], weeks: int) -> FloatArray:
    """Expected values (no floor) for each series at each of ``hours``: shape (series, hours)."""
    out = np.zeros((counts.shape[0], hours.size), dtype=np.float64)
    full = hours >= weeks * HOURS_PER_WEEK
    if full.any():
        back = HOURS_PER_WEEK * np.arange(1, weeks + 1)
        # (series, hours, weeks), sorted along the weeks: the median is the middle.
        same_hour = np.sort(counts[:, hours[full][:, None] - back[None, :]], axis=2)
        out[:, full] = (same_hour[:, :, (weeks - 1) // 2] + same_hour[:, :, weeks // 2]) / 2
    for column in np.flatnonzero(~full):
        if hours[column] > 0:
            out[:, column] = np.median(counts[:, : hours[column]], axis=1)
    return out


def _as_counts(counts: npt.ArrayLike) -> CountArray:
    matrix = np.asarray(counts)
    if matrix.ndim != 2:
        raise ValueError(f"counts must be a (series, hours) matrix, got shape {matrix.shape}")
    whole = np.issubdtype(matrix.dtype, np.integer) or np.array_equal(matrix, np.round(matrix))
    if not whole:
        raise ValueError("counts must be whole numbers")
    if matrix.size and matrix.min() < 0:
        raise ValueError("counts must not be negative")
    return matrix.astype(np.int64, copy=False)
