"""Back office: invoicing released order items (Protheus' MATA460).

One invoice per order, for its released items (SC9 with both block codes blank, no invoice yet):

- SF2/SD2: the invoice number comes from the series' sequence; each item's value is
  quantity x price to 2 places, rounded or truncated as MV_ARREFAT says (Protheus'
  A460AcumIt); ICMS and IPI at the TES rates when the TES computes them
  (F4_ICM/F4_IPI = 'S'); the order's freight, insurance and expenses go on its first invoice;
  gross value = merchandise + IPI + freight + insurance + expenses.
- SE1: when a TES of the invoice generates receivables (F4_DUPLIC = 'S'), one bill per
  installment of the payment plan (:mod:`model.installments`); the value of those items (with
  their IPI) plus freight, insurance and expenses. Each bill is due (E1_VENCTO, E1_VENCORI) on
  its installment's date and really due (E1_VENCREA) on the first business day from it
  (:mod:`model.business_days`); open (E1_STATUS 'A'), from MATA460 (E1_ORIGEM).
- Stock and balances (:class:`model.balances.Book`): items whose TES moves stock leave the
  warehouse (B2_QATU) and their reservation (B2_RESERVA); the released value leaves A1_SALPEDL
  and the receivables join A1_SALDUP.
- SC9 is marked invoiced ('10' / '10', C9_NFISCAL), SC6 delivered (C6_QTDENT += the quantity,
  C6_QTDEMP -= it, C6_NOTA), SC5 gets the invoice, and the customer's statistics (SA1)
  follow.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import balances, business_days, installments
from model import release_status as rs
from model.numbering import next_number
from model.release import locked
from model.sales_rules import TOTAL_DECIMALS, ZERO, a410arred, money, rounds
from model.tables import SA1, SB1, SB2, SC5, SC6, SC9, SD2, SE1, SE4, SF2, SF4

SERIES = "1"
INVOICE_WIDTH = 9
YES = "S"
BILL_TYPE = "NF"
NORMAL = "N"  # F2_TIPO of an invoice of a sales order
SALES_NATURE = "1101"
OPEN = "A"  # E1_STATUS
ORIGIN = "MATA460"  # E1_ORIGEM


def invoice_orders(session: Session, today: dt.date, number: str | None = None, series: str = SERIES) -> list[SF2]:
    """Invoice the released items of every order (or only of ``number``); the invoices written.

    Rows are locked in the order a release locks them (:func:`model.release.release_orders`):
    the orders in number order, then their releases, the customers and the stock balances in
    key order; so an invoice run and a release run on the same orders take turns, never wait for
    each other (a deadlock)."""
    ready = select(SC9).where(SC9.C9_BLCRED == "", SC9.C9_BLEST == "", SC9.C9_NFISCAL == "")
    if number:
        ready = ready.where(SC9.C9_PEDIDO == number)
    candidates = sorted(set(session.scalars(ready.with_only_columns(SC9.C9_PEDIDO).distinct())))
    if not candidates:
        return []
    orders = {o.C5_NUM: o for o in session.scalars(
        locked(select(SC5).where(SC5.C5_NUM.in_(candidates)).order_by(SC5.C5_NUM)))}
    releases = list(session.scalars(locked(ready.where(SC9.C9_PEDIDO.in_(sorted(orders)))
                                           .order_by(SC9.C9_PEDIDO, SC9.C9_ITEM, SC9.C9_SEQUEN))))
    if not releases:
        return []
    numbers = sorted({r.C9_PEDIDO for r in releases})
    items = {(i.C6_NUM, i.C6_ITEM): i for i in session.scalars(select(SC6).where(SC6.C6_NUM.in_(numbers)))}
    products = {p.B1_COD: p for p in session.scalars(
        select(SB1).where(SB1.B1_COD.in_(sorted({r.C9_PRODUTO for r in releases}))))}
    tes = {t.F4_CODIGO: t for t in session.scalars(
        select(SF4).where(SF4.F4_CODIGO.in_(sorted({i.C6_TES for i in items.values()}))))}
    plans = {p.E4_CODIGO: p for p in session.scalars(
        select(SE4).where(SE4.E4_CODIGO.in_(sorted({o.C5_CONDPAG for o in orders.values()}))))}
    customers = {(c.A1_COD, c.A1_LOJA): c for c in session.scalars(
        locked(select(SA1).where(SA1.A1_COD.in_(sorted({o.C5_CLIENTE for o in orders.values()})))
               .order_by(SA1.A1_COD, SA1.A1_LOJA)))}
    stock = {(b.B2_COD, b.B2_LOCAL): b for b in session.scalars(
        locked(select(SB2).where(SB2.B2_COD.in_(sorted(products))).order_by(SB2.B2_COD, SB2.B2_LOCAL)))}
    book = balances.Book(session, customers, stock, balances.default_currency(session))
    terms = _Terms(rounds(session), installments.settings(session), business_days.calendar(session))

    by_order: dict[str, list[SC9]] = defaultdict(list)
    for release in releases:
        if release.C9_PEDIDO in orders and (release.C9_PEDIDO, release.C9_ITEM) in items:
            by_order[release.C9_PEDIDO].append(release)

    invoices = []
    for order_number, rows in sorted(by_order.items()):
        order = orders[order_number]
        doc = next_number(session, f"SF2/{series}", INVOICE_WIDTH)
        invoice, receivable = _invoice(session, order, rows, items, products, tes, book, doc, series, today, terms)
        customer = customers.get((order.C5_CLIENTE, order.C5_LOJACLI))
        _bills(session, invoice, order, customer, plans.get(order.C5_CONDPAG), receivable, today, terms)
        if customer is not None:
            _update_statistics(customer, invoice, book.local(order, receivable, today), today)
        invoices.append(invoice)
    return invoices


@dataclass(frozen=True)
class _Terms:
    rounds: bool  # MV_ARREFAT
    installments: installments.Settings
    calendar: business_days.Calendar


def _invoice(session, order: SC5, rows, items, products, tes, book: balances.Book, doc: str, series: str,
             today: dt.date, terms: _Terms) -> tuple[SF2, Decimal]:
    """The invoice of ``rows`` (SF2 + SD2), stock taken and releases marked; and the value its
    receivables come to."""
    first_invoice = not order.C5_NOTA
    totals = defaultdict(lambda: ZERO)
    for n, release in enumerate(rows, start=1):
        item = items[(release.C9_PEDIDO, release.C9_ITEM)]
        operation = tes.get(item.C6_TES)
        product = products.get(release.C9_PRODUTO)
        quantity = release.C9_QTDLIB
        total = a410arred(quantity * release.C9_PRCVEN, TOTAL_DECIMALS, terms.rounds)
        computes = product is not None and operation is not None
        icms_rate = product.B1_PICM if computes and operation.F4_ICM == YES else ZERO
        ipi_rate = product.B1_IPI if computes and operation.F4_IPI == YES else ZERO
        icms_base, ipi_base = (total if icms_rate else ZERO), (total if ipi_rate else ZERO)
        icms, ipi = money(icms_base * icms_rate / 100), money(ipi_base * ipi_rate / 100)
        session.add(SD2(
            D2_DOC=doc, D2_SERIE=series, D2_CLIENTE=order.C5_CLIENTE, D2_LOJA=order.C5_LOJACLI,
            D2_ITEM=f"{n:02d}", D2_COD=release.C9_PRODUTO, D2_UM=item.C6_UM, D2_QUANT=quantity,
            D2_GRUPO=product.B1_GRUPO if product is not None else "",
            D2_TP=product.B1_TIPO if product is not None else "", D2_DESC=item.C6_DESCONT,
            D2_DESCON=max(money(quantity * item.C6_PRUNIT) - total, ZERO),
            D2_PRCVEN=release.C9_PRCVEN, D2_PRUNIT=item.C6_PRUNIT, D2_TOTAL=total, D2_TES=item.C6_TES,
            D2_CF=item.C6_CF, D2_BASEICM=icms_base, D2_PICM=icms_rate, D2_VALICM=icms, D2_BASEIPI=ipi_base,
            D2_IPI=ipi_rate, D2_VALIPI=ipi, D2_PEDIDO=release.C9_PEDIDO, D2_ITEMPV=release.C9_ITEM,
            D2_LOCAL=release.C9_LOCAL, D2_EMISSAO=today, D2_TIPO="N"))
        totals["merchandise"] += total
        totals["icms_base"] += icms_base
        totals["icms"] += icms
        totals["ipi_base"] += ipi_base
        totals["ipi"] += ipi
        if operation is not None and operation.F4_DUPLIC == YES:
            totals["receivable"] += total + ipi
        if product is not None:
            totals["net_weight"] += quantity * product.B1_PESO
            totals["gross_weight"] += quantity * product.B1_PESBRU
        book.invoiced(order, operation, release)
        release.C9_BLCRED = release.C9_BLEST = rs.INVOICED_CODE
        release.C9_NFISCAL, release.C9_SERIENF = doc, series
        item.C6_QTDENT += quantity
        item.C6_QTDEMP = max(item.C6_QTDEMP - quantity, ZERO)
        item.C6_NOTA, item.C6_SERIE = doc, series
    freight, insurance, expenses = ((order.C5_FRETE, order.C5_SEGURO, order.C5_DESPESA) if first_invoice
                                    else (ZERO, ZERO, ZERO))
    invoice = SF2(
        F2_DOC=doc, F2_SERIE=series, F2_CLIENTE=order.C5_CLIENTE, F2_LOJA=order.C5_LOJACLI, F2_EMISSAO=today,
        F2_TIPO=NORMAL,
        F2_COND=order.C5_CONDPAG, F2_VALMERC=totals["merchandise"],
        F2_VALBRUT=totals["merchandise"] + totals["ipi"] + freight + insurance + expenses,
        F2_FRETE=freight, F2_SEGURO=insurance, F2_DESPESA=expenses, F2_BASEICM=totals["icms_base"],
        F2_VALICM=totals["icms"], F2_BASEIPI=totals["ipi_base"], F2_VALIPI=totals["ipi"], F2_TRANSP=order.C5_TRANSP,
        F2_VOLUME1=order.C5_VOLUME1, F2_ESPECI1=order.C5_ESPECI1, F2_PLIQUI=totals["net_weight"],
        F2_PBRUTO=totals["gross_weight"], F2_MOEDA=order.C5_MOEDA, F2_PREFIXO=series,
        F2_DUPL=doc if totals["receivable"] else "")
    session.add(invoice)
    order.C5_NOTA, order.C5_SERIE = doc, series
    receivable = (totals["receivable"] + freight + insurance + expenses) if totals["receivable"] else ZERO
    return invoice, receivable


def _bills(session, invoice: SF2, order: SC5, customer: SA1 | None, plan: SE4 | None, total: Decimal,
           today: dt.date, terms: _Terms) -> None:
    """The receivables of an invoice worth ``total``, one per installment of ``plan``."""
    if not total:
        return
    for part in installments.installments(plan, total, today, terms.installments):
        session.add(SE1(
            E1_PREFIXO=invoice.F2_PREFIXO, E1_NUM=invoice.F2_DOC, E1_PARCELA=part.letter,
            E1_TIPO=BILL_TYPE, E1_NATUREZ=SALES_NATURE, E1_CLIENTE=order.C5_CLIENTE, E1_LOJA=order.C5_LOJACLI,
            E1_NOMCLI=customer.A1_NREDUZ if customer else "", E1_EMISSAO=today, E1_VENCTO=part.due,
            E1_VENCORI=part.due, E1_VENCREA=terms.calendar.valid(part.due), E1_VALOR=part.value,
            E1_SALDO=part.value, E1_BAIXA=None, E1_MOEDA=order.C5_MOEDA, E1_STATUS=OPEN, E1_ORIGEM=ORIGIN,
            E1_HIST=f"VENTA S/PEDIDO {order.C5_NUM}", E1_PEDIDO=order.C5_NUM, E1_SERIE=invoice.F2_SERIE))


def _update_statistics(customer: SA1, invoice: SF2, receivable: Decimal, today: dt.date) -> None:
    """The financial tab of the customer after an invoice (as MATA460 keeps SA1); ``receivable``
    in currency 1."""
    customer.A1_SALDUP += receivable
    customer.A1_MSALDO = max(customer.A1_MSALDO, customer.A1_SALDUP)
    customer.A1_MCOMPRA = max(customer.A1_MCOMPRA, invoice.F2_VALBRUT)
    customer.A1_PRICOM = customer.A1_PRICOM or today
    customer.A1_ULTCOM = today
    customer.A1_NROCOM += 1
