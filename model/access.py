"""Who may do what: portal login, USERCODE sessions and the permission check (PrtChkUser).

Every operation calls :func:`check` before it reads anything: the USERCODE must be valid, its
user must hold the right to the web service (AI6) and, when the operation is about a customer,
the CUSTOMERID must be linked to the user (AI4). Not linked and not registered answer alike.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from model import credentials, lockout
from model.database import live, read
from model.errors import AccessDenied, NotFound, PortalError
from model.tables import AI3, AI4, AI6, AI7, SA1, ZUS, ZWS

SESSION_LIFETIME = dt.timedelta(hours=8)


def utc_now() -> dt.datetime:
    """Session times are UTC, so hosts in different time zones agree on expiry."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
ALWAYS_GRANTED = {"USERPORTAL"}  # logging in is the right to the portal itself


@dataclass(frozen=True)
class Customer:
    code: str  # A1_COD
    store: str  # A1_LOJA

    @property
    def id(self) -> str:
        return self.code + self.store


@dataclass(frozen=True)
class Access:
    """What the permission check found: the portal user and, if asked, the customer."""

    user: AI3
    customer: Customer | None = None


def split_customer_id(customer_id: str | None) -> Customer | None:
    """``00000101`` -> code ``000001``, store ``01`` (A1_COD is 6 wide, A1_LOJA 2)."""
    text = (customer_id or "").strip()
    if len(text) != 8:
        return None
    return Customer(text[:6], text[6:])


def customer_of_document(code: str | None, store: str | None) -> str:
    """The CUSTOMERID of a document that names its customer in its header (code and store)."""
    code, store = (code or "").strip(), (store or "").strip()
    if not code or not store:
        raise PortalError("required", field="CUSTOMERCODE" if not code else "CUSTOMERUNIT")
    return code + store


def _token_digest(usercode: str) -> str:
    return hashlib.sha256(usercode.encode("utf-8")).hexdigest()


def login(session: Session, user_login: str, password: str, *, remote_ip: str = "",
          portal_session: bool = True, now: dt.datetime | None = None,
          policy: lockout.Policy = lockout.DEFAULT) -> tuple[str, AI3]:
    """PRTLOGIN: the USERCODE for a login and password, and the user. The user's expired
    sessions are purged on the way. A failure is counted (model.lockout): the caller keeps that
    write though the login is refused. A locked login is refused as a wrong password is."""
    now = now or utc_now()
    user = session.scalars(select(AI3).where(AI3.AI3_LOGIN == (user_login or "").strip())).first()
    matches = credentials.password_matches(session, user, password)  # first, so a lock costs the same time
    counted = lockout.state(session, lockout.PORTAL, user_login, now)
    if counted is not None and counted.locked:
        raise AccessDenied("login_failed")
    if not matches:
        lockout.failed(session, lockout.PORTAL, user_login, policy, now)
        raise AccessDenied("login_failed")
    if counted is not None:
        lockout.cleared(session, lockout.PORTAL, user_login)
    if credentials.is_blocked(session, user.AI3_CODUSU):
        raise AccessDenied("user_blocked")
    if not portal_session:
        return user.AI3_CODUSU, user
    usercode = secrets.token_hex(20)
    session.execute(delete(ZWS).where(ZWS.ZWS_CODUSU == user.AI3_CODUSU, ZWS.ZWS_EXPIRA <= now))
    session.add(ZWS(ZWS_TOKEN=_token_digest(usercode), ZWS_CODUSU=user.AI3_CODUSU, ZWS_CRIADO=now,
                    ZWS_EXPIRA=now + SESSION_LIFETIME, ZWS_REVOG="", ZWS_IP=(remote_ip or "")[:45]))
    return usercode, user


def logout(session: Session, usercode: str, *, portal_session: bool = True) -> bool:
    """PRTLOGOUT: revoke the session. A static code (PortalSession=0) cannot be revoked."""
    if not portal_session:
        return False
    row = session.scalars(select(ZWS).where(ZWS.ZWS_TOKEN == _token_digest((usercode or "").strip()))).first()
    if row is None or row.ZWS_REVOG == "1":
        return False
    row.ZWS_REVOG = "1"
    return True


def revoke_sessions(session: Session, user_code: str, keep: str = "") -> None:
    """Revoke every live session of a user but ``keep`` (the USERCODE in use)."""
    stmt = update(ZWS).where(ZWS.ZWS_CODUSU == user_code, ZWS.ZWS_REVOG != "1")
    if keep:
        stmt = stmt.where(ZWS.ZWS_TOKEN != _token_digest(keep))
    session.execute(stmt.values(ZWS_REVOG="1").execution_options(synchronize_session=False))


@cache
def _session_statement(portal_session: bool):
    """The owner of a USERCODE and its block, from this server's own tables only (they may live in
    a database of their own, apart from the ERP's): a live session (PortalSession=1), or the static
    code itself."""
    if portal_session:
        return (select(ZWS.ZWS_CODUSU.label("code"), ZUS.ZUS_BLOQ.label("blocked"))
                .outerjoin(ZUS, (ZUS.ZUS_CODUSU == ZWS.ZWS_CODUSU) & live(ZUS))
                .where(live(ZWS), ZWS.ZWS_TOKEN == bindparam("token"), ZWS.ZWS_REVOG != "1",
                       ZWS.ZWS_EXPIRA > bindparam("now")).limit(1))
    return select(ZUS.ZUS_CODUSU.label("code"), ZUS.ZUS_BLOQ.label("blocked")).where(
        live(ZUS), ZUS.ZUS_CODUSU == bindparam("usercode")).limit(1)


def _session_owner(session: Session, usercode: str, portal_session: bool, now: dt.datetime | None) -> str | None:
    """The AI3_CODUSU behind a USERCODE, when its session is live and the user not blocked."""
    if portal_session:
        row = read(session, _session_statement(True), token=_token_digest(usercode), now=now or utc_now()).first()
        if row is None:
            return None
    else:
        row = read(session, _session_statement(False), usercode=usercode).first()
        if row is None:
            return usercode
    return None if row.blocked == credentials.BLOCKED else row.code


def portal_user(session: Session, usercode: str, *, portal_session: bool = True,
                now: dt.datetime | None = None) -> AI3:
    """The live, unblocked portal user behind a USERCODE, or AccessDenied."""
    usercode = (usercode or "").strip()
    code = _session_owner(session, usercode, portal_session, now) if usercode else None
    user = _user_by_code(session, code) if code else None
    if user is None:
        raise AccessDenied("invalid_usercode")
    return user


def _user_by_code(session: Session, code: str) -> AI3 | None:
    return session.scalars(select(AI3).where(AI3.AI3_CODUSU == (code or "").strip())).first()


class NotServed(Exception):
    """The web service is not registered in AI7 (any more): it is not served."""


@cache
def _served_statement():
    return select(AI7.R_E_C_N_O_).where(AI7.AI7_WEBSRV == bindparam("service"), live(AI7)).limit(1)


def service_is_served(session: Session, service: str) -> bool:
    """A service is served only while registered in AI7."""
    return read(session, _served_statement(), service=service).first() is not None


@cache
def _rights_statement():
    return select(AI6.AI6_WEBSRV).where(AI6.AI6_CODUSU == bindparam("user"), live(AI6))


def rights_of(session: Session, usercode: str) -> set[str]:
    """The web services the portal user holds a right to (AI6)."""
    return set(read(session, _rights_statement(), user=usercode).scalars())


def linked_customers(session: Session, usercode: str) -> list[tuple[SA1, str]]:
    """The live customers linked to a portal user (AI4 -> SA1), in code order, each with the skin
    of its link (AI4_SKIN)."""
    return [tuple(row) for row in session.execute(
        select(SA1, AI4.AI4_SKIN).join(AI4, (AI4.AI4_CODCLI == SA1.A1_COD) & (AI4.AI4_LOJCLI == SA1.A1_LOJA))
        .where(AI4.AI4_CODUSU == usercode).order_by(SA1.A1_COD, SA1.A1_LOJA))]


@cache
def _check_statement(with_customer: bool):
    """The permission check as one prepared statement: the user of the USERCODE with,
    outer-joined, its right to the service (AI6), its link to the customer (AI4) and that
    customer (SA1), and whether the service is served (AI7)."""
    served = _served_statement().scalar_subquery().label("served")
    stmt = select(*AI3.__table__.columns, AI6.R_E_C_N_O_.label("right"), served).where(
        live(AI3), AI3.AI3_CODUSU == bindparam("usercode"))
    stmt = stmt.outerjoin(AI6, (AI6.AI6_CODUSU == AI3.AI3_CODUSU) & (AI6.AI6_WEBSRV == bindparam("service"))
                          & live(AI6))
    if with_customer:
        stmt = stmt.add_columns(SA1.R_E_C_N_O_.label("linked")).outerjoin(
            AI4, (AI4.AI4_CODUSU == AI3.AI3_CODUSU) & (AI4.AI4_CODCLI == bindparam("code"))
            & (AI4.AI4_LOJCLI == bindparam("store")) & live(AI4)).outerjoin(
            SA1, (SA1.A1_COD == AI4.AI4_CODCLI) & (SA1.A1_LOJA == AI4.AI4_LOJCLI) & live(SA1))
    return stmt.limit(1)


def check(session: Session, usercode: str, service: str, customer_id: str | None = None, *,
          customer_required: bool = False, portal_session: bool = True,
          now: dt.datetime | None = None, served: bool = False) -> Access:
    """PrtChkUser: valid USERCODE, right to ``service``, CUSTOMERID linked to the user; with
    ``served``, first that the service is served (AI7), else :class:`NotServed`.

    Two prepared statements: the session (this server's tables), then the user with, outer-joined,
    the right (AI6), the link (AI4) to a live customer (SA1) and the service's registration; then
    the checks in that order. The user comes back as a row with every AI3 column."""
    usercode = (usercode or "").strip()
    code = _session_owner(session, usercode, portal_session, now) if usercode else None
    if code is None:
        if served and not service_is_served(session, service):
            raise NotServed(service)
        raise AccessDenied("invalid_usercode")
    customer = split_customer_id(customer_id)
    params = {"service": service, "usercode": code}
    if customer is not None:
        params.update(code=customer.code, store=customer.store)
    row = read(session, _check_statement(customer is not None), **params).first()
    if served and not (row.served is not None if row is not None else service_is_served(session, service)):
        raise NotServed(service)
    if row is None:
        raise AccessDenied("invalid_usercode")
    user = row
    if service not in ALWAYS_GRANTED and row.right is None:
        raise AccessDenied("no_right_to_service", service=service)
    if not (customer_id or "").strip():
        if customer_required:
            raise PortalError("required", field="CUSTOMERID")
        return Access(user)
    if customer is None or row.linked is None:
        raise NotFound("customer_not_registered")
    return Access(user, customer)
