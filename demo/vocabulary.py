"""The demo region's vocabulary: places, people's names, blog archetypes, phrases.

Russian data, plain constants. Every name is invented; none refers to a real person or
region. Shared by the CRM seed (``demo.crm_plan``) and the amplification graph seed
(``demo.graph_plan``). The long tables (municipalities, people's names, blog archetypes)
are files in ``demo/data/``, read once at import.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm.models import Interaction, ParticipantStatus, Platform, Sentiment, Territory

DATA_DIR = Path(__file__).resolve().parent / "data"


def read_json(name: str) -> Any:
    """The parsed JSON file ``demo/data/<name>``."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


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


def _read_municipalities() -> tuple[Place, ...]:
    with (DATA_DIR / "municipalities.csv").open(encoding="utf-8", newline="") as file:
        return tuple(
            Place(
                row["territory"],
                Territory.Kind(row["kind"]),
                row["town"],
                row["gen"],
                row["loc"],
                row["slug"],
                int(row["weight"]),
            )
            for row in csv.DictReader(file)
        )


# The 20 municipalities, one row each in demo/data/municipalities.csv.
MUNICIPALITIES = _read_municipalities()
REGION_PLACE = Place(
    REGION_NAME,
    Territory.Kind.REGION,
    "Заречная область",
    "Заречной области",
    "в Заречной области",
    "zarechnaya_obl",
    6,
)
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

_PEOPLE = read_json("people.json")
FEMALE_NAMES: tuple[str, ...] = tuple(_PEOPLE["female_names"])
MALE_NAMES: tuple[str, ...] = tuple(_PEOPLE["male_names"])
# Masculine forms; every one takes «-а» in the feminine.
SURNAMES: tuple[str, ...] = tuple(_PEOPLE["surnames"])
PATRONYMICS: tuple[tuple[str, str], ...] = tuple(
    (male, female) for male, female in _PEOPLE["patronymics"]
)
EMAIL_DOMAINS = ("example.org", "example.com", "example.net")  # RFC 2606 reserved

_TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ё": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sch",
        "ъ": "",
        "ы": "y",
        "ь": "",
        "э": "e",
        "ю": "yu",
        "я": "ya",
        " ": "_",
        "-": "_",
    }
)


def latin(text: str) -> str:
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
        (Platform.TELEGRAM, 45),
        (Platform.OK, 20),
        (Platform.DZEN, 15),
        (Platform.YOUTUBE, 10),
        (Platform.RUTUBE, 10),
    )

    def fits(self, place: Place) -> bool:
        if place.kind == Territory.Kind.REGION:
            return self.regional
        return place.rural or not self.rural


def _archetype(record: dict[str, Any]) -> Archetype:
    fields = dict(record)
    fields["names"] = tuple(NameTemplate(*name) for name in fields["names"])
    fields["topics"] = tuple(fields["topics"])
    if "second_platforms" in fields:
        fields["second_platforms"] = tuple(
            (Platform(platform), weight) for platform, weight in fields["second_platforms"]
        )
    return Archetype(**fields)


# demo/data/archetypes.json: one object per archetype with the fields of ``Archetype``;
# a name is [name, slug] or [name, slug, gender]; defaults are left out.
ARCHETYPES = tuple(_archetype(record) for record in read_json("archetypes.json"))

STREETS = (
    "ул. Садовой",
    "ул. Мира",
    "ул. Советской",
    "ул. Школьной",
    "ул. Молодёжной",
    "ул. Заводской",
    "ул. Лесной",
    "ул. Набережной",
    "ул. Гагарина",
    "пр. Строителей",
    "ул. Центральной",
    "ул. Полевой",
    "ул. Речной",
    "ул. Комсомольской",
    "ул. Новой",
)

# What a conversation was about, in the accusative («обсудили …»).
# Placeholders: {street} «ул. Садовой», {loc} «в Заречье», {bus} a route number.
SUBJECTS = {
    "ЖКХ": (
        "отключение горячей воды {loc}",
        "график вывоза мусора {loc}",
        "капремонт дома на {street}",
        "тарифы на отопление",
        "работу управляющей компании на {street}",
        "подготовку котельных к зиме {loc}",
        "прорыв теплотрассы на {street}",
    ),
    "Дороги": (
        "ремонт дороги на {street}",
        "ямы во дворах на {street}",
        "сроки ремонта моста {loc}",
        "разметку у школы на {street}",
        "освещение на выезде из города",
        "обработку дорог от гололёда {loc}",
    ),
    "Здравоохранение": (
        "очереди в поликлинике {loc}",
        "запись к узким специалистам",
        "работу скорой помощи {loc}",
        "открытие нового ФАПа",
        "диспансеризацию для пенсионеров",
        "нехватку педиатров {loc}",
    ),
    "Образование": (
        "ремонт школы на {street}",
        "запись в первый класс",
        "очереди в детские сады {loc}",
        "подвоз школьников из сёл",
        "питание в школьных столовых",
        "строительство новой школы {loc}",
    ),
    "Транспорт": (
        "изменение маршрута автобуса № {bus}",
        "интервалы движения автобусов {loc}",
        "новые автобусы на городских маршрутах",
        "расписание пригородных электричек",
        "перенос остановки на {street}",
    ),
    "Экология": (
        "стихийную свалку у реки {loc}",
        "уборку берега после паводка",
        "выбросы с промзоны {loc}",
        "вырубку деревьев на {street}",
        "раздельный сбор отходов {loc}",
    ),
    "Благоустройство": (
        "благоустройство сквера на {street}",
        "ремонт детской площадки на {street}",
        "освещение парка {loc}",
        "проект набережной {loc}",
        "уборку снега во дворах на {street}",
    ),
    "Культура": (
        "программу Дня города",
        "ремонт дома культуры {loc}",
        "выставку в краеведческом музее",
        "экскурсии по «Пушкинской карте»",
        "гастроли областного театра",
    ),
    "Спорт": (
        "строительство ФОКа {loc}",
        "городской полумарафон",
        "бесплатные секции для детей",
        "ремонт стадиона {loc}",
        "лыжную трассу в парке",
    ),
    "Социальная поддержка": (
        "выплаты многодетным семьям",
        "социальную газификацию {loc}",
        "льготные лекарства",
        "работу соцзащиты {loc}",
        "социальное такси для пенсионеров",
    ),
    "Безопасность": (
        "аварийный перекрёсток на {street}",
        "пожарную безопасность в частном секторе",
        "камеры видеонаблюдения {loc}",
        "звонки телефонных мошенников",
        "безопасность на воде",
    ),
    "Экономика и бизнес": (
        "поддержку малого бизнеса",
        "ярмарку местных производителей",
        "новый индустриальный парк",
        "вакансии на заводе {loc}",
        "льготные кредиты для предпринимателей",
    ),
    "Молодёжь": (
        "молодёжный форум",
        "летнее трудоустройство подростков",
        "открытие молодёжного центра {loc}",
        "студенческие стройотряды",
    ),
    "Туризм": (
        "новый туристический маршрут",
        "гостевые дома {loc}",
        "фестиваль на озере",
        "навигацию для туристов {loc}",
    ),
    "Сельское хозяйство": (
        "посевную кампанию",
        "гранты для фермеров",
        "ремонт сельских дорог",
        "закупочные цены на молоко",
        "ярмарку выходного дня {loc}",
    ),
    "Бездомные животные": (
        "отлов бездомных собак {loc}",
        "строительство приюта для животных",
        "стерилизацию бездомных животных",
    ),
}

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
        title="Народный бюджет {year}",
        topic="Благоустройство",
        start_offset=-45,
        length=90,
        description=(
            "Приём заявок на проекты инициативного бюджетирования: жители предлагают, что "
            "благоустроить в своём дворе или селе, и голосуют за проекты."
        ),
        goal=(
            "Не менее 25 публикаций в городских и районных сообществах, охват 300 тыс. "
            "просмотров, 400 поданных заявок."
        ),
        status_weights=(
            (ParticipantStatus.INVITED, 30),
            (ParticipantStatus.AGREED, 30),
            (ParticipantStatus.PUBLISHED, 30),
            (ParticipantStatus.DECLINED, 10),
        ),
    ),
    CampaignSpec(
        title="Чистый берег",
        topic="Экология",
        start_offset=-160,
        length=30,
        description=(
            "Областная акция по уборке берегов рек и озёр: субботники в каждом муниципалитете, "
            "мешки и перчатки от администрации, вывоз собранного мусора."
        ),
        goal="Привлечь 3 000 добровольцев, анонсы и фотоотчёты в 30 сообществах.",
        status_weights=(
            (ParticipantStatus.INVITED, 15),
            (ParticipantStatus.AGREED, 10),
            (ParticipantStatus.PUBLISHED, 55),
            (ParticipantStatus.DECLINED, 20),
        ),
    ),
)
