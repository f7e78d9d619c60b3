"""Benchmark: the needs-response lexicon against the trained model on generated posts.

A seeded generator writes labelled resident posts of a fictional district
(«нужен ответ»: complaints and questions to the authorities; «позитив»: thanks,
greetings, praise; «не по теме»: ads, outside news, chatter), with varied places,
durations and appeals, hard cases on purpose (thanks that mention a fixed pothole,
news of a highway crash, questions nobody in office needs to answer, complaints in
words the lexicon lacks), typos, emoji, capitals, and a few flipped labels as
officers disagree. Lemmas come from pymorphy3 over razdel tokens (first parse),
as the text pipeline gives them.

The posts are split (stratified, seeded) into a training and a held-out part. The
table shows, on the held-out part, the macro-F1 of the three labels and the F1 of
needs_response for the lexicon and the model; the model's cross-validated F1 on
the training part; training time; and predictions per second for 10,000 posts
(lexicon and model, ``predict_many``, lemmas given). The generator and the
lexicon were written by the same hand, so the lexicon's figures here are
optimistic: officers' labels are the real test. Run by hand, never part of the
test suite::

    uv run python bench/classifier.py
    uv run python bench/classifier.py --posts 2000 --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NEEDS, OFF, POS = "needs_response", "off_topic", "positive"

STREETS = [
    "Ленина",
    "Мира",
    "Советской",
    "Гагарина",
    "Садовой",
    "Школьной",
    "Заводской",
    "Набережной",
    "Пушкина",
    "Молодёжной",
    "Кирова",
    "Октябрьской",
]
DISTRICTS = ["Заречье", "Северный", "Сосновка", "Южный", "Лесной", "Центральный"]
TOWN = ["Заречье", "Новоград", "наш город", "Сосновка", "родной город"]


def place(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    return rng.choice(
        [
            f"на {street} {rng.randint(1, 90)}",
            f"на улице {street}",
            f"во дворе дома {rng.randint(1, 60)} по {street}",
            f"у школы №{rng.randint(1, 20)}",
            f"в микрорайоне {rng.choice(DISTRICTS)}",
            f"возле поликлиники на {street}",
            f"на остановке «{rng.choice(['Рынок', 'Вокзал', 'Школа', 'Парк', 'Больница'])}»",
            f"в {rng.choice(['Заречье', 'Сосновке', 'Южном'])}",
            "у нас в подъезде",
            "в нашем доме",
        ]
    )


PROBLEMS = [
    # (text, in the lexicon's words?)
    "нет горячей воды",
    "нет света",
    "отключили отопление",
    "в квартирах холодно",
    "батареи ледяные",
    "огромная яма на дороге",
    "ямы по колено",
    "не вывозят мусор",
    "мусорные баки переполнены",
    "воняет канализацией",
    "прорвало трубу",
    "течёт крыша",
    "лифт не работает",
    "не горят фонари",
    "темно во дворе, фонари не горят",
    "сломали детскую площадку",
    "затопило подвал",
    "не убирают снег",
    "гололёд на тротуарах",
    "сосульки висят над входом",
    "вода ржавая из крана",
    "грязь по колено после ремонта",
    "свалка за гаражами",
    "крысы в подвале",
    # outside the lexicon
    "бродячие собаки кидаются на детей",
    "автобус №{n} пропускает рейсы",
    "дети идут в школу по проезжей части",
    "к врачу записаться невозможно, очередь на месяц",
    "скорая ехала два часа",
    "трубы гудят всю ночь",
    "асфальт положили в дождь и он поплыл",
    "вместо детской площадки парковка",
    "пешеходный переход стёрся, машины несутся",
    "напор воды никакой, на пятый этаж не доходит",
    "с крыши сыплется шифер",
    "управляющая компания берёт деньги за уборку, а подъезд не мыли с весны",
]
DURATIONS = [
    "",
    "",
    " уже третий день",
    " вторую неделю",
    " с понедельника",
    " который месяц",
    " опять",
    " снова",
    " с прошлой зимы",
    " уже год",
]
APPEALS = [
    "",
    "",
    "Сколько можно?!",
    "Куда смотрит администрация?",
    "Когда это исправят?",
    "Глава района, ответьте!",
    "Помогите, пожалуйста!",
    "Управляющая компания не отвечает.",
    "Примите меры!",
    "Доколе?",
    "Кому звонить?",
    "Просим разобраться.",
    "Обращались в ЖКХ — тишина.",
    "Жалобу писали, ответа нет.",
    "Это безобразие!",
    "Надоело!",
    "Дети же ходят!",
]
QUESTIONS = [
    "Когда откроют бассейн после ремонта?",
    "Подскажите, куда обращаться насчёт вывоза веток после обрезки?",
    "Будет ли летом автобус до дачного посёлка?",
    "Почему до сих пор не начали ремонт школы №{n}, обещали в мае?",
    "Администрация, когда будет готова площадка на {street}?",
    "Где получить справку о том, что дом признан аварийным?",
    "Скажите, кто отвечает за уборку двора на {street}?",
    "Когда дадут воду в Сосновке? Сказали до обеда",
    "Глава, ответьте, будут ли переносить остановку?",
    "Сколько ещё ждать обещанный переход у школы?",
    "Почему в поликлинике на {street} нет записи к педиатру?",
]
THANKS_WHOM = [
    "коммунальщикам",
    "администрации",
    "организаторам",
    "врачам больницы №{n}",
    "учителям школы №{n}",
    "волонтёрам",
    "пожарным",
    "дорожникам",
    "всем, кто пришёл",
]
THANKS_FOR = [
    "за праздник",
    "за чистый двор",
    "за быстрый ремонт",
    "за заботу",
    "за новую площадку",
    "за концерт",
    "за салют",
    "за помощь",
    "за отличную работу",
]
POSITIVES = [
    "С днём города, {town}!",
    "Спасибо {whom} {what}!",
    "Огромное спасибо {whom} {what} 🙏",
    "Какая красота в парке после реконструкции 😍",
    "Молодцы коммунальщики, быстро убрали снег",
    "Поздравляю всех с праздником!",
    "Отличный концерт вчера был на площади, спасибо!",
    "Наконец-то отремонтировали дорогу {place}, спасибо!",
    "Раньше тут была яма, а теперь ровный асфальт. Благодарим!",
    "Новая площадка просто супер, дети в восторге",
    "Благодарю врачей больницы №{n}, вылечили маму",
    "Любимый город, с юбилеем!",
    "Гордимся нашими школьниками, победа на олимпиаде!",
    "Как же красиво стало на набережной",
    "Ура, открыли новый каток {place}!",
    "Прекрасный фестиваль, приходите ещё",
    "Спасибо, что так быстро починили свет {place}",
    "С праздником, дорогие земляки! 🎉",
    "Хорошо, что сделали тротуар {place}, теперь удобно",
    "Не ожидала, что так быстро отремонтируют, молодцы!",
    "Всех с Днём Победы! Помним, гордимся",
    "Вчера гуляли по новому скверу — чудесно!",
]
OFF_TOPICS = [
    "Продам гараж {place}, недорого, торг",
    "Скидки до 50% в магазине «Уют» на {street}!",
    "Ищу репетитора по математике для сына, 7 класс",
    "Отдам котят в добрые руки 🐱",
    "Сдаётся однокомнатная квартира {place}",
    "Куплю б/у холодильник, самовывоз",
    "В области прошёл молодёжный форум",
    "Курс доллара опять вырос",
    "Сборная сыграла вничью, кто смотрел?",
    "Завтра ожидается до +25, без осадков",
    "На трассе М-5 произошла авария с участием грузовика",
    "В соседней области отключат воду на плановые работы",
    "Кто знает хороший сериал? Посоветуйте",
    "Потерялась собака, рыжая, откликается на Бим",
    "Какие фильмы посоветуете на выходные?",
    "Подписывайтесь на наш канал о рыбалке",
    "Выиграй iPhone! Переходи по ссылке https://promo.example/win",
    "Рецепт пирога с капустой в комментариях",
    "В Москве открылась выставка импрессионистов",
    "Учёные нашли новый вид жуков в Амазонии",
    "Продаю щенков хаски, документы есть",
    "Курсы английского языка, первое занятие бесплатно",
    "Нужен мастер по ремонту стиральных машин",
    "Как вам новый альбом? По-моему, так себе",
    "Погода сегодня ужасная, весь день дождь",
]
EMOJI_BAD = ["😡", "🤬", "😤", "👎", "💩", "😢"]
EMOJI_GOOD = ["❤️", "👍", "🎉", "😊", "🌸", "👏"]


def typo(rng: random.Random, text: str, rate: float) -> str:
    out = []
    for ch in text:
        r = rng.random()
        if ch.isalpha() and r < rate / 3:
            continue  # dropped letter
        if ch.isalpha() and r < rate * 2 / 3:
            out.append(ch + ch)  # doubled letter
            continue
        out.append(ch)
    return "".join(out)


def fill(rng: random.Random, template: str) -> str:
    return template.format(
        n=rng.randint(1, 30),
        street=rng.choice(STREETS),
        place=place(rng),
        town=rng.choice(TOWN),
        whom=rng.choice(THANKS_WHOM).format(n=rng.randint(1, 9)),
        what=rng.choice(THANKS_FOR),
    )


def complaint(rng: random.Random) -> tuple[str, int]:
    index = rng.randrange(len(PROBLEMS))
    problem = fill(rng, PROBLEMS[index])
    text = f"{problem} {place(rng)}{rng.choice(DURATIONS)}. {rng.choice(APPEALS)}"
    if rng.random() < 0.3:
        text = rng.choice(["Опять ", "Люди добрые, ", "Жители, ", "Здравствуйте! ", ""]) + text
    return text, index


def post(rng: random.Random, label: str) -> tuple[str, str]:
    """A post of ``label`` and the name of its template (its problem, for complaints)."""
    if label == NEEDS:
        if rng.random() < 0.25:
            index = rng.randrange(len(QUESTIONS))
            text, template = fill(rng, QUESTIONS[index]), f"question {index}"
        else:
            text, index = complaint(rng)
            template = f"complaint {index}"
        if rng.random() < 0.15:
            text = text.upper()
        if rng.random() < 0.2:
            text += " " + rng.choice(EMOJI_BAD) * rng.randint(1, 3)
    elif label == POS:
        index = rng.randrange(len(POSITIVES))
        text, template = fill(rng, POSITIVES[index]), f"positive {index}"
        if rng.random() < 0.3:
            text += " " + rng.choice(EMOJI_GOOD) * rng.randint(1, 3)
    else:
        index = rng.randrange(len(OFF_TOPICS))
        text, template = fill(rng, OFF_TOPICS[index]), f"off-topic {index}"
    text = text.strip()
    text = text[0].upper() + text[1:]
    if rng.random() < 0.2:
        text = text.lower()
    if rng.random() < 0.3:
        text = typo(rng, text, 0.04)
    return text, template


def generate(count: int, seed: int, noise: float = 0.03) -> list[tuple[str, str, str]]:
    """``count`` (text, label, template) triples: about 40 % needs_response,
    35 % off_topic, 25 % positive, ``noise`` of them with a random other label."""
    rng = random.Random(seed)
    labels = [NEEDS] * 40 + [OFF] * 35 + [POS] * 25
    out = []
    for _ in range(count):
        label = rng.choice(labels)
        text, template = post(rng, label)
        if rng.random() < noise:
            label = rng.choice([other for other in (NEEDS, OFF, POS) if other != label])
        out.append((text, label, template))
    return out


@lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=100_000)
def _lemma(token: str) -> str:
    return _morph().parse(token)[0].normal_form


def lemmatise(text: str) -> list[str]:
    from razdel import tokenize

    return [_lemma(token.text.lower()) for token in tokenize(text)]


def f1_scores(truth: list[str], predicted: list[str]) -> tuple[float, float]:
    """Macro-F1 over the three labels and the F1 of needs_response."""
    from sklearn.metrics import f1_score

    macro = f1_score(truth, predicted, average="macro", labels=[NEEDS, OFF, POS])
    needs = f1_score([t == NEEDS for t in truth], [p == NEEDS for p in predicted])
    return float(macro), float(needs)


def per_second(predictor, docs, repeats: int = 3) -> tuple[float, float]:
    """Posts per second of wall time and of CPU time (the steadier figure on a
    shared machine), best of ``repeats`` runs of ``predict_many``."""
    wall = cpu = float("inf")
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        predictor.predict_many(docs)
        wall = min(wall, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - started_cpu)
    return len(docs) / wall, len(docs) / max(cpu, 1e-9)


def unseen_template_split(examples, templates, share: float, seed: int):
    """Hold out whole templates (about ``share`` of each label's templates), so
    that the held-out posts are phrased in ways the model never saw."""
    rng = random.Random(seed)
    by_label: dict[str, set[str]] = {}
    for example, template in zip(examples, templates):
        by_label.setdefault(example.label, set()).add(template)
    held = set()
    for names in by_label.values():
        names = sorted(names)
        held.update(rng.sample(names, max(1, round(share * len(names)))))
    fit = [e for e, t in zip(examples, templates) if t not in held]
    test = [e for e, t in zip(examples, templates) if t in held]
    return fit, test


def evaluate(lexicon, model, test) -> list[tuple[str, float, float]]:
    truth = [e.label for e in test]
    docs = [(e.lemmas, e.text) for e in test]
    return [
        (name, *f1_scores(truth, [p.label for p in predictor.predict_many(docs)]))
        for name, predictor in (("lexicon", lexicon), ("model", model))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=800, help="labelled posts generated")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--held-out", type=float, default=0.3, help="share kept for testing")
    parser.add_argument("--throughput-posts", type=int, default=10_000)
    args = parser.parse_args()

    from sklearn.model_selection import train_test_split

    from monitoring.classifier import Example, NotEnoughLabels, default_lexicon, train

    posts = generate(args.posts, args.seed)
    started = time.perf_counter()
    examples = [Example(lemmatise(text), text, label) for text, label, _ in posts]
    lemmatise_seconds = time.perf_counter() - started
    templates = [template for _, _, template in posts]
    trained_at = datetime(2025, 1, 1, tzinfo=UTC)
    lexicon = default_lexicon()

    fit, test = train_test_split(
        examples,
        test_size=args.held_out,
        random_state=args.seed,
        stratify=[e.label for e in examples],
    )
    started, started_cpu = time.perf_counter(), time.process_time()
    model = train(fit, trained_at=trained_at, lexicon=lexicon)
    train_seconds = time.perf_counter() - started
    train_cpu = time.process_time() - started_cpu
    random_rows = evaluate(lexicon, model, test)

    unseen_fit, unseen_test = unseen_template_split(examples, templates, args.held_out, args.seed)
    unseen_model = train(unseen_fit, trained_at=trained_at, lexicon=lexicon)
    unseen_rows = evaluate(lexicon, unseen_model, unseen_test)

    curve = []
    for size in (30, 60, 120, 240, len(fit)):
        subset = fit[:size]
        try:
            small = train(subset, trained_at=trained_at, lexicon=lexicon)
        except NotEnoughLabels as exc:
            curve.append((size, None, exc.reason))
            continue
        curve.append((size, small, evaluate(lexicon, small, test)[1]))

    rng = random.Random(args.seed + 1)
    big = [(e.lemmas, e.text) for e in rng.choices(examples, k=args.throughput_posts)]
    speed = {name: per_second(p, big) for name, p in (("lexicon", lexicon), ("model", model))}

    counts = ", ".join(f"{k} {v}" for k, v in model.label_counts.items())
    print(f"posts: {len(posts)} (training {len(fit)}: {counts}; held out {len(test)})")
    print(f"lemmatised in {lemmatise_seconds:.2f} s (bench helper, not the text pipeline)")
    print()
    print(f"{'held-out posts':<34} {'predictor':<9} {'macro-F1':>9} {'needs F1':>9}")
    for split, rows in (
        (f"random {len(test)}", random_rows),
        (f"unseen templates {len(unseen_test)} (train {len(unseen_fit)})", unseen_rows),
    ):
        for name, macro, needs in rows:
            print(f"{split:<34} {name:<9} {macro:>9.3f} {needs:>9.3f}")
            split = ""
    print()
    print(
        f"{'labels':>6} {'cv macro-F1':>11} {'cv needs F1':>11} {'blend':>6} {'thr':>5}"
        f" {'held-out macro-F1':>17} {'needs F1':>9}"
    )
    for size, small, result in curve:
        if small is None:
            print(f"{size:>6}  refused: {result}")
            continue
        _, macro, needs = result
        print(
            f"{size:>6} {small.cv.macro_f1:>11.3f} {small.cv.needs_response_f1:>11.3f}"
            f" {small.blend:>6.2f} {small.threshold:>5.2f} {macro:>17.3f} {needs:>9.3f}"
        )
    print()
    print(
        f"{'predict_many':<14} {'posts/s':>10} {'per CPU s':>10}"
        f"   ({len(big):,} posts, lemmas given, best of 3)"
    )
    for name, (wall, cpu) in speed.items():
        print(f"{name:<14} {wall:>10,.0f} {cpu:>10,.0f}")
    print()
    print(f"model version      {model.version}")
    print(
        f"cross-validation   {model.cv.folds} folds: macro-F1 {model.cv.macro_f1:.3f}, "
        f"needs F1 {model.cv.needs_response_f1:.3f}"
    )
    print(f"operating point    blend {model.blend:.2f}, threshold {model.threshold:.2f}")
    print(
        f"training           {train_seconds:.2f} s wall, {train_cpu:.2f} s CPU"
        f" ({len(fit)} posts, cross-validation included)"
    )
    print(f"model bytes        {len(model.to_bytes()) / 1024:,.0f} KiB")


if __name__ == "__main__":
    main()
