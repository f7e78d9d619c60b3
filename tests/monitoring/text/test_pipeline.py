"""The whole pipeline: words and lemmas, what it says about odd posts, and that it
runs with no network at all."""

import socket

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitoring.text import MAX_CHARS, Gazetteer, TextPipeline, morph_analyzer, word_info
from monitoring.text.places import _natasha_ner


@pytest.fixture(scope="module")
def pipeline():
    return TextPipeline(Gazetteer([(1, "Городской округ Заречье")]), use_ner=False)


def test_words_and_lemmas_in_order(pipeline):
    a = pipeline.analyse("В Заречье 3-й день НЕТ горячей воды!!! Отключили в 10:30.")
    assert a.words == ("в", "заречье", "3-й", "день", "нет", "горячей", "воды", "отключили", "в")
    assert a.lemmas == ("в", "заречье", "3-й", "день", "нет", "горячий", "вода", "отключить", "в")
    assert {"вода", "отключить", "горячий"} <= a.lemma_set
    assert a.territory_ids == {1}
    assert (a.language, a.is_empty, a.truncated) == ("ru", False, False)


def test_lemma_options_hold_every_parse(pipeline):
    a = pipeline.analyse("ямы")
    assert a.lemma_options == ({"ям", "яма"},)
    assert a.lemma_set == {"ям", "яма"}


def test_spans_point_into_the_original_text(pipeline):
    text = "😡 #ОтоплениеЗаречье: ото\u00adпление, и\u0306од, ЖKХ https://vk.com/x ＶＫ"
    a = pipeline.analyse(text)
    assert a.words == ("отопление", "заречье", "отопление", "йод", "жкх", "vk")
    assert [text[start:stop] for start, stop in a.spans] == [
        "Отопление",
        "Заречье",
        "ото\u00adпление",
        "и\u0306од",
        "ЖKХ",
        "ＶＫ",
    ]


def test_markup_is_reported(pipeline):
    a = pipeline.analyse("[id1|Иван] 🔥🔥 #ЖКХ_Заречье vk.com/zarechye")
    assert a.hashtags == ("жкх заречье",)
    assert a.links == ("vk.com/zarechye",)
    assert a.mentions == ("Иван",)
    assert a.emoji_count == 2
    assert a.text == "Иван ЖКХ Заречье"


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "   ",
        "🔥😡👍🏻",
        "https://vk.com/wall-1_2 🔥",
        "12:30 +7 (999) 123-45-67",
        "!!! ... ???",
    ],
)
def test_posts_without_words_are_empty(pipeline, text):
    a = pipeline.analyse(text)
    assert a.is_empty
    assert (a.words, a.lemmas, a.territories, a.language) == ((), (), (), "")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Привет, world! ЖKХ и WiFi не работают", "ru"),
        ("Hello, world! Привет", "other"),
        ("Всем привет 你好", "ru"),
        ("你好世界你好世界 привет", "other"),
    ],
)
def test_mixed_scripts(pipeline, text, language):
    assert pipeline.analyse(text).language == language


def test_a_100_kb_post_is_read_up_to_the_cap(pipeline):
    text = "В Заречье нет воды. " * 5_000  # 100 KB
    a = pipeline.analyse(text)
    assert a.truncated
    assert max(stop for _, stop in a.spans) <= MAX_CHARS
    assert len(a.words) == MAX_CHARS // len("В Заречье нет воды. ") * 4
    assert a.territory_ids == {1}


@pytest.mark.parametrize(
    "text",
    [
        "а" * 100_000,  # one 100 KB "word"
        "🔥" * 100_000,
        "\x00\x01\x02" * 10_000,
        "#" * 50_000 + "@" * 50_000,
        "[id1|" * 20_000,
        "З\u0301" * 30_000,  # combining accents
        "в Заречье \U00017000\U00017001 \ue000и",  # letters without a Unicode name here
    ],
)
def test_pathological_posts_give_an_analysis(pipeline, text):
    a = pipeline.analyse(text)
    assert a.truncated == (len(text) > MAX_CHARS)
    assert all(stop <= MAX_CHARS for _, stop in a.spans)


# Letters of both scripts, look-alikes, marks, invisible and control characters,
# emoji parts, markup characters and half a surrogate pair.
AWKWARD = st.sampled_from(
    [
        *"аеёжйкхюяАЁЖКХЯakxyzKXABC0 .,!?#@[]|_-:/\n\t",
        *("\u0301", "\u0306", "\u00ad", "\u200b", "\u200d", "\ufe0f", "\x00", "\ud800"),
        *("🔥", "👍🏻", "🇷🇺", "ﬁ", "Ｖ", "①", "[id1|", "http://", "Заречье", "в Луговом"),
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(AWKWARD, st.characters()), max_size=120).map("".join))
def test_any_text_gives_an_analysis_with_spans_inside_it(text):
    # NER marks the whole text as a place: the loosest matching gets exercised too
    pipeline = TextPipeline(
        Gazetteer([(1, "Заречье"), (5, "Луговской район")]), ner=lambda t: [(0, len(t))]
    )
    a = pipeline.analyse(text)
    assert len(a.words) == len(a.lemmas) == len(a.spans) == len(a.lemma_options)
    for start, stop in [*a.spans, *((m.start, m.stop) for m in a.territories)]:
        assert 0 <= start < stop <= len(text)
    assert a.is_empty == (a.words == ())


def test_word_info_marks_function_words():
    assert word_info("в").is_function_word
    assert word_info("наш").is_function_word
    assert not word_info("отопление").is_function_word


def test_the_whole_pipeline_runs_without_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    # Load the dictionaries and the NER model afresh, under the block.
    morph_analyzer.cache_clear()
    word_info.cache_clear()
    _natasha_ner.cache_clear()

    pipeline = TextPipeline(Gazetteer([(1, "Городской округ Заречье"), (5, "Луговской район")]))
    a = pipeline.analyse("Жители посёлка Луговое жалуются: в Луговом третий день нет света")
    assert a.ner_used
    assert a.territory_ids == {5}
    assert {(m.how, m.territory_id) for m in a.territories} == {("ner", 5)}
    assert a.lemmas[:3] == ("житель", "поселок", "луговой")
