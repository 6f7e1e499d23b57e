"""The customer's sales representative (A1_VEND -> SA3) and the seller's tasks (AD8)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import query
from model.errors import NotFound
from model.tables import AD8, SA1, SA3

TASK_COLUMNS = query.columns_of(AD8)


def seller_of(session: Session, customer: SA1) -> SA3:
    seller = session.scalars(select(SA3).where(SA3.A3_COD == customer.A1_VEND)).first() if customer.A1_VEND else None
    if seller is None:
        raise NotFound("seller_not_found")
    return seller


def tasks_of(session: Session, customer: SA1, date_from: dt.date | None, date_to: dt.date | None,
             queryaddwhere: str | None, indexkey: str | None, paginate) -> list[AD8]:
    """The tasks of the customer's seller that concern the customer, whose start date falls in
    [date_from, date_to] (either side open when absent)."""
    stmt = select(AD8).where(AD8.AD8_CODVEN == customer.A1_VEND, AD8.AD8_CODCLI == customer.A1_COD,
                             AD8.AD8_LOJCLI == customer.A1_LOJA)
    stmt = query.date_range(stmt, AD8.AD8_DTINI, date_from, date_to)
    stmt = query.where(stmt, queryaddwhere, TASK_COLUMNS)
    stmt = query.order_by(stmt, indexkey, TASK_COLUMNS, [AD8.AD8_DTINI, AD8.AD8_TAREFA], tiebreak=AD8.R_E_C_N_O_)
    return list(session.scalars(paginate(stmt)))
