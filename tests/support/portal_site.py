"""The customer portal under test: an in-process server with [Portal] Enable=1, whose portal calls
the web services of that same server over HTTP, and a browser-like HTTP client of its pages."""
from __future__ import annotations

import re
from pathlib import Path

import requests

from tests.support.servers import InProcessServer, free_port, write_ini

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def start_portal_server(folder: Path, db_url: str, backend: str = "sqlite", *, language: str = "Spanish",
                        instances: str = "2,8", portal_instances: int = 4) -> InProcessServer:
    """A server on a port chosen here, so the portal's WebServiceLocation can name it."""
    port = free_port()
    ini = write_ini(folder, db_url, port=port, webservices={"Instances": instances}, language=language,
                    portal={"Enable": "1", "Instances": str(portal_instances),
                            "WebServiceLocation": f"http://127.0.0.1:{port}/ws", "AuthWS": "wsadmin:wsadmin"})
    return InProcessServer(ini, db_url, backend, port=port)


class Browser:
    """requests with a cookie jar, reading the CSRF token of each page as a browser's form would."""

    def __init__(self, server: InProcessServer):
        self.root, self.base = server.url, f"{server.url}/portal"
        self.http = requests.Session()
        self.last = None

    def url(self, path: str) -> str:
        """A page below /portal (``/orders``), or a path as a Location gives it (``/portal/...``)."""
        return self.root + path if path.startswith("/portal") else self.base + path

    def get(self, path: str, **kw) -> requests.Response:
        self.last = self.http.get(self.url(path), timeout=30, **kw)
        return self.last

    def post(self, path: str, data: dict, token: bool = True, **kw) -> requests.Response:
        """POST a form; its CSRF token is taken from the last page seen unless ``token`` is False."""
        data = dict(data)
        if token and "csrf" not in data:
            data["csrf"] = CSRF.search(self.last.text).group(1)
        self.last = self.http.post(self.url(path), data=data, timeout=30, **kw)
        return self.last

    def login(self, login: str, password: str, customer: str | None = None) -> requests.Response:
        self.get("/login")
        response = self.post("/login", {"login": login, "password": password})
        if customer:
            self.get("/customer")
            response = self.post("/customer", {"customer": customer, "next": "/portal/"})
        return response
