"""Demo data: a small, complete company to try every operation with.

Deterministic for a given day: every date is relative to the day the data is loaded. The demo
credentials are for trying the server only (see README): change or delete them in production.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from model.demo.portal import DEMO_CREDENTIALS, load_portal


def load_demo(session: Session, today: dt.date | None = None) -> None:
    from model.demo.erp import load_erp

    today = today or dt.date.today()
    load_erp(session, today)
    load_portal(session)


__all__ = ["DEMO_CREDENTIALS", "load_demo"]
