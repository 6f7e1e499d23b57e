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

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from model.errors import AccessDenied, NotFound, PortalError
from model.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from model.tables import AI3, AI4, AI6, AI7, SA1, ZWS

SESSION_LIFETIME = dt.timedelta(hours=8)


def utc_now() -> dt.datetime:
    """Session times are UTC, so hosts in different time zones agree on expiry."""
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
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


def _token_digest(usercode: str) -> str:
    return hashlib.sha256(usercode.encode("utf-8")).hexdigest()


def login(session: Session, user_login: str, password: str, *, remote_ip: str = "",
          portal_session: bool = True, now: dt.datetime | None = None) -> tuple[str, AI3]:
    """PRTLOGIN: the USERCODE for a login and password, and the user. The user's expired
    sessions are purged on the way."""
    now = now or utc_now()
    user = session.scalars(select(AI3).where(AI3.AI3_LOGIN == (user_login or "").strip())).first()
    if not verify_password(user.AI3_PSW if user else dummy_hash(), password or ""):
        raise AccessDenied("login_failed")
    if needs_rehash(user.AI3_PSW):  # made with another cost than the configured one
        user.AI3_PSW = hash_password(password)
    if user.AI3_MSBLQL == "1":
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
        return _user_by_code(session, usercode) is not None
    row = session.scalars(select(ZWS).where(ZWS.ZWS_TOKEN == _token_digest((usercode or "").strip()))).first()
    if row is None or row.ZWS_REVOG == "1":
        return False
    row.ZWS_REVOG = "1"
    return True


def _user_query(usercode: str, portal_session: bool, now: dt.datetime | None, *columns):
    """SELECT the portal user behind a USERCODE (and ``columns``): through a live session, or
    the static code with PortalSession=0."""
    stmt = select(AI3, *columns)
    if portal_session:
        return stmt.join(ZWS, ZWS.ZWS_CODUSU == AI3.AI3_CODUSU).where(
            ZWS.ZWS_TOKEN == _token_digest(usercode), ZWS.ZWS_REVOG != "1", ZWS.ZWS_EXPIRA > (now or utc_now()))
    return stmt.where(AI3.AI3_CODUSU == usercode)


def _live_user(user: AI3 | None) -> AI3:
    if user is None or user.AI3_MSBLQL == "1":
        raise AccessDenied("invalid_usercode")
    return user


def portal_user(session: Session, usercode: str, *, portal_session: bool = True,
                now: dt.datetime | None = None) -> AI3:
    """The live, unblocked portal user behind a USERCODE, or AccessDenied."""
    usercode = (usercode or "").strip()
    if not usercode:
        raise AccessDenied("invalid_usercode")
    return _live_user(session.scalars(_user_query(usercode, portal_session, now)).first())


def _user_by_code(session: Session, code: str) -> AI3 | None:
    return session.scalars(select(AI3).where(AI3.AI3_CODUSU == (code or "").strip())).first()


def service_is_served(session: Session, service: str) -> bool:
    """A service is served only while registered and enabled in AI7."""
    row = session.scalars(select(AI7).where(AI7.AI7_WEBSRV == service)).first()
    return row is not None and row.AI7_MSBLQL != "1"


def rights_of(session: Session, usercode: str) -> set[str]:
    return set(session.scalars(select(AI6.AI6_WEBSRV).where(AI6.AI6_CODUSU == usercode)))


def linked_customers(session: Session, usercode: str) -> list[SA1]:
    """The live customers linked to a portal user (AI4 -> SA1), in code order."""
    return list(session.scalars(
        select(SA1).join(AI4, (AI4.AI4_CODCLI == SA1.A1_COD) & (AI4.AI4_LOJCLI == SA1.A1_LOJA))
        .where(AI4.AI4_CODUSU == usercode).order_by(SA1.A1_COD, SA1.A1_LOJA)))


def check(session: Session, usercode: str, service: str, customer_id: str | None = None, *,
          customer_required: bool = False, portal_session: bool = True,
          now: dt.datetime | None = None) -> Access:
    """PrtChkUser: valid USERCODE, right to ``service``, CUSTOMERID linked to the user.

    One query: the user with, outer-joined, the right (AI6) and the link (AI4) to a live
    customer (SA1); then the checks in that order."""
    usercode = (usercode or "").strip()
    if not usercode:
        raise AccessDenied("invalid_usercode")
    customer = split_customer_id(customer_id)
    stmt = _user_query(usercode, portal_session, now, AI6.R_E_C_N_O_).outerjoin(
        AI6, (AI6.AI6_CODUSU == AI3.AI3_CODUSU) & (AI6.AI6_WEBSRV == service))
    if customer is not None:
        stmt = stmt.add_columns(SA1.R_E_C_N_O_).outerjoin(
            AI4, (AI4.AI4_CODUSU == AI3.AI3_CODUSU) & (AI4.AI4_CODCLI == customer.code)
            & (AI4.AI4_LOJCLI == customer.store)).outerjoin(
            SA1, (SA1.A1_COD == AI4.AI4_CODCLI) & (SA1.A1_LOJA == AI4.AI4_LOJCLI))
    row = session.execute(stmt).first()
    user = _live_user(row[0] if row else None)
    right, linked = row[1], (row[2] if customer is not None else None)
    if service not in ALWAYS_GRANTED and right is None:
        raise AccessDenied("no_right_to_service", service=service)
    if not (customer_id or "").strip():
        if customer_required:
            raise PortalError("required", field="CUSTOMERID")
        return Access(user)
    if customer is None or linked is None:
        raise NotFound("customer_not_registered")
    return Access(user, customer)
