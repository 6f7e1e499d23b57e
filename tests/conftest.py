"""The test suite comes in three rings, one folder each, each runnable alone:

- ``tests/model``: the rules called directly on a session over a copy of the demo database (fast);
- ``tests/service``: zeep over real HTTP against the application served from a thread of the test
  process, on SQLite and, when it is reachable, on PostgreSQL;
- ``tests/process``: what needs a real ``python server.py`` (start-up, several processes, the
  command line, gunicorn).

Each test is marked with its ring (``-m model``, ``-m service``, ``-m process``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.databases import BACKENDS, Databases, postgres_reachable

RINGS = ("model", "service", "process")
TESTS = Path(__file__).resolve().parent


def pytest_configure(config):
    for ring in RINGS:
        config.addinivalue_line("markers", f"{ring}: the {ring} ring of the test suite")


def pytest_collection_modifyitems(config, items):
    for item in items:
        ring = Path(item.fspath).resolve().relative_to(TESTS).parts[0]
        if ring in RINGS:
            item.add_marker(getattr(pytest.mark, ring))


def require_backend(backend: str) -> None:
    if backend == "postgresql" and not postgres_reachable():
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    dbs = Databases(tmp_path_factory.mktemp("db"))
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request) -> str:
    require_backend(request.param)
    return request.param
