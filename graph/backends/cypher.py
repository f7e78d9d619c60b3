"""Every Cypher statement Rezonans sends, in one place.

``AMPLIFIES`` properties: ``reposts`` and ``mentions`` (event counts, weights
summed), ``first_at`` and ``last_at`` (integer microseconds since the epoch —
exact, so both backends agree to the microsecond), and ``events``: every event
of the pair as one string of comma-separated integers ``"at_µs,code,at_µs,code,…"``
in time order, ``code = weight * 2 + kind`` (kind 0 = repost, 1 = mention);
``[x IN split(r.events, ',') | toInteger(x)]`` turns it back into a list.

A string, not an integer list, because of measured read speed: Neo4j 5.26 reads
long integer-array properties of relationships slowly in a scan once a few large
arrays were read (the 1M-event bench graph: 30 s to scan 394k pairs' arrays, 0.3 s
as strings), and the ranking load scans every pair. One property instead of one
per field, because each property written costs Neo4j time.

The graph records the format it was projected in on a ``:RezonansProjection``
node; a projection finding an older format rebuilds (``PROJECTION_FORMAT``).

Writes are ``UNWIND $rows`` batches whose effect does not depend on how often
they run.
"""

SCHEMA = [
    "CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.account_id IS UNIQUE",
    "CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.post_id IS UNIQUE",
    "CREATE INDEX account_platform_external_id IF NOT EXISTS "
    "FOR (a:Account) ON (a.platform, a.external_id)",
    "CREATE INDEX account_blogger_id IF NOT EXISTS FOR (a:Account) ON (a.blogger_id)",
    "CREATE INDEX account_screen_name IF NOT EXISTS FOR (a:Account) ON (a.screen_name)",
]

UPSERT_ACCOUNTS = """
UNWIND $rows AS row
MERGE (a:Account {account_id: row.account_id})
SET a.platform = row.platform, a.external_id = row.external_id,
    a.screen_name = row.screen_name, a.name = row.name, a.kind = row.kind,
    a.followers = row.followers, a.blogger_id = row.blogger_id
"""

# --rebuild: after a wipe nothing exists yet, so CREATE replaces MERGE, and each
# row is a sparse map (absent values are not sent), which Neo4j stores faster.
# Created nodes report their element ids (as two lists in one record: the Python
# driver costs ~40 µs per record); every later statement of the rebuild finds its
# nodes by element id (a direct seek) instead of through an index.
CREATE_ACCOUNTS = """
UNWIND $rows AS row
CREATE (a:Account)
SET a = row
RETURN collect(row.account_id) AS ids, collect(elementId(a)) AS eids
"""

CREATE_POSTS = """
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.account
CREATE (a)-[:POSTED]->(p:Post)
SET p = row.props
RETURN collect(row.props.post_id) AS ids, collect(elementId(p)) AS eids
"""

UPSERT_POSTS = """
UNWIND $rows AS row
MATCH (a:Account {account_id: row.account_id})
MERGE (p:Post {post_id: row.post_id})
SET p.account_id = row.account_id, p.external_id = row.external_id, p.url = row.url,
    p.published_at = row.published_at, p.likes = row.likes, p.reposts = row.reposts,
    p.comments = row.comments, p.views = row.views
MERGE (a)-[:POSTED]->(p)
"""

# Each row carries the complete event lists of one account pair, recomputed
# from the ledger, so SET (not append) makes the write idempotent.
# ``row.props`` is the complete property map of the pair (a zero count is left
# out and read back as 0), so ``SET r = …`` makes the write idempotent.
MERGE_AMPLIFIES = """
UNWIND $rows AS row
MATCH (a:Account {account_id: row.src})
MATCH (b:Account {account_id: row.dst})
MERGE (a)-[r:AMPLIFIES]->(b)
SET r = row.props
"""

# --rebuild: endpoints by element id (``row.src``/``row.dst`` are element ids here);
# properties given in the CREATE pattern (a null one is simply not stored).
CREATE_AMPLIFIES = """
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.src
MATCH (b) WHERE elementId(b) = row.dst
CREATE (a)-[:AMPLIFIES {events: row.props.events, first_at: row.props.first_at,
  last_at: row.props.last_at, reposts: row.props.reposts, mentions: row.props.mentions}]->(b)
"""

MERGE_REPOSTED = """
UNWIND $rows AS row
MATCH (a:Account {account_id: row.account_id})
MATCH (p:Post {post_id: row.post_id})
MERGE (a)-[r:REPOSTED]->(p)
SET r.at_us = row.at, r.weight = row.weight,
    r.at = datetime({epochSeconds: row.at / 1000000, nanosecond: (row.at % 1000000) * 1000})
"""

# --rebuild: endpoints by element id (``row.account``/``row.post``).
CREATE_REPOSTED = """
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.account
MATCH (p) WHERE elementId(p) = row.post
CREATE (a)-[:REPOSTED {at_us: row.at, weight: row.weight,
  at: datetime({epochSeconds: row.at / 1000000, nanosecond: (row.at % 1000000) * 1000})}]->(p)
"""

CREATE_MENTIONS = """
UNWIND $rows AS row
MATCH (p) WHERE elementId(p) = row.post
MATCH (b) WHERE elementId(b) = row.account
CREATE (p)-[:MENTIONS {at_us: row.at, weight: row.weight}]->(b)
"""

MERGE_MENTIONS = """
UNWIND $rows AS row
MATCH (p:Post {post_id: row.post_id})
MATCH (b:Account {account_id: row.account_id})
MERGE (p)-[r:MENTIONS]->(b)
SET r.at_us = row.at, r.weight = row.weight
"""

# Version of the stored layout (1: ``events`` as an integer list; 2: as a string).
PROJECTION_FORMAT = 2

FORMAT_GET = """
OPTIONAL MATCH (m:RezonansProjection)
WITH max(m.format) AS format
OPTIONAL MATCH ()-[r:AMPLIFIES]->()
WITH format, r LIMIT 1
RETURN format, r IS NOT NULL AS has_data
"""

FORMAT_SET = "MERGE (m:RezonansProjection {name: 'rezonans'}) SET m.format = $format"

WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

# --- reads -------------------------------------------------------------------

# The raw event strings of every pair active in the window; decay and type weights
# are applied in numpy (``WeightedEdges.from_events``), exactly as for the sql
# backend: Cypher's per-element list arithmetic was the slowest part of a re-rank.
# The pairs come back in one record of three parallel lists per range of source
# account ids (queried range by range, so Neo4j's memory per query stays bounded),
# not one record per pair: the Python driver spends ~40 µs on every record (two
# socket reads each), which would be most of the time of loading a large window.
MAX_ACCOUNT_ID = "MATCH (a:Account) RETURN max(a.account_id) AS id"

EDGE_EVENTS = """
MATCH (a:Account) WHERE a.account_id >= $lo AND a.account_id < $hi
MATCH (a)-[r:AMPLIFIES]->(b:Account)
WHERE r.last_at >= $since AND r.first_at <= $until AND a <> b
RETURN collect(a.account_id) AS src, collect(b.account_id) AS dst, collect(r.events) AS events
"""

NODES = """
UNWIND $ids AS id
MATCH (a:Account {account_id: id})
RETURN a.account_id AS id, a.platform AS platform,
       coalesce(a.external_id, '') AS external_id, coalesce(a.screen_name, '') AS screen_name,
       a.name AS name, coalesce(a.kind, '') AS kind,
       a.followers AS followers, a.blogger_id AS blogger_id
ORDER BY id
"""

_EDGE_RETURN = """
RETURN a.account_id AS source, b.account_id AS target, coalesce(r.reposts, 0) AS reposts,
       coalesce(r.mentions, 0) AS mentions, r.first_at AS first_at, r.last_at AS last_at
"""

EDGES_TOUCHING = (
    """
UNWIND $ids AS id
MATCH (n:Account {account_id: id})
CALL (n) {
  MATCH (n)-[r:AMPLIFIES]->(b:Account) RETURN n AS a, r, b
  UNION
  MATCH (a:Account)-[r:AMPLIFIES]->(n) RETURN a, r, n AS b
}
WITH DISTINCT a, r, b
"""
    + _EDGE_RETURN
    + " ORDER BY source, target"
)

EDGES_AMONG = (
    """
MATCH (a:Account)-[r:AMPLIFIES]->(b:Account)
WHERE a.account_id IN $ids AND b.account_id IN $ids
"""
    + _EDGE_RETURN
    + " ORDER BY source, target"
)

TOP_AMPLIFIERS = """
MATCH (a:Account)-[r:AMPLIFIES]->(:Account {account_id: $id})
WITH a, [x IN split(r.events, ',') | toInteger(x)] AS ev
WITH a, [i IN range(0, size(ev) - 2, 2) WHERE ev[i] >= $since] AS recent, ev
WITH a,
     reduce(s = 0, i IN recent | s + CASE WHEN ev[i + 1] % 2 = 0 THEN ev[i + 1] / 2 ELSE 0 END)
       AS reposts,
     reduce(s = 0, i IN recent | s + CASE WHEN ev[i + 1] % 2 = 1 THEN ev[i + 1] / 2 ELSE 0 END)
       AS mentions,
     reduce(m = -1, i IN recent | CASE WHEN ev[i] > m THEN ev[i] ELSE m END) AS last_at
WHERE reposts + mentions > 0
RETURN a.account_id AS account_id, reposts, mentions, last_at
ORDER BY reposts + mentions DESC, last_at DESC, account_id
LIMIT $limit
"""

POST_CASCADE = """
MATCH (a:Account)-[r:REPOSTED]->(:Post {post_id: $id})
RETURN a.account_id AS account_id, r.at_us AS at, r.weight AS weight
ORDER BY at, account_id
"""

SHORTEST_PATH = """
MATCH (a:Account {account_id: $source}), (b:Account {account_id: $target})
MATCH p = shortestPath((a)-[:AMPLIFIES*..%d]->(b))
RETURN [n IN nodes(p) | n.account_id] AS ids
"""

COUNTS = """
CALL () { MATCH (a:Account) RETURN count(a) AS accounts }
CALL () { MATCH (p:Post) RETURN count(p) AS posts }
CALL () {
  MATCH ()-[r:AMPLIFIES]->()
  WITH r, split(r.events, ',') AS ev
  WITH r, [i IN range(1, size(ev) - 1, 2) | toInteger(ev[i]) % 2] AS kinds
  RETURN count(r) AS amplifies,
         coalesce(sum(size([k IN kinds WHERE k = 0])), 0) AS repost_events,
         coalesce(sum(size([k IN kinds WHERE k = 1])), 0) AS mention_events
}
CALL () { MATCH ()-[r:REPOSTED]->() RETURN count(r) AS reposted }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions_rel }
CALL () { MATCH ()-[r:POSTED]->() RETURN count(r) AS posted }
RETURN accounts, posts, amplifies, repost_events, mention_events, reposted, mentions_rel, posted
"""

WRITE_SCORES = """
UNWIND $rows AS row
MATCH (a:Account {account_id: row.account_id})
SET a.influence_score = row.score, a.influence_rank = row.rank,
    a.community = row.community, a.influence_run = $run_id
"""

CLEAR_STALE_SCORES = """
MATCH (a:Account)
WHERE a.influence_run IS NOT NULL AND a.influence_run <> $run_id
REMOVE a.influence_score, a.influence_rank, a.community, a.influence_run
"""
