"""Discount rules (ACO header, ACP items): the percentage a rule gives a product or a document.

A rule applies when each of its customer, store, price list and payment plan is blank or equal
to the one asked about, and the moment lies within its dates (blank: open). Type 1 (per item)
takes the items of the rules that name the product or its group, the first band whose
quantity ceiling (ACP_FAIXA) holds the quantity; type 2 (per document) takes the rules whose
value floor (ACO_FAIXA) the document total reaches, the highest floor. The most specific rule
wins (customer and store named, then customer, then none); nothing found is 0.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from model.access import Customer
from model.errors import PortalError
from model.tables import ACO, ACP, SB1

PER_ITEM, PER_TOTAL = 1, 2
ZERO = Decimal(0)


def _applies(customer: Customer | None, price_list: str, payment_plan: str, now: dt.datetime):
    day = now.date()
    return (
        or_(ACO.ACO_CODCLI == "", ACO.ACO_CODCLI == (customer.code if customer else ""))
        & or_(ACO.ACO_LOJA == "", ACO.ACO_LOJA == (customer.store if customer else ""))
        & or_(ACO.ACO_CODTAB == "", ACO.ACO_CODTAB == (price_list or "").strip())
        & or_(ACO.ACO_CONDPG == "", ACO.ACO_CONDPG == (payment_plan or "").strip())
        & or_(ACO.ACO_DATDE == "", ACO.ACO_DATDE <= day)
        & or_(ACO.ACO_DATATE == "", ACO.ACO_DATATE >= day)
    )


def _specificity(rule: ACO) -> tuple[int, int]:
    return (0 if rule.ACO_CODCLI else 1, 0 if rule.ACO_LOJA else 1)


def discount(session: Session, product: SB1, customer: Customer | None, price_list: str, quantity, payment_plan: str,
             kind, now: dt.datetime) -> Decimal:
    """GETDISCOUNT: the percentage (never negative)."""
    kind = int(kind or 0)
    if kind not in (PER_ITEM, PER_TOTAL):
        raise PortalError("bad_value", field="DISCOUNTTYPE", value=kind)
    quantity = Decimal(quantity or 0)
    applies = _applies(customer, price_list, payment_plan, now)
    if kind == PER_ITEM:
        rows = session.execute(
            select(ACO, ACP).join(ACP, ACP.ACP_CODREG == ACO.ACO_CODREG)
            .where(applies, or_(ACP.ACP_CODPRO == product.B1_COD,
                                (ACP.ACP_CODPRO == "") & (ACP.ACP_GRUPO == product.B1_GRUPO)),
                   ACP.ACP_FAIXA >= quantity)).all()
        rows.sort(key=lambda r: (_specificity(r[0]), 0 if r[1].ACP_CODPRO else 1, r[1].ACP_FAIXA, r[1].ACP_ITEM))
        return max(rows[0][1].ACP_PERDES, ZERO) if rows else ZERO
    rules = list(session.scalars(select(ACO).where(applies, ACO.ACO_FAIXA <= quantity, ACO.ACO_PERDES > 0)))
    rules.sort(key=lambda r: (_specificity(r), -r.ACO_FAIXA, r.ACO_CODREG))
    return max(rules[0].ACO_PERDES, ZERO) if rules else ZERO
