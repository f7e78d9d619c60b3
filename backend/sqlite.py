"""Unicode-aware LIKE for the embedded SQLite database.

SQLite's built-in LIKE folds case for ASCII only, so ``icontains`` would miss
"марина" in "Марина". On each new SQLite connection we replace ``like()`` with
a Python implementation that folds case for every script. PostgreSQL needs
nothing of this.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=512)
def _like_regex(pattern: str, escape: str | None) -> re.Pattern[str]:
    out: list[str] = []
    chars = iter(pattern)
    for char in chars:
        if escape and char == escape:
            out.append(re.escape(next(chars, "")))
        elif char == "%":
            out.append(".*")
        elif char == "_":
            out.append(".")
        else:
            out.append(re.escape(char))
    return re.compile("".join(out), re.IGNORECASE | re.DOTALL)


def unicode_like(pattern: str | None, value: object, escape: str | None = None) -> int | None:
    if pattern is None or value is None:
        return None
    return 1 if _like_regex(pattern, escape).fullmatch(str(value)) else 0


def install_unicode_like(sender, connection, **kwargs) -> None:
    if connection.vendor != "sqlite":
        return
    raw = connection.connection
    raw.create_function("like", 2, unicode_like, deterministic=True)
    raw.create_function("like", 3, unicode_like, deterministic=True)
