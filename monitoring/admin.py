"""Admin of monitoring: watch topics are edited here as in the API (the same
keyword validation); analyses, labels, classifier versions and incidents are
listed and explained."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from graph.admin import ReadOnlyAdmin
from monitoring.models import ClassifierVersion, Incident, PostAnalysis, PostLabel, WatchTopic
from monitoring.topics import validate_keywords


class WatchTopicForm(forms.ModelForm):
    class Meta:
        model = WatchTopic
        fields = ["name", "keywords", "exclusions", "territory", "weight", "owner", "is_active"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for field, messages in validate_keywords(
            data.get("keywords") or [], data.get("exclusions") or []
        ).items():
            for message in messages:
                self.add_error(field if field in self.fields else None, message)
        return data


@admin.register(WatchTopic)
class WatchTopicAdmin(SimpleHistoryAdmin):
    form = WatchTopicForm
    list_display = ["name", "territory", "weight", "owner", "is_active", "updated_at"]
    list_filter = ["is_active", "territory"]
    search_fields = ["name"]
    raw_id_fields = ["owner"]


@admin.register(PostAnalysis)
class PostAnalysisAdmin(ReadOnlyAdmin):
    list_display = ["post", "published_at", "territory", "negativity", "needs_response"]
    list_filter = ["needs_response", "topics", "language"]
    list_select_related = ["post", "territory"]
    raw_id_fields = ["post"]
    date_hierarchy = "published_at"


@admin.register(PostLabel)
class PostLabelAdmin(SimpleHistoryAdmin):
    list_display = ["post", "label", "labelled_by", "labelled_at"]
    list_filter = ["label"]
    raw_id_fields = ["post", "labelled_by"]


@admin.register(ClassifierVersion)
class ClassifierVersionAdmin(ReadOnlyAdmin):
    list_display = ["version", "trained_at", "examples", "metrics", "is_active"]
    exclude = ["model"]


@admin.register(Incident)
class IncidentAdmin(ReadOnlyAdmin):
    list_display = ["title", "state", "severity", "post_count", "started_at", "detected_at"]
    list_filter = ["state", "is_open", "topic", "territory"]
    search_fields = ["title"]
    raw_id_fields = ["posts"]
    date_hierarchy = "detected_at"
