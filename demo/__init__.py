"""The demo region: a believable, entirely fictional dataset for demos and manual testing.

``manage.py seed_demo`` fills the CRM with one invented region («Заречная область»), its
municipalities, topics, ~300 bloggers with their social accounts, a year of
interactions, follow-up tasks and two campaigns (``demo.crm_save.seed_demo``), then the
VK amplification graph around them (``demo.graph_save.seed_demo_graph``).

Promises of the CRM seed (the graph's, which match them, are in ``graph_plan``):

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

The app:

* ``vocabulary`` — the Russian data: places and their word forms, names, blog
  archetypes, conversation subjects, campaign specs;
* ``crm_plan`` — ``plan_demo``, a pure in-memory plan of the CRM (no database);
* ``crm_save`` — the ``_save_*`` functions that write it and ``seed_demo``;
* ``graph_plan`` — ``plan_demo_graph``, the amplification graph as plain data;
* ``graph_save`` — ``seed_demo_graph``, which writes it through the ledger;
* ``data/`` — the long tables (municipalities, people's names, blog archetypes, kinds of
  local pages, regional accounts) as CSV and JSON, read once at import;
* ``management/commands`` — ``seed_demo`` and ``bootstrap_demo``.

Nothing imports this app; it may import every other one. This module imports nothing,
so Django can load the app before the models are ready.

To extend the seed, add a plan function with its own ``random.Random(f"{seed}:<part>")``
and a save function; existing parts keep drawing the same numbers, so their data does
not change.
"""
