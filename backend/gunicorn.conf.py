"""gunicorn's settings for the stack (scripts/stack) and the image (Dockerfile): one
file, so both start the web the same way: `gunicorn -c backend/gunicorn.conf.py backend.wsgi`."""

import os

# The stack listens on loopback (PORT); the container on every address (GUNICORN_BIND).
port = os.environ.get("PORT", "8000")
bind = os.environ.get("GUNICORN_BIND") or f"127.0.0.1:{port}"
# Threads serve requests that wait on PostgreSQL or Neo4j; processes use the cores.
workers = int(os.environ.get("WEB_WORKERS", "3"))
threads = int(os.environ.get("WEB_THREADS", "4"))
worker_class = "gthread"
# Exports of 100,000 bloggers take tens of seconds.
timeout = 120
graceful_timeout = 30
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
