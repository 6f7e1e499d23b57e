"""The process ring: real ``python server.py`` processes on free ports."""
from __future__ import annotations

import pytest

from tests.conftest import require_backend
from tests.support.servers import ProcessServer, free_port, write_ini


@pytest.fixture
def start_process(tmp_path_factory, databases):
    """start_process(backend, db_url=..., webservices=...) -> a ProcessServer on a fresh copy of the
    demo database (or on ``db_url``), stopped when the test ends."""
    running = []

    def start(backend="sqlite", db_url=None, webservices=None, args=()) -> ProcessServer:
        require_backend(backend)
        url = db_url or databases.copy(backend)
        port = free_port()
        ini = write_ini(tmp_path_factory.mktemp(f"process-{backend}"), url, port, webservices=webservices)
        server = ProcessServer(ini, port, url, backend, args=args)
        running.append(server)
        return server

    yield start
    for server in running:
        server.stop()
