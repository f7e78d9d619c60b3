"""Edge import jobs through the API: upload → job → import (the task's function
run directly) → progress, counts and per-row errors; roles; bad uploads."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from backend import roles
from graph.ingest.jobs import edge_import_job_run
from graph.models import EdgeImportJob, Post, Repost
from tests.api.base import ALL_ROLES, assert_error_shape

pytestmark = pytest.mark.django_db
URL = "/api/v1/imports/edges/"
CSV = (
    "kind,source,target,occurred_at\n"
    "repost,100,200,2025-03-01T10:00:00+03:00\n"
    "repost,101,200,2025-03-01T11:00:00+03:00\n"
    "oops,102,200,2025-03-01T12:00:00+03:00\n"
    "mention,103,200,not-a-date\n"
    "mention,104,200,2025-03-02\n"
)


def upload(client, name="edges.csv", content=CSV, **fields):
    file = SimpleUploadedFile(name, content.encode(), content_type="text/csv")
    return client.post(URL, {"file": file, **fields}, format="multipart")


@pytest.mark.parametrize("role", [None, *ALL_ROLES])
def test_upload_and_read_jobs_by_role(client_for, role):
    client = client_for(role)
    response = upload(client)
    allowed = role in (roles.ANALYST, roles.ADMIN)
    if role is None:
        assert_error_shape(response, 401)
    elif not allowed:
        assert_error_shape(response, 403, "permission_denied")
    else:
        assert response.status_code == 202, response.content
    assert EdgeImportJob.objects.count() == (1 if allowed else 0)
    job = EdgeImportJob.objects.create(filename="x.csv", format="csv", platform="vk", content=b"x")
    for url in (URL, f"{URL}{job.pk}/", f"{URL}{job.pk}/errors/"):
        response = client.get(url)
        if role is None:
            assert_error_shape(response, 401)
        elif not allowed:
            assert_error_shape(response, 403, "permission_denied")
        else:
            assert response.status_code == 200, url


def test_import_job_counts_progress_and_row_errors(client_for):
    client = client_for(roles.ANALYST)
    created = upload(client).json()
    assert (created["status"], created["progress"], created["format"]) == ("pending", 0, "csv")
    job = edge_import_job_run(job_id=created["id"])
    assert job.status == "succeeded"
    body = client.get(f"{URL}{job.pk}/").json()
    assert body["status"] == "succeeded" and body["progress"] == 100
    assert (body["rows_read"], body["rows_created"], body["rows_present"]) == (5, 3, 0)
    assert (body["rows_rejected"], body["new_accounts"]) == (2, 4)  # 100, 101, 104, 200
    assert body["created_by"] == "analyst-user" and body["finished_at"]
    assert Repost.objects.count() == 2
    errors = client.get(f"{URL}{job.pk}/errors/").json()
    assert errors["count"] == 2
    assert [e["line_no"] for e in errors["results"]] == [4, 5]
    assert "oops" in errors["results"][0]["reason"]
    assert "not-a-date" in errors["results"][1]["reason"]
    # a code and parameters, so the interface words the reason in its language
    assert {k: errors["results"][1][k] for k in ("code", "params")} == {
        "code": "not_a_timestamp",
        "params": {"field": "occurred_at", "value": "not-a-date"},
    }
    page = client.get(f"{URL}{job.pk}/errors/", {"page_size": 1}).json()
    assert len(page["results"]) == 1 and page["next"]

    # the same file again: nothing new, everything already present
    again = edge_import_job_run(job_id=upload(client).json()["id"])
    assert (again.rows_created, again.rows_present, again.rows_rejected) == (0, 3, 2)
    assert Repost.objects.count() == 2
    # a redelivered task finds the job taken and does nothing
    assert edge_import_job_run(job_id=job.pk).rows_read == 5


def test_small_batches_report_progress_and_keep_good_rows(client_for):
    rows = "".join(f"repost,{i},1,2025-03-01T10:{i % 60:02d}:00\n" for i in range(2, 50))
    content = "kind,source,target,occurred_at\n" + rows
    job_id = upload(client_for(roles.ADMIN), content=content).json()["id"]
    seen: list[int] = []
    from graph.ingest import importer

    original = importer.EdgeImporter._store

    def spy(self, batch):
        original(self, batch)
        seen.append(EdgeImportJob.objects.get(pk=job_id).progress)

    importer.EdgeImporter._store = spy  # type: ignore[method-assign]
    try:
        job = edge_import_job_run(job_id=job_id, batch_size=10)
    finally:
        importer.EdgeImporter._store = original  # type: ignore[method-assign]
    assert job.rows_created == 48 and job.progress == 100
    assert len(seen) == 5 and seen == sorted(seen) and all(0 < p <= 100 for p in seen)


def test_jsonl_and_edgelist_uploads(client_for):
    client = client_for(roles.ANALYST)
    jsonl = '{"kind": "mention", "source": "1", "target": "2", "occurred_at": "2025-01-01"}\n'
    job = edge_import_job_run(job_id=upload(client, "e.jsonl", jsonl).json()["id"])
    assert (job.status, job.rows_created) == ("succeeded", 1)
    edgelist = "1 2\n2 3 4\n"
    response = upload(client, "e.edgelist", edgelist, kind="repost")
    assert response.status_code == 202 and response.json()["occurred_at"]
    job = edge_import_job_run(job_id=response.json()["id"])
    assert (job.status, job.rows_created) == ("succeeded", 2)


def test_fatal_header_fails_the_job_with_the_reason(client_for):
    client = client_for(roles.ANALYST)
    job = edge_import_job_run(job_id=upload(client, content="a,b\n1,2\n").json()["id"])
    assert job.status == "failed" and "line 1" in job.error
    body = client.get(f"{URL}{job.pk}/").json()
    assert body["error"] == job.error
    assert body["error_code"] == "missing_columns"
    assert body["error_params"]["line"] == 1
    assert body["error_params"]["missing"] == "kind, source, target, occurred_at"


def test_bad_uploads_name_the_field(client_for, settings):
    client = client_for(roles.ANALYST)
    error = assert_error_shape(client.post(URL, {}, format="multipart"), 400)
    assert "file" in error["fields"]
    error = assert_error_shape(upload(client, name="edges.bin"), 400)
    assert "format" in error["fields"]
    error = assert_error_shape(upload(client, name="e.edgelist", content="1 2\n"), 400)
    assert "kind" in error["fields"]
    error = assert_error_shape(upload(client, format="xml"), 400)
    assert "format" in error["fields"]
    settings.EDGE_IMPORT_MAX_BYTES = 10
    error = assert_error_shape(upload(client), 400)
    assert "file" in error["fields"]
    assert not EdgeImportJob.objects.exists()


def test_job_list_query_count_is_bounded(client_for):
    client = client_for(roles.ANALYST)
    upload(client)
    client.get(URL)
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL).status_code == 200
    for _ in range(5):
        edge_import_job_run(job_id=upload(client).json()["id"])
    with CaptureQueriesContext(connection) as many:
        response = client.get(URL, {"page_size": 500})
    assert response.json()["count"] == 6
    assert len(many) == len(few) <= 6
    assert "content" not in response.json()["results"][0]


POSTS_URL = "/api/v1/imports/posts/"
POSTS = (
    '{"author": "501", "external_id": "1", "published_at": "2026-11-30T09:00:00+03:00",'
    ' "text": "Нет света на Садовой"}\n'
    '{"author": "502", "external_id": "2", "published_at": "позавчера", "text": "x"}\n'
    '{"author": "502", "external_id": "3", "published_at": "2026-11-30T10:00:00+03:00",'
    ' "text": "И у нас", "parent": "1", "parent_author": "501"}\n'
)


def test_post_import_jobs_store_posts_keep_bad_rows_and_are_listed_apart(client_for):
    client = client_for(roles.ANALYST)
    file = SimpleUploadedFile("posts.jsonl", POSTS.encode(), content_type="application/x-ndjson")
    created = client.post(POSTS_URL, {"file": file, "platform": "vk"}, format="multipart")
    assert created.status_code == 202, created.content
    assert created["Location"].endswith(f"{POSTS_URL}{created.json()['id']}/")
    assert (created.json()["data"], created.json()["format"]) == ("posts", "jsonl")

    job = edge_import_job_run(job_id=created.json()["id"])
    assert (job.status, job.rows_read, job.rows_created, job.rows_rejected) == (
        "succeeded",
        3,
        2,
        1,
    )
    errors = client.get(f"{POSTS_URL}{job.pk}/errors/").json()["results"]
    assert [(e["line_no"], "published_at" in e["reason"]) for e in errors] == [(2, True)]
    comment = Post.objects.get(external_id="3")
    assert comment.parent == Post.objects.get(external_id="1")

    # Edge jobs and post jobs are listed by their own endpoints.
    upload(client)
    assert [j["data"] for j in client.get(POSTS_URL).json()["results"]] == ["posts"]
    assert [j["data"] for j in client.get(URL).json()["results"]] == ["edges"]
    assert client.get(f"{URL}{job.pk}/").status_code == 404

    # An edge list is not a post format.
    file = SimpleUploadedFile("posts.edgelist", b"1 2\n")
    refused = client.post(POSTS_URL, {"file": file}, format="multipart")
    assert "format" in assert_error_shape(refused, 400)["fields"]


def test_viewers_and_officers_cannot_upload_posts(client_for):
    for role in (roles.VIEWER, roles.OFFICER):
        file = SimpleUploadedFile("posts.jsonl", POSTS.encode())
        response = client_for(role).post(POSTS_URL, {"file": file}, format="multipart")
        assert_error_shape(response, 403, "permission_denied")
