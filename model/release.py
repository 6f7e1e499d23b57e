"""Back office: releasing sales orders (Protheus' MATA440, with MATA455's evaluation again of
blocked items).

Items to release: those with something still open (quantity - released - invoiced) and no
release yet, and released items blocked for credit or stock (not rejected, ``09``, not
invoiced), evaluated again. Orders go in number order, their items in item order; an order held
by a business rule (C5_BLQ) waits until the back office lifts the hold.

Each item, as Protheus' a440GeraC9 takes it:

1. Stock, when its TES moves stock (F4_ESTOQUE = S): the warehouse's available quantity
   (:func:`model.stock.available`) must cover what is released, else ``02``. The whole open
   quantity is released or blocked (no partial release).
2. Credit (:mod:`model.credit`), only when its TES makes receivables (F4_DUPLIC = S; every TES
   with MV_LIBNODP = S): the item's value is quantity x sales price in currency 1; MV_BLQCRED
   blocks credit with ``02`` without evaluating it when the stock is short.
3. The release (SC9) is written with both codes, blank when released; C6_QTDEMP grows by the
   quantity whatever the blocks (C6_QTDLIB stays 0), and the balances follow
   (:class:`model.balances.Book`): an item approved counts in A1_SALPEDL at once, so the next
   item of the run sees it.

An order released as a whole (C5_TIPLIB = 2, Protheus' MaAvLibPed) is first evaluated without
writing anything, each item seeing what the items before it would take (value and stock). When
every item passes it is released as above; when one fails, none passes: with a credit failure
every item is blocked for credit (``04`` for items with receivables when the limit is past its
date, ``01`` otherwise) and for stock (``02``, unless MV_RESEST and the stock sufficed); with
only a stock failure credit is evaluated again and every item is blocked for stock.

C5_LIBEROK is ``S`` once nothing of the order is left to release. Everything is read with a
constant number of queries, locking the rows it changes.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import balances, credit
from model import release_status as rs
from model.stock import available
from model.tables import SA1, SB2, SC5, SC6, SC9, SF4

ZERO = Decimal(0)
YES = "S"
REJECTED = "09"
WHOLE_ORDER = "2"  # C5_TIPLIB
NO_CREDIT_TYPES = ("D", "B")  # C5_TIPO: returns and goods sent for processing: credit not evaluated


@dataclass(frozen=True)
class Released:
    """What the release decided for one item."""

    order: str
    item: str
    status: str  # a release_status code


@dataclass
class _Run:
    """What one release run reads once and shares between its orders."""

    today: dt.date
    rules: credit.Policy
    book: balances.Book
    tes: dict[str, SF4]
    oldest_dues: dict[tuple[str, str], dt.date]


def locked(stmt):
    """``stmt`` reading rows to change: locked, and read afresh even when the session holds them."""
    return stmt.with_for_update().execution_options(populate_existing=True)


def release_orders(session: Session, today: dt.date, number: str | None = None) -> list[Released]:
    """Release the orders in portfolio (all, or only ``number``) and evaluate blocked items again.

    Releases may run at the same time (several back-office processes): the orders are locked
    first, in number order, and their items read only then, so an item another release has just
    released is seen as released; customers and stock balances are locked in key order before
    they are read, so two releases never take the same credit or the same available quantity."""
    candidates = sorted({item.C6_NUM for item, _ in _pending_items(session, number, lock=False)})
    if not candidates:
        return []
    orders = {o.C5_NUM: o for o in session.scalars(
        locked(select(SC5).where(SC5.C5_NUM.in_(candidates)).order_by(SC5.C5_NUM)))}
    pending = _pending_items(session, number, among=sorted(orders))
    if not pending:
        return []
    keys = {(o.C5_CLIENTE, o.C5_LOJACLI) for o in orders.values()}
    customers = {(c.A1_COD, c.A1_LOJA): c for c in session.scalars(
        locked(select(SA1).where(SA1.A1_COD.in_(sorted({code for code, _ in keys})))
               .order_by(SA1.A1_COD, SA1.A1_LOJA))) if (c.A1_COD, c.A1_LOJA) in keys}
    stock = {(b.B2_COD, b.B2_LOCAL): b for b in session.scalars(
        locked(select(SB2).where(SB2.B2_COD.in_(sorted({item.C6_PRODUTO for item, _ in pending})))
               .order_by(SB2.B2_COD, SB2.B2_LOCAL)))}
    run = _Run(
        today, credit.policy(session), balances.Book(session, customers, stock, balances.default_currency(session)),
        {t.F4_CODIGO: t for t in session.scalars(select(SF4).where(SF4.F4_CODIGO.in_(
            sorted({item.C6_TES for item, _ in pending}))))},
        credit.oldest_open_dues(session, keys))

    by_order: dict[str, list[tuple[SC6, SC9 | None]]] = defaultdict(list)
    for item, release in pending:
        if item.C6_NUM in orders:
            by_order[item.C6_NUM].append((item, release))
    every_item: dict[str, list[SC6]] = defaultdict(list)
    for item in session.scalars(select(SC6).where(SC6.C6_NUM.in_(sorted(by_order)))):
        every_item[item.C6_NUM].append(item)
    results = []
    for number_, items in sorted(by_order.items()):
        order = orders[number_]
        if order.C5_TIPLIB == WHOLE_ORDER:
            results.extend(_release_whole_order(session, run, order, items))
        else:
            results.extend(_release_item(session, run, order, item, release) for item, release in items)
        left = any(i.C6_QTDVEN > i.C6_QTDEMP + i.C6_QTDENT for i in every_item[number_])
        order.C5_LIBEROK = "" if left else "S"
    return results


def _pending_items(session: Session, number: str | None, *, lock: bool = True,
                   among: list[str] | None = None) -> list[tuple[SC6, SC9 | None]]:
    """Items with something open and no release yet, and releases blocked for credit or stock
    (not rejected); ``among``: only of these orders; ``lock``: the items locked and read afresh."""
    stmt = (select(SC6, SC9)
            .join(SC5, SC5.C5_NUM == SC6.C6_NUM)
            .outerjoin(SC9, (SC9.C9_PEDIDO == SC6.C6_NUM) & (SC9.C9_ITEM == SC6.C6_ITEM))
            .where(SC5.C5_BLQ == "")
            .order_by(SC6.C6_NUM, SC6.C6_ITEM, SC9.C9_SEQUEN))
    if lock:
        stmt = stmt.with_for_update(of=SC6).execution_options(populate_existing=True)
    if number:
        stmt = stmt.where(SC6.C6_NUM == number)
    if among is not None:
        stmt = stmt.where(SC6.C6_NUM.in_(among))
    pending = []
    for item, release in session.execute(stmt).all():
        if release is None:
            if item.C6_QTDVEN - item.C6_QTDEMP - item.C6_QTDENT > 0:
                pending.append((item, None))
            continue
        status = rs.release_status(release.C9_BLCRED, release.C9_BLEST)
        if status in (rs.CREDIT_LOCK, rs.STOCK_LOCK) and release.C9_BLCRED != REJECTED:
            pending.append((item, release))
    return pending


# --- one item -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Decision:
    blcred: str
    blest: str


def _quantity(item: SC6, release: SC9 | None) -> Decimal:
    return release.C9_QTDLIB if release is not None else item.C6_QTDVEN - item.C6_QTDEMP - item.C6_QTDENT


def _stock_short(run: _Run, item: SC6, quantity: Decimal, simulated: dict | None = None) -> bool:
    tes = run.tes.get(item.C6_TES)
    if tes is None or tes.F4_ESTOQUE != YES:
        return False
    key = (item.C6_PRODUTO, item.C6_LOCAL)
    balance = run.book.stock.get(key)
    taken = simulated.get(key, ZERO) if simulated is not None else ZERO
    return balance is None or available(balance) - taken < quantity


def _evaluates_credit(run: _Run, order: SC5, item: SC6) -> bool:
    tes = run.tes.get(item.C6_TES)
    receivables = tes is not None and tes.F4_DUPLIC == YES
    return order.C5_TIPO not in NO_CREDIT_TYPES and (receivables or run.rules.without_receivables)


def _credit_code(run: _Run, order: SC5, item: SC6, quantity: Decimal, stock_short: bool,
                 simulated_value: Decimal = ZERO) -> str:
    if not _evaluates_credit(run, order, item):
        return ""
    if stock_short and run.rules.skip_when_short:
        return rs.CREDIT_NOT_EVALUATED
    customer = run.book.customer(order)
    if customer is None:
        return rs.CREDIT_BY_VALUE
    value = run.book.local(order, quantity * item.C6_PRCVEN, run.today)
    return credit.decide(_standing(run, order, customer, simulated_value), value, run.today, run.rules)


def _standing(run: _Run, order: SC5, customer: SA1, simulated_value: Decimal = ZERO) -> credit.Standing:
    """The customer as the decision reads it, in currency 1: A1_SALDUP + A1_SALPEDL (+ what a
    whole-order evaluation approved so far, kept in the limit's currency)."""
    currency = balances.limit_currency(customer, run.book.default_currency)
    pending = customer.A1_SALPEDL + simulated_value
    rates = run.book.rates
    return credit.Standing(
        risk=customer.A1_RISCO, limit=rates.convert(customer.A1_LC, currency, balances.LOCAL, run.today),
        limit_due=customer.A1_VENCLC, grade=customer.A1_CLASSE,
        owed=customer.A1_SALDUP + rates.convert(pending, currency, balances.LOCAL, run.today),
        oldest_due=run.oldest_dues.get((customer.A1_COD, customer.A1_LOJA)))


def _write(session: Session, run: _Run, order: SC5, item: SC6, release: SC9 | None, decision: _Decision) -> Released:
    """The release row and the balances for a decided item."""
    quantity = _quantity(item, release)
    tes = run.tes.get(item.C6_TES)
    if release is None:
        session.add(SC9(
            C9_PEDIDO=item.C6_NUM, C9_ITEM=item.C6_ITEM, C9_SEQUEN="01", C9_CLIENTE=order.C5_CLIENTE,
            C9_LOJA=order.C5_LOJACLI, C9_PRODUTO=item.C6_PRODUTO, C9_QTDLIB=quantity, C9_PRCVEN=item.C6_PRCVEN,
            C9_DATALIB=run.today, C9_BLCRED=decision.blcred, C9_BLEST=decision.blest, C9_LOCAL=item.C6_LOCAL,
            C9_DATENT=item.C6_ENTREG, C9_NFISCAL="", C9_SERIENF=""))
        item.C6_QTDEMP += quantity
        item.C6_QTDLIB = ZERO
    else:
        release.C9_BLCRED, release.C9_BLEST, release.C9_DATALIB = decision.blcred, decision.blest, run.today
    run.book.released(order, item, tes, quantity, decision.blcred, decision.blest, run.today, first=release is None)
    return Released(item.C6_NUM, item.C6_ITEM, rs.release_status(decision.blcred, decision.blest))


def _release_item(session: Session, run: _Run, order: SC5, item: SC6, release: SC9 | None,
                  reopen: bool = True) -> Released:
    """Evaluate and release one item (a blocked release leaves its balance first, unless
    ``reopen`` is false because it already did)."""
    if release is not None and reopen:
        run.book.reopened(order, run.tes.get(item.C6_TES), release)
    quantity = _quantity(item, release)
    short = _stock_short(run, item, quantity)
    decision = _Decision(_credit_code(run, order, item, quantity, short), rs.STOCK_SHORT if short else "")
    return _write(session, run, order, item, release, decision)


# --- a whole order (C5_TIPLIB = 2) --------------------------------------------------------------


def _release_whole_order(session: Session, run: _Run, order: SC5,
                         items: list[tuple[SC6, SC9 | None]]) -> list[Released]:
    customer = run.book.customer(order)
    for item, release in items:
        if release is not None:
            run.book.reopened(order, run.tes.get(item.C6_TES), release)
    credit_ok, stock_ok = True, True
    taken: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    approved = ZERO  # in the limit's currency, as Protheus' aEmpenho
    for item, release in items:
        quantity = _quantity(item, release)
        short = _stock_short(run, item, quantity, taken)
        code = _credit_code(run, order, item, quantity, short, approved)
        if not short:
            taken[(item.C6_PRODUTO, item.C6_LOCAL)] += quantity
        if not code and _evaluates_credit(run, order, item) and customer is not None:
            approved += run.book.in_limit_currency(order, quantity * item.C6_PRCVEN, run.today)
        credit_ok, stock_ok = credit_ok and not code, stock_ok and not short
    if credit_ok and stock_ok:
        return [_release_item(session, run, order, item, release, reopen=False) for item, release in items]

    expired = customer is not None and customer.A1_VENCLC is not None and customer.A1_VENCLC < run.today
    reserve = stock_ok and (credit_ok or run.rules.reserve_anyway)
    decided = []
    for item, release in items:
        quantity = _quantity(item, release)
        short = _stock_short(run, item, quantity) if reserve else True
        if credit_ok:
            code = _credit_code(run, order, item, quantity, short)
        else:
            tes = run.tes.get(item.C6_TES)
            receivables = tes is not None and tes.F4_DUPLIC == YES
            code = rs.CREDIT_EXPIRED if receivables and expired else rs.CREDIT_BY_VALUE
        decided.append(_write(session, run, order, item, release,
                              _Decision(code, rs.STOCK_SHORT if short else "")))
    return decided


