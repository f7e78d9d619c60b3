"""The demo amplification graph (``demo.graph_plan``, ``demo.graph_save``): sizes,
idempotence, determinism, and a graph with the structure the demo is meant to show, read
back through the sql backend."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, timedelta
from io import StringIO

import numpy as np
import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from rest_framework.test import APIClient

from crm.models import Blogger, SocialAccount
from demo import graph_save
from demo.crm_save import seed_demo
from demo.graph_plan import RESIDENTS, plan_demo_graph
from demo.graph_save import demo_blogger_accounts, seed_demo_graph
from demo.vocabulary import REGION_NAME
from graph.backends.base import EdgeParams
from graph.backends.sql import SqlBackend
from graph.models import Mention, Post, Repost

pytestmark = pytest.mark.django_db

TODAY = date(2026, 3, 16)  # a fixed anchor, so the tests do not depend on the day they run
ANCHOR = timezone.make_aware(datetime.combine(TODAY, time.min))
SCALE = 0.2  # ~1,500 accounts and ~20,000 events: the structure, quickly
WRITE_SCALE = 0.1  # idempotence, determinism, transactions: ~10,000 events
WALL_URL = re.compile(r"https://vk\.com/wall(-?\d+)_(\d+)")


class _Rollback(Exception):
    pass


def _ledger_counts() -> dict[str, int]:
    return {
        model.__name__: model.objects.count() for model in (SocialAccount, Post, Repost, Mention)
    }


def _stored_events(model) -> dict[str, tuple[str, str, datetime]]:
    src, dst = ("reposter", "author") if model is Repost else ("source", "target")
    return {
        key: (a, b, at)
        for key, a, b, at in model.objects.values_list(
            "key", f"{src}__external_id", f"{dst}__external_id", "occurred_at"
        )
    }


def _planned_events(plan, kind: str) -> dict[str, tuple[str, str, datetime]]:
    return {
        e.key: (e.source_external_id, e.target_external_id, e.occurred_at)
        for e in plan.events
        if e.kind == kind
    }


@pytest.fixture(scope="class")
def crm(django_db_setup, django_db_blocker):
    """The CRM seed shared by a class, rolled back after it."""
    with django_db_blocker.unblock(), pytest.raises(_Rollback), transaction.atomic():
        yield seed_demo(today=TODAY)
        raise _Rollback


@pytest.fixture(scope="class")
def seeded(crm, django_db_blocker):
    """CRM + a scaled-down graph, shared by read-only tests; returns (tally, plan, pk by id)."""
    with django_db_blocker.unblock(), pytest.raises(_Rollback), transaction.atomic():
        tally = seed_demo_graph(today=TODAY, scale=SCALE)
        plan = plan_demo_graph(today=TODAY, bloggers=demo_blogger_accounts(), scale=SCALE)
        pks = dict(SocialAccount.objects.filter(platform="vk").values_list("external_id", "pk"))
        yield tally, plan, pks
        raise _Rollback


def _edges():
    return SqlBackend().edge_list(EdgeParams(now=ANCHOR))


def test_the_graph_needs_the_crm_seed_first():
    with pytest.raises(RuntimeError, match="run seed_demo first"):
        seed_demo_graph(today=TODAY, scale=SCALE)
    assert set(_ledger_counts().values()) == {0}


def test_command_seeds_the_crm_and_the_full_size_graph():
    """The one full-size run: ~5,000 accounts and ~100,000 events in the window."""
    out = StringIO()
    call_command("seed_demo", stdout=out)

    output = out.getvalue()
    counts = _ledger_counts()
    accounts = SocialAccount.objects.filter(platform="vk").count()
    crm_accounts = SocialAccount.objects.filter(platform="vk").exclude(blogger=None).count()
    assert 4_000 <= accounts <= 6_000
    assert 80_000 <= counts["Repost"] + counts["Mention"] <= 120_000
    assert counts["Repost"] > counts["Mention"] > 10_000
    assert 5_000 <= counts["Post"] <= counts["Repost"]
    # The CRM's VK accounts were reused, not duplicated: the graph adds the rest.
    assert re.search(rf"^Account\s+{accounts - crm_accounts}\s+{crm_accounts}$", output, re.M)
    assert re.search(rf"^Repost\s+{counts['Repost']}\s+0$", output, re.MULTILINE), output
    assert re.search(rf"^Mention\s+{counts['Mention']}\s+0$", output, re.MULTILINE), output
    assert re.search(r"^Post\s+\d+\s+0$", output, re.MULTILINE), output
    assert re.search(r"^Blogger\s+300\s+0$", output, re.MULTILINE), output
    assert Blogger.objects.count() == 300
    assert re.search(r"done in \d+\.\d s", output), output

    anchor = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    for model in (Repost, Mention):
        times = model.objects.values_list("occurred_at", flat=True)
        assert anchor - timedelta(days=90) <= min(times)
        assert max(times) <= timezone.now()
    edges = _edges()
    incoming = np.bincount(edges.dst, weights=edges.weight)
    assert np.sort(incoming)[-5:].sum() / incoming.sum() > 0.15

    # What the residents wrote: the demo's problems are incidents from the first view.
    assert re.search(r"seed_demo_monitoring: 12 watch topics, \d+ posts", output), output
    client = APIClient()
    client.force_login(get_user_model().objects.create_user("incident-reader"))
    incidents = client.get("/api/v1/incidents/", {"page_size": 100}).json()["results"]
    assert 4 <= len(incidents) <= 8, [i["title"] for i in incidents]
    titles = " ".join(i["title"] for i in incidents)
    # A watch topic's problem, and the emerging one no topic covers (the mobile network
    # outage), titled by its first post.
    assert "Экология и свалки" in titles and "связ" in titles
    # A fresh one (at any hour: just after midnight "today" has barely begun).
    day_ago = timezone.now() - timedelta(hours=24)
    assert any(datetime.fromisoformat(i["detected_at"]) >= day_ago for i in incidents)
    assert all(i["severity"] > 0 and i["post_count"] >= 5 for i in incidents)
    posts = client.get("/api/v1/posts/", {"incident": incidents[0]["id"]}).json()
    assert posts["count"] == incidents[0]["post_count"]
    # The officers' work on them: several states, assignees, answers, missed deadlines.
    states = {i["state"] for i in incidents}
    assert "new" in states and len(states) >= 3, states
    assert any(i["assignee"] for i in incidents)
    assert any(i["response_url"] and i["response_text"] for i in incidents)
    assert any(i["first_response_overdue"] or i["resolution_overdue"] for i in incidents)
    assert re.search(r"seed_demo_monitoring: .* incidents \(.*\d+ new", output), output


class TestStructure:
    """What one (scaled-down) seed produces. Read-only: the tests share one database."""

    def test_sizes_follow_the_scale(self, seeded):
        tally, plan, _ = seeded
        residents = sum(a.role in {"resident", "active"} for a in plan.accounts)
        assert round(RESIDENTS * SCALE * 0.95) <= residents <= round(RESIDENTS * SCALE)
        events = tally["Repost"]["created"] + tally["Mention"]["created"]
        assert 0.8 * 100_000 * SCALE <= events <= 1.2 * 100_000 * SCALE
        assert tally["Repost"]["created"] == Repost.objects.count()
        assert tally["Mention"]["created"] == Mention.objects.count()
        assert tally["Post"]["created"] == Post.objects.count() == len(plan.posts)

    def test_accounts(self, crm, seeded):
        crm_tally = crm
        tally, plan, _ = seeded
        crm = demo_blogger_accounts()
        assert len(crm) > 250
        assert tally["Account"] == {"created": len(plan.accounts) - len(crm), "existing": len(crm)}
        # The bloggers' accounts are untouched by the graph seed.
        assert (
            SocialAccount.objects.exclude(blogger=None).count()
            == crm_tally["SocialAccount"]["created"]
        )
        rows = list(SocialAccount.objects.filter(platform="vk", blogger=None))
        assert len(rows) == tally["Account"]["created"]
        for row in rows:
            assert (int(row.external_id) > 0) == (row.kind == "person"), row
            assert row.display_name and row.url.startswith("https://vk.com/")
            assert row.followers and row.followers >= 15
        names = [row.display_name for row in rows]
        for part in ("Подслушано", "Новост", "Дороги", "Школа №", "Храм", "Администрация"):
            assert sum(part in name for name in names) >= 5, part
        assert any(n.startswith("Правительство") for n in names)
        assert sum(bool(row.screen_name) for row in rows) > 0.3 * len(rows)
        followers = sorted(row.followers for row in rows)
        assert followers[len(followers) // 2] < 1_000  # mostly residents' pages…
        assert followers[-1] > 100_000  # …and a few huge publics
        assert any(row.verified for row in rows)

    def test_events_lie_in_the_window(self, seeded):
        for model in (Repost, Mention):
            times = model.objects.values_list("occurred_at", flat=True)
            assert ANCHOR - timedelta(days=90) <= min(times)
            assert max(times) < ANCHOR
            assert set(model.objects.values_list("origin", flat=True)) == {"demo"}

    def test_reposts_reference_their_original_posts(self, seeded):
        reposts = Repost.objects.select_related("original_post")
        assert not reposts.filter(original_post=None).exists()
        assert not reposts.exclude(original_post__account=F("author")).exists()
        assert not reposts.filter(occurred_at__lte=F("original_post__published_at")).exists()
        assert reposts.exclude(via=None).count() > 0.05 * reposts.count()
        assert not reposts.filter(repost_post_external_id="").exists()
        # Cascades: a few posts are reposted by very many accounts.
        per_post = Counter(reposts.values_list("original_post", flat=True))
        assert max(per_post.values()) >= 50

    def test_some_mentions_reference_the_mentioning_post(self, seeded):
        mentions = Mention.objects.all()
        with_post = mentions.exclude(source_post=None)
        assert 0.05 * mentions.count() < with_post.count() < mentions.count()
        assert not with_post.exclude(source_post__account=F("source")).exists()
        for mention in with_post.select_related("source_post", "target")[:200]:
            target = mention.target.external_id.lstrip("-")
            assert f"{target}|" in mention.source_post.text

    def test_posts_look_like_vk_posts(self, seeded):
        posts = Post.objects.select_related("account").annotate(events=Count("repost_events"))
        for post in posts:
            match = WALL_URL.fullmatch(post.url)
            assert match, post.url
            assert match.groups() == (post.account.external_id, post.external_id)
            assert post.text and post.published_at < ANCHOR
            assert post.views >= post.likes >= post.comments >= 0, post
            assert post.reposts >= post.events

    def test_hubs_receive_a_large_share_of_the_amplification(self, seeded):
        _, plan, pks = seeded
        edges = _edges()
        incoming = np.bincount(edges.dst, weights=edges.weight)
        top = np.argsort(incoming)[::-1][:5]
        assert incoming[top].sum() / incoming.sum() > 0.15
        hubs = {pks[e] for e in plan.hubs}
        assert len(hubs & set(top.tolist())) >= 4

    def test_amplification_stays_mostly_inside_a_municipality(self, seeded):
        _, plan, pks = seeded
        place = {pks[a.external_id]: a.place for a in plan.accounts}
        edges = _edges()
        local = [
            (place[s] == place[d], w)
            for s, d, w in zip(edges.src.tolist(), edges.dst.tolist(), edges.weight.tolist())
            if REGION_NAME not in (place[s], place[d])
        ]
        inside = sum(w for same, w in local if same) / sum(w for _, w in local)
        assert inside > 0.7
        assert inside < 0.97  # topic-driven links cross municipal borders
        # Every municipality is a community of its own: most of its amplification is internal.
        totals: dict[str, list[float]] = {}
        for s, d, w in zip(edges.src.tolist(), edges.dst.tolist(), edges.weight.tolist()):
            if REGION_NAME not in (place[s], place[d]):
                row = totals.setdefault(place[s], [0.0, 0.0])
                row[place[s] == place[d]] += w
        assert len(totals) == 20
        assert all(inside > outside for outside, inside in totals.values()), totals

    def test_amplifiers_repost_many_strong_authors(self, seeded):
        _, plan, pks = seeded
        amplifiers = {pks[e] for e in plan.amplifiers}
        authors = Counter()
        for reposter, _ in set(Repost.objects.values_list("reposter", "author")):
            authors[reposter] += 1
        top = [account for account, _ in authors.most_common(10)]
        assert len(set(top) & amplifiers) >= 8
        typical = sorted(authors.values())[len(authors) // 2]
        assert authors[top[0]] > 20 * typical

    def test_the_burst_of_the_last_week(self, seeded):
        _, plan, pks = seeded
        centre = pks[plan.burst[0]]
        week = ANCHOR - timedelta(days=7)
        recent = Repost.objects.filter(author=centre, occurred_at__gte=week).count()
        recent += Mention.objects.filter(target=centre, occurred_at__gte=week).count()
        before = Repost.objects.filter(author=centre, occurred_at__lt=week).count()
        before += Mention.objects.filter(target=centre, occurred_at__lt=week).count()
        weekly = before / (83 / 7)
        assert recent >= 100
        assert recent > 10 * max(weekly, 1)
        assert "теплотрасс" in plan.story  # a March emergency: the heating

    def test_bloggers_accounts_take_part(self, seeded):
        _, _, pks = seeded
        edges = _edges()
        in_graph = set(edges.src.tolist()) | set(edges.dst.tolist())
        crm = [pks[a.external_id] for a in demo_blogger_accounts()]
        assert sum(pk in in_graph for pk in crm) >= 0.9 * len(crm)

    def test_the_ledger_holds_exactly_the_plan(self, seeded):
        _, plan, _ = seeded
        assert _stored_events(Repost) == _planned_events(plan, "repost")
        assert _stored_events(Mention) == _planned_events(plan, "mention")


@pytest.mark.usefixtures("crm")
class TestWrites:
    """Idempotent, deterministic, transactional (each test starts from the CRM seed only)."""

    def test_second_run_creates_nothing_and_changes_no_table(self):
        first = seed_demo_graph(today=TODAY, scale=WRITE_SCALE)
        before = _ledger_counts()
        assert first["Repost"]["created"] > 0 and first["Account"]["created"] > 0

        out = StringIO()
        second = seed_demo_graph(today=TODAY, scale=WRITE_SCALE, stdout=out)

        assert _ledger_counts() == before
        assert all(row["created"] == 0 for row in second.values()), second
        for row in ("Repost", "Mention", "Post"):
            assert second[row]["existing"] == first[row]["created"], row
        assert second["Account"]["existing"] == sum(first["Account"].values())
        assert re.search(rf"^Repost\s+0\s+{before['Repost']}$", out.getvalue(), re.MULTILINE)

        # On another day the same keys come back (shifted in time): nothing is added.
        later = seed_demo_graph(today=TODAY + timedelta(days=3), scale=WRITE_SCALE)
        assert later == second
        # Another seed's graph is not mixed into this one: it is left as it is.
        out = StringIO()
        other = seed_demo_graph(seed=7, today=TODAY, scale=WRITE_SCALE, stdout=out)
        assert "holds the demo graph of another seed" in out.getvalue()
        assert all(row["created"] == 0 for row in other.values()), other
        assert other["Repost"]["existing"] == before["Repost"]
        assert other["Post"]["existing"] == before["Post"]
        assert _ledger_counts() == before

    def test_same_seed_gives_the_same_graph(self):
        bloggers = demo_blogger_accounts()
        plan = plan_demo_graph(seed=42, today=TODAY, bloggers=bloggers, scale=WRITE_SCALE)
        again = plan_demo_graph(seed=42, today=TODAY, bloggers=bloggers, scale=WRITE_SCALE)
        assert again.events == plan.events
        assert again.posts == plan.posts
        assert [a.display_name for a in again.accounts] == [a.display_name for a in plan.accounts]
        assert again.burst == plan.burst

        other = plan_demo_graph(seed=7, today=TODAY, bloggers=bloggers, scale=WRITE_SCALE)
        assert [a.external_id for a in other.accounts] == [a.external_id for a in plan.accounts]
        pairs = {(e.source_external_id, e.target_external_id) for e in plan.events}
        other_pairs = {(e.source_external_id, e.target_external_id) for e in other.events}
        assert len(pairs & other_pairs) < 0.5 * len(pairs)

        seed_demo_graph(seed=42, today=TODAY, scale=WRITE_SCALE)
        assert _stored_events(Repost) == _planned_events(plan, "repost")
        first = sorted(plan.events, key=lambda e: e.occurred_at)[:100]
        assert _stored_events(Mention).keys() >= {e.key for e in first if e.kind == "mention"}

    def test_a_failure_leaves_nothing_behind(self, monkeypatch):
        before = _ledger_counts()
        calls = []

        def events_ingest(**kwargs):
            calls.append(len(kwargs["events"]))
            if len(calls) == 2:
                raise RuntimeError("boom")
            return original(**kwargs)

        original = graph_save.events_ingest
        monkeypatch.setattr(graph_save, "events_ingest", events_ingest)
        with pytest.raises(RuntimeError, match="boom"):
            seed_demo_graph(today=TODAY, scale=WRITE_SCALE)

        assert calls == [graph_save.BATCH_SIZE, graph_save.BATCH_SIZE]
        assert _ledger_counts() == before
