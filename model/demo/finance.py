"""The demo's receivables: the installments of each invoice (SE1), what was paid of them (SE5
movements: paid in full, late, in part, and with a credit note), the credit notes, the daily
exchange rates, and each customer's financial tab (SA1) computed from them.

Bills of El Tornillo's head office: the old invoice paid 5 days late (150.00 of it with a bonus
credit note), the three installments of the invoice of order 000105 (the first 15 days overdue),
the credit note of its return still to use. The north store paid its cash invoice on the day.
Pinturerías Color paid the first installment of order 000202's invoice a day late and part of
the second; the third earns a financial discount of 2 % when paid 10 days before its due date;
its dollar invoice and the invoice of order 000203 are open. Every installment charges 0.10 % a
day once past its real due date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from model.demo.common import INVOICE_SERIES, LOCAL_CURRENCY, SALES_NATURE, ZERO, Ledger, days, money
from model.demo.products import installment_days
from model.tables import SA1, SE1, SE5, SF2, SM2

DAILY_INTEREST = Decimal("0.10")  # E1_PORCJUR of every installment: % of the balance a day
BANK = ("007", "00012", "1234567890")  # E5_BANCO, E5_AGENCIA, E5_CONTA where the customers pay


@dataclass(frozen=True)
class Paid:
    """One payment of an installment: days ago, its value (None: what was left) and its kind
    (E5_TIPODOC: VL a transfer, CP a credit note used against it)."""

    days_ago: int
    value: str | None = None
    kind: str = "VL"


def add_documents(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """The bonus credit note used up against the old invoice, the rates, the customers' tab."""
    _add_used_credit_note(session, today, customers, ledger)
    _add_daily_rates(session, today)
    _fill_customer_statistics(customers, ledger, today)


def add_installments(session: Session, today: dt.date, customer: SA1, invoice: SF2, plan: str, spec,
                     order: str, ledger: Ledger) -> None:
    """The receivables of an invoice: its billed value (F2_VALFAT) split into the installments
    of ``plan``, the last one taking the rounding, each paid as ``spec.payments`` says."""
    terms = installment_days(plan)
    assert len(spec.payments) == len(terms), f"{invoice.F2_DOC}: one payment entry per installment"
    share = money(invoice.F2_VALFAT / len(terms))
    history = f"VENTA S/PEDIDO {order}" if order else f"VENTA NF {invoice.F2_DOC}"
    for n, (term, payments) in enumerate(zip(terms, spec.payments)):
        value = share if n < len(terms) - 1 else invoice.F2_VALFAT - share * (len(terms) - 1)
        due = days(invoice.F2_EMISSAO, term)
        discount, discount_days = (spec.early_discount if spec.early_discount and n == len(terms) - 1
                                   else ("0", 0))
        bill = SE1(
            E1_PREFIXO=invoice.F2_PREFIXO, E1_NUM=invoice.F2_DOC,
            E1_PARCELA=chr(ord("A") + n) if len(terms) > 1 else "",
            E1_TIPO="NF", E1_NATUREZ=SALES_NATURE, E1_CLIENTE=customer.A1_COD, E1_LOJA=customer.A1_LOJA,
            E1_NOMCLI=customer.A1_NREDUZ, E1_EMISSAO=invoice.F2_EMISSAO, E1_VENCTO=due, E1_VENCREA=due,
            E1_VENCORI=due, E1_VALOR=value, E1_SALDO=value, E1_VALLIQ=ZERO, E1_BAIXA=None, E1_MOEDA=invoice.F2_MOEDA,
            E1_VLCRUZ=money(value * rate(today, invoice.F2_EMISSAO, int(invoice.F2_MOEDA))),
            E1_PORCJUR=DAILY_INTEREST, E1_DESCFIN=Decimal(discount), E1_DIADESC=Decimal(discount_days),
            E1_HIST=history, E1_PEDIDO=order, E1_SERIE=invoice.F2_SERIE, E1_ORIGEM="MATA460")
        session.add(bill)
        ledger.bills.append(bill)
        if payments is not None:
            pay(session, today, customer, bill, (Paid(payments),) if isinstance(payments, int) else payments)


def pay(session: Session, today: dt.date, customer: SA1, bill: SE1, payments) -> None:
    """Write off ``payments`` against ``bill``: one receipt movement (SE5) each, the balance and
    the day of the last payment on the bill."""
    for seq, paid in enumerate(payments, start=1):
        value = Decimal(paid.value) if paid.value is not None else bill.E1_SALDO
        day = days(today, -paid.days_ago)
        compensation = paid.kind == "CP"
        session.add(SE5(
            E5_DATA=day, E5_TIPO=bill.E1_TIPO, E5_MOEDA="M1", E5_VALOR=value, E5_NATUREZ=bill.E1_NATUREZ,
            E5_BANCO="" if compensation else BANK[0], E5_AGENCIA="" if compensation else BANK[1],
            E5_CONTA="" if compensation else BANK[2], E5_VENCTO=bill.E1_VENCREA, E5_RECPAG="R",
            E5_BENEF=customer.A1_NREDUZ, E5_TIPODOC=paid.kind, E5_PREFIXO=bill.E1_PREFIXO, E5_NUMERO=bill.E1_NUM,
            E5_PARCELA=bill.E1_PARCELA, E5_CLIFOR=bill.E1_CLIENTE, E5_LOJA=bill.E1_LOJA, E5_DTDIGIT=day,
            E5_DTDISPO=day if compensation else days(day, 1), E5_MOTBX="CMP" if compensation else "NOR",
            E5_HISTOR=(f"COMPENSACION NCC TIT {bill.E1_NUM}" if compensation
                       else f"COBRO TIT {bill.E1_NUM} {bill.E1_PARCELA}".strip()),
            E5_SITUACA="", E5_SEQ=f"{seq:02d}", E5_ORDREC="" if compensation else receipt_number(bill, seq),
            E5_SERREC="" if compensation else "R"))
        bill.E1_SALDO -= value
        bill.E1_VALLIQ += value
        bill.E1_BAIXA = day


def receipt_number(bill: SE1, seq: int) -> str:
    """E5_ORDREC of a payment: the bill's number, installment and the payment's sequence."""
    return f"{bill.E1_NUM}{(bill.E1_PARCELA or '0')[:1]}{seq:02d}"


def add_credit_note(session: Session, customer: SA1, number: str, day: dt.date, value: Decimal, history: str,
                    ledger: Ledger, prefix: str = INVOICE_SERIES) -> SE1:
    """A credit note (NCC) of ``value`` for the customer to use."""
    note = SE1(E1_PREFIXO=prefix, E1_NUM=number, E1_PARCELA="", E1_TIPO="NCC", E1_NATUREZ=SALES_NATURE,
               E1_CLIENTE=customer.A1_COD, E1_LOJA=customer.A1_LOJA, E1_NOMCLI=customer.A1_NREDUZ, E1_EMISSAO=day,
               E1_VENCTO=day, E1_VENCREA=day, E1_VENCORI=day, E1_VALOR=value, E1_SALDO=value, E1_VALLIQ=ZERO,
               E1_VLCRUZ=value,
               E1_BAIXA=None, E1_MOEDA=Decimal(LOCAL_CURRENCY), E1_HIST=history, E1_PEDIDO="", E1_SERIE="",
               E1_ORIGEM="MATA100")
    session.add(note)
    ledger.bills.append(note)
    return note


OLD_INVOICE = "000000087"


def _add_used_credit_note(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """A commercial bonus granted to El Tornillo, used up against the old invoice on the day it
    was paid (the invoice's side of it is one of its payments)."""
    customer = customers[("000001", "01")]
    invoice_bill = next(b for b in ledger.bills if b.E1_NUM == OLD_INVOICE)
    note = add_credit_note(session, customer, "000000001", days(today, -190), Decimal("150.00"),
                           f"BONIFICACION COMPENSADA NF {OLD_INVOICE}", ledger, prefix="BON")
    day = invoice_bill.E1_BAIXA
    session.add(SE5(E5_DATA=day, E5_TIPO=note.E1_TIPO, E5_MOEDA="M1", E5_VALOR=note.E1_VALOR,
                    E5_NATUREZ=note.E1_NATUREZ, E5_VENCTO=note.E1_VENCREA, E5_RECPAG="P",
                    E5_BENEF=customer.A1_NREDUZ, E5_TIPODOC="CP", E5_PREFIXO=note.E1_PREFIXO,
                    E5_NUMERO=note.E1_NUM, E5_PARCELA="", E5_CLIFOR=note.E1_CLIENTE, E5_LOJA=note.E1_LOJA,
                    E5_DTDIGIT=day, E5_DTDISPO=day, E5_MOTBX="CMP", E5_HISTOR=f"COMPENSACION NF {OLD_INVOICE}",
                    E5_SITUACA="", E5_SEQ="01"))
    note.E1_SALDO, note.E1_VALLIQ, note.E1_BAIXA = ZERO, note.E1_VALOR, day


# --- exchange rates --------------------------------------------------------------------------

RATE_DAYS_BACK = 400


def daily_rates(index: int) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """Currencies 2-5 on day ``index`` of the series (0 = 400 days ago): the dollar slowly rising
    from 950 to about 1000, the euro around 1050, UFIR at par and the yen around 6.5. A small
    weekly ripple, no randomness."""
    i = Decimal(index)
    dollar = Decimal(950) + i * Decimal("0.12") + (index % 7) * Decimal("0.35")
    euro = Decimal(1030) + i * Decimal("0.05") + (index % 5) * Decimal("0.80")
    yen = Decimal("6.40") + i * Decimal("0.0005") + (index % 3) * Decimal("0.01")
    return dollar, euro, Decimal("1.0000"), yen


def rate(today: dt.date, day: dt.date, currency: int) -> Decimal:
    """The demo's rate of ``currency`` on ``day`` (1 for the local currency)."""
    if currency == LOCAL_CURRENCY:
        return Decimal(1)
    return daily_rates((day - days(today, -RATE_DAYS_BACK)).days)[currency - 2]


def _add_daily_rates(session: Session, today: dt.date) -> None:
    for index in range(RATE_DAYS_BACK + 2):  # up to tomorrow
        dollar, euro, ufir, yen = daily_rates(index)
        session.add(SM2(M2_DATA=days(today, index - RATE_DAYS_BACK), M2_MOEDA1=Decimal(1), M2_MOEDA2=dollar,
                        M2_MOEDA3=euro, M2_MOEDA4=ufir, M2_MOEDA5=yen))


# --- customer statistics -------------------------------------------------------------------

# what no table keeps: protested bills and returned checks, (count, days ago of the last)
PROTESTS = {("000001", "01"): (1, 150)}
RETURNED_CHECKS = {("000001", "01"): (1, 120)}


def _fill_customer_statistics(customers, ledger: Ledger, today: dt.date) -> None:
    """The financial tab of each customer (SA1), as Protheus' routines keep it: balances in
    currency 1 at each bill's issue-day rate, from its invoices, bills and open orders."""
    for (code, store), customer in customers.items():
        def mine(row, code_field, store_field):
            return getattr(row, code_field) == code and getattr(row, store_field) == store

        def local(value, currency, day):
            return money(value * rate(today, day, int(currency or 1)))

        invoices = [i for i in ledger.invoices if mine(i, "F2_CLIENTE", "F2_LOJA")]
        bills = [b for b in ledger.bills if mine(b, "E1_CLIENTE", "E1_LOJA") and b.E1_TIPO == "NF"]
        items = [i for i in ledger.order_items if mine(i, "C6_CLI", "C6_LOJA")]
        open_bills = [b for b in bills if b.E1_SALDO > 0]
        delays = [(b.E1_BAIXA - b.E1_VENCREA).days for b in bills if b.E1_BAIXA]
        protests, protested_ago = PROTESTS.get((code, store), (0, None))
        checks, returned_ago = RETURNED_CHECKS.get((code, store), (0, None))

        customer.A1_SALDUP = sum((local(b.E1_SALDO, b.E1_MOEDA, b.E1_EMISSAO) for b in open_bills), ZERO)
        customer.A1_SALPED = sum((money((i.C6_QTDVEN - i.C6_QTDENT) * i.C6_PRCVEN) for i in items), ZERO)
        customer.A1_MCOMPRA = max((local(i.F2_VALFAT, i.F2_MOEDA, i.F2_EMISSAO) for i in invoices), default=ZERO)
        customer.A1_MSALDO = max(customer.A1_SALDUP, customer.A1_MCOMPRA)
        customer.A1_METR = money(Decimal(sum(delays)) / len(delays)) if delays else ZERO
        customer.A1_MATR = Decimal(max([0, *delays]))
        customer.A1_PRICOM = min((i.F2_EMISSAO for i in invoices), default=None)
        customer.A1_ULTCOM = max((i.F2_EMISSAO for i in invoices), default=None)
        customer.A1_NROCOM = Decimal(len(invoices))
        customer.A1_NROPAG = Decimal(sum(1 for b in bills if b.E1_BAIXA))
        customer.A1_TITPROT = Decimal(protests)
        customer.A1_DTULTIT = days(today, -protested_ago) if protested_ago else None
        customer.A1_CHQDEVO = Decimal(checks)
        customer.A1_DTULCHQ = days(today, -returned_ago) if returned_ago else None
