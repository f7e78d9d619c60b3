"""The Content-Security-Policy header (``CSP_POLICY``) on every response.

The web interface, the admin and the API docs load scripts only from this site
(the docs' set-up script included: the split Swagger view serves it as a file), so
an injected ``<script>`` or a script from elsewhere does not run. The browser tests
run under this policy.
"""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if settings.CSP_POLICY and "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = settings.CSP_POLICY
        return response
