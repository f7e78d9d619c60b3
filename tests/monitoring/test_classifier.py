"""The needs-response classifier: the lexicon baseline, the trained model, the
refusal below the label minimum, and the awkward inputs (empty, huge, emoji,
Latin). Lemmas come from pymorphy3 over razdel tokens (first parse), through a
small helper here, as the text pipeline gives them."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

import pymorphy3
import pytest
from razdel import tokenize

from monitoring import classifier
from monitoring.classifier import (
    LABELS,
    MIN_LABELS,
    MIN_PER_LABEL,
    NEEDS_RESPONSE,
    OFF_TOPIC,
    POSITIVE,
    Example,
    IncompatibleModel,
    Lexicon,
    NotEnoughLabels,
    TrainedModel,
    classifier_for,
    default_lexicon,
    near_duplicate_groups,
    train,
    training_blocker,
)

TRAINED_AT = datetime(2025, 6, 1, 3, 0, tzinfo=UTC)


@lru_cache(maxsize=1)
def morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


def lemmatise(text: str) -> list[str]:
    return [morph().parse(token.text.lower())[0].normal_form for token in tokenize(text)]


def judge(text: str):
    return default_lexicon().score(lemmatise(text), text)


# --------------------------------------------------------------------- lexicon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Опять нет горячей воды на Ленина 5, сколько можно?!",
            {"нет горячий вода", "сколько можно"},
        ),
        ("Яма на дороге у школы, машину разбил, куда смотрит администрация", {"яма", "разбить"}),
        ("Мусор не вывозят третью неделю, воняет на весь двор", {"не вывозить", "вонять"}),
        ("Лифт не работает, управляющая компания не отвечает", {"не работать"}),
    ],
)
def test_complaints_are_negative_and_need_a_response(text, expected):
    prediction = judge(text)
    assert prediction.negativity >= 0.7
    assert prediction.needs_response
    assert prediction.label == NEEDS_RESPONSE
    assert expected <= set(prediction.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "С днём города, Заречье! Спасибо всем за праздник",
        "Огромное спасибо коммунальщикам, молодцы! ❤️",
        "Поздравляю всех с праздником, какая красота на набережной",
    ],
)
def test_greetings_and_thanks_are_positive_not_problems(text):
    prediction = judge(text)
    assert prediction.negativity == 0
    assert not prediction.needs_response
    assert prediction.label == POSITIVE


@pytest.mark.parametrize(
    "text",
    [
        "В субботу в парке пройдёт концерт духового оркестра",
        "Глава района открыл новую школу в микрорайоне Северный",
        "Продам гараж недорого, торг",
        "Кто смотрел вчера матч?",
    ],
)
def test_neutral_news_ads_and_chatter_are_off_topic(text):
    prediction = judge(text)
    assert prediction.negativity == 0
    assert not prediction.needs_response
    assert prediction.label == OFF_TOPIC


def test_a_negated_positive_is_a_mild_complaint():
    negated = judge("не очень красиво")
    assert 0 < negated.negativity < 0.5
    assert not negated.needs_response
    assert negated.evidence == ("не красиво",)
    assert judge("очень красиво").negativity == 0
    assert judge("очень красиво").label == POSITIVE


def test_a_negated_problem_counts_for_nothing_and_a_negated_service_for_a_problem():
    assert judge("Это не проблема").negativity == 0
    works_not = judge("Светофор на перекрёстке не работает")
    assert works_not.needs_response
    assert works_not.evidence == ("не работать",)
    # «не» reaches the next word, not the end of the sentence
    assert judge("Не знаю, работает ли библиотека").negativity == 0


def test_a_question_to_the_authorities_needs_a_response_without_being_negative():
    asks = judge("Когда откроют бассейн после ремонта?")
    assert asks.needs_response
    assert asks.negativity == 0
    assert judge("Глава района, ответьте!").needs_response
    assert judge("Просим разобраться с парковкой у школы.").needs_response
    # the same words without the question or with thanks are not an appeal
    assert not judge("Бассейн откроют, когда закончат ремонт").needs_response
    assert not judge("Спасибо администрации, когда ещё такое будет?").needs_response


def test_punctuation_and_capitals_strengthen_a_complaint_but_do_not_make_one():
    calm = judge("Сосульки висят над входом в подъезд")
    loud = judge("СОСУЛЬКИ ВИСЯТ НАД ВХОДОМ В ПОДЪЕЗД!!!")
    assert 0 < calm.negativity < loud.negativity
    assert judge("ВСЕХ С ПРАЗДНИКОМ!!!").negativity == 0
    assert judge("Концерт в субботу?!").negativity == 0


def test_the_negativity_formula_as_documented():
    # N = 1 (яма); x = N = 1 → 1 − 2^−1
    assert judge("яма").negativity == 0.5
    # N = 1 (яма), E = 0.25 (“!”), A = 1 (администрация): x = 1 + 0.25 + 0.5
    assert judge("яма, администрация!").negativity == round(1 - 2**-1.75, 4)
    # N − P < 0: no negativity at all
    assert judge("яма была, спасибо что заделали").negativity == 0


@pytest.mark.parametrize(
    ("lemmas", "text"),
    [
        ([], ""),
        ([], "   \n\t"),
        (["😡"], "😡😡😡"),
        (["🎉", "🎉"], "🎉🎉"),
        (["the", "water", "be", "off", "again"], "The water is off again!"),
        ([".", ",", "!"], ".,!"),
    ],
)
def test_awkward_inputs_are_judged_quietly(lemmas, text):
    prediction = default_lexicon().score(lemmas, text)
    assert 0 <= prediction.negativity < 0.5
    assert not prediction.needs_response
    assert prediction.label in LABELS


def test_a_huge_text_is_read_up_to_the_limit():
    sentence = "Опять нет воды в доме на Садовой, сколько можно терпеть? "
    text = sentence * (100_000 // len(sentence))
    lemmas = lemmatise(sentence) * (100_000 // len(sentence))
    prediction = default_lexicon().score(lemmas, text)
    assert prediction.needs_response
    assert prediction.negativity <= 1
    assert len(prediction.evidence) <= classifier.MAX_EVIDENCE


def test_lexicon_entries_are_lemmas_the_morphology_can_produce():
    """An entry that is not a normal form of itself (a plural, a verb form)
    never matches: catch typos and forms in the data files."""
    lexicon = default_lexicon()
    unreachable = []
    for kind, entries in lexicon.kinds.items():
        for phrase in entries:
            for word in phrase:
                if not any(ch.isalnum() for ch in word):
                    continue  # an emoji, looked for in the raw text
                forms = {p.normal_form.replace("ё", "е") for p in morph().parse(word)}
                if word not in forms:
                    unreachable.append(f"{kind}: {word} (→ {sorted(forms)})")
    assert unreachable == []


def test_lexicon_files_take_weights_phrases_comments_and_emoji(tmp_path: Path):
    for kind in classifier.LEXICON_KINDS:
        (tmp_path / f"lexicon_{kind}.txt").write_text("# nothing\n", encoding="utf-8")
    (tmp_path / "lexicon_negative.txt").write_text(
        "# problems\nлужа 2.5  # deep ones\nсколько можно\n👎 0.5\n", encoding="utf-8"
    )
    lexicon = Lexicon.load(tmp_path)
    assert lexicon.kinds["negative"] == {("лужа",): 2.5, ("сколько", "можно"): 1.0, ("👎",): 0.5}
    assert lexicon.version.startswith("lexicon-")
    assert lexicon.score(["лужа"], "лужа").negativity == round(1 - 2**-2.5, 4)
    assert lexicon.score(["сколько", "можно"], "").evidence == ("сколько можно",)
    assert lexicon.score([], "👎").evidence == ("👎",)

    (tmp_path / "lexicon_positive.txt").write_text("ура -1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"lexicon_positive\.txt:1"):
        Lexicon.load(tmp_path)


# ----------------------------------------------------------------------- model

STREETS = ["Ленина", "Мира", "Садовой", "Кирова", "Гагарина", "Заводской", "Школьной"]
PROBLEMS = [
    "Опять нет горячей воды",
    "Третий день нет света",
    "Яма на дороге, колесо пробил",
    "Мусор не вывозят, баки переполнены",
    "Течёт крыша, заливает квартиру",
    "Фонари не горят, вечером темно",
    "Бродячие собаки бросаются на детей",
    "Бродячие собаки стаей ходят у школы",
    "Автобус не пришёл, ждали час на остановке",
    "В подъезде холодно, батареи ледяные",
]
TAILS = ["", " Сколько можно?!", " Куда смотрит администрация?", " Примите меры!", " 😡"]
QUESTIONS = [
    "Когда начнут ремонт поликлиники на {street}?",
    "Куда обращаться, если управляющая компания не отвечает?",
    "Почему до сих пор не открыли детский сад на {street}?",
]
POSITIVES = [
    "Спасибо коммунальщикам за чистый двор на {street}!",
    "С днём города, дорогие земляки! 🎉",
    "Какой красивый сквер сделали на {street}, молодцы",
    "Благодарим врачей больницы за заботу",
    "Поздравляю всех с праздником, отличный салют был",
]
OFF_TOPICS = [
    "Продам велосипед, почти новый, {street}",
    "Ищу няню для ребёнка, район {street}",
    "В Москве прошла выставка современного искусства",
    "Курс евро снова вырос",
    "Посоветуйте хороший фильм на вечер",
    "Отдам котёнка в добрые руки",
]


def generated_posts(count: int, seed: int) -> list[Example]:
    """Labelled resident posts from templates: 45 % needs_response (complaints
    and questions), 30 % off_topic, 25 % positive."""
    rng = random.Random(seed)
    examples = []
    for _ in range(count):
        street = rng.choice(STREETS)
        roll = rng.random()
        if roll < 0.35:
            text, label = f"{rng.choice(PROBLEMS)} на {street}.{rng.choice(TAILS)}", NEEDS_RESPONSE
        elif roll < 0.45:
            text, label = rng.choice(QUESTIONS).format(street=street), NEEDS_RESPONSE
        elif roll < 0.75:
            text, label = rng.choice(OFF_TOPICS).format(street=street), OFF_TOPIC
        else:
            text, label = rng.choice(POSITIVES).format(street=street), POSITIVE
        examples.append(Example(lemmatise(text), text, label))
    return examples


@pytest.fixture(scope="module")
def posts() -> list[Example]:
    return generated_posts(240, seed=16)


@pytest.fixture(scope="module")
def model(posts) -> TrainedModel:
    return train(posts[:180], trained_at=TRAINED_AT)


def f1(truth: list[bool], predicted: list[bool]) -> float:
    tp = sum(t and p for t, p in zip(truth, predicted))
    return 2 * tp / (sum(truth) + sum(predicted))


def test_the_model_learns_from_labels_and_beats_the_lexicon_on_held_out_posts(model, posts):
    held_out = posts[180:]
    docs = [(e.lemmas, e.text) for e in held_out]
    truth = [e.label == NEEDS_RESPONSE for e in held_out]
    model_f1 = f1(truth, [p.needs_response for p in model.predict_many(docs)])
    lexicon_f1 = f1(truth, [p.needs_response for p in default_lexicon().predict_many(docs)])
    assert model_f1 >= 0.95
    assert model_f1 >= lexicon_f1

    def accuracy(predictor):
        labels = [p.label for p in predictor.predict_many(docs)]
        return sum(p == e.label for p, e in zip(labels, held_out)) / len(held_out)

    assert accuracy(model) >= 0.95
    assert accuracy(model) > accuracy(default_lexicon())


def test_the_model_learns_what_the_lexicon_does_not_know(model):
    """Stray dogs are in no lexicon file; officers marked them «нужен ответ»."""
    text = "Бродячие собаки на Пушкина покусали ребёнка"
    assert not default_lexicon().score(lemmatise(text), text).needs_response
    prediction = model.predict(lemmatise(text), text)
    assert prediction.needs_response
    assert "собака" in " ".join(prediction.evidence)


def test_training_reports_cross_validation_counts_and_version(model):
    assert model.n_examples == 180
    assert sum(model.label_counts.values()) == 180
    assert set(model.label_counts) == set(LABELS)
    assert model.cv.folds == classifier.CV_FOLDS
    assert 0.8 <= model.cv.needs_response_f1 <= 1
    assert 0.7 <= model.cv.macro_f1 <= 1
    assert model.blend in classifier.BLEND_WEIGHTS
    assert 0 < model.threshold < 1
    assert model.version.startswith("20250601-030000-")
    assert model.trained_at == TRAINED_AT


def test_training_is_deterministic(model, posts):
    again = train(posts[:180], trained_at=TRAINED_AT)
    assert again.version == model.version
    assert (again.blend, again.threshold, again.cv) == (model.blend, model.threshold, model.cv)
    docs = [(e.lemmas, e.text) for e in posts[180:]]
    assert again.predict_many(docs) == model.predict_many(docs)


def test_the_version_names_the_data_and_the_time(posts):
    base = train(posts[:60], trained_at=TRAINED_AT)
    assert train(posts[:60], trained_at=datetime(2025, 6, 2, tzinfo=UTC)).version.startswith(
        "20250602-000000-" + base.version.rsplit("-", 1)[1]
    )
    relabelled = [*posts[:59], Example(posts[59].lemmas, posts[59].text, OFF_TOPIC)]
    if posts[59].label == OFF_TOPIC:
        relabelled[-1] = Example(posts[59].lemmas, posts[59].text, POSITIVE)
    assert train(relabelled, trained_at=TRAINED_AT).version != base.version


def test_the_model_round_trips_through_bytes(model, posts):
    data = model.to_bytes()
    loaded = TrainedModel.from_bytes(data)
    docs = [(e.lemmas, e.text) for e in posts[180:]]
    assert loaded.predict_many(docs) == model.predict_many(docs)
    assert (loaded.version, loaded.cv, loaded.label_counts) == (
        model.version,
        model.cv,
        model.label_counts,
    )


def test_foreign_or_stale_bytes_are_refused_before_unpickling(model):
    data = model.to_bytes()
    magic = classifier.BYTES_MAGIC
    header_line, _, payload = data[len(magic) :].partition(b"\n")
    header = json.loads(header_line)
    stale = magic + json.dumps({**header, "sklearn": "0.24.2"}).encode() + b"\n" + payload
    with pytest.raises(IncompatibleModel, match=r"0\.24\.2"):
        TrainedModel.from_bytes(stale)
    unloadable = magic + header_line + b"\n" + b"not a pickle"
    with pytest.raises(IncompatibleModel, match="does not load"):
        TrainedModel.from_bytes(unloadable)
    with pytest.raises(IncompatibleModel):
        TrainedModel.from_bytes(b"\x80\x04anything")


def test_training_refuses_below_the_minimum_with_the_reason(posts):
    with pytest.raises(NotEnoughLabels) as refused:
        train(posts[: MIN_LABELS - 1], trained_at=TRAINED_AT)
    assert f"не меньше {MIN_LABELS}" in refused.value.reason
    assert "словарь" in refused.value.reason

    few_positive = [e for e in posts if e.label != POSITIVE][:40] + [
        e for e in posts if e.label == POSITIVE
    ][: MIN_PER_LABEL - 3]
    with pytest.raises(NotEnoughLabels, match="«позитив» — ещё 3"):
        train(few_positive, trained_at=TRAINED_AT)


def test_training_blocker_counts_what_is_missing():
    enough = {NEEDS_RESPONSE: 14, OFF_TOPIC: 8, POSITIVE: 8}
    assert training_blocker(enough) is None
    assert "ещё 1" in training_blocker({**enough, NEEDS_RESPONSE: 13})
    reason = training_blocker({NEEDS_RESPONSE: 2})
    assert "«не по теме» — ещё 8" in reason
    assert "«нужен ответ» — ещё 6" in reason


def test_training_at_the_minimum_works(posts):
    minimal = []
    for label in LABELS:
        minimal += [e for e in posts if e.label == label][:MIN_PER_LABEL]
    minimal += [e for e in posts if e.label == NEEDS_RESPONSE][
        MIN_PER_LABEL : MIN_PER_LABEL + MIN_LABELS - len(minimal)
    ]
    assert len(minimal) == MIN_LABELS
    small = train(minimal, trained_at=TRAINED_AT)
    assert small.n_examples == MIN_LABELS
    assert 2 <= small.cv.folds <= classifier.CV_FOLDS


def test_posts_without_words_are_left_out_of_training(posts):
    blank = [Example([], "", NEEDS_RESPONSE), Example([], "  ", POSITIVE)] * 5
    model = train([*posts[:60], *blank], trained_at=TRAINED_AT)
    assert model.n_examples == 60
    assert model.version == train(posts[:60], trained_at=TRAINED_AT).version
    with pytest.raises(NotEnoughLabels):
        train([*posts[: MIN_LABELS - 1], *blank], trained_at=TRAINED_AT)


def test_an_unknown_label_is_an_error(posts):
    with pytest.raises(ValueError, match="unknown label 'spam'"):
        train([*posts[:40], Example(["реклама"], "реклама", "spam")], trained_at=TRAINED_AT)


def test_near_duplicates_and_one_incident_share_a_cross_validation_group():
    texts = [
        "Нет горячей воды на Ленина 5 третий день, сколько можно",
        "Нет горячей воды на Ленина 7 третий день, сколько можно",
        "Спасибо за праздник",
        "Продам велосипед",
        "Яма у школы",
        "Колесо пробил на Садовой",
    ]
    examples = [Example(lemmatise(text), text, NEEDS_RESPONSE) for text in texts]
    examples[4] = Example(examples[4].lemmas, examples[4].text, NEEDS_RESPONSE, group="incident 9")
    examples[5] = Example(examples[5].lemmas, examples[5].text, NEEDS_RESPONSE, group="incident 9")
    groups = near_duplicate_groups(examples).tolist()
    assert groups[0] == groups[1]
    assert groups[4] == groups[5]
    assert len({groups[0], groups[2], groups[3], groups[4]}) == 4


def test_predict_many_agrees_with_predict(model, posts):
    docs = [(e.lemmas, e.text) for e in posts[180:200]]
    assert model.predict_many(docs) == [model.predict(*doc) for doc in docs]
    assert model.predict_many([]) == []


def test_the_model_judges_awkward_inputs(model):
    empty = model.predict([], "")
    assert (empty.negativity, empty.needs_response, empty.label) == (0.0, False, OFF_TOPIC)
    assert model.predict([], "  \n").negativity == 0.0
    sentence = "Опять нет воды в доме на Садовой, сколько можно терпеть? "
    huge = model.predict(lemmatise(sentence) * 1800, sentence * 1800)
    assert huge.needs_response
    for lemmas, text in [
        (["🎉", "🎉", "🎉"], "🎉🎉🎉"),
        (["😡"], "😡"),
        (["the", "water", "be", "off"], "The water is off"),
        (["https", "example.com"], "https://example.com/x?y=1"),
    ]:
        prediction = model.predict(lemmas, text)
        assert 0 <= prediction.negativity <= 1
        assert prediction.label in LABELS
        assert prediction.needs_response == (prediction.label == NEEDS_RESPONSE)
    assert not model.predict(["🎉", "🎉", "🎉"], "🎉🎉🎉").needs_response


def test_classifier_for_falls_back_to_the_lexicon(model):
    assert classifier_for(None) is default_lexicon()
    assert classifier_for(model) is model
    assert classifier_for(None).version == default_lexicon().version
