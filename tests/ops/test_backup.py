"""scripts/backup → wipe → scripts/restore gives identical tables (counts and
checksums), and the graph projection rebuilt from the restored ledger is identical."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from django.db import connection

from api.management.commands.db_manifest import db_manifest
from crm.models import Blogger, SocialAccount
from graph.models import Repost
from tests.factories import BloggerFactory
from tests.graph.test_influence import amplify, rerank
from tests.graph.test_rerank_worker import child_env

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return result.stdout


def ledger() -> None:
    for index in range(5):
        BloggerFactory(display_name=f"Блогер {index}", phone=f"+7999000000{index}")
    amplify([(str(100 + i % 7), str(200 + i % 3)) for i in range(40)], "b")
    amplify([(str(300 + i), str(200)) for i in range(10)], "m", kind="mention")
    assert rerank().status == "succeeded"


def backup_wipe_restore(tmp_path: Path, env: dict[str, str]) -> Path:
    out = run("scripts/backup", str(tmp_path), env=env).strip().splitlines()[-1]
    backup = Path(out)
    assert {p.name for p in backup.iterdir()} >= {"database.dump", "manifest.json", "SHA256SUMS"}
    assert oct(backup.stat().st_mode & 0o777) == "0o700"
    connection.close()
    run(sys.executable, "manage.py", "flush", "--noinput", env=env)
    assert not Blogger.objects.exists() and not Repost.objects.exists()
    connection.close()
    run("scripts/restore", str(backup), env=env)
    connection.close()
    return backup


def test_backup_wipe_restore_gives_identical_tables(postgres, transactional_db, tmp_path):
    ledger()
    before = db_manifest()
    counts = (Blogger.objects.count(), SocialAccount.objects.count(), Repost.objects.count())
    env = {**child_env("redis://127.0.0.1:1/0"), "GRAPH_BACKEND": "sql"}
    backup = backup_wipe_restore(tmp_path, env)
    assert db_manifest() == before == json.loads((backup / "manifest.json").read_text())
    assert (
        Blogger.objects.count(),
        SocialAccount.objects.count(),
        Repost.objects.count(),
    ) == counts
    assert counts[0] == 5 and counts[2] == 40
    assert Blogger.objects.get(display_name="Блогер 3").phone == "+79990000003"


def test_restore_refuses_a_damaged_backup(postgres, transactional_db, tmp_path):
    ledger()
    env = {**child_env("redis://127.0.0.1:1/0"), "GRAPH_BACKEND": "sql"}
    backup = Path(run("scripts/backup", str(tmp_path), env=env).strip().splitlines()[-1])
    with (backup / "database.dump").open("ab") as dump:
        dump.write(b"x")
    result = subprocess.run(
        ["scripts/restore", str(backup)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0 and "checksums do not match" in result.stderr
    assert Blogger.objects.count() == 5  # untouched


def test_the_projection_rebuilt_from_the_restored_ledger_is_identical(
    postgres, transactional_db, tmp_path, neo4j_backend
):
    ledger()
    neo4j_backend.project(rebuild=True)
    ids = sorted(SocialAccount.objects.values_list("pk", flat=True))
    graph_before = (neo4j_backend.counts(), neo4j_backend.edges_among(ids))
    env = {**child_env("redis://127.0.0.1:1/0"), "GRAPH_BACKEND": "sql"}
    backup_wipe_restore(tmp_path, env)
    neo4j_backend.wipe()
    assert neo4j_backend.counts().amplifies == 0
    neo4j_backend.project(rebuild=True)
    assert (neo4j_backend.counts(), neo4j_backend.edges_among(ids)) == graph_before
    assert graph_before[0].amplifies > 0
