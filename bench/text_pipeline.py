"""Benchmark: the Russian text pipeline (monitoring.text, monitoring.topics) on
generated resident posts, in one process and in two, as two Celery workers run it.

The posts (seeded, ``--posts``, 10,000 by default) are built from templates: an
opening, a problem («третий день нет горячей воды», «огромная яма на дороге»…), a
closing, and now and then emoji, hashtags (#ЖКХ, #ОтоплениеКлючевск), a link, VK
markup or «ЖКХ» typed with a Latin K. 55 % name one of the 20 demo municipalities
(``demo/data/municipalities.csv``) — its town in the nominative, genitive or
locative, the district's adjective («Тихореченского района»), a derived adjective
(«ключевские») or «г. Заречье»; 15 % name a place that is not ours («в Ивановке»);
30 % name none. Each post also carries two words drawn from 30,000 rare dictionary
forms, so that, like a real stream, a share of words miss the lemma cache (the
table prints that share).

Cases, each measured in fresh worker processes (``spawn``), after the worker has
loaded what it needs (that load is shown apart as ``load s``, once per worker):

- ``lemmas``           — cleaning, words and lemmas (``TextPipeline(None)``);
- ``+ routing & topics`` — plus gazetteer routing to the 20 municipalities (their
  names as stored: «Тихореченский муниципальный район»…) and 12 watch topics;
- ``+ NER fallback``   — plus natasha NER on the posts where the gazetteer found
  nothing and a place cue shows (``TextPipeline`` docstring);
- ``+ classifier``     — with ``--classifier lexicon|model|module:factory``: the
  needs-response classifier too, called as the product calls it, once per batch
  of 1,000 analysed posts (``factory()`` returns a callable taking such a list).

``workers`` is 1 or 2; with 2 the posts are split in halves and both workers start
together, so ``posts/s`` = all posts / the slower worker's wall seconds. ``cpu s``
sums the workers' CPU time and ``/cpu-s`` is posts per CPU-second: the steadier
figure on a shared machine (one free core does about that many posts a second).

``routing``: of the posts naming one of ours, the share routed to it, routed
elsewhere, not routed; and the share of the other posts routed somewhere.
``--aliases`` adds the centres' names («Луговое», «Красный Бор») to the gazetteer.
Run by hand, never part of the test suite::

    uv run python bench/text_pipeline.py
    uv run python bench/text_pipeline.py --posts 20000 --workers 1,2
    uv run python bench/text_pipeline.py --classifier model     # or lexicon
"""

from __future__ import annotations

import argparse
import csv
import importlib
import itertools
import multiprocessing
import os
import random
import resource
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MUNICIPALITIES_CSV = ROOT / "demo" / "data" / "municipalities.csv"
CLASSIFIER_BATCH = 1000  # monitoring.services.ANALYSE_BATCH
CASES = ("lemmas", "+ routing & topics", "+ NER fallback", "+ classifier")

TOPICS: list[tuple[str, list[str], list[str]]] = [
    (
        "ЖКХ",
        [
            "отопление",
            "батареи холодные",
            "горячая вода",
            "нет воды",
            "прорвало трубу",
            "канализация",
            "управляющая компания",
            "ЖКХ",
        ],
        ["плановое отключение"],
    ),
    ("Дороги", ["яма", "ямы на дороге", "асфальт", "ремонт дороги", "разбитая дорога"], []),
    ("Мусор", ["мусор", "свалка", "контейнер", "вывоз мусора"], ["субботник"]),
    ("Свет", ["свет", "электричество", "фонарь", "отключили свет"], []),
    ("Транспорт", ["автобус", "маршрутка", "остановка", "расписание автобусов"], []),
    ("Здравоохранение", ["поликлиника", "больница", "врач", "скорая помощь", "запись к врачу"], []),
    ("Образование", ["школа", "детский сад", "учитель", "мест в садике нет"], ["выпускной"]),
    ("Животные", ["бродячие собаки", "стая собак", "отлов собак"], []),
    ("Безопасность", ["пожар", "ДТП", "авария", "светофор не работает"], ["учения"]),
    ("Экология", ["выбросы", "запах гари", "загрязнение реки"], []),
    ("Благоустройство", ["детская площадка", "сквер", "благоустройство двора"], []),
    ("Соцподдержка", ["выплата", "пособие", "льгота", "задерживают выплаты"], []),
]

OPENINGS = [
    "",
    "",
    "Здравствуйте!",
    "Доброе утро.",
    "Администрация, ау!",
    "Жители, кто знает,",
    "Сколько можно?!",
    "Подскажите, пожалуйста:",
    "Уважаемые власти,",
    "Люди добрые,",
]
PROBLEMS = [
    "третий день нет горячей воды",
    "опять отключили свет",
    "прорвало трубу, вода хлещет",
    "батареи холодные, дети мёрзнут",
    "мусор не вывозят уже неделю",
    "контейнеры переполнены",
    "огромная яма на дороге",
    "асфальт положили прямо в дождь",
    "фонари не горят во дворе",
    "автобус не пришёл, ждали час на остановке",
    "в поликлинике не записаться к врачу",
    "скорая ехала сорок минут",
    "бродячие собаки нападают на детей",
    "в школе холодно",
    "детскую площадку так и не починили",
    "пахнет гарью от свалки",
    "выплаты задерживают",
    "управляющая компания не отвечает на звонки",
    "ДТП на перекрёстке, светофор не работает",
    "в детском саду нет мест",
    "снег не чистят, машины застревают",
    "воду дали, но ржавую",
    "обещали ремонт дороги ещё летом",
    "канализация течёт в подвал",
    "сгорел сарай у соседей",
]
CLOSINGS = [
    "",
    "",
    "Примите меры!",
    "Куда смотрит администрация?",
    "Спасибо, что прочитали.",
    "Помогите!",
    "Репост!",
    "Сил больше нет.",
    "Когда это закончится?",
    "Жду ответа.",
]
OTHER_PLACES = [
    "в Ивановке",
    "в деревне Горки",
    "в посёлке Октябрьский",
    "в Петровском",
    "в селе Никольское",
    "в Москве",
    "на улице Ленина",
    "в Каменке",
    "в Дубках",
    "у Марьино",
    "в Новосёлках",
    "в микрорайоне Северный",
]
DERIVED = {
    "Ключевск": "ключевские",
    "Новоборск": "новоборские",
    "Береговск": "береговские",
    "Старозаводск": "старозаводские",
    "Заречье": "заречинские",
    "Сосновка": "сосновские",
    "Михайловка": "михайловские",
}
EMOJI = ["😡", "🔥", "😢", "👍", "🙏", "❗", "🤬", "😱", "👎🏻", "❄️"]
LINKS = ["https://vk.com/wall-123456_789", "vk.com/zarechye_adm", "https://t.me/zarechye_news/15"]


@dataclass
class Post:
    text: str
    territory_id: int | None  # the municipality it names, None for none or not ours


@dataclass
class Result:
    case: str
    workers: int
    posts: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    load_seconds: float = 0.0
    peak_rss_mb: float = 0.0
    ner_runs: int = 0
    cache_misses: int = 0
    words: int = 0
    topic_posts: int = 0
    routed: dict[str, int] = field(default_factory=dict)


def municipalities() -> list[dict[str, str]]:
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def territories(aliases: bool = False) -> list[tuple[int, str]]:
    """The municipalities by their stored names, ids from 1; with ``aliases``, also
    by the name of their centre («Луговое» for the Луговской муниципальный район)."""
    rows = list(enumerate(municipalities(), start=1))
    names = [(i, row["territory"]) for i, row in rows]
    return names + [(i, row["town"]) for i, row in rows] if aliases else names


def rare_words(count: int, seed: int) -> list[str]:
    """``count`` rare dictionary word forms (pymorphy3's dictionary, seeded)."""
    from monitoring.text import morph_analyzer

    rng = random.Random(seed)
    morph = morph_analyzer()
    pool: set[str] = set()
    consonants, vowels = "бвгдзклмнпрстфхцчш", "аеиоуыя"
    while len(pool) < count:
        prefix = rng.choice(consonants) + rng.choice(vowels) + rng.choice(consonants)
        for parse in itertools.islice(morph.iter_known_word_parses(prefix), 40):
            if parse.word.isalpha() and "Abbr" not in parse.tag and "Geox" not in parse.tag:
                pool.add(parse.word)
    return sorted(pool)[:count]


def _adjective_genitive(adjective: str) -> str:
    for ending, genitive in (("ский", "ского"), ("ской", "ского"), ("ный", "ного")):
        if adjective.endswith(ending):
            return adjective[: -len(ending)] + genitive
    return adjective


def place_mention(rng: random.Random, row: dict[str, str]) -> str:
    town, name = row["town"], row["territory"]
    forms = [row["loc"], f"жители {row['gen']}", f"{town}:", f"из {row['gen']}"]
    if name.startswith("Городской округ"):
        forms.append(f"г. {town}")
    else:
        adjective, *_, kind = name.split()
        forms.append(f"в {_adjective_genitive(adjective).replace('ого', 'ом')} {kind}е")
        forms.append(f"жители {_adjective_genitive(adjective)} {kind}а")
    if town in DERIVED:
        forms.append(f"{DERIVED[town]} улицы:")
    return rng.choice(forms)


def generate_posts(count: int, seed: int = 0) -> list[Post]:
    """``count`` seeded resident posts with the municipality each one names."""
    rng = random.Random(seed)
    rows = municipalities()
    weights = [int(row["weight"]) for row in rows]
    rare = rare_words(30_000, seed)
    posts = []
    for _ in range(count):
        territory_id = None
        draw = rng.random()
        if draw < 0.55:
            index = rng.choices(range(len(rows)), weights)[0]
            place, territory_id = place_mention(rng, rows[index]), index + 1
        elif draw < 0.70:
            place = rng.choice(OTHER_PLACES)
        else:
            place = ""
        problem = rng.choice(PROBLEMS)
        middle = f"{place} {problem}" if rng.random() < 0.7 else f"{problem} {place}"
        opening, middle = rng.choice(OPENINGS), middle.strip()
        if not opening.endswith(","):
            middle = middle[:1].upper() + middle[1:]
        parts = [
            opening,
            middle + ",",
            " ".join(rng.sample(rare, 2)) + ".",
            rng.choice(CLOSINGS),
        ]
        if rng.random() < 0.4:
            parts.append("".join(rng.choices(EMOJI, k=rng.randint(1, 4))))
        if rng.random() < 0.3:
            tags = ["#ЖКХ", "#жалоба"]
            if territory_id:
                town = rows[territory_id - 1]["town"].replace(" ", "")
                tags += [f"#Отопление{town}", f"#жалоба_{town}"]
            parts.append(rng.choice(tags))
        if rng.random() < 0.1:
            parts.append(rng.choice(LINKS))
        if rng.random() < 0.05:
            parts.insert(0, "[id1|Ольга Петрова],")
        text = " ".join(p for p in parts if p)
        if rng.random() < 0.05:
            text = text.replace("ЖКХ", "ЖKХ")  # a Latin K
        posts.append(Post(text, territory_id))
    return posts


def topic_rules() -> list[Any]:
    from monitoring.topics import TopicRule

    return [
        TopicRule.from_strings(i, keywords, exclusions)
        for i, (_, keywords, exclusions) in enumerate(TOPICS, start=1)
    ]


def load_classifier(spec: str | None) -> Callable[[Any], Any] | None:
    """``lexicon`` (the product's classifier until officers have labelled enough
    posts), ``model`` (one trained on ``bench/classifier.py``'s generated labels),
    or ``module:factory``."""
    if not spec:
        return None
    if spec in ("lexicon", "model"):
        from monitoring.classifier import Example, default_lexicon, train

        predictor: Any = default_lexicon()
        if spec == "model":
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            from classifier import generate, lemmatise

            examples = [
                Example(lemmas=tuple(lemmatise(text)), text=text, label=label)
                for text, label, _ in generate(600, seed=3)
            ]
            predictor = train(examples, trained_at=datetime.now(UTC))
        # As the product calls it: once per batch of analysed posts.
        return lambda batch: predictor.predict_many((a.lemmas, a.text) for a in batch)
    module, _, name = spec.partition(":")
    factory = getattr(importlib.import_module(module), name)
    return factory()


def worker(
    case: str,
    posts: list[Post],
    classifier_spec: str | None,
    aliases: bool,
    barrier: Any,
    results: Any,
) -> None:
    """Load what ``case`` needs, wait for the other workers, analyse ``posts``."""
    started = time.perf_counter()
    from monitoring.text import Gazetteer, TextPipeline, natasha_locations, word_info
    from monitoring.topics import TopicMatcher

    routing = case != "lemmas"
    use_ner = case in ("+ NER fallback", "+ classifier")
    gazetteer = Gazetteer(territories(aliases)) if routing else None
    pipeline = TextPipeline(gazetteer, use_ner=use_ner)
    matcher = TopicMatcher(topic_rules())
    classifier = load_classifier(classifier_spec) if case == "+ classifier" else None
    word_info("вода")
    if use_ner:
        natasha_locations("Жители Заречья")  # loads the model
    word_info.cache_clear()  # the posts start with a cold cache, as a new worker does
    load = time.perf_counter() - started

    barrier.wait()
    cpu, wall = time.process_time(), time.perf_counter()
    ner_runs = topic_posts = words = 0
    routed = dict.fromkeys(("right", "wrong", "missed", "false"), 0)
    batch: list[Any] = []
    for post in posts:
        analysis = pipeline.analyse(post.text)
        words += len(analysis.words)
        if routing:
            topic_posts += bool(matcher.match(analysis))
            ner_runs += analysis.ner_used
            ids = analysis.territory_ids
            if post.territory_id is None:
                routed["false"] += bool(ids)
            elif post.territory_id in ids:
                routed["right"] += 1
            else:
                routed["wrong" if ids else "missed"] += 1
        if classifier is not None:
            batch.append(analysis)
            if len(batch) == CLASSIFIER_BATCH:
                classifier(batch)
                batch.clear()
    if classifier is not None and batch:
        classifier(batch)
    seconds = time.perf_counter() - wall
    cpu_seconds = time.process_time() - cpu
    results.put(
        {
            "posts": len(posts),
            "seconds": seconds,
            "cpu_seconds": cpu_seconds,
            "load_seconds": load,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "ner_runs": ner_runs,
            "cache_misses": word_info.cache_info().misses,
            "words": words,
            "topic_posts": topic_posts,
            "routed": routed,
        }
    )


def measure(
    case: str, workers: int, posts: list[Post], classifier: str | None, aliases: bool
) -> Result:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(workers)
    results = context.Queue()
    chunks = [posts[i::workers] for i in range(workers)]
    processes = [
        context.Process(target=worker, args=(case, chunk, classifier, aliases, barrier, results))
        for chunk in chunks
    ]
    for process in processes:
        process.start()
    parts = [results.get() for _ in processes]
    for process in processes:
        process.join()
    result = Result(case, workers)
    for part in parts:
        result.posts += part["posts"]
        result.seconds = max(result.seconds, part["seconds"])
        result.cpu_seconds += part["cpu_seconds"]
        result.load_seconds = max(result.load_seconds, part["load_seconds"])
        result.peak_rss_mb = max(result.peak_rss_mb, part["peak_rss_mb"])
        result.ner_runs += part["ner_runs"]
        result.cache_misses += part["cache_misses"]
        result.words += part["words"]
        result.topic_posts += part["topic_posts"]
        for key, value in part["routed"].items():
            result.routed[key] = result.routed.get(key, 0) + value
    return result


def print_table(results: list[Result], posts: list[Post]) -> None:
    ours = sum(p.territory_id is not None for p in posts)
    others = len(posts) - ours
    header = (
        f"{'case':<18} {'workers':>7} {'posts/s':>8} {'/cpu-s':>7} {'wall s':>7} {'cpu s':>7} "
        f"{'load s':>7} "
        f"{'RSS MB':>7} {'NER runs':>9} {'cache miss':>10} {'w/ topic':>8}  "
        f"routing: right / wrong / missed; others routed"
    )
    print()
    print(header)
    print("-" * len(header))
    for r in results:
        routing = ""
        if r.routed:
            routing = (
                f"{r.routed['right'] / ours:6.1%} / {r.routed['wrong'] / ours:5.1%} / "
                f"{r.routed['missed'] / ours:5.1%}; {r.routed['false'] / others:5.1%}"
            )
        print(
            f"{r.case:<18} {r.workers:>7} {r.posts / r.seconds:>8,.0f} "
            f"{r.posts / r.cpu_seconds:>7,.0f} {r.seconds:>7.2f} "
            f"{r.cpu_seconds:>7.2f} {r.load_seconds:>7.2f} {r.peak_rss_mb:>7.0f} "
            f"{r.ner_runs / r.posts:>9.1%} {r.cache_misses / max(r.words, 1):>10.1%} "
            f"{(r.topic_posts / r.posts if r.routed else 0):>8.1%}  {routing}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", default="1,2", help="worker counts, comma-separated")
    parser.add_argument("--cases", default=",".join(CASES[:3]), help="comma-separated")
    parser.add_argument(
        "--classifier",
        help="module:factory; factory() returns a callable taking an Analysis "
        "(adds the '+ classifier' case)",
    )
    parser.add_argument(
        "--aliases", action="store_true", help="route by the centres' names too (Луговое…)"
    )
    args = parser.parse_args()

    cases = [c.strip() for c in args.cases.split(",") if c.strip()]
    if args.classifier and "+ classifier" not in cases:
        cases.append("+ classifier")
    started = time.perf_counter()
    posts = generate_posts(args.posts, args.seed)
    print(f"generated {len(posts):,} posts in {time.perf_counter() - started:.1f} s; e.g.:")
    for post in posts[:3]:
        print(f"  {post.text}")
    print(
        f"cpus: {os.cpu_count()}, load average before: "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    results = [
        measure(case, int(workers), posts, args.classifier, args.aliases)
        for case in cases
        for workers in args.workers.split(",")
    ]
    print_table(results, posts)
    print("load average after: " + " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
