"""Every admin page an officer opens renders, with data in it."""

import pytest
from django.contrib import admin
from django.urls import reverse

from graph.services import influence_run_execute, influence_run_request
from monitoring.models import WatchTopic
from tests.factories import BloggerFactory, InteractionFactory, SocialAccountFactory
from tests.graph.test_influence import amplify

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", password="x-not-used-x")
    client.force_login(user)
    return client


def test_changelists_and_change_pages_render(staff_client):
    blogger = BloggerFactory(display_name="Марина из Заречья")
    SocialAccountFactory(blogger=blogger, external_id="1")
    InteractionFactory(blogger=blogger)
    amplify([("2", "1"), ("3", "1")], "adm")
    run, _ = influence_run_request(enqueue=False)
    influence_run_execute(run_id=run.pk)
    for model in admin.site._registry:
        opts = model._meta
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        response = staff_client.get(url)
        assert response.status_code == 200, url
        obj = model._default_manager.first()
        if obj is not None:
            change = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
            assert staff_client.get(change).status_code == 200, change
    page = staff_client.get(reverse("admin:crm_blogger_changelist")).content.decode()
    assert "Марина из Заречья" in page


def test_admin_requires_login(client):
    response = client.get(reverse("admin:crm_blogger_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_watch_topic_edited_in_the_admin_gets_the_keyword_checks(staff_client):
    url = reverse("admin:monitoring_watchtopic_add")
    data = {"name": "Слишком общая", "keywords": '["город"]', "exclusions": "[]", "weight": "1"}
    response = staff_client.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert "Слишком общее слово" in response.content.decode()
    assert not WatchTopic.objects.exists()
    data = {**data, "name": "Отопление", "keywords": '["отопление"]', "is_active": "on"}
    assert staff_client.post(url, data).status_code == 302
    assert WatchTopic.objects.get().keywords == ["отопление"]
