"""Sales and distribution: orders (PWSC050-053), quotes (PWSC080-083), order tracking (PWSC070-075),
sales statistics (PWSC060-063), fiscal documents (PWSC110-113)."""
from __future__ import annotations

import re
from urllib.parse import urlencode

from portal.app import Context, page
from portal.pages.forms import (
    PAGE_LEN,
    default_range,
    first_of,
    iso,
    options,
    page_number,
    pages_of,
    parse_date,
    parse_number,
)
from portal.services import ServiceFault, ServiceUnavailable
from portal.web import Response

ORDER_GRID = ["ORDERID", "REGISTERDATE", "BIDNUMBER", "PAYMENTPLANCODE", "CARRIERCODE", "FREIGHTVALUE",
              "INSURANCEVALUE", "ADDITIONALEXPENSEVALUE"]
ORDER_HEADER = ["ORDERID", "ORDERTYPECODE", "CUSTOMERCODE", "CUSTOMERUNIT", "DELIVERYCUSTOMER", "DELIVERYUNITCODE",
                "REGISTERDATE", "BIDNUMBER", "PAYMENTPLANCODE", "PRICELISTCODE", "CARRIERCODE", "FREIGHTTYPE",
                "FREIGHTVALUE", "INSURANCEVALUE", "ADDITIONALEXPENSEVALUE", "SALESORDERCURRENCY", "NETWEIGHT",
                "GROSSWEIGHT", "INVOICEMESSAGE"]
ORDER_ITEMS = ["ORDERITEM", "PRODUCTID", "PRODUCTDESCRIPTION", "UNITOFMEASURE", "QUANTITY", "UNITLISTPRICE",
               "NETUNITPRICE", "NETTOTAL", "QUANTITYAPPROVED", "QUANTITYDELIVERED", "DELIVERYDATE",
               "CUSTOMERORDERNUMBER"]
QUOTE_GRID = ["BUDGETID", "REGISTERDATE", "QUOTATIONORORDERID", "PAYMENTPLANCODE", "EXPIRATIONDATE",
              "DESCRIPTIONSTATUS"]
QUOTE_ITEMS = ["BUDGETITEM", "PRODUCTID", "PRODUCTDESCRIPTION", "UNITOFMEASURE", "QUANTITY", "UNITLISTPRICE",
               "NETUNITPRICE", "NETTOTAL", "CUSTOMERBUDGETID"]
TRACKED_ITEM = ["ORDERITEM", "PRODUCTID", "PRODUCTDESCRIPTION", "QUANTITY"]
RELEASE_GRID = ["QUANTITYAPPROVED", "STATUS"]
INVOICE_GRID = ["INVOICENUMBER", "SERIALNUMBER", "INVOICETYPE", "DOCUMENTTYPE", "INVOICEDATE", "DELIVERYDATE",
                "EXPENSESVALUE", "FREIGHTVALUE", "INSURANCEVALUE", "TOTALVALUE"]
INVOICE_ITEMS = ["SEQUENTIALID", "PRODUCTCODE", "DESCRIPTIONPRODUCT", "MEASUREUNIT", "QUANTITY", "UNITPRICE",
                 "DISCOUNTVALUE", "TOTALVALUE"]
CUSTOMER = 1  # CUSTOMERORSUPPLIER of the customer portal
_CODE = re.compile(r"[A-Za-z0-9]{1,20}")


def _period(ctx: Context, days: int = 180):
    """The period of a browse: as typed, else the last ``days`` days."""
    first, last = default_range(days)
    return parse_date(ctx.request.get("from")) or first, parse_date(ctx.request.get("to")) or last


def _order_browse(ctx: Context, template: str, link: str, with_status: bool) -> Response:
    """BRWSALESORDER (10 a page) and BRWTOTALSALESORDER with the same filters, by issue date, bid
    numbers and the quick search by order number (QUERYADDWHERE ``SC5.C5_NUM='...'``)."""
    date_from, date_to = _period(ctx)
    bid_from, bid_to, number = ctx.request.get("bidfrom"), ctx.request.get("bidto"), ctx.request.get("number")
    where = f"SC5.C5_NUM='{number}'" if _CODE.fullmatch(number) else ""
    filters = {"REGISTERDATEFROM": date_from, "REGISTERDATETO": date_to, "BIDNUMBERFROM": bid_from, "BIDNUMBERTO": bid_to,
                   "QUERYADDWHERE": where}
    page_no = page_number(ctx.request.get("page"))
    total = ctx.call("MTCUSTOMERSALESORDER", "BRWTOTALSALESORDER", CUSTOMERID=ctx.customer_id, **filters) or 0
    rows = ctx.call("MTCUSTOMERSALESORDER", "BRWSALESORDER", CUSTOMERID=ctx.customer_id, **filters,
                    PAGELEN=PAGE_LEN, PAGEFIRST=first_of(page_no)) or []
    if with_status:  # one GETSTATUSRELEASE a row, as the standard's tracking page
        for row in rows:
            row["STATUS"] = ctx.call("MTCUSTOMERSALESORDER", "GETSTATUSRELEASE", CUSTOMERID=ctx.customer_id,
                                     ORDERID=row["ORDERID"])
    query = {"from": iso(date_from), "to": iso(date_to), "bidfrom": bid_from, "bidto": bid_to, "number": number}
    return ctx.render(template, rows=rows, total=total, page=page_no, pages=pages_of(total), filters=query,
                      cols=ctx.columns("MTCUSTOMERSALESORDER", "SALESORDERHEADERVIEW", ORDER_GRID), link=link,
                      page_url=lambda n: "?" + urlencode({**query, "page": n}), with_status=with_status)


@page("GET", "/orders", customer=True)
def orders(ctx: Context) -> Response:
    return _order_browse(ctx, "orders.html", "/portal/order?id=", with_status=False)


def _order(ctx: Context, order_id: str) -> dict:
    return ctx.call("MTCUSTOMERSALESORDER", "GETSALESORDER", CUSTOMERID=ctx.customer_id, ORDERID=order_id)


@page("GET", "/order", customer=True)
def order(ctx: Context) -> Response:
    """An order, header and items (GETSALESORDER), with its status (GETSTATUSRELEASE); it may be
    changed while in portfolio."""
    order_id = ctx.request.get("id")
    found = _order(ctx, order_id)
    status = ctx.call("MTCUSTOMERSALESORDER", "GETSTATUSRELEASE", CUSTOMERID=ctx.customer_id, ORDERID=order_id)
    items = found.get("SOITEM") or []
    item_cols = ctx.columns("MTCUSTOMERSALESORDER", "SALESORDERITEMVIEW", ORDER_ITEMS)
    return ctx.render("order.html", title=ctx.t("portal_order", number=order_id), order=found["SOHEADER"],
                      items=items, order_status=status, total=sum(i.get("NETTOTAL") or 0 for i in items),
                      header_cols=ctx.columns("MTCUSTOMERSALESORDER", "SALESORDERHEADERVIEW", ORDER_HEADER),
                      item_cols=item_cols, total_col=next((c for c in item_cols if c.field == "NETTOTAL"), None),
                      editable=status == ctx.t("order_status_1"), edit=f"/portal/order/edit?id={order_id}")


# --- quotes --------------------------------------------------------------------------------------


@page("GET", "/quotes", customer=True)
def quotes(ctx: Context) -> Response:
    """BRWBUDGET (10 a page) and BRWTOTALBUDGET of a period; quick search by quote number."""
    date_from, date_to = _period(ctx)
    number = ctx.request.get("number")
    filters = {"REGISTERDATEFROM": date_from, "REGISTERDATETO": date_to,
                   "QUERYADDWHERE": f"SCJ.CJ_NUM='{number}'" if _CODE.fullmatch(number) else ""}
    page_no = page_number(ctx.request.get("page"))
    total = ctx.call("MTCUSTOMERBUDGET", "BRWTOTALBUDGET", CUSTOMERID=ctx.customer_id, **filters) or 0
    rows = ctx.call("MTCUSTOMERBUDGET", "BRWBUDGET", CUSTOMERID=ctx.customer_id, **filters, PAGELEN=PAGE_LEN,
                    PAGEFIRST=first_of(page_no)) or []
    query = {"from": iso(date_from), "to": iso(date_to), "number": number}
    return ctx.render("quotes.html", rows=rows, total=total, page=page_no, pages=pages_of(total), filters=query,
                      cols=ctx.columns("MTCUSTOMERBUDGET", "BUDGETHEADERVIEW", QUOTE_GRID),
                      page_url=lambda n: "?" + urlencode({**query, "page": n}))


@page("GET", "/quote", customer=True)
def quote(ctx: Context) -> Response:
    """A quote (GETBUDGET)."""
    quote_id = ctx.request.get("id")
    found = ctx.call("MTCUSTOMERBUDGET", "GETBUDGET", CUSTOMERID=ctx.customer_id, BUDGETID=quote_id)
    items = found.get("ITENS") or []
    header = found["HEADER"]
    return ctx.render("quote.html", title=ctx.t("portal_quote", number=quote_id), quote=header, items=items,
                      total=sum(i.get("NETTOTAL") or 0 for i in items),
                      header_cols=ctx.columns("MTCUSTOMERBUDGET", "BUDGETHEADERVIEW"),
                      item_cols=ctx.columns("MTCUSTOMERBUDGET", "BUDGETITENSVIEW", QUOTE_ITEMS),
                      editable=header.get("DESCRIPTIONSTATUS") == ctx.t("budget_status_A"),
                      edit=f"/portal/quote/edit?id={quote_id}")


# --- order tracking ------------------------------------------------------------------------------


@page("GET", "/tracking", customer=True)
def tracking(ctx: Context) -> Response:
    return _order_browse(ctx, "orders.html", "/portal/tracking/order?id=", with_status=True)


@page("GET", "/tracking/order", customer=True)
def tracked_order(ctx: Context) -> Response:
    """An order with each item's release and its status (GETRELEASE) and, once invoiced, its
    invoices (MTCUSTOMERINVOICE.BRWINVOICE by PURCHASENUMBER), as PWSC073/074."""
    order_id = ctx.request.get("id")
    found = _order(ctx, order_id)
    releases = ctx.call("MTCUSTOMERSALESORDER", "GETRELEASE", CUSTOMERID=ctx.customer_id, ORDERID=order_id) or []
    try:
        invoices, invoices_note = ctx.call("MTCUSTOMERINVOICE", "BRWINVOICE", CUSTOMERORSUPPLIER=CUSTOMER,
                                           CUSTOMERORSUPPLIERID=ctx.customer_id, PURCHASENUMBER=order_id) or [], ""
    except ServiceUnavailable:
        invoices, invoices_note = [], ctx.t("portal_not_served", service="MTCUSTOMERINVOICE")
    except ServiceFault as fault:
        invoices, invoices_note = [], fault.text
    return ctx.render("tracked_order.html", title=ctx.t("portal_order", number=order_id), order=found["SOHEADER"],
                      releases=_item_releases(ctx, found.get("SOITEM") or [], releases), invoices=invoices,
                      invoices_note=invoices_note,
                      header_cols=ctx.columns("MTCUSTOMERSALESORDER", "SALESORDERHEADERVIEW", ORDER_HEADER[:12]),
                      release_cols=ctx.columns("MTCUSTOMERSALESORDER", "SALESORDERITEMVIEW", TRACKED_ITEM)
                      + ctx.columns("MTCUSTOMERSALESORDER", "SALESORDERRELEASE", RELEASE_GRID),
                      invoice_cols=_invoice_columns(ctx) if invoices else [], invoice_link=invoice_link)


def _item_releases(ctx: Context, items: list[dict], releases: list[dict]) -> list[dict]:
    """Each item of the order with its releases (GETRELEASE): the quantity released and the status
    of each release; an item with no release yet is in portfolio (the status legend's first)."""
    rows = []
    for item in items:
        mine = [r for r in releases if (r.get("ORDERITEM") or "").strip() == (item.get("ORDERITEM") or "").strip()]
        statuses = list(dict.fromkeys(r.get("STATUS") or "" for r in mine))
        rows.append({**item, "QUANTITYAPPROVED": sum(r.get("QUANTITYAPPROVED") or 0 for r in mine),
                     "STATUS": ", ".join(statuses) if statuses else ctx.t("order_status_1")})
    return rows


# --- fiscal documents ----------------------------------------------------------------------------


def _invoice_columns(ctx: Context):
    return ctx.columns("MTCUSTOMERINVOICE", "INVOICEHEADERVIEW", INVOICE_GRID)


def invoice_link(row: dict) -> str:
    keys = {"type": row.get("INVOICETYPE"), "serial": row.get("SERIALNUMBER"), "number": row.get("INVOICENUMBER"),
            "document": row.get("DOCUMENTTYPE")}
    return "/portal/invoice?" + urlencode({k: (v or "").strip() for k, v in keys.items()})


@page("GET", "/invoices", customer=True)
def invoices(ctx: Context) -> Response:
    """The customer's invoices issued in a period (BRWINVOICE)."""
    date_from, date_to = _period(ctx, 365)
    rows = ctx.call("MTCUSTOMERINVOICE", "BRWINVOICE", CUSTOMERORSUPPLIER=CUSTOMER,
                    CUSTOMERORSUPPLIERID=ctx.customer_id, REGISTERDATEFROM=date_from, REGISTERDATETO=date_to) or []
    return ctx.render("invoices.html", rows=rows, cols=_invoice_columns(ctx), link=invoice_link,
                      date_from=iso(date_from), date_to=iso(date_to))


@page("GET", "/invoice", customer=True)
def invoice(ctx: Context) -> Response:
    """One invoice with its items (GETINVOICE), its taxes and its bills."""
    q = ctx.request
    found = ctx.call("MTCUSTOMERINVOICE", "GETINVOICE", INVOICETYPE=q.get("type"), SERIALNUMBER=q.get("serial"),
                     INVOICENUMBER=q.get("number"), DOCUMENTTYPE=q.get("document"), CUSTOMERORSUPPLIER=CUSTOMER,
                     CUSTOMERORSUPPLIERID=ctx.customer_id)
    header = found.get("INVOICEHEADER") or {}
    return ctx.render("invoice.html", title=ctx.t("portal_invoice", number=q.get("number")), header=header,
                      items=found.get("INVOICEITEM") or [],
                      header_cols=ctx.columns("MTCUSTOMERINVOICE", "INVOICEHEADERVIEW"),
                      item_cols=ctx.columns("MTCUSTOMERINVOICE", "INVOICEITEMVIEW", INVOICE_ITEMS),
                      taxes=header.get("TAXES") or [], tax_cols=ctx.columns("MTCUSTOMERINVOICE", "TAXESVIEW"),
                      bills=header.get("PAYMENTPLAN") or [], bill_cols=ctx.columns("MTCUSTOMERINVOICE", "BILLVIEW"))


# --- sales statistics ----------------------------------------------------------------------------

STATISTICS = ("GETSALESORDER", "GETSALESINVOICE", "GETRETURNINVOICE")


@page("GET", "/statistics", customer=True)
def statistics(ctx: Context) -> Response:
    """Sales by order, by invoice and returns in a period, for one product or all, in the currency
    chosen (MTCURRENCY.GETCURRENCY), as PWSC061-063: one table of FTCUSTOMERSALESSUMMARY's rows."""
    date_from, date_to = _period(ctx, 365)
    currencies = options(ctx.call("MTCURRENCY", "GETCURRENCY"))
    currency = parse_number(ctx.request.get("currency")) or 1
    product = ctx.request.get("product").upper()
    rows, errors = [], []
    if ctx.request.get("go"):
        for operation in STATISTICS:
            extra = {} if operation == "GETRETURNINVOICE" else {"QUERYADDWHERE": ""}
            try:
                rows += [{**r, "SOURCE": operation} for r in ctx.call(
                    "FTCUSTOMERSALESSUMMARY", operation, CUSTOMERID=ctx.customer_id, DATEFROM=date_from,
                    DATETO=date_to, TYPEOFPRODUCT="", GROUPOFPRODUCT="", PRODUCTCODE=product,
                    CURRENCY=int(currency), **extra) or []]
            except ServiceFault as fault:
                errors.append(fault.text)
    return ctx.render("statistics.html", rows=rows, errors=errors, currencies=currencies, currency=str(int(currency)),
                      product=product, date_from=iso(date_from), date_to=iso(date_to), searched=bool(ctx.request.get("go")),
                      cols=ctx.columns("FTCUSTOMERSALESSUMMARY", "VALUESUMMARY") if ctx.request.get("go") else [])
