"""The audit trail of portal writes (ZAU): who, when, from where, which operation, which keys.

:func:`record` adds one entry in the caller's transaction, so an entry exists exactly when its
write was committed. :func:`trail` reads entries back, filtered by user, customer and dates, for
``server.py audit``. Times are UTC, as the sessions' are, so servers in different time zones write
one trail.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from model.tables import ZAU

KEYS_WIDTH = 250


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Entry:
    when: dt.datetime
    user_code: str
    login: str
    address: str
    service: str
    operation: str
    customer: str
    keys: str

    def line(self) -> str:
        customer = f" customer {self.customer}" if self.customer else ""
        return (f"{self.when:%Y-%m-%d %H:%M:%S}Z {self.login} ({self.user_code}) from {self.address or '-'}: "
                f"{self.service}.{self.operation}{customer} {self.keys}").rstrip()


def record(session: Session, *, user_code: str, login: str, address: str, service: str, operation: str,
           customer: str = "", keys: list[str] | None = None, now: dt.datetime | None = None) -> None:
    """One entry, in the session's transaction."""
    session.add(ZAU(ZAU_DATA=now or utc_now(), ZAU_CODUSU=user_code[:6], ZAU_LOGIN=login[:50],
                    ZAU_IP=(address or "")[:45], ZAU_SERVIC=service[:30], ZAU_OPERAC=operation[:30],
                    ZAU_CLIENT=(customer or "")[:8], ZAU_CHAVES=" ".join(keys or [])[:KEYS_WIDTH]))


def trail(session: Session, *, user: str = "", customer: str = "", date_from: dt.date | None = None,
          date_to: dt.date | None = None) -> list[Entry]:
    """The entries in time order; ``user`` is a login or a user code, ``customer`` a CUSTOMERID (a
    customer code alone takes all its stores); the dates are UTC days, both included."""
    stmt = select(ZAU).order_by(ZAU.ZAU_DATA, ZAU.R_E_C_N_O_)
    if user:
        stmt = stmt.where(or_(ZAU.ZAU_LOGIN == user.strip(), ZAU.ZAU_CODUSU == user.strip()))
    if customer:
        customer = customer.strip()
        stmt = stmt.where(ZAU.ZAU_CLIENT == customer if len(customer) > 6 else ZAU.ZAU_CLIENT.like(f"{customer}%"))
    if date_from:
        stmt = stmt.where(ZAU.ZAU_DATA >= dt.datetime.combine(date_from, dt.time()))
    if date_to:
        stmt = stmt.where(ZAU.ZAU_DATA < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time()))
    return [Entry(r.ZAU_DATA, r.ZAU_CODUSU, r.ZAU_LOGIN, r.ZAU_IP, r.ZAU_SERVIC, r.ZAU_OPERAC, r.ZAU_CLIENT,
                  r.ZAU_CHAVES) for r in session.scalars(stmt)]
