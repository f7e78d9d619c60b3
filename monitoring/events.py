"""Django signals the monitoring app sends (``monitoring.signals`` is the burst scan)."""

from django.dispatch import Signal

# A live scan opened or joined incidents: ``opened`` and ``joined`` are lists of
# incident ids. Sent after the scan's transaction committed; replays never send it.
incidents_detected = Signal()

# A deadline check (``monitoring.incidents.incidents_escalate``) as of ``now`` found
# deadlines of incidents whose timers run: ``soon`` within ``ALERT_DEADLINE_LEAD_MINUTES``
# working minutes, ``missed`` escalated by this check; each maps the deadline
# ("first_response", "resolution") to incident ids. Sent inside the transaction that
# records the escalations (what receivers write commits with them, or nothing does);
# ``soon`` names an incident again on every check until its deadline passes, so
# receivers must be idempotent.
incident_deadlines = Signal()
