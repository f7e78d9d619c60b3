"""Rezonans settings: configured only from the environment.

Every variable is listed in the README's configuration table. Defaults are the
embedded ones (SQLite under ``var/``, the ``sql`` graph backend, a broker-less
Celery set-up), so a fresh clone runs with no configuration at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("REZONANS_VAR_DIR", BASE_DIR / "var"))


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {value!r}")


def env_float(name: str, default: float) -> float:
    raw = os.environ.get(name, "")
    try:
        return float(raw) if raw else default
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, got {raw!r}") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def database_from_url(url: str) -> dict:
    """Translate a ``DATABASE_URL`` into a Django ``DATABASES`` entry.

    Supports ``sqlite:///relative/or/absolute/path`` and
    ``postgres://user:password@host:port/name?option=value``.
    """
    parts = urlsplit(url)
    if parts.scheme == "sqlite":
        path = unquote(parts.path)
        # sqlite:///var/db.sqlite3 is relative to the project, sqlite:////abs is absolute.
        name = path[1:] if path.startswith("/") else path
        if not name:
            raise ImproperlyConfigured("DATABASE_URL for sqlite needs a file path")
        db_path = Path(name) if Path(name).is_absolute() else BASE_DIR / name
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(db_path),
            # The web server, the worker and beat share the file: wait for locks
            # instead of failing, and let readers proceed while a writer works.
            "OPTIONS": {"timeout": 30, "init_command": "PRAGMA journal_mode=WAL;"},
        }
    if parts.scheme in {"postgres", "postgresql", "pgsql"}:
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parts.path.lstrip("/")),
            "USER": unquote(parts.username or ""),
            "PASSWORD": unquote(parts.password or ""),
            "HOST": parts.hostname or "",
            "PORT": str(parts.port or ""),
            # A stopped server fails the request in seconds, not at the OS's timeout.
            "OPTIONS": {"connect_timeout": "5", **dict(parse_qsl(parts.query))},
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    raise ImproperlyConfigured(
        f"DATABASE_URL scheme {parts.scheme!r} is not supported; use sqlite:/// or postgres://"
    )


DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "insecure-development-key-only-for-debug-mode"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "crm",
    "graph",
    "monitoring",
    "alerts",
    "reports",
    "api",
    "demo",
]

MIDDLEWARE = [
    "backend.csp.ContentSecurityPolicyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "backend.urls"
WSGI_APPLICATION = "backend.wsgi.application"
ASGI_APPLICATION = "backend.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(env_str("DATABASE_URL", "sqlite:///var/rezonans.sqlite3")),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# The covering index's included columns exist on PostgreSQL only; the embedded
# SQLite database gets the index without them.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": int(env_float("PASSWORD_MIN_LENGTH", 12))},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env_str("LANGUAGE_CODE", "ru")
LANGUAGES = [("ru", "Русский"), ("en", "English")]
# Messages are written in Russian; locale/en holds their English (compiled .mo committed:
# `manage.py makemessages -l en`, translate, `manage.py compilemessages`).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Moscow")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# --- API ------------------------------------------------------------------
# The throttle counters live in the cache: set CACHE_URL=redis://… when several
# web processes serve the API, so they share one count.
CACHE_URL = env_str("CACHE_URL")
CACHES = {
    "default": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": CACHE_URL,
            # Redis down: cache calls fail within a second (the throttles then let through).
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        if CACHE_URL.startswith(("redis://", "rediss://"))
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
REST_FRAMEWORK: dict[str, Any] = {
    # Token first: its WWW-Authenticate header makes anonymous requests 401, not 403.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "api.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["api.permissions.RolePermission"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.StandardPagination",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "api.schema.AutoSchema",
    "EXCEPTION_HANDLER": "api.exceptions.exception_handler",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]
    + (["rest_framework.renderers.BrowsableAPIRenderer"] if DEBUG else []),
    "DEFAULT_THROTTLE_RATES": {
        "login": env_str("API_LOGIN_RATE", "10/min"),
        "tokens": env_str("API_TOKEN_RATE", "60/min"),
    },
    "ORDERING_PARAM": "ordering",
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Rezonans API",
    "DESCRIPTION": (
        "REST API v1 of Rezonans. Session + CSRF for the browser, `Authorization: Token <key>` "
        "for API consumers. Lists: `?page`, `?page_size` (≤ 500), `?ordering`, `?q`, and "
        "`?brief=1` for the light representation (the `…Brief` components). Errors: "
        '`{"error": {"code", "message", "fields"}}`.'
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "KindEnum": "crm.models.Territory.Kind",
        "EdgeKindEnum": "graph.ingest.edges.KINDS",
        "InfluenceStageEnum": "graph.models.InfluenceRun.Stage",
        "JobStatusEnum": "graph.models.InfluenceRun.Status",
        "AccountKindEnum": "crm.models.AccountKind",
        "FollowUpStatusEnum": "crm.models.FollowUp.Status",
        "ParticipantStatusEnum": "crm.models.ParticipantStatus",
        "IncidentStateEnum": "monitoring.models.Incident.State",
        "IncidentPriorityEnum": "monitoring.models.Incident.Priority",
        "AlertDeliveryEnum": "alerts.models.Alert.Delivery",
        "AlertEventEnum": "alerts.models.Alert.Event",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "api.schema.add_error_responses",
    ],
}

# --- web frontend ------------------------------------------------------------
# Vite builds the SPA into frontend/dist; WhiteNoise serves its files at the site
# root and backend.spa answers every client-side route with its index.html.
FRONTEND_DIST = Path(env_str("FRONTEND_DIST_DIR", str(BASE_DIR / "frontend" / "dist")))
WHITENOISE_ROOT = str(FRONTEND_DIST) if DEBUG or FRONTEND_DIST.is_dir() else None
# Files with a content hash in their name are cached forever: Vite's
# assets/<name>-<hash>.<ext> and Django's manifest <name>.<12 hex>.<ext>.
WHITENOISE_IMMUTABLE_FILE_TEST = r"^/assets/.+-[0-9A-Za-z_-]{8,}\.\w+$|\.[0-9a-f]{12}\.\w+$"

# --- graph ---------------------------------------------------------------
GRAPH_BACKEND = env_str("GRAPH_BACKEND", "sql")
if GRAPH_BACKEND not in {"sql", "neo4j"}:
    raise ImproperlyConfigured(f"GRAPH_BACKEND must be 'sql' or 'neo4j', got {GRAPH_BACKEND!r}")
NEO4J_URI = env_str("NEO4J_URI", "bolt://127.0.0.1:7687")
NEO4J_USER = env_str("NEO4J_USER", "neo4j")
NEO4J_PASSWORD = env_str("NEO4J_PASSWORD")
NEO4J_DATABASE = env_str("NEO4J_DATABASE", "neo4j")
# After a failed call, graph calls of the same process fail at once for this long.
NEO4J_DOWN_MEMO_SECONDS = env_float("NEO4J_DOWN_MEMO_SECONDS", 10.0)

# --- influence ranking ----------------------------------------------------
INFLUENCE_WINDOW_DAYS = env_float("INFLUENCE_WINDOW_DAYS", 90.0)
INFLUENCE_HALF_LIFE_DAYS = env_float("INFLUENCE_HALF_LIFE_DAYS", 30.0)
INFLUENCE_REPOST_WEIGHT = env_float("INFLUENCE_REPOST_WEIGHT", 1.0)
INFLUENCE_MENTION_WEIGHT = env_float("INFLUENCE_MENTION_WEIGHT", 0.5)
# Score = weighted sum of normalised components; "name=weight,…" (see graph/ranking/score.py).
INFLUENCE_SCORE_WEIGHTS = env_str(
    "INFLUENCE_SCORE_WEIGHTS", "pagerank=0.45,hub=0.15,reach=0.2,engagement=0.1,kcore=0.1"
)
# Risers and fallers leave out changes within the run-to-run noise: a move is at least
# this many places and this share of the previous place (graph.selectors.mover_threshold).
INFLUENCE_MOVERS_MIN_PLACES = int(env_float("INFLUENCE_MOVERS_MIN_PLACES", 3))
INFLUENCE_MOVERS_MIN_SHARE = env_float("INFLUENCE_MOVERS_MIN_SHARE", 0.05)
# Coordinated amplification (graph/ranking/coordination.py): "discount" detects groups and
# discounts their amplification in the score, "detect" only reports them, "off" skips it.
INFLUENCE_COORDINATION = env_str("INFLUENCE_COORDINATION", "discount")
if INFLUENCE_COORDINATION not in {"discount", "detect", "off"}:
    raise ImproperlyConfigured(
        f"INFLUENCE_COORDINATION must be discount, detect or off, got {INFLUENCE_COORDINATION!r}"
    )
# Seconds within which co-shares count as coordinated; 0 estimates it from the data.
INFLUENCE_COORDINATION_WINDOW = env_float("INFLUENCE_COORDINATION_WINDOW", 0.0)
# A run (or edge import job) whose worker has been silent this long is considered
# dead: the stale sweep marks it failed with the reason and a new run may start.
# Workers report after every stage (runs) and batch (imports): keep it well above
# the longest stage.
INFLUENCE_RUN_STALE_SECONDS = int(env_float("INFLUENCE_RUN_STALE_SECONDS", 600))
# Seconds between stale sweeps (beat).
STALE_SWEEP_INTERVAL = env_float("STALE_SWEEP_INTERVAL", 60.0)
# A run that met a transient error (graph store or database unavailable) is retried
# after this many seconds, doubled for each of its 3 retries, then failed with the
# reason. While it waits it is silent: keep INFLUENCE_RUN_STALE_SECONDS above 4 times it.
INFLUENCE_RETRY_SECONDS = env_float("INFLUENCE_RETRY_SECONDS", 30.0)

# Edge files uploaded through the API: largest accepted file, rejected rows kept per job.
EDGE_IMPORT_MAX_BYTES = int(env_float("EDGE_IMPORT_MAX_BYTES", 50 * 1024 * 1024))
EDGE_IMPORT_ERRORS_KEPT = int(env_float("EDGE_IMPORT_ERRORS_KEPT", 1000))

# --- celery --------------------------------------------------------------
# Without a broker URL Celery uses kombu's filesystem transport under var/, so
# the embedded set-up needs no server. Production sets redis://. Every folder the
# transport writes is named here: its control folder (exchange bindings) would
# otherwise be ``control/`` in the working directory.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
CELERY_BROKER_TRANSPORT_OPTIONS = (
    {
        "data_folder_in": str(VAR_DIR / "celery" / "queue"),
        "data_folder_out": str(VAR_DIR / "celery" / "queue"),
        "processed_folder": str(VAR_DIR / "celery" / "processed"),
        "control_folder": str(VAR_DIR / "celery" / "control"),
        "store_processed": False,
    }
    if CELERY_BROKER_URL.startswith("filesystem://")
    else {
        # A message taken by a worker that died (kill -9, lost host) goes back to the
        # queue after this long. It must exceed the longest task (the re-rank's hard
        # limit, 1 h) or a running task would be delivered twice; the runs' and jobs'
        # claims make a second delivery harmless anyway. A dead worker's run is
        # failed much sooner by the stale sweep (STALE_SWEEP_INTERVAL).
        "visibility_timeout": int(env_float("CELERY_VISIBILITY_TIMEOUT", 3900)),
        # Redis down: sending fails within seconds and the API answers 503.
        "socket_connect_timeout": 2,
    }
)
CELERY_RESULT_BACKEND = env_str("CELERY_RESULT_BACKEND") or None
CELERY_TIMEZONE = TIME_ZONE
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
RERANK_CRON = env_str("RERANK_CRON", "0 3 * * *")


def _beat_schedule() -> dict:
    from backend.schedules import beat_schedule

    return beat_schedule(
        rerank_cron=RERANK_CRON,
        vk_sync_interval=VK_SYNC_INTERVAL,
        signals_scan_interval=SIGNALS_SCAN_INTERVAL,
        stale_sweep_interval=STALE_SWEEP_INTERVAL,
        escalation_interval=INCIDENT_ESCALATION_INTERVAL,
        alert_deliver_interval=ALERT_DELIVER_INTERVAL,
        digest_hour=DIGEST_HOUR,
    )


CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# The worker's consumer survives losing Redis with messages in hand (see the class).
CELERY_WORKER_CONSUMER = "backend.celery:Consumer"

# --- VK collector (graph/ingest/vk) ------------------------------------------
# Comma-separated user or service tokens; never logged. Empty: the collector is off.
VK_TOKENS = env_list("VK_TOKENS")
# Where API methods are sent (a proxy or a test server may stand in for VK).
VK_API_BASE_URL = env_str("VK_API_BASE_URL", "https://api.vk.ru/method/")
VK_CONNECT_TIMEOUT = env_float("VK_CONNECT_TIMEOUT", 5.0)
VK_READ_TIMEOUT = env_float("VK_READ_TIMEOUT", 30.0)
# Requests per second per token, shared by all workers (Redis when VK_RATE_REDIS_URL is set).
VK_RATE_PER_SECOND = env_float("VK_RATE_PER_SECOND", 3.0)
VK_RATE_SAFETY = env_float("VK_RATE_SAFETY", 0.05)
VK_RATE_REDIS_URL = env_str(
    "VK_RATE_REDIS_URL",
    CELERY_BROKER_URL if CELERY_BROKER_URL.startswith(("redis://", "rediss://")) else "",
)
VK_MAX_RETRIES = int(env_float("VK_MAX_RETRIES", 4))
VK_RETRY_BACKOFF = env_float("VK_RETRY_BACKOFF", 1.0)
VK_FLOOD_PAUSE = env_float("VK_FLOOD_PAUSE", 900.0)
VK_QUOTA_PAUSE = env_float("VK_QUOTA_PAUSE", 6 * 3600.0)
VK_CAPTCHA_PAUSE = env_float("VK_CAPTCHA_PAUSE", 3600.0)
VK_SYNC_INTERVAL = env_float("VK_SYNC_INTERVAL", 3600.0)
# Official and community pages synced besides the accounts linked to bloggers.
VK_OFFICIAL_PAGES = env_list("VK_OFFICIAL_PAGES")

# --- monitoring ----------------------------------------------------------
# Seconds between scans for problem bursts (each over 60-minute windows).
SIGNALS_SCAN_INTERVAL = env_float("SIGNALS_SCAN_INTERVAL", 900.0)
VK_SYNC_HISTORY_DAYS = env_float("VK_SYNC_HISTORY_DAYS", 90.0)
VK_SYNC_MAX_POSTS = int(env_float("VK_SYNC_MAX_POSTS", 2000))
VK_SYNC_REFRESH_DAYS = env_float("VK_SYNC_REFRESH_DAYS", 3.0)
VK_SEARCH_HISTORY_DAYS = env_float("VK_SEARCH_HISTORY_DAYS", 7.0)
VK_SEARCH_WINDOW_HOURS = env_float("VK_SEARCH_WINDOW_HOURS", 24.0)
# Comments are read under posts published within this many days.
VK_COMMENTS_DAYS = env_float("VK_COMMENTS_DAYS", 14.0)
# One sync per account at a time: a sync holds the account this long past its last
# stored batch, so a crashed worker's hold runs out by itself.
VK_SYNC_LOCK_TTL = env_float("VK_SYNC_LOCK_TTL", 900.0)
# An account whose sync failed this many times in a row is flagged to the officer.
VK_SYNC_FAILURES_ALERT = int(env_float("VK_SYNC_FAILURES_ALERT", 3))

# --- incidents: deadlines in working time (monitoring.incidents) ---------
# First response per priority, in working hours; resolution in working days.
INCIDENT_FIRST_RESPONSE_HOURS = env_str("INCIDENT_FIRST_RESPONSE_HOURS", "urgent=1,high=3,normal=8")
INCIDENT_RESOLUTION_DAYS = env_float("INCIDENT_RESOLUTION_DAYS", 7.0)
# A new incident's priority from its severity (0-100): the first threshold it reaches.
INCIDENT_PRIORITY_SEVERITY = env_str("INCIDENT_PRIORITY_SEVERITY", "urgent=70,high=40")
# Seconds between the checks that escalate missed deadlines (once each).
INCIDENT_ESCALATION_INTERVAL = env_float("INCIDENT_ESCALATION_INTERVAL", 300.0)
# The working calendar, on the wall clock of TIME_ZONE: hours, ISO weekdays
# (1 = Monday) and holidays (YYYY-MM-DD, comma-separated).
WORK_HOURS = env_str("WORK_HOURS", "09:00-18:00")
WORK_WEEKDAYS = env_str("WORK_WEEKDAYS", "1,2,3,4,5")
WORK_HOLIDAYS = env_list("WORK_HOLIDAYS")

# --- alerts (alerts/) -------------------------------------------------------
# Links in alerts point here (the web interface as users open it).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
# Telegram Bot API: no token, no Telegram alerts. The token is never logged.
TELEGRAM_BOT_TOKEN = env_str("TELEGRAM_BOT_TOKEN")
TELEGRAM_API_BASE_URL = env_str("TELEGRAM_API_BASE_URL", "https://api.telegram.org")
TELEGRAM_TIMEOUT = env_float("TELEGRAM_TIMEOUT", 10.0)
# SMTP: no host, no e-mail alerts.
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = int(env_float("EMAIL_PORT", 587))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_TIMEOUT = int(env_float("EMAIL_TIMEOUT", 10))
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "rezonans@localhost")
# An incident alerts again (once) when its severity reaches this multiple of the
# severity it was first alerted with.
ALERT_SEVERITY_JUMP = env_float("ALERT_SEVERITY_JUMP", 1.5)
ALERT_MAX_ATTEMPTS = int(env_float("ALERT_MAX_ATTEMPTS", 8))
ALERT_RETRY_BASE = env_float("ALERT_RETRY_BASE", 30.0)  # seconds, doubled per attempt
ALERT_RETRY_MAX = env_float("ALERT_RETRY_MAX", 3600.0)
ALERT_DELIVER_INTERVAL = env_float("ALERT_DELIVER_INTERVAL", 60.0)
# Subscribers hear once that a deadline (first response, resolution) is this many
# working minutes away (0: not at all), checked every INCIDENT_ESCALATION_INTERVAL.
ALERT_DEADLINE_LEAD_MINUTES = env_float("ALERT_DEADLINE_LEAD_MINUTES", 30.0)

# --- reports (reports/) -----------------------------------------------------------
# The daily digest goes out at this hour (0–23, TIME_ZONE), retried hourly that day.
DIGEST_HOUR = int(env_float("DIGEST_HOUR", 8))
if not 0 <= DIGEST_HOUR <= 23:
    raise ImproperlyConfigured(f"DIGEST_HOUR must be 0–23, got {DIGEST_HOUR}")
# Rows in the weekly report's amplifiers, risers and fallers.
REPORT_TOP_LIMIT = int(env_float("REPORT_TOP_LIMIT", 10))

CELERY_BEAT_SCHEDULE = _beat_schedule()

# --- logging -------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # The driver reports every "index already exists" of the idempotent schema set-up.
    # urllib3 logs request lines at DEBUG, and a Telegram Bot API path holds the token.
    "loggers": {"neo4j": {"level": "WARNING"}, "urllib3": {"level": "WARNING"}},
}

# --- security for deployments behind TLS ----------------------------------
# `manage.py check --deploy` is clean with DEBUG off and the defaults below
# (tests/ops/test_deploy.py). Behind a TLS-terminating proxy set TRUSTED_PROXIES=1 so
# the client's address and the scheme come from its headers.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Sessions end after a working day and when the browser closes.
SESSION_COOKIE_AGE = int(env_float("SESSION_HOURS", 10) * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers probe over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(env_float("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=False)
SECURE_HSTS_PRELOAD = False
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
TRUSTED_PROXIES = int(env_float("TRUSTED_PROXIES", 0))
if TRUSTED_PROXIES:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    REST_FRAMEWORK["NUM_PROXIES"] = TRUSTED_PROXIES
# Content-Security-Policy of every response (backend.csp): the web interface loads
# only its own scripts; styles may be inline (the graph view and React set them).
CSP_POLICY = env_str(
    "CSP_POLICY",
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'",
)
# HSTS preload and subdomains are a commitment for the whole domain: the operator's call.
SILENCED_SYSTEM_CHECKS += ["security.W005", "security.W021"]

# --- login brute-force protection (api/security.py) ---------------------------
LOGIN_LOCKOUT_FAILURES = int(env_float("LOGIN_LOCKOUT_FAILURES", 5))
LOGIN_LOCKOUT_SECONDS = int(env_float("LOGIN_LOCKOUT_SECONDS", 900))
