"""The customer's fiscal documents (MTCUSTOMERINVOICE), on the document core: the invoices we
issued to the customer (outgoing, SF2/SD2, any type but returns to a supplier ``D`` and
processing ``B``) and the documents the customer sent us (incoming, SF1/SD1 with the customer as
supplier: its returns ``D`` and goods for processing ``B``).

A document is named on the wire by its direction and type, ``S/N`` or ``E/D`` (INVOICETYPE), its
series and number. Its figures are those stored: the items add up to the merchandise value, the
installments of its receivables (SE1 ``NF``) to the value billed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import documents, query, receivables
from model.access import Customer
from model.documents import INCOMING, INVOICE
from model.receivables import Bill
from model.tables import SA1, SA4, SB1, SC5, SC6, SD1, SD2, SF1, SF2, SYS_COMPANY

OUTGOING, INBOUND = "S", "E"  # the direction, first letter of INVOICETYPE
CUSTOMER_SENT = ("D", "B")  # incoming types the customer sends: returns, goods for processing
RETURN = "D"
OWN_FORM = "S"  # F1_FORMUL: the document is on the company's own form
CUSTOMER = 1  # CUSTOMERORSUPPLIER of a customer
DEFAULT_WINDOW = dt.timedelta(days=30)  # BRWINVOICE's dates when not sent: the last 30 days, as Protheus
VOLUMES = 4
# the default order of each part of BRWINVOICE (SF1's index 2, SF2's index 2)
INCOMING_ORDER = (SF1.F1_FORNECE, SF1.F1_LOJA, SF1.F1_DOC)
OUTGOING_ORDER = (SF2.F2_CLIENTE, SF2.F2_LOJA, SF2.F2_DOC, SF2.F2_SERIE, SF2.F2_TIPO, SF2.F2_ESPECIE)
SF1_COLUMNS, SF2_COLUMNS = query.columns_of(SF1), query.columns_of(SF2)
SD1_COLUMNS, SD2_COLUMNS = query.columns_of(SD1), query.columns_of(SD2)
# items by product, then item, as Protheus reads them (SD1's index 1, SD2's index 3)
INCOMING_ITEM_ORDER, OUTGOING_ITEM_ORDER = ("D1_COD", "D1_ITEM"), ("D2_COD", "D2_ITEM")
# (tax code, base, rate, amount) columns of each direction; a header keeps no rate
HEADER_TAXES = {
    OUTGOING: (("ICM", "F2_BASEICM", None, "F2_VALICM"), ("IPI", "F2_BASEIPI", None, "F2_VALIPI")),
    INBOUND: (("ICM", "F1_BASEICM", None, "F1_VALICM"), ("IPI", "F1_BASEIPI", None, "F1_VALIPI")),
}
ITEM_TAXES = {
    OUTGOING: (("ICM", "D2_BASEICM", "D2_PICM", "D2_VALICM"), ("IPI", "D2_BASEIPI", "D2_IPI", "D2_VALIPI")),
    INBOUND: (("ICM", "D1_BASEICM", "D1_PICM", "D1_VALICM"), ("IPI", "D1_BASEIPI", "D1_IPI", "D1_VALIPI")),
}


@dataclass(frozen=True)
class Tax:
    code: str
    base: Decimal
    rate: Decimal
    amount: Decimal


@dataclass
class InvoiceItem:
    row: SD2 | SD1
    description: str  # the product's B1_DESC
    order: SC5 | None = None  # the sales order item it invoices (outgoing)
    order_item: SC6 | None = None


@dataclass
class Invoice:
    direction: str  # OUTGOING or INBOUND
    header: SF2 | SF1
    customer_name: str
    issuer: tuple[str, str]  # (company + branch, its name): who issued an outgoing one, received an incoming one
    carrier_name: str | None = None
    bills: list[Bill] | None = None
    items: list[InvoiceItem] | None = None

    @property
    def outgoing(self) -> bool:
        return self.direction == OUTGOING


@dataclass(frozen=True)
class InvoiceFilter:
    """BRWINVOICE's parameters."""

    register_from: dt.date | None = None
    register_to: dt.date | None = None
    delivery_from: dt.date | None = None
    delivery_to: dt.date | None = None
    where_incoming: str | None = None
    where_outgoing: str | None = None
    key_incoming: str | None = None
    key_outgoing: str | None = None
    purchase_number: str | None = None
    operation_type: str | None = None


def taxes(row, columns) -> list[Tax]:
    """The taxes of a header or item that amount to something; a header's rate is its amount
    over its base."""
    found = []
    for code, base_column, rate_column, amount_column in columns:
        base, amount = getattr(row, base_column), getattr(row, amount_column)
        if not amount:
            continue
        if rate_column:
            rate = getattr(row, rate_column)
        else:
            rate = (amount * 100 / base).quantize(Decimal("0.01")) if base else Decimal(0)
        found.append(Tax(code, base, rate, amount))
    return found


def header_taxes(invoice: Invoice) -> list[Tax]:
    return taxes(invoice.header, HEADER_TAXES[invoice.direction])


def item_taxes(invoice: Invoice, item: InvoiceItem) -> list[Tax]:
    return taxes(item.row, ITEM_TAXES[invoice.direction])


def volumes(header: SF2) -> list[tuple[str, str, Decimal]]:
    """(number, species, quantity) of each volume of an outgoing invoice, up to the first blank species."""
    found = []
    for n in range(1, VOLUMES + 1):
        species = getattr(header, f"F2_ESPECI{n}")
        if not species:
            break
        found.append((str(n), species, getattr(header, f"F2_VOLUME{n}")))
    return found


# --- reading ---------------------------------------------------------------------------------


def _issuer(session: Session, company: tuple[str, str]) -> tuple[str, str]:
    code, branch = company
    name = session.scalars(select(SYS_COMPANY.M0_NOME).where(SYS_COMPANY.M0_CODIGO == code,
                                                             SYS_COMPANY.M0_CODFIL == branch)).first()
    return code + branch, name or ""


def _customer_name(session: Session, customer: Customer) -> str:
    return session.scalars(select(SA1.A1_NOME).where(SA1.A1_COD == customer.code,
                                                     SA1.A1_LOJA == customer.store)).first() or ""


def _carriers(session: Session, codes) -> dict[str, str]:
    codes = sorted({c for c in codes if c})
    if not codes:
        return {}
    return dict(session.execute(select(SA4.A4_COD, SA4.A4_NOME).where(SA4.A4_COD.in_(codes))).all())


def _dressed(session: Session, customer: Customer, company, incoming: list[SF1], outgoing: list[SF2],
             today: dt.date) -> list[Invoice]:
    """Invoices of the headers, with their parties, carriers and installments: a fixed number of
    queries whatever the number of documents."""
    if not incoming and not outgoing:
        return []
    name, issuer = _customer_name(session, customer), _issuer(session, company)
    carriers = _carriers(session, (h.F2_TRANSP for h in outgoing))
    bills = receivables.invoice_bills(session, customer, [(h.F2_PREFIXO, h.F2_DUPL) for h in outgoing if h.F2_DUPL],
                                      today)
    found = [Invoice(INBOUND, h, name, issuer) for h in incoming]
    found += [Invoice(OUTGOING, h, name, issuer, carrier_name=carriers.get(h.F2_TRANSP),
                      bills=bills.get((h.F2_PREFIXO, h.F2_DUPL), []) if h.F2_DUPL else None) for h in outgoing]
    return found


def browse_invoices(session: Session, customer: Customer, filters: InvoiceFilter, company: tuple[str, str],
                    today: dt.date, limit) -> list[Invoice]:
    """BRWINVOICE: the customer's documents issued (REGISTERDATE...) and delivered (DELIVERYDATE...:
    the day an incoming document was entered, the issue day of an outgoing one) in the periods,
    each side the last 30 days when not sent; only those with an item of order PURCHASENUMBER when
    it is sent. Incoming first, then outgoing, each ordered by its own INDEXKEY. OPERATIONTYPE
    ``E`` or ``S`` keeps one direction; another value lists nothing, as Protheus."""
    operation = (filters.operation_type or "").strip().upper()
    if operation not in ("", INBOUND, OUTGOING):
        return []
    register = (filters.register_from or today - DEFAULT_WINDOW, filters.register_to or today)
    delivery = (filters.delivery_from or today - DEFAULT_WINDOW, filters.delivery_to or today)
    order_number = (filters.purchase_number or "").strip()
    incoming, outgoing = [], []
    if operation in ("", INBOUND):
        stmt = select(SF1).where(documents.of_customer(INCOMING, customer), SF1.F1_TIPO.in_(CUSTOMER_SENT))
        stmt = query.date_range(stmt, SF1.F1_EMISSAO, *register, "REGISTERDATEFROM")
        stmt = query.date_range(stmt, SF1.F1_DTDIGIT, *delivery, "DELIVERYDATEFROM")
        if order_number:
            stmt = stmt.where(select(SD1.R_E_C_N_O_).where(
                SD1.D1_DOC == SF1.F1_DOC, SD1.D1_SERIE == SF1.F1_SERIE, SD1.D1_FORNECE == SF1.F1_FORNECE,
                SD1.D1_LOJA == SF1.F1_LOJA, SD1.D1_TIPO == SF1.F1_TIPO, SD1.D1_PEDIDO == order_number).exists())
        stmt = query.where(stmt, filters.where_incoming, SF1_COLUMNS)
        stmt = query.order_by(stmt, filters.key_incoming, SF1_COLUMNS, list(INCOMING_ORDER), tiebreak=SF1.R_E_C_N_O_)
        incoming = list(session.scalars(limit(stmt)))
    if operation in ("", OUTGOING):
        stmt = select(SF2).where(documents.of_customer(INVOICE, customer), SF2.F2_TIPO.not_in(CUSTOMER_SENT))
        stmt = query.date_range(stmt, SF2.F2_EMISSAO, *register, "REGISTERDATEFROM")
        stmt = query.date_range(stmt, SF2.F2_EMISSAO, *delivery, "DELIVERYDATEFROM")
        if order_number:
            stmt = stmt.where(select(SD2.R_E_C_N_O_).where(
                SD2.D2_DOC == SF2.F2_DOC, SD2.D2_SERIE == SF2.F2_SERIE, SD2.D2_CLIENTE == SF2.F2_CLIENTE,
                SD2.D2_LOJA == SF2.F2_LOJA, SD2.D2_PEDIDO == order_number).exists())
        stmt = query.where(stmt, filters.where_outgoing, SF2_COLUMNS)
        stmt = query.order_by(stmt, filters.key_outgoing, SF2_COLUMNS, list(OUTGOING_ORDER), tiebreak=SF2.R_E_C_N_O_)
        outgoing = list(session.scalars(limit(stmt)))
    return _dressed(session, customer, company, incoming, outgoing, today)


def _own_form(document_type: str | None) -> list[str]:
    """The F1_FORMUL values DOCUMENTTYPE stands for: ``S`` the company's own form, anything else not."""
    return [OWN_FORM] if (document_type or "").strip().upper() == OWN_FORM else ["", "N"]


def get_invoice(session: Session, customer: Customer, invoice_type: str, series: str, number: str,
                document_type: str | None, company: tuple[str, str], today: dt.date, *,
                where_incoming: str | None = None, where_outgoing: str | None = None) -> Invoice:
    """GETINVOICE: one of the customer's documents in full, items by product then item, as
    Protheus reads them (QUERYADDWHERENFE/NFS filter the items). INVOICETYPE ``E/D`` reads an
    incoming document of the customer (DOCUMENTTYPE ``S``: on our own form), any other direction
    an outgoing one. Another customer's document, or one of a kind the customer neither received
    nor sent, is not found either."""
    invoice_type = (invoice_type or "").strip().upper()
    direction, doc_type = invoice_type[:1], invoice_type[2:].strip()
    if direction == INBOUND:
        where = SF1.F1_TIPO.in_(CUSTOMER_SENT) & SF1.F1_FORMUL.in_(_own_form(document_type))
        if doc_type:
            where &= SF1.F1_TIPO == doc_type
        header = documents.find(session, INCOMING, customer, number, series=series or "", where=where)
        item_where = SD1.D1_FORMUL == header.F1_FORMUL
        extra = query.condition(where_incoming, SD1_COLUMNS)
        rows = documents.items_of_document(session, INCOMING, header, item_where if extra is None else
                                           item_where & extra, INCOMING_ITEM_ORDER)
        invoice = _dressed(session, customer, company, [header], [], today)[0]
    else:
        where = SF2.F2_TIPO.not_in(CUSTOMER_SENT)
        if doc_type:
            where &= SF2.F2_TIPO == doc_type
        header = documents.find(session, INVOICE, customer, number, series=series or "", where=where)
        rows = documents.items_of_document(session, INVOICE, header, query.condition(where_outgoing, SD2_COLUMNS),
                                           OUTGOING_ITEM_ORDER)
        invoice = _dressed(session, customer, company, [], [header], today)[0]
    invoice.items = _items(session, invoice.direction, rows)
    return invoice


def _items(session: Session, direction: str, rows: list) -> list[InvoiceItem]:
    """The items with their products' descriptions and, for an outgoing invoice, the order items
    they invoice: three queries whatever the number of items."""
    prefix = "D2" if direction == OUTGOING else "D1"
    codes = sorted({getattr(r, f"{prefix}_COD") for r in rows})
    names = dict(session.execute(select(SB1.B1_COD, SB1.B1_DESC).where(SB1.B1_COD.in_(codes))).all()) if codes else {}
    orders, order_items = {}, {}
    numbers = sorted({r.D2_PEDIDO for r in rows if r.D2_PEDIDO}) if direction == OUTGOING else []
    if numbers:
        orders = {o.C5_NUM: o for o in session.scalars(select(SC5).where(SC5.C5_NUM.in_(numbers)))}
        order_items = {(i.C6_NUM, i.C6_ITEM, i.C6_PRODUTO): i
                       for i in session.scalars(select(SC6).where(SC6.C6_NUM.in_(numbers)))}
    items = []
    for row in rows:
        item = InvoiceItem(row, names.get(getattr(row, f"{prefix}_COD"), ""))
        if direction == OUTGOING and row.D2_PEDIDO:
            item.order = orders.get(row.D2_PEDIDO)
            item.order_item = order_items.get((row.D2_PEDIDO, row.D2_ITEMPV, row.D2_COD))
        items.append(item)
    return items


def is_customer(customer_or_supplier) -> bool:
    """CUSTOMERORSUPPLIER ``1``: the id is a customer's. A customer portal user only ever has
    customers; a supplier's documents are nobody's here."""
    return customer_or_supplier is not None and int(customer_or_supplier) == CUSTOMER
