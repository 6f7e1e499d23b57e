"""The customer's receivables (SE1) as the portal shows them: open bills, bills paid with their
payments (SE5), credit notes, and each bill's figures brought up to today.

Kinds of bill (E1_TIPO), with Protheus' standard parameters: ``NCC`` credit notes (MV_CRNEG),
``RA`` advances received (MVRECANT), the abatements ``AB-``, ``IR-``... (MVABATIM), which reduce
the bill of the same number. Everything else is something the customer owes: ``NF`` the
installments of an invoice, ``PR`` provisional bills...

The three lists never share a bill: open bills are the owed bills with a balance; paid bills the
owed bills settled in full, with a receipt in the period; credit notes the credit notes with a
balance left to use.

Today's figures of a bill (what FaVlAtuCR gives Protheus' services), all from the real due date
E1_VENCREA: the delay is the days the balance is past it; interest runs from it, E1_VALJUR a day
when set, else E1_PORCJUR % of the balance a day; the financial discount E1_DESCFIN % applies
while today is E1_DIADESC days or more before it; the balance is E1_SALDO - abatements +
E1_SDACRES - E1_SDDECRE + interest - discount.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from model import currencies, query
from model.access import Customer
from model.errors import NotFound
from model.sales_rules import ZERO, money
from model.tables import SA1, SE1, SE5

CREDIT_NOTE = "NCC"  # MV_CRNEG
ADVANCE = "RA"  # MVRECANT
ABATEMENTS = ("AB-", "FB-", "FC-", "FU-", "IR-", "IN-", "IS-", "PI-", "CF-", "CS-", "FE-", "IV-")  # MVABATIM
NOT_OWED = (CREDIT_NOTE, ADVANCE, *ABATEMENTS)
INVOICE_BILL = "NF"  # MVNOTAFIS: the installments of an invoice
PROVISIONAL = "PR"
RECEIPT, CANCELLED, REVERSAL = "R", "C", "ES"  # E5_RECPAG, E5_SITUACA, E5_TIPODOC of a reversal
# E5_TIPODOC of a payment -> what it paid (PAIDBILLVIEW's WRITEOFFTYPE): 1 principal, 2 discount,
# 3 fine, 4 interest, 5 monetary correction
PAYMENT_KINDS = {"VL": "1", "BA": "1", "V2": "1", "CP": "1", "LJ": "1", "DC": "2", "D2": "2", "MT": "3", "M2": "3",
                 "JR": "4", "J2": "4", "CM": "5", "C2": "5", "CX": "5"}
EARLIEST = dt.date(1980, 1, 1)  # BRWPAIDBILL's DATEFROM when not sent, as Protheus
BILL_COLUMNS = query.columns_of(SE1)
PAID_COLUMNS = query.columns_of(SE1, SE5)
DEFAULT_ORDER = (SE1.E1_PREFIXO, SE1.E1_NUM, SE1.E1_PARCELA, SE1.E1_TIPO)


@dataclass(frozen=True)
class BillKey:
    prefix: str
    number: str
    installment: str
    kind: str


@dataclass
class Bill:
    """A bill and its figures today. ``balance`` and ``balance_local`` are None in the browses,
    which Protheus answers without them."""

    row: SE1
    customer_name: str | None
    currency_symbol: str
    original_local: Decimal  # E1_VALOR in currency 1 at today's rate
    deductions: Decimal  # the balance of its abatements
    delay: int
    interest: Decimal
    discount: Decimal
    balance: Decimal | None
    balance_local: Decimal | None


@dataclass
class Payment:
    row: SE5
    kind: str  # PAYMENT_KINDS' value


# --- today's figures of a bill -------------------------------------------------------------


def delay_in_days(row: SE1, today: dt.date) -> int:
    """The days the bill's balance is past its real due date (0 while not due, or settled)."""
    if row.E1_SALDO <= 0 or row.E1_VENCREA is None or today <= row.E1_VENCREA:
        return 0
    return (today - row.E1_VENCREA).days


def interest(row: SE1, today: dt.date) -> Decimal:
    """Interest since the real due date: E1_VALJUR a day when set, else E1_PORCJUR % of the
    balance a day."""
    days = delay_in_days(row, today)
    if not days:
        return ZERO
    if row.E1_VALJUR:
        return money(row.E1_VALJUR * days)
    return money(row.E1_SALDO * row.E1_PORCJUR / 100 * days)


def financial_discount(row: SE1, today: dt.date) -> Decimal:
    """E1_DESCFIN % of the balance, while today is E1_DIADESC days or more before the real due date."""
    if not row.E1_DESCFIN or row.E1_SALDO <= 0 or row.E1_VENCREA is None:
        return ZERO
    if today > row.E1_VENCREA - dt.timedelta(days=int(row.E1_DIADESC)):
        return ZERO
    return money(row.E1_SALDO * row.E1_DESCFIN / 100)


def balance(row: SE1, deductions: Decimal, today: dt.date) -> Decimal:
    """What the bill comes to today, in its currency."""
    return (row.E1_SALDO - deductions + row.E1_SDACRES - row.E1_SDDECRE + interest(row, today)
            - financial_discount(row, today))


def _bills(session: Session, customer: Customer, rows: list[SE1], today: dt.date, full: bool) -> list[Bill]:
    """The bills of ``rows`` (all the customer's) with their figures: a fixed number of queries
    whatever the number of rows (the customer's name, the symbols, the abatements, today's rates)."""
    if not rows:
        return []
    name = session.scalars(select(SA1.A1_NOME).where(SA1.A1_COD == customer.code,
                                                     SA1.A1_LOJA == customer.store)).first()
    symbols = currencies.symbols(session)
    deductions = _abatements(session, customer, rows)
    rates = currencies.rates(session, today, {int(r.E1_MOEDA or 1) for r in rows})
    bills = []
    for row in rows:
        currency = int(row.E1_MOEDA or 1)
        deducted = deductions.get((row.E1_PREFIXO, row.E1_NUM, row.E1_PARCELA), ZERO)
        today_balance = balance(row, deducted, today) if full else None
        bills.append(Bill(
            row=row, customer_name=name, currency_symbol=symbols.get(currency, ""),
            original_local=currencies.convert(row.E1_VALOR, currency, currencies.LOCAL, rates),
            deductions=deducted, delay=delay_in_days(row, today), interest=interest(row, today),
            discount=financial_discount(row, today), balance=today_balance,
            balance_local=(currencies.convert(today_balance, currency, currencies.LOCAL, rates) if full else None)))
    return bills


def _abatements(session: Session, customer: Customer, rows: list[SE1]) -> dict[tuple, Decimal]:
    """(prefix, number, installment) -> the balance of its abatements, in one query."""
    numbers = sorted({r.E1_NUM for r in rows if r.E1_TIPO not in ABATEMENTS})
    if not numbers:
        return {}
    found = session.execute(
        select(SE1.E1_PREFIXO, SE1.E1_NUM, SE1.E1_PARCELA, func.sum(SE1.E1_SALDO))
        .where(SE1.E1_CLIENTE == customer.code, SE1.E1_LOJA == customer.store, SE1.E1_NUM.in_(numbers),
               SE1.E1_TIPO.in_(ABATEMENTS))
        .group_by(SE1.E1_PREFIXO, SE1.E1_NUM, SE1.E1_PARCELA))
    return {(prefix, number, installment): total or ZERO for prefix, number, installment, total in found}


# --- the lists ---------------------------------------------------------------------------------


def _of_customer(customer: Customer):
    return (SE1.E1_CLIENTE == customer.code) & (SE1.E1_LOJA == customer.store)


def _browse(session: Session, stmt, customer: Customer, today: dt.date, paginate, queryaddwhere, indexkey,
            columns=BILL_COLUMNS) -> list[Bill]:
    stmt = query.where(stmt.where(_of_customer(customer)), queryaddwhere, columns)
    stmt = query.order_by(stmt, indexkey, BILL_COLUMNS, list(DEFAULT_ORDER), tiebreak=SE1.R_E_C_N_O_)
    return _bills(session, customer, list(session.scalars(paginate(stmt))), today, full=False)


def open_bills(session: Session, customer: Customer, today: dt.date, paginate, *, queryaddwhere=None,
               indexkey=None) -> list[Bill]:
    """BRWBILL: what the customer owes: every bill with a balance, not a credit note, an advance
    nor an abatement; by prefix, number, installment and type unless INDEXKEY says otherwise."""
    stmt = select(SE1).where(SE1.E1_SALDO > 0, SE1.E1_TIPO.not_in(NOT_OWED))
    return _browse(session, stmt, customer, today, paginate, queryaddwhere, indexkey)


def credit_notes(session: Session, customer: Customer, today: dt.date, paginate, *, queryaddwhere=None,
                 indexkey=None) -> list[Bill]:
    """BRWCREDITNOTE: the customer's credit notes with a balance left to use."""
    stmt = select(SE1).where(SE1.E1_SALDO > 0, SE1.E1_TIPO == CREDIT_NOTE)
    return _browse(session, stmt, customer, today, paginate, queryaddwhere, indexkey)


def _receipts_of_bill(bill=SE1):
    """The conditions of the live receipts (SE5) of ``bill``'s row: received (not paid), not
    cancelled, not reversed by an ``ES`` movement of the same sequence, of a kind that pays."""
    reversal = aliased(SE5)
    reversed_ = (select(reversal.R_E_C_N_O_)
                 .where(reversal.E5_PREFIXO == SE5.E5_PREFIXO, reversal.E5_NUMERO == SE5.E5_NUMERO,
                        reversal.E5_PARCELA == SE5.E5_PARCELA, reversal.E5_TIPO == SE5.E5_TIPO,
                        reversal.E5_CLIFOR == SE5.E5_CLIFOR, reversal.E5_LOJA == SE5.E5_LOJA,
                        reversal.E5_SEQ == SE5.E5_SEQ, reversal.E5_TIPODOC == REVERSAL)
                 .correlate(SE5).exists())
    return [SE5.E5_PREFIXO == bill.E1_PREFIXO, SE5.E5_NUMERO == bill.E1_NUM, SE5.E5_PARCELA == bill.E1_PARCELA,
            SE5.E5_TIPO == bill.E1_TIPO, SE5.E5_CLIFOR == bill.E1_CLIENTE, SE5.E5_LOJA == bill.E1_LOJA,
            SE5.E5_NATUREZ == bill.E1_NATUREZ, SE5.E5_RECPAG == RECEIPT, SE5.E5_SITUACA != CANCELLED,
            SE5.E5_TIPODOC.in_(list(PAYMENT_KINDS)), ~reversed_]


def paid_bills(session: Session, customer: Customer, today: dt.date, paginate, *, date_from=None, date_to=None,
               queryaddwhere=None, indexkey=None) -> list[Bill]:
    """BRWPAIDBILL: the owed bills settled in full (no balance left) with a receipt between
    DATEFROM (1980-01-01 when not sent) and DATETO (today when not sent). QUERYADDWHERE may name
    the movements' columns too: a bill is listed when one of its receipts meets it."""
    receipts = select(SE5.R_E_C_N_O_).where(*_receipts_of_bill())
    receipts = query.date_range(receipts, SE5.E5_DATA, date_from or EARLIEST, date_to or today)
    receipts = query.where(receipts, queryaddwhere, PAID_COLUMNS).correlate(SE1)
    stmt = select(SE1).where(SE1.E1_SALDO == 0, SE1.E1_VALOR > 0, SE1.E1_TIPO.not_in(NOT_OWED), receipts.exists())
    return _browse(session, stmt, customer, today, paginate, None, indexkey)


# --- one bill ----------------------------------------------------------------------------------


def _find(session: Session, customer: Customer, key: BillKey) -> SE1:
    row = session.scalars(select(SE1).where(
        _of_customer(customer), SE1.E1_PREFIXO == (key.prefix or "").strip(), SE1.E1_NUM == (key.number or "").strip(),
        SE1.E1_PARCELA == (key.installment or "").strip(), SE1.E1_TIPO == (key.kind or "").strip())
        .order_by(SE1.R_E_C_N_O_)).first()
    if row is None:
        raise NotFound("bill_not_found")
    return row


def get_bill(session: Session, customer: Customer, key: BillKey, today: dt.date) -> Bill:
    """GETBILL: one of the customer's bills, whatever its kind or balance, with today's balance."""
    return _bills(session, customer, [_find(session, customer, key)], today, full=True)[0]


def paid_bill(session: Session, customer: Customer, key: BillKey, today: dt.date) -> tuple[Bill, list[Payment]]:
    """GETPAIDBILL: one of the customer's bills with its payments, oldest first (none yet: an
    empty list)."""
    row = _find(session, customer, key)
    movements = session.scalars(select(SE5).where(*_receipts_of_bill(row))
                                .order_by(SE5.E5_DATA, SE5.E5_SEQ, SE5.R_E_C_N_O_))
    payments = [Payment(m, PAYMENT_KINDS[m.E5_TIPODOC]) for m in movements]
    return _bills(session, customer, [row], today, full=True)[0], payments


def invoice_bills(session: Session, customer: Customer, invoices: list[tuple[str, str]],
                  today: dt.date) -> dict[tuple[str, str], list[Bill]]:
    """(prefix, number) -> the installments (``NF``) of each of the customer's invoices, paid
    ones included, by installment; one query for them all."""
    numbers = sorted({number for _prefix, number in invoices if number})
    if not numbers:
        return {}
    rows = session.scalars(select(SE1).where(_of_customer(customer), SE1.E1_NUM.in_(numbers),
                                             SE1.E1_TIPO == INVOICE_BILL)
                           .order_by(SE1.E1_PREFIXO, SE1.E1_NUM, SE1.E1_PARCELA, SE1.R_E_C_N_O_))
    wanted = set(invoices)
    found = defaultdict(list)
    for bill in _bills(session, customer, [r for r in rows if (r.E1_PREFIXO, r.E1_NUM) in wanted], today, False):
        found[(bill.row.E1_PREFIXO, bill.row.E1_NUM)].append(bill)
    return found
