"""The rules a sales order and a quote share, as Protheus applies them when the portal places one
(MATA410 / MATA415): the customer and its terms, and every item checked and priced.

Prices, as MATA410 computes them:

- the list price is the item's when it sends one (and the portal did not ask for a recalculation),
  else the price list's (:func:`model.price_lists.choose`: the product's or its group's item, the
  quantity band, the latest in force), converted from its currency at the day's rate, else the
  product's own price B1_PRV1;
- the header discounts apply in cascade and the result is rounded once, then the item's discount;
- the sales price is the item's when it sends one, else that; the total is quantity x price;
- every figure is rounded to its column's decimals, half up when MV_ARREFAT is ``S`` and
  truncated otherwise (Protheus' A410Arred);
- the discount value (C6_VALDESC) is the item discount's only, against the price after the header
  discounts; a price sent below the list price gives the discount it amounts to.

An item without quantity, sales price, total or TES is Protheus' help A410VZ. Every check runs
before anything is written. Faults name fields by their columns (C6_PRODUTO...): the service words
them with its wire names.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import currencies, parameters, price_lists
from model.access import Customer
from model.errors import NotFound, PortalError
from model.tables import SA1, SB1, SC6, SE4, SF4
from model.validation import check_width

ZERO = Decimal(0)
HUNDRED = Decimal(100)
MAX_ITEMS = 99  # C6_ITEM / CK_ITEM are two digits
OUTFLOW = "S"
BLOCKED = "1"


def decimals_of(column) -> int:
    """The decimals of a numeric column (its SX3 decimals)."""
    return column.property.columns[0].type.scale or 0


PRICE_DECIMALS = decimals_of(SC6.C6_PRCVEN)
TOTAL_DECIMALS = decimals_of(SC6.C6_VALOR)


def a410arred(value: Decimal, decimals: int, rounds: bool) -> Decimal:
    """Protheus' A410Arred: ``value`` to ``decimals`` places, half up when MV_ARREFAT is ``S``,
    truncated otherwise."""
    return value.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP if rounds else ROUND_DOWN)


def rounds(session: Session) -> bool:
    """Whether prices round (MV_ARREFAT = S) or truncate (anything else, or no parameter)."""
    return (parameters.value(session, "MV_ARREFAT") or "").upper() == "S"


def money(value: Decimal) -> Decimal:
    """A value in cents, half up."""
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


def a410vz() -> PortalError:
    """Protheus' help A410VZ: quantity, sales price, total or TES left blank."""
    return PortalError("a410vz", help_code="A410VZ")


@dataclass
class ItemInput:
    """One item as the client sent it (None or blank: not sent)."""

    item: str
    product: str
    quantity: Decimal | None
    tes: str = ""
    net_price: Decimal | None = None
    list_price: Decimal | None = None
    discount: Decimal | None = None
    delivery: dt.date | None = None
    warehouse: str = ""
    operation: str = ""
    extra: dict = field(default_factory=dict)  # columns kept as sent (lot, location, ...)


@dataclass(frozen=True)
class Terms:
    """What the document's header decides for every item."""

    price_list: str  # blank: none
    currency: int
    discounts: tuple[Decimal, ...]  # header discounts, applied in cascade
    day: dt.date  # the document's date: prices in force that day
    state: str = ""  # the customer's state: price list items may be for one state only
    reprice: bool = False  # the portal asked for the prices again: what the client sent is not used
    rounds: bool = False  # MV_ARREFAT
    rate_day: dt.date | None = None  # the day whose rates convert list prices (today)


@dataclass
class PricedItem:
    item: str
    product: SB1
    tes: SF4
    quantity: Decimal
    list_price: Decimal
    net_price: Decimal
    discount: Decimal
    total: Decimal
    discount_value: Decimal
    delivery: dt.date
    warehouse: str
    operation: str
    extra: dict


def shown(value) -> str:
    """A number as a fault shows it: ``100.0`` -> ``100``, ``2.50`` -> ``2.5``."""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def percentage(value, field_name: str) -> Decimal:
    """A discount: 0 <= value < 100 (blank is 0)."""
    value = value or ZERO
    if value < 0 or value >= HUNDRED:
        raise PortalError("bad_value", field=field_name, value=shown(value))
    return value


def cascade(price: Decimal, discounts) -> Decimal:
    """``price`` with each discount applied on what the previous ones left (unrounded)."""
    for discount in discounts:
        if discount:
            price = price * (HUNDRED - discount) / HUNDRED
    return price


def item_number(text: str, field_name: str) -> str:
    """An item number as Protheus keeps it: two digits (``1`` -> ``01``)."""
    text = (text or "").strip()
    if not text.isdigit() or not 0 < int(text) <= MAX_ITEMS:
        raise PortalError("bad_value", field=field_name, value=text)
    return f"{int(text):02d}"


def price_items(session: Session, items: list[ItemInput], terms: Terms, item_field: str = "C6_ITEM") -> list[PricedItem]:
    """Check and price every item of a document, in a constant number of queries."""
    if not items:
        raise PortalError("required", field=item_field)
    if len(items) > MAX_ITEMS:
        raise PortalError("bad_value", field=item_field, value=len(items))
    numbers = [item_number(i.item, item_field) for i in items]
    if len(set(numbers)) != len(numbers):
        raise PortalError("bad_value", field=item_field, value=next(n for n in numbers if numbers.count(n) > 1))

    codes = sorted({(i.product or "").strip() for i in items})
    products = {p.B1_COD: p for p in session.scalars(select(SB1).where(SB1.B1_COD.in_(codes)))}
    tes_codes = {(i.tes or "").strip() for i in items} | {p.B1_TS for p in products.values()}
    tes_codes.discard("")
    tes = {t.F4_CODIGO: t for t in session.scalars(select(SF4).where(SF4.F4_CODIGO.in_(sorted(tes_codes))))}
    for item in items:
        code = (item.product or "").strip()
        if code not in products:
            raise PortalError("unknown_code", field="C6_PRODUTO", value=code)
        if products[code].B1_MSBLQL == BLOCKED:
            raise PortalError("blocked_code", field="C6_PRODUTO", value=code)
    list_prices = _list_prices(session, items, products, terms)

    priced = []
    for number, item in zip(numbers, items):
        product = products[(item.product or "").strip()]
        quantity = item.quantity or ZERO
        if quantity < 0:
            raise PortalError("bad_value", field="C6_QTDVEN", value=shown(quantity))
        tes_code = (item.tes or "").strip() or product.B1_TS
        operation = tes.get(tes_code) if tes_code else None
        if tes_code and operation is None:
            raise PortalError("unknown_code", field="C6_TES", value=tes_code)
        if operation is not None and (operation.F4_TIPO != OUTFLOW or operation.F4_MSBLQL == BLOCKED):
            raise PortalError("bad_value", field="C6_TES", value=tes_code)
        for column, value in (("C6_PRUNIT", item.list_price), ("C6_PRCVEN", item.net_price)):
            if value is not None and value < 0:
                raise PortalError("bad_value", field=column, value=shown(value))
        discount = percentage(item.discount, "C6_DESCONT")
        sent_list = None if terms.reprice else item.list_price
        sent_net = None if terms.reprice else item.net_price
        list_price = a410arred(sent_list or list_prices[number] or ZERO, PRICE_DECIMALS, terms.rounds)
        base = a410arred(cascade(list_price, terms.discounts), PRICE_DECIMALS, terms.rounds)
        if sent_net:
            net_price = a410arred(sent_net, PRICE_DECIMALS, terms.rounds)
            if net_price < list_price and not discount:
                discount = a410arred(HUNDRED - net_price / list_price * HUNDRED, 2, terms.rounds)
        else:
            net_price = a410arred(base * (HUNDRED - discount) / HUNDRED, PRICE_DECIMALS, terms.rounds)
        total = a410arred(quantity * net_price, TOTAL_DECIMALS, terms.rounds)
        if not quantity or not net_price or not total or operation is None:
            raise a410vz()
        if sent_net:
            discount_value = max(a410arred(list_price - net_price, TOTAL_DECIMALS, terms.rounds) * quantity, ZERO)
        else:
            discount_value = max(a410arred(base * quantity, TOTAL_DECIMALS, terms.rounds) - total, ZERO)
        delivery = item.delivery or terms.day
        if delivery < terms.day:
            raise PortalError("bad_value", field="C6_ENTREG", value=delivery.isoformat())
        priced.append(PricedItem(
            item=number, product=product, tes=operation, quantity=quantity, list_price=list_price,
            net_price=net_price, discount=discount, total=total, discount_value=discount_value, delivery=delivery,
            warehouse=(item.warehouse or "").strip() or product.B1_LOCPAD or "01",
            operation=(item.operation or "").strip(), extra=item.extra))
    return priced


def _list_prices(session: Session, items: list[ItemInput], products: dict[str, SB1], terms: Terms) -> dict[str, Decimal]:
    """Item number -> the list price of its product and quantity, in the document's currency: the
    price list's, else B1_PRV1 (currency 1). One query for the list, one for the day's rates."""
    wanted = {item_number(i.item, "C6_ITEM"): price_lists.Wanted(
        products[(i.product or "").strip()].B1_COD, products[(i.product or "").strip()].B1_GRUPO, i.quantity or ZERO)
        for i in items}
    rows = price_lists.list_price_rows(session, terms.price_list, list(wanted.values()), terms.day,
                                       price_lists.operation_type(session, terms.state)) if terms.price_list else []
    found = {}
    for number, want in wanted.items():
        row = price_lists.choose(rows, want, terms.state)
        found[number] = (row.DA1_PRCVEN, int(row.DA1_MOEDA or currencies.LOCAL)) if row else (
            products[want.product].B1_PRV1, currencies.LOCAL)
    needed = {currency for _, currency in found.values()} | {terms.currency}
    rates = currencies.rates(session, terms.rate_day or terms.day, needed) if len(needed) > 1 else {}
    return {number: currencies.convert(price, currency, terms.currency, rates, decimals=8)
            for number, (price, currency) in found.items()}


# --- the header -------------------------------------------------------------------------------


def text_of(header: dict, column: str) -> str:
    """A header's text column as sent: trimmed, '' when not sent."""
    value = header.get(column)
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class HeaderColumns:
    """The columns of a document's header (an order's SC5, a quote's SCJ) that carry the terms
    orders and quotes share."""

    customer: str
    store: str
    delivery_customer: str
    delivery_store: str
    plan: str
    price_list: str
    currency: str
    discounts: tuple[str, ...]


@dataclass(frozen=True)
class DocumentTerms:
    """What a document's header decides, checked: its customer and who receives the goods, its
    payment plan, price list, currency and header discounts."""

    buyer: SA1
    delivery_customer: str
    delivery_store: str
    plan: str
    price_list: str
    currency: int
    discounts: tuple[Decimal, ...]

    def pricing(self, session: Session, day: dt.date, reprice: bool, rate_day: dt.date | None) -> Terms:
        return Terms(self.price_list, self.currency, self.discounts, day, self.buyer.A1_EST, reprice, rounds(session),
                     rate_day)


def document_terms(session: Session, customer: Customer, header: dict, columns: HeaderColumns,
                   day: dt.date) -> DocumentTerms:
    """The terms of an order's or a quote's header, for ``customer`` on ``day``: the buyer must be
    CUSTOMERID's; the goods may go to another store of the same customer code; the payment plan,
    price list (the customer's own first), currency and discounts (the customer's own first)."""
    buyer = document_customer(session, customer, text_of(header, columns.customer), text_of(header, columns.store))
    delivery_customer = text_of(header, columns.delivery_customer) or buyer.A1_COD
    delivery_store = text_of(header, columns.delivery_store) or buyer.A1_LOJA
    if delivery_customer != buyer.A1_COD:
        raise PortalError("invalid_customer")
    if delivery_store != buyer.A1_LOJA and session.scalars(select(SA1.R_E_C_N_O_).where(
            SA1.A1_COD == delivery_customer, SA1.A1_LOJA == delivery_store)).first() is None:
        raise NotFound("customer_not_registered")
    plan = payment_plan(session, text_of(header, columns.plan), buyer, columns.plan)
    table = price_list(session, text_of(header, columns.price_list), buyer, plan, day, columns.price_list)
    money_code = currency(header.get(columns.currency), columns.currency)
    discounts = header_discounts(buyer, tuple(header.get(c) for c in columns.discounts), columns.discounts)
    return DocumentTerms(buyer, delivery_customer, delivery_store, plan, table, money_code, discounts)


def columns_as_sent(header: dict, names: tuple[str, ...], table, whole: tuple[str, ...] = ()) -> dict:
    """The header columns ``names`` a client sets as it likes, checked: numbers not negative (those
    of ``whole`` rounded up to a whole number), text within its column's width."""
    columns, sent = table.__table__.columns, {}
    for name in names:
        value = header.get(name)
        if isinstance(value, Decimal):
            if value < 0:
                raise PortalError("bad_value", field=name, value=shown(value))
            sent[name] = value.to_integral_value(ROUND_CEILING) if name in whole else value
        elif value:
            sent[name] = check_width(str(value), columns[name].type.length, name)
    return sent


def document_customer(session: Session, customer: Customer, code: str, store: str, fields=("C5_CLIENTE",)) -> SA1:
    """The customer of a document: it must be the one of CUSTOMERID."""
    if (code or "").strip() != customer.code or (store or "").strip() != customer.store:
        raise PortalError("invalid_customer")
    buyer = session.scalars(select(SA1).where(SA1.A1_COD == customer.code, SA1.A1_LOJA == customer.store)).first()
    if buyer is None:
        raise NotFound("customer_not_registered")
    return buyer


def payment_plan(session: Session, code: str, buyer: SA1, field_name: str = "C5_CONDPAG") -> str:
    plan = (code or "").strip() or buyer.A1_COND
    if not plan:
        raise PortalError("required", field=field_name)
    if session.scalars(select(SE4.R_E_C_N_O_).where(SE4.E4_CODIGO == plan, SE4.E4_MSBLQL != BLOCKED)).first() is None:
        raise PortalError("unknown_code", field=field_name, value=plan)
    return plan


def price_list(session: Session, code: str, buyer: SA1, plan: str, day: dt.date, field_name: str = "C5_TABELA") -> str:
    """The document's price list: the customer's own (A1_TABELA) when it has one, as Protheus'
    portal service replaces it, else the one sent (blank: none). It must be active, in force on
    ``day`` and for ``plan`` (Protheus' helps OMSTABPRC4, 1 and 2)."""
    code = buyer.A1_TABELA or (code or "").strip()
    if code and price_lists.check_list(session, code, plan, day) is None:
        raise PortalError("unknown_code", field=field_name, value=code)
    return code


def header_discounts(buyer: SA1, sent: tuple, fields: tuple[str, ...]) -> tuple[Decimal, ...]:
    """DISCOUNT1..4 as sent, the first replaced by the customer's own discount (A1_DESC) when it
    has one, as Protheus' portal service does."""
    values = [percentage(value, name) for value, name in zip(sent, fields)]
    if buyer.A1_DESC:
        values[0] = percentage(buyer.A1_DESC, fields[0])
    return tuple(values)


def currency(value, field_name: str) -> int:
    value = value or Decimal(1)
    if value != int(value) or not 1 <= int(value) <= currencies.CURRENCY_COUNT:
        raise PortalError("bad_value", field=field_name, value=shown(value))
    return int(value)
