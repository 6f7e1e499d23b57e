"""The demo's fiscal documents: the company that issues them, the invoices (those of the
invoiced orders, an old one typed in the back office, one in dollars), the bonus TES, and the
customer's return of two screws.

An invoice is built the way the back office's invoicing builds one (model/invoicing.py): each
item's value is ``round(quantity * price, 2)``, its discount the difference to the list price;
ICMS (18 %) and IPI (10 %) where the TES computes them; freight, insurance and expenses on the
header and shared among the items by value; gross value = merchandise + IPI + freight +
insurance + expenses; the value billed (F2_VALFAT, split into the installments) leaves out the
items whose TES generates no receivables, such as a bonus.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlalchemy.orm import Session

from model.demo import finance
from model.demo.common import INVOICE_SERIES, LOCAL_CURRENCY, ZERO, Ledger, days, money, percent_of
from model.demo.products import ICMS_RATE, IPI_RATE, PRODUCTS, TES, Product, Tes, list_price
from model.tables import SA1, SD1, SD2, SF1, SF2, SF4, SYS_COMPANY, ZSX

COMPANY = ("01", "01", "DEMO FERRETERA", "Casa central", "Distribuidora Ferretera Demo SA", "30700999887")
BONUS_TES = Tes("506", "S", "BONIFICACION", "5910", receivable=False)  # goods given away: no receivables
INVOICE_KIND, INVOICE_SPECIES = "N", "NF"
DOLLAR = 2


@dataclass(frozen=True)
class InvoiceSpec:
    doc: str
    days_ago: int
    payments: tuple  # per installment: None while open, days ago it was paid in full, or a tuple of finance.Paid
    freight: str = "0"
    insurance: str = "0"
    expenses: str = "0"
    currency: int = LOCAL_CURRENCY
    early_discount: tuple[str, int] | None = None  # (E1_DESCFIN %, E1_DIADESC) of the last installment


@dataclass(frozen=True)
class Line:
    """One line of an invoice: what SD2 needs, whether it comes from an order item or not."""

    item: str
    product: Product
    quantity: Decimal
    price: Decimal
    list_price: Decimal
    tes: Tes
    order: str = ""
    order_item: str = ""
    discount: Decimal = ZERO  # %
    lot: tuple[str, int] | None = None  # (lot number, days it is valid from the invoice)

    @property
    def total(self) -> Decimal:
        return money(self.quantity * self.price)


def add_documents(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """The company, the bonus TES, the invoices typed in the back office, the return; the
    invoices of the orders are added with them (:func:`add_invoice`)."""
    session.add(SYS_COMPANY(M0_CODIGO=COMPANY[0], M0_CODFIL=COMPANY[1], M0_NOME=COMPANY[2], M0_FILIAL=COMPANY[3],
                            M0_NOMECOM=COMPANY[4], M0_CGC=COMPANY[5]))
    session.add(SF4(F4_CODIGO=BONUS_TES.code, F4_TIPO=BONUS_TES.kind, F4_TEXTO=BONUS_TES.text, F4_CF=BONUS_TES.cfop,
                    F4_ICM="N", F4_IPI="N", F4_DUPLIC="N", F4_ESTOQUE="S", F4_PODER3="N", F4_BONIF="S",
                    F4_MSBLQL="2"))
    _add_old_invoice(session, today, customers, ledger)
    _add_dollar_invoice(session, today, customers, ledger)
    _add_sales_return(session, today, customers, ledger)
    session.add(ZSX(ZSX_CHAVE=f"SF2/{INVOICE_SERIES}", ZSX_ULTIMO=max(i.F2_DOC for i in ledger.invoices)))


def _shares(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """``total`` shared in proportion to ``weights``, the last share taking the rounding."""
    whole = sum(weights, ZERO)
    if not total or not whole:
        return [ZERO] * len(weights)
    shares = [money(total * w / whole) for w in weights[:-1]]
    return shares + [total - sum(shares, ZERO)]


def add_invoice(session: Session, today: dt.date, customer: SA1, spec: InvoiceSpec, plan: str,
                lines: list[Line], ledger: Ledger) -> SF2:
    """An outgoing invoice (SF2 + SD2) and its receivables (SE1), one per installment of ``plan``."""
    issued = days(today, -spec.days_ago)
    freight, insurance, expenses = Decimal(spec.freight), Decimal(spec.insurance), Decimal(spec.expenses)
    weights = [line.total for line in lines]
    shared = list(zip(_shares(freight, weights), _shares(insurance, weights), _shares(expenses, weights)))
    totals = dict(merchandise=ZERO, icms_base=ZERO, icms=ZERO, ipi_base=ZERO, ipi=ZERO, billed=ZERO, discount=ZERO)
    for line, (item_freight, item_insurance, item_expenses) in zip(lines, shared):
        icms_rate, ipi_rate = (ICMS_RATE, IPI_RATE) if line.tes.taxes else (ZERO, ZERO)
        base = line.total if line.tes.taxes else ZERO
        icms, ipi = percent_of(base, icms_rate), percent_of(base, ipi_rate)
        discount = max(money(line.quantity * line.list_price) - line.total, ZERO)
        lot, validity = (line.lot[0], days(issued, line.lot[1])) if line.lot else ("", None)
        session.add(SD2(
            D2_DOC=spec.doc, D2_SERIE=INVOICE_SERIES, D2_CLIENTE=customer.A1_COD, D2_LOJA=customer.A1_LOJA,
            D2_ITEM=line.item, D2_COD=line.product.code, D2_UM=line.product.unit, D2_GRUPO=line.product.group,
            D2_TP=line.product.type, D2_QUANT=line.quantity, D2_PRCVEN=line.price, D2_PRUNIT=line.list_price,
            D2_TOTAL=line.total, D2_DESC=line.discount, D2_DESCON=discount, D2_VALBRUT=line.total + ipi,
            D2_TES=line.tes.code, D2_CF=line.tes.cfop, D2_BASEICM=base, D2_PICM=icms_rate, D2_VALICM=icms,
            D2_BASEIPI=base, D2_IPI=ipi_rate, D2_VALIPI=ipi, D2_VALFRE=item_freight, D2_SEGURO=item_insurance,
            D2_DESPESA=item_expenses, D2_PEDIDO=line.order, D2_ITEMPV=line.order_item, D2_LOCAL="01",
            D2_LOTECTL=lot, D2_DTVALID=validity, D2_EMISSAO=issued, D2_TIPO=INVOICE_KIND))
        totals["merchandise"] += line.total
        totals["discount"] += discount
        totals["icms_base"] += base
        totals["icms"] += icms
        totals["ipi_base"] += base
        totals["ipi"] += ipi
        if line.tes.receivable:
            totals["billed"] += line.total + ipi
    gross = totals["merchandise"] + totals["ipi"] + freight + insurance + expenses
    billed = totals["billed"] + freight + insurance + expenses if totals["billed"] else ZERO
    invoice = SF2(
        F2_DOC=spec.doc, F2_SERIE=INVOICE_SERIES, F2_CLIENTE=customer.A1_COD, F2_LOJA=customer.A1_LOJA,
        F2_TIPO=INVOICE_KIND, F2_ESPECIE=INVOICE_SPECIES, F2_EMISSAO=issued, F2_DTENTR=days(issued, 3),
        F2_EST=customer.A1_EST, F2_TIPOCLI=customer.A1_TIPO, F2_COND=plan, F2_VEND1=customer.A1_VEND,
        F2_VALBRUT=gross, F2_VALMERC=totals["merchandise"], F2_VALFAT=billed, F2_DESCONT=totals["discount"],
        F2_FRETE=freight, F2_SEGURO=insurance, F2_DESPESA=expenses, F2_BASEICM=totals["icms_base"],
        F2_VALICM=totals["icms"], F2_BASEIPI=totals["ipi_base"], F2_VALIPI=totals["ipi"],
        F2_TRANSP=customer.A1_TRANSP, F2_VOLUME1=Decimal(sum(packages(line.product, line.quantity) for line in lines)),
        F2_ESPECI1="CAJAS", F2_PLIQUI=sum((line.quantity * Decimal(line.product.net_weight) for line in lines), ZERO),
        F2_PBRUTO=sum((line.quantity * Decimal(line.product.gross_weight) for line in lines), ZERO),
        F2_MOEDA=Decimal(spec.currency), F2_PREFIXO=INVOICE_SERIES, F2_DUPL=spec.doc if billed else "")
    session.add(invoice)
    ledger.invoices.append(invoice)
    if billed:
        finance.add_installments(session, today, customer, invoice, plan, spec, lines[0].order, ledger)
    return invoice


def packages(product: Product, quantity: Decimal) -> int:
    """The boxes ``quantity`` fills."""
    return int((quantity / max(product.per_package, 1)).to_integral_value(ROUND_CEILING))


OLD_INVOICE = InvoiceSpec("000000087", 200, ((finance.Paid(165, "150.00", "CP"), finance.Paid(165)),))
OLD_INVOICE_ITEMS = [("PA0001", 400, "10.00"), ("PA0003", 4, "120.00"), ("ME0002", 10, "170.00")]


def _add_old_invoice(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """An invoice of El Tornillo from about 200 days ago, typed in the back office with no order:
    history for the sales statistics. 30 days, paid 5 days late: 150.00 with a bonus credit note,
    the rest by transfer."""
    lines = [Line(f"{n:02d}", PRODUCTS[code], Decimal(quantity), Decimal(price), Decimal(price),
                  TES[PRODUCTS[code].tes])
             for n, (code, quantity, price) in enumerate(OLD_INVOICE_ITEMS, start=1)]
    add_invoice(session, today, customers[("000001", "01")], OLD_INVOICE, "002", lines, ledger)


DOLLAR_INVOICE = InvoiceSpec("000000105", 25, (None,), currency=DOLLAR)


def _add_dollar_invoice(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """Pinturerías Color imported 2,000 kg of epoxy resin through us, invoiced in dollars at
    0.065 a kilo, 30 days."""
    product = PRODUCTS["MP0002"]
    price = Decimal("0.065")
    line = Line("01", product, Decimal(2000), price, price, TES[product.tes])
    add_invoice(session, today, customers[("000002", "01")], DOLLAR_INVOICE, "002", [line], ledger)


RETURN_DOC = "000000001"
RETURN_DAYS_AGO = 30
RETURN_OF = "000000102"  # the invoice of order 000105


def _add_sales_return(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """El Tornillo sends back 2 screws of the invoice of order 000105, entered on our own form
    (F1_FORMUL ``S``); its credit note is still to be used."""
    customer = customers[("000001", "01")]
    invoice = next(i for i in ledger.invoices if i.F2_DOC == RETURN_OF)
    product, quantity, item = PRODUCTS["PA0001"], Decimal(2), "01"
    price = list_price(customer.A1_TABELA, product.code)
    tes = TES[product.tes]
    merchandise = money(quantity * price)
    base = merchandise if tes.taxes else ZERO
    icms, ipi = percent_of(base, ICMS_RATE), percent_of(base, IPI_RATE)
    gross = merchandise + ipi
    returned = days(today, -RETURN_DAYS_AGO)
    session.add(SF1(F1_DOC=RETURN_DOC, F1_SERIE=INVOICE_SERIES, F1_FORNECE=customer.A1_COD,
                    F1_LOJA=customer.A1_LOJA, F1_TIPO="D", F1_FORMUL="S", F1_ESPECIE="NCC", F1_EMISSAO=returned,
                    F1_DTDIGIT=returned, F1_VALMERC=merchandise, F1_VALBRUT=gross, F1_BASEICM=base,
                    F1_VALICM=icms, F1_BASEIPI=base, F1_VALIPI=ipi, F1_MOEDA=Decimal(LOCAL_CURRENCY),
                    F1_PREFIXO=INVOICE_SERIES, F1_DUPL=RETURN_DOC, F1_STATUS="A"))
    session.add(SD1(D1_DOC=RETURN_DOC, D1_SERIE=INVOICE_SERIES, D1_FORNECE=customer.A1_COD,
                    D1_LOJA=customer.A1_LOJA, D1_ITEM="0001", D1_COD=product.code, D1_UM=product.unit,
                    D1_GRUPO=product.group, D1_TP=product.type, D1_QUANT=quantity, D1_VUNIT=price,
                    D1_TOTAL=merchandise, D1_TES="001", D1_CF=TES["001"].cfop, D1_TIPO="D", D1_FORMUL="S",
                    D1_NFORI=invoice.F2_DOC, D1_SERIORI=invoice.F2_SERIE, D1_ITEMORI=item, D1_LOCAL="01",
                    D1_BASEICM=base, D1_PICM=ICMS_RATE if base else ZERO, D1_VALICM=icms, D1_BASEIPI=base,
                    D1_IPI=IPI_RATE if base else ZERO, D1_VALIPI=ipi, D1_DTDIGIT=returned, D1_EMISSAO=returned))
    finance.add_credit_note(session, customer, RETURN_DOC, returned, gross, f"DEVOLUCION NF {invoice.F2_DOC}", ledger)
