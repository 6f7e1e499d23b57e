"""What every commercial document with a header and items shares: sales orders (SC5/SC6), quotes
(SCJ/SCK), outgoing invoices (SF2/SD2) and the documents the customer sends us, its returns
(SF1/SD1). One place finds a customer's document by its number (another customer's is not found
either), reads its items, and writes a changed list of items.

The model names fields by their columns; the SOAP layer words faults with its wire names.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import and_, bindparam, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from model.access import Customer
from model.database import insert_rows, live, records, soft_delete_where, update_rows
from model.errors import NotFound, PortalError
from model.tables import SC5, SC6, SCJ, SCK, SD1, SD2, SF1, SF2

LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE for a row lock taken NOWAIT that another transaction holds


@dataclass(frozen=True)
class DocumentKind:
    """Where one kind of document lives: its tables and the columns that tie them."""

    header: type
    item: type
    number: str  # header column of the document number
    customer: tuple[str, str]  # header columns of customer code and store
    item_number: str  # item column of the document number
    item_key: str  # item column of the item number
    not_found: str  # the message key when not found (or not the customer's)
    series: tuple[str, str] | None = None  # (header, item) series columns, for invoices
    item_customer: tuple[str, str] | None = None  # item columns of customer code and store, when items name it
    doc_type: tuple[str, str] | None = None  # (header, item) columns of the document's type (F2_TIPO, D2_TIPO)

    def header_column(self, name: str):
        return getattr(self.header, name)

    def item_column(self, name: str):
        return getattr(self.item, name)


ORDER = DocumentKind(SC5, SC6, "C5_NUM", ("C5_CLIENTE", "C5_LOJACLI"), "C6_NUM", "C6_ITEM", "order_not_found")
QUOTE = DocumentKind(SCJ, SCK, "CJ_NUM", ("CJ_CLIENTE", "CJ_LOJA"), "CK_NUM", "CK_ITEM", "budget_not_found")
INVOICE = DocumentKind(SF2, SD2, "F2_DOC", ("F2_CLIENTE", "F2_LOJA"), "D2_DOC", "D2_ITEM", "invoice_not_found",
                       series=("F2_SERIE", "D2_SERIE"), item_customer=("D2_CLIENTE", "D2_LOJA"),
                       doc_type=("F2_TIPO", "D2_TIPO"))
# what the customer sends us (its returns): an incoming document whose supplier is the customer
INCOMING = DocumentKind(SF1, SD1, "F1_DOC", ("F1_FORNECE", "F1_LOJA"), "D1_DOC", "D1_ITEM", "invoice_not_found",
                        series=("F1_SERIE", "D1_SERIE"), item_customer=("D1_FORNECE", "D1_LOJA"),
                        doc_type=("F1_TIPO", "D1_TIPO"))


def of_customer(kind: DocumentKind, customer: Customer):
    """The condition for ``kind``'s headers of ``customer``."""
    code, store = kind.customer
    return (kind.header_column(code) == customer.code) & (kind.header_column(store) == customer.store)


def find(session: Session, kind: DocumentKind, customer: Customer, number: str, *, series: str | None = None,
         lock: bool = False, where=None):
    """The customer's document ``number`` (``where``: a further condition on its header, such as
    the kinds of document the caller may see); another customer's is not found either.

    ``lock``: the header is locked until the transaction ends, as Protheus' RecLock does, so that
    one change of a document runs at a time. A document another transaction holds is not waited
    for: ``Registro en uso por otro usuario`` (PostgreSQL; SQLite runs one writer at a time)."""
    stmt = select(kind.header).where(kind.header_column(kind.number) == (number or "").strip(),
                                     of_customer(kind, customer))
    if kind.series and series is not None:
        stmt = stmt.where(kind.header_column(kind.series[0]) == series.strip())
    if where is not None:
        stmt = stmt.where(where)
    stmt = stmt.order_by(kind.header.R_E_C_N_O_)
    try:
        document = session.scalars(stmt.with_for_update(nowait=True) if lock else stmt).first()
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) == LOCK_NOT_AVAILABLE:
            raise PortalError("record_in_use", number=(number or "").strip()) from None
        raise
    if document is None:
        raise NotFound(kind.not_found)
    return document


def items_of(session: Session, kind: DocumentKind, number: str, series: str | None = None, where=None,
             order_by: tuple[str, ...] | None = None) -> list:
    """The items of document ``number`` in item order (``where``: an extra condition on them;
    ``order_by``: item columns to order by instead)."""
    stmt = select(kind.item).where(kind.item_column(kind.item_number) == number)
    if kind.series and series is not None:
        stmt = stmt.where(kind.item_column(kind.series[1]) == series)
    if where is not None:
        stmt = stmt.where(where)
    order = [kind.item_column(name) for name in (order_by or (kind.item_key,))]
    return list(session.scalars(stmt.order_by(*order, kind.item.R_E_C_N_O_)))


def items_of_document(session: Session, kind: DocumentKind, document, where=None,
                      order_by: tuple[str, ...] | None = None) -> list:
    """The items of a header row: same number and series, and, for the kinds whose items name
    them, the same customer and type of document (a supplier's document may share the number)."""
    conditions = []
    if kind.item_customer:
        for item_column, header_column in zip(kind.item_customer, kind.customer):
            conditions.append(kind.item_column(item_column) == getattr(document, header_column))
    if kind.doc_type:
        conditions.append(kind.item_column(kind.doc_type[1]) == getattr(document, kind.doc_type[0]))
    if where is not None:
        conditions.append(where)
    series = getattr(document, kind.series[0]) if kind.series else None
    return items_of(session, kind, getattr(document, kind.number), series, and_(*conditions) if conditions else None,
                    order_by)


# --- read-only, for answers: plain rows from statements prepared once --------------------------


@cache
def _header_statement(kind: DocumentKind):
    code, store = kind.customer
    return select(*kind.header.__table__.columns).where(
        kind.header_column(kind.number) == bindparam("number"), kind.header_column(code) == bindparam("code"),
        kind.header_column(store) == bindparam("store"), live(kind.header)).limit(1)


@cache
def _items_statement(kind: DocumentKind):
    return select(*kind.item.__table__.columns).where(
        kind.item_column(kind.item_number) == bindparam("number"), live(kind.item)).order_by(
        kind.item_column(kind.item_key), kind.item.R_E_C_N_O_)


def read_document(session: Session, kind: DocumentKind, customer: Customer, number: str):
    """What :func:`find` finds, as a :class:`~model.database.Record` (every header column), for an
    answer that only reads it."""
    found = records(session, _header_statement(kind), number=(number or "").strip(), code=customer.code,
                    store=customer.store)
    if not found:
        raise NotFound(kind.not_found)
    return found[0]


def read_items(session: Session, kind: DocumentKind, number: str, where=None) -> list:
    """What :func:`items_of` reads (``where``: an extra condition), as records."""
    stmt = _items_statement(kind)
    return records(session, stmt if where is None else stmt.where(where), number=number)


def sync_items(session: Session, kind: DocumentKind, stored: list, rows: list[dict]) -> None:
    """Write the new list of items of a changed document: an item number kept is changed in place,
    a new one added, a missing one deleted. One statement each, whatever the number of items."""
    by_item = {getattr(row, kind.item_key): row.R_E_C_N_O_ for row in stored}
    sent = {row[kind.item_key] for row in rows}
    update_rows(session, kind.item, [{**row, "R_E_C_N_O_": by_item[row[kind.item_key]]}
                                     for row in rows if row[kind.item_key] in by_item])
    insert_rows(session, kind.item, [row for row in rows if row[kind.item_key] not in by_item])
    gone = [recno for item, recno in by_item.items() if item not in sent]
    if gone:
        soft_delete_where(session, kind.item, kind.item.R_E_C_N_O_.in_(gone))
