"""The balances sales orders move, kept as Protheus keeps them (the events of MaAvalSC6/MaAvalSC9,
MATA460 and FINA040), and counted again from the documents (Protheus' "refaz saldos", FIN003).

- an order placed (changed, deleted: the difference): A1_SALPED += its open value,
  B2_QPEDVEN += its open quantity;
- an item released: A1_SALPED -= its value, and A1_SALPEDL += it when credit passed, else
  A1_SALPEDB += it; when neither credit nor stock blocks, B2_RESERVA += its quantity and
  B2_QPEDVEN -= it;
- a blocked item evaluated again: its value first leaves A1_SALPEDL or A1_SALPEDB;
- an item invoiced: A1_SALPEDL -= its value, A1_SALDUP += the receivables (in currency 1);
  B2_QATU and B2_RESERVA -= its quantity.

The customer's values are kept in its limit's currency.

Values count only for items whose TES makes receivables (F4_DUPLIC = S); quantities only for
those whose TES moves stock (F4_ESTOQUE = S). A value is quantity x sales price, converted
(truncated to cents) from the order's currency to the limit's (A1_MOEDALC, else MV_MCUSTO) at the
rate of the order's date (A1_SALPED) or of the release's (A1_SALPEDL, A1_SALPEDB).

A1_SALDUP, as FIN003 counts it: the balance of the bills the customer owes less the balance of
its credit notes (NCC), advances (RA) and abatements (types ending in ``-``); provisional bills
(PR) do not count; a bill in another currency counts at its own rate (E1_TXMOEDA) or its day's.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from model import currencies, parameters
from model import release_status as rs
from model.base import LIVE, branch_value
from model.credit import PROVISIONAL, counts_as_owed
from model.database import insert_rows
from model.tables import SA1, SB2, SC5, SC6, SC9, SE1, SF4

ZERO = Decimal(0)
CENT = Decimal("0.01")
YES = "S"
LOCAL = 1


def xmoeda(value: Decimal, from_currency: int, to_currency: int, rates: dict[int, Decimal]) -> Decimal:
    """Protheus' xMoeda to cents: ``value`` from one currency to another, truncated."""
    return currencies.convert(value, int(from_currency), int(to_currency), rates).quantize(CENT, ROUND_DOWN)


def limit_currency(customer: SA1 | None, default: int) -> int:
    """The currency of a customer's limit and order balances: A1_MOEDALC, else ``default``."""
    return int(customer.A1_MOEDALC or 0) if customer is not None and customer.A1_MOEDALC else default


def default_currency(session: Session) -> int:
    """MV_MCUSTO: the currency of the limits of customers that name none (A1_MOEDALC 0)."""
    text = parameters.value(session, "MV_MCUSTO") or ""
    return int(text) if text.isdigit() and 1 <= int(text) <= currencies.CURRENCY_COUNT else LOCAL


class Rates:
    """The day's rates a run needs, read once per day (no query while every currency is 1)."""

    def __init__(self, session: Session):
        self.session = session
        self._days: dict[tuple[dt.date, frozenset], dict[int, Decimal]] = {}

    def of(self, day: dt.date, *wanted: int) -> dict[int, Decimal]:
        key = (day, frozenset(int(c) for c in wanted))
        if key not in self._days:
            self._days[key] = currencies.rates(self.session, day, key[1])
        return self._days[key]

    def convert(self, value: Decimal, from_currency, to_currency, day: dt.date) -> Decimal:
        return xmoeda(value, int(from_currency), int(to_currency), self.of(day, int(from_currency), int(to_currency)))


# --- placing, changing and deleting an order (the portal) -------------------------------------


@dataclass(frozen=True)
class OpenLine:
    """An order item's still open part: negative to take it back."""

    tes: str
    product: str
    warehouse: str
    quantity: Decimal
    price: Decimal


def open_lines(items, sign: int = 1) -> list[OpenLine]:
    """The open part (quantity - released - invoiced) of order items (rows or column dicts)."""
    def get(item, column):
        return item[column] if isinstance(item, dict) else getattr(item, column)

    lines = []
    for item in items:
        open_quantity = get(item, "C6_QTDVEN") - (get(item, "C6_QTDEMP") or ZERO) - (get(item, "C6_QTDENT") or ZERO)
        if open_quantity > 0:
            lines.append(OpenLine(get(item, "C6_TES"), get(item, "C6_PRODUTO"), get(item, "C6_LOCAL"),
                                  sign * open_quantity, get(item, "C6_PRCVEN")))
    return lines


def order_placed(session: Session, code: str, store: str, currency, issued: dt.date, lines: list[OpenLine]) -> None:
    """A1_SALPED and B2_QPEDVEN after an order's open items changed by ``lines``: increments in
    SQL, so concurrent orders add up. A constant number of statements."""
    lines = [line for line in lines if line.quantity]
    if not lines:
        return
    codes = sorted({line.tes for line in lines})
    tes = {t.F4_CODIGO: t for t in session.scalars(select(SF4).where(SF4.F4_CODIGO.in_(codes)))}
    stock: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
    valued = []
    for line in lines:
        operation = tes.get(line.tes)
        if operation is not None and operation.F4_ESTOQUE == YES:
            stock[(line.product, line.warehouse)] += line.quantity
        if operation is not None and operation.F4_DUPLIC == YES:
            valued.append(line)
    # the customer's row before the stock's, as the back office locks them (model.release): an
    # order placed while a release runs on the same customer and products waits, never deadlocks
    if valued:
        customer = session.scalars(select(SA1).where(SA1.A1_COD == code, SA1.A1_LOJA == store)).first()
        target = limit_currency(customer, 0) or default_currency(session)
        rates = Rates(session)
        amount = sum((rates.convert(abs(l.quantity) * l.price, currency, target, issued) * (1 if l.quantity > 0 else -1)
                      for l in valued), ZERO)
        session.execute(update(SA1).where(*_live(session, SA1), SA1.A1_COD == code, SA1.A1_LOJA == store)
                        .values(A1_SALPED=SA1.A1_SALPED + amount).execution_options(synchronize_session=False))
    if stock:
        _add_to_pending(session, {key: q for key, q in stock.items() if q})


def _live(session: Session, cls) -> list:
    branch = branch_value(cls, session.info["branch"])
    return [cls.D_E_L_E_T_ == LIVE] + ([] if branch is None else [cls.FILIAL == branch])


def _add_to_pending(session: Session, deltas: dict[tuple[str, str], Decimal]) -> None:
    """B2_QPEDVEN += delta per (product, warehouse), in key order; a warehouse without its
    balance row gets one (as Protheus' CriaSB2)."""
    products = sorted({p for p, _ in deltas})
    existing = set(session.execute(select(SB2.B2_COD, SB2.B2_LOCAL).where(SB2.B2_COD.in_(products))).tuples())
    table = SB2.__table__
    branch = branch_value(SB2, session.info["branch"])
    stmt = (update(table).where(table.c.B2_COD == bindparam("product"), table.c.B2_LOCAL == bindparam("warehouse"),
                                table.c.D_E_L_E_T_ == LIVE)
            .values(B2_QPEDVEN=table.c.B2_QPEDVEN + bindparam("delta")))
    if branch is not None:
        stmt = stmt.where(table.c.B2_FILIAL == branch)
    changes = [{"product": p, "warehouse": w, "delta": d} for (p, w), d in sorted(deltas.items()) if (p, w) in existing]
    if changes:
        session.execute(stmt, changes)
    insert_rows(session, SB2, [{"B2_COD": p, "B2_LOCAL": w, "B2_QPEDVEN": d}
                               for (p, w), d in sorted(deltas.items()) if (p, w) not in existing and d > 0])


# --- the back office: releases and invoices ---------------------------------------------------


class Book:
    """The balances one back-office run moves, on the customer and warehouse rows it locked."""

    def __init__(self, session: Session, customers: dict[tuple[str, str], SA1], stock: dict[tuple[str, str], SB2],
                 default: int = LOCAL):
        self.customers, self.stock, self.default_currency = customers, stock, default
        self.rates = Rates(session)

    def customer(self, order: SC5) -> SA1 | None:
        return self.customers.get((order.C5_CLIENTE, order.C5_LOJACLI))

    def in_limit_currency(self, order: SC5, amount: Decimal, day: dt.date) -> Decimal:
        return self.rates.convert(amount, order.C5_MOEDA or LOCAL,
                                  limit_currency(self.customer(order), self.default_currency), day)

    def local(self, order: SC5, amount: Decimal, day: dt.date) -> Decimal:
        """``amount`` of the order's currency in currency 1 (the credit decision's)."""
        return self.rates.convert(amount, order.C5_MOEDA or LOCAL, LOCAL, day)

    def released(self, order: SC5, item: SC6, tes: SF4 | None, quantity: Decimal, blcred: str, blest: str,
                 day: dt.date, *, first: bool) -> None:
        """An item released (``first``: a new release, not a blocked one evaluated again)."""
        customer = self.customer(order)
        if tes is not None and tes.F4_DUPLIC == YES and customer is not None:
            value = self.in_limit_currency(order, quantity * item.C6_PRCVEN, day)
            if blcred:
                customer.A1_SALPEDB += value
            else:
                customer.A1_SALPEDL += value
            if first:
                placed = self.in_limit_currency(order, quantity * item.C6_PRCVEN, order.C5_EMISSAO or day)
                customer.A1_SALPED = max(customer.A1_SALPED - placed, ZERO)
        balance = self.stock.get((item.C6_PRODUTO, item.C6_LOCAL))
        if tes is not None and tes.F4_ESTOQUE == YES and not blcred and not blest and balance is not None:
            balance.B2_RESERVA += quantity
            balance.B2_QPEDVEN = max(balance.B2_QPEDVEN - quantity, ZERO)

    def reopened(self, order: SC5, tes: SF4 | None, release: SC9) -> None:
        """A blocked release about to be evaluated again: its value leaves the balance it was in."""
        customer = self.customer(order)
        if tes is not None and tes.F4_DUPLIC == YES and customer is not None:
            value = self.in_limit_currency(order, release.C9_QTDLIB * release.C9_PRCVEN, release.C9_DATALIB)
            if release.C9_BLCRED:
                customer.A1_SALPEDB = max(customer.A1_SALPEDB - value, ZERO)
            else:
                customer.A1_SALPEDL = max(customer.A1_SALPEDL - value, ZERO)

    def invoiced(self, order: SC5, tes: SF4 | None, release: SC9) -> None:
        """A released item invoiced: out of the released orders and of the warehouse."""
        customer = self.customer(order)
        if tes is not None and tes.F4_DUPLIC == YES and customer is not None:
            value = self.in_limit_currency(order, release.C9_QTDLIB * release.C9_PRCVEN, release.C9_DATALIB)
            customer.A1_SALPEDL = max(customer.A1_SALPEDL - value, ZERO)
        balance = self.stock.get((release.C9_PRODUTO, release.C9_LOCAL))
        if tes is not None and tes.F4_ESTOQUE == YES and balance is not None:
            balance.B2_QATU -= release.C9_QTDLIB
            balance.B2_RESERVA = max(balance.B2_RESERVA - release.C9_QTDLIB, ZERO)


# --- counted again from the documents ----------------------------------------------------------


@dataclass
class Recount:
    """What the balances come to, counted from the documents."""

    customers: dict = field(default_factory=lambda: defaultdict(lambda: dict.fromkeys(CUSTOMER_BALANCES, ZERO)))
    pending: dict = field(default_factory=lambda: defaultdict(lambda: ZERO))  # (product, warehouse) -> B2_QPEDVEN


CUSTOMER_BALANCES = ("A1_SALDUP", "A1_SALPED", "A1_SALPEDL", "A1_SALPEDB")


def recount(session: Session) -> Recount:
    """Every customer's A1_SALDUP, A1_SALPED, A1_SALPEDL and A1_SALPEDB and every warehouse's
    B2_QPEDVEN, from the open bills, orders and releases (a handful of queries)."""
    counted = Recount()
    default = default_currency(session)
    customers = {(c.A1_COD, c.A1_LOJA): c for c in session.scalars(select(SA1))}
    rates = Rates(session)

    bills = session.execute(select(SE1.E1_CLIENTE, SE1.E1_LOJA, SE1.E1_TIPO, SE1.E1_SALDO, SE1.E1_MOEDA,
                                   SE1.E1_TXMOEDA, SE1.E1_EMISSAO).where(SE1.E1_SALDO != 0))
    for code, store, kind, balance, currency, rate, issued in bills:
        kind = (kind or "").strip()
        if kind in PROVISIONAL:
            continue
        if int(currency or LOCAL) != LOCAL:
            balance = (balance * rate).quantize(CENT, ROUND_DOWN) if rate else rates.convert(
                balance, currency, LOCAL, issued)
        counted.customers[(code, store)]["A1_SALDUP"] += balance if counts_as_owed(kind) else -balance

    items = session.execute(select(SC6, SC5.C5_CLIENTE, SC5.C5_LOJACLI, SC5.C5_MOEDA, SC5.C5_EMISSAO, SF4)
                            .join(SC5, SC5.C5_NUM == SC6.C6_NUM).join(SF4, SF4.F4_CODIGO == SC6.C6_TES))
    for item, code, store, currency, issued, tes in items:
        open_quantity = item.C6_QTDVEN - item.C6_QTDEMP - item.C6_QTDENT
        if open_quantity <= 0:
            continue
        if tes.F4_ESTOQUE == YES:
            counted.pending[(item.C6_PRODUTO, item.C6_LOCAL)] += open_quantity
        if tes.F4_DUPLIC == YES:
            target = limit_currency(customers.get((code, store)), default)
            counted.customers[(code, store)]["A1_SALPED"] += rates.convert(
                open_quantity * item.C6_PRCVEN, currency or LOCAL, target, issued)

    releases = session.execute(select(SC9, SC6.C6_LOCAL, SC5.C5_MOEDA, SF4)
                               .join(SC6, (SC6.C6_NUM == SC9.C9_PEDIDO) & (SC6.C6_ITEM == SC9.C9_ITEM))
                               .join(SC5, SC5.C5_NUM == SC9.C9_PEDIDO).join(SF4, SF4.F4_CODIGO == SC6.C6_TES)
                               .where(SC9.C9_NFISCAL == "", SC9.C9_BLCRED.not_in(rs.DONE)))
    for release, warehouse, currency, tes in releases:
        if tes.F4_ESTOQUE == YES and (release.C9_BLCRED or release.C9_BLEST):
            counted.pending[(release.C9_PRODUTO, warehouse)] += release.C9_QTDLIB
        if tes.F4_DUPLIC == YES:
            key = (release.C9_CLIENTE, release.C9_LOJA)
            target = limit_currency(customers.get(key), default)
            value = rates.convert(release.C9_QTDLIB * release.C9_PRCVEN, currency or LOCAL, target, release.C9_DATALIB)
            counted.customers[key]["A1_SALPEDB" if release.C9_BLCRED else "A1_SALPEDL"] += value
    return counted


def store(session: Session, counted: Recount) -> None:
    """Write a recount into SA1 and SB2 (every customer and warehouse balance row)."""
    for customer in session.scalars(select(SA1)):
        found = counted.customers.get((customer.A1_COD, customer.A1_LOJA)) or dict.fromkeys(CUSTOMER_BALANCES, ZERO)
        for column, value in found.items():
            setattr(customer, column, value)
    for balance in session.scalars(select(SB2)):
        balance.B2_QPEDVEN = counted.pending.get((balance.B2_COD, balance.B2_LOCAL), ZERO)
