"""Serving the built web frontend (frontend/dist, built by Vite).

WhiteNoise serves the files themselves (``WHITENOISE_ROOT``: /assets/…, /favicon.svg,
hashed names cached forever);
every other path outside /api/, /admin/ and /static/ is a client-side route of
the single-page app and gets ``index.html`` (the SPA fallback), so deep links
like /bloggers/12 survive a reload.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import ensure_csrf_cookie
from django.views.decorators.http import require_safe

NOT_BUILT = (
    "The web interface has not been built yet: run `make run` (it builds it with Node.js 20)\n"
    "or `npm ci && npm run build` in frontend/. The API (/api/) and the admin (/admin/) work.\n"
)


@require_safe
@ensure_csrf_cookie
def spa_index(request: HttpRequest) -> HttpResponse:
    """Return the SPA's index.html (never cached: it names the current asset hashes)."""
    try:
        content = (settings.FRONTEND_DIST / "index.html").read_bytes()
    except FileNotFoundError:
        return HttpResponse(NOT_BUILT, status=503, content_type="text/plain; charset=utf-8")
    response = HttpResponse(content, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-cache"
    return response
