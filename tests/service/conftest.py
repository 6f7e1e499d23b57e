"""The service ring: zeep over real HTTP against in-process servers, each on its own copy of the
demo database."""
from __future__ import annotations

import re

import pytest

from tests.conftest import require_backend
from tests.support.portal_client import Portal
from tests.support.servers import InProcessServer, write_ini


@pytest.fixture(scope="session")
def start_server(tmp_path_factory, databases):
    """start_server(backend, webservices={...}, language=..., db_url=...) -> an InProcessServer on a
    fresh copy of the demo database (or on ``db_url``), stopped at the end of the run."""
    running = []

    def start(backend="sqlite", webservices=None, language="Spanish", db_url=None) -> InProcessServer:
        require_backend(backend)
        url = db_url or databases.copy(backend)
        ini = write_ini(tmp_path_factory.mktemp(f"server-{backend}"), url, webservices=webservices,
                        language=language)
        server = InProcessServer(ini, url, backend)
        running.append(server)
        return server

    yield start
    for server in running:
        server.stop()


@pytest.fixture(scope="session")
def server(backend, start_server) -> InProcessServer:
    """The demo server with Security=1, Spanish, on each backend, shared by the ring's tests."""
    return start_server(backend)


@pytest.fixture(scope="session")
def sqlite_server(start_server) -> InProcessServer:
    """The demo server on SQLite only, for tests about transport and configuration."""
    return start_server("sqlite")


@pytest.fixture(scope="session")
def conout_server(backend, start_server) -> InProcessServer:
    """A demo server with Conout=1, whose log lines count the SQL statements of each call."""
    return start_server(backend, webservices={"Conout": "1"})


def log_lines(server) -> int:
    """How many lines the server has logged so far (to read only what comes after)."""
    return len(server.log.lines)


def conout_sql(server, operation: str, since: int) -> list[int]:
    """The SQL statement counts of the Conout lines of ``operation`` (``MTPRODUCT.GETCATALOG``)
    logged after line ``since``."""
    return [int(m.group(1)) for line in server.log.lines[since:] if f" {operation} 200 " in line
            for m in [re.search(r" (\d+) sql$", line)] if m]


@pytest.fixture
def portal(server) -> Portal:
    return Portal(server.url, auth=("wsadmin", "wsadmin"))


@pytest.fixture
def usercode(portal) -> str:
    return portal.login("cliente01", "cliente01")


@pytest.fixture
def usercode2(portal) -> str:
    return portal.login("cliente02", "cliente02")
