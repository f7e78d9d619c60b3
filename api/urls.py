"""/api/v1/ routes. Register a new resource on ``router`` (see api/README.md)."""

from __future__ import annotations

from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.permissions import AllowAny
from rest_framework.routers import SimpleRouter

from api.exceptions import not_found_view
from api.views import alerts, auth, crm, graph, imports, influence, monitoring, reports, vk

router = SimpleRouter()
router.register("bloggers", crm.BloggerViewSet, basename="blogger")
router.register("accounts", crm.SocialAccountViewSet, basename="account")
router.register("interactions", crm.InteractionViewSet, basename="interaction")
router.register("followups", crm.FollowUpViewSet, basename="followup")
router.register("campaigns", crm.CampaignViewSet, basename="campaign")
router.register("campaign-participants", crm.CampaignParticipantViewSet, basename="participant")
router.register(
    "campaign-publications", crm.CampaignPublicationViewSet, basename="campaign-publication"
)
router.register("territories", crm.TerritoryViewSet, basename="territory")
router.register("topics", crm.TopicViewSet, basename="topic")
router.register("users", crm.UserViewSet, basename="user")
# Influence, graph and import endpoints register here too (api/views/graph.py).
router.register("tokens", auth.ApiTokenViewSet, basename="token")
router.register("influence/runs", influence.InfluenceRunViewSet, basename="influence-run")
router.register("imports/edges", imports.EdgeImportJobViewSet, basename="edge-import")
router.register("imports/posts", imports.PostImportJobViewSet, basename="post-import")
router.register("watch-topics", monitoring.WatchTopicViewSet, basename="watch-topic")
router.register("posts", monitoring.PostViewSet, basename="post")
router.register("incidents", monitoring.IncidentViewSet, basename="incident")
router.register("vk/accounts", vk.VkAccountStatusViewSet, basename="vk-account")
router.register("alerts", alerts.AlertViewSet, basename="alert")
router.register("alert-subscriptions", alerts.SubscriptionViewSet, basename="alert-subscription")

v1 = [
    path("auth/csrf/", auth.CsrfView.as_view(), name="auth-csrf"),
    path("auth/login/", auth.LoginView.as_view(), name="auth-login"),
    path("auth/logout/", auth.LogoutView.as_view(), name="auth-logout"),
    path("auth/me/", auth.MeView.as_view(), name="auth-me"),
    path(
        "influence/leaderboard/", influence.LeaderboardView.as_view(), name="influence-leaderboard"
    ),
    path("influence/movers/", influence.MoversView.as_view(), name="influence-movers"),
    path("reports/weekly/", reports.WeeklyReportView.as_view(), name="report-weekly"),
    path(
        "influence/bloggers/<int:blogger_id>/history/",
        influence.BloggerHistoryView.as_view(),
        name="influence-blogger-history",
    ),
    path(
        "influence/bloggers/<int:blogger_id>/explanation/",
        influence.BloggerExplanationView.as_view(),
        name="influence-blogger-explanation",
    ),
    path(
        "influence/runs/<int:run_id>/coordination-groups/",
        influence.CoordinationGroupListView.as_view(),
        name="influence-coordination-groups",
    ),
    path(
        "influence/runs/<int:run_id>/coordination-groups/<int:number>/members/",
        influence.CoordinationGroupMembersView.as_view(),
        name="influence-coordination-group-members",
    ),
    path(
        "influence/coordination-marks/",
        influence.CoordinationMarkView.as_view(),
        name="influence-coordination-marks",
    ),
    path(
        "influence/runs/<int:run_id>/communities/",
        influence.CommunityListView.as_view(),
        name="influence-communities",
    ),
    path(
        "influence/runs/<int:run_id>/communities/<int:number>/members/",
        influence.CommunityMembersView.as_view(),
        name="influence-community-members",
    ),
    path("signals/trends/", monitoring.TrendsView.as_view(), name="signals-trends"),
    path("graph/overview/", graph.OverviewView.as_view(), name="graph-overview"),
    path("graph/clusters/", graph.ClustersView.as_view(), name="graph-clusters"),
    path("graph/path/", graph.PathView.as_view(), name="graph-path"),
    path("graph/accounts/<int:account_id>/ego/", graph.EgoView.as_view(), name="graph-ego"),
    path(
        "graph/accounts/<int:account_id>/amplifiers/",
        graph.AmplifiersView.as_view(),
        name="graph-amplifiers",
    ),
    path("graph/posts/<int:post_id>/cascade/", graph.CascadeView.as_view(), name="graph-cascade"),
    path("", include(router.urls)),
]

app_name = "api"
urlpatterns = [
    path("v1/", include(v1)),
    path(
        "schema/",
        SpectacularAPIView.as_view(permission_classes=[AllowAny], authentication_classes=[]),
        name="schema",
    ),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(
            url_name="api:schema", permission_classes=[AllowAny], authentication_classes=[]
        ),
        name="docs",
    ),
    re_path(r"^.*$", not_found_view),
]
