"""Stock balances per product and warehouse (SB2)."""
from __future__ import annotations

from decimal import Decimal
from functools import cache

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from model import currencies
from model.database import live, records
from model.inventory import OWN_HELD, InventoryLine
from model.tables import SB2



def available(balance: SB2) -> Decimal:
    """What can still be sold from a balance: current − reserved − committed to production."""
    return balance.B2_QATU - balance.B2_RESERVA - balance.B2_QEMP


@cache
def _balances_statement(one_warehouse: bool):
    stmt = select(*SB2.__table__.columns).where(SB2.B2_COD.in_(bindparam("products", expanding=True)), live(SB2))
    if one_warehouse:
        stmt = stmt.where(SB2.B2_LOCAL == bindparam("warehouse"))
    return stmt.order_by(SB2.B2_COD, SB2.B2_LOCAL, SB2.R_E_C_N_O_)


def balances(session: Session, products: list[str], warehouse: str = "") -> list:
    """The balances of ``products`` in ``warehouse`` (every warehouse when blank), in one prepared
    query: records with every SB2 column."""
    warehouse = (warehouse or "").strip()
    params = {"products": list(products), **({"warehouse": warehouse} if warehouse else {})}
    return records(session, _balances_statement(bool(warehouse)), **params)


def stock_lines(session: Session, products: list[str], warehouse: str = "") -> list[InventoryLine]:
    """GETSTOCK: per product and warehouse, the available quantity at its average unit cost."""
    symbol = currencies.symbols(session).get(currencies.LOCAL, "")
    return [InventoryLine(b.B2_COD, OWN_HELD, available(b), b.B2_CM1, currencies.LOCAL, symbol, b.B2_LOCAL)
            for b in balances(session, products, warehouse)]
