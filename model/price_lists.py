"""Price lists (DA0/DA1): which lists are in force on a day, and the prices they hold."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from model.tables import DA0, DA1

ACTIVE = "1"


@dataclass(frozen=True)
class ListPrice:
    product: str
    list_code: str
    list_description: str
    price: Decimal
    currency: int
    valid_from: dt.date | None
    valid_to: dt.date | None


def in_force(day: dt.date):
    """The condition for a price list and its item to be in force on ``day``: both active,
    ``day`` within the list's dates (a blank date is unbounded)."""
    return (
        (DA0.DA0_ATIVO == ACTIVE) & (DA1.DA1_ATIVO != "2")
        & or_(DA0.DA0_DATDE == "", DA0.DA0_DATDE <= day)
        & or_(DA0.DA0_DATATE == "", DA0.DA0_DATATE >= day)
    )


def prices(session: Session, products: list[str], day: dt.date) -> list[ListPrice]:
    """Every price in force on ``day`` for ``products``, in one query, by product and list."""
    rows = session.execute(
        select(DA1.DA1_CODPRO, DA0.DA0_CODTAB, DA0.DA0_DESCRI, DA1.DA1_PRCVEN, DA1.DA1_MOEDA, DA0.DA0_DATDE,
               DA0.DA0_DATATE)
        .join(DA0, DA0.DA0_CODTAB == DA1.DA1_CODTAB)
        .where(DA1.DA1_CODPRO.in_(products), in_force(day))
        .order_by(DA1.DA1_CODPRO, DA0.DA0_CODTAB, DA1.R_E_C_N_O_))
    return [ListPrice(p, code, description, price, int(currency or 1), start, end)
            for p, code, description, price, currency, start, end in rows]
