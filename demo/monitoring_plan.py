"""What the demo region's residents wrote over 90 days: posts and comments with
daily and weekly rhythms across the municipalities and the watch topics, five
problems that blew up (one still rising at the anchor hour), one emerging problem
no watch topic covers, and one positive wave (a city-day greeting flood).

Pure and deterministic for (seed, anchor, accounts): plain data, no database.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from demo.graph_plan import HOUR_WEIGHTS, GraphAccount
from demo.vocabulary import MUNICIPALITIES, STREETS, Place, read_json

WATCH_TOPICS: list[dict] = read_json("watch_topics.json")
DAYS = 90
POSTS_PER_DAY = 150  # background, across the region
COMMENT_SHARE = 0.3  # of community posts that get comments
FIRST_POST_ID = 900_000  # above the demo graph's wall ids: never the same (author, id)

# Background posts by theme: (kind, template); kinds set likes and the mix below.
THEMES: dict[str, tuple[tuple[str, str], ...]] = {
    "heating": (
        ("complaint", "На {street} опять еле тёплые батареи, дома +17. Сколько можно?"),
        ("complaint", "Третий день нет горячей воды {loc}, на {street}. Когда дадут?"),
        ("question", "Кто знает, когда закончат ремонт теплотрассы на {street}?"),
        ("info", "Отопительный сезон {loc}: котельные работают в штатном режиме."),
    ),
    "roads": (
        ("complaint", "Яма на {street} у остановки, пробил колесо. Куда смотрит администрация?"),
        ("complaint", "Тротуар на {street} разбит, с коляской не пройти."),
        ("question", "Когда будут ремонтировать дорогу на {street}?"),
        ("info", "{town}: на {street} начали укладку асфальта."),
    ),
    "waste": (
        ("complaint", "Площадка на {street} переполнена вторую неделю, мусор не вывозят."),
        ("complaint", "Региональный оператор опять пропустил вывоз мусора {loc}."),
        ("question", "Подскажите, по какому графику вывозят мусор на {street}?"),
    ),
    "transport": (
        ("complaint", "Автобус № {bus} снова не пришёл, полчаса стоим на остановке на {street}."),
        ("question", "Изменилось расписание автобусов {loc}? Не могу найти новое."),
        ("info", "С понедельника маршрут № {bus} ходит по {street}."),
    ),
    "health": (
        ("complaint", "В поликлинике {gen} не записаться к педиатру, талонов нет на месяц вперёд."),
        ("complaint", "В аптеке на {street} нет инсулина уже неделю."),
        ("question", "Где {loc} можно сдать анализы без записи?"),
        ("info", "В поликлинике {gen} открылся новый кабинет УЗИ."),
    ),
    "schools": (
        ("complaint", "В школе на {street} холодно в классах, дети сидят в куртках."),
        ("question", "Как записаться в детский сад {loc}, очередь вообще движется?"),
        ("info", "{town}: в школе на {street} закончили ремонт спортзала."),
    ),
    "ecology": (
        ("complaint", "Опять вонь с промзоны на {street}, окна не открыть."),
        ("complaint", "У реки {loc} стихийная свалка, никто не убирает."),
        ("info", "Субботник на берегу реки {loc} в эту субботу, приходите."),
    ),
    "yards": (
        ("complaint", "Во дворе на {street} не горит ни один фонарь, страшно ходить вечером."),
        ("question", "Будут ли ставить детскую площадку во дворе на {street}?"),
        ("positive", "Какой красивый сквер сделали на {street}, спасибо!"),
    ),
    "prices": (
        ("complaint", "Опять подорожание проезда {loc}, тариф уже 45 рублей."),
        ("complaint", "Цены в магазинах {gen} выросли на всё, особенно на молоко."),
    ),
    "safety": (
        ("complaint", "Стая бродячих собак у школы на {street}, дети боятся ходить."),
        ("info", "Осторожно, мошенники звонят от имени управляющей компании {gen}."),
    ),
    "appeal": (
        ("complaint", "Обращаюсь к главе {gen}: прошу разобраться с дорогой на {street}."),
        ("question", "Кто-нибудь получал ответ от администрации {gen} на обращение?"),
    ),
    "chatter": (
        ("chatter", "Продам детскую коляску, почти новая, {town}."),
        ("chatter", "Потерялся кот, рыжий, в районе {street}. Помогите найти!"),
        ("chatter", "Доброе утро, {town}! Хорошего всем дня."),
        ("chatter", "Ищу репетитора по математике для 7 класса {loc}."),
        ("chatter", "В доме культуры {gen} в субботу концерт, вход свободный."),
        ("chatter", "Отдам даром шкаф, самовывоз с {street}."),
        ("positive", "Какой закат сегодня над рекой {loc}!"),
    ),
}
# How often each theme comes up in the background, relatively.
THEME_WEIGHTS = {
    "heating": 3,
    "roads": 3,
    "waste": 2,
    "transport": 2,
    "health": 2,
    "schools": 2,
    "ecology": 1,
    "yards": 2,
    "prices": 1,
    "safety": 1,
    "appeal": 1,
    "chatter": 10,
}
COMMENTS = (
    "И у нас то же самое!",
    "Поддерживаю, сколько можно терпеть.",
    "Писали уже в администрацию, толку ноль.",
    "Спасибо за информацию.",
    "Когда это уже закончится?",
    "У соседей тоже так.",
)


@dataclass(frozen=True)
class Problem:
    """A problem that blew up: ``posts`` posts in ``place``, starting ``days_ago`` days
    before the anchor at ``hour`` local time (``None``: five hours before the anchor —
    the one still rising), over ``duration_hours``, front-loaded (``sudden``) or
    ramping up (``rising``)."""

    name: str
    place: int  # index into MUNICIPALITIES
    days_ago: int
    hour: int | None
    duration_hours: int
    posts: int
    shape: str  # "sudden" or "rising"
    texts: tuple[str, ...]
    negative: bool = True


PROBLEMS = (
    Problem(
        "heating",
        0,
        12,
        7,
        30,
        90,
        "sudden",
        (
            "{town}, {street}: прорыв теплотрассы, без отопления 40 домов и детский сад!",
            "Отопления на {street} нет уже сутки, в квартирах холодно, дети болеют.",
            "Батареи ледяные на {street}. Когда дадут тепло? Администрация молчит.",
            "Прорыв теплотрассы {loc}: кипяток на дороге, горячей воды нет.",
        ),
    ),
    Problem(
        "landfill",
        2,
        30,
        14,
        40,
        80,
        "sudden",
        (
            "{town}: горит свалка за промзоной, дым накрыл {street}. Дышать нечем!",
            "Снова дым от свалки {loc}, вонь невыносимая, детей на улицу не выпускаем.",
            "Когда потушат свалку? Весь {town} в дыму.",
        ),
    ),
    Problem(
        "bus",
        1,
        20,
        6,
        20,
        55,
        "sudden",
        (
            "Отменили автобус № 7 {loc}, как теперь добираться до работы?",
            "Автобус № 7 больше не ходит, люди стоят на остановке на {street} по часу.",
            "Верните маршрут № 7! Пожилым людям не добраться до поликлиники.",
        ),
    ),
    Problem(
        "potholes",
        3,
        6,
        8,
        30,
        120,
        "rising",
        (
            "После оттепели {street} вся в ямах, машины бьют подвеску.",
            "Яма на {street} размером с колесо, уже три аварии за день!",
            "Когда отремонтируют дорогу на {street}? Разбитая дорога, невозможно ездить.",
        ),
    ),
    Problem(
        "water",
        4,
        0,
        None,
        5,
        45,
        "rising",
        (
            "{town}: с утра нет воды на {street}, ни холодной, ни горячей. Что случилось?",
            "Нет воды уже несколько часов {loc}, водоканал не отвечает.",
            "Отключение воды на {street} без предупреждения! Когда дадут воду?",
        ),
    ),
    Problem(
        "mobile",
        5,
        3,
        10,
        16,
        40,
        "sudden",
        (
            # Paraphrases sharing most content words: one cluster at every seeding hour.
            "{town}: пропала мобильная связь и интернет, ни у кого не ловит.",
            "У кого ещё пропала мобильная связь {loc}? Интернет не ловит с утра.",
            "Мобильная связь и интернет пропали уже полдня, телефон не ловит сеть.",
        ),
    ),
    Problem(
        "city_day",
        6,
        9,
        12,
        12,
        80,
        "sudden",
        (
            "С Днём города, {town}! Спасибо всем за прекрасный праздник!",
            "Какой красивый салют был {loc}, спасибо организаторам!",
            "Любимый {town}, с днём рождения! Праздник удался, спасибо главе и всем.",
        ),
        negative=False,
    ),
)


@dataclass(frozen=True)
class DemoPost:
    author: str  # external id of the author's account
    external_id: str
    published_at: datetime
    text: str
    parent: tuple[str, str] | None = None
    likes: int = 0
    comments: int = 0
    views: int | None = None
    problem: str = ""  # the problem it belongs to, for tests


@dataclass
class MonitoringPlan:
    anchor: datetime
    posts: list[DemoPost] = field(default_factory=list)


def _authors(accounts: Sequence[GraphAccount]) -> dict[str, tuple[list[str], list[str]]]:
    """Per municipality: (residents' account ids, local pages' account ids)."""
    found: dict[str, tuple[list[str], list[str]]] = {p.territory: ([], []) for p in MUNICIPALITIES}
    for account in accounts:
        if account.place not in found or account.from_crm:
            continue
        residents, pages = found[account.place]
        (residents if account.role in {"resident", "active"} else pages).append(account.external_id)
    return found


def plan_demo_posts(
    *, accounts: Sequence[GraphAccount], anchor: datetime, seed: int = 42
) -> MonitoringPlan:
    """The demo's posts and comments up to ``anchor`` (an aware datetime, the hour the
    demo is seeded), deterministic for the arguments."""
    rng = random.Random(f"{seed}:monitoring:{anchor.isoformat()}")
    authors = _authors(accounts)
    places = [p for p in MUNICIPALITIES if authors[p.territory][0] and authors[p.territory][1]]
    plan = MonitoringPlan(anchor=anchor)
    next_id = iter(range(FIRST_POST_ID, FIRST_POST_ID + 10_000_000))
    hour_mean = sum(HOUR_WEIGHTS) / len(HOUR_WEIGHTS)
    place_weights = [p.weight for p in places]
    themes, theme_weights = zip(*THEME_WEIGHTS.items(), strict=True)

    def post(place: Place, at: datetime, template: str, kind: str, problem: str = "") -> None:
        residents, pages = authors[place.territory]
        by_page = kind in {"info", "chatter"} and rng.random() < 0.4
        author = rng.choice(pages if by_page else residents)
        text = _fill(template, place, rng)
        item = DemoPost(
            author, str(next(next_id)), at, text, likes=rng.randint(0, 40), problem=problem
        )
        plan.posts.append(item)
        commented = rng.random() < (COMMENT_SHARE if by_page else 0.5 if problem else 0)
        if commented:
            for n in range(rng.randint(1, 4)):
                when = at + timedelta(minutes=rng.randint(3, 240) * (n + 1))
                if when < anchor:
                    plan.posts.append(
                        DemoPost(
                            rng.choice(residents),
                            str(next(next_id)),
                            when,
                            rng.choice(COMMENTS),
                            parent=(author, item.external_id),
                            problem=problem,
                        )
                    )

    start = anchor - timedelta(days=DAYS)
    for hours in range(DAYS * 24):
        at = start + timedelta(hours=hours)
        weekend = 0.8 if at.weekday() >= 5 else 1.0
        expected = POSTS_PER_DAY / 24 * HOUR_WEIGHTS[at.hour] / hour_mean * weekend
        for _ in range(_poisson(rng, expected)):
            place = rng.choices(places, place_weights)[0]
            theme = rng.choices(themes, theme_weights)[0]
            kind, template = rng.choice(THEMES[theme])
            post(place, at + timedelta(minutes=rng.randint(0, 59)), template, kind)
    for problem in PROBLEMS:
        place = MUNICIPALITIES[problem.place % len(MUNICIPALITIES)]
        first = _start(anchor, problem)
        for offset in _times(rng, problem):
            at = first + timedelta(minutes=offset)
            if at < anchor:
                kind = "complaint" if problem.negative else "positive"
                post(place, at, rng.choice(problem.texts), kind, problem.name)
    plan.posts.sort(key=lambda p: (p.published_at, int(p.external_id)))
    return plan


def _start(anchor: datetime, problem: Problem) -> datetime:
    if problem.hour is None:
        return anchor - timedelta(hours=5)
    day = anchor - timedelta(days=problem.days_ago)
    return day.replace(hour=problem.hour, minute=0, second=0, microsecond=0)


def _times(rng: random.Random, problem: Problem) -> list[int]:
    """Minutes after the problem's start: front-loaded or ramping up."""
    span = problem.duration_hours * 60
    if problem.shape == "rising":
        return sorted(int(span * rng.random() ** 0.5) for _ in range(problem.posts))
    return sorted(int(span * rng.random() ** 2.5) for _ in range(problem.posts))


def _poisson(rng: random.Random, mean: float) -> int:
    count, threshold, product = 0, math.exp(-mean), rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


def _fill(template: str, place: Place, rng: random.Random) -> str:
    return template.format(
        town=place.town,
        gen=place.gen,
        loc=place.loc,
        street=rng.choice(STREETS),
        bus=rng.randint(1, 42),
    )
