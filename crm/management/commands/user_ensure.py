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

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from api.roles import ROLES


class Command(BaseCommand):
    help = "Create or update a user with one role; the password is read from the environment."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", choices=ROLES, required=True)
        parser.add_argument("--full-name", default="", help="first and last name, shown in the UI")

    @transaction.atomic
    def handle(self, *args: Any, username: str, role: str, full_name: str, **options: Any) -> None:
        password = os.environ.get("REZONANS_USER_PASSWORD")
        if password is None:
            password = sys.stdin.readline().rstrip("\n")
        if len(password) < 12:
            raise CommandError(
                "the password (REZONANS_USER_PASSWORD or standard input) needs 12+ characters"
            )
        first, _, last = full_name.strip().partition(" ")
        user, created = get_user_model().objects.get_or_create(username=username)
        user.first_name, user.last_name = first, last
        user.is_active = True
        user.set_password(password)
        user.save()
        groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
        user.groups.remove(*[g for name, g in groups.items() if name != role])
        user.groups.add(groups[role])
        verb = "created" if created else "updated"
        self.stdout.write(f"user {username!r} {verb} with role {role}")
