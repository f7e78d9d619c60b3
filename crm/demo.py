"""A believable, entirely fictional regional dataset for demos and manual testing.

``seed_demo`` fills the CRM with one invented region («Заречная область»), its
municipalities, topics, ~300 bloggers with their social accounts, a year of
interactions, follow-up tasks and two campaigns.

Promises:

* **Deterministic.** Everything is drawn from ``random.Random`` instances
  seeded from ``seed`` (no global random, no uuid); dates are offsets from one
  anchor, today's local midnight. Same seed on the same day gives the same
  names, keys, counts and dates.
* **Idempotent.** Bloggers and campaigns carry ``import_key``s
  (``demo:blogger:<i>``, ``demo:campaign:<n>``); territories, topics, users,
  participants and publications are matched by their natural keys. A re-run
  creates only what is missing; interactions and follow-ups are created only
  for bloggers created in that run. Keys do not include the seed: the seed
  chooses the content when the data is first created, and a run with another
  seed on a seeded database adds nothing.
* **Transactional.** One ``transaction.atomic()``: a failure leaves nothing.
* **Audited.** Rows are bulk-created together with their history rows
  (change reason ``seed_demo``), so the admin's history shows the seed.

The work is split in two: ``plan_demo`` builds a pure in-memory plan (no
database), the ``_save_*`` functions write it. To extend the seed (e.g. the
amplification graph), add a plan function with its own
``random.Random(f"{seed}:<part>")`` and a save function; existing parts keep
drawing the same numbers, so their data does not change.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Protocol, TypeVar

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from crm.models import (
    AccountKind,
    Blogger,
    Campaign,
    CampaignParticipant,
    CampaignPublication,
    FollowUp,
    Interaction,
    ParticipantStatus,
    Platform,
    Sentiment,
    SocialAccount,
    Stage,
    Stance,
    Territory,
    Tier,
    Topic,
)
from crm.social_urls import parse_account_url

CHANGE_REASON = "seed_demo"
BLOGGER_COUNT = 300
BLOGGER_KEY = "demo:blogger:{}"
CAMPAIGN_KEY = "demo:campaign:{}"
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
Weights = tuple[tuple[str, int], ...]  # (value, relative weight) pairs


class _Writer(Protocol):
    def write(self, text: str, /) -> Any: ...


# --------------------------------------------------------------------------------------------
# Vocabulary (Russian data). Every name is invented; none refers to a real person or region.
# --------------------------------------------------------------------------------------------

STAFF = (
    # username, first name, last name, share of the bloggers they own
    ("officer1", "Анна", "Воронцова", 45),
    ("officer2", "Игорь", "Лесников", 35),
    ("officer3", "Светлана", "Крайнова", 20),
)

REGION_NAME = "Заречная область"
# Region code "00" is assigned to no real subject of the federation, so demo codes cannot
# collide with a real OKTMO reference imported later. Municipal level: 7xx urban okrugs,
# 6xx municipal districts, 5xx municipal okrugs.
REGION_OKTMO = "00000000000"


@dataclass(frozen=True)
class Place:
    """A territory bloggers live in, with the word forms the name templates need."""

    territory: str  # Territory.name
    kind: str
    town: str  # nominative: «Подслушано Ключевск»
    gen: str  # genitive: «Новости Ключевска»
    loc: str  # «в Ключевске»
    slug: str  # latin, for screen names
    weight: int  # how many bloggers live there, relatively

    @property
    def rural(self) -> bool:
        return self.kind in {Territory.Kind.MUNICIPAL_DISTRICT, Territory.Kind.MUNICIPAL_OKRUG}


_UO, _MD, _MO = (
    Territory.Kind.URBAN_OKRUG,
    Territory.Kind.MUNICIPAL_DISTRICT,
    Territory.Kind.MUNICIPAL_OKRUG,
)
MUNICIPALITIES = (
    Place("Городской округ Заречье", _UO,
          "Заречье", "Заречья", "в Заречье", "zarechye", 24),
    Place("Городской округ Ключевск", _UO,
          "Ключевск", "Ключевска", "в Ключевске", "klyuchevsk", 9),
    Place("Городской округ Береговск", _UO,
          "Береговск", "Береговска", "в Береговске", "beregovsk", 8),
    Place("Городской округ Новоборск", _UO,
          "Новоборск", "Новоборска", "в Новоборске", "novoborsk", 6),
    Place("Городской округ Старозаводск", _UO,
          "Старозаводск", "Старозаводска", "в Старозаводске", "starozavodsk", 6),
    Place("Верхнеозёрский муниципальный район", _MD,
          "Верхнеозёрск", "Верхнеозёрска", "в Верхнеозёрске", "verhneozersk", 5),
    Place("Нижнеозёрский муниципальный район", _MD,
          "Нижнеозёрск", "Нижнеозёрска", "в Нижнеозёрске", "nizhneozersk", 4),
    Place("Сосновский муниципальный район", _MD,
          "Сосновка", "Сосновки", "в Сосновке", "sosnovka", 3),
    Place("Луговской муниципальный район", _MD,
          "Луговое", "Лугового", "в Луговом", "lugovoe", 3),
    Place("Красноборский муниципальный район", _MD,
          "Красный Бор", "Красного Бора", "в Красном Бору", "krasny_bor", 3),
    Place("Ольховский муниципальный район", _MD,
          "Ольховка", "Ольховки", "в Ольховке", "olhovka", 2),
    Place("Тихореченский муниципальный район", _MD,
          "Тихоречье", "Тихоречья", "в Тихоречье", "tihorechye", 2),
    Place("Боровлянский муниципальный район", _MD,
          "Боровляны", "Боровлян", "в Боровлянах", "borovlyany", 2),
    Place("Белоключинский муниципальный район", _MD,
          "Белые Ключи", "Белых Ключей", "в Белых Ключах", "belye_klyuchi", 2),
    Place("Журавлёвский муниципальный округ", _MO,
          "Журавлёво", "Журавлёва", "в Журавлёве", "zhuravlevo", 2),
    Place("Калиновский муниципальный округ", _MO,
          "Калиновка", "Калиновки", "в Калиновке", "kalinovka", 2),
    Place("Рябиновский муниципальный округ", _MO,
          "Рябиновка", "Рябиновки", "в Рябиновке", "ryabinovka", 2),
    Place("Заозёрный муниципальный округ", _MO,
          "Заозёрье", "Заозёрья", "в Заозёрье", "zaozerye", 2),
    Place("Михайловский муниципальный округ", _MO,
          "Михайловка", "Михайловки", "в Михайловке", "mihaylovka", 2),
    Place("Черёмуховский муниципальный округ", _MO,
          "Черёмухово", "Черёмухова", "в Черёмухове", "cheremuhovo", 1),
)  # fmt: skip
REGION_PLACE = Place(
    REGION_NAME, Territory.Kind.REGION, "Заречная область", "Заречной области",
    "в Заречной области", "zarechnaya_obl", 6,
)  # fmt: skip
PLACES = (REGION_PLACE, *MUNICIPALITIES)

TOPICS = {
    "ЖКХ": "Отопление, водоснабжение, вывоз мусора, управляющие компании, капремонт.",
    "Дороги": "Ремонт дорог и дворов, ямы, разметка, освещение, мосты.",
    "Здравоохранение": "Поликлиники, больницы, ФАПы, скорая помощь, лекарственное обеспечение.",
    "Образование": "Школы, детские сады, колледжи, запись и подвоз детей.",
    "Транспорт": "Автобусные маршруты, расписания, пригородные поезда, остановки.",
    "Экология": "Свалки, выбросы, берега рек и озёр, раздельный сбор, зелёные насаждения.",
    "Благоустройство": "Скверы, парки, детские площадки, дворы, набережные.",
    "Культура": "Дома культуры, музеи, библиотеки, праздники и фестивали.",
    "Спорт": "Спортивные объекты, секции, массовые старты.",
    "Социальная поддержка": "Выплаты, льготы, помощь семьям с детьми, пенсионерам и инвалидам.",
    "Безопасность": "Происшествия, пожарная безопасность, мошенники, безопасность на воде.",
    "Экономика и бизнес": "Малый бизнес, инвестпроекты, рабочие места, ярмарки.",
    "Молодёжь": "Молодёжные центры, форумы, волонтёрство, летняя занятость.",
    "Туризм": "Маршруты, гостевые дома, событийный туризм.",
    "Сельское хозяйство": "Фермеры, посевная, гранты, сельские территории.",
    "Бездомные животные": "Отлов, приюты, стерилизация, ответственное обращение с животными.",
}

FEMALE_NAMES = (
    "Марина", "Ольга", "Елена", "Анна", "Наталья", "Татьяна", "Светлана", "Ирина", "Юлия",
    "Екатерина", "Мария", "Дарья", "Ксения", "Алёна", "Виктория", "Надежда", "Людмила",
    "Галина", "Вера", "Полина",
)  # fmt: skip
MALE_NAMES = (
    "Андрей", "Сергей", "Алексей", "Дмитрий", "Михаил", "Иван", "Николай", "Павел", "Артём",
    "Максим", "Владимир", "Евгений", "Игорь", "Олег", "Роман", "Виктор", "Константин",
    "Денис", "Антон", "Юрий",
)  # fmt: skip
# Masculine forms; every one takes «-а» in the feminine.
SURNAMES = (
    "Ковалёв", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Морозов", "Волков",
    "Соловьёв", "Васильев", "Зайцев", "Павлов", "Семёнов", "Голубев", "Виноградов", "Богданов",
    "Воробьёв", "Фёдоров", "Михайлов", "Беляев", "Тарасов", "Белов", "Комаров", "Орлов",
    "Киселёв", "Макаров", "Андреев", "Ильин", "Гусев", "Титов", "Кузьмин", "Кудрявцев",
    "Баранов", "Куликов", "Алексеев", "Степанов", "Яковлев", "Сорокин", "Сергеев", "Романов",
    "Захаров", "Борисов", "Королёв", "Герасимов", "Пономарёв", "Григорьев", "Лазарев", "Ершов",
    "Никитин", "Соболев", "Рябов", "Поляков", "Цветков", "Данилов", "Жуков", "Фролов",
    "Журавлёв", "Николаев", "Крылов", "Максимов", "Осипов", "Белоусов", "Федотов", "Дорофеев",
    "Егоров", "Матвеев", "Бобров", "Дмитриев", "Калинин", "Анисимов", "Петухов", "Антонов",
    "Тимофеев", "Никифоров", "Веселов", "Филиппов", "Марков", "Большаков", "Суханов",
    "Миронов", "Ширяев", "Коновалов", "Шестаков", "Казаков", "Ефимов", "Денисов", "Громов",
    "Давыдов", "Мельников", "Щербаков", "Блинов", "Колесников", "Лукин", "Гришин", "Зимин",
)  # fmt: skip
PATRONYMICS = (
    ("Сергеевич", "Сергеевна"), ("Александрович", "Александровна"),
    ("Владимирович", "Владимировна"), ("Николаевич", "Николаевна"), ("Петрович", "Петровна"),
    ("Викторович", "Викторовна"), ("Иванович", "Ивановна"), ("Михайлович", "Михайловна"),
    ("Юрьевич", "Юрьевна"), ("Анатольевич", "Анатольевна"), ("Дмитриевич", "Дмитриевна"),
    ("Олегович", "Олеговна"), ("Андреевич", "Андреевна"), ("Васильевич", "Васильевна"),
)  # fmt: skip
EMAIL_DOMAINS = ("example.org", "example.com", "example.net")  # RFC 2606 reserved

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", " ": "_", "-": "_",
    }
)  # fmt: skip


def _latin(text: str) -> str:
    return text.lower().translate(_TRANSLIT)


@dataclass(frozen=True)
class NameTemplate:
    name: str  # placeholders: {town} {gen} {loc} {first} {last} {patronymic}
    slug: str  # placeholders: {slug} {first_l} {last_l}
    gender: str = ""  # "m" / "f" when the name only fits one


@dataclass(frozen=True)
class Archetype:
    """A kind of blog: how it is named, what it writes about, how big it usually is."""

    key: str
    weight: int
    personal: bool  # a person's page rather than a community
    names: tuple[NameTemplate, ...]
    topics: tuple[str, ...]
    reach: int  # median followers of the main account
    description: str
    rural: bool = False  # only in municipal districts and okrugs
    regional: bool = False  # may also cover the whole region
    second_platforms: tuple[tuple[str, int], ...] = (
        (Platform.TELEGRAM, 45), (Platform.OK, 20), (Platform.DZEN, 15),
        (Platform.YOUTUBE, 10), (Platform.RUTUBE, 10),
    )  # fmt: skip

    def fits(self, place: Place) -> bool:
        if place.kind == Territory.Kind.REGION:
            return self.regional
        return place.rural or not self.rural


def _n(name: str, slug: str, gender: str = "") -> NameTemplate:
    return NameTemplate(name, slug, gender)


ARCHETYPES = (
    Archetype(
        "podslushano", 12, False,
        (_n("Подслушано {town}", "podslushano_{slug}"), _n("Подслушано {loc}", "podsl_{slug}")),
        ("ЖКХ", "Благоустройство", "Дороги", "Безопасность", "Транспорт"), 6000,
        "Анонимные истории и жалобы жителей {gen}: ЖКХ, дороги, происшествия.", regional=True,
    ),
    Archetype(
        "news", 16, False,
        (
            _n("Новости {gen}", "news_{slug}"), _n("{town} онлайн", "{slug}_online"),
            _n("{town} сегодня", "{slug}_today"), _n("Главное {loc}", "glavnoe_{slug}"),
            _n("Это {town}", "eto_{slug}"), _n("Вести {gen}", "vesti_{slug}"),
        ),
        ("ЖКХ", "Дороги", "Культура", "Экономика и бизнес", "Безопасность", "Социальная поддержка"),
        5000, "Новости {gen}: события, объявления, официальные сообщения, фото жителей.",
        regional=True,
    ),
    Archetype(
        "incident", 6, False,
        (
            _n("ЧП {town}", "chp_{slug}"), _n("Инцидент {town}", "incident_{slug}"),
            _n("Происшествия {gen}", "proisshestviya_{slug}"),
        ),
        ("Безопасность", "Дороги", "Транспорт"), 7000,
        "Происшествия, ДТП и сводки экстренных служб {gen}.", regional=True,
    ),
    Archetype(
        "roads", 6, False,
        (
            _n("Дорожный контроль {gen}", "dorkontrol_{slug}"),
            _n("Автомобилисты {gen}", "avto_{slug}"), _n("Ямы {gen}", "yamy_{slug}"),
        ),
        ("Дороги", "Транспорт", "Безопасность", "Благоустройство"), 2500,
        "Состояние дорог {gen}: фото ям, ход ремонта, пробки и объезды.", regional=True,
    ),
    Archetype(
        "parents", 8, False,
        (
            _n("Мамы {gen}", "mamy_{slug}"), _n("Родители {gen}", "roditeli_{slug}"),
            _n("Мамочки {gen}", "mamochki_{slug}"),
        ),
        ("Образование", "Здравоохранение", "Социальная поддержка", "Спорт"), 3000,
        "Сообщество родителей {gen}: детские сады, школы, врачи, кружки, обмен вещами.",
    ),
    Archetype(
        "housing", 5, False,
        (
            _n("ЖКХ-контроль {gen}", "zhkh_{slug}"), _n("Совет домов {gen}", "sovet_domov_{slug}"),
            _n("Жильцы {gen}", "zhiltsy_{slug}"),
        ),
        ("ЖКХ", "Благоустройство"), 1500,
        "Жильцы {gen} о работе управляющих компаний, отоплении, капремонте.",
    ),
    Archetype(
        "eco", 5, False,
        (
            _n("Экодозор {gen}", "ekodozor_{slug}"), _n("Зелёный патруль {gen}", "green_{slug}"),
            _n("Чистые берега {gen}", "clean_{slug}"),
        ),
        ("Экология", "Благоустройство", "Бездомные животные", "Туризм"), 1500,
        "Экологические активисты {gen}: свалки, субботники, берега, зелёные зоны.", regional=True,
    ),
    Archetype(
        "culture", 5, False,
        (
            _n("Афиша {gen}", "afisha_{slug}"), _n("Культура {gen}", "kultura_{slug}"),
            _n("Краеведы {gen}", "kraeved_{slug}"),
        ),
        ("Культура", "Туризм", "Молодёжь"), 2500,
        "Афиша и история {gen}: концерты, выставки, краеведение.",
    ),
    Archetype(
        "sport", 4, False,
        (
            _n("Спорт {gen}", "sport_{slug}"), _n("Футбол {gen}", "football_{slug}"),
            _n("Лыжня {gen}", "lyzhnya_{slug}"),
        ),
        ("Спорт", "Молодёжь", "Здравоохранение"), 1500,
        "Спортивная жизнь {gen}: соревнования, секции, результаты земляков.",
    ),
    Archetype(
        "animals", 4, False,
        (
            _n("Потеряшки {gen}", "poteryashki_{slug}"), _n("Хвостики {gen}", "hvostiki_{slug}"),
            _n("Приют «Дружок» — {town}", "priut_{slug}"),
        ),
        ("Бездомные животные", "Экология"), 2000,
        "Поиск потерявшихся животных и пристройство питомцев {gen}.",
    ),
    Archetype(
        "business", 3, False,
        (
            _n("Бизнес {gen}", "biz_{slug}"), _n("Предприниматели {gen}", "predprinimateli_{slug}"),
            _n("Работа {loc}", "rabota_{slug}"),
        ),
        ("Экономика и бизнес", "Молодёжь"), 1200,
        "Предприниматели {gen}: меры поддержки, вакансии, новые производства.", regional=True,
    ),
    Archetype(
        "farm", 3, False,
        (
            _n("Фермеры {gen}", "fermery_{slug}"), _n("Сельская жизнь {gen}", "selo_{slug}"),
            _n("Урожай {gen}", "urozhay_{slug}"),
        ),
        ("Сельское хозяйство", "Экономика и бизнес", "Дороги"), 800,
        "Сельская жизнь {gen}: фермеры, посевная, ярмарки, сельские дороги.", rural=True,
    ),
    Archetype(
        "youth", 3, False,
        (
            _n("Молодёжь {gen}", "molodezh_{slug}"), _n("Студенты {gen}", "students_{slug}"),
            _n("Волонтёры {gen}", "volontery_{slug}"),
        ),
        ("Молодёжь", "Образование", "Социальная поддержка", "Спорт"), 1500,
        "Молодёжь {gen}: волонтёрство, форумы, подработка, студенческая жизнь.",
    ),
    Archetype(
        "tourism", 2, False,
        (
            _n("Красоты {gen}", "krasoty_{slug}"), _n("Выходные {loc}", "weekend_{slug}"),
            _n("Туризм {gen}", "tourism_{slug}"),
        ),
        ("Туризм", "Культура", "Экология"), 3000,
        "Куда поехать на выходные: маршруты, гостевые дома и фестивали {gen}.", regional=True,
    ),
    Archetype(
        "media", 5, False,
        (
            _n("Газета «Вестник {gen}»", "vestnik_{slug}"),
            _n("Телеканал «{town} 24»", "{slug}24"), _n("Радио «{town} FM»", "{slug}_fm"),
        ),
        ("ЖКХ", "Дороги", "Здравоохранение", "Образование", "Культура", "Экономика и бизнес"),
        9000, "Местное СМИ: новости {gen}, интервью, прямые эфиры.", regional=True,
        second_platforms=((Platform.TELEGRAM, 50), (Platform.OK, 35), (Platform.RUTUBE, 15)),
    ),
    Archetype(
        "local", 22, True,
        (
            _n("{first} из {gen}", "{first_l}_{slug}"), _n("{first} {last}", "{first_l}.{last_l}"),
            _n("{first} {last} | {town}", "{last_l}_{slug}"),
        ),
        ("ЖКХ", "Благоустройство", "Дороги", "Культура", "Транспорт", "Социальная поддержка"),
        900, "Личный блог о жизни {gen}: город, соседи, бытовые проблемы, праздники.",
    ),
    Archetype(
        "parent", 4, True,
        (
            _n("Многодетная мама {first}", "mama_{first_l}_{slug}", "f"),
            _n("Заметки отца: {first} {last}", "papa_{last_l}", "m"),
        ),
        ("Образование", "Здравоохранение", "Социальная поддержка"), 1200,
        "Блог родителя {gen}: дети, школа, кружки, выплаты и льготы.",
    ),
    Archetype(
        "doctor", 2, True,
        (_n("Доктор {last}", "doctor_{last_l}"), _n("Педиатр {first} {last}", "pediatr_{last_l}")),
        ("Здравоохранение", "Спорт"), 2500, "Врач из {gen} объясняет медицину простыми словами.",
    ),
    Archetype(
        "teacher", 2, True,
        (
            _n("{first} {patronymic} — учитель", "uchitel_{last_l}"),
            _n("Учитель истории {first} {last}", "istorik_{last_l}"),
        ),
        ("Образование", "Молодёжь", "Культура"), 800, "Учитель из {gen}: школа, дети, краеведение.",
    ),
    Archetype(
        "activist", 5, True,
        (
            _n("{first} {last} — общественник", "{last_l}_{slug}"),
            _n("Активист {first} {last}", "aktivist_{last_l}"),
            _n("Народный контроль: {first} {last}", "nk_{last_l}"),
        ),
        ("ЖКХ", "Благоустройство", "Экология", "Дороги"), 1500,
        "Общественник из {gen}: обращения жителей, проверки дворов и подрядчиков.",
    ),
    Archetype(
        "traveler", 2, True,
        (_n("{first} путешествует", "{first_l}_travel"), _n("Гид {first} {last}", "gid_{last_l}")),
        ("Туризм", "Культура"), 2000, "Прогулки и поездки по области, старт — {town}.",
    ),
    Archetype(
        "coach", 2, True, (_n("Тренер {first} {last}", "trener_{last_l}"),),
        ("Спорт", "Молодёжь"), 1000, "Детский тренер из {gen}: соревнования, сборы, здоровье.",
    ),
    Archetype(
        "farmer", 2, True,
        (
            _n("Фермер {first} {last}", "fermer_{last_l}"),
            _n("Хозяйство {last_gen}", "ferma_{last_l}"),
        ),
        ("Сельское хозяйство", "Экономика и бизнес"), 600,
        "Фермерское хозяйство {gen}: коровы, сыр, ярмарки, гранты.", rural=True,
        second_platforms=((Platform.OK, 50), (Platform.TELEGRAM, 30), (Platform.RUTUBE, 20)),
    ),
    Archetype(
        "entrepreneur", 2, True, (_n("{first} {last} о бизнесе", "{last_l}_biz"),),
        ("Экономика и бизнес", "Молодёжь"), 900, "Предприниматель из {gen} о малом бизнесе.",
    ),
    Archetype(
        "photographer", 2, True,
        (_n("Фотограф {first} {last}", "foto_{last_l}"), _n("{town} в объективе", "{slug}_foto")),
        ("Культура", "Туризм", "Благоустройство"), 1500, "Фотографии {gen} и окрестностей.",
    ),
)  # fmt: skip

STREETS = (
    "ул. Садовой", "ул. Мира", "ул. Советской", "ул. Школьной", "ул. Молодёжной",
    "ул. Заводской", "ул. Лесной", "ул. Набережной", "ул. Гагарина", "пр. Строителей",
    "ул. Центральной", "ул. Полевой", "ул. Речной", "ул. Комсомольской", "ул. Новой",
)  # fmt: skip

# What a conversation was about, in the accusative («обсудили …»).
# Placeholders: {street} «ул. Садовой», {loc} «в Заречье», {bus} a route number.
SUBJECTS = {
    "ЖКХ": (
        "отключение горячей воды {loc}", "график вывоза мусора {loc}",
        "капремонт дома на {street}", "тарифы на отопление",
        "работу управляющей компании на {street}", "подготовку котельных к зиме {loc}",
        "прорыв теплотрассы на {street}",
    ),
    "Дороги": (
        "ремонт дороги на {street}", "ямы во дворах на {street}", "сроки ремонта моста {loc}",
        "разметку у школы на {street}", "освещение на выезде из города",
        "обработку дорог от гололёда {loc}",
    ),
    "Здравоохранение": (
        "очереди в поликлинике {loc}", "запись к узким специалистам", "работу скорой помощи {loc}",
        "открытие нового ФАПа", "диспансеризацию для пенсионеров", "нехватку педиатров {loc}",
    ),
    "Образование": (
        "ремонт школы на {street}", "запись в первый класс", "очереди в детские сады {loc}",
        "подвоз школьников из сёл", "питание в школьных столовых",
        "строительство новой школы {loc}",
    ),
    "Транспорт": (
        "изменение маршрута автобуса № {bus}", "интервалы движения автобусов {loc}",
        "новые автобусы на городских маршрутах", "расписание пригородных электричек",
        "перенос остановки на {street}",
    ),
    "Экология": (
        "стихийную свалку у реки {loc}", "уборку берега после паводка", "выбросы с промзоны {loc}",
        "вырубку деревьев на {street}", "раздельный сбор отходов {loc}",
    ),
    "Благоустройство": (
        "благоустройство сквера на {street}", "ремонт детской площадки на {street}",
        "освещение парка {loc}", "проект набережной {loc}", "уборку снега во дворах на {street}",
    ),
    "Культура": (
        "программу Дня города", "ремонт дома культуры {loc}", "выставку в краеведческом музее",
        "экскурсии по «Пушкинской карте»", "гастроли областного театра",
    ),
    "Спорт": (
        "строительство ФОКа {loc}", "городской полумарафон", "бесплатные секции для детей",
        "ремонт стадиона {loc}", "лыжную трассу в парке",
    ),
    "Социальная поддержка": (
        "выплаты многодетным семьям", "социальную газификацию {loc}", "льготные лекарства",
        "работу соцзащиты {loc}", "социальное такси для пенсионеров",
    ),
    "Безопасность": (
        "аварийный перекрёсток на {street}", "пожарную безопасность в частном секторе",
        "камеры видеонаблюдения {loc}", "звонки телефонных мошенников", "безопасность на воде",
    ),
    "Экономика и бизнес": (
        "поддержку малого бизнеса", "ярмарку местных производителей", "новый индустриальный парк",
        "вакансии на заводе {loc}", "льготные кредиты для предпринимателей",
    ),
    "Молодёжь": (
        "молодёжный форум", "летнее трудоустройство подростков",
        "открытие молодёжного центра {loc}", "студенческие стройотряды",
    ),
    "Туризм": (
        "новый туристический маршрут", "гостевые дома {loc}", "фестиваль на озере",
        "навигацию для туристов {loc}",
    ),
    "Сельское хозяйство": (
        "посевную кампанию", "гранты для фермеров", "ремонт сельских дорог",
        "закупочные цены на молоко", "ярмарку выходного дня {loc}",
    ),
    "Бездомные животные": (
        "отлов бездомных собак {loc}", "строительство приюта для животных",
        "стерилизацию бездомных животных",
    ),
}  # fmt: skip

_IN, _OUT = Interaction.Direction.INBOUND, Interaction.Direction.OUTBOUND
# Summary templates per interaction type; the wording fixes the direction.
SUMMARIES: dict[str, tuple[tuple[str, str], ...]] = {
    Interaction.Type.MEETING: (
        (_OUT, "Встреча в администрации: обсудили {subject}."),
        (_OUT, "Встретились на объекте, обсудили {subject}."),
        (_IN, "Блогер пришёл на приём, обсудили {subject}."),
    ),
    Interaction.Type.CALL: (
        (_OUT, "Созвонились, обсудили {subject}."),
        (_IN, "Блогер позвонил, спрашивал про {subject}."),
        (_OUT, "Позвонили блогеру: разъяснили {subject}."),
    ),
    Interaction.Type.MESSAGE: (
        (_OUT, "Переписка в личных сообщениях: обсудили {subject}."),
        (_IN, "Блогер написал с вопросом про {subject}."),
        (_OUT, "Отправили разъяснение ведомства про {subject}."),
    ),
    Interaction.Type.EMAIL: (
        (_OUT, "Направили официальный ответ про {subject}."),
        (_IN, "Письмо от блогера: просит комментарий про {subject}."),
        (_OUT, "Отправили пресс-релиз про {subject}."),
    ),
    Interaction.Type.EVENT_INVITATION: (
        (_OUT, "Пригласили на встречу жителей с главой округа, где обсудят {subject}."),
        (_OUT, "Пригласили на пресс-подход, где прокомментируют {subject}."),
    ),
    Interaction.Type.PRESS_TOUR: (
        (_OUT, "Пресс-тур для блогеров: на месте обсудили {subject}."),
        (_OUT, "Выезд на объект с блогерами, показали и обсудили {subject}."),
    ),
    Interaction.Type.CONTENT_REQUEST: (
        (_OUT, "Попросили опубликовать разъяснение про {subject}."),
        (_OUT, "Предложили материал для публикации про {subject}."),
    ),
    Interaction.Type.COMPLAINT: (
        (_IN, "Жалоба блогера на {subject}."),
        (_IN, "Блогер опубликовал критический пост про {subject}, просит ответа ведомства."),
    ),
    Interaction.Type.OTHER: (
        (_OUT, "Поздравили с годовщиной паблика, заодно обсудили {subject}."),
        (_IN, "Блогер обновил контакты, упомянул {subject}."),
        (_OUT, "Обсудили {subject} на форуме местных сообществ."),
    ),
}

OUTCOMES: dict[str, tuple[str, ...]] = {
    Sentiment.POSITIVE: (
        "Блогер опубликовал разъяснение, комментарии спокойные.",
        "Договорились о регулярном обмене информацией.",
        "Блогер поблагодарил за оперативный ответ.",
        "Пост набрал много просмотров, реакция жителей положительная.",
        "Согласился участвовать в следующем пресс-туре.",
    ),
    Sentiment.NEUTRAL: (
        "Передали вопрос в профильное министерство, ответ обещан в течение 10 дней.",
        "Блогер взял паузу, вернётся с ответом.",
        "Договорились созвониться после решения вопроса.",
        "Приняли к сведению, публикации пока нет.",
        "Запросили фото и сроки у подрядчика.",
    ),
    Sentiment.NEGATIVE: (
        "Блогер остался недоволен ответом и опубликовал критический пост.",
        "Отказался публиковать официальную позицию.",
        "Требует личной встречи с главой округа.",
        "В комментариях много негатива, нужна реакция ведомства.",
    ),
}

FOLLOWUP_TITLES = (
    "Подготовить ответ ведомства про {subject}",
    "Проверить публикацию блогера про {subject}",
    "Запросить у подрядчика сроки и фото про {subject}",
    "Направить блогеру фото и видео про {subject}",
    "Согласовать комментарий министерства про {subject}",
)
FOLLOWUP_GENERIC = (
    "Пригласить на следующий пресс-тур",
    "Отправить приглашение на встречу с главой округа",
    "Поздравить с днём рождения паблика",
    "Обновить контакты администратора",
    "Обсудить участие в кампании",
)
FOLLOWUP_FIRST_CONTACT = "Установить контакт с блогером"
FOLLOWUP_NOTES = (
    "",
    "",
    "Ответ министерства ждём до конца недели.",
    "Предпочитает Telegram.",
    "Нужна фотография объекта после ремонта.",
    "Согласовать с пресс-службой главы.",
)

BLOGGER_NOTES = (
    "Предпочитает связь в Telegram, на звонки отвечает редко.",
    "Админ откликается быстро, просит официальные комментарии заранее.",
    "Критикует работу управляющих компаний, но готов к диалогу.",
    "Публикует материалы только с фото и видео с места.",
    "Просил не присылать пресс-релизы, только живые истории.",
    "Важно отвечать в течение дня, иначе публикует без комментария.",
    "Хорошо реагирует на приглашения на объекты.",
    "Сообщество ведут несколько администраторов, основной контакт — через личные сообщения.",
    "В прошлом году были конфликтные публикации про ремонт дорог.",
    "Просит заранее присылать анонсы мероприятий.",
)

INVITATION_OUTCOMES: dict[str, str] = {
    ParticipantStatus.INVITED: "Ответа пока нет.",
    ParticipantStatus.AGREED: "Согласился подготовить публикацию.",
    ParticipantStatus.PUBLISHED: "Блогер опубликовал пост по кампании.",
    ParticipantStatus.DECLINED: "Отказался участвовать.",
}
PARTICIPANT_NOTES: dict[str, tuple[str, ...]] = {
    ParticipantStatus.INVITED: ("", "Приглашение отправлено в личные сообщения.", "Ждём ответа."),
    ParticipantStatus.AGREED: ("", "Согласовали текст и фото.", "Обещал пост на выходных."),
    ParticipantStatus.PUBLISHED: ("", "Публикация с нашими фото.", "Пост вышел с опросом."),
    ParticipantStatus.DECLINED: ("", "Не публикует социальную рекламу.", "Нет времени."),
}


@dataclass(frozen=True)
class CampaignSpec:
    title: str  # {year}: the year the campaign is for
    topic: str
    start_offset: int  # days from the anchor
    length: int  # days
    description: str
    goal: str
    status_weights: tuple[tuple[str, int], ...]


CAMPAIGNS = (
    CampaignSpec(
        "Народный бюджет {year}", "Благоустройство", -45, 90,
        "Приём заявок на проекты инициативного бюджетирования: жители предлагают, что "
        "благоустроить в своём дворе или селе, и голосуют за проекты.",
        "Не менее 25 публикаций в городских и районных сообществах, охват 300 тыс. "
        "просмотров, 400 поданных заявок.",
        ((ParticipantStatus.INVITED, 30), (ParticipantStatus.AGREED, 30),
         (ParticipantStatus.PUBLISHED, 30), (ParticipantStatus.DECLINED, 10)),
    ),
    CampaignSpec(
        "Чистый берег", "Экология", -160, 30,
        "Областная акция по уборке берегов рек и озёр: субботники в каждом муниципалитете, "
        "мешки и перчатки от администрации, вывоз собранного мусора.",
        "Привлечь 3 000 добровольцев, анонсы и фотоотчёты в 30 сообществах.",
        ((ParticipantStatus.INVITED, 15), (ParticipantStatus.AGREED, 10),
         (ParticipantStatus.PUBLISHED, 55), (ParticipantStatus.DECLINED, 20)),
    ),
)  # fmt: skip

# --------------------------------------------------------------------------------------------
# The plan: plain data, no database.
# --------------------------------------------------------------------------------------------


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


def _weighted(rng: random.Random, options: Sequence[tuple[T, int]]) -> T:
    return rng.choices([value for value, _ in options], [weight for _, weight in options])[0]


def _at(anchor: date, days_ago: int, hour: int, minute: int = 0) -> datetime:
    """Aware local datetime ``days_ago`` days before the anchor."""
    return timezone.make_aware(
        datetime.combine(anchor - timedelta(days=days_ago), time(hour, minute))
    )


def _work_time(rng: random.Random, anchor: date, days_ago: int) -> datetime:
    return _at(anchor, days_ago, rng.randint(9, 18), rng.choice((0, 10, 15, 20, 30, 40, 45, 50)))


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
class _Person:
    gender: str
    first: str
    last: str
    patronymic: str

    @property
    def full_name(self) -> str:
        return f"{self.last} {self.first} {self.patronymic}"


def _person(rng: random.Random, gender: str = "") -> _Person:
    gender = gender or rng.choice("mf")
    first = rng.choice(MALE_NAMES if gender == "m" else FEMALE_NAMES)
    last = rng.choice(SURNAMES)
    male_patronymic, female_patronymic = rng.choice(PATRONYMICS)
    if gender == "f":
        return _Person(gender, first, last + "а", female_patronymic)
    return _Person(gender, first, last, male_patronymic)


def _followers(rng: random.Random, reach: int) -> int:
    """Long-tailed: most accounts in the hundreds or thousands, a few huge ones."""
    value = reach * rng.lognormvariate(0, 0.9)
    if rng.random() < 0.03:
        value *= rng.uniform(8, 30)
    return int(min(max(value, 40), 300_000))


def _vk_account(
    rng: random.Random, used: _Used, personal: bool, handle: str, title: str, followers: int,
    anchor: date,
) -> AccountPlan:  # fmt: skip
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
    synced = _at(anchor, 1, rng.randint(0, 23), rng.randint(0, 59))
    return AccountPlan(
        "vk", parsed.kind or kind, external_id, parsed.screen_name, parsed.url, title,
        followers, verified, synced,
    )  # fmt: skip


def _other_account(
    rng: random.Random, used: _Used, platform: str, personal: bool, handle: str, title: str,
    followers: int,
) -> AccountPlan:  # fmt: skip
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
        parsed.platform, parsed.kind, parsed.external_id, parsed.screen_name, parsed.url, title,
        followers, verified, None,
    )  # fmt: skip


def _plan_accounts(
    rng: random.Random, used: _Used, arch: Archetype, person: _Person, title: str, handle: str,
    anchor: date,
) -> list[AccountPlan]:  # fmt: skip
    count = _weighted(rng, ((1, 68), (2, 24), (3, 8)))
    if arch.key == "media":
        count = max(count, 2)
    # A few news and incident channels live only in Telegram.
    telegram_only = arch.key in {"news", "incident"} and rng.random() < 0.15
    platforms: list[str] = [Platform.TELEGRAM if telegram_only else Platform.VK]
    while len(platforms) < count:
        platform = _weighted(rng, arch.second_platforms)
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
    Tier.A: ((Stage.NEW, 5), (Stage.CONTACTED, 15), (Stage.ENGAGED, 35), (Stage.PARTNER, 30),
             (Stage.PAUSED, 8), (Stage.DECLINED, 7)),
    Tier.B: ((Stage.NEW, 10), (Stage.CONTACTED, 22), (Stage.ENGAGED, 32), (Stage.PARTNER, 18),
             (Stage.PAUSED, 10), (Stage.DECLINED, 8)),
    Tier.C: ((Stage.NEW, 22), (Stage.CONTACTED, 27), (Stage.ENGAGED, 25), (Stage.PARTNER, 8),
             (Stage.PAUSED, 10), (Stage.DECLINED, 10)),
}  # fmt: skip
STANCE_WEIGHTS: dict[str, Weights] = {
    Stage.NEW: ((Stance.UNKNOWN, 60), (Stance.NEUTRAL, 25), (Stance.CRITICAL, 10),
                (Stance.SUPPORTIVE, 5)),
    Stage.CONTACTED: ((Stance.NEUTRAL, 45), (Stance.SUPPORTIVE, 20), (Stance.CRITICAL, 15),
                      (Stance.UNKNOWN, 20)),
    Stage.ENGAGED: ((Stance.SUPPORTIVE, 45), (Stance.NEUTRAL, 42), (Stance.CRITICAL, 13)),
    Stage.PARTNER: ((Stance.SUPPORTIVE, 80), (Stance.NEUTRAL, 20)),
    Stage.PAUSED: ((Stance.NEUTRAL, 50), (Stance.CRITICAL, 30), (Stance.SUPPORTIVE, 20)),
    Stage.DECLINED: ((Stance.CRITICAL, 45), (Stance.NEUTRAL, 45), (Stance.UNKNOWN, 10)),
}  # fmt: skip
SENTIMENT_WEIGHTS: dict[str, Weights] = {
    Stance.SUPPORTIVE: ((Sentiment.POSITIVE, 55), (Sentiment.NEUTRAL, 40), (Sentiment.NEGATIVE, 5)),
    Stance.NEUTRAL: ((Sentiment.POSITIVE, 25), (Sentiment.NEUTRAL, 60), (Sentiment.NEGATIVE, 15)),
    Stance.CRITICAL: ((Sentiment.POSITIVE, 5), (Sentiment.NEUTRAL, 40), (Sentiment.NEGATIVE, 55)),
    Stance.UNKNOWN: ((Sentiment.POSITIVE, 15), (Sentiment.NEUTRAL, 70), (Sentiment.NEGATIVE, 15)),
}  # fmt: skip
# (minimum, maximum) interactions over the year, and the possible follow-up counts.
INTERACTIONS_PER_STAGE: dict[str, tuple[int, int]] = {
    Stage.NEW: (0, 1), Stage.CONTACTED: (1, 5), Stage.ENGAGED: (6, 20), Stage.PARTNER: (12, 32),
    Stage.PAUSED: (2, 8), Stage.DECLINED: (1, 5),
}  # fmt: skip
FOLLOWUPS_PER_STAGE: dict[str, tuple[int, ...]] = {
    Stage.NEW: (0, 1, 1), Stage.CONTACTED: (0, 1, 1, 2), Stage.ENGAGED: (1, 2, 2, 3),
    Stage.PARTNER: (2, 2, 3, 4), Stage.PAUSED: (0, 0, 1), Stage.DECLINED: (0, 0, 0, 1),
}  # fmt: skip
TYPE_WEIGHTS: Weights = (
    (Interaction.Type.MESSAGE, 30), (Interaction.Type.CALL, 18), (Interaction.Type.EMAIL, 10),
    (Interaction.Type.MEETING, 8), (Interaction.Type.EVENT_INVITATION, 8),
    (Interaction.Type.CONTENT_REQUEST, 10), (Interaction.Type.COMPLAINT, 4),
    (Interaction.Type.PRESS_TOUR, 2), (Interaction.Type.OTHER, 4),
)  # fmt: skip


def _subject(rng: random.Random, topic: str, place: Place) -> str:
    template = rng.choice(SUBJECTS[topic])
    return template.format(street=rng.choice(STREETS), loc=place.loc, bus=rng.randint(1, 42))


def _interaction(
    rng: random.Random, plan: BloggerPlan, place: Place, anchor: date, days_ago: int,
    types: Sequence[tuple[str, int]] = TYPE_WEIGHTS,
) -> InteractionPlan:  # fmt: skip
    kind = _weighted(rng, types)
    topic = rng.choice(plan.topics) if rng.random() < 0.85 else rng.choice(tuple(SUBJECTS))
    subject = _subject(rng, topic, place)
    direction, template = rng.choice(SUMMARIES[kind])
    sentiment: str
    if kind == Interaction.Type.COMPLAINT:
        sentiment = _weighted(rng, ((Sentiment.NEGATIVE, 70), (Sentiment.NEUTRAL, 30)))
    else:
        sentiment = _weighted(rng, SENTIMENT_WEIGHTS[plan.stance])
    outcome = "" if rng.random() < 0.12 else rng.choice(OUTCOMES[sentiment])
    author = plan.owner if rng.random() < 0.8 else rng.choice([s[0] for s in STAFF])
    return InteractionPlan(
        kind, direction, _work_time(rng, anchor, days_ago), template.format(subject=subject),
        outcome, sentiment, author, subject,
    )  # fmt: skip


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
    return _weighted(rng, options)


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
                _at(anchor, 0, 0) - timedelta(hours=1),
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
        arch = _weighted(rng, [(a, a.weight) for a in ARCHETYPES])
        place = _weighted(rng, [(p, p.weight) for p in PLACES])
        if not arch.fits(place):
            continue
        template = rng.choice(arch.names)
        person = _person(rng, template.gender)
        last_gen = person.last.removesuffix("а") + "ых"  # «Хозяйство Зиминых»
        words = {"town": place.town, "gen": place.gen, "loc": place.loc}
        name = template.name.format(
            first=person.first, last=person.last, patronymic=person.patronymic, last_gen=last_gen,
            **words,
        )  # fmt: skip
        if name not in used.display_names:
            break
    else:  # pragma: no cover - the vocabulary is far larger than BLOGGER_COUNT
        raise RuntimeError(f"Could not find a free display name for blogger {index}")
    used.display_names.add(name)
    handle = template.slug.format(
        slug=place.slug, first_l=_latin(person.first), last_l=_latin(person.last)
    )
    accounts = _plan_accounts(rng, used, arch, person, name, handle, anchor)
    tier = _tier(rng, arch, accounts)
    stage = _weighted(rng, STAGE_WEIGHTS[tier])
    stance = _weighted(rng, STANCE_WEIGHTS[stage])
    topics = [arch.topics[0]] if rng.random() < 0.6 else [rng.choice(arch.topics)]
    for _ in range(_weighted(rng, ((0, 40), (1, 40), (2, 20)))):
        extra = rng.choice(arch.topics) if rng.random() < 0.8 else rng.choice(tuple(TOPICS))
        if extra not in topics:
            topics.append(extra)
    owner = _weighted(rng, [(username, share) for username, _, _, share in STAFF])
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
            local = f"{_latin(person.first)}.{_latin(person.last)}"
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
        Stage.PARTNER: 10, Stage.ENGAGED: 8, Stage.CONTACTED: 4, Stage.PAUSED: 2, Stage.DECLINED: 1
    }  # fmt: skip
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
        else _weighted(rng, spec.status_weights)
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
                published = _at(
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


# --------------------------------------------------------------------------------------------
# Writing the plan.
# --------------------------------------------------------------------------------------------


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
                username=username, first_name=first_name, last_name=last_name,
                email=f"{username}@example.org", is_staff=True,
            )  # fmt: skip
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

    def build(name: str, kind: str, parent: Territory | None) -> Territory:
        code = codes[name]
        return Territory(name=name, kind=kind, parent=parent, oktmo="" if code in taken else code)

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
            display_name=p.display_name, real_name=p.real_name, phone=p.phone, email=p.email,
            description=p.description, territory=ctx.territories[p.territory], stance=p.stance,
            stage=p.stage, tier=p.tier, owner=ctx.users[p.owner], notes=p.notes,
            import_key=p.key, created_at=p.created_at,
        )
        for p in new_plans
    ]  # fmt: skip
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
                id=link.pk, blogger_id=link.blogger_id, topic_id=link.topic_id,
                history=history_by_blogger[link.blogger_id],
            )
            for link in links
        ]
    )  # fmt: skip
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
                platform=account.platform, kind=account.kind, external_id=account.external_id,
                screen_name=account.screen_name, url=account.url,
                display_name=account.display_name, followers=account.followers,
                verified=account.verified, last_synced_at=account.last_synced_at,
                blogger=blogger, created_at=blogger.created_at,
            )
        )  # fmt: skip
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
        blogger=blogger, type=plan.type, direction=plan.direction, occurred_at=plan.occurred_at,
        summary=plan.summary, outcome=plan.outcome, sentiment=plan.sentiment,
        author=ctx.users[plan.author], created_at=plan.occurred_at + timedelta(minutes=5), **extra,
    )  # fmt: skip


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
                    blogger=blogger, title=f.title, due_date=f.due_date,
                    assignee=ctx.users[f.assignee], status=f.status,
                    interaction=own[f.interaction] if f.interaction is not None else None,
                    notes=f.notes, completed_at=f.completed_at, created_at=f.created_at,
                )
            )  # fmt: skip
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
            title=p.title, description=p.description, topic=ctx.topics[p.topic],
            starts_on=p.starts_on, ends_on=p.ends_on, goal=p.goal, import_key=p.key,
            created_by=ctx.users[p.created_by], created_at=p.created_at,
        )
        for p in plans
        if p.key not in campaigns
    ]  # fmt: skip
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
