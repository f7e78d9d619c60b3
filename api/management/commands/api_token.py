"""``manage.py api_token create USER --name NAME`` / ``list [USER]`` / ``revoke ID``."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from api.models import ApiToken
from api.services import api_token_create, api_token_revoke
from backend.errors import DomainError


class Command(BaseCommand):
    help = "Create, list or revoke API tokens. The key is printed once, at creation."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="issue a token for USER")
        create.add_argument("username")
        create.add_argument("--name", required=True, help="what the token is for")
        listing = sub.add_parser("list", help="tokens (of USER when given)")
        listing.add_argument("username", nargs="?")
        revoke = sub.add_parser("revoke", help="revoke the token with this id")
        revoke.add_argument("token_id", type=int)

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "create":
            user = self._user(options["username"])
            try:
                token, key = api_token_create(user=user, name=options["name"])
            except DomainError as exc:
                raise CommandError(exc.message) from exc
            self.stdout.write(f"token id {token.pk} for {user.get_username()}: {key}")
            self.stderr.write("Store the key now: it cannot be shown again.")
        elif action == "list":
            tokens = ApiToken.objects.select_related("user")
            if options.get("username"):
                tokens = tokens.filter(user=self._user(options["username"]))
            for token in tokens:
                state = "active" if token.is_active else "revoked/expired"
                used = token.last_used_at.isoformat() if token.last_used_at else "never"
                self.stdout.write(
                    f"{token.pk}\t{token.user.get_username()}\t{token.name}\t"
                    f"{token.key_prefix}…\t{state}\tlast used {used}"
                )
        elif action == "revoke":
            found = ApiToken.objects.filter(pk=options["token_id"]).first()
            if found is None:
                raise CommandError(f"no token with id {options['token_id']}")
            api_token_revoke(token=found)
            self.stdout.write(f"token {found.pk} revoked")

    def _user(self, username: str) -> Any:
        try:
            return get_user_model().objects.get(username=username)
        except get_user_model().DoesNotExist as exc:
            raise CommandError(f"no user {username!r}") from exc
