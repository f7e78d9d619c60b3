"""Writing the CRM demo plan: one transaction, bulk inserts with history rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol, TypeVar

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Q
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from crm.models import (
    Blogger,
    Campaign,
    CampaignParticipant,
    CampaignPublication,
    FollowUp,
    Interaction,
    SocialAccount,
    Territory,
    Topic,
)
from demo.crm_plan import BloggerPlan, CampaignPlan, InteractionPlan, PublicationPlan, plan_demo
from demo.vocabulary import (
    _MD,
    _MO,
    _UO,
    MUNICIPALITIES,
    REGION_NAME,
    REGION_OKTMO,
    STAFF,
    TOPICS,
)

CHANGE_REASON = "seed_demo"
# The summary's rows, in the order they are printed.
SUMMARY_MODELS = (
    "User",
    "Territory",
    "Topic",
    "Blogger",
    "SocialAccount",
    "Interaction",
    "FollowUp",
    "Campaign",
    "CampaignParticipant",
    "CampaignPublication",
)

T = TypeVar("T")


class _Writer(Protocol):
    def write(self, text: str, /) -> Any: ...


@dataclass
class _Context:
    tally: dict[str, dict[str, int]]
    users: dict[str, Any] = field(default_factory=dict)
    territories: dict[str, Territory] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    new_blogger_keys: set[str] = field(default_factory=set)  # created in this run
    old_blogger_keys: set[str] = field(default_factory=set)  # present before this run

    def count(self, model: str, created: int = 0, existing: int = 0) -> None:
        self.tally[model]["created"] += created
        self.tally[model]["existing"] += existing


def _create(model: type[T], objs: list[T]) -> list[T]:
    """Bulk-insert with history rows; fails loudly if the database did not return pks."""
    if not objs:
        return objs
    created = bulk_create_with_history(objs, model, default_change_reason=CHANGE_REASON)
    if any(obj.pk is None for obj in created):  # type: ignore[attr-defined]
        raise RuntimeError(f"bulk_create did not return primary keys for {model.__name__}")
    return created


def _save_users(ctx: _Context) -> None:
    user_model = get_user_model()
    existing = {
        u.username: u for u in user_model.objects.filter(username__in=[s[0] for s in STAFF])
    }
    for username, first_name, last_name, _share in STAFF:
        user = existing.get(username)
        if user is None:
            user = user_model(
                username=username,
                first_name=first_name,
                last_name=last_name,
                email=f"{username}@example.org",
                is_staff=True,
            )
            user.set_unusable_password()
            user.save()
            ctx.count("User", created=1)
        else:
            ctx.count("User", existing=1)
        ctx.users[username] = user


def _save_territories(ctx: _Context) -> None:
    region = Territory.objects.filter(parent=None, name=REGION_NAME).first()
    codes = {REGION_NAME: REGION_OKTMO}
    for kind, digit in ((_UO, "7"), (_MD, "6"), (_MO, "5")):
        places = [p for p in MUNICIPALITIES if p.kind == kind]
        for number, place in enumerate(places, start=1):
            codes[place.territory] = f"{REGION_OKTMO[:2]}{digit}{number:02d}000000"
    # A code already used by someone else's territory is left blank rather than failing.
    taken = set(Territory.objects.filter(oktmo__in=codes.values()).values_list("oktmo", flat=True))

    aliases = {p.territory: [p.town] for p in MUNICIPALITIES if p.town not in p.territory}

    def build(name: str, kind: str, parent: Territory | None) -> Territory:
        code = codes[name]
        return Territory(
            name=name,
            kind=kind,
            parent=parent,
            oktmo="" if code in taken else code,
            aliases=aliases.get(name, []),
        )

    if region is None:
        region = _create(Territory, [build(REGION_NAME, Territory.Kind.REGION, None)])[0]
        ctx.count("Territory", created=1)
    else:
        ctx.count("Territory", existing=1)
    ctx.territories[REGION_NAME] = region
    existing = {t.name: t for t in Territory.objects.filter(parent=region)}
    missing = [
        build(p.territory, p.kind, region) for p in MUNICIPALITIES if p.territory not in existing
    ]
    for territory in [*existing.values(), *_create(Territory, missing)]:
        ctx.territories[territory.name] = territory
    ctx.count("Territory", created=len(missing), existing=len(MUNICIPALITIES) - len(missing))


def _save_topics(ctx: _Context) -> None:
    ctx.topics = {t.name: t for t in Topic.objects.filter(name__in=list(TOPICS))}
    missing = [Topic(name=n, description=d) for n, d in TOPICS.items() if n not in ctx.topics]
    ctx.topics.update({t.name: t for t in _create(Topic, missing)})
    ctx.count("Topic", created=len(missing), existing=len(TOPICS) - len(missing))


def _save_bloggers(ctx: _Context, plans: list[BloggerPlan]) -> list[tuple[BloggerPlan, Blogger]]:
    """Create the planned bloggers that are not there yet, with topics and their history.

    Not ``bulk_create_with_history``: the history rows must exist before the m2m history
    rows that point at them, and that helper does not return them.
    """
    present = {
        key
        for key in Blogger.objects.filter(import_key__in=[p.key for p in plans]).values_list(
            "import_key", flat=True
        )
        if key
    }
    new_plans = [p for p in plans if p.key not in present]
    bloggers = [
        Blogger(
            display_name=p.display_name,
            real_name=p.real_name,
            phone=p.phone,
            email=p.email,
            description=p.description,
            territory=ctx.territories[p.territory],
            stance=p.stance,
            stage=p.stage,
            tier=p.tier,
            owner=ctx.users[p.owner],
            notes=p.notes,
            import_key=p.key,
            created_at=p.created_at,
        )
        for p in new_plans
    ]
    ctx.count("Blogger", created=len(bloggers), existing=len(present))
    ctx.new_blogger_keys = {p.key for p in new_plans}
    ctx.old_blogger_keys = present
    if not bloggers:
        return []
    Blogger.objects.bulk_create(bloggers)
    through = Blogger.topics.through
    links = through.objects.bulk_create(
        [
            through(blogger_id=b.pk, topic_id=ctx.topics[name].pk)
            for p, b in zip(new_plans, bloggers, strict=True)
            for name in p.topics
        ]
    )
    history = Blogger.history.bulk_history_create(bloggers, default_change_reason=CHANGE_REASON)
    if any(obj.pk is None for obj in [*bloggers, *links, *history]):
        raise RuntimeError("bulk_create did not return primary keys for bloggers")
    history_by_blogger = {h.id: h for h in history}
    topic_history = apps.get_model("crm", "HistoricalBlogger_topics")
    topic_history.objects.bulk_create(
        [
            topic_history(
                id=link.pk,
                blogger_id=link.blogger_id,
                topic_id=link.topic_id,
                history=history_by_blogger[link.blogger_id],
            )
            for link in links
        ]
    )
    return list(zip(new_plans, bloggers, strict=True))


def _save_accounts(ctx: _Context, created: list[tuple[BloggerPlan, Blogger]]) -> None:
    """Accounts of the bloggers created in this run.

    An account that is already stored (added by hand, or left behind when its blogger was
    deleted) is linked if it has no blogger and left alone if it has one.
    """
    planned = [(account, blogger) for plan, blogger in created for account in plan.accounts]
    # One condition per platform and key: an OR per account would overrun SQLite's
    # expression depth limit (1000) as the dataset grows.
    query = Q(pk__in=[])
    for platform in {account.platform for account, _ in planned}:
        mine = [account for account, _ in planned if account.platform == platform]
        ids = [a.external_id for a in mine if a.external_id]
        names = [a.screen_name for a in mine if a.screen_name]
        query |= Q(platform=platform, external_id__in=ids) | Q(
            platform=platform, screen_name__in=names
        )
    stored: dict[tuple[str, str, str], SocialAccount] = {}
    for row in SocialAccount.objects.filter(query) if planned else []:
        if row.external_id:
            stored[("id", row.platform, row.external_id)] = row
        if row.screen_name:
            stored[("name", row.platform, row.screen_name)] = row
    new: list[SocialAccount] = []
    relink: list[SocialAccount] = []
    for account, blogger in planned:
        match = stored.get(("id", account.platform, account.external_id)) or stored.get(
            ("name", account.platform, account.screen_name)
        )
        if match is not None:
            if match.blogger_id is None:
                match.blogger = blogger
                relink.append(match)
            continue
        new.append(
            SocialAccount(
                platform=account.platform,
                kind=account.kind,
                external_id=account.external_id,
                screen_name=account.screen_name,
                url=account.url,
                display_name=account.display_name,
                followers=account.followers,
                verified=account.verified,
                last_synced_at=account.last_synced_at,
                blogger=blogger,
                created_at=blogger.created_at,
            )
        )
    _create(SocialAccount, new)
    if relink:
        bulk_update_with_history(
            relink, SocialAccount, ["blogger"], default_change_reason=CHANGE_REASON
        )
    existing = SocialAccount.objects.filter(blogger__import_key__in=ctx.old_blogger_keys).count()
    ctx.count("SocialAccount", created=len(new), existing=existing + len(relink))


def _interaction_obj(
    ctx: _Context, plan: InteractionPlan, blogger: Blogger, **extra: Any
) -> Interaction:
    return Interaction(
        blogger=blogger,
        type=plan.type,
        direction=plan.direction,
        occurred_at=plan.occurred_at,
        summary=plan.summary,
        outcome=plan.outcome,
        sentiment=plan.sentiment,
        author=ctx.users[plan.author],
        created_at=plan.occurred_at + timedelta(minutes=5),
        **extra,
    )


def _save_history(ctx: _Context, created: list[tuple[BloggerPlan, Blogger]]) -> None:
    """Interactions and follow-ups of the bloggers created in this run."""
    interactions = _create(
        Interaction,
        [_interaction_obj(ctx, i, b) for p, b in created for i in p.interactions],
    )
    by_position = iter(interactions)
    followups = []
    for plan, blogger in created:
        own = [next(by_position) for _ in plan.interactions]
        for f in plan.followups:
            followups.append(
                FollowUp(
                    blogger=blogger,
                    title=f.title,
                    due_date=f.due_date,
                    assignee=ctx.users[f.assignee],
                    status=f.status,
                    interaction=own[f.interaction] if f.interaction is not None else None,
                    notes=f.notes,
                    completed_at=f.completed_at,
                    created_at=f.created_at,
                )
            )
    _create(FollowUp, followups)
    skipped = Q(blogger__import_key__in=ctx.old_blogger_keys)
    ctx.count(
        "Interaction",
        created=len(interactions),
        existing=Interaction.objects.filter(skipped).count(),
    )
    ctx.count("FollowUp", created=len(followups), existing=FollowUp.objects.filter(skipped).count())


def _save_campaigns(ctx: _Context, plans: list[CampaignPlan]) -> None:
    """Campaigns (by import key), their participants and publications.

    A participant is added when the seed created its campaign or its blogger in this run;
    an existing campaign's line-up is otherwise left as it is, so a re-run with another
    seed does not mix its picks into it and participants removed by hand stay removed.
    Publications and the invitation interaction come with a newly added participant.
    """
    campaigns = {
        c.import_key: c for c in Campaign.objects.filter(import_key__in=[p.key for p in plans])
    }
    missing = [
        Campaign(
            title=p.title,
            description=p.description,
            topic=ctx.topics[p.topic],
            starts_on=p.starts_on,
            ends_on=p.ends_on,
            goal=p.goal,
            import_key=p.key,
            created_by=ctx.users[p.created_by],
            created_at=p.created_at,
        )
        for p in plans
        if p.key not in campaigns
    ]
    ctx.count("Campaign", created=len(missing), existing=len(campaigns))
    new_campaign_keys = {c.import_key for c in _create(Campaign, missing)}
    campaigns.update({c.import_key: c for c in missing})

    keys = {part.blogger_key for p in plans for part in p.participants}
    blogger_ids = dict(Blogger.objects.filter(import_key__in=keys).values_list("import_key", "pk"))
    present = CampaignParticipant.objects.filter(campaign__in=list(campaigns.values()))
    present_pairs = set(present.values_list("campaign_id", "blogger_id"))
    ctx.count(
        "CampaignParticipant",
        existing=len(present_pairs),
    )
    ctx.count(
        "CampaignPublication",
        existing=CampaignPublication.objects.filter(participant__in=present).count(),
    )
    new_parts: list[CampaignParticipant] = []
    interactions: list[Interaction] = []
    publications: list[tuple[CampaignParticipant, PublicationPlan]] = []
    for plan in plans:
        campaign = campaigns[plan.key]
        for part in plan.participants:
            blogger_id = blogger_ids.get(part.blogger_key)
            if blogger_id is None or (campaign.pk, blogger_id) in present_pairs:
                continue
            blogger_is_new = part.blogger_key in ctx.new_blogger_keys
            if plan.key not in new_campaign_keys and not blogger_is_new:
                continue
            participant = CampaignParticipant(
                campaign=campaign, blogger_id=blogger_id, status=part.status, notes=part.notes
            )
            new_parts.append(participant)
            publications.extend((participant, pub) for pub in part.publications)
            if blogger_is_new:
                interactions.append(
                    _interaction_obj(
                        ctx, part.interaction, Blogger(pk=blogger_id), campaign=campaign
                    )
                )
    _create(CampaignParticipant, new_parts)
    _create(Interaction, interactions)
    ctx.count("CampaignParticipant", created=len(new_parts))
    ctx.count("Interaction", created=len(interactions))

    accounts = {
        (a.blogger_id, a.platform): a
        for a in SocialAccount.objects.filter(blogger_id__in=[p.blogger_id for p in new_parts])
    }
    rows = [
        CampaignPublication(
            participant=participant,
            url=pub.url,
            account=accounts.get((participant.blogger_id, pub.platform)),
            published_at=pub.published_at,
        )
        for participant, pub in publications
    ]
    _create(CampaignPublication, rows)
    ctx.count("CampaignPublication", created=len(rows))


def _write_summary(
    stdout: _Writer, seed: int, anchor: date, tally: dict[str, dict[str, int]]
) -> None:
    stdout.write(f"seed_demo: seed={seed}, anchor={anchor.isoformat()} (local midnight)\n")
    stdout.write(f"{'model':<22}{'created':>9}{'existing':>10}\n")
    for model in SUMMARY_MODELS:
        row = tally[model]
        stdout.write(f"{model:<22}{row['created']:>9}{row['existing']:>10}\n")


def seed_demo(
    *, seed: int = 42, stdout: _Writer | None = None, today: date | None = None
) -> dict[str, dict[str, int]]:
    """Fill the database with the demo dataset for ``seed``; returns created/existing per model.

    Deterministic (same seed and day → same data), idempotent (a re-run creates only what
    is missing, so a second run creates nothing) and transactional (all or nothing). A few
    seconds on SQLite: rows and their history rows are bulk-inserted. ``today`` overrides
    the anchor date (tests).
    """
    if not connection.features.can_return_rows_from_bulk_insert:
        raise RuntimeError(
            "seed_demo needs a database that returns primary keys from bulk inserts "
            "(PostgreSQL, or SQLite 3.35+)."
        )
    plan = plan_demo(seed=seed, today=today)
    tally = {model: {"created": 0, "existing": 0} for model in SUMMARY_MODELS}
    ctx = _Context(tally)
    with transaction.atomic():
        _save_users(ctx)
        _save_territories(ctx)
        _save_topics(ctx)
        created = _save_bloggers(ctx, plan.bloggers)
        _save_accounts(ctx, created)
        _save_history(ctx, created)
        _save_campaigns(ctx, plan.campaigns)
    if stdout is not None:
        _write_summary(stdout, seed, plan.anchor, tally)
    return tally
