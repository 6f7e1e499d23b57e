"""User maintenance: a portal user's own email, skin, rights and password, and a portal admin's
maintenance of the users it administers (create, change, delete), as PRTPUTUSER does."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import credentials
from model.access import linked_customers, revoke_sessions, rights_of
from model.database import soft_delete, soft_delete_where
from model.errors import NotFound, PortalError
from model.numbering import next_number
from model.portal import served_services
from model.tables import AI3, AI4, AI6
from model.validation import check_email, check_width

MIN_PASSWORD_LENGTH = 6
ADMIN, USER, GROUP = 1, 2, 3  # USERROLES, from AI3_ADMIN


def role_of(user: AI3) -> int:
    """USERROLES: 1 portal admin, 2 user, 3 group (AI3_ADMIN)."""
    return int(user.AI3_ADMIN) if user.AI3_ADMIN in ("1", "2", "3") else USER


def subordinates(session: Session, admin: AI3) -> list[AI3]:
    """PRTGETGROUP: the users a portal admin administers (AI3_SUPER), in code order; only an admin
    may ask."""
    if role_of(admin) != ADMIN:
        raise PortalError("admin_only")
    return list(session.scalars(select(AI3).where(AI3.AI3_SUPER == admin.AI3_CODUSU, AI3.AI3_ADMIN != "1")
                                .order_by(AI3.AI3_CODUSU)))


def require_password(session: Session, user: AI3, password: str) -> None:
    if not credentials.password_matches(session, user, password):
        raise PortalError("wrong_password")


def update_user(session: Session, user: AI3, password: str, email: str | None, skin: str | None,
                rights: list[str] | None, implemented: frozenset[str]) -> None:
    """PRTPUTUSER about the caller itself (an extension: Protheus only lets an admin maintain
    others): email and skin; rights only for a portal admin. The current password is required."""
    require_password(session, user, password)
    if email is not None:
        user.AI3_EMAIL = check_email(email, "USEREMAIL", 50)
    if skin is not None:
        user.AI3_SKIN = check_width(skin, 15, "USERSKIN")
    if rights is None:
        return
    wanted = {r.strip().upper() for r in rights if r and r.strip()}
    current = rights_of(session, user.AI3_CODUSU)
    if wanted == current:
        return
    if user.AI3_ADMIN != "1":
        raise PortalError("rights_admin_only")
    served = served_services(session, implemented)
    for name in sorted(wanted - set(served)):
        raise PortalError("unknown_code", field="WEBSRV", value=name)
    soft_delete_where(session, AI6, AI6.AI6_CODUSU == user.AI3_CODUSU, AI6.AI6_WEBSRV.in_(current - wanted))
    for name in sorted(wanted - current):
        session.add(AI6(AI6_CODUSU=user.AI3_CODUSU, AI6_WEBSRV=name))


def change_password(session: Session, user: AI3, old: str, new: str, usercode: str = "") -> None:
    """PRTPSWUSER: the current password, then a new one of at least MIN_PASSWORD_LENGTH. Every
    other session of the user ends: whoever knew the old password is out."""
    require_password(session, user, old)
    if len(new or "") < MIN_PASSWORD_LENGTH:
        raise PortalError("weak_password", length=MIN_PASSWORD_LENGTH)
    credentials.set_password(session, user, new)
    revoke_sessions(session, user.AI3_CODUSU, keep=usercode)


def user_rights(session: Session, user: AI3, implemented: frozenset[str]) -> list[tuple[str, str]]:
    served = served_services(session, implemented)
    return [(name, served.get(name, "")) for name in sorted(rights_of(session, user.AI3_CODUSU))]


@dataclass
class UserData:
    """A user as PRTPUTUSER receives it (LOGINUSERSTRUCT), in plain names."""

    code: str
    login: str
    password: str
    name: str
    role: int | None
    group: str
    skin: str
    email: str
    superior: str
    customers: list[tuple[str, str, str]] | None  # (code, store, skin); None: not sent
    rights: list[str] | None  # web services; None: not sent


def maintain(session: Session, admin: AI3, data: UserData, implemented: frozenset[str]) -> None:
    """PRTPUTUSER by a portal admin for a user it administers: a new user (no code, or one that
    does not exist), a change, or, when a change leaves the user without customers or without
    rights, its deletion. The rights and customers given must be the admin's own. A change with no
    password keeps the user's (this server never sends a password back to change it)."""
    if role_of(admin) != ADMIN or data.code == admin.AI3_CODUSU:
        raise PortalError("admin_only")
    target = session.scalars(select(AI3).where(AI3.AI3_CODUSU == data.code)).first() if data.code else None
    if target is not None and target.AI3_SUPER != admin.AI3_CODUSU:
        raise NotFound("user_not_found")
    login = (data.login or "").strip()
    if target is None and session.scalars(select(AI3.R_E_C_N_O_).where(AI3.AI3_LOGIN == login)).first() is not None:
        raise PortalError("login_taken", login=login)
    if not login:
        raise PortalError("required", field="USERLOGIN")
    if target is None and not data.password:
        raise PortalError("required", field="USERPASSWORD")
    if data.password and len(data.password) < MIN_PASSWORD_LENGTH:
        raise PortalError("weak_password", length=MIN_PASSWORD_LENGTH)
    if not (data.name or "").strip():
        raise PortalError("required", field="USERNAME")
    if data.role not in (USER, GROUP):
        raise PortalError("bad_value", field="USERROLES", value=str(data.role))
    if data.superior and data.superior.strip() != admin.AI3_CODUSU:
        raise PortalError("bad_value", field="USERSUPER", value=data.superior)
    admin_rights = rights_of(session, admin.AI3_CODUSU) & set(served_services(session, implemented))
    rights = {r.strip().upper() for r in (data.rights or []) if r and r.strip()}
    for name in sorted(rights - admin_rights):
        raise PortalError("not_admins_right", value=name)
    admin_customers = {(c.A1_COD, c.A1_LOJA) for c, _skin in linked_customers(session, admin.AI3_CODUSU)}
    customers = {(code, store): skin for code, store, skin in (data.customers or [])}
    for code, store in sorted(set(customers) - admin_customers):
        raise PortalError("not_admins_customer", value=code + store)
    values = {"AI3_LOGIN": login, "AI3_NOME": check_width(data.name.strip(), 30, "USERNAME"),
              "AI3_ADMIN": str(data.role), "AI3_SUPER": admin.AI3_CODUSU, "AI3_GRUPO": data.group or "",
              "AI3_SKIN": check_width(data.skin or "", 15, "USERSKIN"),
              "AI3_EMAIL": check_email(data.email, "USEREMAIL", 50) if data.email else ""}
    if target is None:
        code = next_number(session, "AI3", 6, taken=lambda c: _user_exists(session, c))
        target = AI3(AI3_CODUSU=code, AI3_PSW="", **values)
        session.add(target)
    elif not customers or not rights:
        _delete_user(session, target)
        return
    else:
        for column, value in values.items():
            setattr(target, column, value)
    if data.password:
        credentials.set_password(session, target, data.password)
        revoke_sessions(session, target.AI3_CODUSU)
    _replace_links(session, target.AI3_CODUSU, customers, rights)


def _user_exists(session: Session, code: str) -> bool:
    return session.scalars(select(AI3.R_E_C_N_O_).where(AI3.AI3_CODUSU == code)).first() is not None


def _replace_links(session: Session, code: str, customers: dict, rights: set[str]) -> None:
    soft_delete_where(session, AI4, AI4.AI4_CODUSU == code)
    soft_delete_where(session, AI6, AI6.AI6_CODUSU == code)
    session.add_all(AI4(AI4_CODUSU=code, AI4_CODCLI=c, AI4_LOJCLI=s, AI4_SKIN=skin or "")
                    for (c, s), skin in sorted(customers.items()))
    session.add_all(AI6(AI6_CODUSU=code, AI6_WEBSRV=name) for name in sorted(rights))


def _delete_user(session: Session, user: AI3) -> None:
    _replace_links(session, user.AI3_CODUSU, {}, set())
    revoke_sessions(session, user.AI3_CODUSU)
    soft_delete(user)


# --- administration from the command line (server.py portal-user ...) -----------------------


def portal_user_by_login(session: Session, login: str) -> AI3:
    user = session.scalars(select(AI3).where(AI3.AI3_LOGIN == (login or "").strip())).first()
    if user is None:
        raise NotFound("user_not_found")
    return user


def add_portal_user(session: Session, login: str, password: str, name: str, email: str = "", *,
                    admin: bool = False, superior: str = "") -> AI3:
    """A new portal user with no customers and no rights yet (link and grant give them)."""
    login = (login or "").strip()
    if not login:
        raise PortalError("required", field="AI3_LOGIN")
    if session.scalars(select(AI3.R_E_C_N_O_).where(AI3.AI3_LOGIN == login)).first() is not None:
        raise PortalError("login_taken", login=login)
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise PortalError("weak_password", length=MIN_PASSWORD_LENGTH)
    boss = portal_user_by_login(session, superior).AI3_CODUSU if superior else ""
    code = next_number(session, "AI3", 6, taken=lambda c: _user_exists(session, c))
    user = AI3(AI3_CODUSU=code, AI3_LOGIN=check_width(login, 50, "AI3_LOGIN"), AI3_PSW="",
               AI3_NOME=check_width(name or login, 30, "AI3_NOME"), AI3_EMAIL=check_email(email, "AI3_EMAIL", 50),
               AI3_ADMIN=str(ADMIN if admin else USER), AI3_SUPER=boss, AI3_SKIN="default")
    session.add(user)
    credentials.set_password(session, user, password)
    return user


def link_customers(session: Session, user: AI3, customer_ids: list[str], linked: bool) -> None:
    """Link (or unlink) customers, given as CUSTOMERIDs (code and store, ``00000101``)."""
    from model.access import split_customer_id
    from model.tables import SA1

    for customer_id in customer_ids:
        customer = split_customer_id(customer_id)
        if customer is None or session.scalars(select(SA1.R_E_C_N_O_).where(
                SA1.A1_COD == customer.code, SA1.A1_LOJA == customer.store)).first() is None:
            raise NotFound("customer_not_registered")
        link = (AI4.AI4_CODUSU == user.AI3_CODUSU) & (AI4.AI4_CODCLI == customer.code) & (
            AI4.AI4_LOJCLI == customer.store)
        exists = session.scalars(select(AI4.R_E_C_N_O_).where(link)).first() is not None
        if linked and not exists:
            session.add(AI4(AI4_CODUSU=user.AI3_CODUSU, AI4_CODCLI=customer.code, AI4_LOJCLI=customer.store,
                            AI4_SKIN="default"))
        elif not linked and exists:
            soft_delete_where(session, AI4, link)


def grant_rights(session: Session, user: AI3, services: list[str], granted: bool,
                 implemented: frozenset[str]) -> None:
    """Grant (or revoke) rights to web services; only served services can be granted."""
    wanted = {s.strip().upper() for s in services if s.strip()}
    current = rights_of(session, user.AI3_CODUSU)
    if granted:
        served = served_services(session, implemented)
        for name in sorted(wanted - set(served)):
            raise PortalError("unknown_code", field="AI6_WEBSRV", value=name)
        session.add_all(AI6(AI6_CODUSU=user.AI3_CODUSU, AI6_WEBSRV=name) for name in sorted(wanted - current))
    elif wanted & current:
        soft_delete_where(session, AI6, AI6.AI6_CODUSU == user.AI3_CODUSU, AI6.AI6_WEBSRV.in_(wanted & current))


def reset_password(session: Session, user: AI3, password: str) -> None:
    """A new password set by whoever runs the server: every session of the user ends."""
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise PortalError("weak_password", length=MIN_PASSWORD_LENGTH)
    credentials.set_password(session, user, password)
    revoke_sessions(session, user.AI3_CODUSU)


def block_user(session: Session, user: AI3, blocked: bool) -> None:
    credentials.set_blocked(session, user.AI3_CODUSU, blocked)
    if blocked:
        revoke_sessions(session, user.AI3_CODUSU)
