"""Observation ledger (reposts, mentions, posts) — arrives with the graph issue."""
