"""Bulk-write helpers of ``backend.bulk`` on the configured database (SQLite
by default, PostgreSQL in CI, where the COPY and binary-array paths run)."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from backend.bulk import copy_rows, values_by_pk
from graph.models import InfluenceCommunity, InfluenceRun
from tests.factories import SocialAccountFactory

pytestmark = pytest.mark.django_db


def test_values_by_pk_returns_exactly_the_requested_rows():
    accounts = [SocialAccountFactory(followers=100 + i) for i in range(5)]
    wanted = [accounts[4].pk, accounts[1].pk, 10**9]  # an unknown key is simply absent
    rows = sorted(values_by_pk(type(accounts[0]), wanted, ["followers", "platform"]))
    assert rows == sorted([(a.pk, a.followers, a.platform) for a in (accounts[1], accounts[4])])
    assert list(values_by_pk(type(accounts[0]), [], ["followers"])) == []


def test_copy_rows_inserts_json_given_as_text_and_refuses_an_existing_row():
    run = InfluenceRun.objects.create(parameters={"window_days": 1})
    account = SocialAccountFactory()
    columns = {
        "run_id": [run.pk, run.pk],
        "number": [0, 1],
        "label": ["Новости \t«Заречья»\n", "b\\c"],  # COPY text escapes
        "central_account_id": [account.pk, account.pk],
        "size": [3, 4],
    }
    copy_rows(InfluenceCommunity, columns)
    stored = list(run.communities.order_by("number").values_list("label", "size"))
    assert stored == [("Новости \t«Заречья»\n", 3), ("b\\c", 4)]
    with pytest.raises(IntegrityError), transaction.atomic():
        copy_rows(InfluenceCommunity, {k: v[:1] for k, v in columns.items()})


def test_copy_rows_stores_json_columns_as_the_values_given():
    from graph.models import InfluenceScore

    run = InfluenceRun.objects.create(parameters={})
    account = SocialAccountFactory()
    copy_rows(
        InfluenceScore,
        {
            "run_id": [run.pk],
            "account_id": [account.pk],
            "score": [1.5],
            "rank": [1],
            "percentile": [100.0],
            "pagerank": [0.1],
            "hub": [0.2],
            "authority": [0.3],
            "community": [0],
            "components": [{"pagerank": 0.25, "hub": 1e-07, "метка": "«З»"}],
            "top_contributors": [[{"account_id": 7, "share": 0.5}]],
        },
    )
    score = InfluenceScore.objects.get(run=run)
    assert score.components == {"pagerank": 0.25, "hub": 1e-07, "метка": "«З»"}
    assert score.top_contributors == [{"account_id": 7, "share": 0.5}]
