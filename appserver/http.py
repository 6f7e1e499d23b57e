"""The WSGI application: routes ``/ws/<SERVICE>.apw`` to the spyne application of that service.

In order, for every request: HTTP Basic against the system users when Security is on; the HTML
index at ``/ws/`` and ``/ws/wsindex.apw``; a service must be registered and enabled in AI7; GET
``?WSDL`` returns its WSDL; POST bodies pass the guard before spyne parses them. Trace and
Conout log what goes through.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import html
import io
import logging
import re
import threading
import time
import uuid

from lxml import etree
from spyne.server.wsgi import WsgiApplication

from appserver import guard
from appserver.ini import Settings
from appserver.trace import TraceLog
from model.access import service_is_served
from model.portal import served_services
from model.database import Database, statements_run
from model.errors import PortalError
from model.system_users import verify_system_user
from soap.application import build_application
from soap.protocol import SOAP_ENV_PREFIX
from soap.service import Service
from soap.wsdl import wsdl_document

log = logging.getLogger("portal.http")
REALM = "Protheus Web Services"
SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
CREDENTIAL_CACHE_SECONDS = 60
_FIRST_BODY_ELEMENT = re.compile(rb"<(?:[\w.-]+:)?Body\b[^>]*>\s*<(?:[\w.-]+:)?([A-Za-z0-9_]+)")


class PortalWsgi:
    def __init__(self, settings: Settings, db: Database, services: list[Service]):
        self.settings = settings
        self.db = db
        self.services = {s.name: s for s in services}
        implemented = frozenset(self.services)
        self.apps = {s.name: build_application(s, settings, db, implemented) for s in services}
        self.wsgi = {name: WsgiApplication(app, max_content_length=guard.MAX_BODY_BYTES) for name, app in self.apps.items()}
        self._wsdl_cache: dict[tuple[str, str], bytes] = {}
        self._wsdl_lock = threading.Lock()
        self._credentials: dict[str, tuple[str, float]] = {}
        self._salt = uuid.uuid4().bytes
        self.trace = TraceLog(settings.folder / "wsstrace.log") if settings.trace else None

    # --- entry ------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        started = time.perf_counter()
        path = environ.get("PATH_INFO", "") or "/"
        counter = [0]
        token = statements_run.set(counter)
        try:
            status, headers, body = self._respond(environ, path)
        except Exception:
            incident = uuid.uuid4().hex[:12]
            log.exception("request %s failed, incident %s", path, incident)
            status, headers, body = self._fault("Server", f"Internal Server Error [{incident}]")
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
        if service not in self.apps or not self._served(service):
            return self._plain("404 Not Found", f"Web service {service} not found")
        method = environ.get("REQUEST_METHOD", "GET")
        if method == "GET":
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
            operation = _FIRST_BODY_ELEMENT.search(body[:4096])
            environ["portal.operation"] = f"{service}.{operation.group(1).decode()}" if operation else service
        except PortalError as refused:
            status, headers, out = self._fault("Client", refused.text(self.settings.language))
            if self.trace:
                self.trace.write("RESPONSE", path, remote, out)
            return status, headers, out
        inner = dict(environ)
        inner["wsgi.input"] = io.BytesIO(body)
        inner["CONTENT_LENGTH"] = str(len(body))
        inner.setdefault("CONTENT_TYPE", "text/xml; charset=utf-8")
        captured = {}

        def start_response(status, headers, exc_info=None):
            captured["status"], captured["headers"] = status, headers

        chunks = self.wsgi[service](inner, start_response)
        out = b"".join(chunks)
        if hasattr(chunks, "close"):
            chunks.close()
        if self.trace:
            self.trace.write("RESPONSE", path, remote, out)
        headers = [(k, v) for k, v in captured["headers"] if k.lower() != "content-length"]
        return captured["status"], headers, out

    def _fault(self, code: str, text: str):
        envelope = etree.Element(f"{{{SOAP_ENV}}}Envelope", nsmap={SOAP_ENV_PREFIX: SOAP_ENV})
        fault = etree.SubElement(etree.SubElement(envelope, f"{{{SOAP_ENV}}}Body"), f"{{{SOAP_ENV}}}Fault")
        etree.SubElement(fault, "faultcode").text = f"{SOAP_ENV_PREFIX}:{code}"
        etree.SubElement(fault, "faultstring").text = text
        body = etree.tostring(envelope, xml_declaration=True, encoding="UTF-8")
        return "500 Internal Server Error", [("Content-Type", "text/xml; charset=utf-8")], body

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
                self._wsdl_cache[key] = wsdl_document(self.apps[service], f"{base_url}/ws/{service}.apw")
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
        with self.db.session() as session:
            ok = verify_system_user(session, login, password)
        if ok:
            self._credentials[login] = (digest, time.monotonic() + CREDENTIAL_CACHE_SECONDS)
        return ok


def _operation_of(environ) -> str:
    """The operation a SOAP call asked for (for the Conout line), from the body kept by _soap."""
    return environ.get("portal.operation", "-")


__all__ = ["PortalWsgi"]
