"""Graph reads: influence runs, leaderboards, history, risers and fallers."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from crm.selectors import blogger_filter
from graph.models import BloggerScore, InfluenceRun, InfluenceScore


def influence_run_latest() -> InfluenceRun | None:
    """The newest succeeded run (the one the leaderboard shows)."""
    return (
        InfluenceRun.objects.filter(status=InfluenceRun.Status.SUCCEEDED)
        .order_by("-created_at", "-pk")
        .first()
    )


def influence_run_list() -> QuerySet[InfluenceRun]:
    return InfluenceRun.objects.select_related("triggered_by").order_by("-created_at", "-pk")


def influence_run_active() -> InfluenceRun | None:
    return InfluenceRun.objects.filter(active=True).first()


def account_leaderboard(*, run: InfluenceRun | None = None) -> QuerySet[InfluenceScore]:
    """Every ranked account of ``run`` (default: the latest) in rank order."""
    run = run or influence_run_latest()
    if run is None:
        return InfluenceScore.objects.none()
    return (
        InfluenceScore.objects.filter(run=run)
        .select_related("account", "account__blogger")
        .order_by("rank")
    )


def blogger_leaderboard(
    *, run: InfluenceRun | None = None, filters: dict[str, Any] | None = None
) -> QuerySet[BloggerScore]:
    """Bloggers of ``run`` (default: the latest) in rank order, filterable with
    the blogger filters (territory, topic, stance, stage, …)."""
    run = run or influence_run_latest()
    if run is None:
        return BloggerScore.objects.none()
    queryset = BloggerScore.objects.filter(run=run)
    if filters:
        queryset = queryset.filter(blogger__in=blogger_filter(filters=filters).values("pk"))
    return queryset.select_related("blogger", "blogger__territory", "account").order_by("rank")


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
    best = BloggerScore.objects.filter(run=run, blogger_id=blogger_id).first()
    if best is None:
        return None
    accounts = list(
        InfluenceScore.objects.filter(run=run, account__blogger_id=blogger_id)
        .select_related("account")
        .order_by("rank")
    )
    contributor_ids = {c["account_id"] for s in accounts for c in s.top_contributors}
    from crm.models import SocialAccount
    from graph.backends.base import node_name

    names = {
        pk: node_name(display, screen, ext)
        for pk, display, screen, ext in SocialAccount.objects.filter(
            pk__in=contributor_ids
        ).values_list("pk", "display_name", "screen_name", "external_id")
    }
    community = run.communities.filter(number=next(
        (s.community for s in accounts if s.account_id == best.account_id), -1
    )).first()  # fmt: skip
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


def blogger_movers(
    *, run: InfluenceRun | None = None, since: InfluenceRun | None = None, limit: int = 10
) -> dict[str, list[dict[str, Any]]]:
    """Risers and fallers among bloggers between ``since`` (default: the run
    before) and ``run`` (default: the latest). Bloggers new to the ranking are
    not movers; a positive delta means the blogger climbed."""
    run = run or influence_run_latest()
    if run is None:
        return {"risers": [], "fallers": []}
    current = {
        b.blogger_id: b for b in BloggerScore.objects.filter(run=run).select_related("blogger")
    }
    if since is None:
        deltas = {bid: b.rank_delta for bid, b in current.items() if b.rank_delta is not None}
        before_rank = {bid: b.previous_rank for bid, b in current.items()}
    else:
        before_rank = dict(BloggerScore.objects.filter(run=since).values_list("blogger_id", "rank"))
        deltas = {
            bid: before_rank[bid] - b.rank for bid, b in current.items() if bid in before_rank
        }
    rows = [
        {"blogger": current[bid].blogger, "rank": current[bid].rank,
         "previous_rank": before_rank.get(bid), "delta": delta, "score": current[bid].score}
        for bid, delta in deltas.items()
    ]  # fmt: skip
    risers = sorted((r for r in rows if r["delta"] > 0), key=lambda r: (-r["delta"], r["rank"]))
    fallers = sorted((r for r in rows if r["delta"] < 0), key=lambda r: (r["delta"], r["rank"]))
    return {"risers": risers[:limit], "fallers": fallers[:limit]}
