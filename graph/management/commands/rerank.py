import time

from django.core.management.base import BaseCommand, CommandError

from backend.progress import ProgressLine
from graph.models import InfluenceRun
from graph.services import TransientRankingError, influence_run_execute, influence_run_request


class Command(BaseCommand):
    help = (
        "Re-rank influence now. Without --wait the run is queued for the Celery worker and "
        "its id printed; with --wait it runs here with a progress bar (or, when another run "
        "is already active, waits for that one)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--wait", action="store_true", help="run here and wait for the end")

    def handle(self, *args, wait: bool, **options):
        run, created = influence_run_request(trigger="command", enqueue=not wait)
        if not created:
            self.stdout.write(
                f"Run #{run.pk} is already {run.get_status_display()}; not starting another."
            )
        if not wait:
            if created:
                self.stdout.write(f"Run #{run.pk} queued for the worker.")
            return
        self._progress = ProgressLine(self.stderr)
        if created:
            try:
                run = influence_run_execute(run_id=run.pk, progress=self._bar)
            except TransientRankingError as exc:
                raise CommandError(f"Run #{run.pk} could not finish now: {exc}") from exc
        else:
            while run.active:
                self._bar(run.stage, run.progress)
                time.sleep(1)
                run.refresh_from_db()
        self._progress.finish()
        if run.status != InfluenceRun.Status.SUCCEEDED:
            raise CommandError(f"Run #{run.pk} {run.get_status_display()}: {run.error}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Run #{run.pk}: {run.node_count:,} accounts, {run.edge_count:,} edges, "
                f"{run.community_count:,} communities; timings {run.timings}"
            )
        )

    def _bar(self, stage: str, percent: int) -> None:
        filled = percent // 5
        self._progress.update(
            f"[{'#' * filled}{'.' * (20 - filled)}] {percent:3d}% {stage:<10}", milestone=stage
        )
