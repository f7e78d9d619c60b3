import re

import pytest
from django.utils import translation

from crm.social_urls import AccountURLError, parse_account_url

VALID = [
    # (pasted text, platform, kind, external_id, screen_name, canonical url)
    ("https://vk.com/durov", "vk", "", "", "durov", "https://vk.com/durov"),
    ("vk.com/Durov", "vk", "", "", "durov", "https://vk.com/durov"),
    ("http://m.vk.com/durov?from=search", "vk", "", "", "durov", "https://vk.com/durov"),
    ("https://vk.ru/durov#wall", "vk", "", "", "durov", "https://vk.com/durov"),
    ("https://www.vk.com/some.name_1/", "vk", "", "", "some.name_1", "https://vk.com/some.name_1"),
    ("vk.com/id1", "vk", "person", "1", "", "https://vk.com/id1"),
    ("vk.com/club123", "vk", "community", "-123", "", "https://vk.com/club123"),
    ("https://vk.com/public456", "vk", "community", "-456", "", "https://vk.com/public456"),
    ("https://vk.com/event789", "vk", "community", "-789", "", "https://vk.com/event789"),
    (
        "https://t.me/zarechye_news",
        "telegram",
        "channel",
        "",
        "zarechye_news",
        "https://t.me/zarechye_news",
    ),
    (
        "t.me/s/Zarechye_News",
        "telegram",
        "channel",
        "",
        "zarechye_news",
        "https://t.me/zarechye_news",
    ),
    ("https://telegram.me/durov", "telegram", "channel", "", "durov", "https://t.me/durov"),
    ("https://ok.ru/group/54321", "ok", "community", "54321", "", "https://ok.ru/group/54321"),
    ("ok.ru/profile/1234567", "ok", "person", "1234567", "", "https://ok.ru/profile/1234567"),
    ("https://ok.ru/zarechye", "ok", "", "", "zarechye", "https://ok.ru/zarechye"),
    ("https://dzen.ru/zarechye", "dzen", "channel", "", "zarechye", "https://dzen.ru/zarechye"),
    (
        "https://dzen.ru/id/5f3a1b2c3d4e5f6a7b8c9d0e",
        "dzen",
        "channel",
        "5f3a1b2c3d4e5f6a7b8c9d0e",
        "",
        "https://dzen.ru/id/5f3a1b2c3d4e5f6a7b8c9d0e",
    ),
    (
        "https://zen.yandex.ru/zarechye",
        "dzen",
        "channel",
        "",
        "zarechye",
        "https://dzen.ru/zarechye",
    ),
    (
        "https://www.youtube.com/@Zarechye",
        "youtube",
        "channel",
        "",
        "zarechye",
        "https://www.youtube.com/@zarechye",
    ),
    (
        "https://www.youtube.com/@zarechye/videos",
        "youtube",
        "channel",
        "",
        "zarechye",
        "https://www.youtube.com/@zarechye",
    ),
    (
        "https://youtube.com/channel/UC1234567890abcdefghijkl",
        "youtube",
        "channel",
        "UC1234567890abcdefghijkl",
        "",
        "https://www.youtube.com/channel/UC1234567890abcdefghijkl",
    ),
    (
        "https://m.youtube.com/c/ZarechyeTV",
        "youtube",
        "channel",
        "",
        "zarechyetv",
        "https://www.youtube.com/c/zarechyetv",
    ),
    (
        "https://rutube.ru/channel/23456789/",
        "rutube",
        "channel",
        "23456789",
        "",
        "https://rutube.ru/channel/23456789/",
    ),
    (
        "rutube.ru/channel/23456789/videos/",
        "rutube",
        "channel",
        "23456789",
        "",
        "https://rutube.ru/channel/23456789/",
    ),
    (
        "https://rutube.ru/u/zarechye/",
        "rutube",
        "channel",
        "",
        "zarechye",
        "https://rutube.ru/u/zarechye/",
    ),
]


@pytest.mark.parametrize(("text", "platform", "kind", "external_id", "screen_name", "url"), VALID)
def test_valid_links_are_normalised(text, platform, kind, external_id, screen_name, url):
    parsed = parse_account_url(text)
    assert (parsed.platform, parsed.kind, parsed.external_id, parsed.screen_name, parsed.url) == (
        platform,
        kind,
        external_id,
        screen_name,
        url,
    )


@pytest.mark.parametrize(("text", "url"), [(row[0], row[5]) for row in VALID])
def test_canonical_url_parses_to_itself(text, url):
    assert parse_account_url(parse_account_url(text).url) == parse_account_url(text)


MALFORMED = [
    # (pasted text, a fragment the message must contain)
    ("", "Вставьте ссылку"),
    ("   ", "Вставьте ссылку"),
    ("https://example.com/durov", "не поддерживается"),
    ("https://facebook.com/someone", "не поддерживается"),
    ("ftp://vk.com/durov", "http(s)"),
    ("vk.com/ durov", "пробелов"),
    ("https://vk.com/", "нет имени страницы"),
    ("https://vk.com/feed", "раздел сайта"),
    ("https://vk.com/wall-123_456", "ссылка на запись"),
    ("https://vk.com/photo1_2", "ссылка на запись"),
    ("https://vk.com/id0", "неверный номер"),
    ("https://vk.com/9abc", "короткое имя ВКонтакте"),
    ("https://vk.com/name-with-dash", "короткое имя ВКонтакте"),
    ("https://t.me/", "нет имени канала"),
    ("https://t.me/+AbCdEf123", "приглашение"),
    ("https://t.me/joinchat/AbCdEf", "приглашение"),
    ("https://t.me/abc", "имя в Telegram"),
    ("https://t.me/c/12345/67", "служебная ссылка"),
    ("https://ok.ru/", "нет страницы"),
    ("https://ok.ru/group/abc", "числовой идентификатор"),
    ("https://ok.ru/profile/", "числовой идентификатор"),
    ("https://ok.ru/video/123", "раздел"),
    ("https://dzen.ru/", "нет канала"),
    ("https://dzen.ru/a/ZxYz123", "публикацию"),
    ("https://dzen.ru/id/123", "24-значный"),
    ("https://www.youtube.com/", "нет канала"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "видео"),
    ("https://youtu.be/dQw4w9WgXcQ", "видео"),
    ("https://www.youtube.com/channel/XYZ", "UC"),
    ("https://www.youtube.com/@ab", "псевдоним"),
    ("https://www.youtube.com/feed/trending", "не похоже на ссылку на канал YouTube"),
    ("https://rutube.ru/video/abcdef0123/", "видео"),
    ("https://rutube.ru/channel/abc/", "номер канала"),
    ("https://rutube.ru/", "не похоже на ссылку на канал RuTube"),
]


@pytest.mark.parametrize(("text", "fragment"), MALFORMED)
def test_malformed_links_are_rejected_with_what_was_expected(text, fragment):
    with pytest.raises(AccountURLError) as excinfo:
        parse_account_url(text)
    assert fragment in str(excinfo.value)


def test_unsupported_site_message_lists_supported_forms():
    with pytest.raises(AccountURLError) as excinfo:
        parse_account_url("https://instagram.com/someone")
    message = str(excinfo.value)
    for form in ("vk.com/", "t.me/", "ok.ru/", "dzen.ru/", "youtube.com/@", "rutube.ru/channel/"):
        assert form in message


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://vk.com/wall-123_456", ("vk", "-123", "", "456")),
        ("vk.com/club123?w=wall-123_456", ("vk", "-123", "", "456")),
        ("https://m.vk.com/wall77_1?from=feed", ("vk", "77", "", "1")),
        ("https://t.me/Boris_News/77", ("telegram", "", "boris_news", "77")),
        ("https://t.me/s/boris_news/78", ("telegram", "", "boris_news", "78")),
        ("https://dzen.ru/a/some-article", None),
        ("https://vk.com/durov", None),
        ("not a link at all", None),
    ],
)
def test_parse_post_url(url, expected):
    from crm.social_urls import parse_post_url

    parsed = parse_post_url(url)
    if expected is None:
        assert parsed is None
    else:
        assert parsed is not None
        assert (
            parsed.platform,
            parsed.owner_external_id,
            parsed.owner_screen_name,
            parsed.external_id,
        ) == expected


@pytest.mark.parametrize("text", [text for text, _ in MALFORMED] + ["https://instagram.com/x"])
def test_refusals_are_worded_in_english_for_an_english_request(text):
    with translation.override("en"), pytest.raises(AccountURLError) as excinfo:
        parse_account_url(text)
    assert str(excinfo.value)
    assert not re.search("[А-Яа-яЁё]", str(excinfo.value))
