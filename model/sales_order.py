"""Sales orders (SC5 header, SC6 items) placed through the portal: validation, pricing, totals,
the order number, changes and deletion while the order is in portfolio.

The header and items come in as ``{column: value}`` (SC5/SC6 column names; blank or None means
"not sent"), and go out the same way, so the SOAP layer only renames fields. Nothing is written
unless the whole order is valid: every check runs before the first row is added.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import query
from model.access import Customer
from model.columns import Date as DateColumn, Text
from model.database import insert_rows, soft_delete, soft_delete_where, update_rows
from model.errors import NotFound, PortalError
from model.numbering import next_number
from model.order_items import (ZERO, ItemInput, PricedItem, Terms, currency, document_customer, payment_plan,
                               percentage, price_items, price_list, shown)
from model.tables import SA1, SA3, SA4, SC5, SC6, SC9
from model.validation import check_width

NORMAL = "N"  # C5_TIPO: the only order type a customer places
FREIGHT_TYPES = ("C", "F", "T", "S")  # CIF, FOB, third party, none
ORIGIN = "PORTAL"  # C5_ORIGEM of orders placed through the portal
HEADER_DISCOUNTS = ("C5_DESC1", "C5_DESC2", "C5_DESC3", "C5_DESC4")

# Header columns taken as the client sends them (text width-checked, numbers not negative).
HEADER_AS_SENT = ("C5_DESPESA", "C5_REAJUST", "C5_TPLIB", "C5_BANCO", "C5_NUMLIC", "C5_DESCFI", "C5_ACRSFIN",
                  "C5_FRETE", "C5_INDPRES", "C5_VALINDE", "C5_FRETAUT", "C5_SEGURO", "C5_MENNOTA", "C5_MENPAD",
                  "C5_INCISS", "C5_ESPECI1", "C5_VOLUME1", "C5_ESPECI2", "C5_VOLUME2")
ITEM_AS_SENT = ("C6_OPER", "C6_LOCALIZ", "C6_LOTECTL", "C6_NUMLOTE", "C6_PEDCLI", "C6_NFORI", "C6_ITEMORI",
                "C6_SERIORI", "C6_CODFAB", "C6_LOJAFA", "C6_NUMSERI")
# The contract's mapping of SALESORDERVIEW to SC5/SC6 (wire field -> column); the SOAP layer
# renames with it and faults name the wire field from it.
HEADER_FIELDS = {
    "ORDERID": "C5_NUM", "CUSTOMERCODE": "C5_CLIENTE", "CUSTOMERUNIT": "C5_LOJACLI",
    "ADDITIONALEXPENSEVALUE": "C5_DESPESA", "ADJUSTMENTTYPE": "C5_REAJUST", "APROBATIONTYPE": "C5_TPLIB",
    "BANKCODE": "C5_BANCO", "BIDNUMBER": "C5_NUMLIC", "CARRIERCODE": "C5_TRANSP", "CUSTOMERTYPE": "C5_TIPOCLI",
    "DELIVERYCUSTOMER": "C5_CLIENT", "DELIVERYUNITCODE": "C5_LOJAENT", "DISCOUNT1": "C5_DESC1",
    "DISCOUNT2": "C5_DESC2", "DISCOUNT3": "C5_DESC3", "DISCOUNT4": "C5_DESC4", "FINANCIALDISCOUNT": "C5_DESCFI",
    "FINANCIALINCREASE": "C5_ACRSFIN", "FREIGHTTYPE": "C5_TPFRETE", "FREIGHTVALUE": "C5_FRETE",
    "GROSSWEIGHT": "C5_PBRUTO", "NETWEIGHT": "C5_PESOL", "INDEMNITYPERCENTAGE": "C5_INDPRES",
    "INDEMNITYVALUE": "C5_VALINDE", "INDEPENDENTFREIGHT": "C5_FRETAUT", "INSURANCEVALUE": "C5_SEGURO",
    "INVOICEMESSAGE": "C5_MENNOTA", "STANDARDMESSAGE1": "C5_MENPAD", "ORDERTYPECODE": "C5_TIPO",
    "PAYMENTPLANCODE": "C5_CONDPAG", "PRICELISTCODE": "C5_TABELA", "PRICEWITHSERVICETAX": "C5_INCISS",
    "REDELIVERYCARRIERCODE": "C5_REDESP", "REGISTERDATE": "C5_EMISSAO", "SALESORDERCURRENCY": "C5_MOEDA",
}
ITEM_FIELDS = {
    "ORDERITEM": "C6_ITEM", "PRODUCTID": "C6_PRODUTO", "QUANTITY": "C6_QTDVEN", "ITEMOUTFLOWTYPE": "C6_TES",
    "NETUNITPRICE": "C6_PRCVEN", "NETTOTAL": "C6_VALOR", "UNITLISTPRICE": "C6_PRUNIT",
    "DISCOUNTPERCENTAGE": "C6_DESCONT", "ITEMDISCOUNTVALUE": "C6_VALDESC", "OPERATIONTYPE": "C6_OPER",
    "FISCALOPERATION": "C6_CF", "WAREHOUSE": "C6_LOCAL", "LOCATION": "C6_LOCALIZ", "LOTNUMBER": "C6_LOTECTL",
    "SUBLOT": "C6_NUMLOTE", "DELIVERYDATE": "C6_ENTREG", "CUSTOMERORDERNUMBER": "C6_PEDCLI",
    "QUANTITYAPPROVED": "C6_QTDLIB", "QUANTITYDELIVERED": "C6_QTDENT", "QUANTITYRELEASEDSECONDUNIT": "C6_QTDLIB2",
    "SECONDMEASUREUNITQUANTITY": "C6_UNSVEN", "SECONDUNITOFMEASURE": "C6_SEGUM", "UNITOFMEASURE": "C6_UM",
    "ORIGINALINVOICE": "C6_NFORI", "ORIGINALINVOICEITEM": "C6_ITEMORI", "ORIGINALINVOICESERIALID": "C6_SERIORI",
    "MANUFACTURERCODE": "C6_CODFAB", "MANUFACTURERUNIT": "C6_LOJAFA", "PRODUCTDESCRIPTION": "C6_DESCRI",
    "PRODUCTSERIALNUMBER": "C6_NUMSERI", "POID": "C6_NUMOP", "POITEM": "C6_ITEMOP", "POGRADEITEM": "C6_GRADE",
    "POSEQUENCE": "C6_SEQUEN",
}
WIRE_NAME = {column: name for fields in (HEADER_FIELDS, ITEM_FIELDS) for name, column in fields.items()}
WIRE_NAME.update({c: "PACKAGESVOLUMES" for c in ("C5_ESPECI1", "C5_VOLUME1", "C5_ESPECI2", "C5_VOLUME2")})
ORDER_COLUMNS = query.columns_of(SC5)


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
        column_type = attribute.property.columns[0].type
        row[name] = None if isinstance(column_type, DateColumn) else ("" if isinstance(column_type, Text) else ZERO)
    return row


def _text(header: dict, column: str) -> str:
    value = header.get(column)
    return value.strip() if isinstance(value, str) else ""


def volumes_columns(volumes: list[tuple[str, Decimal]]) -> dict:
    """PACKAGESVOLUMES (species, count) -> C5_ESPECIn / C5_VOLUMEn; Protheus keeps two."""
    if len(volumes) > 2:
        raise PortalError("bad_value", field="PACKAGESVOLUMES", value=len(volumes))
    columns = {}
    for n, (species, count) in enumerate(volumes, start=1):
        columns[f"C5_ESPECI{n}"] = species or ""
        columns[f"C5_VOLUME{n}"] = (count or ZERO).to_integral_value(ROUND_CEILING)
    return columns


def build_order(session: Session, customer: Customer, header: dict, items: list[ItemInput], day: dt.date,
                number: str = "") -> Order:
    """Validate and compute an order for ``customer`` issued on ``day``; writes nothing.

    Raises a PortalError naming the first field that is wrong."""
    buyer = document_customer(session, customer, _text(header, "C5_CLIENTE"), _text(header, "C5_LOJACLI"))
    order_type = _text(header, "C5_TIPO") or NORMAL
    if order_type != NORMAL:
        raise PortalError("bad_value", field="ORDERTYPECODE", value=order_type)
    delivery_customer = _text(header, "C5_CLIENT") or buyer.A1_COD
    delivery_store = _text(header, "C5_LOJAENT") or buyer.A1_LOJA
    if delivery_customer != buyer.A1_COD:
        raise PortalError("invalid_customer")
    if delivery_store != buyer.A1_LOJA and session.scalars(select(SA1.R_E_C_N_O_).where(
            SA1.A1_COD == delivery_customer, SA1.A1_LOJA == delivery_store)).first() is None:
        raise NotFound("customer_not_registered")
    plan = payment_plan(session, _text(header, "C5_CONDPAG"), buyer)
    table = price_list(session, _text(header, "C5_TABELA"), buyer, day)
    carriers = {"CARRIERCODE": _text(header, "C5_TRANSP") or buyer.A1_TRANSP,
                "REDELIVERYCARRIERCODE": _text(header, "C5_REDESP")}
    wanted = sorted({code for code in carriers.values() if code})
    known = set(session.scalars(select(SA4.A4_COD).where(SA4.A4_COD.in_(wanted)))) if wanted else set()
    for field_name, code in carriers.items():
        if code and code not in known:
            raise PortalError("unknown_code", field=field_name, value=code)
    freight_type = _text(header, "C5_TPFRETE") or "C"
    if freight_type not in FREIGHT_TYPES:
        raise PortalError("bad_value", field="FREIGHTTYPE", value=freight_type)
    money_code = currency(header.get("C5_MOEDA"), "SALESORDERCURRENCY")
    discounts = tuple(percentage(header.get(c), f"DISCOUNT{c[-1]}") for c in HEADER_DISCOUNTS)

    sent = {}
    for column_name in HEADER_AS_SENT:
        column, value = HEADER_COLUMNS_BY_NAME[column_name], header.get(column_name)
        if isinstance(value, Decimal):
            if value < 0:
                raise PortalError("bad_value", field=WIRE_NAME[column_name], value=shown(value))
            sent[column_name] = value
        elif value:
            sent[column_name] = check_width(str(value), column.type.length, WIRE_NAME[column_name])

    priced = price_items(session, items, Terms(table, money_code, discounts, day))
    seller = session.scalars(select(SA3).where(SA3.A3_COD == buyer.A1_VEND)).first() if buyer.A1_VEND else None
    commission = seller.A3_COMIS if seller else ZERO

    order = blank_row(SC5)
    order.update({
        "C5_NUM": number, "C5_TIPO": NORMAL, "C5_CLIENTE": buyer.A1_COD, "C5_LOJACLI": buyer.A1_LOJA,
        "C5_CLIENT": delivery_customer, "C5_LOJAENT": delivery_store, "C5_TIPOCLI": buyer.A1_TIPO,
        "C5_TRANSP": carriers["CARRIERCODE"], "C5_REDESP": carriers["REDELIVERYCARRIERCODE"],
        "C5_CONDPAG": plan, "C5_TABELA": table, "C5_VEND1": seller.A3_COD if seller else "",
        "C5_COMIS1": commission, "C5_EMISSAO": day, "C5_TPFRETE": freight_type, "C5_MOEDA": Decimal(money_code),
        "C5_PESOL": sum((i.quantity * i.product.B1_PESO for i in priced), ZERO),
        "C5_PBRUTO": sum((i.quantity * i.product.B1_PESBRU for i in priced), ZERO),
        "C5_LIBEROK": "", "C5_NOTA": "", "C5_SERIE": "", "C5_ORIGEM": ORIGIN,
        **dict(zip(HEADER_DISCOUNTS, discounts)),
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
        "C6_LOCAL": item.warehouse, "C6_ENTREG": item.delivery, "C6_QTDLIB": ZERO, "C6_QTDLIB2": ZERO,
        "C6_QTDENT": ZERO, "C6_COMIS1": commission, "C6_CLI": buyer.A1_COD, "C6_LOJA": buyer.A1_LOJA,
    })
    for column_name in ITEM_AS_SENT:
        value = item.extra.get(column_name)
        if value:
            row[column_name] = check_width(str(value), ITEM_COLUMNS_BY_NAME[column_name].type.length,
                                           WIRE_NAME[column_name])
    return row


def second_unit_quantity(product, quantity: Decimal) -> Decimal:
    """The quantity in the second unit of measure: quantity / units per package (B1_QE)."""
    if not product.B1_SEGUM or not product.B1_QE:
        return ZERO
    return (quantity / product.B1_QE).quantize(Decimal("0.01"))


HEADER_COLUMNS_BY_NAME = {c.name: c for c in SC5.__table__.columns}
ITEM_COLUMNS_BY_NAME = {c.name: c for c in SC6.__table__.columns}


# --- reading ---------------------------------------------------------------------------------


def find_order(session: Session, customer: Customer, number: str, *, lock: bool = False) -> SC5:
    """The customer's order ``number``; another customer's order is not found either."""
    stmt = select(SC5).where(SC5.C5_NUM == (number or "").strip(), SC5.C5_CLIENTE == customer.code,
                             SC5.C5_LOJACLI == customer.store)
    order = session.scalars(stmt.with_for_update() if lock else stmt).first()
    if order is None:
        raise NotFound("order_not_found")
    return order


def items_of(session: Session, number: str) -> list[SC6]:
    return list(session.scalars(select(SC6).where(SC6.C6_NUM == number).order_by(SC6.C6_ITEM)))


def get_order(session: Session, customer: Customer, number: str) -> Order:
    order = find_order(session, customer, number)
    return Order(order, items_of(session, order.C5_NUM))


def browse_orders(session: Session, customer: Customer, paginate, *, date_from=None, date_to=None,
                  bid_from=None, bid_to=None, number_prefix=None, queryaddwhere=None, indexkey=None) -> list[SC5]:
    """The customer's order headers, filtered, ordered by INDEXKEY (default C5_NUM) and paged."""
    stmt = select(SC5).where(SC5.C5_CLIENTE == customer.code, SC5.C5_LOJACLI == customer.store)
    stmt = query.date_range(stmt, SC5.C5_EMISSAO, date_from, date_to, "REGISTERDATEFROM")
    if bid_from:
        stmt = stmt.where(SC5.C5_NUMLIC >= bid_from)
    if bid_to:
        stmt = stmt.where(SC5.C5_NUMLIC <= bid_to)
    if number_prefix:
        stmt = stmt.where(SC5.C5_NUM.like(number_prefix.replace("%", "").replace("_", "") + "%"))
    stmt = query.where(stmt, queryaddwhere, ORDER_COLUMNS)
    stmt = query.order_by(stmt, indexkey, ORDER_COLUMNS, [SC5.C5_NUM], tiebreak=SC5.R_E_C_N_O_)
    return list(session.scalars(paginate(stmt)))


# --- may this order still change? ------------------------------------------------------------


def ensure_in_portfolio(session: Session, order: SC5, items: list[SC6]) -> None:
    """An order may change or be deleted only while it is in portfolio: no item released (SC9),
    delivered or invoiced. This is the one place that decides it."""
    released = session.scalars(select(SC9.R_E_C_N_O_).where(SC9.C9_PEDIDO == order.C5_NUM)).first()
    if released is not None or order.C5_NOTA or any(i.C6_QTDENT or i.C6_QTDLIB or i.C6_NOTA for i in items):
        raise PortalError("order_not_in_portfolio", order=order.C5_NUM)


# --- writing ---------------------------------------------------------------------------------


def put_order(session: Session, customer: Customer, header: dict, items: list[ItemInput], day: dt.date) -> str:
    """PUTSALESORDER: a new order (no C5_NUM) or a change of one in portfolio; the order number."""
    number = _text(header, "C5_NUM")
    if not number:
        computed = build_order(session, customer, header, items, day)
        number = next_number(session, "SC5", 6)
        session.add(SC5(**{**computed.header, "C5_NUM": number}))
        insert_rows(session, SC6, [{**row, "C6_NUM": number} for row in computed.items])
        return number
    order = find_order(session, customer, number, lock=True)
    stored = items_of(session, number)
    ensure_in_portfolio(session, order, stored)
    computed = build_order(session, customer, header, items, order.C5_EMISSAO, number)
    keep = {"C5_NUM", "C5_EMISSAO", "C5_ORIGEM"}
    for column_name, value in computed.header.items():
        if column_name not in keep:
            setattr(order, column_name, value)
    # items: the same item number is changed in place, new ones added, missing ones deleted;
    # one statement each, whatever the number of items
    by_item = {row.C6_ITEM: row.R_E_C_N_O_ for row in stored}
    sent = {row["C6_ITEM"] for row in computed.items}
    update_rows(session, SC6, [{**row, "R_E_C_N_O_": by_item[row["C6_ITEM"]]}
                               for row in computed.items if row["C6_ITEM"] in by_item])
    insert_rows(session, SC6, [row for row in computed.items if row["C6_ITEM"] not in by_item])
    gone = [recno for item, recno in by_item.items() if item not in sent]
    if gone:
        soft_delete_where(session, SC6, SC6.R_E_C_N_O_.in_(gone))
    return number


def calc_order(session: Session, customer: Customer, header: dict, items: list[ItemInput], day: dt.date) -> Order:
    """CALCSALESORDER: what PUTSALESORDER would store, computed and checked alike, writing nothing.
    With an ORDERID it must be one of the customer's orders, priced on its issue date."""
    number = _text(header, "C5_NUM")
    if number:
        day = find_order(session, customer, number).C5_EMISSAO or day
    return build_order(session, customer, header, items, day, number)


def delete_order(session: Session, customer: Customer, number: str) -> None:
    """DELSALESORDER: mark the order and its items deleted, only while in portfolio."""
    order = find_order(session, customer, number, lock=True)
    items = items_of(session, order.C5_NUM)
    ensure_in_portfolio(session, order, items)
    for row in (order, *items):
        soft_delete(row)
