"""The demo's sales documents: sales orders with their releases (the invoiced ones invoiced by
:mod:`model.demo.fiscal`), quotes, and the sequences of their numbers (production orders are in
:mod:`model.demo.industrial`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from model.demo.common import INVOICE_SERIES, LOCAL_CURRENCY, ZERO, Ledger, days, money
from model.demo.finance import Paid
from model.demo.fiscal import BONUS_TES, InvoiceSpec, Line, add_invoice, packages
from model.demo.industrial import PRODUCTION_OF_ORDER_ITEM
from model.demo.products import PRODUCTS, TES, list_price
from model.tables import SC5, SC6, SC9, SCJ, SCK, ZSX

# --- sales orders, releases, invoices, receivables -----------------------------------------

PORTFOLIO, RELEASED, CREDIT_BLOCK, STOCK_BLOCK, INVOICED = 1, 2, 3, 4, 5
# C9_BLCRED, C9_BLEST of each released status
RELEASE_BLOCKS = {RELEASED: ("", ""), CREDIT_BLOCK: ("01", ""), STOCK_BLOCK: ("", "02"), INVOICED: ("10", "10")}


@dataclass(frozen=True)
class OrderSpec:
    number: str
    customer: tuple[str, str]
    days_ago: int  # C5_EMISSAO = today - days_ago
    status: int
    items: tuple  # (product, quantity), (product, quantity, discount %) or (product, quantity, discount %, TES)
    payment_plan: str = ""  # blank: the customer's
    bid: str = ""  # C5_COTACAO
    origin: str = "MATA410"
    message: str = ""
    invoice: InvoiceSpec | None = None
    rule_block: str = ""  # C5_BLQ: '1' held by a business rule, so the release leaves it in portfolio


ORDERS = [
    OrderSpec("000101", ("000001", "01"), 2, PORTFOLIO, (("PA0001", 100), ("PA0002", 200)),
              bid="LIC001", origin="PORTAL", rule_block="1"),
    OrderSpec("000102", ("000001", "01"), 12, RELEASED, (("PA0001", 20), ("PA0004", 10, 5))),
    OrderSpec("000103", ("000001", "01"), 8, CREDIT_BLOCK, (("ME0001", 200),), origin="PORTAL"),  # over the limit
    OrderSpec("000104", ("000001", "01"), 6, STOCK_BLOCK, (("PA0003", 10),), bid="LIC001"),
    OrderSpec("000105", ("000001", "01"), 48, INVOICED, (("PA0001", 300), ("PA0002", 500), ("PA0004", 20)),
              payment_plan="003", bid="LIC002", message="ENTREGAR EN DEPOSITO DE AV. DIRECTORIO",
              invoice=InvoiceSpec("000000102", 45, (None, None, None), freight="150.00", insurance="25.00",
                                  expenses="10.00")),
    OrderSpec("000106", ("000001", "02"), 3, PORTFOLIO, (("PA0001", 100),), origin="PORTAL"),
    OrderSpec("000107", ("000001", "02"), 22, INVOICED, (("PA0006", 1000), ("PA0002", 200)),
              invoice=InvoiceSpec("000000103", 20, (20,))),
    OrderSpec("000201", ("000002", "01"), 4, PORTFOLIO, (("ME0002", 24), ("PA0003", 5)),
              bid="LIC003", origin="PORTAL"),
    OrderSpec("000202", ("000002", "01"), 55, INVOICED, (("ME0001", 40), ("ME0002", 30), ("ME0003", 20)),
              invoice=InvoiceSpec("000000101", 50, (19, (Paid(5, "3000.00"),), None), early_discount=("2.00", 10))),
    # several items, one a bonus (free washers: TES 506), a lot of paint rollers
    OrderSpec("000203", ("000002", "01"), 12, INVOICED,
              (("ME0001", 10), ("ME0003", 6, 0, "", "RC-2024-11"), ("PA0006", 50, 0, BONUS_TES.code)),
              invoice=InvoiceSpec("000000104", 10, (None, None, None), freight="80.00")),
]


def add_documents(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """Orders (and the invoices of the invoiced ones), quotes and sequences."""
    _add_sales_orders(session, today, customers, ledger)
    _add_quotes(session, today)
    _add_sequences(session)


def _item_parts(item: tuple) -> tuple[str, Decimal, Decimal, str, str]:
    """(product, quantity[, discount %[, TES[, lot]]]) with the defaults: no discount, the
    product's TES, no lot."""
    code, quantity, discount, tes, lot = (*item, 0, "", "", "")[:5] if len(item) < 5 else item
    return code, Decimal(quantity), Decimal(discount), tes or PRODUCTS[code].tes, lot


def _add_sales_orders(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    for spec in ORDERS:
        customer = customers[spec.customer]
        issued = days(today, -spec.days_ago)
        plan = spec.payment_plan or customer.A1_COND
        table = customer.A1_TABELA
        invoice = spec.invoice
        invoiced_on = days(today, -invoice.days_ago) if invoice else None
        released_on = days(invoiced_on, -1) if invoice else days(issued, 1)
        seller_commission = Decimal("2.50") if customer.A1_VEND == "000001" else Decimal("3.00")

        lines = []
        for n, item in enumerate(spec.items, start=1):
            code, quantity, discount, tes_code, lot = _item_parts(item)
            product = PRODUCTS[code]
            unit_price = list_price(table, code)
            price = (unit_price * (100 - discount) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            tes = BONUS_TES if tes_code == BONUS_TES.code else TES[tes_code]
            line = Line(f"{n:02d}", product, quantity, price, unit_price, tes, spec.number, f"{n:02d}",
                        discount=discount, lot=(lot, 540) if lot else None)
            lines.append(line)
            released = spec.status != PORTFOLIO
            op = PRODUCTION_OF_ORDER_ITEM.get((spec.number, line.item), "")
            row = SC6(
                C6_NUM=spec.number, C6_ITEM=line.item, C6_PRODUTO=code, C6_DESCRI=product.description,
                C6_UM=product.unit, C6_SEGUM=product.second_unit,
                C6_UNSVEN=money(quantity / product.per_package) if product.second_unit else ZERO,
                C6_QTDVEN=quantity, C6_PRCVEN=price, C6_PRUNIT=unit_price, C6_VALOR=line.total,
                C6_DESCONT=discount, C6_VALDESC=money(quantity * unit_price) - line.total,
                C6_TES=line.tes.code, C6_CF=line.tes.cfop, C6_LOCAL="01",
                C6_ENTREG=days(issued, 7 + 3 * n), C6_QTDEMP=quantity if released and not invoice else ZERO,
                C6_QTDENT=quantity if invoice else ZERO, C6_COMIS1=seller_commission,
                C6_NUMOP=op, C6_ITEMOP="01" if op else "", C6_LOTECTL=lot,
                C6_CLI=customer.A1_COD, C6_LOJA=customer.A1_LOJA,
                C6_NOTA=invoice.doc if invoice else "", C6_SERIE=INVOICE_SERIES if invoice else "")
            session.add(row)
            ledger.order_items.append(row)
            if released:
                blocked_credit, blocked_stock = RELEASE_BLOCKS[spec.status]
                session.add(SC9(
                    C9_PEDIDO=spec.number, C9_ITEM=line.item, C9_SEQUEN="01", C9_CLIENTE=customer.A1_COD,
                    C9_LOJA=customer.A1_LOJA, C9_PRODUTO=code, C9_QTDLIB=quantity, C9_PRCVEN=price,
                    C9_DATALIB=released_on, C9_BLCRED=blocked_credit, C9_BLEST=blocked_stock, C9_LOCAL="01",
                    C9_NFISCAL=invoice.doc if invoice else "", C9_SERIENF=INVOICE_SERIES if invoice else ""))

        session.add(SC5(
            C5_NUM=spec.number, C5_TIPO="N", C5_CLIENTE=customer.A1_COD, C5_LOJACLI=customer.A1_LOJA,
            C5_CLIENT=customer.A1_COD, C5_LOJAENT=customer.A1_LOJA, C5_TIPOCLI=customer.A1_TIPO,
            C5_TRANSP=customer.A1_TRANSP, C5_CONDPAG=plan, C5_TABELA=table, C5_VEND1=customer.A1_VEND,
            C5_COMIS1=seller_commission, C5_EMISSAO=issued, C5_TPFRETE="C",
            C5_FRETE=Decimal(invoice.freight) if invoice else ZERO,
            C5_SEGURO=Decimal(invoice.insurance) if invoice else ZERO,
            C5_DESPESA=Decimal(invoice.expenses) if invoice else ZERO,
            C5_TIPLIB="1", C5_INCISS="N", C5_MOEDA=Decimal(LOCAL_CURRENCY),
            C5_PESOL=sum((l.quantity * Decimal(l.product.net_weight) for l in lines), ZERO),
            C5_PBRUTO=sum((l.quantity * Decimal(l.product.gross_weight) for l in lines), ZERO),
            C5_VOLUME1=Decimal(sum(packages(l.product, l.quantity) for l in lines)), C5_ESPECI1="CAJAS",
            C5_MENNOTA=spec.message, C5_COTACAO=spec.bid, C5_NOTA=invoice.doc if invoice else "",
            C5_SERIE=INVOICE_SERIES if invoice else "", C5_LIBEROK="S" if spec.status != PORTFOLIO else "",
            C5_ORIGEM=spec.origin, C5_BLQ=spec.rule_block))
        if invoice:
            add_invoice(session, today, customer, invoice, plan, lines, ledger)


# --- quotes ---------------------------------------------------------------


# CJ_NUM, customer, store, days ago, CJ_STATUS, items: (product, quantity[, discount %])
QUOTES = [
    ("000001", "000001", "01", 5, "A", (("PA0001", 50), ("PA0006", 500), ("PA0003", 4))),
    ("000002", "000001", "01", 30, "E", (("ME0001", 5), ("ME0003", 5))),
    ("000003", "000001", "01", 60, "C", (("MP0001", 100), ("MP0002", 10))),
    ("000004", "000002", "01", 3, "A", (("ME0001", 30, 3), ("ME0002", 20))),
]
QUOTE_CUSTOMER_TERMS = {("000001", "01"): ("002", "001"), ("000002", "01"): ("003", "001")}  # plan, list


def _add_quotes(session: Session, today: dt.date) -> None:
    for num, customer, store, ago, status, items in QUOTES:
        plan, table = QUOTE_CUSTOMER_TERMS[(customer, store)]
        issued = days(today, -ago)
        session.add(SCJ(CJ_NUM=num, CJ_CLIENTE=customer, CJ_LOJA=store, CJ_EMISSAO=issued,
                        CJ_VALIDA=days(issued, 30), CJ_CONDPAG=plan, CJ_TABELA=table,
                        CJ_MOEDA=Decimal(LOCAL_CURRENCY), CJ_STATUS=status))
        for n, item in enumerate(items, start=1):
            code, quantity, discount = (*item, 0) if len(item) == 2 else item
            quantity, discount = Decimal(quantity), Decimal(discount)
            unit_price = list_price(table, code)
            price = (unit_price * (100 - discount) / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
            session.add(SCK(CK_NUM=num, CK_ITEM=f"{n:02d}", CK_PRODUTO=code,
                            CK_DESCRI=PRODUCTS[code].description, CK_QTDVEN=quantity, CK_PRCVEN=price,
                            CK_PRUNIT=unit_price, CK_DESCONT=discount, CK_VALOR=money(quantity * price),
                            CK_TES=PRODUCTS[code].tes, CK_ENTREG=days(issued, 15)))


# --- sequences ----------------------------------------------------------------------------------


def _add_sequences(session: Session) -> None:
    """The last number given per sequence, so new documents continue after the demo ones (the
    invoices' sequence is the fiscal documents')."""
    session.add_all(ZSX(ZSX_CHAVE=key, ZSX_ULTIMO=last) for key, last in [
        ("SC5", max(s.number for s in ORDERS)),
        ("SCJ", max(q[0] for q in QUOTES)),
    ])
