"""A customer's own catalog: the products registered for it (SA7, Protheus' product x customer).

MTCUSTOMERPRODUCT answers about these products only, as Protheus does: the catalog lists them,
and asking for the price, picture, stock or inventory of a product the customer does not have is
a Client fault. The catalog itself is MTPRODUCT's (:mod:`model.catalog`), narrowed by a join.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import catalog
from model.access import Customer
from model.database import live
from model.errors import NotFound, PortalError
from model.tables import SA7, SB1


def _of_customer(customer: Customer):
    return ((SA7.A7_PRODUTO == SB1.B1_COD) & (SA7.A7_CLIENTE == customer.code) & (SA7.A7_LOJA == customer.store)
            & live(SA7))  # the catalog is read as plain rows: no loader criteria there


def customer_catalog(session: Session, customer: Customer, filters: catalog.CatalogFilter, lang: str,
                     window: tuple[int, int]) -> list[catalog.CatalogEntry]:
    """One page of the customer's catalog: MTPRODUCT's filters, order and paging over the
    customer's products, in one query. An empty page is a fault, as Protheus answers."""
    base = catalog.products_statement(lang).join(SA7, _of_customer(customer))
    entries = catalog.catalog(session, filters, lang, window, base=base)
    if not entries:
        raise NotFound("no_product_found")
    return entries


def registered(session: Session, customer: Customer, codes: list[str]) -> set[str]:
    """Which of ``codes`` are in the customer's catalog."""
    return set(session.scalars(select(SA7.A7_PRODUTO).where(
        SA7.A7_CLIENTE == customer.code, SA7.A7_LOJA == customer.store, SA7.A7_PRODUTO.in_(codes))))


def require_products(session: Session, customer: Customer, codes: list[str]) -> list[str]:
    """``codes`` when each is a product of the customer's catalog; else a Client fault naming the
    first that is not a product at all, or the first the customer does not have."""
    catalog.require_products(session, codes)
    mine = registered(session, customer, codes)
    for code in codes:
        if code not in mine:
            raise PortalError("not_customers_product", value=code)
    return codes


def require_product(session: Session, customer: Customer, code: str | None) -> SB1:
    """The product ``code`` of the customer's catalog (one code), else a Client fault."""
    product = catalog.require_product(session, code)
    require_products(session, customer, [product.B1_COD])
    return product
