"""Progress lines for management commands.

On a terminal one line is redrawn in place (``\\r``). Anywhere else — a log
file, a pipe, CI — redrawing would leave a run of carriage-return frames, so a
plain line is written only when the milestone changes (a stage, a quarter of
the work).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, TextIO


class ProgressLine:
    """``update(text, milestone=…)`` as the work advances, ``finish()`` at the end."""

    def __init__(self, stream: TextIO | Any) -> None:
        self.stream = stream
        isatty = getattr(stream, "isatty", None)
        self.tty = bool(isatty and isatty())
        self._milestone: object = object()
        self._open = False

    def update(self, text: str, *, milestone: Hashable) -> None:
        if self.tty:
            self._write(f"\r{text}")
            self._open = True
        elif milestone != self._milestone:
            self._write(f"{text.rstrip()}\n")
        self._milestone = milestone

    def finish(self) -> None:
        """End the redrawn line (terminal only); safe to call more than once."""
        if self._open:
            self._write("\n")
            self._open = False

    def _write(self, text: str) -> None:
        # Django's OutputWrapper adds a newline unless told otherwise.
        if hasattr(self.stream, "style_func"):
            self.stream.write(text, ending="")
        else:
            self.stream.write(text)
        self.stream.flush()
