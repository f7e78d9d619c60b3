"""``manage.py vk_sync`` end to end against the fake VK given by VK_API_BASE_URL:
accounts, posts, reposts and mentions land in the ledger and appear in the graph."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from crm.models import SocialAccount
from graph.backends.sql import SqlBackend
from graph.models import Mention, Post, Repost
from graph.tasks import vk_sync_account_task, vk_sync_tracked_task
from tests.factories import BloggerFactory
from tests.graph.vk.test_sync import ANNA, COFFEE, IGOR, NEWS

pytestmark = pytest.mark.django_db


@pytest.fixture
def e2e(vk_settings):
    """Real clock: the fixtures' 2024 posts are inside a long enough history window."""
    vk_settings.VK_SEARCH_HISTORY_DAYS = 1500.0
    vk_settings.VK_SEARCH_WINDOW_HOURS = 24.0 * 2000
    vk_settings.GRAPH_BACKEND = "sql"
    return vk_settings


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("vk_sync", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def pairs(edges, by_pk) -> set[tuple[str, str]]:
    return {(by_pk[e.source], by_pk[e.target]) for e in edges}


def test_vk_sync_all_end_to_end_into_the_sql_graph(e2e, fake_vk):
    blogger = BloggerFactory()
    # The officer pasted Anna's link: only her screen name is known until the first sync.
    SocialAccount.objects.create(platform="vk", screen_name="anna_svetlova_tver", blogger=blogger)
    e2e.VK_OFFICIAL_PAGES = ["https://vk.com/tver_today_news"]

    out, err = run("--all")

    assert "2/2" in err and "#" in err  # the progress bar reached the end
    anna = SocialAccount.objects.get(platform="vk", screen_name="anna_svetlova_tver")
    assert (anna.external_id, anna.blogger) == (ANNA, blogger)
    assert "2 accounts" in out and "0 errors" in out
    assert Post.objects.filter(account=anna).count() == 4
    assert Repost.objects.count() == 4 and Mention.objects.count() == 6
    assert f"{Repost.objects.count()} new reposts" in out
    news = SocialAccount.objects.get(external_id=NEWS)
    assert news.display_name == "Тверь Сегодня | Новости города" and news.blogger is None

    backend = SqlBackend()
    by_pk = dict(SocialAccount.objects.values_list("pk", "external_id"))
    graph = pairs(backend.edges_among(list(by_pk)), by_pk)
    assert {(IGOR, ANNA), (COFFEE, ANNA), (ANNA, NEWS), (ANNA, COFFEE), (NEWS, ANNA)} <= graph

    # idempotent: a second run adds nothing
    out, _ = run("--all")
    assert "0 new reposts, 0 new mentions, 0 new accounts" in out


def test_vk_sync_account_by_link_and_id(e2e, fake_vk):
    out, _ = run("--account", "https://vk.com/anna_svetlova_tver", "--account", "-200300003")
    assert "2 accounts" in out
    assert "skipped" in out and "закрытое сообщество" in out
    assert SocialAccount.objects.get(external_id="-200300003").vk_sync.status == "closed"
    assert Post.objects.filter(account__external_id=ANNA).count() == 4


def test_vk_sync_reports_a_bad_token_and_a_missing_configuration(e2e, fake_vk):
    from tests.graph.vk.fakevk import error

    SocialAccount.objects.create(platform="vk", external_id=ANNA, blogger=BloggerFactory())
    fake_vk.fail("users.get", error(5))
    with pytest.raises(CommandError, match="недействителен"):
        run("--all")
    e2e.VK_TOKENS = []
    with pytest.raises(CommandError, match="VK_TOKENS"):
        run("--all")
    with pytest.raises(CommandError, match="--all"):
        run()


def test_tasks_sync_one_account_and_all_tracked(e2e, fake_vk):
    account = SocialAccount.objects.create(
        platform="vk", external_id=ANNA, blogger=BloggerFactory()
    )
    result = vk_sync_account_task(account.pk)
    assert result["posts"] > 0 and result["errors"] == []
    tracked = vk_sync_tracked_task()
    assert tracked["accounts"] == 1 and tracked["reposts"] == 0
    assert tracked["projection"] == {"backend": "sql", "projected": False}
    e2e.VK_TOKENS = []
    assert vk_sync_tracked_task() == {"skipped": "VK_TOKENS is not set"}


def test_vk_sync_end_to_end_into_neo4j(e2e, fake_vk, neo4j_backend, monkeypatch):
    """The same run with the neo4j backend: the command projects into a real Neo4j."""
    import graph.services

    monkeypatch.setattr(graph.services, "get_backend", lambda name=None: neo4j_backend)
    SocialAccount.objects.create(platform="vk", external_id=ANNA, blogger=BloggerFactory())
    out, _ = run("--all")
    assert "Graph projected" in out
    counts = neo4j_backend.counts()
    assert (counts.repost_events, counts.mention_events) == (4, 6)
    by_pk = dict(SocialAccount.objects.values_list("pk", "external_id"))
    graph = pairs(neo4j_backend.edges_among(list(by_pk)), by_pk)
    assert graph == pairs(SqlBackend().edges_among(list(by_pk)), by_pk)
    assert (IGOR, ANNA) in graph and (NEWS, ANNA) in graph


def test_vk_sync_reports_comments_and_queues_the_signal_scan(e2e, fake_vk):
    from graph.signals import posts_stored
    from tests.graph.vk.fakevk import make_comment

    e2e.VK_COMMENTS_DAYS = 5000.0  # the fixtures' posts are from 2024
    fake_vk.comments[(int(ANNA), 512)] = [make_comment(9001, int(IGOR), 1721990000, "Когда?")]
    SocialAccount.objects.create(platform="vk", external_id=ANNA, blogger=BloggerFactory())
    received = []

    def receiver(sender, **kwargs):
        received.append(sender)

    posts_stored.connect(receiver)
    try:
        out, _ = run("--all", "--no-project")
    finally:
        posts_stored.disconnect(receiver)
    assert "1 comments" in out
    assert len(received) == 1
    assert Post.objects.get(external_id=f"{ANNA}_9001").parent.external_id == "512"
