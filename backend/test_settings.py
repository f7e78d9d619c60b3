"""Settings for the test suite: the real settings plus test-only speed-ups.

Still read from the environment (DATABASE_URL, GRAPH_BACKEND, …) so the same
suite runs on SQLite locally and PostgreSQL in CI.
"""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-secret-key-not-for-production")

from backend.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests render pages without running collectstatic first.
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test client speaks plain HTTP (the production redirect to HTTPS is tested
# through `check --deploy` in tests/ops/test_deploy.py).
SECURE_SSL_REDIRECT = False
