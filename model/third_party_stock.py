"""Third parties' stock as a customer sees it (MTCUSTOMERPRODUCT): its own material in our hands
(GETEXTERNALINVENTORY), and the remittances between us with the returns against them and the
documents that moved them (BRWEXTERNALINVOICE).

SB6 keeps each remittance (B6_PODER3 'R', its open balance in B6_SALDO) and each return against
it (B6_PODER3 'D', the same B6_IDENT). B6_TIPO says whose the stock is: 'D' the customer's with us
(it came with the customer's document, an SF1 entry, and goes back with ours, an SF2), 'E' ours
with the customer (out with ours, back with the customer's). Only the movements between us and
the customer asked for are read: another customer's material never shows.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import currencies, query
from model.access import Customer
from model.errors import PortalError
from model.inventory import OURS_OUT, REMITTANCE, RETURN, THEIRS_IN, with_customer
from model.tables import SA1, SA4, SA7, SB6, SF1, SF2

KINDS = (OURS_OUT, THEIRS_IN)  # TYPEOFMOVEMENT: B6_TIPO
OPEN, CLOSED = "OPEN", "CLOSE"
ZERO = Decimal(0)
MOVEMENT_COLUMNS = query.columns_of(SB6)


@dataclass(frozen=True)
class Party:
    """Who sends or receives a document: a code and a name."""

    code: str
    name: str


@dataclass(frozen=True)
class DocumentHeader:
    """The header of a document that moved third parties' stock: an entry (SF1, the
    customer's) or an outflow (SF2, ours)."""

    entry: bool
    kind: str  # F1_TIPO / F2_TIPO
    series: str
    number: str
    issued: dt.date | None
    registered: dt.date | None  # entered (SF1) or issued (SF2)
    delivered: dt.date | None
    total: Decimal
    expenses: Decimal
    insurance: Decimal
    freight: Decimal
    sender: Party
    recipient: Party
    carrier: Party | None = None
    packages: tuple[tuple[str, Decimal], ...] = ()  # (kind, volumes)

    @property
    def invoice_type(self) -> str:
        """``E/<type>`` for an entry, ``S/<type>`` for an outflow, as Protheus writes it."""
        return ("E/" if self.entry else "S/") + self.kind


@dataclass(frozen=True)
class ExternalBalance:
    """What is still held of one product in one warehouse, and the documents behind it."""

    product: str
    warehouse: str
    quantity: Decimal
    cost: Decimal
    currency: int
    currency_symbol: str
    received: list[DocumentHeader] = field(default_factory=list)  # remittances still open
    returned: list[DocumentHeader] = field(default_factory=list)  # returns against them


@dataclass(frozen=True)
class ExternalInvoice:
    """A remittance and the returns against it; open while some is still out."""

    shipment: DocumentHeader
    returns: list[DocumentHeader]
    status: str


def _is_entry(movement: SB6) -> bool:
    """Whether the movement's document is an entry of ours (the customer's document): the
    customer's material coming in, or ours coming back."""
    return (movement.B6_TIPO == THEIRS_IN) == (movement.B6_PODER3 == REMITTANCE)


def _movements(customer: Customer):
    return with_customer(select(SB6), customer)


def _returns_of(session: Session, customer: Customer, remittances: list[SB6], up_to: dt.date | None = None) -> dict:
    """(B6_IDENT, product) -> the return movements against ``remittances`` (up to a day), in one
    query."""
    found: dict[tuple[str, str], list[SB6]] = defaultdict(list)
    if not remittances:
        return found
    stmt = _movements(customer).where(SB6.B6_PODER3 == RETURN,
                                      SB6.B6_IDENT.in_(sorted({r.B6_IDENT for r in remittances})),
                                      SB6.B6_PRODUTO.in_(sorted({r.B6_PRODUTO for r in remittances})))
    if up_to:
        stmt = stmt.where(SB6.B6_EMISSAO <= up_to)
    for movement in session.scalars(stmt.order_by(SB6.B6_EMISSAO, SB6.R_E_C_N_O_)):
        found[(movement.B6_IDENT, movement.B6_PRODUTO)].append(movement)
    return found


def _against(returns: dict, remittance: SB6) -> list[SB6]:
    return returns.get((remittance.B6_IDENT, remittance.B6_PRODUTO), [])


def headers(session: Session, customer: Customer, ourselves: Party, movements: list[SB6]) -> dict:
    """(entry, number, series) -> the DocumentHeader of each movement's document: three queries
    (the customer's entries, our outflows with their carriers, the customer's name) whatever
    their number. A movement whose document is missing has no header."""
    found: dict[tuple[bool, str, str], DocumentHeader] = {}
    if not movements:
        return found
    entries = sorted({m.B6_DOC for m in movements if _is_entry(m)})
    outflows = sorted({m.B6_DOC for m in movements if not _is_entry(m)})
    name = session.scalars(select(SA1.A1_NOME).where(SA1.A1_COD == customer.code,
                                                     SA1.A1_LOJA == customer.store)).first() or ""
    them = Party(customer.id, name)
    if entries:
        for doc in session.scalars(select(SF1).where(SF1.F1_DOC.in_(entries), SF1.F1_FORNECE == customer.code,
                                                     SF1.F1_LOJA == customer.store)):
            found[(True, doc.F1_DOC, doc.F1_SERIE)] = DocumentHeader(
                True, doc.F1_TIPO, doc.F1_SERIE, doc.F1_DOC, doc.F1_EMISSAO, doc.F1_DTDIGIT, doc.F1_DTDIGIT,
                doc.F1_VALBRUT, doc.F1_DESPESA, doc.F1_SEGURO, doc.F1_FRETE, sender=them, recipient=ourselves)
    if outflows:
        for doc, carrier in session.execute(
                select(SF2, SA4.A4_NOME).outerjoin(SA4, SA4.A4_COD == SF2.F2_TRANSP)
                .where(SF2.F2_DOC.in_(outflows), SF2.F2_CLIENTE == customer.code, SF2.F2_LOJA == customer.store)):
            found[(False, doc.F2_DOC, doc.F2_SERIE)] = DocumentHeader(
                False, doc.F2_TIPO, doc.F2_SERIE, doc.F2_DOC, doc.F2_EMISSAO, doc.F2_EMISSAO,
                doc.F2_DTENTR or doc.F2_EMISSAO, doc.F2_VALBRUT, doc.F2_DESPESA, doc.F2_SEGURO, doc.F2_FRETE,
                sender=ourselves, recipient=them,
                carrier=Party(doc.F2_TRANSP, carrier or "") if doc.F2_TRANSP else None,
                packages=((doc.F2_ESPECI1, doc.F2_VOLUME1),) if doc.F2_ESPECI1 else ())
    return found


def _header_of(found: dict, movement: SB6) -> DocumentHeader | None:
    return found.get((_is_entry(movement), movement.B6_DOC, movement.B6_SERIE))


def _present(documents) -> list[DocumentHeader]:
    """The headers found, each document once, in the order of the movements."""
    seen, listed = set(), []
    for header in documents:
        if header is not None and (header.entry, header.number, header.series) not in seen:
            seen.add((header.entry, header.number, header.series))
            listed.append(header)
    return listed


def external_inventory(session: Session, customer: Customer, products: list[str],
                       ourselves: Party) -> list[ExternalBalance]:
    """GETEXTERNALINVENTORY: per product of the customer's catalog and warehouse, what is still
    in our hands of the customer's own material (B6_TIPO 'D', remittances with an open
    balance), valued at their unit prices; the documents that brought it and those that took
    some back. A product the customer's catalog does not have has none."""
    held = list(session.scalars(
        _movements(customer).join(SA7, (SA7.A7_PRODUTO == SB6.B6_PRODUTO) & (SA7.A7_CLIENTE == customer.code)
                                  & (SA7.A7_LOJA == customer.store))
        .where(SB6.B6_PRODUTO.in_(products), SB6.B6_TIPO == THEIRS_IN, SB6.B6_PODER3 == REMITTANCE,
               SB6.B6_SALDO > 0)
        .order_by(SB6.B6_PRODUTO, SB6.B6_LOCAL, SB6.B6_EMISSAO, SB6.R_E_C_N_O_)))
    if not held:
        return []
    returns = _returns_of(session, customer, held)
    found = headers(session, customer, ourselves, held + [r for rows in returns.values() for r in rows])
    symbol = currencies.symbols(session).get(currencies.LOCAL, "")
    by_place: dict[tuple[str, str], list[SB6]] = defaultdict(list)
    for remittance in held:
        by_place[(remittance.B6_PRODUTO, remittance.B6_LOCAL)].append(remittance)
    return [
        ExternalBalance(
            product, warehouse, sum((r.B6_SALDO for r in rows), ZERO),
            sum((r.B6_SALDO * r.B6_PRUNIT for r in rows), ZERO).quantize(Decimal("0.01")), currencies.LOCAL, symbol,
            received=_present(_header_of(found, r) for r in rows),
            returned=_present(_header_of(found, m) for r in rows for m in _against(returns, r)))
        for (product, warehouse), rows in by_place.items()]


def external_invoices(session: Session, customer: Customer, product: str, kind: str | None,
                      date_from: dt.date | None, date_to: dt.date | None, queryaddwhere: str | None, paginate,
                      ourselves: Party) -> list[ExternalInvoice]:
    """BRWEXTERNALINVOICE: the remittances of ``product`` of one kind (TYPEOFMOVEMENT, B6_TIPO:
    'E' ours to the customer, 'D' the customer's to us) issued in the period, by date, each with
    its document, the returns against it up to the period's end, and whether some is still out
    then. QUERYADDWHERE filters the remittances (SB6's columns)."""
    kind = (kind or "").strip().upper()
    if not kind:
        raise PortalError("required", field="TYPEOFMOVEMENT")
    if kind not in KINDS:
        raise PortalError("bad_value", field="TYPEOFMOVEMENT", value=kind)
    stmt = _movements(customer).where(SB6.B6_PRODUTO == product, SB6.B6_TIPO == kind, SB6.B6_PODER3 == REMITTANCE)
    stmt = query.date_range(stmt, SB6.B6_EMISSAO, date_from, date_to, "REGISTERDATEFROM")
    stmt = query.where(stmt, queryaddwhere, MOVEMENT_COLUMNS).order_by(SB6.B6_EMISSAO, SB6.B6_DOC, SB6.R_E_C_N_O_)
    remittances = list(session.scalars(paginate(stmt)))
    returns = _returns_of(session, customer, remittances, date_to)
    found = headers(session, customer, ourselves, remittances + [r for rows in returns.values() for r in rows])
    listed = []
    for remittance in remittances:
        shipment = _header_of(found, remittance)
        if shipment is None:
            continue
        back = _against(returns, remittance)
        still_out = remittance.B6_QUANT - sum((r.B6_QUANT for r in back), ZERO)
        listed.append(ExternalInvoice(shipment, _present(_header_of(found, r) for r in back),
                                      OPEN if still_out > 0 else CLOSED))
    return listed
