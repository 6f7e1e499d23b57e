"""Tests start the real server (``python server.py``) on a free port and talk to it over HTTP with
zeep, as portal front-ends and scripts do. Each runs on SQLite and, when it is reachable, on
PostgreSQL."""
from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.portal_client import Portal

ROOT = Path(__file__).resolve().parent.parent
PG_ADMIN_URL = os.environ.get("PORTAL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def write_ini(folder: Path, db_url: str, port: int, webservices: dict | None = None, language="Spanish",
              extra_lines: str = "") -> Path:
    ws = {"Enable": "1", "Environment": "P12", "PrepareIn": "01,01", "Security": "1", "Instances": "2,8",
          "Conout": "0"}
    for key, value in (webservices or {}).items():
        if value is None:
            ws.pop(key, None)
        else:
            ws[key] = value
    lines = ["[HTTP]", "Enable=1", f"Port={port}", "", "[WebServices]"]
    lines += [f"{k}={v}" for k, v in ws.items()]
    lines += ["", "[P12]", f"RpoLanguage={language}", f"DBURL={db_url}", extra_lines]
    path = folder / "appserver.ini"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class RunningServer:
    def __init__(self, ini: Path, port: int):
        self.ini = ini
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log = ini.parent / "server.log"
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "server.py"), "--ini", str(ini), "--host", "127.0.0.1"],
            cwd=ini.parent, stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text(errors='replace')}")
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"server did not listen: {self.log.read_text(errors='replace')}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def portal(self, lang_user=("cliente01", "cliente01"), auth=("wsadmin", "wsadmin")) -> Portal:
        return Portal(self.url, auth=auth)


class Databases:
    """Fresh databases for a test run: a SQLite file, or a PostgreSQL database made for it."""

    def __init__(self, tmp_root: Path):
        self.tmp_root = tmp_root
        self.created_pg: list[str] = []

    def url(self, backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.tmp_root / ('p12-' + uuid.uuid4().hex[:8] + '.db')}"
        name = "portal_test_" + uuid.uuid4().hex[:10]
        from sqlalchemy import create_engine, text

        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        self.created_pg.append(name)
        return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

    def drop_all(self):
        if not self.created_pg:
            return
        from sqlalchemy import create_engine, text

        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in self.created_pg:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def initdb(ini: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "server.py"), "--ini", str(ini), "initdb", "--demo"],
                   check=True, cwd=ini.parent, capture_output=True)


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def databases(tmp_path_factory):
    dbs = Databases(tmp_path_factory.mktemp("db"))
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="session")
def start_server(tmp_path_factory, databases):
    """start_server(backend, webservices={...}, language=...) -> RunningServer, stopped at the end."""
    running = []

    def start(backend="sqlite", webservices=None, language="Spanish", db_url=None, fresh_db=True) -> RunningServer:
        if backend == "postgresql" and not postgres_reachable():
            pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
        folder = tmp_path_factory.mktemp(f"server-{backend}")
        url = db_url or databases.url(backend)
        ini = write_ini(folder, url, free_port(), webservices, language)
        if backend == "postgresql" and db_url is None:
            initdb(ini)
        server = RunningServer(ini, ini_port(ini))
        server.db_url = url
        server.backend = backend
        running.append(server)
        return server

    yield start
    for server in running:
        server.stop()


def ini_port(ini: Path) -> int:
    for line in ini.read_text().splitlines():
        if line.startswith("Port="):
            return int(line.split("=")[1])
    raise ValueError(ini)


@pytest.fixture(scope="session", params=BACKENDS)
def server(request, start_server) -> RunningServer:
    """The demo server with Security=1, Spanish, on each backend."""
    return start_server(request.param)


@pytest.fixture(scope="session")
def sqlite_server(start_server) -> RunningServer:
    """The demo server on SQLite only, for tests about transport and configuration."""
    return start_server("sqlite")


@pytest.fixture(scope="session", params=BACKENDS)
def conout_server(request, start_server) -> RunningServer:
    """A demo server with Conout=1, whose log counts the SQL statements of each call."""
    return start_server(request.param, webservices={"Conout": "1"})


def log_lines(server) -> int:
    """How many lines the server's log has now (to read only what comes after)."""
    return len(server.log.read_text().splitlines())


def conout_sql(server, operation: str, since: int) -> list[int]:
    """The SQL statement counts that the Conout lines of ``operation`` (``MTPRODUCT.GETCATALOG``)
    written after line ``since`` report."""
    lines = server.log.read_text().splitlines()[since:]
    return [int(m.group(1)) for line in lines if f" {operation} 200 " in line
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
