"""Territory routing: names in any case form, derived words, the NER fallback."""

import pytest

from monitoring.text import Gazetteer, TextPipeline

TERRITORIES = [
    (1, "Городской округ Заречье"),
    (2, "Городской округ Ключевск"),
    (3, "Тихореченский муниципальный район"),
    (4, "Сосновский муниципальный район"),
    (5, "Луговской муниципальный район"),
    (6, "Красноборский муниципальный район"),
    (7, "с. Ольховка"),
    (8, "Михайловский муниципальный округ"),
    (9, "Белоключинский муниципальный район"),
    (9, "Белые Ключи"),  # an alias: the district's centre
    (10, "Боровлянский муниципальный район"),
]


class Spy:
    """A stand-in for NER: records the texts it reads, answers with fixed spans."""

    def __init__(self, *places: str):
        self.places = places
        self.texts: list[str] = []

    def __call__(self, text):
        self.texts.append(text)
        return [(text.find(p), text.find(p) + len(p)) for p in self.places if p in text]


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer(TERRITORIES)


def routed(gazetteer, text, ner=None):
    analysis = TextPipeline(gazetteer, use_ner=ner is not None, ner=ner).analyse(text)
    return {(m.territory_id, text[m.start : m.stop], m.how) for m in analysis.territories}


@pytest.mark.parametrize(
    ("text", "territory", "span"),
    [
        ("В Заречье третий день нет воды", 1, "Заречье"),
        ("Пишут из Заречья", 1, "Заречья"),
        ("Над Заречьем дым", 1, "Заречьем"),
        ("Жители г. Заречье жалуются", 1, "г. Заречье"),
        ("городской округ Заречье: новости", 1, "городской округ Заречье"),
        ("В ЗАРЕЧЬЕ ОПЯТЬ", 1, "ЗАРЕЧЬЕ"),
        ("в заречье", 1, "заречье"),
        ("в Ключевске", 2, "Ключевске"),
        ("Жители Тихореченского района", 3, "Тихореченского района"),
        ("Тихореченский муниципальный район", 3, "Тихореченский муниципальный район"),
        ("в Тихореченском р-не", 3, "Тихореченском р-не"),
        ("ул. Садовая, с. Ольховка", 7, "с. Ольховка"),
        ("из Ольховки", 7, "Ольховки"),
        ("в Белых Ключах", 9, "Белых Ключах"),  # a two-word name in a case form
        ("белоключинская школа", 9, "белоключинская"),
        ("#ЖКХ_Заречье", 1, "Заречье"),
    ],
)
def test_names_route_in_any_case_form(gazetteer, text, territory, span):
    assert routed(gazetteer, text) == {(territory, span, "name")}


@pytest.mark.parametrize(
    ("text", "territory", "span"),
    [
        ("заречинские дороги", 1, "заречинские"),
        ("Зареченская больница", 1, "Зареченская"),
        ("в Тихоречье", 3, "Тихоречье"),  # the district's centre, not in the list
        ("в Сосновке прорвало трубу", 4, "Сосновке"),
        ("ольховский фельдшер", 7, "ольховский"),
        ("Михайловка без света", 8, "Михайловка"),
        ("ключевские дворы", 2, "ключевские"),
    ],
)
def test_derived_words_route(gazetteer, text, territory, span):
    assert routed(gazetteer, text) == {(territory, span, "derived")}


@pytest.mark.parametrize(
    "text",
    [
        "В Ивановке третий день нет воды",  # a place not in the list
        "Заречная улица",  # an ordinary adjective
        "береговая линия и луговые травы",
        "глава Михайлов и депутат Михайлова",  # surnames, not Михайловка
        "ремонт дорог",
        "",
    ],
)
def test_other_words_route_nowhere(gazetteer, text):
    assert routed(gazetteer, text) == set()


def test_every_territory_in_a_post_is_found_in_order(gazetteer):
    analysis = TextPipeline(gazetteer, use_ner=False).analyse(
        "Из Заречья в Ключевск и дальше в Сосновку"
    )
    assert [m.territory_id for m in analysis.territories] == [1, 2, 4]
    assert analysis.territory_ids == {1, 2, 4}


def test_a_name_shared_by_two_territories_routes_to_both():
    gazetteer = Gazetteer([(1, "с. Заречье"), (2, "д. Заречье")])
    assert TextPipeline(gazetteer).analyse("в Заречье").territory_ids == {1, 2}


def test_spans_point_into_the_original_text(gazetteer):
    text = "😡😡 Ｖ ﬁ и\u0306 в Тихореченском р-не"
    (match,) = TextPipeline(gazetteer).analyse(text).territories
    assert text[match.start : match.stop] == "Тихореченском р-не"


def test_ner_runs_only_when_the_gazetteer_finds_nothing(gazetteer):
    spy = Spy("Ивановке")
    pipeline = TextPipeline(gazetteer, ner=spy)
    assert pipeline.analyse("В Заречье и в Ивановке нет воды").territory_ids == {1}
    assert spy.texts == []
    analysis = pipeline.analyse("В Ивановке нет воды")
    assert analysis.ner_used
    assert analysis.territory_ids == frozenset()  # NER found it, but it is not ours
    assert spy.texts == ["В Ивановке нет воды"]


def test_ner_runs_only_on_a_place_cue(gazetteer):
    spy = Spy()
    pipeline = TextPipeline(gazetteer, ner=spy)
    no_cue = ["нет воды третий день", "Иван, воды нет", "Куда смотрит администрация? Репост!"]
    for text in no_cue:
        assert not pipeline.analyse(text).ner_used
    assert spy.texts == []
    cue = [
        "Ивановка без воды",  # most probably a place name
        "в Луговом нет воды",  # after «в»
        "с. Луговое без света",  # after a place type
        "жители Боровлян ждут",  # unknown to the dictionary, inside a sentence
    ]
    for text in cue:
        assert pipeline.analyse(text).ner_used
    assert spy.texts == cue


def test_ner_can_be_turned_off(gazetteer):
    spy = Spy("Луговом")
    analysis = TextPipeline(gazetteer, use_ner=False, ner=spy).analyse("в Луговом темно")
    assert (analysis.territory_ids, analysis.ner_used, spy.texts) == (frozenset(), False, [])


@pytest.mark.parametrize(
    ("text", "place", "territory"),
    [
        ("у нас в Луговом темно", "Луговом", 5),  # an ordinary adjective as a name
        ("в Красном Бору прорыв", "Красном Бору", 6),  # two words → красноборский
        ("в Боровлянах", "Боровлянах", 10),  # a word the dictionary does not know
    ],
)
def test_places_ner_marks_are_matched_by_stem(gazetteer, text, place, territory):
    assert routed(gazetteer, text, ner=Spy(place)) == {(territory, place, "ner")}


def test_without_territories_nothing_is_routed():
    spy = Spy("Ивановке")
    analysis = TextPipeline(Gazetteer([]), ner=spy).analyse("в Ивановке")
    assert (analysis.territory_ids, spy.texts) == (frozenset(), [])
