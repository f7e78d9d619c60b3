from __future__ import annotations

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = "Оповещения"

    def ready(self) -> None:
        from alerts.services import on_incidents_detected
        from monitoring.events import incidents_detected

        incidents_detected.connect(on_incidents_detected, dispatch_uid="alerts.incidents")
