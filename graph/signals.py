"""Signals the graph app sends to the apps above it (which it must not import)."""

from django.dispatch import Signal

# Sent when a VK sync or a post import has stored posts (after its transactions
# committed): the monitoring app then analyses them and scans for bursts.
posts_stored = Signal()
