"""PostgreSQL indexes behind the blogger list (``crm.Blogger.Meta.indexes``)."""

from __future__ import annotations

import pytest
from django.db import connection, transaction
from django.db.models import F

from crm.models import Blogger
from tests.factories import BloggerFactory, TerritoryFactory

pytestmark = pytest.mark.django_db


def test_a_page_by_score_with_the_usual_filters_is_an_index_only_scan(postgres):
    territory = TerritoryFactory()
    for score in (5.0, None, 1.5):
        BloggerFactory(territory=territory, stance="neutral", influence_score=score)
    # The list's ids query for ?territory=…&stance=…&stage__n=…&ordering=-influence_score
    ids = (
        Blogger.objects.filter(
            territory_id__in=[territory.pk], stance__in=["neutral", "supportive"], is_archived=False
        )
        .exclude(stage__in=["declined"])
        .order_by(F("influence_score").desc(nulls_last=True), "pk")
        .values_list("pk", flat=True)
    )
    sql, params = ids.query.sql_with_params()
    with transaction.atomic(), connection.cursor() as cursor:
        # Tiny tables: make the planner show which index can answer alone.
        for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
            cursor.execute(f"SET LOCAL {setting} = off")
        cursor.execute(f"EXPLAIN {sql} LIMIT 50 OFFSET 950", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
        cursor.execute(f"{sql} LIMIT 50", params)
        found = [row[0] for row in cursor.fetchall()]
    assert "Index Only Scan using crm_blogger_score_cover_idx" in plan, plan
    assert len(found) == 3
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'crm_blogger'")
        names = {row[0] for row in cursor.fetchall()}
    assert not names & {"api_blogger_score_desc_idx", "api_blogger_score_cover_idx"}  # replaced
