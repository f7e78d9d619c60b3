"""Who spreads an incident and who can help answer it (reads only).

From the ledger: the incident's posts, the reposts of them and the mentions made in
them, in time order; from the latest influence run: each involved account's score
and community; from the CRM: which involved accounts are bloggers we know. Then the
suggested messengers: loyal or partner bloggers with the widest reach in the
communities the incident reached, not yet involved — who to ask to carry the
official answer.

Every function reads a bounded number of queries, whatever the incident's size.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from typing import Any

from django.db.models import Max, Q
from django.db.models.functions import Coalesce

from crm.models import Blogger, Interaction, SocialAccount, Stage, Stance, Territory
from graph.models import InfluenceCommunity, InfluenceScore, Mention, Post, Repost
from graph.selectors import influence_run_latest
from monitoring.models import Incident

CASCADE_LIMIT = 500
AMPLIFIERS_LIMIT = 20
ACCOUNT_FIELDS = (
    "id",
    "platform",
    "screen_name",
    "display_name",
    "url",
    "followers",
    "influence_score",
    "blogger_id",
)


def _accounts(ids: set[int]) -> dict[int, dict[str, Any]]:
    return {a["id"]: a for a in SocialAccount.objects.filter(pk__in=ids).values(*ACCOUNT_FIELDS)}


def _communities(account_ids: set[int]) -> tuple[dict[int, int], dict[int, dict[str, Any]]]:
    """``{account: community number}`` in the latest run and ``{number: {label, size}}``
    (every number of the first has an entry in the second)."""
    run = influence_run_latest()
    if run is None or not account_ids:
        return {}, {}
    membership = dict(
        InfluenceScore.objects.filter(run=run, account_id__in=account_ids).values_list(
            "account_id", "community"
        )
    )
    info = {number: {"label": "", "size": 0} for number in set(membership.values())}
    info |= {
        c["number"]: {"label": c["label"], "size": c["size"]}
        for c in InfluenceCommunity.objects.filter(
            run=run, number__in=set(membership.values())
        ).values("number", "label", "size")
    }
    return membership, info


def _last_contacts(blogger_ids: set[int]) -> dict[int, datetime]:
    return dict(
        Interaction.objects.filter(blogger_id__in=blogger_ids)
        .values("blogger_id")
        .annotate(last=Max("occurred_at"))
        .values_list("blogger_id", "last")
    )


def _blogger_rows(blogger_ids: set[int]) -> dict[int, dict[str, Any]]:
    rows = Blogger.objects.filter(pk__in=blogger_ids).values(
        "id",
        "display_name",
        "stance",
        "stage",
        "tier",
        "influence_score",
        "owner_id",
        "owner__username",
        "owner__first_name",
        "owner__last_name",
    )
    contacts = _last_contacts(blogger_ids)
    bloggers = {}
    for row in rows:
        owner = None
        if row["owner_id"] is not None:
            full = f"{row['owner__first_name']} {row['owner__last_name']}".strip()
            owner = {"id": row["owner_id"], "username": row["owner__username"], "full_name": full}
        bloggers[row["id"]] = {
            "id": row["id"],
            "display_name": row["display_name"],
            "stance": row["stance"],
            "stage": row["stage"],
            "tier": row["tier"],
            "influence_score": row["influence_score"],
            "owner": owner,
            "last_contact_at": contacts.get(row["id"]),
        }
    return bloggers


def _involvement(incident: Incident) -> dict[str, Any]:
    """The incident's posts, the reposts of them and the mentions made in them."""
    posts = list(
        Post.objects.filter(incidents=incident)
        .annotate(at=Coalesce("analysis__published_at", "published_at", "fetched_at"))
        .values("id", "account_id", "at", "url")
        .order_by("at", "id")
    )
    post_ids = [p["id"] for p in posts]
    reposts = list(
        Repost.objects.filter(original_post_id__in=post_ids)
        .values("reposter_id", "author_id", "original_post_id", "occurred_at", "weight")
        .order_by("occurred_at", "id")
    )
    mentions = list(
        Mention.objects.filter(source_post_id__in=post_ids)
        .values("source_id", "target_id", "source_post_id", "occurred_at", "weight")
        .order_by("occurred_at", "id")
    )
    return {"posts": posts, "reposts": reposts, "mentions": mentions}


def _involved_accounts(inv: dict[str, Any]) -> dict[int, set[str]]:
    roles: dict[int, set[str]] = defaultdict(set)
    for p in inv["posts"]:
        roles[p["account_id"]].add("author")
    for r in inv["reposts"]:
        roles[r["reposter_id"]].add("amplifier")
    for m in inv["mentions"]:
        roles[m["target_id"]].add("mentioned")
    return roles


def incident_spread(*, incident: Incident) -> dict[str, Any]:
    """Who started the incident, its cascade (posts, reposts of them, mentions in
    them; the first ``CASCADE_LIMIT`` events in time order) and its hourly
    timeline, the top amplifiers (by reposts, then influence) with reach and
    score, the communities it reached (latest run), and the involved accounts
    that are CRM bloggers (stance, stage, owner, last contact)."""
    inv = _involvement(incident)
    roles = _involved_accounts(inv)
    accounts = _accounts(set(roles))
    membership, communities = _communities(set(roles))

    def account(pk: int) -> dict[str, Any]:
        row = dict(accounts.get(pk) or {"id": pk})
        number = membership.get(pk)
        row["community"] = number
        row["community_label"] = "" if number is None else communities[number]["label"]
        return row

    events: list[dict[str, Any]] = [
        {"at": p["at"], "kind": "post", "account": p["account_id"], "post": p["id"], "target": None}
        for p in inv["posts"]
    ]
    events += [
        {
            "at": r["occurred_at"],
            "kind": "repost",
            "account": r["reposter_id"],
            "post": r["original_post_id"],
            "target": r["author_id"],
        }
        for r in inv["reposts"]
    ]
    events += [
        {
            "at": m["occurred_at"],
            "kind": "mention",
            "account": m["source_id"],
            "post": m["source_post_id"],
            "target": m["target_id"],
        }
        for m in inv["mentions"]
    ]
    events.sort(key=lambda e: (e["at"], e["kind"] != "post", e["post"] or 0))
    timeline: dict[datetime, Counter[str]] = defaultdict(Counter)
    for event in events:
        hour = event["at"].replace(minute=0, second=0, microsecond=0)
        timeline[hour][event["kind"]] += 1

    amplified: Counter[int] = Counter()
    for r in inv["reposts"]:
        amplified[r["reposter_id"]] += r["weight"]
    amplifiers = sorted(
        amplified,
        key=lambda pk: (
            -amplified[pk],
            -(accounts.get(pk, {}).get("influence_score") or 0.0),
            -(accounts.get(pk, {}).get("followers") or 0),
            pk,
        ),
    )[:AMPLIFIERS_LIMIT]

    reached: Counter[int] = Counter(membership[pk] for pk in roles if pk in membership)
    blogger_of = {pk: a["blogger_id"] for pk, a in accounts.items() if a["blogger_id"]}
    bloggers = _blogger_rows(set(blogger_of.values()))
    involved_bloggers: dict[int, dict[str, Any]] = {}
    for pk, blogger_id in sorted(blogger_of.items()):
        entry = involved_bloggers.setdefault(
            blogger_id, {**bloggers[blogger_id], "roles": set(), "accounts": []}
        )
        entry["roles"] |= roles[pk]
        entry["accounts"].append(pk)
    origin = inv["posts"][0] if inv["posts"] else None
    reach_accounts = {p["account_id"] for p in inv["posts"]} | set(amplified)
    return {
        "origin": None
        if origin is None
        else {
            "post": origin["id"],
            "url": origin["url"],
            "at": origin["at"],
            "account": account(origin["account_id"]),
        },
        "totals": {
            "posts": len(inv["posts"]),
            "authors": len({p["account_id"] for p in inv["posts"]}),
            "reposts": sum(r["weight"] for r in inv["reposts"]),
            "mentions": sum(m["weight"] for m in inv["mentions"]),
            "reach": sum(accounts.get(pk, {}).get("followers") or 0 for pk in reach_accounts),
        },
        "timeline": [
            {
                "hour": hour,
                "posts": counts["post"],
                "reposts": counts["repost"],
                "mentions": counts["mention"],
            }
            for hour, counts in sorted(timeline.items())
        ],
        "cascade": [
            {
                **event,
                "account": account(event["account"]),
                "target": None if event["target"] is None else account(event["target"]),
            }
            for event in events[:CASCADE_LIMIT]
        ],
        "cascade_truncated": len(events) > CASCADE_LIMIT,
        "amplifiers": [{**account(pk), "reposts": amplified[pk]} for pk in amplifiers],
        "communities": [
            {"number": number, **communities.get(number, {"label": "", "size": 0}), "involved": n}
            for number, n in sorted(reached.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "bloggers": sorted(
            ({**b, "roles": sorted(b["roles"])} for b in involved_bloggers.values()),
            key=lambda b: (-(b["influence_score"] or 0.0), b["id"]),
        ),
    }


MESSENGER_STANCES = (Stance.SUPPORTIVE,)
MESSENGER_STAGES = (Stage.PARTNER,)


def incident_messengers(*, incident: Incident, limit: int = 10) -> dict[str, Any]:
    """Suggested messengers: loyal (supportive) or partner bloggers, not archived and
    not involved in the incident, whose accounts sit in the communities the
    incident reached (latest run), widest reach first (then influence). Without a
    run or reached communities, those of the incident's territory (with everything
    inside it) instead; ``basis`` says which."""
    inv = _involvement(incident)
    roles = _involved_accounts(inv)
    membership, communities = _communities(set(roles))
    reached = set(membership.values())
    involved_bloggers = set(
        SocialAccount.objects.filter(pk__in=set(roles), blogger__isnull=False).values_list(
            "blogger_id", flat=True
        )
    )
    candidates = SocialAccount.objects.filter(
        Q(blogger__stance__in=MESSENGER_STANCES) | Q(blogger__stage__in=MESSENGER_STAGES),
        blogger__is_archived=False,
    ).exclude(blogger_id__in=involved_bloggers)
    run = influence_run_latest()
    basis = "community"
    if run is not None and reached:
        rows: list[dict[str, Any]] = [
            dict(row)
            for row in InfluenceScore.objects.filter(
                run=run, community__in=reached, account__in=candidates
            ).values(
                "account_id",
                "community",
                "score",
                "followers",
                "account__followers",
                "account__blogger_id",
            )
        ]
    else:
        basis = "territory"
        scope = candidates.none()
        if incident.territory_id is not None:
            scope = candidates.filter(
                blogger__territory__in=Territory.objects.subtree(incident.territory_id)
            )
        rows = [
            {
                "account_id": a["id"],
                "community": None,
                "score": a["influence_score"],
                "followers": a["followers"],
                "account__followers": a["followers"],
                "account__blogger_id": a["blogger_id"],
            }
            for a in scope.values("id", "influence_score", "followers", "blogger_id")
        ]
    best: dict[int, dict[str, Any]] = {}
    for row in rows:
        reach = row["account__followers"] or row["followers"] or 0
        current = best.get(row["account__blogger_id"])
        key = (reach, row["score"] or 0.0)
        if current is None or key > (current["reach"], current["score"] or 0.0):
            best[row["account__blogger_id"]] = {**row, "reach": reach}
    chosen = sorted(best.values(), key=lambda r: (-r["reach"], -(r["score"] or 0.0)))[:limit]
    bloggers = _blogger_rows({r["account__blogger_id"] for r in chosen})
    accounts = _accounts({r["account_id"] for r in chosen})
    return {
        "basis": basis,
        "reached_communities": sorted(reached),
        "messengers": [
            {
                "blogger": bloggers[r["account__blogger_id"]],
                "account": accounts[r["account_id"]],
                "community": r["community"],
                "community_label": communities.get(r["community"], {}).get("label", ""),
                "reach": r["reach"],
                "score": r["score"],
            }
            for r in chosen
        ],
    }
