"""The rules every sales document shares (orders SC5/SC6, quotes SCJ/SCK): the customer, payment
plan, price list and currency of the header; product, TES, price, discounts, totals and help
A410VZ of the items. One place, so an order and a quote check and price alike.

- Customer: the document's customer must be the CUSTOMERID asked for ("Cliente invalido").
- Payment plan: the one sent, else the customer's (A1_COND); it must exist and not be blocked.
- Price list: the one sent must exist and be in force on the document's date; when none is
  sent, the customer's (A1_TABELA) while it is in force, else none.
- Currency: 1 to 5 (MV_MOEDA1..5), 1 when not sent.

- TES: the item's, else the product's outflow TES (B1_TS). It must exist (SF4) and be an
  outflow TES (F4_TIPO 'S').
- List price (UNITLISTPRICE): the item's, else the price of the document's price list in the
  document's currency (DA1, in force on the document's date), else the product's base price
  (B1_PRV1).
- Sales price (NETUNITPRICE): the item's, else the list price with the header discounts and then
  the item discount applied in cascade, rounded to 4 places.
- NETTOTAL = quantity x sales price, rounded to 2 places; ITEMDISCOUNTVALUE = quantity x list
  price (2 places) - NETTOTAL, never below zero.
- An item left with no quantity, sales price, list price or TES fails with help A410VZ.

All money is Decimal, rounded half up as Protheus rounds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.access import Customer
from model.errors import NotFound, PortalError
from model.price_lists import in_force
from model.tables import DA0, DA1, SA1, SB1, SE4, SF4

CENT = Decimal("0.01")
UNIT_PRICE = Decimal("0.0001")
ZERO = Decimal(0)
HUNDRED = Decimal(100)
MAX_ITEMS = 99  # C6_ITEM / CK_ITEM are two digits
OUTFLOW = "S"
BLOCKED = "1"


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def unit_price(value: Decimal) -> Decimal:
    return value.quantize(UNIT_PRICE, ROUND_HALF_UP)


def a410vz() -> PortalError:
    """Protheus' help A410VZ: quantity, sales price, unit price or TES left blank."""
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
    extra: dict = field(default_factory=dict)  # columns kept as sent (lot, location, ...)


@dataclass(frozen=True)
class Terms:
    """What the document's header decides for every item."""

    price_list: str  # blank: none
    currency: int
    discounts: tuple[Decimal, ...]  # header discounts, applied in cascade
    day: dt.date  # the document's date: prices in force that day


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
    """``price`` with each discount applied on what the previous ones left."""
    for discount in discounts:
        price = price * (HUNDRED - discount) / HUNDRED
    return price


def item_number(text: str) -> str:
    """ORDERITEM as Protheus keeps it: two digits (``1`` -> ``01``)."""
    text = (text or "").strip()
    if not text.isdigit() or not 0 < int(text) <= MAX_ITEMS:
        raise PortalError("bad_value", field="ORDERITEM", value=text)
    return f"{int(text):02d}"


def price_items(session: Session, items: list[ItemInput], terms: Terms) -> list[PricedItem]:
    """Validate and price every item of a document, in a constant number of queries."""
    if not items:
        raise PortalError("required", field="ORDERITEM")
    if len(items) > MAX_ITEMS:
        raise PortalError("bad_value", field="ORDERITEM", value=len(items))
    numbers = [item_number(i.item) for i in items]
    seen = set()
    for number in numbers:
        if number in seen:
            raise PortalError("bad_value", field="ORDERITEM", value=number)
        seen.add(number)

    codes = sorted({(i.product or "").strip() for i in items})
    products = {p.B1_COD: p for p in session.scalars(select(SB1).where(SB1.B1_COD.in_(codes)))}
    tes_codes = {(i.tes or "").strip() for i in items} | {p.B1_TS for p in products.values()}
    tes_codes.discard("")
    tes = {t.F4_CODIGO: t for t in session.scalars(select(SF4).where(SF4.F4_CODIGO.in_(sorted(tes_codes))))}
    list_prices = _list_prices(session, terms, codes)

    priced = []
    for number, item in zip(numbers, items):
        code = (item.product or "").strip()
        product = products.get(code)
        if product is None:
            raise PortalError("unknown_code", field="PRODUCTID", value=code)
        if product.B1_MSBLQL == BLOCKED:
            raise PortalError("blocked_code", field="PRODUCTID", value=code)
        quantity = item.quantity or ZERO
        if quantity < 0:
            raise PortalError("bad_value", field="QUANTITY", value=shown(quantity))
        tes_code = (item.tes or "").strip() or product.B1_TS
        operation = tes.get(tes_code) if tes_code else None
        if tes_code and operation is None:
            raise PortalError("unknown_code", field="ITEMOUTFLOWTYPE", value=tes_code)
        if operation is not None and (operation.F4_TIPO != OUTFLOW or operation.F4_MSBLQL == BLOCKED):
            raise PortalError("bad_value", field="ITEMOUTFLOWTYPE", value=tes_code)
        for name, value in (("UNITLISTPRICE", item.list_price), ("NETUNITPRICE", item.net_price)):
            if value is not None and value < 0:
                raise PortalError("bad_value", field=name, value=shown(value))
        discount = percentage(item.discount, "DISCOUNTPERCENTAGE")
        list_price = unit_price(item.list_price or list_prices.get(code) or product.B1_PRV1 or ZERO)
        net_price = unit_price(item.net_price or cascade(list_price, (*terms.discounts, discount)))
        if not quantity or not net_price or not list_price or operation is None:
            raise a410vz()
        total = money(quantity * net_price)
        delivery = item.delivery or terms.day
        if delivery < terms.day:
            raise PortalError("bad_value", field="DELIVERYDATE", value=delivery.isoformat())
        priced.append(PricedItem(
            item=number, product=product, tes=operation, quantity=quantity, list_price=list_price,
            net_price=net_price, discount=discount, total=total,
            discount_value=max(money(quantity * list_price) - total, ZERO), delivery=delivery,
            warehouse=(item.warehouse or "").strip() or product.B1_LOCPAD or "01", extra=item.extra))
    return priced


def _list_prices(session: Session, terms: Terms, codes: list[str]) -> dict[str, Decimal]:
    """product -> its price in the terms' price list and currency (the first item wins)."""
    if not terms.price_list:
        return {}
    rows = session.execute(
        select(DA1.DA1_CODPRO, DA1.DA1_PRCVEN).join(DA0, DA0.DA0_CODTAB == DA1.DA1_CODTAB)
        .where(DA1.DA1_CODTAB == terms.price_list, DA1.DA1_CODPRO.in_(codes), DA1.DA1_MOEDA == terms.currency,
               in_force(terms.day))
        .order_by(DA1.R_E_C_N_O_))
    found: dict[str, Decimal] = {}
    for code, price in rows:
        found.setdefault(code, price)
    return found


# --- the header -------------------------------------------------------------------------------


def document_customer(session: Session, customer: Customer, code: str, store: str) -> SA1:
    """The customer of a document: it must be the one of CUSTOMERID."""
    if (code or "").strip() != customer.code or (store or "").strip() != customer.store:
        raise PortalError("invalid_customer")
    buyer = session.scalars(select(SA1).where(SA1.A1_COD == customer.code, SA1.A1_LOJA == customer.store)).first()
    if buyer is None:
        raise NotFound("customer_not_registered")
    return buyer


def payment_plan(session: Session, code: str, buyer: SA1) -> str:
    plan = (code or "").strip() or buyer.A1_COND
    if not plan:
        raise PortalError("required", field="PAYMENTPLANCODE")
    if session.scalars(select(SE4.R_E_C_N_O_).where(SE4.E4_CODIGO == plan, SE4.E4_MSBLQL != BLOCKED)).first() is None:
        raise PortalError("unknown_code", field="PAYMENTPLANCODE", value=plan)
    return plan


def price_list(session: Session, code: str, buyer: SA1, day: dt.date) -> str:
    code = (code or "").strip()
    if code:
        if not _price_list_in_force(session, code, day):
            raise PortalError("price_list_not_in_force", value=code)
        return code
    if buyer.A1_TABELA and _price_list_in_force(session, buyer.A1_TABELA, day):
        return buyer.A1_TABELA
    return ""


def currency(value, field_name: str) -> int:
    value = value or Decimal(1)
    if value != int(value) or not 1 <= int(value) <= 5:
        raise PortalError("bad_value", field=field_name, value=shown(value))
    return int(value)


def _price_list_in_force(session: Session, code: str, day: dt.date) -> bool:
    """Whether price list ``code`` is in force on ``day``; an unknown code is a Client fault
    naming PRICELISTCODE."""
    row = session.scalars(select(DA0).where(DA0.DA0_CODTAB == code)).first()
    if row is None:
        raise PortalError("unknown_code", field="PRICELISTCODE", value=code)
    return (row.DA0_ATIVO == "1" and (row.DA0_DATDE is None or row.DA0_DATDE <= day)
            and (row.DA0_DATATE is None or row.DA0_DATATE >= day))
