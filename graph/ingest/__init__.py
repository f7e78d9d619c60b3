"""Ingestion into the observation ledger. ``ledger`` holds the bulk, idempotent
upserts every source uses; ``edges`` parses edge files; ``vk`` collects from VK."""
