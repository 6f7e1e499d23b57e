"""The servers the tests talk to.

:class:`InProcessServer` serves the WSGI application of an appserver.ini from a thread of the test
process (waitress on a free port): what most tests use. :class:`ProcessServer` runs the real
``python server.py`` for what only a separate process shows (start-up, several processes, the
command line).
"""
from __future__ import annotations

import contextvars
import gc
import logging
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import waitress

from tests.support.databases import TEST_PASSWORD_COST_INI
from tests.support.portal_client import Portal

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_ini(folder: Path, db_url: str, port: int = 8080, webservices: dict | None = None,
              language: str = "Spanish", environment: dict | None = None, portal: dict | None = None) -> Path:
    """An appserver.ini in ``folder``: Security=1, Conout=0 and cheap password hashes unless
    ``webservices`` says otherwise (a None value leaves the key out); ``environment`` adds keys to
    the environment section; a [Portal] section with the keys of ``portal`` when given."""
    ws = {"Enable": "1", "Environment": "P12", "PrepareIn": "01,01", "Security": "1", "Instances": "2,8",
          "Conout": "0", "PasswordCost": TEST_PASSWORD_COST_INI}
    for key, value in (webservices or {}).items():
        if value is None:
            ws.pop(key, None)
        else:
            ws[key] = value
    lines = ["[HTTP]", "Enable=1", f"Port={port}", "", "[WebServices]"]
    lines += [f"{k}={v}" for k, v in ws.items()]
    lines += ["", "[P12]", f"RpoLanguage={language}", f"DBURL={db_url}"]
    lines += [f"{k}={v}" for k, v in (environment or {}).items()]
    if portal is not None:
        lines += ["", "[Portal]"] + [f"{k}={v}" for k, v in portal.items()]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "appserver.ini"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class LogLines(logging.Handler):
    """Keeps what the server logs (Conout lines, warnings, tracebacks) as text lines."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record):
        self.lines.extend(self.format(record).splitlines())

    def text(self) -> str:
        return "\n".join(self.lines)


_serving: contextvars.ContextVar[InProcessServer | None] = contextvars.ContextVar("serving", default=None)


class _ToTheServingServer(logging.Handler):
    """Sends each record of the ``portal`` loggers to the lines of the server it was logged for
    (the one starting up, or the one whose request is running in this thread)."""

    def emit(self, record):
        server = _serving.get()
        if server is not None:
            server.log.handle(record)


_router = _ToTheServingServer(logging.INFO)
logging.getLogger("portal").addHandler(_router)


class InProcessServer:
    """The application of ``ini`` served by waitress from a daemon thread on a free port (or on
    ``port``), with as many threads as ``python server.py`` would run."""

    def __init__(self, ini: Path, db_url: str, backend: str, port: int = 0):
        from server import create_app

        self.ini, self.db_url, self.backend = ini, db_url, backend
        self.log = LogLines()
        token = _serving.set(self)
        try:
            self.app = create_app(str(ini))
        finally:
            _serving.reset(token)
        self.server = waitress.create_server(self._logged, host="127.0.0.1", port=port,
                                             threads=self.app.settings.server_threads,
                                             ident="Protheus", clear_untrusted_proxy_headers=True)
        self.port = self.server.effective_port
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.run, name=f"server-{self.port}", daemon=True)
        self.thread.start()
        # Each application is a large, long-lived graph (spyne's types for every service): kept out of
        # the cyclic collector's full passes, which otherwise rescan every server alive at each pass
        # (half the suite's time once a few dozen servers run).
        gc.freeze()

    def _logged(self, environ, start_response):
        """The application, with what it logs during the request kept in this server's lines."""
        token = _serving.set(self)
        try:
            return self.app(environ, start_response)
        finally:
            _serving.reset(token)

    @property
    def db(self):
        return self.app.db

    def portal(self, auth=("wsadmin", "wsadmin")) -> Portal:
        return Portal(self.url, auth=auth)

    def stop(self) -> None:
        self.server.close()
        self.app.db.dispose()


class ProcessServer:
    """``python server.py --ini INI`` listening on the ini's port, its output in server.log."""

    def __init__(self, ini: Path, port: int, db_url: str = "", backend: str = "", args: tuple = ()):
        self.ini, self.port, self.db_url, self.backend = ini, port, db_url, backend
        self.url = f"http://127.0.0.1:{port}"
        self.log = ini.parent / "server.log"
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "server.py"), "--ini", str(ini), "--host", "127.0.0.1", *args],
            cwd=ini.parent, stdout=self.log.open("wb"), stderr=subprocess.STDOUT)
        wait_until_listening(port, self.process, self.log)

    def portal(self, auth=("wsadmin", "wsadmin")) -> Portal:
        return Portal(self.url, auth=auth)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wait_until_listening(port: int, process: subprocess.Popen, log: Path, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"server did not listen: {log.read_text(errors='replace')}")


def run_server_py(*args, ini: Path, check: bool = True) -> subprocess.CompletedProcess:
    """``python server.py --ini INI ARGS...`` to completion: its exit code and output."""
    return subprocess.run([sys.executable, str(ROOT / "server.py"), "--ini", str(ini), *args],
                          capture_output=True, text=True, cwd=ini.parent, check=check, timeout=120)
