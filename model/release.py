"""Back office: releasing sales orders (Protheus' MATA440, with MATA455's re-evaluation of blocks).

For every item still to release (no SC9 yet) or blocked for credit or stock (not rejected, not
invoiced), in order number and item order (orders blocked by a business rule, C5_BLQ, wait until
the back office lifts the block):

1. Credit (per order, over the items that still need it): a customer of risk ``A`` is always
   approved and one of risk ``E`` never; otherwise a credit limit past its date (A1_VENCLC)
   blocks with ``04``, and the limit A1_LC blocks with ``01`` when open receivables (SE1 balance,
   credit notes left out) + orders released and not yet invoiced + this order exceed it.
2. Stock (per item whose TES moves stock, once credit is approved): the warehouse's available
   quantity (SB2: current - reserved - committed) must cover the item, else block ``02``;
   otherwise the quantity is reserved (B2_RESERVA).
3. SC9 gets one row per item (or its blocked row is updated) with the block codes, blank when
   released; SC6.C6_QTDLIB and SC5.C5_LIBEROK record the release.

Everything is read with a constant number of queries, locking the rows it changes.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import release_status as rs
from model.order_items import ZERO, money
from model.stock import available
from model.tables import SA1, SB2, SC5, SC6, SC9, SE1, SF4

CREDIT_NOTE = "NCC"
ALWAYS_APPROVED, NEVER_APPROVED = "A", "E"  # A1_RISCO
MOVES_STOCK = "S"
REJECTED = "09"


@dataclass(frozen=True)
class Released:
    """What the release decided for one item."""

    order: str
    item: str
    status: str  # a release_status code


def release_orders(session: Session, today: dt.date, number: str | None = None) -> list[Released]:
    """Release the orders in portfolio (all, or only ``number``) and re-evaluate blocked items."""
    pending = _pending_items(session, number)
    if not pending:
        return []
    orders = {o.C5_NUM: o for o in session.scalars(
        select(SC5).where(SC5.C5_NUM.in_(sorted({item.C6_NUM for item, _ in pending}))).with_for_update())}
    customers = _customers(session, {(o.C5_CLIENTE, o.C5_LOJACLI) for o in orders.values()})
    exposure = _credit_exposure(session, set(customers))
    tes = {t.F4_CODIGO: t for t in session.scalars(select(SF4).where(SF4.F4_CODIGO.in_(
        sorted({item.C6_TES for item, _ in pending}))))}
    balances = {(b.B2_COD, b.B2_LOCAL): b for b in session.scalars(
        select(SB2).where(SB2.B2_COD.in_(sorted({item.C6_PRODUTO for item, _ in pending}))).with_for_update())}

    by_order: dict[str, list[tuple[SC6, SC9 | None]]] = defaultdict(list)
    for item, release in pending:
        if item.C6_NUM in orders:
            by_order[item.C6_NUM].append((item, release))

    results = []
    for number_, items in sorted(by_order.items()):
        order = orders[number_]
        key = (order.C5_CLIENTE, order.C5_LOJACLI)
        customer = customers.get(key)
        needs_credit = [(i, r) for i, r in items if r is None or r.C9_BLCRED]
        value = sum((money(i.C6_QTDVEN * i.C6_PRCVEN) for i, _ in needs_credit), ZERO)
        credit_block = _credit_block(customer, exposure[key] + value, today) if needs_credit else ""
        if needs_credit and not credit_block:
            exposure[key] += value
        for item, release in items:
            blcred = credit_block if (release is None or release.C9_BLCRED) else ""
            blest = ""
            if not blcred and tes.get(item.C6_TES) is not None and tes[item.C6_TES].F4_ESTOQUE == MOVES_STOCK:
                balance = balances.get((item.C6_PRODUTO, item.C6_LOCAL))
                if balance is None or available(balance) < item.C6_QTDVEN:
                    blest = rs.STOCK_SHORT
                else:
                    balance.B2_RESERVA += item.C6_QTDVEN
            if release is None:
                session.add(SC9(
                    C9_PEDIDO=item.C6_NUM, C9_ITEM=item.C6_ITEM, C9_SEQUEN="01", C9_CLIENTE=order.C5_CLIENTE,
                    C9_LOJA=order.C5_LOJACLI, C9_PRODUTO=item.C6_PRODUTO, C9_QTDLIB=item.C6_QTDVEN,
                    C9_PRCVEN=item.C6_PRCVEN, C9_DATALIB=today, C9_BLCRED=blcred, C9_BLEST=blest,
                    C9_LOCAL=item.C6_LOCAL, C9_NFISCAL="", C9_SERIENF=""))
            else:
                release.C9_BLCRED, release.C9_BLEST, release.C9_DATALIB = blcred, blest, today
            item.C6_QTDLIB = item.C6_QTDVEN
            results.append(Released(item.C6_NUM, item.C6_ITEM, rs.release_status(blcred, blest)))
        order.C5_LIBEROK = "S"
    return results


def _pending_items(session: Session, number: str | None) -> list[tuple[SC6, SC9 | None]]:
    """Items with no release yet, or whose release is blocked for credit or stock (not rejected)."""
    stmt = (select(SC6, SC9)
            .join(SC5, SC5.C5_NUM == SC6.C6_NUM)
            .outerjoin(SC9, (SC9.C9_PEDIDO == SC6.C6_NUM) & (SC9.C9_ITEM == SC6.C6_ITEM))
            .where(SC5.C5_BLQ == "")
            .order_by(SC6.C6_NUM, SC6.C6_ITEM, SC9.C9_SEQUEN))
    if number:
        stmt = stmt.where(SC6.C6_NUM == number)
    pending = []
    for item, release in session.execute(stmt).all():
        if release is None:
            if item.C6_QTDENT < item.C6_QTDVEN:
                pending.append((item, None))
            continue
        status = rs.release_status(release.C9_BLCRED, release.C9_BLEST)
        if status in (rs.CREDIT_LOCK, rs.STOCK_LOCK) and release.C9_BLCRED != REJECTED:
            pending.append((item, release))
    return pending


def _customers(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], SA1]:
    rows = session.scalars(select(SA1).where(SA1.A1_COD.in_(sorted({code for code, _ in keys}))))
    return {(c.A1_COD, c.A1_LOJA): c for c in rows if (c.A1_COD, c.A1_LOJA) in keys}


def _credit_exposure(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], Decimal]:
    """Per customer: open receivables + orders released (credit approved) and not invoiced."""
    codes = sorted({code for code, _ in keys})
    exposure: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    receivables = session.execute(
        select(SE1.E1_CLIENTE, SE1.E1_LOJA, func.sum(SE1.E1_SALDO))
        .where(SE1.E1_CLIENTE.in_(codes), SE1.E1_TIPO != CREDIT_NOTE, SE1.E1_SALDO > 0)
        .group_by(SE1.E1_CLIENTE, SE1.E1_LOJA))
    released = session.execute(
        select(SC9.C9_CLIENTE, SC9.C9_LOJA, func.sum(SC9.C9_QTDLIB * SC9.C9_PRCVEN))
        .where(SC9.C9_CLIENTE.in_(codes), SC9.C9_BLCRED == "", SC9.C9_NFISCAL == "")
        .group_by(SC9.C9_CLIENTE, SC9.C9_LOJA))
    for code, store, total in (*receivables, *released):
        exposure[(code, store)] += money(Decimal(total or 0))
    return exposure


def _credit_block(customer: SA1 | None, exposure: Decimal, today: dt.date) -> str:
    """The credit block code for a customer whose exposure would become ``exposure``, or ''."""
    if customer is None or customer.A1_RISCO == NEVER_APPROVED:
        return rs.CREDIT_BY_VALUE
    if customer.A1_RISCO == ALWAYS_APPROVED:
        return ""
    if customer.A1_VENCLC is not None and customer.A1_VENCLC < today:
        return rs.CREDIT_EXPIRED
    return rs.CREDIT_BY_VALUE if exposure > customer.A1_LC else ""
