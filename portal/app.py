"""The customer portal as a WSGI application under ``/portal/``: sessions, CSRF, the pages' routes,
how many pages run at once, and what the user sees when something fails.

Every page gets its data from the web services over HTTP (``portal.services``). A page holds one
server thread while it calls the services of this same server, so the server runs
``Instances + [Portal] Instances`` threads and no more than ``[Portal] Instances`` pages run at
once: a page that would take one more answers "busy" at once instead of waiting, and the web
services always have threads of their own. No wait, so no deadlock.
"""
from __future__ import annotations

import logging
import mimetypes
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from portal import texts
from portal.grids import columns
from portal.menu import menu_tree
from portal.services import ServiceFault, ServiceUnavailable, WebServices
from portal.sessions import Session, SessionStore, same_token
from portal.web import BadRequest, Request, Response, redirect

log = logging.getLogger("portal.web")
PREFIX = "/portal"
HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
SESSION_COOKIE = "portal_session"
LOGIN_CSRF_COOKIE = "portal_login_csrf"
SECURITY_HEADERS = [
    ("Content-Security-Policy", ("default-src 'self'; img-src 'self' data:; form-action 'self'; "
                                 "frame-ancestors 'none'; base-uri 'none'")),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
]


class SessionOver(Exception):
    """The portal session, or the USERCODE behind it, is no longer valid."""


@dataclass(frozen=True)
class Route:
    handler: Callable
    login: bool = True  # only for a logged-in user
    customer: bool = False  # only once a customer is chosen


ROUTES: dict[tuple[str, str], Route] = {}


def page(method: str, path: str, *, login: bool = True, customer: bool = False):
    """Declares a page: ``@page("GET", "/orders", customer=True)``."""
    def register(handler):
        ROUTES[(method, path)] = Route(handler, login, customer)
        return handler
    return register


class Context:
    """What a page works with: the request, the session, the web services, the texts."""

    def __init__(self, app: PortalApp, request: Request, session: Session | None):
        self.app, self.request, self.session = app, request, session
        self.lang = app.lang

    # --- web services -----------------------------------------------------------------------

    def call(self, service: str, operation: str, **params):
        """A call with this user's USERCODE; an expired USERCODE ends the portal session."""
        try:
            return self.app.ws.call(service, operation, USERCODE=self.session.usercode, **params)
        except ServiceFault as fault:
            if self.app.expired_text in fault.text:
                raise SessionOver() from None
            raise

    def call_open(self, service: str, operation: str, **params):
        """A call of an operation that takes no USERCODE."""
        return self.app.ws.call(service, operation, **params)

    def columns(self, service: str, headertype: str | None, wanted: list[str] | None = None):
        return columns(self.app.ws.header(service, headertype), wanted)

    @property
    def customer_id(self) -> str:
        return self.session.customer_id

    # --- answers ----------------------------------------------------------------------------

    def t(self, key: str, **args) -> str:
        return texts.text(key, self.lang, **args)

    def render(self, template: str, status: str = "200 OK", **values) -> Response:
        values.setdefault("flash", self.session.take_flash() if self.session else "")
        if self.session is not None and "menu" not in values:
            values["menu"] = self.app.menu(self)
        body = self.app.jinja.get_template(template).render(
            t=self.t, session=self.session, csrf=self.session.csrf if self.session else "",
            request=self.request, lang=self.lang, yes_no=(self.t("portal_yes"), self.t("portal_no")), **values)
        return Response(status, body.encode("utf-8"))

    def message(self, text: str, status: str = "200 OK", error: bool = True, back: str = "") -> Response:
        return self.render("message.html", status=status, text=text, error=error, back=back)

    def redirect(self, path: str, flash: str = "", **params) -> Response:
        if flash and self.session is not None:
            self.session.flash = flash
        return redirect(PREFIX + path, **params)


class PortalApp:
    def __init__(self, settings):
        self.settings = settings
        self.lang = settings.language
        self.ws = WebServices(settings.portal_services_url, settings.portal_auth, settings.portal_instances * 2)
        self.sessions = SessionStore()
        self.pages_at_once = threading.BoundedSemaphore(settings.portal_instances)
        self.jinja = Environment(loader=FileSystemLoader(HERE / "templates"),
                                 autoescape=select_autoescape(default=True, default_for_string=True))
        self.jinja.filters["urlquote"] = lambda v: quote(str(v or ""), safe="")
        self.expired_text = texts.text("invalid_usercode", self.lang)
        from portal import pages  # noqa: F401  (registers the routes)

    @staticmethod
    def serves(path: str) -> bool:
        return path == PREFIX or path.startswith(PREFIX + "/")

    # --- WSGI -------------------------------------------------------------------------------

    def __call__(self, environ, start_response):
        path = environ.get("PATH_INFO", "") or "/"
        if path == PREFIX:
            response = redirect(PREFIX + "/")
        elif path.startswith(PREFIX + "/static/"):
            response = self._static(path[len(PREFIX + "/static/"):])
        elif not self.pages_at_once.acquire(blocking=False):
            response = self._busy()
        else:
            try:
                response = self._page(environ)
            finally:
                self.pages_at_once.release()
        own = {name.lower() for name, _ in response.headers}
        headers = [("Content-Type", response.content_type), ("Content-Length", str(len(response.body)))]
        headers += [h for h in SECURITY_HEADERS if h[0].lower() not in own] + response.headers
        start_response(response.status, headers)
        return [response.body]

    def _page(self, environ) -> Response:
        try:
            request = Request.from_environ(environ, PREFIX)
        except BadRequest:
            return Response("400 Bad Request", b"Bad Request", "text/plain; charset=utf-8")
        session = self.sessions.get(request.cookies.get(SESSION_COOKIE))
        context = Context(self, request, session)
        route = ROUTES.get((request.method, request.path))
        if route is None:
            if any(path == request.path for _method, path in ROUTES):
                return Response("405 Method Not Allowed", b"Method Not Allowed", "text/plain; charset=utf-8")
            return context.message(context.t("portal_page_not_found"), status="404 Not Found")
        if request.method == "POST" and route.login and (
                session is None or not same_token(request.form.get("csrf"), session.csrf)):
            log.warning("portal: %s %s refused: no valid CSRF token", request.method, request.path)
            return Context(self, request, None).message(context.t("portal_csrf_refused"), status="403 Forbidden")
        if route.login and session is None:
            return self._to_login(request, context.t("portal_login_first") if request.cookies.get(SESSION_COOKIE)
                                  else "")
        if route.customer and not session.customer_id:
            if len(session.customers) == 1:
                session.customer_id = session.customers[0].id
            elif not session.customers:
                return context.message(context.t("portal_no_customers"))
            else:
                return redirect(PREFIX + "/customer", next=PREFIX + request.path + _query(environ))
        try:
            return route.handler(context)
        except SessionOver:
            if session is not None:
                self.sessions.drop(session.id)
            return self._to_login(request, context.t("portal_session_over"))
        except ServiceFault as fault:
            return context.message(fault.text)
        except ServiceUnavailable as missing:
            text = context.t("portal_unreachable", incident=missing.incident) if missing.incident else context.t(
                "portal_not_served", service=missing.service)
            return context.message(text, status="503 Service Unavailable")
        except Exception:
            incident = uuid.uuid4().hex[:12]
            log.exception("portal page %s failed, incident %s", request.path, incident)
            return context.message(context.t("portal_internal_error", incident=incident),
                                   status="500 Internal Server Error")

    def _to_login(self, request: Request, why: str) -> Response:
        target = PREFIX + request.path if request.method == "GET" and request.path != "/" else ""
        return redirect(PREFIX + "/login", why="expired" if why else "", next=target)

    def _busy(self) -> Response:
        body = self.jinja.get_template("busy.html").render(t=lambda k, **a: texts.text(k, self.lang, **a),
                                                           lang=self.lang)
        return Response("503 Service Unavailable", body.encode("utf-8"), headers=[("Retry-After", "1")])

    def _static(self, name: str) -> Response:
        file = (STATIC / name).resolve()
        if STATIC not in file.parents or not file.is_file():
            return Response("404 Not Found", b"Not Found", "text/plain; charset=utf-8")
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return Response("200 OK", file.read_bytes(), kind if not kind.startswith("text/") else kind + "; charset=utf-8",
                        headers=[("Cache-Control", "max-age=3600")])

    # --- the menu ---------------------------------------------------------------------------

    def menu(self, context: Context):
        """PRTLISTMENU of the customer portal for this user, as a tree of groups and items."""
        try:
            items = context.call("USERPORTAL", "PRTLISTMENU", USERPORTALCODE=CUSTOMER_PORTAL,
                                 USERLOGIN=context.session.login) or []
        except ServiceFault:
            items = []
        return menu_tree(items)


CUSTOMER_PORTAL = "000001"


def _query(environ) -> str:
    query = environ.get("QUERY_STRING", "")
    return f"?{query}" if query else ""


def safe_next(target: str) -> str:
    """A page of the portal to go to after a step, never another site."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith(PREFIX + "/") or "//" in parts.path:
        return PREFIX + "/"
    return target


__all__ = ["Context", "PortalApp", "page", "safe_next"]
