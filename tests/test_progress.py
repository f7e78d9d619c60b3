"""Progress lines: redrawn in place on a terminal, plain lines per milestone elsewhere."""

from __future__ import annotations

import io

from backend.progress import ProgressLine


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _feed(stream) -> str:
    line = ProgressLine(stream)
    for percent, stage in [(5, "loading"), (20, "loading"), (35, "ranking"), (100, "done")]:
        line.update(f"{percent:3d}% {stage}", milestone=stage)
    line.finish()
    line.finish()
    return stream.getvalue()


def test_a_log_gets_one_plain_line_per_milestone():
    text = _feed(io.StringIO())
    assert "\r" not in text
    assert text.splitlines() == ["  5% loading", " 35% ranking", "100% done"]


def test_a_terminal_gets_one_line_redrawn_in_place():
    text = _feed(_Terminal())
    assert text.count("\r") == 4
    assert text.endswith("100% done\n") and text.count("\n") == 1
