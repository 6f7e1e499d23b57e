"""Login, the home page, the choice of customer and store, logoff (the standard's PWSX010, PWSC010,
the customer selector of every group, PWSXLOGOUT)."""
from __future__ import annotations

import logging
import re
import secrets

from portal.app import LOGIN_CSRF_COOKIE, PREFIX, SESSION_COOKIE, Context, page, safe_next
from portal.services import ServiceFault, ServiceUnavailable
from portal.sessions import Customer, same_token
from portal.web import Response, redirect

log = logging.getLogger("portal.web")
PORTAL_USER = "1"  # USERTYPE of the "Portal Protheus" users: customers, suppliers, sellers


@page("GET", "/login", login=False)
def login_form(ctx: Context, error: str = "", status: str = "200 OK") -> Response:
    """The login form (a user already in goes on). Before a session exists the form's CSRF token
    is a cookie the form must repeat."""
    if ctx.session is not None and not error:
        return redirect(safe_next(ctx.request.get("next")))
    token = secrets.token_urlsafe(32)
    why = {"expired": ctx.t("portal_session_over"), "bye": ctx.t("portal_logged_off")}.get(ctx.request.query.get("why"), "")
    response = ctx.render("login.html", status=status, login_csrf=token, error=error, notice=why,
                          next=safe_next(ctx.request.get("next")), login=ctx.request.get("login"))
    response.set_cookie(LOGIN_CSRF_COOKIE, token, path=PREFIX + "/", secure=ctx.request.https)
    return response


@page("POST", "/login", login=False)
def login(ctx: Context) -> Response:
    """PRTLOGIN with the user's login and password; the USERCODE it answers stays in the session."""
    form = ctx.request.form
    if not same_token(form.get("csrf"), ctx.request.cookies.get(LOGIN_CSRF_COOKIE, "")):
        return ctx.message(ctx.t("portal_csrf_refused"), status="403 Forbidden")
    user_login = form.get("login", "").strip()
    try:
        user = ctx.call_open("USERPORTAL", "PRTLOGIN", USERLOGIN=user_login, USERPASSWORD=form.get("password", ""),
                             USERTYPE=PORTAL_USER, USERIPADDR=ctx.request.remote_addr)
    except ServiceFault as fault:
        return login_form(ctx, error=fault.text, status="401 Unauthorized")
    customers = [Customer(e["ID_ENTIRY"], e.get("NAME") or "", e.get("NICKNAME") or "", e.get("FEDERALID") or "")
                 for e in user.get("USERENTIRIES") or [] if e.get("ENTIRY") == "SA1"]
    if ctx.session is not None:
        ctx.app.sessions.drop(ctx.session.id)
    session = ctx.app.sessions.create(
        usercode=user["USERCODE"], login=user.get("USERLOGIN") or user_login, name=user.get("USERNAME") or "",
        email=user.get("USEREMAIL") or "", skin=user.get("USERSKIN") or "", admin=user.get("USERROLES") == 1,
        rights=[(a.get("WEBSRV") or "", a.get("NAME") or "") for a in user.get("USERACCESSES") or []],
        customers=customers, customer_id=customers[0].id if len(customers) == 1 else "")
    response = redirect(safe_next(form.get("next", "")))
    response.set_cookie(SESSION_COOKIE, session.id, path=PREFIX + "/", secure=ctx.request.https)
    response.set_cookie(LOGIN_CSRF_COOKIE, "", path=PREFIX + "/", secure=ctx.request.https, max_age=0)
    return response


@page("GET", "/")
def home(ctx: Context) -> Response:
    """The menu, a word of welcome and, as the standard's home (PWSC013), the presentation and the
    news of USERPRESENTATION when it is served (as text: their markup is not trusted)."""
    try:
        presentation = _text_of(ctx.call_open("USERPRESENTATION", "GETPRESENTATION") or "")
        news = [(_text_of(n.get("CODE") or ""), _text_of(n.get("DESCRIPTION") or ""))
                for n in ctx.call_open("USERPRESENTATION", "GETDAILYNEWS") or []]
    except (ServiceFault, ServiceUnavailable):
        presentation, news = "", []
    return ctx.render("home.html", presentation=presentation, news=news)


def _text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]*>", " ", html)).strip()


@page("GET", "/customer")
def choose_customer_form(ctx: Context) -> Response:
    """The customers and stores the user may act for (USERENTIRIES of PRTLOGIN)."""
    return ctx.render("customer.html", next=safe_next(ctx.request.get("next")))


@page("POST", "/customer")
def choose_customer(ctx: Context) -> Response:
    chosen = ctx.request.form.get("customer", "")
    if not any(c.id == chosen for c in ctx.session.customers):
        return ctx.render("customer.html", status="400 Bad Request", next=safe_next(ctx.request.get("next")),
                          error=ctx.t("portal_choose_customer"))
    ctx.session.customer_id = chosen
    return redirect(safe_next(ctx.request.form.get("next", "")))


@page("GET", "/logout")
def logout_form(ctx: Context) -> Response:
    """The menu's Logoff asks to confirm: leaving is a POST with the CSRF token."""
    return ctx.render("logout.html")


@page("POST", "/logout")
def logout(ctx: Context) -> Response:
    """PRTLOGOUT (its answer does not matter, as in the standard portal), then the session ends."""
    try:
        ctx.call("USERPORTAL", "PRTLOGOUT")
    except Exception as error:  # noqa: BLE001  the session ends here whatever the server says
        log.info("portal: PRTLOGOUT failed (%s); the session ends anyway", type(error).__name__)
    ctx.app.sessions.drop(ctx.session.id)
    response = redirect(PREFIX + "/login", why="bye")
    response.set_cookie(SESSION_COOKIE, "", path=PREFIX + "/", secure=ctx.request.https, max_age=0)
    return response
