"""The WSGI application: routes ``/ws/<SERVICE>.apw`` to the request path of that service, and
``/portal/`` to the customer portal when [Portal] Enable=1.

In order, for every request: HTTP Basic against the system users when Security is on; the HTML
index at ``/ws/`` and ``/ws/wsindex.apw``; GET ``?WSDL`` returns the WSDL of a service registered
in AI7; POST bodies pass the guard, then the service's :class:`soap.endpoint.Endpoint` parses,
runs and answers them (checking AI7 in the operation's own transaction). Trace and Conout log
what goes through.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import html
import logging
import threading
import time
import uuid

from appserver import guard
from appserver.ini import Settings
from appserver.trace import TraceLog
from model.access import service_is_served
from model.database import Database, statements_run
from model.errors import PortalError
from model.portal import served_services
from model.system_users import authenticate
from portal import PortalApp
from soap import faults
from soap.application import build_application
from soap.endpoint import Endpoint, NotServed
from soap.service import Service
from soap.wsdl import wsdl_document

log = logging.getLogger("portal.http")
REALM = "Protheus Web Services"
CREDENTIAL_CACHE_SECONDS = 60


class PortalWsgi:
    def __init__(self, settings: Settings, db: Database, services: list[Service]):
        self.settings = settings
        self.db = db
        self.services = {s.name: s for s in services}
        implemented = frozenset(self.services)
        self.apps = {s.name: build_application(s, settings) for s in services}
        self.endpoints = {s.name: Endpoint(s, settings, db, implemented) for s in services}
        self._wsdl_cache: dict[tuple[str, str], bytes] = {}
        self._wsdl_lock = threading.Lock()
        self._credentials: dict[str, tuple[str, float]] = {}
        self._salt = uuid.uuid4().bytes
        self.trace = TraceLog(settings.folder / "wsstrace.log") if settings.trace else None
        self.portal = PortalApp(settings) if settings.portal_enable else None

    # --- entry ------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "") or "/"
        if self.portal is not None and PortalApp.serves(path):
            return self.portal(environ, start_response)  # a web front-end of its own: it only calls /ws/
        started = time.perf_counter()
        counter = [0]
        token = statements_run.set(counter)
        try:
            status, headers, body = self._respond(environ, path)
        except Exception:  # noqa: BLE001 (logged with its traceback under an incident id)
            status, headers, body = faults.incident(log, f"request {path}").response()
        finally:
            statements_run.reset(token)
        if self.settings.conout:
            log.info("%s %s %s %s %s %.1f ms %d sql", environ.get("REMOTE_ADDR", ""), environ.get("REQUEST_METHOD"),
                     path, _operation_of(environ), status.split()[0], (time.perf_counter() - started) * 1000,
                     counter[0])
        start_response(status, headers + [("Content-Length", str(len(body)))])
        return [body]

    def _respond(self, environ, path):
        lowered = path.lower()
        if not lowered.startswith("/ws/"):
            return self._plain("404 Not Found", "Not Found")
        if self.settings.security and not self._authenticated(environ):
            return ("401 Unauthorized", [("WWW-Authenticate", f'Basic realm="{REALM}"'),
                                         ("Content-Type", "text/plain; charset=utf-8")], b"Unauthorized")
        name = lowered[len("/ws/"):]
        if name in ("", "wsindex.apw"):
            return self._index(environ)
        if not name.endswith(".apw") or "/" in name:
            return self._plain("404 Not Found", "Not Found")
        service = name[: -len(".apw")].upper()
        if service not in self.apps:
            return self._not_found(service)
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "GET":
            if not self._served(service):
                return self._not_found(service)
            if "wsdl" in environ.get("QUERY_STRING", "").lower():
                body = self.wsdl(service, self._base_url(environ))
                return "200 OK", [("Content-Type", "text/xml; charset=utf-8")], body
            return self._index(environ, only=service)
        if method != "POST":
            return ("405 Method Not Allowed", [("Allow", "GET, POST"), ("Content-Type", "text/plain")],
                    b"Method Not Allowed")
        return self._soap(environ, service, path)

    # --- SOAP -------------------------------------------------------------------------------

    def _soap(self, environ, service, path):
        remote = environ.get("REMOTE_ADDR", "")
        try:
            length = guard.check_length(environ.get("CONTENT_LENGTH"))
            body = environ["wsgi.input"].read(length) if length else environ["wsgi.input"].read(guard.MAX_BODY_BYTES + 1)
            if self.trace:
                self.trace.write("REQUEST", path, remote, body)
            guard.check_body(body, environ.get("CONTENT_TYPE", ""))
        except PortalError as refused:
            status, headers, out = faults.from_error(refused, self.settings.language).response()
            if self.trace:
                self.trace.write("RESPONSE", path, remote, out)
            return status, headers, out
        try:
            status, out, operation = self.endpoints[service].answer(
                body, guard.content_type_charset(environ.get("CONTENT_TYPE", "")), remote)
        except NotServed:
            return self._not_found(service)
        environ["portal.operation"] = f"{service}.{operation}" if operation else service
        if self.trace:
            self.trace.write("RESPONSE", path, remote, out)
        return status, [("Content-Type", faults.CONTENT_TYPE)], out

    # --- WSDL and index ---------------------------------------------------------------------

    def _base_url(self, environ) -> str:
        if self.settings.url_location:
            return self.settings.url_location
        scheme = environ.get("wsgi.url_scheme", "http")
        host = environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME', 'localhost')}:{environ.get('SERVER_PORT', '80')}"
        return f"{scheme}://{host}"

    def wsdl(self, service: str, base_url: str) -> bytes:
        """The WSDL of ``service`` with its endpoint at ``base_url``/ws/<SERVICE>.apw."""
        key = (service, base_url)
        with self._wsdl_lock:
            if key not in self._wsdl_cache:
                app = self.apps[service]
                contract = self.services[service].contract
                self._wsdl_cache[key] = wsdl_document(
                    app, f"{base_url}/ws/{service}.apw", lambda op: contract.soap_action(op, app.tns))
            return self._wsdl_cache[key]

    def _index(self, environ, only: str | None = None):
        with self.db.session() as session:
            served = served_services(session, frozenset(self.services))
        names = [n for n in sorted(served) if only in (None, n)]
        base = self._base_url(environ)
        rows = []
        for name in names:
            service = self.services[name]
            ops = "".join(f"<li>{html.escape(op)}</li>" for op in service.operations)
            rows.append(f'<h2><a href="{base}/ws/{name}.apw?WSDL">{name}</a></h2>'
                        f"<p>{html.escape(service.description)}</p><ul>{ops}</ul>")
        page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Protheus Web Services</title>"
                "</head><body><h1>Protheus Web Services</h1>" + "".join(rows) + "</body></html>")
        return "200 OK", [("Content-Type", "text/html; charset=utf-8")], page.encode("utf-8")

    def _not_found(self, service: str):
        return self._plain("404 Not Found", f"Web service {service} not found")

    @staticmethod
    def _plain(status: str, text: str):
        return status, [("Content-Type", "text/plain; charset=utf-8")], text.encode("utf-8")

    def _served(self, service: str) -> bool:
        with self.db.session() as session:
            return service_is_served(session, service)

    # --- HTTP Basic -------------------------------------------------------------------------

    def _authenticated(self, environ) -> bool:
        header = environ.get("HTTP_AUTHORIZATION", "")
        if not header[:6].lower() == "basic ":
            return False
        try:
            login, _, password = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        # argon2 is slow on purpose: remember a good pair for a minute, as a salted digest.
        digest = hashlib.sha256(self._salt + header.encode("utf-8")).hexdigest()
        cached = self._credentials.get(login)
        if cached and cached[0] == digest and cached[1] > time.monotonic():
            return True
        ok = authenticate(self.db, login, password, self.settings.lockout)
        if ok:
            self._credentials[login] = (digest, time.monotonic() + CREDENTIAL_CACHE_SECONDS)
        else:  # a failure may have locked the login (model.lockout): its good pair is not trusted any more
            self._credentials.pop(login, None)
        return ok


def _operation_of(environ) -> str:
    """The operation a SOAP call asked for (for the Conout line), from the body kept by _soap."""
    return environ.get("portal.operation", "-")


__all__ = ["PortalWsgi"]
