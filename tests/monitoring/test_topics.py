"""Watch topics: keywords and phrases in any inflection, exclusions, territory
scope, and the messages that refuse bad keywords."""

import pytest

from monitoring.text import Gazetteer, TextPipeline
from monitoring.topics import (
    MAX_PHRASE_WORDS,
    TopicMatcher,
    TopicRule,
    keyword_variants,
    lemmatise_keyword,
    validate_keywords,
)

HEATING, WATER, ROADS, UTILITIES = 1, 2, 3, 4


@pytest.fixture(scope="module")
def pipeline():
    gazetteer = Gazetteer([(10, "Городской округ Заречье"), (20, "Сосновский район")])
    return TextPipeline(gazetteer, use_ner=False)


@pytest.fixture(scope="module")
def matcher():
    return TopicMatcher(
        [
            TopicRule.from_strings(HEATING, ["отопление", "батареи холодные"], ["учения"]),
            TopicRule.from_strings(WATER, ["нет воды", "отключение воды"], ["план отключения"]),
            TopicRule.from_strings(ROADS, ["яма", "дорога"], territory_ids=[20], weight=2.5),
            TopicRule.from_strings(UTILITIES, ["ЖКХ", "управляющая компания"]),
        ]
    )


def topics(pipeline, matcher, text):
    return [m.topic_id for m in matcher.match(pipeline.analyse(text))]


@pytest.mark.parametrize(
    ("keyword", "lemmas"),
    [
        ("Отопления", ("отопление",)),
        ("  нет   горячей воды ", ("нет", "горячий", "вода")),
        ("ЖKХ", ("жкх",)),  # Latin K
        ("#Отопление", ("отопление",)),
        ("сталь", ("сталь",)),  # a dictionary form is taken as typed («стали» → «стать»)
        ("ёлки", ("елка",)),
        ("🔥 112", ()),
        ("", ()),
    ],
)
def test_lemmatise_keyword(keyword, lemmas):
    assert lemmatise_keyword(keyword) == lemmas


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Третий день без отопления", [HEATING]),
        ("Отопление дали?", [HEATING]),
        ("Когда включат отопление в Заречье", [HEATING]),
        ("У нас батареи опять холодные", [HEATING]),  # a phrase with a word between
        ("холодная батарея в детской", [HEATING]),  # in another order and form
        ("В Заречье нет воды", [WATER]),
        ("Воды нет с утра", [WATER]),
        ("нет горячей воды", [WATER]),
        ("Отключения воды не было", [WATER]),
        ("ЖKХ опять молчит", [UTILITIES]),  # Latin K matches «ЖКХ»
        ("#ЖКХ_Заречье", [UTILITIES]),
        ("управляющей компании всё равно", [UTILITIES]),
        ("Без отопления и без воды, нет воды!", [HEATING, WATER]),
        ("Погода хорошая", []),
        ("", []),
        ("🔥🔥🔥", []),
    ],
)
def test_keywords_and_phrases_match_in_any_inflection(pipeline, matcher, text, expected):
    assert topics(pipeline, matcher, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Нет, это не про воду",  # «нет» and «вода» too far apart
        "вода есть, а света нет",
        "управляющий компании",  # different lemmas («управляющий» is a noun here)
    ],
)
def test_phrase_words_far_apart_or_missing_do_not_match(pipeline, matcher, text):
    assert WATER not in topics(pipeline, matcher, text)


def test_exclusions_veto_the_topic(pipeline, matcher):
    assert topics(pipeline, matcher, "Плановые учения: без отопления до обеда") == []
    assert topics(pipeline, matcher, "План отключения воды на неделю: нет воды") == []
    # the phrase exclusion needs its words together
    assert topics(pipeline, matcher, "План такой: нет воды, и отключения не объявляли") == [WATER]


def test_territory_scope(pipeline, matcher):
    assert topics(pipeline, matcher, "В Сосновке яма на дороге") == [ROADS]
    assert topics(pipeline, matcher, "сосновские дороги разбиты") == [ROADS]
    assert topics(pipeline, matcher, "В Заречье яма на дороге") == []
    assert topics(pipeline, matcher, "Яма на дороге") == []  # routed nowhere


def test_a_match_lists_its_terms_and_their_words(pipeline, matcher):
    text = "В Сосновке ямы, ямы и разбитая дорога"
    (match,) = matcher.match(pipeline.analyse(text))
    assert (match.topic_id, match.weight, match.terms) == (ROADS, 2.5, ("яма", "дорога"))
    assert [text[a:b] for a, b in match.spans] == ["ямы", "ямы", "дорога"]


def test_phrase_spans_cover_its_words(pipeline, matcher):
    text = "Батареи опять холодные"
    (match,) = matcher.match(pipeline.analyse(text))
    assert match.terms == ("батареи холодные",)
    assert [text[a:b] for a, b in match.spans] == ["Батареи", "холодные"]


@pytest.mark.parametrize(
    ("keyword", "variants"),
    [
        ("отопления", [("отопление",)]),
        ("ямы", [("ям",), ("яма",)]),
        ("батареи холодные", [("батарея", "холодное"), ("батарея", "холодный")]),
        ("холодный", [("холодный",)]),
    ],
)
def test_keyword_variants(keyword, variants):
    assert list(keyword_variants(keyword)) == variants


def test_rule_from_strings_drops_empty_and_repeated_keywords():
    rule = TopicRule.from_strings(1, ["отопление", "Отопления", "", "🔥", None, "ЖКХ"], ["  "])
    assert rule.keywords == (("отопление",), ("жкх",))
    assert rule.labels == ("отопление", "ЖКХ")
    assert rule.exclusions == ()
    assert rule.territory_ids is None


def test_a_rule_built_from_lemmas_reports_them():
    matcher = TopicMatcher([TopicRule(7, keywords=(("нет", "вода"),))])
    (match,) = matcher.match(TextPipeline().analyse("воды нет"))
    assert match.terms == ("нет вода",)


def test_an_over_broad_rule_still_matches_without_failing(pipeline):
    # validation refuses it; a rule stored before that check must not break matching
    matcher = TopicMatcher([TopicRule.from_strings(1, ["в", "город"]), TopicRule(2, ())])
    assert topics(pipeline, matcher, "в городе") == [1]
    assert topics(pipeline, matcher, "") == []


def test_many_topics_match_independently(pipeline):
    words = [f"кот{chr(0x430 + i // 10)}{chr(0x430 + i % 10)}" for i in range(100)]
    matcher = TopicMatcher(TopicRule.from_strings(i, [w, "отопление"]) for i, w in enumerate(words))
    assert topics(pipeline, matcher, "нет отопления") == list(range(100))
    assert topics(pipeline, matcher, f"{words[42]} и {words[7]}") == [7, 42]


# Validation


def test_valid_keywords_give_no_messages():
    assert validate_keywords(["отопление", "нет горячей воды", "ЖКХ"], ["учения"]) == {}


def test_no_keywords():
    assert validate_keywords([]) == {"keywords": ["Нужно хотя бы одно ключевое слово."]}


def test_empty_keywords_and_exclusions():
    assert validate_keywords(["отопление", "", "  ", None], [""]) == {
        "keywords": ["Ключевое слово пустое."] * 3,
        "exclusions": ["Исключение пустое."],
    }


def test_keywords_without_words():
    assert validate_keywords(["🔥🔥", "112"]) == {
        "keywords": [
            "В «🔥🔥» нет ни одного слова: числа, знаки и эмодзи не ищутся.",
            "В «112» нет ни одного слова: числа, знаки и эмодзи не ищутся.",
        ]
    }


def test_duplicates_after_lemmatisation():
    keywords = ["отопление", "отопления", "Отопление", "ЖКХ", "ЖKХ", "яма", "ямы"]
    assert validate_keywords(keywords) == {
        "keywords": [
            "Повторяется: «отопления» — то же, что «отопление».",
            "Повторяется: «Отопление».",
            "Повторяется: «ЖKХ» — то же, что «ЖКХ».",
            "Повторяется: «ямы» — то же, что «яма».",
        ]
    }


def test_over_broad_words_and_phrases():
    assert validate_keywords(
        ["город", "Жители", "в", "наш", "в нашем городе", "город Заречье"]
    ) == {
        "keywords": [
            "Слишком общее слово: «город» — такая тема поймает почти всё.",
            "Слишком общее слово: «Жители» — такая тема поймает почти всё.",
            "Слишком общее слово: «в» — такая тема поймает почти всё.",
            "Слишком общее слово: «наш» — такая тема поймает почти всё.",
            "Во фразе «в нашем городе» нет значимых слов — такая тема поймает почти всё.",
        ]
    }


def test_over_broad_and_conflicting_exclusions():
    assert validate_keywords(["отопление"], ["сегодня", "Отопления", "учения"]) == {
        "exclusions": [
            "Слишком общее слово: «сегодня» — такое исключение отбросит почти всё.",
            "«Отопления» есть и среди ключевых слов, и среди исключений: "
            "по нему тема ничего не поймает.",
        ]
    }


def test_too_long_phrase():
    phrase = " ".join(["очень"] * MAX_PHRASE_WORDS + ["холодно"])
    assert validate_keywords([phrase]) == {
        "keywords": [f"Фраза «{phrase}» длиннее 6 слов: разбейте её на фразы короче."]
    }
