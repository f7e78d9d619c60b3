"""Server messages in the interface's language: Russian by default, English on
``Accept-Language: en`` (the frontend sends its language with every request);
the committed English catalog is compiled from its source."""

from __future__ import annotations

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from backend import roles
from crm.models import Blogger
from tests.api.base import assert_error_shape
from tests.factories import BloggerFactory

ROOT = Path(__file__).resolve().parents[2]
PO = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")
CYRILLIC = re.compile("[А-Яа-яЁё]")

pytestmark = pytest.mark.django_db


def _po_entries(text: str) -> dict[str, str]:
    """msgid → msgstr of a .po file without plurals or contexts (what we write)."""
    entries: dict[str, str] = {}
    current: dict[str, str] = {}
    key = ""
    for line in [*text.splitlines(), ""]:
        if line.startswith(("msgid ", "msgstr ")):
            key, _, literal = line.partition(" ")
            current[key] = ast.literal_eval(literal)
        elif line.startswith('"') and key:
            current[key] += ast.literal_eval(line)
        elif not line.strip() and "msgid" in current:
            entries[current["msgid"]] = current.get("msgstr", "")
            current, key = {}, ""
    return entries


def test_the_committed_catalog_is_compiled_from_its_source():
    entries = {k: v for k, v in _po_entries(PO.read_text(encoding="utf-8")).items() if k}
    with MO.open("rb") as handle:
        catalog = gettext.GNUTranslations(handle)
    translated = {k: v for k, v in entries.items() if v}
    assert len(translated) >= 40
    assert {k: catalog.gettext(k) for k in translated} == translated
    assert not [v for v in translated.values() if CYRILLIC.search(v)]


def test_login_failure_in_russian_by_default_and_in_english_on_request(client_for):
    client = client_for(None)
    body = {"username": "nobody", "password": "wrong"}
    russian = assert_error_shape(client.post("/api/v1/auth/login/", body, format="json"), 401)
    assert russian["message"] == "Неверное имя пользователя или пароль."
    english = assert_error_shape(
        client.post("/api/v1/auth/login/", body, format="json", HTTP_ACCEPT_LANGUAGE="en"), 401
    )
    assert english["message"] == "Wrong user name or password."


def test_role_and_validation_errors_in_english(client_for):
    viewer = client_for(roles.VIEWER)
    denied = viewer.post("/api/v1/imports/edges/", {}, HTTP_ACCEPT_LANGUAGE="en")
    assert assert_error_shape(denied, 403)["message"] == "Your role is not allowed to do this."
    analyst = client_for(roles.ANALYST)
    empty = SimpleUploadedFile("e.csv", b"", content_type="text/csv")
    response = analyst.post(
        "/api/v1/imports/edges/", {"file": empty}, format="multipart", HTTP_ACCEPT_LANGUAGE="en"
    )
    error = assert_error_shape(response, 400)
    messages = [error["message"], *(m for field in error["fields"].values() for m in field)]
    assert not CYRILLIC.search(" ".join(messages))
    unknown = analyst.post(
        "/api/v1/imports/edges/",
        {"file": SimpleUploadedFile("e.xyz", b"1 2\n")},
        format="multipart",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    error = assert_error_shape(unknown, 400)
    assert error["message"] == "Could not tell the file's format."
    assert error["fields"]["format"] == ["Choose one of the formats: csv, jsonl, edgelist."]
    russian = analyst.post(
        "/api/v1/imports/edges/",
        {"file": SimpleUploadedFile("e.xyz", b"1 2\n")},
        format="multipart",
    )
    assert assert_error_shape(russian, 400)["message"] == "Не удалось определить формат файла."


def test_refused_account_link_in_english_on_request_and_in_russian_by_default(client_for):
    officer = client_for(roles.OFFICER)
    body = {"display_name": "X", "account_urls": ["https://vk.com/wall-1_2"]}
    english = assert_error_shape(
        officer.post("/api/v1/bloggers/", body, format="json", HTTP_ACCEPT_LANGUAGE="en"), 400
    )
    (message,) = english["fields"]["account_urls"]
    assert message.startswith("[0] https://vk.com/wall-1_2: ")
    assert "“https://vk.com/wall-1_2” is a link to a post" in message
    assert not CYRILLIC.search(" ".join([english["message"], message]))
    russian = assert_error_shape(officer.post("/api/v1/bloggers/", body, format="json"), 400)
    assert russian["fields"]["account_urls"] == [
        "[0] https://vk.com/wall-1_2: «https://vk.com/wall-1_2» — ссылка на запись или материал, "
        "а не на страницу. Ожидается vk.com/<имя>, vk.com/id123 или vk.com/club123."
    ]


def test_bad_boolean_filter_in_english(client_for):
    response = client_for(roles.OFFICER).get(
        "/api/v1/bloggers/", {"archived": "maybe"}, HTTP_ACCEPT_LANGUAGE="en"
    )
    error = assert_error_shape(response, 400)
    assert error["fields"]["archived"] == ["Expected true or false."]
    assert not CYRILLIC.search(error["message"])


def test_merge_refusals_in_english(client_for):
    officer = client_for(roles.OFFICER)
    kept, merged_away, other = (BloggerFactory(display_name=n) for n in ("Kept", "Dup", "Other"))
    Blogger.objects.filter(pk=merged_away.pk).update(merged_into=kept, is_archived=True)

    def refusal(source: Blogger, into: Blogger, code: str) -> dict:
        url = f"/api/v1/bloggers/{source.pk}/merge/"
        response = officer.post(url, {"into": into.pk}, format="json", HTTP_ACCEPT_LANGUAGE="en")
        return assert_error_shape(response, 400, code)

    itself = refusal(kept, kept, "merge_self")
    assert itself["message"] == "A blogger cannot be merged with itself."
    assert itself["fields"]["into"] == ["Choose another record."]
    already = refusal(merged_away, other, "merge_already_merged")
    assert already["message"] == f"Blogger “Dup” has already been merged into id {kept.pk}."
    assert already["fields"]["source"] == ["Already merged."]
    target_merged = refusal(other, merged_away, "merge_target_merged")
    assert not CYRILLIC.search(target_merged["message"])
    assert target_merged["fields"]["into"] == [f"The record has been merged into id {kept.pk}."]


def test_an_account_of_another_blogger_is_refused_in_english(client_for):
    officer = client_for(roles.OFFICER)
    first = {"display_name": "Owner", "account_urls": ["https://vk.com/zarechye_news"]}
    owner = officer.post("/api/v1/bloggers/", first, format="json")
    assert owner.status_code == 201, owner.content
    second = {"display_name": "Copy", "account_urls": ["https://vk.com/zarechye_news"]}
    response = officer.post("/api/v1/bloggers/", second, format="json", HTTP_ACCEPT_LANGUAGE="en")
    error = assert_error_shape(response, 409)
    owner_id = owner.json()["id"]
    assert error["message"] == (
        "Account https://vk.com/zarechye_news is already linked to blogger “Owner” "
        f"(id {owner_id})."
    )
    assert not CYRILLIC.search(" ".join(m for field in error["fields"].values() for m in field))
    russian = assert_error_shape(officer.post("/api/v1/bloggers/", second, format="json"), 409)
    assert "уже привязан к блогеру «Owner»" in russian["message"]
