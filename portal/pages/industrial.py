"""Industrialization: the customer's own catalog with the stock we hold of it (PWSC032-035) and its
production orders (PWSC140-146)."""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlencode

from portal.app import Context, page
from portal.pages.crm import PRODUCT_DETAIL, STOCK_GRID, find_product, search_catalog
from portal.pages.forms import PAGE_LEN, first_of, iso, page_number, pages_of, parse_date
from portal.web import Response

SERVICE = "MTCUSTOMERPRODUCT"
ORDERS = "MTCUSTOMERPRODUCTIONORDER"
PO_GRID = ["POID", "POITEM", "POSEQUENCE", "PRODUCTCODE", "QUANTITY", "QUANTITYPRODUCED", "PODATE",
           "STARTFORECASTDATE", "FINISHFORECASTDATE", "STATUS"]
PO_KEYS = {"id": "POID", "item": "POITEM", "sequence": "POSEQUENCE"}
_CODE = re.compile(r"[A-Za-z0-9]{1,13}")


@page("GET", "/customer-catalog", customer=True)
def customer_catalog(ctx: Context) -> Response:
    """MTCUSTOMERPRODUCT.GETCATALOG: the products we make for the customer."""
    return search_catalog(ctx, SERVICE, "catalog.html", product_link="/portal/customer-product?code=",
                          title=ctx.t("portal_customer_catalog"), CUSTOMERID=ctx.customer_id)


@page("GET", "/customer-product", customer=True)
def customer_product(ctx: Context) -> Response:
    """One of them: prices, stock, and the customer's stock we hold today (GETINVENTORY)."""
    code = ctx.request.get("code")
    row = find_product(ctx, SERVICE, code, CUSTOMERID=ctx.customer_id) if code else None
    if row is None:
        return ctx.message(ctx.t("portal_product_not_found", code=code), status="404 Not Found",
                           back="/portal/customer-catalog")
    keys = {"CUSTOMERID": ctx.customer_id, "PRODUCTCODE": code}
    return ctx.render(
        "product.html", title=f"{code} · {row.get('DESCRIPTION') or ''}", product=row,
        detail=ctx.columns(SERVICE, "PRODUCTVIEW", PRODUCT_DETAIL),
        prices=ctx.call(SERVICE, "GETPRICE", **keys) or [], price_cols=ctx.columns(SERVICE, "PRICEVIEW"),
        stock=ctx.call(SERVICE, "GETSTOCK", **keys, WAREHOUSE=row.get("STANDARDWAREHOUSE") or "") or [],
        stock_cols=ctx.columns(SERVICE, "INVENTORYVIEW", STOCK_GRID),
        extra_title=ctx.t("portal_stock_we_hold"), extra_cols=ctx.columns(SERVICE, "INVENTORYVIEW"),
        extra_rows=ctx.call(SERVICE, "GETINVENTORY", **keys, INVENTORYDATE=dt.date.today()) or [], can_order=False)


def _po_link(row: dict) -> str:
    return "/portal/production-order?" + urlencode({k: (row.get(f) or "").strip() for k, f in PO_KEYS.items()})


@page("GET", "/production-orders", customer=True)
def production_orders(ctx: Context) -> Response:
    """BRWPRODUCTIONORDER (10 a page) and BRWTOTALPRODUCTIONORDER; a pair of dates is sent only when
    both are given, as the standard; quick search by number (``C2_NUM='...'``)."""
    date_from, date_to = parse_date(ctx.request.get("from")), parse_date(ctx.request.get("to"))
    number = ctx.request.get("number")
    filters = {"QUERYADDWHERE": f"C2_NUM='{number}'" if _CODE.fullmatch(number) else ""}
    if date_from and date_to:
        filters.update(PODATEFROM=date_from, PODATETO=date_to)
    page_no = page_number(ctx.request.get("page"))
    total = ctx.call(ORDERS, "BRWTOTALPRODUCTIONORDER", CUSTOMERID=ctx.customer_id, **filters) or 0
    rows = ctx.call(ORDERS, "BRWPRODUCTIONORDER", CUSTOMERID=ctx.customer_id, **filters, PAGELEN=PAGE_LEN,
                    PAGEFIRST=first_of(page_no)) or []
    query = {"from": iso(date_from), "to": iso(date_to), "number": number}
    return ctx.render("production_orders.html", rows=rows, total=total, page=page_no, pages=pages_of(total),
                      filters=query, link=_po_link, cols=ctx.columns(ORDERS, "PRODUCTIONORDERVIEW", PO_GRID),
                      page_url=lambda n: "?" + urlencode({**query, "page": n}))


@page("GET", "/production-order", customer=True)
def production_order(ctx: Context) -> Response:
    """A production order (GETPRODUCTIONORDER), its appointments (BRWPOAPPOINTMENT) and losses (BRWPOLOSS)."""
    keys = {f: ctx.request.get(k) for k, f in PO_KEYS.items()}
    found = ctx.call(ORDERS, "GETPRODUCTIONORDER", CUSTOMERID=ctx.customer_id, **keys)
    return ctx.render(
        "production_order.html", title=ctx.t("portal_production_order", number=keys["POID"]), order=found,
        cols=ctx.columns(ORDERS, "PRODUCTIONORDERVIEW"),
        appointments=ctx.call(ORDERS, "BRWPOAPPOINTMENT", CUSTOMERID=ctx.customer_id, **keys) or [],
        appointment_cols=ctx.columns(ORDERS, "GOODSMOVEMENTSVIEW"),
        losses=ctx.call(ORDERS, "BRWPOLOSS", CUSTOMERID=ctx.customer_id, **keys) or [],
        loss_cols=ctx.columns(ORDERS, "POLOSSVIEW"))
