"""Following orders through their life: the release lines of the items (GETRELEASE, BRWRELEASE)
and the count and value of orders per status (BRWSALESORDERTOTAL). Statuses come from
:mod:`model.release_status`."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import query
from model import release_status as rs
from model.access import Customer
from model.order_items import ZERO
from model.tables import SC5, SC6, SC9


@dataclass(frozen=True)
class ReleaseLine:
    """One release of an item (an SC9 row), or the item itself while it has none."""

    order: str
    item: str
    product: str
    quantity: Decimal
    release_date: dt.date | None
    status: str


@dataclass(frozen=True)
class StatusTotal:
    status: str
    orders: int
    value: Decimal


def _items_with_releases(customer: Customer, *columns):
    return (select(*columns)
            .join(SC5, SC5.C5_NUM == SC6.C6_NUM)
            .outerjoin(SC9, (SC9.C9_PEDIDO == SC6.C6_NUM) & (SC9.C9_ITEM == SC6.C6_ITEM))
            .where(SC5.C5_CLIENTE == customer.code, SC5.C5_LOJACLI == customer.store))


def release_lines(session: Session, customer: Customer, paginate=None, *, number: str | None = None,
                  date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[ReleaseLine]:
    """The release lines of one order (``number``) or of the orders issued (C5_EMISSAO) in a
    period, by order, item and release sequence."""
    stmt = _items_with_releases(customer, SC6.C6_NUM, SC6.C6_ITEM, SC6.C6_PRODUTO, SC6.C6_QTDVEN, SC9.C9_QTDLIB,
                                SC9.C9_DATALIB, SC9.C9_BLCRED, SC9.C9_BLEST, SC9.R_E_C_N_O_)
    if number is not None:
        stmt = stmt.where(SC6.C6_NUM == number)
    stmt = query.date_range(stmt, SC5.C5_EMISSAO, date_from, date_to)
    stmt = stmt.order_by(SC6.C6_NUM, SC6.C6_ITEM, SC9.C9_SEQUEN, SC6.R_E_C_N_O_, SC9.R_E_C_N_O_)
    if paginate is not None:
        stmt = paginate(stmt)
    return [
        ReleaseLine(order, item, product, released if recno is not None else quantity,
                    released_on if recno is not None else None,
                    rs.release_status(blcred, blest, released=recno is not None))
        for order, item, product, quantity, released, released_on, blcred, blest, recno in session.execute(stmt)
    ]


def status_totals(session: Session, customer: Customer, date_from: dt.date | None = None,
                  date_to: dt.date | None = None) -> list[StatusTotal]:
    """The number and value (sum of NETTOTAL) of the customer's orders issued in a period, per
    status (every status listed, in code order). An order is as far as its least advanced item."""
    stmt = _items_with_releases(customer, SC6.C6_NUM, SC6.C6_ITEM, SC6.C6_VALOR, SC9.C9_BLCRED, SC9.C9_BLEST,
                                SC9.R_E_C_N_O_)
    stmt = query.date_range(stmt, SC5.C5_EMISSAO, date_from, date_to, "REGISTERDATEFROM")
    statuses: dict[str, list[str]] = defaultdict(list)
    values: dict[str, dict[str, Decimal]] = defaultdict(dict)
    for order, item, value, blcred, blest, recno in session.execute(stmt):
        statuses[order].append(rs.release_status(blcred, blest, released=recno is not None))
        values[order][item] = value
    count = dict.fromkeys(rs.STATUSES, 0)
    total = dict.fromkeys(rs.STATUSES, ZERO)
    for order, item_statuses in statuses.items():
        status = rs.order_status(item_statuses)
        count[status] += 1
        total[status] += sum(values[order].values(), ZERO)
    return [StatusTotal(s, count[s], total[s]) for s in rs.STATUSES]
