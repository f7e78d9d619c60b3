# The Rezonans image: web (gunicorn), worker and beat (Celery) of docker-compose.yml.
# The same commands as scripts/stack (tests/ops/test_packaging.py compares them).

# 1. The web interface, built by Node.
FROM node:20-slim AS frontend
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci
COPY frontend/ ./
COPY api/openapi.json /src/api/openapi.json
RUN npm run build

# 2. The Python runtime: locked dependencies only, no build tools, no Node.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv PATH=/opt/venv/bin:$PATH \
    REZONANS_VAR_DIR=/app/var GUNICORN_BIND=0.0.0.0:8000 NUMBA_CACHE_DIR=/app/var/numba
RUN apt-get update && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev --no-install-project && pip uninstall -y uv
COPY . .
COPY --from=frontend /src/frontend/dist /app/frontend/dist
RUN SECRET_KEY=build-only python manage.py collectstatic --noinput \
    && useradd --system --uid 10001 --home-dir /app rezonans \
    && mkdir -p /app/var && chown -R rezonans /app/var
USER rezonans
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=5s --retries=5 \
    CMD python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"
CMD ["gunicorn", "-c", "backend/gunicorn.conf.py", "backend.wsgi"]
