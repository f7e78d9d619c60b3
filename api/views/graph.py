"""Graph endpoints: nodes/edges JSON for the graph view (graphology/sigma).

Each view validates its query parameters, calls one ``graph.selectors``
function and serializes the result. ``GraphUnavailable`` propagates and becomes
503 ``graph_unavailable``; an account or post missing from the graph is 404.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from api.serializers.influence import (
    AmplifiersGraphSerializer,
    CascadeGraphSerializer,
    ClustersGraphSerializer,
    EgoGraphSerializer,
    OverviewGraphSerializer,
    PathGraphSerializer,
)
from api.views.influence import succeeded_run
from graph.backends.base import EGO_MAX_DEPTH, EGO_MAX_NODES
from graph.selectors import (
    GRAPH_MAX_EDGES,
    GRAPH_MAX_NODES,
    graph_amplifiers,
    graph_cascade,
    graph_clusters,
    graph_ego,
    graph_overview,
    graph_path,
)

MAX_ID = 2**63 - 1


def _parse(query_class: type[serializers.Serializer], request: Request) -> dict[str, Any]:
    query = query_class(data=request.query_params)
    query.is_valid(raise_exception=True)
    return dict(query.validated_data)


def _found(call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    try:
        return call()
    except LookupError as exc:
        raise exceptions.NotFound(_("Нет такого узла в графе.")) from exc


class EgoQuery(serializers.Serializer):
    depth = serializers.IntegerField(min_value=1, max_value=EGO_MAX_DEPTH, default=1)
    limit = serializers.IntegerField(min_value=1, max_value=EGO_MAX_NODES, default=100)


class EgoView(APIView):
    @extend_schema(
        summary="Эго-сеть аккаунта (соседи до 2 шагов, не больше limit узлов)",
        parameters=[EgoQuery],
        responses=EgoGraphSerializer,
    )
    def get(self, request: Request, account_id: int) -> Response:
        query = _parse(EgoQuery, request)
        result = _found(lambda: graph_ego(account_id=account_id, **query))
        return Response(EgoGraphSerializer(result).data)


class AmplifiersQuery(serializers.Serializer):
    limit = serializers.IntegerField(min_value=1, max_value=100, default=10)
    since = serializers.DateTimeField(required=False, help_text="только события не раньше")


class AmplifiersView(APIView):
    @extend_schema(
        summary="Кто сильнее всего усиливает аккаунт",
        parameters=[AmplifiersQuery],
        responses=AmplifiersGraphSerializer,
    )
    def get(self, request: Request, account_id: int) -> Response:
        query = _parse(AmplifiersQuery, request)
        result = _found(lambda: graph_amplifiers(account_id=account_id, **query))
        return Response(AmplifiersGraphSerializer(result).data)


class CascadeView(APIView):
    @extend_schema(
        summary="Каскад репостов записи: автор и кто репостил, по времени",
        responses=CascadeGraphSerializer,
    )
    def get(self, request: Request, post_id: int) -> Response:
        result = _found(lambda: graph_cascade(post_id=post_id))
        return Response(CascadeGraphSerializer(result).data)


class PathQuery(serializers.Serializer):
    source = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    target = serializers.IntegerField(min_value=1, max_value=MAX_ID)
    max_depth = serializers.IntegerField(min_value=1, max_value=6, default=6)


class PathView(APIView):
    @extend_schema(
        summary="Кратчайшая цепочка усиления от одного аккаунта к другому",
        parameters=[PathQuery],
        responses=PathGraphSerializer,
    )
    def get(self, request: Request) -> Response:
        query = _parse(PathQuery, request)
        result = graph_path(
            source_id=query["source"], target_id=query["target"], max_depth=query["max_depth"]
        )
        return Response(PathGraphSerializer(result).data)


class OverviewQuery(serializers.Serializer):
    run = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    territory = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="территория с вложенными"
    )
    community = serializers.IntegerField(required=False, min_value=0, max_value=2**31 - 1)
    min_score = serializers.FloatField(required=False, min_value=0, max_value=100)
    coordination = serializers.ChoiceField(
        choices=["hide", "only"],
        required=False,
        help_text="hide — без участников согласованных групп, "
        "only — только они и кого они усиливают",
    )
    max_nodes = serializers.IntegerField(
        min_value=1, max_value=GRAPH_MAX_NODES, default=GRAPH_MAX_NODES
    )
    max_edges = serializers.IntegerField(
        min_value=0, max_value=GRAPH_MAX_EDGES, default=GRAPH_MAX_EDGES
    )


class OverviewView(APIView):
    @extend_schema(
        summary="Весь граф для обозревателя: самые влиятельные узлы и сильнейшие связи",
        parameters=[OverviewQuery],
        responses=OverviewGraphSerializer,
    )
    def get(self, request: Request) -> Response:
        query = _parse(OverviewQuery, request)
        result = graph_overview(
            run=succeeded_run(query.get("run")),
            territory_id=query.get("territory"),
            community=query.get("community"),
            min_score=query.get("min_score"),
            coordination=query.get("coordination"),
            max_nodes=query["max_nodes"],
            max_edges=query["max_edges"],
        )
        return Response(OverviewGraphSerializer(result).data)


class ClustersQuery(serializers.Serializer):
    run = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    territory = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="территория с вложенными"
    )
    min_score = serializers.FloatField(required=False, min_value=0, max_value=100)


class ClustersView(APIView):
    @extend_schema(
        summary="Обзор графа по сообществам: сообщества и сложенные связи между ними",
        parameters=[ClustersQuery],
        responses=ClustersGraphSerializer,
    )
    def get(self, request: Request) -> Response:
        query = _parse(ClustersQuery, request)
        result = graph_clusters(
            run=succeeded_run(query.get("run")),
            territory_id=query.get("territory"),
            min_score=query.get("min_score"),
        )
        return Response(ClustersGraphSerializer(result).data)
