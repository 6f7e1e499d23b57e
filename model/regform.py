"""The customer's financial form (FINANCECUSTOMERREGFORM, FINANCEREGFORM): its credit and how it
buys and pays, in currency 1.

The credit terms are the customer's record (SA1): limit A1_LC (in its currency A1_MOEDALC,
converted at today's rate) and its date A1_VENCLC, secondary limit A1_LCFIN and its balance
A1_SALFIN, risk A1_RISCO, seller A1_VEND; so are the events the financial routines count when
they happen and no table keeps: protested bills (A1_TITPROT, A1_DTULTIT) and returned checks
(A1_CHQDEVO, A1_DTULCHQ).

What Protheus recomputes from the receivables (its FINA410 "recalculate balances"), is computed
here from them, each bill in currency 1 at its issue day's rate:

- bill balance: the balance of the open bills (what BRWBILL lists);
- biggest balance: that balance or the biggest one on record (A1_MSALDO), whichever is bigger;
- biggest purchase: the biggest invoice, the sum of its installments;
- first and last purchase: the first and last issue day of an owed bill (not provisional), the
  first no later than the one on record (A1_PRICOM);
- major and average delay: over the owed bills with a payment (E1_BAIXA), the days from the real
  due date to the payment; the major one never below 0, the average signed (an early payment
  lowers it), to 2 places.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import currencies, parameters
from model.access import Customer
from model.errors import NotFound
from model.receivables import NOT_OWED, PROVISIONAL
from model.sales_rules import ZERO, money
from model.tables import AI3, AI4, SA1, SE1

STRONG_CURRENCY = "MV_MCUSTO"  # the currency of a credit limit whose record names none


@dataclass(frozen=True)
class RegForm:
    customer: SA1
    credit_limit: Decimal
    bill_balance: Decimal
    biggest_balance: Decimal
    biggest_purchase: Decimal
    first_purchase: dt.date | None
    last_purchase: dt.date | None
    major_delay: int
    average_delay: Decimal


def regform_of_customer(session: Session, customer: Customer, today: dt.date) -> RegForm:
    """FINANCECUSTOMERREGFORM.GETREGFORM: the form of a customer the user is linked to."""
    row = session.scalars(select(SA1).where(SA1.A1_COD == customer.code, SA1.A1_LOJA == customer.store)).first()
    if row is None:
        raise NotFound("customer_not_registered")
    return regform(session, row, today)


def regform_by_federal_id(session: Session, user: AI3, federal_id: str, today: dt.date) -> RegForm:
    """FINANCEREGFORM.GETREGFORM: the form of the first customer (by code and store) with tax id
    ``federal_id`` (punctuation ignored) among those linked to the user; another's reads as not
    found."""
    wanted = re.sub(r"[\s.\-/]", "", federal_id or "")
    row = None
    if wanted:
        row = session.scalars(
            select(SA1).join(AI4, (AI4.AI4_CODCLI == SA1.A1_COD) & (AI4.AI4_LOJCLI == SA1.A1_LOJA))
            .where(AI4.AI4_CODUSU == user.AI3_CODUSU, SA1.A1_CGC == wanted)
            .order_by(SA1.A1_COD, SA1.A1_LOJA)).first()
    if row is None:
        raise NotFound("federal_id_not_found")
    return regform(session, row, today)


def regform(session: Session, customer: SA1, today: dt.date) -> RegForm:
    """The form of ``customer``: four queries over its receivables and rates, whatever their number."""
    owed = (SE1.E1_CLIENTE == customer.A1_COD) & (SE1.E1_LOJA == customer.A1_LOJA) & SE1.E1_TIPO.not_in(NOT_OWED)
    # open balance per currency and issue day
    open_rows = session.execute(select(SE1.E1_MOEDA, SE1.E1_EMISSAO, func.sum(SE1.E1_SALDO))
                                .where(owed, SE1.E1_SALDO > 0).group_by(SE1.E1_MOEDA, SE1.E1_EMISSAO)).all()
    # purchases: the owed bills of each document, not provisional
    purchases = session.execute(
        select(SE1.E1_PREFIXO, SE1.E1_NUM, SE1.E1_MOEDA, SE1.E1_EMISSAO, func.sum(SE1.E1_VALOR))
        .where(owed, SE1.E1_TIPO != PROVISIONAL)
        .group_by(SE1.E1_PREFIXO, SE1.E1_NUM, SE1.E1_MOEDA, SE1.E1_EMISSAO)).all()
    paid = session.execute(select(SE1.E1_VENCREA, SE1.E1_BAIXA)
                           .where(owed, SE1.E1_TIPO != PROVISIONAL, SE1.E1_BAIXA != "")).all()

    needs: dict = {}
    for currency, day, *_ in [*open_rows, *((c, d) for _p, _n, c, d, _v in purchases)]:
        if int(currency or 1) != currencies.LOCAL and day is not None:
            needs.setdefault(day, set()).add(int(currency))
    limit_currency = int(customer.A1_MOEDALC or 0) or int(parameters.value(session, STRONG_CURRENCY) or 1)
    needs.setdefault(today, set()).add(limit_currency)
    rates = currencies.rates_of_days(session, needs)

    def local(value, currency, day) -> Decimal:
        return currencies.convert(value or ZERO, int(currency or 1), currencies.LOCAL, rates.get(day, {1: Decimal(1)}))

    bill_balance = money(sum((local(total, currency, day) for currency, day, total in open_rows), ZERO))
    biggest_purchase = max((local(total, currency, day) for _p, _n, currency, day, total in purchases), default=ZERO)
    days = [d for *_, d, _v in purchases if d is not None]
    first = min(days, default=None)
    if customer.A1_PRICOM and (first is None or customer.A1_PRICOM < first):
        first = customer.A1_PRICOM
    delays = [(paid_on - due).days for due, paid_on in paid if due is not None and paid_on is not None]
    return RegForm(
        customer=customer,
        credit_limit=currencies.convert(customer.A1_LC, limit_currency, currencies.LOCAL, rates[today]),
        bill_balance=bill_balance,
        biggest_balance=max(bill_balance, customer.A1_MSALDO or ZERO),
        biggest_purchase=money(biggest_purchase),
        first_purchase=first, last_purchase=max(days, default=None),
        major_delay=max([0, *delays]),
        average_delay=money(Decimal(sum(delays)) / len(delays)) if delays else ZERO)
