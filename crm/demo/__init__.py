"""A believable, entirely fictional regional dataset for demos and manual testing.

``seed_demo`` fills the CRM with one invented region («Заречная область»), its
municipalities, topics, ~300 bloggers with their social accounts, a year of
interactions, follow-up tasks and two campaigns. ``graph.demo.seed_demo_graph``
adds the VK amplification graph around them.

Promises:

* **Deterministic.** Everything is drawn from ``random.Random`` instances
  seeded from ``seed`` (no global random, no uuid); dates are offsets from one
  anchor, today's local midnight. Same seed on the same day gives the same
  names, keys, counts and dates.
* **Idempotent.** Bloggers and campaigns carry ``import_key``s
  (``demo:blogger:<i>``, ``demo:campaign:<n>``); territories, topics, users,
  participants and publications are matched by their natural keys. A re-run
  creates only what is missing; interactions and follow-ups are created only
  for bloggers created in that run. Keys do not include the seed: the seed
  chooses the content when the data is first created, and a run with another
  seed on a seeded database adds nothing.
* **Transactional.** One ``transaction.atomic()``: a failure leaves nothing.
* **Audited.** Rows are bulk-created together with their history rows
  (change reason ``seed_demo``), so the admin's history shows the seed.

The package:

* ``vocabulary`` — the Russian data: places and their word forms, names, blog
  archetypes, conversation subjects, campaign specs;
* ``plan`` — ``plan_demo``, a pure in-memory plan (no database);
* ``save`` — the ``_save_*`` functions that write it and ``seed_demo``.

To extend the seed, add a plan function with its own ``random.Random(f"{seed}:<part>")``
and a save function; existing parts keep drawing the same numbers, so their data does
not change.
"""

from crm.demo.plan import BLOGGER_COUNT, BLOGGER_KEY, CAMPAIGN_KEY, DemoPlan, plan_demo
from crm.demo.save import CHANGE_REASON, SUMMARY_MODELS, seed_demo
from crm.demo.vocabulary import EMAIL_DOMAINS, MUNICIPALITIES, PLACES, REGION_NAME, Place

__all__ = [
    "BLOGGER_COUNT",
    "BLOGGER_KEY",
    "CAMPAIGN_KEY",
    "CHANGE_REASON",
    "EMAIL_DOMAINS",
    "MUNICIPALITIES",
    "PLACES",
    "REGION_NAME",
    "SUMMARY_MODELS",
    "DemoPlan",
    "Place",
    "plan_demo",
    "seed_demo",
]
