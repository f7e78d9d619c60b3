"""The CRM demo dataset as plain data: pure, deterministic, no database.

``plan_demo`` draws every blogger and campaign from its own ``random.Random``
(``f"{seed}:blogger:{i}"``, ``f"{seed}:campaign:{n}"``), so blogger ``i`` depends only
on bloggers ``< i`` and adding a part never changes the numbers another part draws.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TypeVar

from django.utils import timezone

from crm.models import (
    AccountKind,
    FollowUp,
    Interaction,
    ParticipantStatus,
    Platform,
    Sentiment,
    Stage,
    Stance,
    Tier,
)
from crm.social_urls import parse_account_url
from demo.vocabulary import (
    _IN,
    _OUT,
    ARCHETYPES,
    BLOGGER_NOTES,
    CAMPAIGNS,
    EMAIL_DOMAINS,
    FEMALE_NAMES,
    FOLLOWUP_FIRST_CONTACT,
    FOLLOWUP_GENERIC,
    FOLLOWUP_NOTES,
    FOLLOWUP_TITLES,
    INVITATION_OUTCOMES,
    MALE_NAMES,
    OUTCOMES,
    PARTICIPANT_NOTES,
    PATRONYMICS,
    PLACES,
    STAFF,
    STREETS,
    SUBJECTS,
    SUMMARIES,
    SURNAMES,
    TOPICS,
    Archetype,
    CampaignSpec,
    Place,
    latin,
)

BLOGGER_COUNT = 300
BLOGGER_KEY = "demo:blogger:{}"
CAMPAIGN_KEY = "demo:campaign:{}"

T = TypeVar("T")
Weights = tuple[tuple[str, int], ...]  # (value, relative weight) pairs


@dataclass
class AccountPlan:
    platform: str
    kind: str
    external_id: str
    screen_name: str
    url: str
    display_name: str
    followers: int
    verified: bool
    last_synced_at: datetime | None


@dataclass
class InteractionPlan:
    type: str
    direction: str
    occurred_at: datetime
    summary: str
    outcome: str
    sentiment: str
    author: str  # username
    subject: str = ""
    campaign_key: str | None = None


@dataclass
class FollowUpPlan:
    title: str
    due_date: date
    status: str
    assignee: str  # username
    created_at: datetime
    completed_at: datetime | None
    notes: str = ""
    interaction: int | None = None  # index into the blogger's interactions


@dataclass
class BloggerPlan:
    key: str
    display_name: str
    territory: str
    topics: list[str]
    stance: str
    stage: str
    tier: str
    owner: str
    created_at: datetime
    real_name: str = ""
    phone: str = ""
    email: str = ""
    description: str = ""
    notes: str = ""
    accounts: list[AccountPlan] = field(default_factory=list)
    interactions: list[InteractionPlan] = field(default_factory=list)
    followups: list[FollowUpPlan] = field(default_factory=list)


@dataclass
class PublicationPlan:
    url: str
    platform: str
    published_at: datetime


@dataclass
class ParticipantPlan:
    blogger_key: str
    status: str
    notes: str
    publications: list[PublicationPlan]
    interaction: InteractionPlan


@dataclass
class CampaignPlan:
    key: str
    title: str
    topic: str
    starts_on: date
    ends_on: date
    description: str
    goal: str
    created_by: str
    created_at: datetime
    participants: list[ParticipantPlan]


@dataclass
class DemoPlan:
    anchor: date
    bloggers: list[BloggerPlan]
    campaigns: list[CampaignPlan]


def weighted(rng: random.Random, options: Sequence[tuple[T, int]]) -> T:
    return rng.choices([value for value, _ in options], [weight for _, weight in options])[0]


def local_time(anchor: date, days_ago: int, hour: int, minute: int = 0) -> datetime:
    """Aware local datetime ``days_ago`` days before the anchor."""
    return timezone.make_aware(
        datetime.combine(anchor - timedelta(days=days_ago), time(hour, minute))
    )


def _work_time(rng: random.Random, anchor: date, days_ago: int) -> datetime:
    return local_time(
        anchor, days_ago, rng.randint(9, 18), rng.choice((0, 10, 15, 20, 30, 40, 45, 50))
    )


def _unique(base: str, used: set[str], rng: random.Random, max_len: int) -> str:
    """``base`` or ``base`` with a numeric suffix, not in ``used``; records the result."""
    base = base[:max_len].rstrip("_.-")
    candidate = base
    while candidate in used:
        suffix = str(rng.randint(2, 999))
        candidate = base[: max_len - len(suffix)].rstrip("_.-") + suffix
    used.add(candidate)
    return candidate


@dataclass
class _Used:
    """Names and ids taken by earlier bloggers (blogger i depends only on bloggers < i)."""

    display_names: set[str] = field(default_factory=set)
    handles: dict[str, set[str]] = field(default_factory=dict)
    ids: dict[str, set[str]] = field(default_factory=dict)

    def handle(self, platform: str, base: str, rng: random.Random, max_len: int = 32) -> str:
        return _unique(base, self.handles.setdefault(platform, set()), rng, max_len)

    def number(self, platform: str, low: int, high: int, rng: random.Random) -> int:
        taken = self.ids.setdefault(platform, set())
        while True:
            value = rng.randint(low, high)
            if str(value) not in taken:
                taken.add(str(value))
                return value


@dataclass(frozen=True)
class Person:
    gender: str
    first: str
    last: str
    patronymic: str

    @property
    def full_name(self) -> str:
        return f"{self.last} {self.first} {self.patronymic}"


def random_person(rng: random.Random, gender: str = "") -> Person:
    gender = gender or rng.choice("mf")
    first = rng.choice(MALE_NAMES if gender == "m" else FEMALE_NAMES)
    last = rng.choice(SURNAMES)
    male_patronymic, female_patronymic = rng.choice(PATRONYMICS)
    if gender == "f":
        return Person(gender, first, last + "а", female_patronymic)
    return Person(gender, first, last, male_patronymic)


def _followers(rng: random.Random, reach: int) -> int:
    """Long-tailed: most accounts in the hundreds or thousands, a few huge ones."""
    value = reach * rng.lognormvariate(0, 0.9)
    if rng.random() < 0.03:
        value *= rng.uniform(8, 30)
    return int(min(max(value, 40), 300_000))


def _vk_account(
    rng: random.Random,
    used: _Used,
    personal: bool,
    handle: str,
    title: str,
    followers: int,
    anchor: date,
) -> AccountPlan:
    if personal:
        number = used.number("vk", 10_000_000, 850_000_000, rng)
        link = f"vk.com/{handle}" if rng.random() < 0.55 else f"vk.com/id{number}"
        kind, external_id = AccountKind.PERSON, str(number)
    else:
        number = used.number("vk", 20_000_000, 229_000_000, rng)
        numeric = f"{rng.choice(('club', 'public'))}{number}"
        link = f"vk.com/{handle}" if rng.random() < 0.7 else f"vk.com/{numeric}"
        kind, external_id = AccountKind.COMMUNITY, f"-{number}"
    parsed = parse_account_url(f"https://{link}")
    # A link with a screen name parses without an id; the seed pretends it was resolved by sync.
    verified = followers >= 30_000 and rng.random() < 0.5
    synced = local_time(anchor, 1, rng.randint(0, 23), rng.randint(0, 59))
    return AccountPlan(
        "vk",
        parsed.kind or kind,
        external_id,
        parsed.screen_name,
        parsed.url,
        title,
        followers,
        verified,
        synced,
    )


def _other_account(
    rng: random.Random,
    used: _Used,
    platform: str,
    personal: bool,
    handle: str,
    title: str,
    followers: int,
) -> AccountPlan:
    if platform == Platform.TELEGRAM:
        name = used.handle(platform, handle.replace(".", "_").ljust(5, "x"), rng)
        link = f"t.me/{name}"
    elif platform == Platform.OK:
        if personal:
            link = f"ok.ru/profile/{used.number(platform, 500_000_000_000, 599_999_999_999, rng)}"
        else:
            number = used.number(platform, 50_000_000_000_000, 70_999_999_999_999, rng)
            link = f"ok.ru/group/{number}"
    elif platform == Platform.DZEN:
        if rng.random() < 0.7:
            link = f"dzen.ru/{used.handle(platform, handle, rng, 64)}"
        else:
            link = f"dzen.ru/id/{used.number(platform, 16**23, 16**24 - 1, rng):024x}"
    elif platform == Platform.YOUTUBE:
        if rng.random() < 0.7:
            link = f"youtube.com/@{used.handle(platform, handle.ljust(3, 'x'), rng, 30)}"
        else:
            alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
            while True:
                channel = "UC" + "".join(rng.choice(alphabet) for _ in range(22))
                if channel not in used.ids.setdefault(platform, set()):
                    used.ids[platform].add(channel)
                    break
            link = f"youtube.com/channel/{channel}"
    else:
        link = f"rutube.ru/channel/{used.number(platform, 20_000_000, 39_999_999, rng)}/"
    parsed = parse_account_url(f"https://{link}")
    verified = platform in {Platform.YOUTUBE, Platform.DZEN} and followers >= 50_000
    return AccountPlan(
        parsed.platform,
        parsed.kind,
        parsed.external_id,
        parsed.screen_name,
        parsed.url,
        title,
        followers,
        verified,
        None,
    )


def _plan_accounts(
    rng: random.Random,
    used: _Used,
    arch: Archetype,
    person: Person,
    title: str,
    handle: str,
    anchor: date,
) -> list[AccountPlan]:
    count = weighted(rng, ((1, 68), (2, 24), (3, 8)))
    if arch.key == "media":
        count = max(count, 2)
    # A few news and incident channels live only in Telegram.
    telegram_only = arch.key in {"news", "incident"} and rng.random() < 0.15
    platforms: list[str] = [Platform.TELEGRAM if telegram_only else Platform.VK]
    while len(platforms) < count:
        platform = weighted(rng, arch.second_platforms)
        if platform not in platforms:
            platforms.append(platform)
    main = _followers(rng, arch.reach)
    accounts = []
    for position, platform in enumerate(platforms):
        followers = main if position == 0 else max(20, int(main * rng.uniform(0.05, 0.6)))
        if platform == Platform.VK:
            page_title = f"{person.first} {person.last}" if arch.personal else title
            vk_handle = used.handle("vk", handle, rng)
            accounts.append(
                _vk_account(rng, used, arch.personal, vk_handle, page_title, followers, anchor)
            )
        else:
            accounts.append(
                _other_account(rng, used, platform, arch.personal, handle, title, followers)
            )
    return accounts


def _tier(rng: random.Random, arch: Archetype, accounts: list[AccountPlan]) -> str:
    reach = max(account.followers for account in accounts)
    if reach >= 30_000 or (reach >= 15_000 and rng.random() < 0.3):
        return Tier.A
    if reach >= 8_000 or arch.key == "media" or rng.random() < 0.06:
        return Tier.B
    return Tier.C


STAGE_WEIGHTS: dict[str, Weights] = {
    Tier.A: (
        (Stage.NEW, 5),
        (Stage.CONTACTED, 15),
        (Stage.ENGAGED, 35),
        (Stage.PARTNER, 30),
        (Stage.PAUSED, 8),
        (Stage.DECLINED, 7),
    ),
    Tier.B: (
        (Stage.NEW, 10),
        (Stage.CONTACTED, 22),
        (Stage.ENGAGED, 32),
        (Stage.PARTNER, 18),
        (Stage.PAUSED, 10),
        (Stage.DECLINED, 8),
    ),
    Tier.C: (
        (Stage.NEW, 22),
        (Stage.CONTACTED, 27),
        (Stage.ENGAGED, 25),
        (Stage.PARTNER, 8),
        (Stage.PAUSED, 10),
        (Stage.DECLINED, 10),
    ),
}
STANCE_WEIGHTS: dict[str, Weights] = {
    Stage.NEW: (
        (Stance.UNKNOWN, 60),
        (Stance.NEUTRAL, 25),
        (Stance.CRITICAL, 10),
        (Stance.SUPPORTIVE, 5),
    ),
    Stage.CONTACTED: (
        (Stance.NEUTRAL, 45),
        (Stance.SUPPORTIVE, 20),
        (Stance.CRITICAL, 15),
        (Stance.UNKNOWN, 20),
    ),
    Stage.ENGAGED: ((Stance.SUPPORTIVE, 45), (Stance.NEUTRAL, 42), (Stance.CRITICAL, 13)),
    Stage.PARTNER: ((Stance.SUPPORTIVE, 80), (Stance.NEUTRAL, 20)),
    Stage.PAUSED: ((Stance.NEUTRAL, 50), (Stance.CRITICAL, 30), (Stance.SUPPORTIVE, 20)),
    Stage.DECLINED: ((Stance.CRITICAL, 45), (Stance.NEUTRAL, 45), (Stance.UNKNOWN, 10)),
}
SENTIMENT_WEIGHTS: dict[str, Weights] = {
    Stance.SUPPORTIVE: ((Sentiment.POSITIVE, 55), (Sentiment.NEUTRAL, 40), (Sentiment.NEGATIVE, 5)),
    Stance.NEUTRAL: ((Sentiment.POSITIVE, 25), (Sentiment.NEUTRAL, 60), (Sentiment.NEGATIVE, 15)),
    Stance.CRITICAL: ((Sentiment.POSITIVE, 5), (Sentiment.NEUTRAL, 40), (Sentiment.NEGATIVE, 55)),
    Stance.UNKNOWN: ((Sentiment.POSITIVE, 15), (Sentiment.NEUTRAL, 70), (Sentiment.NEGATIVE, 15)),
}
# (minimum, maximum) interactions over the year, and the possible follow-up counts.
INTERACTIONS_PER_STAGE: dict[str, tuple[int, int]] = {
    Stage.NEW: (0, 1),
    Stage.CONTACTED: (1, 5),
    Stage.ENGAGED: (6, 20),
    Stage.PARTNER: (12, 32),
    Stage.PAUSED: (2, 8),
    Stage.DECLINED: (1, 5),
}
FOLLOWUPS_PER_STAGE: dict[str, tuple[int, ...]] = {
    Stage.NEW: (0, 1, 1),
    Stage.CONTACTED: (0, 1, 1, 2),
    Stage.ENGAGED: (1, 2, 2, 3),
    Stage.PARTNER: (2, 2, 3, 4),
    Stage.PAUSED: (0, 0, 1),
    Stage.DECLINED: (0, 0, 0, 1),
}
TYPE_WEIGHTS: Weights = (
    (Interaction.Type.MESSAGE, 30),
    (Interaction.Type.CALL, 18),
    (Interaction.Type.EMAIL, 10),
    (Interaction.Type.MEETING, 8),
    (Interaction.Type.EVENT_INVITATION, 8),
    (Interaction.Type.CONTENT_REQUEST, 10),
    (Interaction.Type.COMPLAINT, 4),
    (Interaction.Type.PRESS_TOUR, 2),
    (Interaction.Type.OTHER, 4),
)


def _subject(rng: random.Random, topic: str, place: Place) -> str:
    template = rng.choice(SUBJECTS[topic])
    return template.format(street=rng.choice(STREETS), loc=place.loc, bus=rng.randint(1, 42))


def _interaction(
    rng: random.Random,
    plan: BloggerPlan,
    place: Place,
    anchor: date,
    days_ago: int,
    types: Sequence[tuple[str, int]] = TYPE_WEIGHTS,
) -> InteractionPlan:
    kind = weighted(rng, types)
    topic = rng.choice(plan.topics) if rng.random() < 0.85 else rng.choice(tuple(SUBJECTS))
    subject = _subject(rng, topic, place)
    direction, template = rng.choice(SUMMARIES[kind])
    sentiment: str
    if kind == Interaction.Type.COMPLAINT:
        sentiment = weighted(rng, ((Sentiment.NEGATIVE, 70), (Sentiment.NEUTRAL, 30)))
    else:
        sentiment = weighted(rng, SENTIMENT_WEIGHTS[plan.stance])
    outcome = "" if rng.random() < 0.12 else rng.choice(OUTCOMES[sentiment])
    author = plan.owner if rng.random() < 0.8 else rng.choice([s[0] for s in STAFF])
    return InteractionPlan(
        kind,
        direction,
        _work_time(rng, anchor, days_ago),
        template.format(subject=subject),
        outcome,
        sentiment,
        author,
        subject,
    )


def _plan_interactions(
    rng: random.Random, plan: BloggerPlan, place: Place, anchor: date, known_days: int
) -> None:
    low, high = INTERACTIONS_PER_STAGE[plan.stage]
    count = rng.randint(low, high)
    if plan.tier == Tier.A:
        count = round(count * 1.5)
    elif plan.tier == Tier.B:
        count = round(count * 1.2)
    oldest = min(365, known_days - 1)
    # Paused relations went quiet at least two months ago.
    newest = min(60, oldest) if plan.stage == Stage.PAUSED else 1
    if plan.stage == Stage.NEW:
        # A ``new`` blogger has at most an inbound contact: any outbound one makes them
        # ``contacted`` (see ``crm.services.interaction_create``).
        inbound = ((Interaction.Type.MESSAGE, 3), (Interaction.Type.COMPLAINT, 1))
        for _ in range(count):
            interaction = _interaction(rng, plan, place, anchor, rng.randint(1, oldest), inbound)
            interaction.direction = _IN
            interaction.summary = f"Блогер написал с вопросом про {interaction.subject}."
            plan.interactions.append(interaction)
        return
    days = sorted((rng.randint(newest, oldest) for _ in range(count)), reverse=True)
    plan.interactions.extend(_interaction(rng, plan, place, anchor, d) for d in days)


def _followup_status(rng: random.Random, anchor: date, due: date) -> str:
    options: Weights
    if due < anchor - timedelta(days=14):
        options = (
            (FollowUp.Status.DONE, 84),
            (FollowUp.Status.CANCELLED, 8),
            (FollowUp.Status.OPEN, 8),
        )
    elif due < anchor:
        options = ((FollowUp.Status.DONE, 60), (FollowUp.Status.OPEN, 40))
    else:
        options = ((FollowUp.Status.OPEN, 90), (FollowUp.Status.DONE, 10))
    return weighted(rng, options)


def _plan_followups(rng: random.Random, plan: BloggerPlan, anchor: date) -> None:
    count = rng.choice(FOLLOWUPS_PER_STAGE[plan.stage])
    if plan.tier == Tier.A and plan.stage in {Stage.ENGAGED, Stage.PARTNER}:
        count += 1
    for _ in range(count):
        notes = rng.choice(FOLLOWUP_NOTES)
        if plan.stage == Stage.NEW:
            created = _work_time(rng, anchor, rng.randint(1, 20))
            title, index = FOLLOWUP_FIRST_CONTACT, None
        elif plan.interactions and rng.random() < 0.6:
            # Recent conversations are the ones that still produce tasks.
            index = max(rng.randrange(len(plan.interactions)) for _ in range(2))
            source = plan.interactions[index]
            created = source.occurred_at + timedelta(minutes=rng.randint(5, 90))
            title = rng.choice(FOLLOWUP_TITLES).format(subject=source.subject)
        else:
            created = _work_time(rng, anchor, rng.randint(1, 60))
            title, index = rng.choice(FOLLOWUP_GENERIC), None
        due = timezone.localdate(created) + timedelta(days=rng.randint(2, 21))
        status = _followup_status(rng, anchor, due)
        completed = None
        if status == FollowUp.Status.DONE:
            latest = min(
                timezone.make_aware(datetime.combine(due + timedelta(days=3), time(18))),
                local_time(anchor, 0, 0) - timedelta(hours=1),
            )
            span = max(int((latest - created).total_seconds()), 60)
            completed = created + timedelta(seconds=rng.randint(60, span))
        plan.followups.append(
            FollowUpPlan(title, due, status, plan.owner, created, completed, notes, index)
        )


def _plan_blogger(index: int, seed: int, anchor: date, used: _Used) -> BloggerPlan:
    """Blogger ``index`` from its own RNG and the names taken by bloggers before it.

    So blogger ``i`` depends only on bloggers ``< i``: raising ``BLOGGER_COUNT`` extends the
    dataset without changing the bloggers already seeded.
    """
    rng = random.Random(f"{seed}:blogger:{index}")
    for _attempt in range(500):
        arch = weighted(rng, [(a, a.weight) for a in ARCHETYPES])
        place = weighted(rng, [(p, p.weight) for p in PLACES])
        if not arch.fits(place):
            continue
        template = rng.choice(arch.names)
        person = random_person(rng, template.gender)
        last_gen = person.last.removesuffix("а") + "ых"  # «Хозяйство Зиминых»
        words = {"town": place.town, "gen": place.gen, "loc": place.loc}
        name = template.name.format(
            first=person.first,
            last=person.last,
            patronymic=person.patronymic,
            last_gen=last_gen,
            **words,
        )
        if name not in used.display_names:
            break
    else:  # pragma: no cover - the vocabulary is far larger than BLOGGER_COUNT
        raise RuntimeError(f"Could not find a free display name for blogger {index}")
    used.display_names.add(name)
    handle = template.slug.format(
        slug=place.slug, first_l=latin(person.first), last_l=latin(person.last)
    )
    accounts = _plan_accounts(rng, used, arch, person, name, handle, anchor)
    tier = _tier(rng, arch, accounts)
    stage = weighted(rng, STAGE_WEIGHTS[tier])
    stance = weighted(rng, STANCE_WEIGHTS[stage])
    topics = [arch.topics[0]] if rng.random() < 0.6 else [rng.choice(arch.topics)]
    for _ in range(weighted(rng, ((0, 40), (1, 40), (2, 20)))):
        extra = rng.choice(arch.topics) if rng.random() < 0.8 else rng.choice(tuple(TOPICS))
        if extra not in topics:
            topics.append(extra)
    owner = weighted(rng, [(username, share) for username, _, _, share in STAFF])
    known_days = rng.randint(3, 90) if stage == Stage.NEW else rng.randint(90, 1100)
    plan = BloggerPlan(
        key=BLOGGER_KEY.format(index),
        display_name=name,
        territory=place.territory,
        topics=topics,
        stance=stance,
        stage=stage,
        tier=tier,
        owner=owner,
        created_at=_work_time(rng, anchor, known_days),
        description=arch.description.format(**words),
        notes=rng.choice(BLOGGER_NOTES) if rng.random() < 0.55 else "",
        accounts=accounts,
    )
    has_contacts = rng.random() < (0.6 if arch.personal else 0.3)
    if has_contacts and stage != Stage.NEW:
        plan.real_name = person.full_name
        if rng.random() < 0.6:
            plan.phone = (
                f"+7 9{rng.randint(0, 99):02d} {rng.randint(0, 999):03d}-"
                f"{rng.randint(0, 99):02d}-{rng.randint(0, 99):02d}"
            )
        if rng.random() < 0.7:
            local = f"{latin(person.first)}.{latin(person.last)}"
            if not arch.personal:
                local = handle.replace("_", ".")
            plan.email = f"{local}@{rng.choice(EMAIL_DOMAINS)}"
        if not arch.personal:
            plan.notes = "\n".join(filter(None, [plan.notes, "ФИО и контакты — администратора."]))
    _plan_interactions(rng, plan, place, anchor, known_days)
    _plan_followups(rng, plan, anchor)
    return plan


def _plan_campaign(
    number: int, spec: CampaignSpec, seed: int, anchor: date, bloggers: list[BloggerPlan]
) -> CampaignPlan:
    rng = random.Random(f"{seed}:campaign:{number}")
    starts_on = anchor + timedelta(days=spec.start_offset)
    ends_on = starts_on + timedelta(days=spec.length)
    title = spec.title.format(year=anchor.year + 1)
    stage_weight: dict[str, int] = {
        Stage.PARTNER: 10,
        Stage.ENGAGED: 8,
        Stage.CONTACTED: 4,
        Stage.PAUSED: 2,
        Stage.DECLINED: 1,
    }
    # Weighted sampling without replacement (Efraimidis–Spirakis keys).
    keyed = []
    for blogger in bloggers:
        weight = stage_weight.get(blogger.stage, 0) * (3 if spec.topic in blogger.topics else 1)
        if weight:
            keyed.append((rng.random() ** (1 / weight), blogger))
    keyed.sort(key=lambda pair: pair[0], reverse=True)
    chosen = [blogger for _, blogger in keyed[: rng.randint(20, 40)]]
    statuses = [
        ParticipantStatus.DECLINED
        if blogger.stage == Stage.DECLINED
        else weighted(rng, spec.status_weights)
        for blogger in chosen
    ]
    # Every status appears at least once, so each pipeline column has something to show.
    for position, status in enumerate(ParticipantStatus.values):
        if status not in statuses:
            statuses[position] = status
    last_day = min(ends_on, anchor - timedelta(days=1))
    participants = []
    for blogger, status in zip(chosen, statuses, strict=True):
        invited_after = rng.randint(0, 7)  # days after the start
        days_ago = (anchor - starts_on).days - invited_after
        interaction = InteractionPlan(
            rng.choice((Interaction.Type.CONTENT_REQUEST, Interaction.Type.EVENT_INVITATION)),
            _OUT,
            _work_time(rng, anchor, days_ago),
            f"Пригласили к участию в кампании «{title}».",
            INVITATION_OUTCOMES[status],
            Sentiment.NEGATIVE if status == ParticipantStatus.DECLINED else Sentiment.POSITIVE,
            blogger.owner,
            campaign_key=CAMPAIGN_KEY.format(number),
        )
        publications = []
        if status == ParticipantStatus.PUBLISHED:
            account = next(
                (a for a in blogger.accounts if a.platform == Platform.VK), blogger.accounts[0]
            )
            posts = sorted(rng.sample(range(1_000, 60_000), rng.choice((1, 1, 1, 2))))
            for post in posts:
                if account.platform == Platform.VK:
                    url = f"https://vk.com/wall{account.external_id}_{post}"
                else:
                    url = f"{account.url.rstrip('/')}/{post}"
                earliest = invited_after + 2
                day = starts_on + timedelta(
                    days=rng.randint(earliest, max(earliest, (last_day - starts_on).days))
                )
                published = local_time(
                    anchor, (anchor - day).days, rng.randint(10, 21), rng.randint(0, 59)
                )
                publications.append(PublicationPlan(url, account.platform, published))
        notes = rng.choice(PARTICIPANT_NOTES[status])
        participants.append(ParticipantPlan(blogger.key, status, notes, publications, interaction))
    return CampaignPlan(
        key=CAMPAIGN_KEY.format(number),
        title=title,
        topic=spec.topic,
        starts_on=starts_on,
        ends_on=ends_on,
        description=spec.description,
        goal=spec.goal,
        created_by=STAFF[0][0],
        created_at=_work_time(rng, anchor, (anchor - starts_on).days + 14),
        participants=participants,
    )


def plan_demo(*, seed: int = 42, today: date | None = None) -> DemoPlan:
    """The whole dataset as plain data; pure and deterministic for (seed, today)."""
    anchor = today or timezone.localdate()
    used = _Used()
    bloggers = [_plan_blogger(i, seed, anchor, used) for i in range(1, BLOGGER_COUNT + 1)]
    campaigns = [
        _plan_campaign(number, spec, seed, anchor, bloggers)
        for number, spec in enumerate(CAMPAIGNS, start=1)
    ]
    return DemoPlan(anchor, bloggers, campaigns)
