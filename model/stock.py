"""Stock balances per product and warehouse (SB2)."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.tables import SB2


def available(balance: SB2) -> Decimal:
    """What can still be sold from a balance: current − reserved − committed to production."""
    return balance.B2_QATU - balance.B2_RESERVA - balance.B2_QEMP


def balances(session: Session, products: list[str]) -> list[SB2]:
    """The balances of ``products`` in every warehouse, in one query."""
    return list(session.scalars(
        select(SB2).where(SB2.B2_COD.in_(products)).order_by(SB2.B2_COD, SB2.B2_LOCAL)))
