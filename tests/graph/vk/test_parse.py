"""Pure parsing of VK objects: mention forms, repost chains, account states."""

from __future__ import annotations

from graph.ingest.vk import parse
from graph.ingest.vk.parse import Mention
from tests.graph.vk.fakevk import fixture


def test_every_mention_form():
    text = (
        "Спасибо [club200300002|Кофейни Твери], [id700100002|Игорю] и [public7|паблику], "
        "[event9|фестиваль], [id5:bp-1_2|ответ]. Фото от @lesk_travel. Подборка: "
        "https://vk.com/coffee_tver, www.vk.ru/Tver_Today, m.vk.com/id42; vk.com/club8! "
        "Почта a@b.ru, запись vk.com/wall-1_2, раздел vk.com/feed, @id77, повтор @lesk_travel"
    )
    assert parse.mentions_in_text(text) == [
        Mention(external_id="-200300002"),
        Mention(external_id="700100002"),
        Mention(external_id="-7"),
        Mention(external_id="-9"),
        Mention(external_id="5"),
        Mention(screen_name="lesk_travel"),
        Mention(screen_name="coffee_tver"),
        Mention(screen_name="tver_today"),
        Mention(external_id="42"),
        Mention(external_id="-8"),
        Mention(external_id="77"),
    ]


def test_trailing_punctuation_is_not_part_of_a_name():
    for text in (
        "@lesk_travel.",
        "@lesk_travel...",
        "(@lesk_travel)",
        "@lesk_travel!,",
        "vk.com/lesk_travel.",
    ):
        assert parse.mentions_in_text(text) == [Mention(screen_name="lesk_travel")], text


def test_copy_history_chain_gives_an_edge_to_the_original_and_keeps_the_intermediate():
    post = fixture("wall.getById")["response"]["items"][0]  # Anna reposts Igor's repost
    events = parse.repost_events(post)
    assert [
        (
            e.key,
            e.source_external_id,
            e.target_external_id,
            e.via_external_id,
            e.post_external_id,
            e.own_post_external_id,
        )
        for e in events
    ] == [
        ("vk:api:r:700100001_511", "700100001", "-200300001", "700100002", "4410", "511"),
        ("vk:api:r:700100002_388", "700100002", "-200300001", "", "4410", "388"),
    ]
    assert parse.repost_events({**post, "copy_history": []}) == []


def test_mention_by_a_visitor_and_self_mentions():
    post = fixture("wall.get")["response"]["items"][3]  # Maria writes on Anna's wall
    event = parse.mention_event(post, "-200300001")
    assert event is not None and event.source_external_id == "700100003"
    assert parse.mention_event(post, "700100003") is None


def test_account_states_from_profiles():
    users = {u["id"]: parse.user_info(u) for u in fixture("users.get")["response"]}
    assert [users[i].state for i in sorted(users)] == [
        "active",
        "active",
        "private",
        "deleted",
        "banned",
    ]
    assert users[700100003].screen_name == ""  # "id700100003" is no screen name
    groups = [parse.group_info(g) for g in fixture("groups.getById")["response"]["groups"]]
    assert [(g.external_id, g.state, g.followers) for g in groups] == [
        ("-200300001", "active", 84500),
        ("-200300002", "active", 9120),
        ("-200300003", "closed", 412),
    ]
