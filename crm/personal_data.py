"""The registry of personal-data fields (152-FZ): the one place export and
erasure look up which fields of which model hold personal data.

Register a field here when you add one; ``tests/crm/test_personal_data.py``
checks that every registered field exists.
"""

from __future__ import annotations

PERSONAL_DATA_FIELDS: dict[str, tuple[str, ...]] = {
    "crm.Blogger": ("real_name", "phone", "email"),
}


def personal_fields(model_label: str) -> tuple[str, ...]:
    """Personal-data field names of a model given as ``app_label.ModelName``."""
    return PERSONAL_DATA_FIELDS.get(model_label, ())
