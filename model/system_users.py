"""System users (in the shape of SIGACFG's SYS_USR): the HTTP Basic layer of Security=1, and their
administration from the command line."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import lockout
from model.errors import NotFound, PortalError
from model.passwords import dummy_hash, hash_password, verify_password
from model.tables import SYS_USR

BLOCKED, ACTIVE = "1", "2"


def verify_system_user(session: Session, login: str, password: str) -> bool:
    user = session.scalars(select(SYS_USR).where(SYS_USR.USR_CODIGO == login)).first()
    ok = verify_password(user.USR_PSW if user else dummy_hash(), password)
    return ok and user is not None and user.USR_MSBLQL != BLOCKED


def authenticate(db, login: str, password: str, policy: lockout.Policy = lockout.DEFAULT) -> bool:
    """HTTP Basic: is this the system user's password, and the login not locked? A failure is
    counted (model.lockout) in a transaction of its own; a locked login is refused after the same
    check as any other, so it takes the same time."""
    with db.session() as session:
        ok = verify_system_user(session, login, password)
        counted = lockout.state(session, lockout.SYSTEM, login)
    if counted is not None and counted.locked:
        return False
    if not ok or counted is not None:
        with db.session(write=True) as session:
            if ok:
                lockout.cleared(session, lockout.SYSTEM, login)
            else:
                lockout.failed(session, lockout.SYSTEM, login, policy)
    return ok


def system_user(session: Session, login: str) -> SYS_USR:
    user = session.scalars(select(SYS_USR).where(SYS_USR.USR_CODIGO == login)).first()
    if user is None:
        raise NotFound("user_not_found")
    return user


def add_system_user(session: Session, login: str, password: str, name: str = "") -> SYS_USR:
    login = (login or "").strip()
    if not login or len(login) > 25:
        raise PortalError("bad_value", field="USR_CODIGO", value=login)
    if session.scalars(select(SYS_USR).where(SYS_USR.USR_CODIGO == login)).first() is not None:
        raise PortalError("login_taken", login=login)
    last = session.scalar(select(func.max(SYS_USR.USR_ID))) or "000000"
    user = SYS_USR(USR_ID=str(int(last) + 1).zfill(6), USR_CODIGO=login, USR_PSW=_hashed(password),
                   USR_NOME=(name or login)[:40], USR_MSBLQL=ACTIVE)
    session.add(user)
    return user


def set_system_password(session: Session, login: str, password: str) -> SYS_USR:
    user = system_user(session, login)
    user.USR_PSW = _hashed(password)
    return user


def set_system_blocked(session: Session, login: str, blocked: bool) -> SYS_USR:
    user = system_user(session, login)
    user.USR_MSBLQL = BLOCKED if blocked else ACTIVE
    return user


def _hashed(password: str) -> str:
    from model.users import MIN_PASSWORD_LENGTH

    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise PortalError("weak_password", length=MIN_PASSWORD_LENGTH)
    return hash_password(password)
