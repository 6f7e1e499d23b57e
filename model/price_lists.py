"""Price lists (DA0 header, DA1 items): which are in force on a day, and the prices they hold."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from model import currencies, parameters, query
from model.errors import PortalError
from model.tables import DA0, DA1, SB1

ACTIVE, INACTIVE = "1", "2"
BASE_PRICE_LIST = "1"  # the row GETPRICE makes of the product's own price (B1_PRV1)
PRICE_COLUMNS = query.columns_of(DA1)


@dataclass(frozen=True)
class ListPrice:
    product: str
    list_code: str
    payment_plan: str
    price: Decimal
    quantity_limit: Decimal
    currency: int
    currency_symbol: str
    discount_value: Decimal | None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None


def in_force(day: dt.date):
    """The condition for a price list and its item to be in force on ``day``: the list active
    and ``day`` within its dates (a blank date is open); the item active and in force from its
    own date (DA1_DATVIG; blank: always)."""
    return (
        (DA0.DA0_ATIVO != INACTIVE) & (DA1.DA1_ATIVO == ACTIVE)
        & or_(DA0.DA0_DATDE == "", DA0.DA0_DATDE <= day)
        & or_(DA0.DA0_DATATE == "", DA0.DA0_DATATE >= day)
        & or_(DA1.DA1_DATVIG == "", DA1.DA1_DATVIG <= day)
    )


def prices(session: Session, products: list[str], day: dt.date, queryaddwhere: str | None = None) -> list[ListPrice]:
    """GETPRICE: for each product, its base price (list ``1``, B1_PRV1, when it has one), then
    every price item in force on ``day``, one per quantity band (DA1_QTDLOT), by list and band.
    Two queries whatever the number of products."""
    symbols = currencies.symbols(session)
    bases = {p.B1_COD: p.B1_PRV1 for p in session.scalars(select(SB1).where(SB1.B1_COD.in_(products)))}
    stmt = (select(DA1, DA0.DA0_CONDPG, DA0.DA0_DATDE, DA0.DA0_DATATE)
            .join(DA0, DA0.DA0_CODTAB == DA1.DA1_CODTAB)
            .where(DA1.DA1_CODPRO.in_(products), in_force(day))
            .order_by(DA1.DA1_CODPRO, DA1.DA1_CODTAB, DA1.DA1_QTDLOT, DA1.DA1_ITEM, DA1.R_E_C_N_O_))
    stmt = query.where(stmt, queryaddwhere, PRICE_COLUMNS)
    listed: dict[str, list[ListPrice]] = {code: [] for code in products}
    for item, plan, start, end in session.execute(stmt):
        currency = int(item.DA1_MOEDA or currencies.LOCAL)
        listed[item.DA1_CODPRO].append(ListPrice(
            item.DA1_CODPRO, item.DA1_CODTAB, plan, item.DA1_PRCVEN, item.DA1_QTDLOT, currency,
            symbols.get(currency, ""), item.DA1_VLRDES, start, end))
    found = []
    for code in products:
        if bases.get(code):
            found.append(ListPrice(code, BASE_PRICE_LIST, "", bases[code], Decimal(0), currencies.LOCAL,
                                   symbols.get(currencies.LOCAL, ""), None))
        found.extend(listed[code])
    return found


# --- the price of a product in a list, as an order or quote item takes it (MaTabPrVen) --------


@dataclass(frozen=True)
class Wanted:
    """A product asked of a price list: its group (a list may price a whole group) and quantity."""

    product: str
    group: str
    quantity: Decimal


# DA1_TPOPER: the operation an item prices (the customer in the company's state, in another
# state, in the north or north-east from elsewhere), or every operation
SAME_STATE, OTHER_STATE, NORTH, EVERY_OPERATION = "1", "2", "3", "4"


def operation_type(session: Session, state: str) -> str | None:
    """The customer's operation type as MaTabPrVen reads it from its state (A1_EST): 1 in the
    company's state (MV_ESTADO), 3 in the north or north-east (MV_NORTE) from elsewhere, 2
    otherwise; None when MV_ESTADO is not set (every item then applies)."""
    found = parameters.values(session, ["MV_ESTADO", "MV_NORTE"])
    company, north = (found.get("MV_ESTADO") or "").upper(), (found.get("MV_NORTE") or "").upper()
    if not company:
        return None
    state = (state or "").strip().upper()
    if state == company:
        return SAME_STATE
    return NORTH if state and state in north and company not in north else OTHER_STATE


def list_price_rows(session: Session, list_code: str, wanted: list[Wanted], day: dt.date,
                    operation: str | None = None) -> list[DA1]:
    """The active items of list ``list_code`` in force on ``day`` for the products (or their
    groups) of ``wanted`` and the customer's operation type (blank or 4: every one): one query."""
    products = sorted({w.product for w in wanted})
    groups = sorted({w.group for w in wanted if w.group})
    stmt = select(DA1).where(DA1.DA1_CODTAB == list_code, DA1.DA1_ATIVO == ACTIVE,
                             or_(DA1.DA1_DATVIG == "", DA1.DA1_DATVIG <= day),
                             or_(DA1.DA1_CODPRO.in_(products), (DA1.DA1_CODPRO == "") & DA1.DA1_GRUPO.in_(groups)))
    if operation is not None:
        stmt = stmt.where(DA1.DA1_TPOPER.in_([operation, EVERY_OPERATION, ""]))
    return list(session.scalars(stmt))


def choose(rows: list[DA1], want: Wanted, state: str = "") -> DA1 | None:
    """The item that prices ``want`` (MaTabPrVen): the product's own items, else its group's;
    among them the smallest quantity band that holds the quantity (DA1_QTDLOT is an upper
    bound), and in that band the latest in force of the customer's state (DA1_ESTADO) or of
    every state. A band holding only other states' items prices nothing."""
    for own in ([r for r in rows if r.DA1_CODPRO == want.product],
                [r for r in rows if not r.DA1_CODPRO and r.DA1_GRUPO == want.group]):
        bands = [r for r in own if r.DA1_QTDLOT >= want.quantity]
        if bands:
            band = min(r.DA1_QTDLOT for r in bands)
            fits = [r for r in bands if r.DA1_QTDLOT == band and (r.DA1_ESTADO or "") in ("", state)]
            return max(fits, key=lambda r: (r.DA1_DATVIG or dt.date.min, r.R_E_C_N_O_)) if fits else None
    return None


TIMED = ("1", "2")  # DA0_TPHORA: one window from DA0_DATDE to DA0_DATATE, or the same hours every day


def check_list(session: Session, list_code: str, payment_plan: str, day: dt.date) -> DA0 | None:
    """The price list ``list_code`` for a document of ``day`` on ``payment_plan`` (MaVldTabPrc):
    None when it does not exist; a Client fault with Protheus' help when it is inactive
    (OMSTABPRC4), out of its dates (OMSTABPRC1: only a list whose DA0_TPHORA is 1 or 2 has
    dates; a blank date is open) or for another payment plan (OMSTABPRC2)."""
    header = session.scalars(select(DA0).where(DA0.DA0_CODTAB == list_code)).first()
    if header is None:
        return None
    if header.DA0_ATIVO == INACTIVE:
        raise PortalError("price_list_inactive", help_code="OMSTABPRC4", value=list_code)
    if header.DA0_TPHORA in TIMED and ((header.DA0_DATDE and header.DA0_DATDE > day)
                                       or (header.DA0_DATATE and header.DA0_DATATE < day)):
        raise PortalError("price_list_not_in_force", help_code="OMSTABPRC1", value=list_code)
    if payment_plan and header.DA0_CONDPG and payment_plan != header.DA0_CONDPG:
        raise PortalError("price_list_payment_plan", help_code="OMSTABPRC2", value=list_code)
    return header
