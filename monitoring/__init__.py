"""Rapid response: what residents write (post texts, the Russian text pipeline,
watch topics, the needs-response classifier), bursts of problems and the
incidents they open. Reads ``crm`` and ``graph``; ``api`` reads it."""
