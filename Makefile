# The two commands every new user needs (see README):
#   make run    the embedded product on http://127.0.0.1:8000 with demo data
#   make test   the whole test suite (CI=true: on real PostgreSQL and Redis)
.PHONY: run test lint format openapi services-up services-down
SHELL := /bin/bash

run:
	scripts/run

test:
	scripts/test $(ARGS)

lint:
	uv run ruff check . && uv run ruff format --check . && uv run mypy

openapi:
	scripts/openapi

format:
	uv run ruff format . && uv run ruff check --fix .

services-up:
	scripts/postgres start && scripts/redis start

services-down:
	scripts/redis stop; scripts/postgres stop
