"""``manage.py user_ensure USERNAME --role ROLE``: create or update a staff member's login.

Idempotent: run it again to change the role, the name or the password. The
password comes from the ``REZONANS_USER_PASSWORD`` environment variable or, when
that is unset, from the first line of standard input — never from the command
line, where other users of the machine could read it.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from backend.errors import ValidationFailed
from backend.roles import ROLES
from crm.services import user_ensure


class Command(BaseCommand):
    help = "Create or update a user with one role; the password is read from the environment."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", choices=ROLES, required=True)
        parser.add_argument("--full-name", default="", help="first and last name, shown in the UI")

    def handle(self, *args: Any, username: str, role: str, full_name: str, **options: Any) -> None:
        password = os.environ.get("REZONANS_USER_PASSWORD")
        if password is None:
            password = sys.stdin.readline().rstrip("\n")
        try:
            _user, created = user_ensure(
                username=username, role=role, password=password, full_name=full_name
            )
        except ValidationFailed as exc:
            if "password" in exc.fields:
                raise CommandError(
                    "the password (REZONANS_USER_PASSWORD or standard input) needs 12+ characters"
                ) from None
            raise CommandError(exc.message) from None
        verb = "created" if created else "updated"
        self.stdout.write(f"user {username!r} {verb} with role {role}")
