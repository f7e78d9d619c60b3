"""Point the demo campaigns' publications at posts of the demo ledger.

The CRM plan draws each publication's link before the amplification graph exists, so
its post id is made up. Once the ledger is seeded, each publication that matches no
ledger post is given the link (and date) of its author's ledger post nearest in time
to it, preferring posts that were reposted: the demo campaigns then show a measured
result (reposts, mentions, reach) from the first view.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, TextIO

from django.db import transaction
from django.db.models import Count

from crm.models import CampaignPublication, SocialAccount
from demo.crm_plan import CAMPAIGN_KEY
from graph.models import Post

_DEMO_CAMPAIGNS = CAMPAIGN_KEY.split("{", 1)[0]


@transaction.atomic
def demo_publications_link(*, stdout: TextIO | None = None) -> int:
    """Give each demo publication unknown to the ledger the link of a ledger post of its
    author (by its account, else the blogger's VK account). Idempotent: a publication
    already linked to a ledger post is left alone. Returns how many were changed."""
    publications = list(
        CampaignPublication.objects.filter(
            participant__campaign__import_key__startswith=_DEMO_CAMPAIGNS
        ).select_related("participant")
    )
    known = set(
        Post.objects.filter(url__in=[p.url for p in publications]).values_list("url", flat=True)
    )
    pending = [p for p in publications if p.url not in known]
    if not pending:
        return 0
    vk_accounts: dict[int, int] = {}
    for account_id, blogger_id in SocialAccount.objects.filter(
        blogger_id__in={p.participant.blogger_id for p in pending}, platform="vk"
    ).values_list("id", "blogger_id"):
        vk_accounts.setdefault(blogger_id, account_id)
    author = {p.pk: p.account_id or vk_accounts.get(p.participant.blogger_id) for p in pending}
    posts: dict[int, list[Any]] = defaultdict(list)
    candidates = (
        Post.objects.filter(account_id__in={a for a in author.values() if a}, parent=None)
        .exclude(url="")
        .annotate(observed=Count("repost_events"))
        .values_list("account_id", "url", "published_at", "observed")
    )
    for account_id, url, published_at, observed in candidates:
        if published_at is not None:
            posts[account_id].append((url, published_at, observed))
    taken: set[tuple[int, str]] = {(p.participant_id, p.url) for p in publications}
    changed = []
    for publication in pending:
        options = posts.get(author[publication.pk] or 0, [])
        options = [o for o in options if (publication.participant_id, o[0]) not in taken]
        if not options:
            continue
        when = publication.published_at
        url, published_at, _ = min(
            options,
            key=lambda o: (o[2] == 0, abs((o[1] - when).total_seconds()) if when else 0, o[0]),
        )
        taken.add((publication.participant_id, url))
        publication.url, publication.published_at = url, published_at
        publication.account_id = author[publication.pk]
        changed.append(publication)
    CampaignPublication.objects.bulk_update(changed, ["url", "published_at", "account"])
    if stdout is not None:
        stdout.write(f"demo campaigns: {len(changed)} publications linked to ledger posts\n")
    return len(changed)
