"""First-run set-up for `make run`: a demo administrator and the demo data.

Idempotent: the `demo` user is created once (its password is printed and kept
in var/demo-credentials.txt, readable only by its owner); demo data is seeded
only while the database holds no bloggers; the demo's ranking history (runs as
of the past weeks and now, ``demo_rankings``) is made when no run has succeeded yet.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand

from crm.models import Blogger
from graph.models import InfluenceRun

DEMO_USERNAME = "demo"


def credentials_path() -> Path:
    """Where the demo administrator's user name and password are kept (mode 0600)."""
    return Path(settings.VAR_DIR) / "demo-credentials.txt"


class Command(BaseCommand):
    help = "Create the demo administrator and load demo data into an empty database."

    def handle(self, *args, **options):
        credentials = credentials_path()
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEMO_USERNAME).exists():
            password = secrets.token_urlsafe(12)
            user_model.objects.create_superuser(DEMO_USERNAME, email="", password=password)
            credentials.parent.mkdir(parents=True, exist_ok=True)
            credentials.write_text(f"{DEMO_USERNAME}\n{password}\n", encoding="utf-8")
            credentials.chmod(0o600)
            self.stdout.write(
                self.style.SUCCESS(f"Demo administrator: {DEMO_USERNAME} / {password}")
                + f"  (also saved in {credentials})"
            )
        elif credentials.exists():
            password = credentials.read_text(encoding="utf-8").splitlines()[1]
            self.stdout.write(f"Demo administrator: {DEMO_USERNAME} / {password}")
        else:
            self.stdout.write(f"Demo administrator '{DEMO_USERNAME}' exists (password unchanged).")

        if Blogger.objects.exists():
            self.stdout.write("Demo data: the database already holds bloggers; not seeding.")
        else:
            call_command("seed_demo", stdout=self.stdout, stderr=self.stderr)

        # Scores, their history and the movers from the first page view: rank as of
        # the past weeks and now when no run has succeeded yet.
        if not InfluenceRun.objects.filter(status=InfluenceRun.Status.SUCCEEDED).exists():
            call_command("demo_rankings", stdout=self.stdout, stderr=self.stderr)
