"""Every Cypher statement Rezonans sends, in one place.

Times are integer microseconds since the epoch (exact, so both backends agree
to the microsecond); ``first_at``/``last_at`` are also kept as Neo4j
``DATETIME`` for people browsing the graph. Writes are ``UNWIND $rows``
batches whose effect does not depend on how often they run.
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
_AMPLIFIES_SET = """
SET r.repost_at = row.repost_at, r.repost_w = row.repost_w,
    r.mention_at = row.mention_at, r.mention_w = row.mention_w,
    r.reposts = row.reposts, r.mentions = row.mentions,
    r.first_at_us = row.first_at, r.last_at_us = row.last_at,
    r.first_at = datetime({epochSeconds: row.first_at / 1000000,
                           nanosecond: (row.first_at % 1000000) * 1000}),
    r.last_at = datetime({epochSeconds: row.last_at / 1000000,
                          nanosecond: (row.last_at % 1000000) * 1000})
"""

MERGE_AMPLIFIES = (
    """
UNWIND $rows AS row
MATCH (a:Account {account_id: row.src})
MATCH (b:Account {account_id: row.dst})
MERGE (a)-[r:AMPLIFIES]->(b)
"""
    + _AMPLIFIES_SET
)

# After a wipe no AMPLIFIES exists yet: CREATE skips MERGE's existence check.
CREATE_AMPLIFIES = (
    """
UNWIND $rows AS row
MATCH (a:Account {account_id: row.src})
MATCH (b:Account {account_id: row.dst})
CREATE (a)-[r:AMPLIFIES]->(b)
"""
    + _AMPLIFIES_SET
)

MERGE_REPOSTED = """
UNWIND $rows AS row
MATCH (a:Account {account_id: row.account_id})
MATCH (p:Post {post_id: row.post_id})
MERGE (a)-[r:REPOSTED]->(p)
SET r.at_us = row.at, r.weight = row.weight,
    r.at = datetime({epochSeconds: row.at / 1000000, nanosecond: (row.at % 1000000) * 1000})
"""

MERGE_MENTIONS = """
UNWIND $rows AS row
MATCH (p:Post {post_id: row.post_id})
MATCH (b:Account {account_id: row.account_id})
MERGE (p)-[r:MENTIONS]->(b)
SET r.at_us = row.at, r.weight = row.weight
"""

WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

# --- reads -------------------------------------------------------------------

_DECAYED = """
reduce(s = 0.0, i IN range(0, size(r.{kind}_at) - 1) |
  s + CASE WHEN r.{kind}_at[i] >= $since AND r.{kind}_at[i] <= $until
      THEN r.{kind}_w[i] * ${kind}_weight
           * exp(-toFloat(CASE WHEN $now > r.{kind}_at[i] THEN $now - r.{kind}_at[i] ELSE 0 END)
                 / $half_life * $ln2)
      ELSE 0.0 END)
"""

EDGE_LIST = f"""
MATCH (a:Account)-[r:AMPLIFIES]->(b:Account)
WITH a.account_id AS src, b.account_id AS dst,
     {_DECAYED.format(kind="repost")} + {_DECAYED.format(kind="mention")} AS weight
WHERE weight > 0
RETURN src, dst, weight
ORDER BY src, dst
"""

NODES = """
UNWIND $ids AS id
MATCH (a:Account {account_id: id})
RETURN a.account_id AS id, a.platform AS platform, a.external_id AS external_id,
       a.screen_name AS screen_name, a.name AS name, a.kind AS kind,
       a.followers AS followers, a.blogger_id AS blogger_id
ORDER BY id
"""

_EDGE_RETURN = """
RETURN a.account_id AS source, b.account_id AS target, r.reposts AS reposts,
       r.mentions AS mentions, r.first_at_us AS first_at, r.last_at_us AS last_at
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
WITH a,
     reduce(s = 0, i IN range(0, size(r.repost_at) - 1) |
            s + CASE WHEN r.repost_at[i] >= $since THEN r.repost_w[i] ELSE 0 END) AS reposts,
     reduce(s = 0, i IN range(0, size(r.mention_at) - 1) |
            s + CASE WHEN r.mention_at[i] >= $since THEN r.mention_w[i] ELSE 0 END) AS mentions,
     reduce(m = -1, t IN [x IN r.repost_at + r.mention_at WHERE x >= $since] |
            CASE WHEN t > m THEN t ELSE m END) AS last_at
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
  RETURN count(r) AS amplifies,
         coalesce(sum(size(r.repost_at)), 0) AS repost_events,
         coalesce(sum(size(r.mention_at)), 0) AS mention_events
}
CALL () { MATCH ()-[r:REPOSTED]->() RETURN count(r) AS reposted }
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS mentions_rel }
CALL () { MATCH ()-[r:POSTED]->() RETURN count(r) AS posted }
RETURN accounts, posts, amplifies, repost_events, mention_events, reposted, mentions_rel, posted
"""
