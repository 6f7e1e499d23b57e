"""A login that keeps failing is locked for a while: the defence against guessing passwords.

Both layers of authentication count their failures here, per login: PRTLOGIN (portal users) and
HTTP Basic (system users). ``attempts`` failures in a row, each less than ``seconds`` after the
one before, lock the login for ``seconds``. A locked login is refused with the very message of a
wrong password, after the same password check (so it takes the same time), whether the password
sent is right or not; the failures sent while it is locked are not counted (the lock ends when it
says). A good login clears the count. A login that does not exist is counted and locked alike, so
the lock tells nothing about which logins exist.

The count and the lock live in this server's own table ZLK, so every server process honours them.
Two processes counting the same login at once each add one: the count is one upsert.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from model.base import branch_value
from model.tables import ZLK

PORTAL, SYSTEM = "P", "S"  # the layers: portal users (PRTLOGIN), system users (HTTP Basic)


@dataclass(frozen=True)
class Policy:
    attempts: int = 5  # failures in a row that lock a login; 0 never locks
    seconds: int = 900  # how long a lock lasts, and how long a failure counts


DEFAULT = Policy()


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _key(login: str | None) -> str:
    return (login or "").strip()[:50]


@dataclass(frozen=True)
class State:
    failures: int
    locked: bool


def state(session: Session, layer: str, login: str, now: dt.datetime | None = None) -> State | None:
    """The failures counted for ``login`` and whether it is locked now (None: nothing counted)."""
    row = session.execute(select(ZLK.ZLK_FALHAS, ZLK.ZLK_ATE).where(
        ZLK.ZLK_CAMADA == layer, ZLK.ZLK_LOGIN == _key(login))).first()
    if row is None:
        return None
    return State(row[0], row[1] is not None and row[1] > (now or utc_now()))


def failed(session: Session, layer: str, login: str, policy: Policy, now: dt.datetime | None = None) -> None:
    """Count a failed login; the ``attempts``-th in a row locks it for ``seconds``."""
    if not policy.attempts:
        return
    now = now or utc_now()
    remembered = now - dt.timedelta(seconds=policy.seconds)
    branch = branch_value(ZLK, session.info["branch"]) or ""
    key = (ZLK.ZLK_CAMADA == layer) & (ZLK.ZLK_LOGIN == _key(login))
    dialect = session.get_bind(ZLK).dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.execute(insert(ZLK).values(ZLK_FILIAL=branch, ZLK_CAMADA=layer, ZLK_LOGIN=_key(login), ZLK_FALHAS=1,
                                       ZLK_ULTIMA=now, ZLK_ATE=None)
                    .on_conflict_do_update(index_elements=["ZLK_FILIAL", "ZLK_CAMADA", "ZLK_LOGIN"], set_={
                        "ZLK_FALHAS": case((ZLK.ZLK_ULTIMA < remembered, 1), else_=ZLK.ZLK_FALHAS + 1),
                        "ZLK_ULTIMA": now}))
    session.execute(update(ZLK).where(key, ZLK.ZLK_FALHAS >= policy.attempts)
                    .values(ZLK_ATE=now + dt.timedelta(seconds=policy.seconds), ZLK_FALHAS=0)
                    .execution_options(synchronize_session=False))
    # what nobody needs any longer: failures forgotten and locks ended
    session.execute(delete(ZLK).where(ZLK.ZLK_ULTIMA < remembered, or_(ZLK.ZLK_ATE.is_(None), ZLK.ZLK_ATE < now))
                    .execution_options(synchronize_session=False))


def cleared(session: Session, layer: str, login: str) -> None:
    """A good login: its count starts again."""
    session.execute(delete(ZLK).where(ZLK.ZLK_CAMADA == layer, ZLK.ZLK_LOGIN == _key(login))
                    .execution_options(synchronize_session=False))


def unlock(session: Session, layer: str, login: str) -> bool:
    """End a lock by hand (the people who run the server): True when there was something to end."""
    found = state(session, layer, login) is not None
    cleared(session, layer, login)
    return found
