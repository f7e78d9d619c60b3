"""``manage.py demo_welcome URL``: the last lines `make run` prints once the server
answers — where to go and how to log in — so they are not lost among the set-up output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from demo.management.commands.bootstrap_demo import DEMO_USERNAME, credentials_path


class Command(BaseCommand):
    help = "Print where the running product is and how to log in as the demo administrator."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url", help="the address the server answers on")

    def handle(self, *args: Any, url: str, **options: Any) -> None:
        url = url.rstrip("/") + "/"
        credentials = credentials_path()
        shown = _relative(credentials)
        if credentials.exists():
            password = f"the password is the second line of {shown}"
        else:
            password = f"the password was set earlier ({shown} is missing)"
        self.stdout.write(
            "\n".join(
                [
                    "",
                    "=" * 72,
                    self.style.SUCCESS(f"Rezonans is ready: open {url}"),
                    f"Log in as «{DEMO_USERNAME}»; {password}.",
                    f"Admin: {url}admin/   API docs: {url}api/docs/   "
                    f"Worker log: {_relative(Path(settings.VAR_DIR) / 'log' / 'worker.log')}",
                    "Ctrl+C stops the server and the worker.",
                    "=" * 72,
                ]
            )
        )


def _relative(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path(settings.BASE_DIR).resolve()))
    except ValueError:
        return str(path)
