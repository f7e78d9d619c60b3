"""The image, docker-compose.yml, .env.example and scripts/stack agree: every variable
they name is one the settings read, and the image runs the stack script's commands."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
DOCKERFILE = (ROOT / "Dockerfile").read_text()
STACK = (ROOT / "scripts" / "stack").read_text()
APP_SERVICES = ("migrate", "web", "worker", "beat")


def variables_read() -> set[str]:
    """Names read from the environment by the settings and the gunicorn configuration."""
    names: set[str] = set()
    for path in ("backend/settings.py", "backend/gunicorn.conf.py"):
        text = (ROOT / path).read_text()
        names |= set(re.findall(r"env_\w+\(\s*\"([A-Z0-9_]+)\"", text))
        names |= set(re.findall(r"os\.environ(?:\.get)?\(\s*\"([A-Z0-9_]+)\"", text))
        names |= set(re.findall(r"os\.environ\[\"([A-Z0-9_]+)\"\]", text))
    return names


READ = variables_read()


def env_example() -> dict[str, str]:
    pairs = {}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value
    return pairs


def compose_interpolated() -> set[str]:
    return set(re.findall(r"\$\{([A-Z0-9_]+)", (ROOT / "docker-compose.yml").read_text()))


def stack_array(name: str) -> list[str]:
    match = re.search(rf"^{name}=\((.*)\)$", STACK, re.M)
    assert match, f"{name} is not defined in scripts/stack"
    return shlex.split(match.group(1))


def normalised(command: str | list[str]) -> str:
    text = command if isinstance(command, str) else " ".join(command)
    text = text.replace('"', "")
    return " ".join(text.split())


def test_the_settings_read_the_variables_the_reader_tests_look_for():
    assert {"SECRET_KEY", "DATABASE_URL", "CELERY_BROKER_URL", "WEB_WORKERS"} <= READ


def test_every_variable_of_env_example_is_read():
    unknown = {
        name for name in env_example() if name not in READ and name not in compose_interpolated()
    }
    assert unknown == set(), f".env.example names variables nothing reads: {sorted(unknown)}"
    assert "draft" not in (ROOT / ".env.example").read_text().lower()


def test_every_variable_the_app_containers_get_is_read_by_the_settings():
    app = COMPOSE["x-app"]
    assert set(app["environment"]) <= READ, set(app["environment"]) - READ
    # and compose's own ${…} come from .env.example (or have a default)
    text = (ROOT / "docker-compose.yml").read_text()
    without_default = set(re.findall(r"\$\{([A-Z0-9_]+)\}", text)) | set(
        re.findall(r"\$\{([A-Z0-9_]+):\?", text)
    )
    assert without_default <= set(env_example()), without_default - set(env_example())


def test_every_variable_the_stack_sets_is_read_by_the_settings():
    block = re.search(r"stack_env\(\) \{\n  cat <<ENV\n(.*?)\nENV", STACK, re.S)
    assert block
    names = {line.split("=", 1)[0] for line in block.group(1).splitlines()}
    assert names - READ == set()


def test_compose_is_complete_and_not_a_draft():
    text = (ROOT / "docker-compose.yml").read_text()
    assert "draft" not in text.lower()
    services = COMPOSE["services"]
    assert {"postgres", "redis", "neo4j", "web", "worker", "beat", "migrate"} <= set(services)
    for name in ("postgres", "redis", "neo4j", "web", "worker", "beat"):
        merged = {**COMPOSE["x-app"], **services[name]} if name in APP_SERVICES else services[name]
        assert merged.get("restart") == "unless-stopped", name
    for name in ("postgres", "redis", "neo4j", "web", "worker"):
        assert services[name].get("healthcheck"), f"{name} has no health check"
    assert set(COMPOSE["volumes"]) >= {"postgres", "redis", "neo4j"}
    assert "/readyz" in str(services["web"]["healthcheck"]["test"])


def test_the_image_is_multi_stage_non_root_with_the_built_interface():
    stages = re.findall(r"^FROM\s+(\S+)", DOCKERFILE, re.M)
    assert len(stages) == 2 and stages[0].startswith("node:") and "slim" in stages[1]
    assert "npm ci" in DOCKERFILE and "npm run build" in DOCKERFILE
    assert "COPY --from=frontend /src/frontend/dist /app/frontend/dist" in DOCKERFILE
    assert re.search(r"^USER\s+rezonans$", DOCKERFILE, re.M)
    assert "uv sync --frozen --no-dev" in DOCKERFILE


def test_the_image_and_compose_run_the_stack_scripts_commands():
    services = COMPOSE["services"]
    web = stack_array("WEB_CMD")
    assert normalised(services["web"]["command"]) == normalised(web)
    cmd = re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.M)
    assert cmd and normalised(yaml.safe_load(cmd.group(1))) == normalised(web)
    worker = normalised(stack_array("WORKER_CMD"))
    assert normalised(services["worker"]["command"]) == worker
    assert normalised(services["beat"]["command"]) == normalised(stack_array("BEAT_CMD"))
    migrate = normalised(services["migrate"]["command"])
    assert normalised(stack_array("MIGRATE_CMD")) in migrate
    assert normalised(stack_array("SCHEMA_CMD")) in migrate
    assert normalised(stack_array("COLLECTSTATIC_CMD")) in normalised(DOCKERFILE)
