"""Graph reads: influence runs, leaderboards, history, risers and fallers."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime, time, timedelta
from itertools import pairwise
from typing import Any

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    Count,
    F,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from crm.models import (
    Campaign,
    CampaignPublication,
    ParticipantStatus,
    SocialAccount,
    Territory,
)
from crm.social_urls import parse_post_url
from graph.backends import get_backend
from graph.backends.base import Edge, GraphBackend, Node, node_name
from graph.models import (
    BloggerScore,
    CoordinationGroup,
    CoordinationMark,
    InfluenceCommunity,
    InfluenceRun,
    InfluenceScore,
    Mention,
    Post,
    Repost,
)


def influence_run_latest() -> InfluenceRun | None:
    """The newest succeeded run (the one the leaderboard shows)."""
    return (
        InfluenceRun.objects.filter(status=InfluenceRun.Status.SUCCEEDED)
        .order_by("-created_at", "-pk")
        .first()
    )


def influence_run_before(*, run: InfluenceRun) -> InfluenceRun | None:
    """The newest succeeded run created before ``run`` (what ``run`` is compared with)."""
    return (
        InfluenceRun.objects.filter(
            status=InfluenceRun.Status.SUCCEEDED, created_at__lte=run.created_at
        )
        .exclude(pk=run.pk)
        .order_by("-created_at", "-pk")
        .first()
    )


def influence_run_list() -> QuerySet[InfluenceRun]:
    return InfluenceRun.objects.select_related("triggered_by").order_by("-created_at", "-pk")


def blogger_leaderboard(*, run: InfluenceRun | None = None) -> QuerySet[BloggerScore]:
    """Bloggers of ``run`` (default: the latest) in rank order. To show some of
    them, filter on ``blogger`` (the API applies the blogger list's filters)."""
    run = run or influence_run_latest()
    if run is None:
        return BloggerScore.objects.none()
    return (
        BloggerScore.objects.filter(run=run)
        .select_related("blogger", "blogger__territory", "account")
        .order_by("rank")
    )


def blogger_influence_history(*, blogger_id: int) -> QuerySet[BloggerScore]:
    """One blogger's score and place in every succeeded run, oldest first."""
    return (
        BloggerScore.objects.filter(
            blogger_id=blogger_id, run__status=InfluenceRun.Status.SUCCEEDED
        )
        .select_related("run", "account")
        .order_by("run__created_at", "run_id")
    )


def blogger_influence_explanation(
    *, blogger_id: int, run: InfluenceRun | None = None
) -> dict[str, Any] | None:
    """Why a blogger ranks where they do: per-account components, top
    contributors (with names) and the community of the best account."""
    run = run or influence_run_latest()
    if run is None:
        return None
    best = (
        BloggerScore.objects.filter(run=run, blogger_id=blogger_id)
        .select_related("blogger__territory", "account")
        .first()
    )
    if best is None:
        return None
    accounts = list(
        InfluenceScore.objects.filter(run=run, account__blogger_id=blogger_id)
        .select_related("account", "account__coordination_mark")
        .order_by("rank")
    )
    contributor_ids = {c["account_id"] for s in accounts for c in s.top_contributors}
    names = {
        pk: node_name(display, screen, ext)
        for pk, display, screen, ext in SocialAccount.objects.filter(
            pk__in=contributor_ids
        ).values_list("pk", "display_name", "screen_name", "external_id")
    }
    community = run.communities.filter(
        number=next((s.community for s in accounts if s.account_id == best.account_id), -1)
    ).first()
    return {
        "run": run,
        "blogger_score": best,
        "community": community,
        "accounts": [
            {
                "score": s,
                "contributors": [
                    {**c, "name": names.get(c["account_id"], str(c["account_id"]))}
                    for c in s.top_contributors
                ],
            }
            for s in accounts
        ],
    }


def mover_threshold(previous_rank: int | None) -> int:
    """The smallest change of place that counts as a move from ``previous_rank``.

    Ranking the same ledger twice a few minutes apart moves bloggers by a place
    or two (time decay shifts near-equal scores past each other), and places far
    down the list, where scores are close, shift further. So a move must be at
    least ``INFLUENCE_MOVERS_MIN_PLACES`` places and at least
    ``INFLUENCE_MOVERS_MIN_SHARE`` of the previous place (5 % by default: 10
    places from place 200).
    """
    share = settings.INFLUENCE_MOVERS_MIN_SHARE * (previous_rank or 0)
    return max(settings.INFLUENCE_MOVERS_MIN_PLACES, math.ceil(share))


def blogger_movers(
    *, run: InfluenceRun | None = None, since: InfluenceRun | None = None, limit: int = 10
) -> dict[str, list[dict[str, Any]]]:
    """Risers and fallers among bloggers between ``since`` (default: the run
    before) and ``run`` (default: the latest). Bloggers new to the ranking are
    not movers; a positive delta means the blogger climbed. Changes within the
    run-to-run noise are left out (``mover_threshold``)."""
    run = run or influence_run_latest()
    if run is None:
        return {"risers": [], "fallers": []}
    current = {
        b.blogger_id: b
        for b in BloggerScore.objects.filter(run=run).select_related("blogger__territory")
    }
    before_rank: dict[int, int | None]
    deltas: dict[int, int]
    if since is None:
        deltas = {bid: b.rank_delta for bid, b in current.items() if b.rank_delta is not None}
        before_rank = {bid: b.previous_rank for bid, b in current.items()}
    else:
        earlier = dict(BloggerScore.objects.filter(run=since).values_list("blogger_id", "rank"))
        deltas = {bid: earlier[bid] - b.rank for bid, b in current.items() if bid in earlier}
        before_rank = dict(earlier)
    rows: list[dict[str, Any]] = [
        {
            "blogger": current[bid].blogger,
            "rank": current[bid].rank,
            "previous_rank": before_rank.get(bid),
            "delta": delta,
            "score": current[bid].score,
        }
        for bid, delta in deltas.items()
        if abs(delta) >= mover_threshold(before_rank.get(bid))
    ]
    risers = sorted((r for r in rows if r["delta"] > 0), key=lambda r: (-r["delta"], r["rank"]))
    fallers = sorted((r for r in rows if r["delta"] < 0), key=lambda r: (r["delta"], r["rank"]))
    return {"risers": risers[:limit], "fallers": fallers[:limit]}


# --- graph views: nodes/edges JSON for the graph explorer -----------------------
# Node and edge dicts follow the API contract (ready for graphology/sigma): nodes
# carry the latest score, rank and community; an edge's ``weight`` is its event
# counts weighted by the repost/mention type weights (not decayed).

GRAPH_MAX_NODES = 5000
GRAPH_MAX_EDGES = 20000


def _edge_weight(reposts: int, mentions: int) -> float:
    return round(
        reposts * settings.INFLUENCE_REPOST_WEIGHT + mentions * settings.INFLUENCE_MENTION_WEIGHT, 6
    )


def _node_dicts(nodes: list[Node], run: InfluenceRun | None) -> list[dict[str, Any]]:
    """Contract node dicts for ``nodes``, with score/rank/community from ``run``
    (two queries whatever the number of nodes)."""
    scores: dict[int, tuple[float, int, int, float, int | None]] = {}
    labels: dict[int, str] = {}
    if run is not None and nodes:
        ids = [n.id for n in nodes]
        for start in range(0, len(ids), 5000):
            scores.update(
                (a, (s, r, c, i, g))
                for a, s, r, c, i, g in InfluenceScore.objects.filter(
                    run=run, account_id__in=ids[start : start + 5000]
                ).values_list(
                    "account_id",
                    "score",
                    "rank",
                    "community",
                    "inauthenticity",
                    "coordination_group",
                )
            )
        numbers = {v[2] for v in scores.values()}
        labels = dict(
            run.communities.filter(number__in=sorted(numbers)).values_list("number", "label")
        )
    result = []
    for n in nodes:
        score, rank, community, inauthentic, group = scores.get(
            n.id, (None, None, None, None, None)
        )
        result.append(
            {
                "id": n.id,
                "label": n.name,
                "platform": n.platform,
                "external_id": n.external_id,
                "screen_name": n.screen_name,
                "kind": n.kind,
                "followers": n.followers,
                "blogger_id": n.blogger_id,
                "score": score,
                "rank": rank,
                "community": community,
                "community_label": labels.get(community) if community is not None else None,
                "inauthenticity": inauthentic,
                "coordination_group": group,
            }
        )
    return result


def _edge_dict(edge: Edge) -> dict[str, Any]:
    return {
        "source": edge.source,
        "target": edge.target,
        "weight": _edge_weight(edge.reposts, edge.mentions),
        "reposts": edge.reposts,
        "mentions": edge.mentions,
        "first_at": edge.first_at,
        "last_at": edge.last_at,
    }


def graph_ego(
    *, account_id: int, depth: int = 1, limit: int = 100, backend: GraphBackend | None = None
) -> dict[str, Any]:
    """The ego network of an account (depth 1–2, at most ``limit`` nodes, see
    ``GraphBackend.ego_network``). Raises ``LookupError`` for an account not in
    the graph, ``GraphUnavailable`` when the graph store is down."""
    backend = backend or get_backend()
    sub = backend.ego_network(account_id, depth=depth, limit=limit)
    run = influence_run_latest()
    return {
        "center": sub.center,
        "depth": depth,
        "truncated": sub.truncated,
        "run": run,
        "nodes": _node_dicts(sub.nodes, run),
        "edges": [_edge_dict(e) for e in sub.edges],
    }


def graph_amplifiers(
    *,
    account_id: int,
    limit: int = 10,
    since: datetime | None = None,
    backend: GraphBackend | None = None,
) -> dict[str, Any]:
    """Who amplifies ``account_id`` most (events since ``since``), as a star:
    the account, its top amplifiers and one edge from each amplifier to it."""
    backend = backend or get_backend()
    if not backend.nodes([account_id]):
        raise LookupError(f"account {account_id} is not in the graph")
    amplifiers = backend.top_amplifiers(account_id, limit=limit, since=since)
    run = influence_run_latest()
    nodes = _node_dicts(backend.nodes([account_id, *(a.account_id for a in amplifiers)]), run)
    edges = [
        {
            "source": a.account_id,
            "target": account_id,
            "weight": _edge_weight(a.reposts, a.mentions),
            "reposts": a.reposts,
            "mentions": a.mentions,
            "first_at": None,
            "last_at": a.last_at,
        }
        for a in amplifiers
    ]
    return {"center": account_id, "since": since, "run": run, "nodes": nodes, "edges": edges}


def graph_cascade(*, post_id: int, backend: GraphBackend | None = None) -> dict[str, Any]:
    """How post ``post_id`` spread: its author and every reposter (first repost
    each, in time order), edges reposter → author. Raises ``LookupError`` for an
    unknown post."""
    post = Post.objects.filter(pk=post_id).values("account_id", "published_at").first()
    if post is None:
        raise LookupError(f"post {post_id} is not in the ledger")
    backend = backend or get_backend()
    steps = backend.post_cascade(post_id)
    author = post["account_id"]
    run = influence_run_latest()
    nodes = _node_dicts(backend.nodes([author, *(s.account_id for s in steps)]), run)
    edges = [
        {
            "source": s.account_id,
            "target": author,
            "weight": _edge_weight(s.weight, 0),
            "reposts": s.weight,
            "mentions": 0,
            "first_at": s.at,
            "last_at": s.at,
        }
        for s in steps
        if s.account_id != author
    ]
    return {
        "post_id": post_id,
        "author_id": author,
        "published_at": post["published_at"],
        "steps": [{"account_id": s.account_id, "at": s.at, "weight": s.weight} for s in steps],
        "run": run,
        "nodes": nodes,
        "edges": edges,
    }


def graph_path(
    *, source_id: int, target_id: int, max_depth: int = 6, backend: GraphBackend | None = None
) -> dict[str, Any]:
    """One shortest directed amplification path from ``source_id`` to
    ``target_id`` (``found`` false when none within ``max_depth`` hops)."""
    backend = backend or get_backend()
    path = backend.shortest_path(source_id, target_id, max_depth=max_depth) or []
    hops = set(pairwise(path))
    edges = [e for e in backend.edges_among(path) if (e.source, e.target) in hops] if path else []
    run = influence_run_latest()
    return {
        "source": source_id,
        "target": target_id,
        "found": bool(path),
        "path": path,
        "run": run,
        "nodes": _node_dicts(backend.nodes(path), run) if path else [],
        "edges": [_edge_dict(e) for e in edges],
    }


def _edges_drawn(edges: list[Edge], limit: int) -> list[Edge]:
    """At most ``limit`` of ``edges`` (sorted strongest first): first the strongest
    edge of each account, so no drawn account floats unconnected while a hub's many
    edges take the budget, then the strongest of the rest; strongest first."""
    if len(edges) <= limit:
        return edges
    covered: set[int] = set()
    first: list[int] = []
    for index, edge in enumerate(edges):
        if edge.source not in covered or edge.target not in covered:
            covered.update((edge.source, edge.target))
            first.append(index)
    chosen = set(first[:limit])
    for index in range(len(edges)):
        if len(chosen) >= limit:
            break
        chosen.add(index)
    return [edges[index] for index in sorted(chosen)]


def graph_overview(
    *,
    run: InfluenceRun | None = None,
    territory_id: int | None = None,
    community: int | None = None,
    min_score: float | None = None,
    coordination: str | None = None,
    max_nodes: int = GRAPH_MAX_NODES,
    max_edges: int = GRAPH_MAX_EDGES,
    backend: GraphBackend | None = None,
) -> dict[str, Any]:
    """The whole graph for the explorer: the ``max_nodes`` highest-ranked
    accounts of ``run`` (default: the latest) matching the filters (territory
    with its children via the account's blogger, community, minimum score;
    ``coordination``: ``hide`` leaves out members of coordinated groups, ``only``
    keeps only them and the accounts they amplify) and ``max_edges`` edges among
    them: each account's strongest, then the strongest of the rest (by weight, ties
    by ids), listed strongest first.
    Empty before the first succeeded run."""
    run = run or influence_run_latest()
    empty: dict[str, Any] = {
        "run": run,
        "nodes": [],
        "edges": [],
        "total_nodes": 0,
        "total_edges": 0,
        "truncated_nodes": False,
        "truncated_edges": False,
    }
    if run is None:
        return empty
    scores = _overview_scores(
        run, territory_id=territory_id, community=community, min_score=min_score
    )
    if coordination == "hide":
        scores = scores.filter(coordination_group__isnull=True)
    elif coordination == "only":
        scores = scores.filter(Q(coordination_group__isnull=False) | ~Q(coordination={}))
    total_nodes = scores.count()
    ids = list(scores.order_by("rank").values_list("account_id", flat=True)[:max_nodes])
    if not ids:
        return empty
    backend = backend or get_backend()
    edges = sorted(
        backend.edges_among(ids),
        key=lambda e: (-_edge_weight(e.reposts, e.mentions), e.source, e.target),
    )
    return {
        "run": run,
        "nodes": _node_dicts(backend.nodes(ids), run),
        "edges": [_edge_dict(e) for e in _edges_drawn(edges, max_edges)],
        "total_nodes": total_nodes,
        "total_edges": len(edges),
        "truncated_nodes": total_nodes > len(ids),
        "truncated_edges": len(edges) > max_edges,
    }


def coordination_group_list(*, run: InfluenceRun) -> list[dict[str, Any]]:
    """Coordinated groups of ``run``, largest first, each with the accounts it amplifies
    most (named) — two queries whatever the number of groups."""
    groups = list(CoordinationGroup.objects.filter(run=run).order_by("-size", "number"))
    target_ids = {t["account_id"] for g in groups for t in g.targets}
    names = {
        pk: node_name(display, screen, ext)
        for pk, display, screen, ext in SocialAccount.objects.filter(pk__in=target_ids).values_list(
            "pk", "display_name", "screen_name", "external_id"
        )
    }
    return [
        {
            "group": g,
            "targets": [
                {**t, "name": names.get(t["account_id"], str(t["account_id"]))} for t in g.targets
            ],
        }
        for g in groups
    ]


def coordination_group_members(*, run: InfluenceRun, number: int) -> QuerySet[InfluenceScore]:
    """Accounts of coordinated group ``number`` in ``run``, most inauthentic first."""
    return (
        InfluenceScore.objects.filter(run=run, coordination_group=number)
        .select_related("account", "account__blogger", "account__coordination_mark")
        .order_by("-inauthenticity", "rank")
    )


def coordination_mark_list() -> QuerySet[CoordinationMark]:
    """Officers' marks, newest first."""
    return CoordinationMark.objects.select_related("account", "marked_by").order_by(
        "-marked_at", "-id"
    )


def _overview_scores(
    run: InfluenceRun,
    *,
    territory_id: int | None = None,
    community: int | None = None,
    min_score: float | None = None,
) -> QuerySet[InfluenceScore]:
    scores = InfluenceScore.objects.filter(run=run)
    if territory_id is not None:
        scores = scores.filter(
            account__blogger__territory__in=Territory.objects.subtree(territory_id).values("pk")
        )
    if community is not None:
        scores = scores.filter(community=community)
    if min_score is not None:
        scores = scores.filter(score__gte=min_score)
    return scores


GRAPH_CLUSTER_TOP = 5


def graph_clusters(
    *,
    run: InfluenceRun | None = None,
    territory_id: int | None = None,
    min_score: float | None = None,
    top: int = GRAPH_CLUSTER_TOP,
) -> dict[str, Any]:
    """The explorer's overview as communities: one cluster per community of ``run``
    (default: the latest) among the accounts matching the filters — its number,
    label, size, the sum of its members' scores, the weight of the edges inside it
    and its ``top`` members by rank — and the edges between communities, each the
    sum of the account edges from one community to the other (weight, reposts,
    mentions, how many account pairs). Its size grows with the number of
    communities, not of accounts.

    Summed in one pass over the ledger's reposts and mentions (the relational
    system of record, so it needs no graph server): two streamed queries and a
    dictionary per event, ~0.2 s for the demo's 100,000 events on SQLite. Empty
    before the first succeeded run."""
    run = run or influence_run_latest()
    result: dict[str, Any] = {
        "run": run,
        "clusters": [],
        "edges": [],
        "total_nodes": 0,
        "total_edges": 0,
    }
    if run is None:
        return result
    scores = _overview_scores(run, territory_id=territory_id, min_score=min_score)
    rows = list(scores.order_by("rank").values_list("account_id", "community", "score", "rank"))
    if not rows:
        return result
    community_of = {account: community for account, community, _, _ in rows}
    clusters: dict[int, dict[str, Any]] = {}
    for account, community, score, rank in rows:
        cluster = clusters.get(community)
        if cluster is None:
            cluster = clusters[community] = {
                "number": community,
                "label": "",
                "size": 0,
                "score_sum": 0.0,
                "inner_weight": 0.0,
                "top": [],
            }
        cluster["size"] += 1
        cluster["score_sum"] += score
        if len(cluster["top"]) < top:
            cluster["top"].append({"id": account, "score": score, "rank": rank})

    # (source community, target community) → [reposts, mentions, account pairs].
    between: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    seen: set[tuple[int, int]] = set()
    for slot, model, source, target in (
        (0, Repost, "reposter_id", "author_id"),
        (1, Mention, "source_id", "target_id"),
    ):
        events = model.objects.values_list(source, target, "weight").order_by()
        for a, b, weight in events.iterator(chunk_size=10_000):
            ca, cb = community_of.get(a), community_of.get(b)
            if ca is None or cb is None or a == b:
                continue
            totals = between[(ca, cb)]
            totals[slot] += weight
            if (a, b) not in seen:
                seen.add((a, b))
                totals[2] += 1

    labels = dict(run.communities.filter(number__in=list(clusters)).values_list("number", "label"))
    members = [member["id"] for cluster in clusters.values() for member in cluster["top"]]
    accounts = {
        a["pk"]: a
        for a in SocialAccount.objects.filter(pk__in=members).values(
            "pk", "display_name", "screen_name", "external_id", "blogger_id"
        )
    }
    for number, cluster in clusters.items():
        inner = between.pop((number, number), [0, 0, 0])
        cluster["label"] = labels.get(number, "")
        cluster["score_sum"] = round(cluster["score_sum"], 3)
        cluster["inner_weight"] = _edge_weight(inner[0], inner[1])
        for member in cluster["top"]:
            found = accounts[member["id"]]
            member["label"] = node_name(
                found["display_name"], found["screen_name"], found["external_id"]
            )
            member["blogger_id"] = found["blogger_id"]
    result["clusters"] = sorted(clusters.values(), key=lambda c: (-c["size"], c["number"]))
    result["edges"] = sorted(
        (
            {
                "source": a,
                "target": b,
                "weight": _edge_weight(reposts, mentions),
                "reposts": reposts,
                "mentions": mentions,
                "pairs": pairs,
            }
            for (a, b), (reposts, mentions, pairs) in between.items()
        ),
        key=lambda e: (-e["weight"], e["source"], e["target"]),
    )
    result["total_nodes"] = len(rows)
    result["total_edges"] = len(seen)
    return result


def influence_community_list(*, run: InfluenceRun) -> QuerySet[InfluenceCommunity]:
    """Communities of ``run``, largest first."""
    return (
        InfluenceCommunity.objects.filter(run=run)
        .select_related("central_account")
        .order_by("-size", "number")
    )


def influence_community_members(*, run: InfluenceRun, number: int) -> QuerySet[InfluenceScore]:
    """Accounts of community ``number`` in ``run``, in rank order."""
    return (
        InfluenceScore.objects.filter(run=run, community=number)
        .select_related("account", "account__blogger")
        .order_by("rank")
    )


CAMPAIGN_METRICS = ("publications", "reposts", "mentions", "reach")


def _publication_post_lookup(urls: list[str]) -> tuple[Q, dict[str, tuple[str, str, str]]]:
    """One query's condition finding the ledger posts of ``urls`` (by platform,
    author and post id where the link says them, else by the stored link) and
    each link's key ``(platform, author id or screen name, post id)``."""
    condition = Q(url__in=urls)
    keys: dict[str, tuple[str, str, str]] = {}
    for url in urls:
        parsed = parse_post_url(url)
        if parsed is None:
            continue
        if parsed.owner_external_id:
            condition |= Q(
                account__platform=parsed.platform,
                account__external_id=parsed.owner_external_id,
                external_id=parsed.external_id,
            )
            keys[url] = (parsed.platform, parsed.owner_external_id, parsed.external_id)
        else:
            condition |= Q(
                account__platform=parsed.platform,
                account__screen_name=parsed.owner_screen_name,
                external_id=parsed.external_id,
            )
            keys[url] = (parsed.platform, parsed.owner_screen_name, parsed.external_id)
    return condition, keys


def campaign_results(*, campaign: Campaign) -> dict[str, Any]:
    """What the campaign's publications achieved, measured from the ledger.

    Each publication's link is matched to a ledger post (VK ``wall<owner>_<id>``,
    Telegram ``t.me/<name>/<id>``, or the post's stored link). Per publication:
    its views and likes, the reposts of it (``Repost.original_post``, by weight)
    and how many accounts reposted it, its reach (followers of its author and of
    each account that reposted it). Totals: publications, reposts, mentions of the
    publishing accounts from the first publication (or the campaign's start,
    whichever is earlier) to the campaign's end, reach (followers of the distinct
    publishing and reposting accounts) and views; each against the campaign's goal.
    A constant number of queries (six) whatever the number of publications.
    """
    publications = list(
        CampaignPublication.objects.filter(participant__campaign=campaign)
        .select_related("participant__blogger", "account")
        .order_by("published_at", "id")
    )
    urls = [p.url for p in publications]
    condition, keys = _publication_post_lookup(urls)
    posts_by_key: dict[tuple[str, str, str], Post] = {}
    posts_by_url: dict[str, Post] = {}
    if urls:
        for ledger_post in Post.objects.filter(condition).select_related("account"):
            author = ledger_post.account
            post_id = ledger_post.external_id
            posts_by_key[(author.platform, author.external_id, post_id)] = ledger_post
            posts_by_key[(author.platform, author.screen_name.lower(), post_id)] = ledger_post
            if ledger_post.url:
                posts_by_url[ledger_post.url] = ledger_post
    matched: dict[int, Post] = {}
    for publication in publications:
        key = keys.get(publication.url)
        found = (posts_by_key.get(key) if key else None) or posts_by_url.get(publication.url)
        if found is not None:
            matched[publication.pk] = found

    reposts: dict[int, int] = defaultdict(int)
    reposters: dict[int, dict[int, int]] = defaultdict(dict)  # post → {account: followers}
    if matched:
        rows = (
            Repost.objects.filter(original_post__in={p.pk for p in matched.values()})
            .values("original_post_id", "reposter_id", "reposter__followers")
            .annotate(events=Sum("weight"))
        )
        for row in rows:
            reposts[row["original_post_id"]] += row["events"]
            reposters[row["original_post_id"]][row["reposter_id"]] = row["reposter__followers"] or 0

    authors: dict[int, int] = {}  # publishing account → followers
    rows_out: list[dict[str, Any]] = []
    tz = timezone.get_current_timezone()
    window_start = datetime.combine(campaign.starts_on, time.min, tzinfo=tz)
    for publication in publications:
        post: Post | None = matched.get(publication.pk)
        account: SocialAccount | None = publication.account or (post.account if post else None)
        published_at = publication.published_at or (post.published_at if post else None)
        if published_at is not None:
            window_start = min(window_start, published_at)
        followers = (account.followers or 0) if account else 0
        if account is not None:
            authors[account.pk] = followers
        spread = reposters.get(post.pk, {}) if post else {}
        rows_out.append(
            {
                "id": publication.pk,
                "url": publication.url,
                "published_at": published_at,
                "blogger": publication.participant.blogger,
                "account": account,
                "post": post.pk if post else None,
                "views": post.views if post else None,
                "likes": post.likes if post else None,
                "reposts": reposts.get(post.pk, 0) if post else 0,
                "reposters": len(spread),
                "reach": followers + sum(spread.values()),
            }
        )
    window_end = datetime.combine(campaign.ends_on + timedelta(days=1), time.min, tzinfo=tz)
    mentions = 0
    if authors:
        mentions = (
            Mention.objects.filter(
                target_id__in=authors, occurred_at__gte=window_start, occurred_at__lt=window_end
            ).aggregate(total=Sum("weight"))["total"]
            or 0
        )
    audience = dict(authors)
    for spread in reposters.values():
        audience.update(spread)
    statuses = dict(campaign.participants.order_by().values_list("status").annotate(n=Count("pk")))
    totals = {
        "publications": len(publications),
        "matched": len(matched),
        "reposts": sum(reposts.values()),
        "reposters": len({a for spread in reposters.values() for a in spread}),
        "mentions": mentions,
        "reach": sum(audience.values()),
        "views": sum(post.views or 0 for post in matched.values()),
    }
    goals = []
    for metric in CAMPAIGN_METRICS:
        goal = getattr(campaign, f"goal_{metric}")
        value = totals[metric]
        goals.append(
            {
                "metric": metric,
                "goal": goal,
                "value": value,
                "progress": round(value / goal, 4) if goal else None,
            }
        )
    return {
        "campaign": campaign.pk,
        "participants": {status: statuses.get(status, 0) for status in ParticipantStatus.values},
        "totals": totals,
        "goals": goals,
        "mentions_since": window_start,
        "mentions_until": window_end,
        "publications": rows_out,
    }


def vk_account_statuses() -> QuerySet[SocialAccount]:
    """Tracked VK accounts (linked to a blogger, or synced before: official pages)
    with their sync state, for the officer's status list. ``failures`` is the
    number of failed syncs in a row (0 when never synced); ``failing`` says it
    reached ``VK_SYNC_FAILURES_ALERT``. A constant number of queries per page."""
    failures = Coalesce(F("vk_sync__failures"), Value(0))
    return (
        SocialAccount.objects.filter(platform="vk")
        .filter(Q(blogger__isnull=False) | Q(vk_sync__isnull=False))
        .select_related("blogger", "vk_sync")
        .annotate(
            failures=failures,
            failing=Case(
                When(vk_sync__failures__gte=max(1, settings.VK_SYNC_FAILURES_ALERT), then=True),
                default=False,
                output_field=BooleanField(),
            ),
            last_success_at=F("vk_sync__last_success_at"),
        )
    )


def vk_next_sync_at(last_synced_at: datetime | None) -> datetime | None:
    """When the scheduled sync will next reach an account: ``VK_SYNC_INTERVAL``
    after its last sync (the next run of the schedule when it is overdue or never
    synced); None when the collector is not configured."""
    if not settings.VK_TOKENS:
        return None
    now = timezone.now()
    if last_synced_at is None:
        return now
    return max(now, last_synced_at + timedelta(seconds=settings.VK_SYNC_INTERVAL))
