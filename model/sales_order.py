"""Sales orders (SC5 header, SC6 items) placed through the portal: checks, prices and totals, the
order number, changes and deletion while the order is in portfolio, and browsing.

The header comes in as ``{column: value}`` (SC5 columns; blank or None: not sent) and the items as
:class:`model.sales_rules.ItemInput`; orders go out as rows. Nothing is written unless the whole
order is valid: every check runs before the first row is added.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from model import balances, documents, query
from model.access import Customer
from model.columns import Date as DateColumn
from model.columns import Text
from model.database import insert_rows, live, read, records, soft_delete
from model.documents import ORDER
from model.errors import PortalError
from model.numbering import next_number
from model.sales_rules import (
    ZERO,
    HeaderColumns,
    ItemInput,
    PricedItem,
    columns_as_sent,
    document_terms,
    price_items,
    text_of,
)
from model.tables import SA1, SA3, SA4, SC5, SC6, SC9
from model.validation import check_width

NORMAL = "N"  # C5_TIPO: the only order type a customer places
FREIGHT_TYPES = {"C": "C", "F": "F", "T": "T", "R": "R", "D": "D", "S": "S", "CIF": "C", "FOB": "F"}
ORIGIN = "PORTAL"  # C5_ORIGEM of orders placed through the portal
HEADER_DISCOUNTS = ("C5_DESC1", "C5_DESC2", "C5_DESC3", "C5_DESC4")
SELLERS = 5  # C5_VEND1..5
VOLUMES = 4  # C5_ESPECI1..4 / C5_VOLUME1..4
APPROVAL_TYPES = ("1", "2")  # C5_TIPLIB: item by item, the whole order

# Header columns taken as the client sends them (text width-checked, numbers not negative).
HEADER_AS_SENT = ("C5_DESPESA", "C5_REAJUST", "C5_BANCO", "C5_COTACAO", "C5_DESCFI", "C5_ACRSFIN", "C5_FRETE",
                  "C5_DESCONT", "C5_PDESCAB", "C5_FRETAUT", "C5_SEGURO", "C5_MENNOTA", "C5_MENPAD", "C5_INCISS",
                  *(f"C5_ESPECI{n}" for n in range(1, VOLUMES + 1)), *(f"C5_VOLUME{n}" for n in range(1, VOLUMES + 1)))
VOLUME_COLUMNS = tuple(f"C5_VOLUME{n}" for n in range(1, VOLUMES + 1))  # whole packages
ORDER_TERMS = HeaderColumns("C5_CLIENTE", "C5_LOJACLI", "C5_CLIENT", "C5_LOJAENT", "C5_CONDPAG", "C5_TABELA", "C5_MOEDA",
                            HEADER_DISCOUNTS)
ITEM_AS_SENT = ("C6_LOCALIZ", "C6_LOTECTL", "C6_NUMLOTE", "C6_PEDCLI", "C6_NFORI", "C6_ITEMORI", "C6_SERIORI",
                "C6_CODFAB", "C6_LOJAFA", "C6_NUMSERI")
ORDER_COLUMNS = query.browse_columns(SC5)
ITEM_COLUMNS = query.columns_of(SC6)
RELEASE_COLUMNS = query.columns_of(SC5, SC9)


@dataclass
class Order:
    """A computed or stored order: header and items as ``{column: value}`` or rows."""

    header: dict | SC5
    items: list


# --- the rules -------------------------------------------------------------------------------


def blank_row(table) -> dict:
    """Every own column of ``table`` blank as Protheus keeps it: '' text, 0 numbers, no date."""
    row = {}
    for name, attribute in query.columns_of(table).items():
        if "." in name:
            continue
        column_type = attribute.property.columns[0].type
        row[name] = None if isinstance(column_type, DateColumn) else ("" if isinstance(column_type, Text) else ZERO)
    return row



def freight_type(value: str) -> str:
    """C5_TPFRETE from what a client sends: the letter, or CIF / FOB as Protheus answers them."""
    code = FREIGHT_TYPES.get((value or "C").strip().upper())
    if code is None:
        raise PortalError("bad_value", field="C5_TPFRETE", value=value)
    return code


def freight_text(code: str) -> str:
    """FREIGHTTYPE as Protheus answers it: CIF for C, FOB for any other type, blank for none."""
    return "" if not code else ("CIF" if code == "C" else "FOB")


def build_order(session: Session, customer: Customer, header: dict, items: list[ItemInput], day: dt.date,
                number: str = "", reprice: bool = False, rate_day: dt.date | None = None) -> Order:
    """Check and compute an order for ``customer`` issued on ``day``; writes nothing.

    ``reprice``: the portal asks for the prices again (what the client sent as prices is not used).
    Raises a PortalError naming the first field that is wrong."""
    order_type = text_of(header, "C5_TIPO") or NORMAL
    if order_type != NORMAL:
        raise PortalError("bad_value", field="C5_TIPO", value=order_type)
    shared = document_terms(session, customer, header, ORDER_TERMS, day)
    buyer = shared.buyer
    carriers = {"C5_TRANSP": text_of(header, "C5_TRANSP") or buyer.A1_TRANSP, "C5_REDESP": text_of(header, "C5_REDESP")}
    wanted = sorted({code for code in carriers.values() if code})
    known = set(session.scalars(select(SA4.A4_COD).where(SA4.A4_COD.in_(wanted)))) if wanted else set()
    for column, code in carriers.items():
        if code and code not in known:
            raise PortalError("unknown_code", field=column, value=code)
    freight = freight_type(text_of(header, "C5_TPFRETE"))
    approval = text_of(header, "C5_TIPLIB") or "1"
    if approval not in APPROVAL_TYPES:
        raise PortalError("bad_value", field="C5_TIPLIB", value=approval)
    sent = columns_as_sent(header, HEADER_AS_SENT, SC5, whole=VOLUME_COLUMNS)

    priced = price_items(session, items, shared.pricing(session, day, reprice, rate_day))
    seller = session.scalars(select(SA3).where(SA3.A3_COD == buyer.A1_VEND)).first() if buyer.A1_VEND else None
    commission = seller.A3_COMIS if seller else ZERO

    order = blank_row(SC5)
    order.update({
        "C5_NUM": number, "C5_TIPO": NORMAL, "C5_CLIENTE": buyer.A1_COD, "C5_LOJACLI": buyer.A1_LOJA,
        "C5_CLIENT": shared.delivery_customer, "C5_LOJAENT": shared.delivery_store, "C5_TIPOCLI": buyer.A1_TIPO,
        "C5_TRANSP": carriers["C5_TRANSP"], "C5_REDESP": carriers["C5_REDESP"], "C5_CONDPAG": shared.plan,
        "C5_TABELA": shared.price_list, "C5_VEND1": seller.A3_COD if seller else "", "C5_COMIS1": commission,
        "C5_EMISSAO": day, "C5_TPFRETE": freight, "C5_TIPLIB": approval, "C5_MOEDA": Decimal(shared.currency),
        "C5_PESOL": sum((i.quantity * i.product.B1_PESO for i in priced), ZERO),
        "C5_PBRUTO": sum((i.quantity * i.product.B1_PESBRU for i in priced), ZERO),
        "C5_LIBEROK": "", "C5_NOTA": "", "C5_SERIE": "", "C5_ORIGEM": ORIGIN,
        **dict(zip(HEADER_DISCOUNTS, shared.discounts)),
    })
    order.update(sent)
    return Order(order, [_item_columns(number, buyer, i, commission) for i in priced])


def _item_columns(number: str, buyer: SA1, item: PricedItem, commission: Decimal) -> dict:
    product = item.product
    row = blank_row(SC6)
    row.update({
        "C6_NUM": number, "C6_ITEM": item.item, "C6_PRODUTO": product.B1_COD, "C6_DESCRI": product.B1_DESC,
        "C6_UM": product.B1_UM, "C6_SEGUM": product.B1_SEGUM, "C6_QTDVEN": item.quantity,
        "C6_UNSVEN": second_unit_quantity(product, item.quantity), "C6_PRCVEN": item.net_price,
        "C6_VALOR": item.total, "C6_PRUNIT": item.list_price, "C6_DESCONT": item.discount,
        "C6_VALDESC": item.discount_value, "C6_TES": item.tes.F4_CODIGO, "C6_CF": item.tes.F4_CF,
        "C6_OPER": item.operation, "C6_LOCAL": item.warehouse, "C6_ENTREG": item.delivery,
        "C6_COMIS1": commission, "C6_CLI": buyer.A1_COD, "C6_LOJA": buyer.A1_LOJA,
    })
    for column_name in ITEM_AS_SENT:
        value = item.extra.get(column_name)
        if value:
            row[column_name] = check_width(str(value), ITEM_COLUMNS_BY_NAME[column_name].type.length, column_name)
    return row


def second_unit_quantity(product, quantity: Decimal) -> Decimal:
    """The quantity in the second unit of measure: quantity / units per package (B1_QE)."""
    if not product.B1_SEGUM or not product.B1_QE:
        return ZERO
    return (quantity / product.B1_QE).quantize(Decimal("0.01"))


HEADER_COLUMNS_BY_NAME = {c.name: c for c in SC5.__table__.columns}
ITEM_COLUMNS_BY_NAME = {c.name: c for c in SC6.__table__.columns}


# --- reading ---------------------------------------------------------------------------------


def get_order(session: Session, customer: Customer, number: str, queryaddwhere: str | None = None) -> Order:
    """One of the customer's orders with its items; QUERYADDWHERE filters the items."""
    order = documents.read_document(session, ORDER, customer, number)
    where = query.condition(queryaddwhere, ITEM_COLUMNS)
    return Order(order, documents.read_items(session, ORDER, order.C5_NUM, where=where))


def _filtered(stmt, customer: Customer, date_from, date_to, bid_from, bid_to, queryaddwhere):
    stmt = stmt.where(documents.of_customer(ORDER, customer), live(SC5))
    stmt = query.date_range(stmt, SC5.C5_EMISSAO, date_from, date_to, "REGISTERDATEFROM")
    if (bid_from or "").strip():
        stmt = stmt.where(SC5.C5_COTACAO >= bid_from.strip())
    if (bid_to or "").strip():
        stmt = stmt.where(SC5.C5_COTACAO <= bid_to.strip())
    return query.where(stmt, queryaddwhere, ORDER_COLUMNS)


def _columns(columns: tuple[str, ...] | None) -> list:
    return [SC5.__table__.c[name] for name in columns] if columns else list(SC5.__table__.columns)


@cache
def _prepared_browse(columns: tuple[str, ...] | None, date_from: bool, date_to: bool, bid_from: bool, bid_to: bool):
    """BRWSALESORDER without QUERYADDWHERE nor INDEXKEY, for the filters sent, built once."""
    stmt = select(*_columns(columns)).where(SC5.C5_CLIENTE == bindparam("code"), SC5.C5_LOJACLI == bindparam("store"),
                                            live(SC5))
    for sent, condition in ((date_from, SC5.C5_EMISSAO >= bindparam("date_from")),
                            (date_to, SC5.C5_EMISSAO <= bindparam("date_to")),
                            (bid_from, SC5.C5_COTACAO >= bindparam("bid_from")),
                            (bid_to, SC5.C5_COTACAO <= bindparam("bid_to"))):
        if sent:
            stmt = stmt.where(condition)
    return stmt.order_by(SC5.C5_EMISSAO, SC5.C5_NUM, SC5.R_E_C_N_O_).offset(bindparam("offset")).limit(
        bindparam("limit"))


def browse_orders(session: Session, customer: Customer, window: tuple[int, int], *, date_from=None, date_to=None,
                  bid_from=None, bid_to=None, queryaddwhere=None, indexkey=None, columns=None) -> list:
    """BRWSALESORDER: the customer's orders issued in a period and within a range of bid numbers,
    ordered by INDEXKEY (default: issue date, number), ``window`` (offset, limit) of them; records
    with ``columns`` of SC5 (the names of those an answer shows; every column by default)."""
    offset, limit = window
    if (queryaddwhere or "").strip() or (indexkey or "").strip():
        stmt = _filtered(select(*_columns(columns)), customer, date_from, date_to, bid_from, bid_to, queryaddwhere)
        stmt = query.order_by(stmt, indexkey, ORDER_COLUMNS, [SC5.C5_EMISSAO, SC5.C5_NUM], tiebreak=SC5.R_E_C_N_O_)
        return records(session, stmt.offset(offset).limit(limit))
    query.check_date_range(date_from, date_to, "REGISTERDATEFROM")
    params = {name: value for name, value in (("date_from", date_from), ("date_to", date_to),
                                              ("bid_from", (bid_from or "").strip()), ("bid_to", (bid_to or "").strip()))
              if value}
    statement = _prepared_browse(columns, *(name in params for name in ("date_from", "date_to", "bid_from", "bid_to")))
    return records(session, statement, code=customer.code, store=customer.store, offset=offset, limit=limit, **params)


def count_orders(session: Session, customer: Customer, *, date_from=None, date_to=None, bid_from=None, bid_to=None,
                 queryaddwhere=None) -> int:
    """BRWTOTALSALESORDER: how many orders BRWSALESORDER would list with the same filters."""
    stmt = _filtered(select(func.count(SC5.R_E_C_N_O_)), customer, date_from, date_to, bid_from, bid_to, queryaddwhere)
    return read(session, stmt).scalar()


def browse_bids(session: Session, customer: Customer, paginate, containing: str | None,
                queryaddwhere: str | None = None) -> list[SC5]:
    """BRWIDORDER, the look-up of bid numbers: the customer's orders that carry one (containing
    the text given), by issue date and number."""
    stmt = select(SC5).where(documents.of_customer(ORDER, customer), SC5.C5_COTACAO != "")
    if (containing or "").strip():
        stmt = stmt.where(SC5.C5_COTACAO.like(query.like_pattern(containing.replace("%", "").replace("_", ""))))
    stmt = query.where(stmt, queryaddwhere, ORDER_COLUMNS)
    return list(session.scalars(paginate(stmt.order_by(SC5.C5_EMISSAO, SC5.C5_NUM, SC5.R_E_C_N_O_))))


# --- may this order still change? ------------------------------------------------------------


def ensure_in_portfolio(session: Session, order: SC5, items: list[SC6]) -> None:
    """An order may change or be deleted only while it is in portfolio: no item released (SC9),
    delivered or invoiced. This is the one place that decides it."""
    released = session.scalars(select(SC9.R_E_C_N_O_).where(SC9.C9_PEDIDO == order.C5_NUM)).first()
    if released is not None or order.C5_NOTA or any(i.C6_QTDENT or i.C6_QTDEMP or i.C6_NOTA for i in items):
        raise PortalError("order_not_in_portfolio", order=order.C5_NUM)


# --- writing ---------------------------------------------------------------------------------


def add_order(session: Session, computed: Order, number: str = "") -> str:
    """Write a new order computed by :func:`build_order` (numbered from the sequence unless
    ``number`` is given): its number."""
    number = number or next_number(session, "SC5", 6)
    session.add(SC5(**{**computed.header, "C5_NUM": number}))
    insert_rows(session, SC6, [{**row, "C6_NUM": number} for row in computed.items])
    _placed(session, computed.header, balances.open_lines(computed.items))
    return number


def _placed(session: Session, header, lines: list) -> None:
    """The customer's and the warehouses' balances after an order's open items changed."""
    get = header.get if isinstance(header, dict) else lambda column: getattr(header, column)
    balances.order_placed(session, get("C5_CLIENTE"), get("C5_LOJACLI"), get("C5_MOEDA"), get("C5_EMISSAO"), lines)


def put_order(session: Session, customer: Customer, header: dict, items: list[ItemInput], day: dt.date) -> str:
    """PUTSALESORDER: a new order (no C5_NUM) or a change of one in portfolio (its complete new
    list of items); the order number."""
    number = text_of(header, "C5_NUM")
    if not number:
        return add_order(session, build_order(session, customer, header, items, day))
    order = documents.find(session, ORDER, customer, number, lock=True)
    stored = documents.items_of(session, ORDER, number)
    ensure_in_portfolio(session, order, stored)
    computed = build_order(session, customer, header, items, order.C5_EMISSAO, number, rate_day=day)
    taken_back = balances.open_lines(stored, sign=-1)
    if order.C5_MOEDA != computed.header["C5_MOEDA"]:  # each part in its own currency
        _placed(session, order, taken_back)
        taken_back = []
    keep = {"C5_NUM", "C5_EMISSAO", "C5_ORIGEM", "C5_BLQ"}
    for column_name, value in computed.header.items():
        if column_name not in keep:
            setattr(order, column_name, value)
    documents.sync_items(session, ORDER, stored, computed.items)
    _placed(session, order, taken_back + balances.open_lines(computed.items))
    return number


def simulate_order(session: Session, customer: Customer, header: dict, items: list[ItemInput], day: dt.date,
                   reprice: bool) -> Order:
    """MTSIMULATIONSALESORDER: the order as PUTSALESORDER would store it, computed and checked
    alike, writing nothing. An order number sent must be one of the customer's orders: the
    change is priced on that order's date."""
    number = text_of(header, "C5_NUM")
    issued = documents.find(session, ORDER, customer, number).C5_EMISSAO if number else day
    return build_order(session, customer, header, items, issued or day, number, reprice, rate_day=day)


def delete_order(session: Session, customer: Customer, number: str) -> None:
    """DELSALESORDER: mark the order and its items deleted, only while in portfolio."""
    order = documents.find(session, ORDER, customer, number, lock=True)
    items = documents.items_of(session, ORDER, order.C5_NUM)
    ensure_in_portfolio(session, order, items)
    _placed(session, order, balances.open_lines(items, sign=-1))
    for row in (order, *items):
        soft_delete(row)
