"""A product's inventory (GETINVENTORY): its balances of three kinds, in total or per warehouse.

1. our own stock in our hands: SB2 (quantity B2_QATU, value B2_VATU1);
2. our own stock in third parties' hands: SB6 remittances of ours (B6_TIPO 'E');
3. third parties' stock in our hands: SB6 remittances to us (B6_TIPO 'D').

SB6 keeps a remittance (B6_PODER3 'R') and each return against it (B6_PODER3 'D'); what is still
out is the remittance's B6_SALDO. On a past INVENTORYDATE the SB6 balances count the remittances
and returns up to that day; SB2 keeps no history here, so its balance is today's. Asked for one
customer (MTCUSTOMERPRODUCT), kinds 2 and 3 count only what moved between us and that customer.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import currencies, messages, query
from model.access import Customer
from model.errors import PortalError
from model.tables import SB1, SB2, SB6

OWN_HELD, OWN_AT_THIRD_PARTY, THIRD_PARTY_HELD = "1", "2", "3"
OURS_OUT, THEIRS_IN = "E", "D"  # B6_TIPO
REMITTANCE, RETURN = "R", "D"  # B6_PODER3
CUSTOMER = "C"  # B6_TPCF: the third party is a customer (SA1)
TOTAL, PER_WAREHOUSE = 1, 2
ZERO = Decimal(0)
STOCK_COLUMNS = query.columns_of(SB2)


@dataclass(frozen=True)
class InventoryLine:
    product: str
    balance_type: str
    quantity: Decimal
    cost: Decimal
    currency: int
    currency_symbol: str
    warehouse: str | None = None


def balance_text(balance_type: str, lang: str) -> str:
    return messages.text(f"balance_type_{balance_type}", lang)


def with_customer(stmt, customer: Customer | None):
    """SB6 movements between us and ``customer`` (every third party's when None)."""
    if customer is None:
        return stmt
    return stmt.where(SB6.B6_CLIFOR == customer.code, SB6.B6_LOJA == customer.store, SB6.B6_TPCF == CUSTOMER)


def third_party_balances(session: Session, product: str, kind: str, day: dt.date,
                         customer: Customer | None = None) -> dict[str, tuple[Decimal, Decimal]]:
    """Warehouse -> (quantity, value) of ``product`` still out under SB6 movements of ``kind``
    (B6_TIPO) on ``day``: remittances up to that day less the returns up to that day; only those
    with ``customer`` when given."""
    rows = session.execute(with_customer(select(SB6.B6_LOCAL, SB6.B6_PODER3, SB6.B6_QUANT, SB6.B6_PRUNIT)
                                         .where(SB6.B6_PRODUTO == product, SB6.B6_TIPO == kind,
                                                SB6.B6_EMISSAO <= day), customer))
    found: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO])
    for warehouse, power, quantity, price in rows:
        sign = 1 if power == REMITTANCE else -1
        found[warehouse][0] += sign * quantity
        found[warehouse][1] += sign * quantity * price
    return {w: (q, v.quantize(Decimal("0.01"))) for w, (q, v) in found.items()}


def inventory(session: Session, product: SB1, day: dt.date, kind, queryaddwhere: str | None = None,
              customer: Customer | None = None) -> list[InventoryLine]:
    """GETINVENTORY: TYPEOFINVENTORY 1 gives the three balances in total, 2 the three of each
    warehouse. QUERYADDWHERE filters the warehouses' balances (SB2). With ``customer``, the
    balances in third parties' hands are those with that customer only."""
    kind = int(kind)
    if kind not in (TOTAL, PER_WAREHOUSE):
        raise PortalError("bad_value", field="TYPEOFINVENTORY", value=kind)
    symbol = currencies.symbols(session).get(currencies.LOCAL, "")
    own = {b.B2_LOCAL: (b.B2_QATU, b.B2_VATU1) for b in session.scalars(
        query.where(select(SB2).where(SB2.B2_COD == product.B1_COD), queryaddwhere, STOCK_COLUMNS))}
    by_type = {OWN_HELD: own,
               OWN_AT_THIRD_PARTY: third_party_balances(session, product.B1_COD, OURS_OUT, day, customer),
               THIRD_PARTY_HELD: third_party_balances(session, product.B1_COD, THEIRS_IN, day, customer)}
    if kind == TOTAL:
        return [InventoryLine(product.B1_COD, t, sum((q for q, _ in rows.values()), ZERO),
                              sum((v for _, v in rows.values()), ZERO), currencies.LOCAL, symbol)
                for t, rows in by_type.items()]
    warehouses = sorted({w for rows in by_type.values() for w in rows})
    return [InventoryLine(product.B1_COD, t, *by_type[t].get(w, (ZERO, ZERO)), currencies.LOCAL, symbol, w)
            for w in warehouses for t in by_type]
