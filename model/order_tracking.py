"""Following orders through their life: the releases of their items (SC9), and the status of an
order they amount to (GETRELEASE, BRWRELEASE, GETSTATUSRELEASE). Statuses come from
:mod:`model.release_status`."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import documents, query
from model import release_status as rs
from model.access import Customer
from model.documents import ORDER
from model.tables import SC5, SC6, SC9

RELEASE_COLUMNS = query.columns_of(SC9, SC5)


def _of_customer(customer: Customer):
    return (select(SC9).join(SC5, (SC5.C5_NUM == SC9.C9_PEDIDO) & (SC5.C5_CLIENTE == SC9.C9_CLIENTE)
                             & (SC5.C5_LOJACLI == SC9.C9_LOJA))
            .where(documents.of_customer(ORDER, customer)))


def releases_of_order(session: Session, customer: Customer, number: str, queryaddwhere: str | None = None) -> list[SC9]:
    """GETRELEASE: the releases of one of the customer's orders, by item and sequence (an order
    that is not the customer's is not found)."""
    order = documents.find(session, ORDER, customer, number)
    stmt = query.where(_of_customer(customer).where(SC9.C9_PEDIDO == order.C5_NUM), queryaddwhere, RELEASE_COLUMNS)
    return list(session.scalars(stmt.order_by(SC9.C9_ITEM, SC9.C9_SEQUEN, SC9.R_E_C_N_O_)))


def releases_of_period(session: Session, customer: Customer, date_from: dt.date | None, date_to: dt.date | None,
                       queryaddwhere: str | None = None, paginate=None) -> list[SC9]:
    """BRWRELEASE: the releases of the customer's orders issued (C5_EMISSAO) in a period, by
    order and then item and sequence."""
    stmt = query.date_range(_of_customer(customer), SC5.C5_EMISSAO, date_from, date_to, "REGISTERDATEFROM")
    stmt = query.where(stmt, queryaddwhere, RELEASE_COLUMNS)
    stmt = stmt.order_by(SC5.C5_EMISSAO, SC5.C5_NUM, SC9.C9_ITEM, SC9.C9_SEQUEN, SC9.R_E_C_N_O_)
    return list(session.scalars(paginate(stmt) if paginate else stmt))


def release_status_of(release: SC9) -> str:
    return rs.release_status(release.C9_BLCRED, release.C9_BLEST, release.C9_BLWMS)


def order_status(session: Session, customer: Customer, number: str, lang: str,
                 queryaddwhere: str | None = None) -> str:
    """GETSTATUSRELEASE: the status of one of the customer's orders, from its releases."""
    return rs.order_status_text([release_status_of(r) for r in releases_of_order(session, customer, number,
                                                                                   queryaddwhere)], lang)


def item_statuses(session: Session, customer: Customer) -> dict[str, list[str]]:
    """Order number -> the status of each of its items (portfolio for an item not released): for
    the back office's view of the customer's orders."""
    rows = session.execute(
        select(SC6.C6_NUM, SC9.C9_BLCRED, SC9.C9_BLEST, SC9.C9_BLWMS, SC9.R_E_C_N_O_)
        .join(SC5, SC5.C5_NUM == SC6.C6_NUM)
        .outerjoin(SC9, (SC9.C9_PEDIDO == SC6.C6_NUM) & (SC9.C9_ITEM == SC6.C6_ITEM))
        .where(documents.of_customer(ORDER, customer))
        .order_by(SC6.C6_NUM, SC6.C6_ITEM, SC9.C9_SEQUEN))
    found: dict[str, list[str]] = {}
    for number, blcred, blest, blwms, recno in rows:
        found.setdefault(number, []).append(rs.release_status(blcred, blest, blwms, released=recno is not None))
    return found
