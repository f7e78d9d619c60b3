"""Cleaning and markup: what ``normalise`` keeps, removes and lists."""

import pytest

from monitoring.text import MAX_CHARS, normalise


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("ЖKХ", "ЖКХ"),  # Latin K in a Cyrillic word
        ("Жалоба в ЖKX", "Жалоба в ЖКХ"),  # Latin K and X
        ("mосква", "москва"),
        ("VK и WiFi", "VK и WiFi"),  # Latin words stay Latin
        ("Vоdоkanal", "Vodokanal"),  # Cyrillic о in a Latin word
        ("Wi-Fi в школе", "Wi-Fi в школе"),
    ],
)
def test_look_alike_letters_take_the_script_of_the_word(raw, text):
    assert normalise(raw).text == text


def test_look_alike_fix_makes_the_word_all_cyrillic():
    assert normalise("ЖKХ").text.encode() == "ЖКХ".encode()


def test_links_and_addresses_are_removed_and_listed():
    n = normalise(
        "Пишите на https://vk.com/wall-1_2?x=1, www.zarechye.ru/news и госуслуги.рф, "
        "vk.com/zarechye или mail@zarechye.ru."
    )
    assert n.links == (
        "https://vk.com/wall-1_2?x=1",
        "www.zarechye.ru/news",
        "госуслуги.рф",
        "vk.com/zarechye",
        "mail@zarechye.ru",
    )
    assert n.text == "Пишите на, и, или."


def test_abbreviations_with_dots_are_not_links():
    n = normalise("г.Заречье, ул.Ленина, д.5, т.д.")
    assert n.links == ()
    assert n.text == "г.Заречье, ул.Ленина, д.5, т.д."


@pytest.mark.parametrize(
    ("raw", "hashtag", "text"),
    [
        ("#ОтоплениеЗаречье", "отопление заречье", "Отопление Заречье"),
        ("#отопление_заречье", "отопление заречье", "отопление заречье"),
        ("#ЖКХ_Заречье", "жкх заречье", "ЖКХ Заречье"),
        ("#ЖKХ", "жкх", "ЖКХ"),
    ],
)
def test_hashtags_keep_their_words(raw, hashtag, text):
    n = normalise(f"Холодно {raw}!")
    assert n.hashtags == (hashtag,)
    assert n.text == f"Холодно {text}!"


def test_a_number_after_a_hash_is_not_a_hashtag():
    assert normalise("дом #5").hashtags == ()


def test_vk_markup_keeps_the_display_name_and_handles_are_removed():
    n = normalise("[id123|Иван Петров], спросите @zarechye_adm и [club45|Администрацию]")
    assert n.text == "Иван Петров, спросите и Администрацию"
    assert n.mentions == ("Иван Петров", "@zarechye_adm", "Администрацию")


def test_emoji_are_removed_and_counted():
    # a ZWJ family, a flag and a thumbs-up with a skin tone count as one each
    n = normalise("Опять 🔥🔥 👨‍👩‍👧 🇷🇺 👍🏻 ❤️ свет дали")
    assert n.emoji_count == 6
    assert n.text == "Опять свет дали"


def test_only_emoji_leaves_no_text():
    n = normalise("😡😡😡 🤬")
    assert (n.text, n.emoji_count) == ("", 4)


def test_yo_becomes_ye():
    assert normalise("Ёлки, всё зелёное").text == "Елки, все зеленое"


def test_invisible_characters_are_dropped_and_control_characters_are_spaces():
    raw = "ото\u00adпле\u200dние\u200b \ufeffвода\x00\x07св\u200eет"
    assert normalise(raw).text == "отопление вода свет"


def test_compatibility_forms_are_folded():
    # fullwidth Latin, a decomposed «й», a ligature
    assert normalise("ＶＫ, и\u0306од, ﬁle").text == "VK, йод, file"


@pytest.mark.parametrize("raw", [None, "", "   \n\t ", 42])
def test_nothing_reads_as_an_empty_text(raw):
    n = normalise(raw)
    assert (n.text, n.links, n.hashtags, n.emoji_count, n.truncated) == ("", (), (), 0, False)


def test_a_huge_text_is_cut():
    n = normalise("вода " * 20_000)  # 100 KB
    assert n.truncated
    assert len(n.text) <= MAX_CHARS
    assert n.text.startswith("вода вода")
