"""Writing the demo amplification graph (``demo.graph_plan``) into the observation ledger.

``seed_demo_graph`` reads the CRM demo bloggers' VK accounts, plans the graph around them
and writes what is missing in one transaction: accounts directly (see
``_save_accounts``), posts through ``posts_upsert`` and events through ``events_ingest``
in batches of 5,000. Deterministic, idempotent and transactional as ``demo.graph_plan``
describes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Protocol

from django.db import transaction
from django.db.models import Q

from crm.models import Platform, SocialAccount
from demo.crm_plan import BLOGGER_KEY
from demo.graph_plan import (
    ORIGIN,
    WINDOW_DAYS,
    BloggerAccount,
    GraphPlan,
    _vk_url,
    plan_demo_graph,
)
from demo.vocabulary import REGION_NAME
from graph.ingest.ledger import (
    BATCH_SIZE,
    EventData,
    PostData,
    events_ingest,
    posts_upsert,
)
from graph.models import Mention, Post, Repost

SUMMARY_ROWS = ("Account", "Post", "Repost", "Mention")


class _Writer(Protocol):
    def write(self, text: str, /) -> Any: ...


def demo_blogger_accounts() -> list[BloggerAccount]:
    """The demo bloggers' VK accounts with an id, in blogger order (a read, no writes)."""
    rows = (
        SocialAccount.objects.filter(
            platform=Platform.VK, blogger__import_key__startswith=BLOGGER_KEY.format("")
        )
        .exclude(external_id="")
        .select_related("blogger__territory")
        .prefetch_related("blogger__topics")
    )
    result = []
    for row in rows:
        blogger = row.blogger
        assert blogger is not None
        result.append(
            (
                int((blogger.import_key or ":0").rsplit(":", 1)[1]),
                BloggerAccount(
                    external_id=row.external_id,
                    kind=row.kind,
                    display_name=row.display_name,
                    screen_name=row.screen_name,
                    followers=row.followers or 0,
                    territory=blogger.territory.name if blogger.territory else REGION_NAME,
                    topics=tuple(sorted(t.name for t in blogger.topics.all())),
                    stance=blogger.stance,
                    tier=blogger.tier,
                ),
            )
        )
    return [account for _, account in sorted(result, key=lambda p: (p[0], p[1].external_id))]


def _batches(items: Sequence, size: int = BATCH_SIZE):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _stored_keys(model: type[Repost] | type[Mention], keys: list[str]) -> set[str]:
    stored: set[str] = set()
    for chunk in _batches(keys):
        stored.update(model.objects.filter(key__in=chunk).values_list("key", flat=True))
    return stored


def _save_accounts(plan: GraphPlan, tally: dict[str, dict[str, int]]) -> None:
    """Create the planned accounts that are missing; stored ones are left as they are.

    Inserted directly rather than through ``accounts_upsert``: for new accounts that
    inserts bare rows and then rewrites every field with one ``CASE`` per column
    (``bulk_update``), ~10 s for 5,000 accounts on SQLite against well under one here.
    Like the ledger's, these rows have no history (they are observations, not CRM edits).
    A screen name another account already holds is dropped (the page keeps its id link).
    """
    planned = [a for a in plan.accounts if not a.from_crm]
    stored: set[str] = set()
    for chunk in _batches([a.external_id for a in planned]):
        stored.update(
            SocialAccount.objects.filter(platform=Platform.VK, external_id__in=chunk).values_list(
                "external_id", flat=True
            )
        )
    missing = [a for a in planned if a.external_id not in stored]
    taken: set[str] = set()
    for chunk in _batches([a.screen_name for a in missing if a.screen_name]):
        taken.update(
            SocialAccount.objects.filter(platform=Platform.VK, screen_name__in=chunk).values_list(
                "screen_name", flat=True
            )
        )
    rows = []
    for a in missing:
        screen = "" if a.screen_name in taken else a.screen_name
        rows.append(
            SocialAccount(
                platform=Platform.VK,
                kind=a.kind,
                external_id=a.external_id,
                screen_name=screen,
                url=_vk_url(a.external_id, screen),
                display_name=a.display_name,
                followers=a.followers,
                verified=a.verified,
            )
        )
    SocialAccount.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    tally["Account"]["created"] += len(missing)
    tally["Account"]["existing"] += len(plan.accounts) - len(missing)


def _save_events(plan: GraphPlan, tally: dict[str, dict[str, int]], *, fresh: bool) -> None:
    """The posts the new events refer to (missing ones only), then the events.

    ``fresh``: none of a sample of the keys is stored, so all events are taken for new
    (saves looking up 100,000 keys; a wrong guess only costs a look-up of stored posts).
    """
    new_keys = {e.key for e in plan.events}
    if not fresh:
        for kind, model in (("repost", Repost), ("mention", Mention)):
            keys = [e.key for e in plan.events if e.kind == kind]
            new_keys -= _stored_keys(model, keys)
    wanted = set()
    for event in plan.events:
        if event.key in new_keys and event.post_external_id:
            owner = (
                event.target_external_id if event.kind == "repost" else (event.source_external_id)
            )
            wanted.add((owner, event.post_external_id))
    candidates = [p for p in plan.posts if (p.account_external_id, p.external_id) in wanted]
    stored = _stored_posts(candidates)
    missing = [p for p in candidates if (p.account_external_id, p.external_id) not in stored]
    # Batches of few accounts: the ledger looks posts up by (accounts × post ids).
    missing.sort(key=lambda p: (p.account_external_id, p.external_id))
    for batch in _batches(missing):
        posts_upsert(platform=Platform.VK, posts=batch)
    tally["Post"]["created"] += len(missing)
    tally["Post"]["existing"] += len(plan.posts) - len(missing)
    for batch in _batches(sorted(plan.events, key=_by_post_owner)):
        counts = events_ingest(platform=Platform.VK, events=batch, origin=ORIGIN)
        for kind, row in (("repost", "Repost"), ("mention", "Mention")):
            tally[row]["created"] += counts.created[kind]
            tally[row]["existing"] += counts.existing[kind]


def _by_post_owner(event: EventData) -> tuple[str, str, str, str]:
    owner = event.target_external_id if event.kind == "repost" else event.source_external_id
    return (event.kind, owner, event.post_external_id, event.key)


def _stored_posts(posts: list[PostData]) -> set[tuple[str, str]]:
    owners = sorted({p.account_external_id for p in posts})
    pks: dict[int, str] = {}
    for chunk in _batches(owners):
        pks.update(
            (pk, ext)
            for ext, pk in SocialAccount.objects.filter(
                platform=Platform.VK, external_id__in=chunk
            ).values_list("external_id", "pk")
        )
    stored: set[tuple[str, str]] = set()
    for chunk in _batches(sorted(pks)):
        for account_id, external_id in Post.objects.filter(account_id__in=chunk).values_list(
            "account_id", "external_id"
        ):
            stored.add((pks[account_id], external_id))
    return stored


def _stored_sample(plan: GraphPlan, sample: int = 200) -> dict[str, bool]:
    """A sample of the plan's event keys that are stored: key → stored as planned."""
    step = max(1, len(plan.events) // sample)
    planned = {e.key: (e.source_external_id, e.target_external_id) for e in plan.events[::step]}
    stored: dict[str, tuple[str, str]] = {}
    for model, src, dst in ((Repost, "reposter", "author"), (Mention, "source", "target")):
        rows = model.objects.filter(key__in=list(planned)).values_list(
            "key", f"{src}__external_id", f"{dst}__external_id"
        )
        stored.update((key, (a, b)) for key, a, b in rows)
    return {key: stored[key] == planned[key] for key in stored}


def _count_stored(plan: GraphPlan, tally: dict[str, dict[str, int]]) -> None:
    """The summary of a run that writes nothing: what the ledger's demo graph holds."""
    ids = [a.external_id for a in plan.accounts]
    tally["Account"]["existing"] = sum(
        SocialAccount.objects.filter(platform=Platform.VK, external_id__in=chunk).count()
        for chunk in _batches(ids)
    )
    tally["Repost"]["existing"] = Repost.objects.filter(origin=ORIGIN).count()
    tally["Mention"]["existing"] = Mention.objects.filter(origin=ORIGIN).count()
    demo_posts = Q(repost_events__origin=ORIGIN) | Q(mention_events__origin=ORIGIN)
    tally["Post"]["existing"] = Post.objects.filter(demo_posts).distinct().count()


def _write_summary(
    stdout: _Writer, seed: int, plan: GraphPlan, tally: dict[str, dict[str, int]]
) -> None:
    stdout.write(
        f"seed_demo_graph: seed={seed}, window {WINDOW_DAYS} days to "
        f"{plan.anchor.isoformat()} (local midnight)\n"
    )
    stdout.write(f"{'ledger':<22}{'created':>9}{'existing':>10}\n")
    for row in SUMMARY_ROWS:
        stdout.write(f"{row:<22}{tally[row]['created']:>9}{tally[row]['existing']:>10}\n")


def seed_demo_graph(
    *,
    seed: int = 42,
    today: date | None = None,
    stdout: _Writer | None = None,
    scale: float = 1.0,
) -> dict[str, dict[str, int]]:
    """Fill the ledger with the demo amplification graph; returns created/existing per row.

    Needs the CRM seed first (the demo bloggers' VK accounts are part of the graph).
    Deterministic, idempotent (a second run creates nothing) and transactional; the ledger
    writes go through ``graph.ingest.ledger`` in batches of 5,000. ``today`` overrides the
    anchor date, ``scale`` the number of residents and events (tests).
    """
    bloggers = demo_blogger_accounts()
    if not bloggers:
        raise RuntimeError("seed_demo_graph needs the CRM demo bloggers: run seed_demo first.")
    plan = plan_demo_graph(seed=seed, today=today, bloggers=bloggers, scale=scale)
    tally = {row: {"created": 0, "existing": 0} for row in SUMMARY_ROWS}
    with transaction.atomic():
        sample = _stored_sample(plan)
        if not all(sample.values()):
            _count_stored(plan, tally)
            if stdout is not None:
                stdout.write(
                    "seed_demo_graph: the ledger holds the demo graph of another seed or "
                    f"scale; left as it is (delete the events with origin={ORIGIN!r} to "
                    "replace it)\n"
                )
        else:
            _save_accounts(plan, tally)
            _save_events(plan, tally, fresh=not sample)
    if stdout is not None:
        _write_summary(stdout, seed, plan, tally)
    return tally
