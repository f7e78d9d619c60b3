from __future__ import annotations

from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "alerts"
    verbose_name = "Оповещения"

    def ready(self) -> None:
        from alerts.services import on_incident_deadlines, on_incidents_detected
        from monitoring.events import incident_deadlines, incidents_detected

        incidents_detected.connect(on_incidents_detected, dispatch_uid="alerts.incidents")
        incident_deadlines.connect(on_incident_deadlines, dispatch_uid="alerts.deadlines")
