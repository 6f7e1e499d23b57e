"""A portal user's password and block.

Protheus keeps a portal user's password in clear text in AI3_PSW and has no block for portal
users. This server never writes AI3_PSW: it keeps an argon2id hash of the password, and the block,
in a table of its own (ZUS). At login, a user with a hash is checked against it; a user without
one (a copy of a real Protheus database) is checked against AI3_PSW as Protheus does, and the
first good login stores the hash, so from then on the hash decides. Every check costs the same
time whether the login exists or not, and whichever way the password is kept.
"""
from __future__ import annotations

import hmac

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.passwords import dummy_hash, hash_password, needs_rehash, verify_password
from model.tables import AI3, ZUS

BLOCKED = "1"


def _state(session: Session, code: str) -> ZUS | None:
    return session.scalars(select(ZUS).where(ZUS.ZUS_CODUSU == code)).first()


def _keep_hash(session: Session, code: str, state: ZUS | None, password: str) -> None:
    if state is None:
        session.add(ZUS(ZUS_CODUSU=code, ZUS_HASH=hash_password(password), ZUS_BLOQ=""))
    else:
        state.ZUS_HASH = hash_password(password)


def password_matches(session: Session, user: AI3 | None, password: str) -> bool:
    """Is ``password`` the user's? ``user`` None (no such login) costs the same and is False."""
    password = password or ""
    state = _state(session, user.AI3_CODUSU) if user is not None else None
    if state is not None and state.ZUS_HASH:
        ok = verify_password(state.ZUS_HASH, password)
        if ok and needs_rehash(state.ZUS_HASH):  # made with another cost than the configured one
            state.ZUS_HASH = hash_password(password)
        return ok
    verify_password(dummy_hash(), password)  # the time a hash would have taken
    clear = (user.AI3_PSW or "").strip() if user is not None else ""
    ok = bool(clear) and hmac.compare_digest(clear.encode("utf-8"), password.strip().encode("utf-8"))
    if ok:
        _keep_hash(session, user.AI3_CODUSU, state, password)
    return ok


def stored_hash(session: Session, code: str) -> str:
    """The user's password hash ('' when there is none yet)."""
    state = _state(session, code)
    return state.ZUS_HASH if state is not None else ""


def set_password(session: Session, user: AI3, password: str) -> None:
    """The user's new password, kept as a hash only."""
    _keep_hash(session, user.AI3_CODUSU, _state(session, user.AI3_CODUSU), password)


def is_blocked(session: Session, code: str) -> bool:
    state = _state(session, code)
    return state is not None and state.ZUS_BLOQ == BLOCKED


def set_blocked(session: Session, code: str, blocked: bool) -> None:
    state = _state(session, code)
    if state is None:
        state = ZUS(ZUS_CODUSU=code, ZUS_HASH="")
        session.add(state)
    state.ZUS_BLOQ = BLOCKED if blocked else ""
