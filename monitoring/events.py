"""Django signals the monitoring app sends (``monitoring.signals`` is the burst scan)."""

from django.dispatch import Signal

# A live scan opened or joined incidents: ``opened`` and ``joined`` are lists of
# incident ids. Sent after the scan's transaction committed; replays never send it.
incidents_detected = Signal()
