"""Choosing the graph backend: ``get_backend()`` returns the configured one.

The Neo4j driver is created once per process (lazily) and closed at exit. The
``neo4j`` driver package and backend are imported on first use only: importing
them takes about half a second, and the embedded ``sql`` backend never needs them.
"""

from __future__ import annotations

import atexit
import threading

from django.conf import settings

from graph.backends.base import GraphBackend, GraphUnavailable
from graph.backends.sql import SqlBackend

_lock = threading.Lock()
_driver = None


def neo4j_driver():
    """The process-wide Neo4j driver (created on first use)."""
    global _driver
    with _lock:
        if _driver is None:
            from neo4j import GraphDatabase  # on first use: see the module docstring

            if not settings.NEO4J_PASSWORD:
                raise GraphUnavailable("NEO4J_PASSWORD is not set; the neo4j backend needs it.")
            _driver = GraphDatabase.driver(
                settings.NEO4J_URI,
                auth=(settings.NEO4J_USER, settings.NEO4J_PASSWORD),
                connection_timeout=5,
                max_connection_lifetime=3600,
                # Fail fast when Neo4j is down: the first call of each process that finds
                # it down answers 503 within about a second (the retries' first back-off),
                # later ones at once (the backend's DownMemo). Celery retries the tasks.
                max_transaction_retry_time=1,
            )
            atexit.register(_driver.close)
        return _driver


def get_backend(name: str | None = None) -> GraphBackend:
    """The backend named by ``name`` or ``settings.GRAPH_BACKEND``."""
    name = name or settings.GRAPH_BACKEND
    if name == "sql":
        return SqlBackend()
    if name == "neo4j":
        from graph.backends.neo4j import Neo4jBackend  # on first use: see the module docstring

        return Neo4jBackend(neo4j_driver(), database=settings.NEO4J_DATABASE)
    raise ValueError(f"unknown graph backend {name!r}")
