from django.core.management.base import BaseCommand, CommandError

from backend.errors import DomainError
from backend.progress import ProgressLine
from crm.models import SocialAccount
from graph.ingest.ledger import accounts_upsert
from graph.ingest.vk import (
    SyncReport,
    VkCollector,
    VkError,
    accounts_sync,
    tracked_accounts,
    vk_configured,
)
from graph.services import graph_project
from graph.signals import posts_stored

BAR = 30


class Command(BaseCommand):
    help = (
        "Collect VK accounts into the ledger (posts, reposts, mentions) and project the graph. "
        "--account takes links, screen names or VK ids; --all syncs every tracked account "
        "(linked to a blogger, plus VK_OFFICIAL_PAGES)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--account",
            action="append",
            default=[],
            metavar="URL_OR_ID",
            help="account link, screen name or id (repeatable)",
        )
        parser.add_argument("--all", action="store_true", help="every tracked account")
        parser.add_argument("--no-project", action="store_true", help="skip the graph projection")

    def handle(self, *args, account: list[str], all: bool, no_project: bool, **options):
        if not account and not all:
            raise CommandError("Give --account URL_OR_ID (one or more) or --all.")
        if not vk_configured():
            raise CommandError("VK_TOKENS is not set: the VK collector has no token to use.")
        quiet = options.get("verbosity", 1) == 0
        self._line = ProgressLine(self.stderr)
        try:
            collector = VkCollector()
            targets = self._accounts(collector, account) if account else []
            if all:
                targets += [a for a in tracked_accounts() if a not in targets]
            report = accounts_sync(
                accounts=targets, collector=collector, progress=None if quiet else self._progress
            )
        except (VkError, DomainError) as exc:
            raise CommandError(exc.message) from None
        self._line.finish()
        self._summary(report)
        if report.posts or report.comments:
            posts_stored.send(sender=Command)  # the monitoring scan analyses them
        if not no_project:
            try:
                projection = graph_project()
            except DomainError as exc:
                raise CommandError(f"Projection failed: {exc.message}") from None
            if projection["projected"]:
                self.stdout.write(
                    f"Graph projected: {projection['accounts']} accounts, "
                    f"{projection['events']} events."
                )
        if report.errors:
            raise CommandError(f"{len(report.errors)} error(s); see above.")

    def _accounts(self, collector: VkCollector, values: list[str]) -> list[SocialAccount]:
        """Stored accounts for the given links/ids; unknown ones are resolved and added."""
        found: list[SocialAccount] = []
        for value in values:
            text = value.strip()
            if text.lstrip("-").isdigit():
                text = f"vk.com/{'club' if text.startswith('-') else 'id'}{text.lstrip('-')}"
            info = collector.resolve(text)
            ids = accounts_upsert(platform="vk", accounts=[info.as_account_data()])
            found.append(SocialAccount.objects.get(pk=ids[info.external_id]))
        return found

    def _progress(self, index: int, total: int, account: SocialAccount, report: SyncReport):
        filled = BAR * index // max(total, 1)
        name = account.screen_name or account.external_id
        status = "ошибка" if report.errors else ("пропущен" if report.skipped else "ok")
        self._line.update(
            f"[{'#' * filled}{'.' * (BAR - filled)}] {index}/{total} {name[:30]:<30} {status}",
            milestone=4 * index // max(total, 1),
        )

    def _summary(self, report: SyncReport) -> None:
        self.stdout.write(
            self.style.SUCCESS(
                f"VK sync: {report.accounts} accounts, {report.posts} posts, "
                f"{report.comments} comments, "
                f"{report.reposts} new reposts, {report.mentions} new mentions, "
                f"{report.new_accounts} new accounts, {len(report.errors)} errors, "
                f"{report.requests} API requests."
            )
        )
        if report.gaps:
            self.stdout.write(
                f"  still to read: {report.gaps} older part(s) of walls, up to "
                f"{report.missing} posts (filled by the next syncs, oldest first)"
            )
        for line in report.skipped:
            self.stdout.write(f"  skipped: {line}")
        for line in report.errors:
            self.stdout.write(self.style.ERROR(f"  error: {line}"))
