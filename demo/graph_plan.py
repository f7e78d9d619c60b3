"""The demo region's VK amplification graph: who reposts and mentions whom, and when.

This module plans it as plain data (``plan_demo_graph``, no database);
``demo.graph_save.seed_demo_graph`` writes it. It runs after the CRM seed
(``demo.crm_save.seed_demo``) and fills the observation ledger for the invented
«Заречная область»:

* **~5,000 VK accounts**: the demo bloggers' own VK accounts (reused by external id,
  never duplicated or rewritten), ~4,500 residents (personal pages, positive ids),
  ~250 pages of the 20 municipalities («Подслушано Ключевск», «Ключевск | Новости»,
  «Дороги Ключевска», schools, hospitals, churches, the administration's page…) and
  the regional accounts (the governor's page, the government, ministries, regional
  news publics, aggregators; communities have negative ids).
* **~100,000 repost and mention events** over the 90 days before the anchor (today's
  local midnight), and the **~14,000 posts** they refer to: every repost points at its original
  post (a cascade; some go through an intermediate reposter, ``via``) and part of the
  mentions at the mentioning post. Posts carry ``https://vk.com/wall{owner}_{id}`` URLs,
  Russian text excerpts and plausible likes, reposts, comments and views.

What the graph shows (and the tests check): amplification mostly stays inside a
municipality, with topic-driven links between municipalities; a few hubs (regional news
publics, the governor's page, the government, a popular critical blogger from the CRM)
receive a large share of it; a few amplifiers (aggregator publics, "active residents")
repost many strong authors; and a local emergency («ЧП») blew up in the last week around
one or two accounts of one town.

Promises:

* **Deterministic.** ``plan_demo_graph`` is pure: the same seed, day, scale and CRM
  bloggers give the same accounts, posts and events. Each part draws from its own
  ``random.Random(f"{seed}:graph:<part>")`` (no global random, no uuid) and every time
  is an offset from the anchor.
* **Idempotent.** Event keys are ``vk:demo:r:<n>`` and ``vk:demo:m:<n>`` (numbered in
  time order); account ids come from a fixed layout, not from the seed. Only what is
  missing is written: stored accounts and posts are left as they are, posts are written
  only for new events, and ``events_ingest`` skips stored keys. A second run creates
  nothing, nor does a run on another day (same keys, times shifted). The ledger holds one
  demo graph: when it already holds another seed's (or scale's), the run leaves it as it
  is, as the CRM seed does with its bloggers.
* **Transactional.** One ``transaction.atomic()``; posts go through ``posts_upsert`` and
  events through ``events_ingest`` in batches of 5,000 (accounts: see
  ``demo.graph_save._save_accounts``).

About 2 s to plan and 20–30 s to write on SQLite or PostgreSQL, most of it in the
ledger's inserts of the 100,000 events (see ``manage.py seed_demo``).
"""

from __future__ import annotations

import math
import random
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from typing import Any

from django.utils import timezone

from crm.models import AccountKind, Stance, Territory
from demo.vocabulary import (
    FEMALE_NAMES,
    MALE_NAMES,
    MUNICIPALITIES,
    REGION_NAME,
    STREETS,
    SUBJECTS,
    SURNAMES,
    TOPICS,
    Place,
    latin,
    read_json,
)
from graph.ingest.ledger import EventData, PostData

ORIGIN = "demo"
REPOST_KEY = "vk:demo:r:{}"
MENTION_KEY = "vk:demo:m:{}"
WINDOW_DAYS = 90
BURST_DAYS = 7
RESIDENTS = 4_500
REPOSTS = 80_000  # the burst's come on top
MENTIONS = 27_000
BURST_REPOSTS = 2_200
BURST_MENTIONS = 900
# The share of an account's posts that anybody in the region amplifies: only those are
# stored (fewer posts, each with a longer cascade).
AMPLIFIED_SHARE = 0.25
DAY = 86_400
# Fixed id ranges, disjoint from the CRM seed's (persons 10M–850M, communities 20M–229M).
PERSON_IDS = (850_000_001, 899_999_999)
COMMUNITY_IDS = (229_000_001, 234_999_999)
# How active people are by local hour: quiet at night, busiest in the evening.
HOUR_WEIGHTS = (
    *(1, 0.6, 0.3, 0.2, 0.2, 0.4),  # 00–05
    *(1.2, 3, 4.5, 5.5, 6, 6),  # 06–11
    *(6, 6, 6, 6, 6.2, 6.5),  # 12–17
    *(7, 7.5, 8, 7.5, 5, 2.5),  # 18–23
)


# --------------------------------------------------------------------------------------------
# Roles: how an account behaves in the graph.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    """How an account of this kind behaves.

    ``rate``: own posts a day; ``pull``: mean observed reposts per post (before the global
    calibration); ``activity``: how eagerly it reposts others; ``attract``: how often it
    is mentioned; ``strength``: 0..1, how much amplifiers and other towns care.
    """

    rate: float
    pull: float
    activity: float
    attract: float
    strength: float = 0.0
    topics: tuple[str, ...] = ()


ROLES: dict[str, Role] = {
    # Regional accounts.
    "governor": Role(1.2, 80, 0.3, 40, 1.0, ("ЖКХ", "Дороги", "Здравоохранение", "Образование")),
    "government": Role(3.0, 20, 1.0, 14, 1.0, ("Социальная поддержка", "Экономика и бизнес")),
    "regional_news": Role(9.0, 16, 2.0, 6, 1.0, ("Безопасность", "ЖКХ", "Дороги", "Культура")),
    "regional_incident": Role(4.0, 6, 1.0, 3, 0.8, ("Безопасность", "Дороги", "Транспорт")),
    "ministry": Role(0.7, 4, 1.0, 5, 0.5),
    "aggregator": Role(0.3, 1, 90, 0.5, 0.2, ("Культура", "Безопасность", "ЖКХ")),
    # CRM bloggers (the critical hub is chosen among them).
    "critical_hub": Role(1.3, 60, 3.0, 22, 1.0),
    "blogger": Role(0.5, 2.5, 4.0, 3, 0.4),
    # Municipal accounts.
    "official": Role(1.5, 3.0, 6.0, 9, 0.3, ("ЖКХ", "Благоустройство", "Дороги", "Транспорт")),
    "head": Role(0.5, 4.0, 1.0, 6, 0.3, ("ЖКХ", "Благоустройство", "Дороги")),
    "podslushano": Role(4.0, 3.0, 2.0, 4, 0.4, ("ЖКХ", "Благоустройство", "Безопасность")),
    "news": Role(5.0, 2.5, 3.0, 3, 0.4, ("ЖКХ", "Культура", "Дороги", "Безопасность")),
    "district": Role(2.0, 2.0, 2.0, 1.5, 0.1, ("ЖКХ", "Благоустройство")),
    "roads": Role(1.0, 2.0, 2.0, 2, 0.2, ("Дороги", "Транспорт")),
    "incident": Role(2.0, 2.5, 1.0, 2, 0.2, ("Безопасность", "Дороги")),
    "ads": Role(0.5, 1.0, 16, 0.5, 0.0, ("Экономика и бизнес",)),
    "moms": Role(1.0, 1.5, 2.0, 1, 0.1, ("Образование", "Здравоохранение", "Социальная поддержка")),
    "school": Role(0.4, 1.5, 1.5, 1, 0.0, ("Образование", "Молодёжь")),
    "hospital": Role(0.4, 1.5, 1.0, 2, 0.1, ("Здравоохранение",)),
    "polyclinic": Role(0.3, 1.0, 1.0, 2, 0.0, ("Здравоохранение",)),
    "church": Role(0.3, 1.2, 0.5, 0.5, 0.0, ("Культура",)),
    "culture": Role(0.5, 1.5, 1.0, 1, 0.1, ("Культура", "Туризм")),
    "sport": Role(0.4, 1.2, 1.0, 0.5, 0.0, ("Спорт", "Молодёжь")),
    "youth": Role(0.4, 1.2, 2.0, 0.5, 0.0, ("Молодёжь", "Образование")),
    "mfc": Role(0.3, 1.5, 0.5, 2, 0.0, ("Социальная поддержка",)),
    "utilities": Role(0.3, 1.5, 0.5, 3, 0.1, ("ЖКХ",)),
    # People.
    "resident": Role(0.02, 1.5, 1.0, 0.15, 0.0),
    "active": Role(0.3, 2.0, 28, 1.0, 0.1),
}
PERSON_ROLES = {"governor", "head", "resident", "active"}  # personal pages, positive ids
HUB_ROLES = {"governor", "government", "regional_news", "critical_hub"}
AMPLIFIER_ROLES = {"aggregator", "active"}
OFFICIAL_ROLES = {"official", "head", "utilities", "mfc"}
LOCAL_MEDIA_ROLES = {"podslushano", "news", "district", "roads", "incident", "moms", "blogger"}


@dataclass(frozen=True)
class Community:
    """A kind of local page: how many a municipality of ``weight`` has, and their names."""

    role: str
    min_weight: int
    names: tuple[str, ...]  # {town} {gen} {loc} {n} {admin} {crb} {saint}
    slugs: tuple[str, ...]  # {slug} {n}
    reach: int  # median followers in the regional capital
    per_weight: int = 0  # one more page per this much weight (schools)
    most: int = 1
    person: bool = False


def _tuples(record: dict[str, Any]) -> dict[str, Any]:
    """A record of ``demo/data/`` with its lists as tuples, ready for a frozen dataclass."""
    return {
        key: tuple(value) if isinstance(value, list) else value for key, value in record.items()
    }


# demo/data/communities.json: one object per kind of page with the fields of ``Community``;
# defaults are left out.
COMMUNITIES = tuple(Community(**_tuples(record)) for record in read_json("communities.json"))
SAINTS = (
    "Святой Троицы",
    "Николая Чудотворца",
    "Покрова Пресвятой Богородицы",
    "Казанской иконы Божией Матери",
    "Успения Пресвятой Богородицы",
)


@dataclass(frozen=True)
class RegionalAccount:
    role: str
    names: tuple[str, ...]  # the first one not taken by a CRM blogger is used
    slugs: tuple[str, ...]
    followers: int
    person: bool = False
    topics: tuple[str, ...] = ()
    verified: bool = True


GOVERNOR = ("Константин", "Лазарев")
# demo/data/regional_accounts.json: one object per account with the fields of
# ``RegionalAccount``; defaults are left out.
REGIONAL = tuple(
    RegionalAccount(**_tuples(record)) for record in read_json("regional_accounts.json")
)

# --------------------------------------------------------------------------------------------
# Texts. {subject} is a CRM conversation subject in the accusative («ремонт дороги на …»).
# --------------------------------------------------------------------------------------------

POST_TEXTS: dict[str, tuple[str, ...]] = {
    "governor": (
        "Провёл совещание с главами муниципалитетов: обсудили {subject}. "
        "Поручил взять на личный контроль.",
        "Был сегодня {loc}, посмотрел {subject}. Сроки — до конца месяца, проверю лично.",
        "Отвечаю на ваши вопросы про {subject}. Пишите в комментариях, всё прочитаю.",
        "Держим на контроле {subject}. Спасибо жителям, что сообщаете о проблемах.",
    ),
    "government": (
        "На заседании правительства области рассмотрели {subject}.",
        "Разъясняем про {subject}: кто может получить, куда обращаться, какие сроки.",
        "Правительство области выделило средства на {subject}.",
    ),
    "regional_news": (
        "{Town}: жители жалуются на {subject}.",
        "Что известно про {subject}: собрали главное.",
        "В правительстве области обсудили {subject}.",
        "{Town}: власти пообещали решить вопрос про {subject} до конца месяца.",
    ),
    "regional_incident": (
        "{Town}: ДТП на {street}, движение затруднено.",
        "{Town}: ночью горел дом на {street}, пострадавших нет.",
        "Осторожно: мошенники звонят от имени соцзащиты. Не называйте коды из СМС.",
    ),
    "ministry": (
        "Разъясняем про {subject}.",
        "Министр провёл выездную проверку: обсудили {subject}.",
        "Отвечаем на частые вопросы про {subject}.",
    ),
    "official": (
        "Глава округа провёл приём граждан: обсудили {subject}.",
        "Информируем жителей про {subject}.",
        "Держим на контроле {subject}. Подробности — в карточках.",
    ),
    "head": (
        "Провёл выездное совещание: обсудили {subject}.",
        "Спасибо жителям за обращения про {subject} — взяли в работу.",
    ),
    "podslushano": (
        "Анонимно. Кто-нибудь знает что-то про {subject}? Сил уже нет.",
        "Подписчик жалуется на {subject}. Администрация, ответьте!",
        "Обсуждаем {subject}. Как у вас?",
    ),
    "news": (
        "Жители {gen} обсуждают {subject}.",
        "Администрация ответила на вопрос про {subject}.",
        "Рассказываем про {subject}: сроки, подрядчик, что дальше.",
    ),
    "district": ("Соседи, кто знает про {subject}?", "Фото от подписчика: {subject}."),
    "roads": ("Фото от подписчика: {subject}.", "Как вам {subject}? Присылайте фото."),
    "incident": (
        "ДТП на {street}: пострадавших нет, движение затруднено.",
        "Вечером в частном секторе горел сарай, пожарные справились за час.",
        "Осторожно: {subject}.",
    ),
    "ads": (
        "Продам детскую коляску, состояние отличное. Самовывоз, {street}.",
        "Ищу мастера по ремонту стиральных машин, {town}.",
        "Отдам котят в добрые руки, {street}.",
    ),
    "moms": ("Мамочки, подскажите про {subject}.", "Обсуждаем {subject}. Делитесь опытом."),
    "school": (
        "Поздравляем победителей олимпиады!",
        "Родителям: собрание в четверг в 18:00.",
        "Наши ученики на экскурсии в краеведческом музее.",
    ),
    "hospital": (
        "Информация для пациентов: изменился график приёма терапевтов.",
        "Приглашаем на диспансеризацию: приём по субботам с 9 до 13.",
    ),
    "polyclinic": ("Запись к узким специалистам — через Госуслуги и по телефону регистратуры.",),
    "church": ("Расписание богослужений на неделю.", "Приглашаем на престольный праздник."),
    "culture": (
        "Приглашаем на концерт народного хора в субботу.",
        "В библиотеке открылась выставка фотографий старого {gen}.",
    ),
    "sport": ("Наши воспитанники привезли медали с областного первенства!",),
    "youth": ("Набираем волонтёров на День города.", "Молодёжный форум: регистрация открыта."),
    "mfc": ("График работы МФЦ в праздничные дни.",),
    "utilities": (
        "Плановое отключение на {street} с 9 до 17 часов.",
        "Аварийные работы на {street}, приносим извинения.",
    ),
    "blogger": (
        "Снова про {subject}. Что думаете?",
        "Новое видео про {subject}.",
        "Разбираемся: {subject}. Ответ ведомства — в конце поста.",
    ),
    "critical_hub": (
        "Опять {subject}. Обещали к лету, а воз и ныне там.",
        "Кто ответит за {subject}? Пишите в комментариях, соберём обращение.",
        "Власти снова молчат про {subject}. Сколько можно?",
    ),
    "aggregator": ("Новости районов за день: {subject}.",),
    "resident": ("Соседи, кто знает про {subject}?", "Сегодня {loc} так красиво!"),
    "active": ("Соседи, обратите внимание: {subject}.", "Сходил посмотреть {subject}."),
}
MENTION_TEXTS: dict[str, tuple[str, ...]] = {
    AccountKind.COMMUNITY: (
        "{mention}, когда решат вопрос про {subject}?",
        "{mention}, посмотрите, пожалуйста: {subject}.",
        "{mention}, обратите внимание на {subject}.",
        "Подписывайтесь на {mention} — там все новости {gen}.",
        "Источник: {mention}.",
    ),
    AccountKind.PERSON: (
        "{mention}, спасибо за помощь!",
        "Фото: {mention}.",
        "{mention}, вы писали про {subject} — есть новости?",
        "Поддерживаю {mention}: {subject} — это важно для всех.",
    ),
}


@dataclass(frozen=True)
class Story:
    """The local emergency of the last week: the first post and its updates."""

    name: str
    months: tuple[int, ...]
    first: str  # {town} {gen} {loc} {street}
    updates: tuple[str, ...]


STORIES = (
    Story(
        "heating",
        (10, 11, 12, 1, 2, 3, 4),
        "{town}, {street}: прорыв теплотрассы, кипяток на проезжей части, без отопления "
        "38 домов и детский сад. Аварийщики на месте третий час, «Теплосети» молчат.",
        (
            "Обновление: тепла на {street} всё ещё нет, в квартирах +13.",
            "В школе № 2 открыли пункт обогрева, там горячий чай и зарядка для телефонов.",
            "Глава округа приехал на место и пообещал дать тепло к утру.",
            "Отопление дали не всем: 12 домов на {street} всё ещё холодные.",
            "Жители собирают подписи: трубы на {street} меняли пять лет назад.",
        ),
    ),
    Story(
        "landfill",
        (5, 6, 7, 8, 9),
        "{town}: горит свалка за промзоной, дым накрыл {street} и весь левый берег. "
        "Дышать нечем, детей на улицу не выпускаем.",
        (
            "Обновление: пожарные работают вторые сутки, огонь локализовали.",
            "Роспотребнадзор взял пробы воздуха на {street}, результаты обещают завтра.",
            "Глава округа: свалку закроют, начнётся рекультивация.",
            "Снова дым над {street}, свалка тлеет.",
            "Жители собирают подписи за перенос полигона.",
        ),
    ),
)

# --------------------------------------------------------------------------------------------
# The plan: plain data, no database.
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BloggerAccount:
    """A demo blogger's VK account as stored by the CRM seed (an input of the plan)."""

    external_id: str
    kind: str
    display_name: str
    screen_name: str
    followers: int
    territory: str
    topics: tuple[str, ...]
    stance: str
    tier: str


@dataclass
class GraphAccount:
    external_id: str
    kind: str
    role: str
    place: str  # the municipality's territory name, or REGION_NAME for regional accounts
    display_name: str
    screen_name: str
    url: str
    followers: int
    verified: bool = False
    topics: tuple[str, ...] = ()
    from_crm: bool = False  # a demo blogger's account: reused, never written


@dataclass
class GraphPlan:
    anchor: date
    accounts: list[GraphAccount]
    posts: list[PostData]
    events: list[EventData]
    hubs: list[str] = field(default_factory=list)  # external ids
    amplifiers: list[str] = field(default_factory=list)
    burst: list[str] = field(default_factory=list)  # the emergency's one or two accounts
    story: str = ""  # the emergency's first post


def _midnight(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def _pop(place: Place) -> float:
    """Relative size of a municipality: 1 for the capital, ~0.2 for the smallest."""
    return math.sqrt(place.weight / MUNICIPALITIES[0].weight)


def _admin_name(place: Place) -> str:
    adjective = place.territory.split()[0]
    if place.kind == Territory.Kind.URBAN_OKRUG:
        return f"Администрация городского округа {place.town}"
    genitive = adjective[:-2] + "ого"  # «Сосновский» → «Сосновского»
    if place.kind == Territory.Kind.MUNICIPAL_DISTRICT:
        return f"Администрация {genitive} района"
    return f"Администрация {genitive} муниципального округа"


def _hospital_name(place: Place) -> str:
    if place.kind == Territory.Kind.URBAN_OKRUG:
        return f"Городская больница {place.gen}"
    return place.territory.split()[0][:-2] + "ая ЦРБ"  # «Сосновская ЦРБ»


def _vk_url(external_id: str, screen_name: str) -> str:
    if screen_name:
        return f"https://vk.com/{screen_name}"
    if external_id.startswith("-"):
        return f"https://vk.com/club{external_id[1:]}"
    return f"https://vk.com/id{external_id}"


class _Names:
    """Display and screen names already taken (by the CRM bloggers or earlier accounts)."""

    def __init__(self, bloggers: Sequence[BloggerAccount]) -> None:
        self.display = {b.display_name for b in bloggers}
        self.screen = {b.screen_name for b in bloggers if b.screen_name}

    def pick(self, options: Sequence[str]) -> str:
        """The first option nobody uses yet (the last one, with a number, if all are)."""
        for option in options:
            if option not in self.display:
                self.display.add(option)
                return option
        base, number = options[-1], 2
        while f"{base} ({number})" in self.display:
            number += 1
        self.display.add(f"{base} ({number})")
        return f"{base} ({number})"

    def screen_name(self, options: Sequence[str], rng: random.Random) -> str:
        for option in options:
            option = option[:32].rstrip("_.")
            if option not in self.screen:
                self.screen.add(option)
                return option
        base = options[0][:28].rstrip("_.")
        while True:
            candidate = f"{base}{rng.randint(2, 999)}"
            if candidate not in self.screen:
                self.screen.add(candidate)
                return candidate


def _layout(scale: float) -> list[tuple[str, str, int]]:
    """Who exists, independent of the seed: (role, place, number) per account slot.

    The slots fix the account ids, so a run with another seed finds the same accounts
    (the seed only chooses their names, audiences and behaviour).
    """
    slots = [(r.role, REGION_NAME, i) for i, r in enumerate(REGIONAL)]
    for place in MUNICIPALITIES:
        for spec in COMMUNITIES:
            if place.weight < spec.min_weight:
                continue
            count = (
                1 if not spec.per_weight else min(spec.most, 1 + place.weight // spec.per_weight)
            )
            slots.extend((spec.role, place.territory, n) for n in range(1, count + 1))
    total_weight = sum(p.weight for p in MUNICIPALITIES)
    for place in MUNICIPALITIES:
        residents = max(5, round(RESIDENTS * scale * place.weight / total_weight))
        slots.extend(("resident", place.territory, n) for n in range(residents))
    return slots


def _ids(slots: list[tuple[str, str, int]]) -> list[str]:
    """External ids for the slots, from a fixed generator (not the seed)."""
    rng = random.Random("demo-graph:ids")
    is_person = [role in PERSON_ROLES for role, _, _ in slots]
    persons = iter(rng.sample(range(*PERSON_IDS), sum(is_person)))
    communities = iter(rng.sample(range(*COMMUNITY_IDS), len(slots) - sum(is_person)))
    return [str(next(persons)) if p else f"-{next(communities)}" for p in is_person]


def _person_name(rng: random.Random) -> tuple[str, str, str]:
    """(gender, first name, surname) with the surname in the right gender."""
    gender = rng.choice("mf")
    first = rng.choice(MALE_NAMES if gender == "m" else FEMALE_NAMES)
    last = rng.choice(SURNAMES)
    return gender, first, last + ("а" if gender == "f" else "")


def _followers(rng: random.Random, median: float, sigma: float = 0.6) -> int:
    return int(max(15, median * rng.lognormvariate(0, sigma)))


def _plan_accounts(
    seed: int, bloggers: Sequence[BloggerAccount], scale: float
) -> list[GraphAccount]:
    rng = random.Random(f"{seed}:graph:accounts")
    names = _Names(bloggers)
    places = {p.territory: p for p in MUNICIPALITIES}
    specs = {c.role: c for c in COMMUNITIES}
    accounts: list[GraphAccount] = []
    # The CRM bloggers first: reused as they are, the most-followed critical one is a hub.
    critical = [b for b in bloggers if b.stance == Stance.CRITICAL]
    hub = max(critical, key=lambda b: (b.followers, b.external_id), default=None)
    for b in bloggers:
        accounts.append(
            GraphAccount(
                b.external_id,
                b.kind,
                "critical_hub" if b is hub else "blogger",
                b.territory,
                b.display_name,
                b.screen_name,
                _vk_url(b.external_id, b.screen_name),
                b.followers,
                topics=b.topics or ("ЖКХ",),
                from_crm=True,
            )
        )
    slots = _layout(scale)
    for (role, territory, number), external_id in zip(slots, _ids(slots), strict=True):
        kind = AccountKind.PERSON if int(external_id) > 0 else AccountKind.COMMUNITY
        if territory == REGION_NAME:
            regional = REGIONAL[number]
            gov_first, gov_last = GOVERNOR
            display = names.pick([n.format(first=gov_first, last=gov_last) for n in regional.names])
            screen = names.screen_name(regional.slugs, rng)
            followers = _followers(rng, regional.followers, 0.15)
            topics = regional.topics or ROLES[role].topics
            accounts.append(
                GraphAccount(
                    external_id,
                    kind,
                    role,
                    REGION_NAME,
                    display,
                    screen,
                    _vk_url(external_id, screen),
                    followers,
                    regional.verified,
                    topics,
                )
            )
            continue
        place = places[territory]
        if role == "resident":
            _, first, last = _person_name(rng)
            display = f"{first} {last}"
            screen = ""
            if rng.random() < 0.45:
                options = (
                    f"{latin(first)}_{latin(last)}",
                    f"{latin(first)[0]}.{latin(last)}",
                    f"{latin(last)}{rng.randint(70, 99)}",
                )
                screen = names.screen_name(options[rng.randrange(3) :], rng)
            # A few residents are "active": they repost everything that matters.
            active = rng.random() < 0.009
            followers = _followers(rng, 2_500 if active else 140, 0.6 if active else 1.0)
            topics = tuple(rng.sample(tuple(TOPICS), rng.choice((1, 2, 2, 3))))
            accounts.append(
                GraphAccount(
                    external_id,
                    kind,
                    "active" if active else "resident",
                    territory,
                    display,
                    screen,
                    _vk_url(external_id, screen),
                    followers,
                    False,
                    topics,
                )
            )
            continue
        community = specs[role]
        words = {
            "town": place.town,
            "gen": place.gen,
            "loc": place.loc,
            "n": number,
            "admin": _admin_name(place),
            "crb": _hospital_name(place),
            "saint": SAINTS[(number + len(place.town)) % len(SAINTS)],
        }
        if community.person:
            _, first, last = _person_name(rng)
            display = names.pick([f"{first} {last}"])
        else:
            titles = [n.format(**words) for n in community.names]
            start = rng.randrange(len(titles)) if role != "podslushano" else 0
            display = names.pick(titles[start:] + titles[:start])
        slugs = [s.format(slug=place.slug, n=number) for s in community.slugs]
        screen = names.screen_name(slugs[rng.randrange(len(slugs)) :], rng)
        followers = _followers(rng, community.reach * _pop(place) ** 1.5)
        accounts.append(
            GraphAccount(
                external_id,
                kind,
                role,
                territory,
                display,
                screen,
                _vk_url(external_id, screen),
                followers,
                role == "official" and place.weight >= 6,
                ROLES[role].topics,
            )
        )
    return accounts


class _Pool:
    """Accounts to draw from, by weight (bisection over cumulative weights)."""

    def __init__(self, members: Sequence[int], weights: Sequence[float]) -> None:
        pairs = [(m, w) for m, w in zip(members, weights, strict=True) if w > 0]
        self.members = [m for m, _ in pairs]
        self.cum = list(accumulate(w for _, w in pairs))

    def __bool__(self) -> bool:
        return bool(self.members)

    def draw(self, rng: random.Random, exclude: int = -1) -> int:
        for _ in range(8):
            index = bisect_right(self.cum, rng.random() * self.cum[-1])
            member = self.members[min(index, len(self.members) - 1)]
            if member != exclude:
                return member
        return -1


@dataclass
class _RawPost:
    author: int
    at: int  # seconds since the window start (local wall clock)
    text: str
    observed: int = 0  # reposts in the plan
    boost: float = 1.0  # engagement multiplier (the emergency)


@dataclass
class _Raw:
    """Events and posts before ids and keys are assigned."""

    posts: list[_RawPost] = field(default_factory=list)
    # (reposter, author, at, post index, via or -1)
    reposts: list[tuple[int, int, int, int, int]] = field(default_factory=list)
    # (source, target, at, post index or -1)
    mentions: list[tuple[int, int, int, int]] = field(default_factory=list)


class _Planner:
    """Draws the posts and events; one instance per plan."""

    def __init__(self, accounts: list[GraphAccount], seed: int, anchor: date, scale: float):
        self.accounts = accounts
        self.seed = seed
        self.anchor = anchor
        self.scale = scale
        # Times are whole seconds since the window's start (local midnight 90 days ago).
        self.start = _midnight(anchor - timedelta(days=WINDOW_DAYS))
        self.end = int((_midnight(anchor) - self.start).total_seconds())
        self.raw = _Raw()
        self.places = {p.territory: p for p in MUNICIPALITIES}
        n = len(accounts)
        self.role = [ROLES[a.role] for a in accounts]
        activity_rng = random.Random(f"{seed}:graph:activity")
        # People differ: most repost rarely, a few often (lognormal).
        self.activity = [
            r.activity * (activity_rng.lognormvariate(0, 1.0) if a.role == "resident" else 1.0)
            for a, r in zip(accounts, self.role, strict=True)
        ]
        by_place: dict[str, list[int]] = defaultdict(list)
        by_topic: dict[str, list[int]] = defaultdict(list)
        for i, account in enumerate(accounts):
            by_place[account.place].append(i)
            for topic in account.topics:
                by_topic[topic].append(i)
        self.by_place = by_place
        self.local = {p: _Pool(m, [self.activity[i] for i in m]) for p, m in by_place.items()}
        self.everyone = _Pool(range(n), self.activity)
        self.topic = {t: _Pool(m, [self.activity[i] for i in m]) for t, m in by_topic.items()}
        amplifiers = [i for i, a in enumerate(accounts) if a.role in AMPLIFIER_ROLES]
        self.amplifiers = _Pool(amplifiers, [self.activity[i] for i in amplifiers])
        officials = [i for i, a in enumerate(accounts) if a.role == "official"]
        self.officials = _Pool(officials, [1.0] * len(officials))
        self.regional = _Pool(
            by_place[REGION_NAME], [self.activity[i] for i in by_place[REGION_NAME]]
        )
        self._hours = list(accumulate(HOUR_WEIGHTS))

    # --- time -------------------------------------------------------------------------
    def moment(self, rng: random.Random) -> int:
        """A moment in the window: busier in the evening, a little busier lately."""
        day = int(rng.random() * WINDOW_DAYS)
        if rng.random() < 0.25:  # a slowly growing audience
            day = max(day, int(rng.random() * WINDOW_DAYS))
        hour = bisect_right(self._hours, rng.random() * self._hours[-1])
        return min(day * DAY + hour * 3600 + int(rng.random() * 3600), self.end - 1)

    @staticmethod
    def delay(rng: random.Random, median_minutes: float = 150) -> int:
        return int(60 * median_minutes * rng.lognormvariate(0, 1.4)) + 30

    # --- texts ------------------------------------------------------------------------
    def words(self, rng: random.Random, account: GraphAccount) -> dict[str, str]:
        place = self.places.get(account.place) or rng.choice(MUNICIPALITIES)
        topic = rng.choice(account.topics) if account.topics else rng.choice(tuple(SUBJECTS))
        subject = rng.choice(SUBJECTS[topic]).format(
            street=rng.choice(STREETS), loc=place.loc, bus=rng.randint(1, 42)
        )
        return {
            "town": place.town,
            "Town": place.town,
            "gen": place.gen,
            "loc": place.loc,
            "street": rng.choice(STREETS),
            "subject": subject,
        }

    def text(self, rng: random.Random, author: int) -> str:
        account = self.accounts[author]
        return rng.choice(POST_TEXTS[account.role]).format(**self.words(rng, account))

    # --- reposts ----------------------------------------------------------------------
    def reposter(self, rng: random.Random, author: int, via: int) -> int:
        """Who reposts a post of ``author`` (seen through ``via`` when that is not -1)."""
        account, role = self.accounts[author], self.role[author]
        if via >= 0:
            return self.local[self.accounts[via].place].draw(rng, author)
        r = rng.random()
        if account.role in {"governor", "government"} and r < 0.12:
            return self.officials.draw(rng, author)
        if r < 0.04 + 0.14 * role.strength:
            return self.amplifiers.draw(rng, author)
        r = rng.random()
        if account.place == REGION_NAME or account.role == "critical_hub":
            local_share = 0.0 if account.place == REGION_NAME else 0.35
            if r < local_share:
                return self.local[account.place].draw(rng, author)
            return self.everyone.draw(rng, author)
        if r < 0.07 + 0.08 * role.strength and account.topics:
            # Topic-driven: someone elsewhere who cares about the post's subject.
            pool = self.topic.get(rng.choice(account.topics))
            if pool:
                found = pool.draw(rng, author)
                if found >= 0 and self.accounts[found].place != account.place:
                    return found
        if r > 0.98:
            return self.regional.draw(rng, author)
        return self.local[account.place].draw(rng, author)

    def cascade(
        self,
        rng: random.Random,
        post: int,
        count: int,
        *,
        via_share: float = 0.2,
        median_minutes: float = 150,
        seen: set[int] | None = None,
    ) -> None:
        """``count`` reposts of post ``post``: who, when, and through whom."""
        raw = self.raw
        author = raw.posts[post].author
        start = raw.posts[post].at
        seen = {author} if seen is None else seen
        done: list[tuple[int, int]] = []  # (reposter, at)
        for _ in range(count):
            via, after = -1, start
            if done and rng.random() < via_share:
                via, after = rng.choice(done)
            who = self.reposter(rng, author, via)
            if who < 0 or who in seen:
                continue
            at = after + self.delay(rng, median_minutes)
            if at >= self.end:
                continue
            seen.add(who)
            done.append((who, at))
            raw.reposts.append((who, author, at, post, via))
            raw.posts[post].observed += 1

    def poisson(self, rng: random.Random, mean: float) -> int:
        if mean > 40:
            return max(0, round(rng.gauss(mean, math.sqrt(mean))))
        limit, k, product = math.exp(-mean), 0, rng.random()
        while product > limit:
            k += 1
            product *= rng.random()
        return k

    def plan_reposts(self) -> None:
        rng = random.Random(f"{self.seed}:graph:posts")
        # Calibrate: the expected number of reposts is REPOSTS × scale.
        days = WINDOW_DAYS * AMPLIFIED_SHARE
        expected = sum(r.rate * days * self._pull(i) for i, r in enumerate(self.role))
        factor = REPOSTS * self.scale / expected
        for author, role in enumerate(self.role):
            pull = self._pull(author) * factor
            for _ in range(self.poisson(rng, role.rate * days)):
                # Heavy-tailed: most posts get a few reposts, a few get very many.
                count = self.poisson(rng, pull * rng.gammavariate(0.6, 1 / 0.6))
                if count == 0:
                    continue
                self.raw.posts.append(_RawPost(author, self.moment(rng), self.text(rng, author)))
                self.cascade(rng, len(self.raw.posts) - 1, count)

    def _pull(self, i: int) -> float:
        account, role = self.accounts[i], self.role[i]
        if account.from_crm and account.role == "blogger":
            return role.pull * (0.5 + min(account.followers, 40_000) / 4_000)
        place = self.places.get(account.place)
        return role.pull * (0.5 + _pop(place)) if place else role.pull

    # --- mentions ---------------------------------------------------------------------
    def plan_mentions(self) -> None:
        rng = random.Random(f"{self.seed}:graph:mentions")
        accounts = self.accounts
        sources = _Pool(
            range(len(accounts)),
            [
                (self.activity[i] ** 0.5) * (3 if a.kind == AccountKind.COMMUNITY else 1)
                for i, a in enumerate(accounts)
            ],
        )
        attract = [r.attract for r in self.role]
        groups: dict[tuple[str, str], _Pool] = {}
        for place, members in self.by_place.items():
            for group, roles in (("official", OFFICIAL_ROLES), ("media", LOCAL_MEDIA_ROLES)):
                chosen = [i for i in members if accounts[i].role in roles]
                groups[(place, group)] = _Pool(chosen, [attract[i] for i in chosen])
            people = [i for i in members if accounts[i].kind == AccountKind.PERSON]
            groups[(place, "people")] = _Pool(people, [1.0] * len(people))
        regional = self.by_place[REGION_NAME]
        power = [i for i in regional if accounts[i].role in {"governor", "government", "ministry"}]
        groups[("", "power")] = _Pool(power, [attract[i] for i in power])
        hubs = [i for i, a in enumerate(accounts) if a.role in {"regional_news", "critical_hub"}]
        groups[("", "hubs")] = _Pool(hubs, [attract[i] for i in hubs])
        everyone = _Pool(range(len(accounts)), attract)
        choices = (
            ("official", 0.30),
            ("media", 0.25),
            ("power", 0.15),
            ("hubs", 0.10),
            ("topic", 0.10),
            ("people", 0.10),
        )
        cum = list(accumulate(share for _, share in choices))
        for _ in range(round(MENTIONS * self.scale)):
            source = sources.draw(rng)
            place = accounts[source].place
            group = choices[bisect_right(cum, rng.random() * cum[-1])][0]
            if place == REGION_NAME:
                pool = everyone
            elif group in {"power", "hubs"}:
                pool = groups[("", group)]
            elif group == "topic" and accounts[source].topics:
                pool = self.topic[rng.choice(accounts[source].topics)]
            else:
                pool = groups.get((place, group)) or everyone
            target = pool.draw(rng, source) if pool else -1
            if target < 0:
                continue
            self.mention(rng, source, target, self.moment(rng), with_post=0.12)

    def mention(
        self, rng: random.Random, source: int, target: int, at: int, with_post: float
    ) -> None:
        post = -1
        account = self.accounts[source]
        if account.kind == AccountKind.COMMUNITY:
            with_post = min(1.0, with_post * 2)
        if rng.random() < with_post:
            target_account = self.accounts[target]
            prefix = "id" if target_account.kind == AccountKind.PERSON else "club"
            mention = f"[{prefix}{target_account.external_id.lstrip('-')}|"
            mention += f"{target_account.display_name}]"
            templates = MENTION_TEXTS.get(target_account.kind, MENTION_TEXTS[AccountKind.COMMUNITY])
            text = rng.choice(templates).format(mention=mention, **self.words(rng, account))
            self.raw.posts.append(_RawPost(source, at, text))
            post = len(self.raw.posts) - 1
        self.raw.mentions.append((source, target, at, post))

    # --- the emergency ----------------------------------------------------------------
    def plan_burst(self) -> tuple[list[int], str]:
        """The last week's emergency in one town, around one or two accounts."""
        rng = random.Random(f"{self.seed}:graph:burst")
        accounts = self.accounts
        towns = [p for p in MUNICIPALITIES[1:] if p.kind == Territory.Kind.URBAN_OKRUG]
        place = rng.choice(towns)
        story = next((s for s in STORIES if self.anchor.month in s.months), STORIES[0])
        local = self.by_place[place.territory]
        # The centre: a local blogger from the CRM (personal pages first, then the most
        # followed), else the town's «Подслушано»; the second is its «Подслушано» or news.
        bloggers = sorted(
            (i for i in local if accounts[i].from_crm and accounts[i].role == "blogger"),
            key=lambda i: (
                accounts[i].kind != AccountKind.PERSON,
                -accounts[i].followers,
                accounts[i].external_id,
            ),
        )
        publics = [i for i in local if accounts[i].role in {"podslushano", "news"}]
        centre = bloggers[0] if bloggers else publics[0]
        second = next(i for i in publics if i != centre)
        words = {
            "town": place.town,
            "gen": place.gen,
            "loc": place.loc,
            "street": rng.choice(STREETS),
        }
        start_day = WINDOW_DAYS - BURST_DAYS + rng.randint(1, 2)
        first_at = start_day * DAY + 7 * 3600 + rng.randrange(3600)
        reposts = round(BURST_REPOSTS * self.scale)
        raw = self.raw
        raw.posts.append(_RawPost(centre, first_at, story.first.format(**words), boost=6.0))
        seen = {centre}
        self.cascade(
            rng, len(raw.posts) - 1, reposts // 2, via_share=0.35, median_minutes=240, seen=seen
        )
        # Regional news and the aggregators pick it up within hours.
        for hub in [
            i
            for i in self.by_place[REGION_NAME]
            if accounts[i].role in {"regional_news", "aggregator", "regional_incident"}
        ]:
            at = first_at + self.delay(rng, 120)
            if at < self.end and hub not in seen:
                raw.reposts.append((hub, centre, at, len(raw.posts) - 1, -1))
                raw.posts[-1].observed += 1
                seen.add(hub)
        # Updates from both accounts over the following days, each reposted again.
        updates = list(story.updates)
        rng.shuffle(updates)
        authors = [centre, second, centre, second, centre]
        for number, (author, text) in enumerate(zip(authors, updates, strict=False)):
            at = first_at + (number + 1) * DAY // 2 + rng.randrange(6 * 3600)
            if at >= self.end:
                break
            raw.posts.append(_RawPost(author, at, text.format(**words), boost=3.0))
            self.cascade(rng, len(raw.posts) - 1, reposts // 10, via_share=0.3, median_minutes=180)
        # Residents tag the centre, the administration and the governor.
        officials = [i for i in local if accounts[i].role in OFFICIAL_ROLES]
        governor = [i for i in self.by_place[REGION_NAME] if accounts[i].role == "governor"]
        people = self.local[place.territory]
        for _ in range(round(BURST_MENTIONS * self.scale)):
            source = people.draw(rng) if rng.random() < 0.8 else self.everyone.draw(rng)
            r = rng.random()
            target = (
                centre
                if r < 0.55
                else second
                if r < 0.7
                else rng.choice(officials)
                if r < 0.9 or not governor
                else governor[0]
            )
            at = first_at + self.delay(rng, 600)
            if source not in (-1, target) and at < self.end:
                self.mention(rng, source, target, at, with_post=0.5)
        return [centre, second], story.first.format(**words)

    def ensure_bloggers(self) -> None:
        """Every demo blogger's account takes part: a neighbour mentions a quiet one."""
        rng = random.Random(f"{self.seed}:graph:quiet")
        touched = {e[0] for e in self.raw.reposts} | {e[1] for e in self.raw.reposts}
        touched |= {e[0] for e in self.raw.mentions} | {e[1] for e in self.raw.mentions}
        for i, account in enumerate(self.accounts):
            if account.from_crm and i not in touched:
                source = self.local[account.place].draw(rng, i)
                if source >= 0:
                    self.mention(rng, source, i, self.moment(rng), with_post=1.0)


def _wall_ids(
    raw: _Raw, accounts: list[GraphAccount], rng: random.Random
) -> tuple[list[int], list[int]]:
    """Post ids on each account's wall, increasing with time: (post ids, repost own ids).

    A wall's ids start where its history would have brought them: in the hundreds for a
    resident's page, tens of thousands for a big public.
    """
    items: list[list[tuple[int, int, int]]] = [[] for _ in accounts]
    for n, post in enumerate(raw.posts):
        items[post.author].append((post.at, 0, n))
    for n, (reposter, _author, at, _post, _via) in enumerate(raw.reposts):
        items[reposter].append((at, 1, n))
    post_ids = [0] * len(raw.posts)
    repost_ids = [0] * len(raw.reposts)
    for account, wall in zip(accounts, items, strict=True):
        if not wall:
            continue
        wall.sort()
        current = int(math.sqrt(account.followers) * rng.uniform(3, 40))
        for _at, kind, n in wall:
            # Posts the demo does not show (nobody amplified them) leave gaps.
            current += 1 + int(rng.expovariate(0.5))
            if kind == 0:
                post_ids[n] = current
            else:
                repost_ids[n] = current
    return post_ids, repost_ids


def plan_demo_accounts(
    *, seed: int = 42, bloggers: Sequence[BloggerAccount] = (), scale: float = 1.0
) -> list[GraphAccount]:
    """The demo graph's accounts (as ``plan_demo_graph`` plans them), without the events."""
    return _plan_accounts(seed, bloggers, scale)


def plan_demo_graph(
    *,
    seed: int = 42,
    today: date | None = None,
    bloggers: Sequence[BloggerAccount] = (),
    scale: float = 1.0,
) -> GraphPlan:
    """The graph as plain data; pure and deterministic for (seed, today, bloggers, scale).

    ``bloggers`` are the CRM demo bloggers' VK accounts (``demo_blogger_accounts()``);
    ``scale`` multiplies the residents and the events (tests use a small one).
    """
    anchor = today or timezone.localdate()
    accounts = _plan_accounts(seed, bloggers, scale)
    planner = _Planner(accounts, seed, anchor, scale)
    planner.plan_reposts()
    planner.plan_mentions()
    burst, story = planner.plan_burst()
    planner.ensure_bloggers()
    raw = planner.raw

    rng = random.Random(f"{seed}:graph:walls")
    post_ids, repost_ids = _wall_ids(raw, accounts, rng)
    start = planner.start.astimezone(UTC)

    def moment(seconds: int) -> datetime:
        return start + timedelta(seconds=seconds)

    ext = [a.external_id for a in accounts]
    mentioned_in = {post for *_, post in raw.mentions if post >= 0}
    posts = []
    metrics = random.Random(f"{seed}:graph:metrics")
    for n, raw_post in enumerate(raw.posts):
        if not raw_post.observed and n not in mentioned_in:
            continue  # reposts all fell after the anchor: not observed, not stored
        account = accounts[raw_post.author]
        observed, boost = raw_post.observed, raw_post.boost
        views = int(
            account.followers * metrics.uniform(0.05, 0.35) * boost
            + observed * metrics.uniform(40, 150)
        ) + metrics.randint(20, 200)
        likes = int(views * metrics.uniform(0.01, 0.05))
        comments = int(likes * metrics.uniform(0.05, 0.3) * (2 if boost > 1 else 1))
        posts.append(
            PostData(
                account_external_id=account.external_id,
                external_id=str(post_ids[n]),
                published_at=moment(raw_post.at),
                url=f"https://vk.com/wall{account.external_id}_{post_ids[n]}",
                text=raw_post.text,
                likes=likes,
                reposts=observed + int(observed * metrics.uniform(0.1, 1.2)),
                comments=comments,
                views=views,
            )
        )
    events: list[EventData] = []
    order = sorted(range(len(raw.reposts)), key=lambda n: raw.reposts[n][2:3] + raw.reposts[n][:2])
    for number, n in enumerate(order, start=1):
        who, author, at, post, via = raw.reposts[n]
        events.append(
            EventData(
                kind="repost",
                key=REPOST_KEY.format(number),
                source_external_id=ext[who],
                target_external_id=ext[author],
                occurred_at=moment(at),
                post_external_id=str(post_ids[post]),
                via_external_id=ext[via] if via >= 0 else "",
                own_post_external_id=str(repost_ids[n]),
            )
        )
    mentions = sorted(raw.mentions, key=lambda e: (e[2], e[0], e[1], e[3]))
    for number, (source, target, at, post) in enumerate(mentions, start=1):
        events.append(
            EventData(
                kind="mention",
                key=MENTION_KEY.format(number),
                source_external_id=ext[source],
                target_external_id=ext[target],
                occurred_at=moment(at),
                post_external_id=str(post_ids[post]) if post >= 0 else "",
            )
        )
    return GraphPlan(
        anchor=anchor,
        accounts=accounts,
        posts=posts,
        events=events,
        hubs=[a.external_id for a in accounts if a.role in HUB_ROLES],
        amplifiers=[a.external_id for a in accounts if a.role in AMPLIFIER_ROLES],
        burst=[ext[i] for i in burst],
        story=story,
    )
