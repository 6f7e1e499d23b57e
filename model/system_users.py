"""System users (SIGACFG's SYS_USR): the HTTP Basic layer of Security=1."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.passwords import dummy_hash, verify_password
from model.tables import SYS_USR


def verify_system_user(session: Session, login: str, password: str) -> bool:
    user = session.scalars(select(SYS_USR).where(SYS_USR.USR_CODIGO == login)).first()
    ok = verify_password(user.USR_PSW if user else dummy_hash(), password)
    return ok and user is not None and user.USR_MSBLQL != "1"
