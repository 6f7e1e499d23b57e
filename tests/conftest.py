"""The test suite comes in three rings, one folder each, each runnable alone:

- ``tests/model``: the rules called directly on a session over a copy of the demo database (fast);
- ``tests/service``: zeep over real HTTP against the application served from a thread of the test
  process, on SQLite and, when it is reachable, on PostgreSQL;
- ``tests/process``: what needs a real ``python server.py`` (start-up, several processes, the
  command line, gunicorn);
- ``tests/browser``: the customer portal driven in a real headless Chromium (skipped, saying why,
  when Chromium or Selenium is not installed). Slow: marked ``slow``, run by .ci/run's second command.

Each test is marked with its ring (``-m model``, ``-m service``, ``-m process``, ``-m browser``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.databases import BACKENDS, Databases, postgres_reachable

RINGS = ("model", "service", "process", "browser")
REPORT = pytest.StashKey[list]()  # lines printed at the end of the run
TESTS = Path(__file__).resolve().parent


def pytest_configure(config):
    for ring in RINGS:
        config.addinivalue_line("markers", f"{ring}: the {ring} ring of the test suite")
    config.addinivalue_line("markers", "slow: left out of the default run; .ci/run runs them apart (-m slow)")


def pytest_terminal_summary(terminalreporter, config):
    for line in config.stash.get(REPORT, []):
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def report(request):
    """report(line): a line printed at the end of the run (the counts a test wants read)."""
    return request.config.stash.setdefault(REPORT, []).append


def pytest_collection_modifyitems(config, items):
    for item in items:
        ring = Path(item.fspath).resolve().relative_to(TESTS).parts[0]
        if ring in RINGS:
            item.add_marker(getattr(pytest.mark, ring))
        if ring == "browser":
            item.add_marker(pytest.mark.slow)


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


@pytest.fixture(scope="session")
def start_portal(tmp_path_factory, databases):
    """start_portal(language=..., instances=..., portal_instances=...) -> a server with the customer
    portal on, on a fresh copy of the demo database (SQLite), stopped at the end of the run."""
    from tests.support.portal_site import start_portal_server

    running = []

    def start(**options):
        server = start_portal_server(tmp_path_factory.mktemp("portal"), databases.copy("sqlite"), **options)
        running.append(server)
        return server

    yield start
    for server in running:
        server.stop()
