"""User maintenance (PWSX020-024): e-mail, skin and rights, confirmed with the password
(PRTPUTUSER), and the password change (PRTPSWUSER)."""
from __future__ import annotations

from portal.app import Context, page
from portal.services import ServiceFault
from portal.web import Response

SKINS = ("default", "contrast")  # the portal's looks: the stylesheet's classes


def _user_page(ctx: Context, error: str = "", status: str = "200 OK") -> Response:
    return ctx.render("user.html", status=status, error=error, skins=SKINS,
                      cols={c.field: c for c in ctx.columns("USERPORTAL", "LOGINUSERSTRUCT")})


@page("GET", "/user")
def user(ctx: Context) -> Response:
    """The user's record as PRTLOGIN gave it (there is no operation to read it again)."""
    return _user_page(ctx)


@page("POST", "/user")
def save_user(ctx: Context) -> Response:
    """PRTPUTUSER with the current password; the rights only when the user is a portal admin (the
    others' are not sent, so they cannot change)."""
    form, session = ctx.request.form, ctx.session
    email, skin = form.get("email", "").strip(), form.get("skin", "").strip()
    record = {"USERCODE": session.usercode, "USERLOGIN": session.login, "USERNAME": session.name,
              "USERPASSWORD": form.get("password", ""), "USERROLES": 1 if session.admin else 2,
              "USEREMAIL": email, "USERSKIN": skin}
    rights = [(name, description) for name, description in session.rights if form.get(f"right_{name}")]
    if session.admin:
        record["USERACCESSES"] = {"LOGINACCESSESSTRUCT": [{"NAME": d, "WEBSRV": n, "WKFAPV": ""} for n, d in rights]}
    try:
        ctx.call("USERPORTAL", "PRTPUTUSER", USERPCODE=record)
    except ServiceFault as fault:
        return _user_page(ctx, error=fault.text, status="422 Unprocessable Entity")
    session.email, session.skin = email, skin
    if session.admin:
        session.rights = rights
    return ctx.redirect("/user", flash=ctx.t("portal_saved"))


@page("GET", "/password")
def password_form(ctx: Context) -> Response:
    return ctx.render("password.html")


@page("POST", "/password")
def change_password(ctx: Context) -> Response:
    """PRTPSWUSER(current, new); the repetition is checked here, as the standard page does."""
    form = ctx.request.form
    if form.get("new", "") != form.get("repeat", ""):
        return ctx.render("password.html", status="422 Unprocessable Entity", error=ctx.t("portal_password_mismatch"))
    try:
        ctx.call("USERPORTAL", "PRTPSWUSER", USEROLDPASSWORD=form.get("current", ""), USERPASSWORD=form.get("new", ""))
    except ServiceFault as fault:
        return ctx.render("password.html", status="422 Unprocessable Entity", error=fault.text)
    return ctx.redirect("/password", flash=ctx.t("portal_password_changed"))
