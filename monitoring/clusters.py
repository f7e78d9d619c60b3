"""Clusters of similar texts among posts that match no topic: the emerging problems.

Each post is a set of *shingles* — its words (lemmas, or the words of a normalised text),
or runs of ``shingle_size`` consecutive words. Two posts are similar when the Jaccard
similarity of their shingle sets, estimated by MinHash, is at least ``threshold`` and
they were published at most ``window`` apart (48 h). Candidate pairs come from a MinHash
LSH index (datasketch), so the work grows with the number of posts, not its square;
similar pairs are joined transitively (union-find) into clusters.

Single words (the default) keep paraphrases together: «нет воды на Ленина с утра» and «с
утра на Ленина отключили воду» share most of their lemmas but hardly any word pair.
Posts with fewer than ``min_shingles`` distinct shingles («спасибо!») are too short to
compare and join no cluster.

Deterministic: MinHash permutations come from ``seed`` and shingles are hashed with SHA-1
(not Python's salted ``hash``); which posts form a cluster does not depend on the order of
the input (each pair is compared once, whichever comes first).

A cluster becomes a series of hourly counts (``cluster_counts``) that goes through the
same burst test as the topics (``monitoring.bursts.scan``): its history is the hours
before its first post, all zeros, so the test expects the floor and a burst needs the
minimum count within an hour.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np
import numpy.typing as npt
from datasketch import MinHash, MinHashLSH

WINDOW = timedelta(hours=48)
HOUR = timedelta(hours=1)


@dataclass(frozen=True)
class Cluster:
    """Posts with similar texts, ordered by publication time (then by input order)."""

    post_ids: tuple[Hashable, ...]
    published: tuple[datetime, ...]

    @property
    def size(self) -> int:
        return len(self.post_ids)

    @property
    def first_at(self) -> datetime:
        return self.published[0]

    @property
    def last_at(self) -> datetime:
        return self.published[-1]


def shingles(tokens: Sequence[str] | str, size: int = 1) -> set[str]:
    """The distinct runs of ``size`` consecutive words (lower-cased) of a post.

    ``tokens`` is a list of lemmas or a normalised text (split on whitespace).
    """
    words = tokens.split() if isinstance(tokens, str) else list(tokens)
    words = [word.lower() for word in words if word]
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def cluster_posts(
    posts: Iterable[tuple[Hashable, datetime, Sequence[str] | str]],
    *,
    threshold: float = 0.4,
    window: timedelta = WINDOW,
    shingle_size: int = 1,
    min_shingles: int = 3,
    min_size: int = 2,
    num_perm: int = 128,
    seed: int = 1,
) -> list[Cluster]:
    """Clusters of at least ``min_size`` similar posts among ``(post_id, published_at, tokens)``.

    Similar: estimated Jaccard similarity of the shingle sets ≥ ``threshold`` and published
    at most ``window`` apart; clusters are the connected groups of similar pairs. Ordered
    by their first post. Roughly linear in the number of posts (LSH candidates, then one
    MinHash comparison per candidate).
    """
    if not 0 < threshold <= 1:
        raise ValueError("threshold must be in (0, 1]")
    items = [
        (post_id, published, shingles(tokens, shingle_size)) for post_id, published, tokens in posts
    ]
    usable = [i for i, (_, _, words) in enumerate(items) if len(words) >= min_shingles]
    signatures = MinHash.bulk(
        [[word.encode() for word in sorted(items[i][2])] for i in usable],
        num_perm=num_perm,
        seed=seed,
    )

    # Candidates of the estimate's threshold, a little below it: LSH misses some pairs
    # near the threshold, the exact check below decides.
    index = MinHashLSH(threshold=max(threshold - 0.1, 0.05), num_perm=num_perm)
    parent = list(range(len(items)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hashes = np.array([signature.hashvalues for signature in signatures]).reshape(-1, num_perm)
    times = [items[i][1] for i in usable]
    for position, signature in enumerate(signatures):
        candidates = np.array(sorted(index.query(signature)), dtype=np.int64)
        if candidates.size:
            near = [abs(times[position] - times[j]) <= window for j in candidates.tolist()]
            candidates = candidates[np.array(near, dtype=bool)]
            similarity = (hashes[candidates] == hashes[position]).mean(axis=1)
            for j in candidates[similarity >= threshold].tolist():
                a, b = root(usable[position]), root(usable[j])
                parent[max(a, b)] = min(a, b)
        index.insert(position, signature)

    groups: dict[int, list[int]] = {}
    for i in usable:
        groups.setdefault(root(i), []).append(i)
    ordered = sorted(
        (sorted(members, key=lambda i: (items[i][1], i)) for members in groups.values()),
        key=lambda members: (items[members[0]][1], members[0]),
    )
    return [
        Cluster(
            post_ids=tuple(items[i][0] for i in members),
            published=tuple(items[i][1] for i in members),
        )
        for members in ordered
        if len(members) >= min_size
    ]


def cluster_counts(
    clusters: Sequence[Cluster], *, start: datetime, hours: int
) -> npt.NDArray[np.int64]:
    """Hourly post counts of each cluster: row ``c``, column ``h`` counts the posts published
    in ``[start + h hours, start + (h + 1) hours)``; posts outside the range are left out.
    The matrix ``monitoring.bursts.scan`` takes."""
    counts = np.zeros((len(clusters), hours), dtype=np.int64)
    for row, cluster in enumerate(clusters):
        for published in cluster.published:
            column = (published - start) // HOUR
            if 0 <= column < hours:
                counts[row, column] += 1
    return counts
