"""Several server processes on one port: ``python server.py --workers N``.

gunicorn's master listens on the port and forks N workers; each worker loads the application
itself, after the fork, so each has its own database engine and connection pool (a pool must
never cross a fork). Each worker runs ``Instances`` max threads (gunicorn's ``gthread`` worker),
as one waitress process does. The master restarts a worker that dies; SIGTERM stops them all.
Nothing a worker keeps in memory needs to be shared with the others (docs/decisions/scale.md).
"""
from __future__ import annotations

from collections.abc import Callable

from gunicorn.app.base import BaseApplication

WORKER_TIMEOUT = 120  # seconds a request may run before the master restarts its worker (waitress' channel_timeout)


class Workers(BaseApplication):
    """gunicorn run from Python: ``load`` builds the WSGI application in each worker."""

    def __init__(self, load: Callable, options: dict):
        self._load, self._options = load, options
        super().__init__()

    def load_config(self):
        for key, value in self._options.items():
            if key in self.cfg.settings:  # a setting newer than the installed gunicorn is left out
                self.cfg.set(key, value)

    def load(self):
        return self._load()


def serve_workers(load: Callable, host: str, port: int, workers: int, threads: int) -> None:
    """Serve ``load()`` (called once in every worker) with ``workers`` processes of ``threads``
    threads on ``host:port`` until the master is stopped."""
    Workers(load, {
        "bind": f"{host}:{port}", "workers": workers, "worker_class": "gthread", "threads": threads,
        "preload_app": False, "timeout": WORKER_TIMEOUT, "graceful_timeout": 10, "keepalive": 5,
        "proc_name": "protheus-portal", "accesslog": None,
        "control_socket_disable": True,  # gunicorn 27's one shared socket path would clash between servers
    }).run()


__all__ = ["serve_workers"]
