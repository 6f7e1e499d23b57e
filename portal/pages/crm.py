"""CRM: the product catalog (PWSC030/031), the customer record and its contacts (PWSC040-046), the
sales representative (PWSC100/101), the tasks (PWSC120-124)."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from portal.app import Context, page
from portal.pages.forms import PAGE_LEN, first_of, iso, options, page_number, parse_date, parse_number
from portal.services import ServiceFault, ServiceUnavailable
from portal.web import Response

PRODUCT_GRID = ["PRODUCTCODE", "DESCRIPTION", "TYPEOFPRODUCT", "GROUPOFPRODUCT", "MEASUREUNIT"]
PRODUCT_DETAIL = ["PRODUCTCODE", "DESCRIPTION", "SCIENCEDESCRIPTION", "DESCRIPTIONMEASUREUNIT",
                  "DESCRIPTIONSECONDMEASUREUNIT", "DESCRIPTIONTYPEOFPRODUCT", "DESCRIPTIONGROUPOFPRODUCT", "NCM",
                  "QUANTITYPERPACKAGE", "ORDERPOINT", "NETWEIGHT", "GROSSWEIGHT", "LEADTIME", "TYPEOFLEADTIME",
                  "ECONOMICLOT", "MINIMUMLOT", "MINIMUMGRADE", "TERMOFVALIDATY", "BARCODE", "STORAGELENGHT",
                  "STORAGEWIDTH", "STORAGEHEIGHT", "STORAGEMAXIMUMPILING", "STANDARDWAREHOUSE"]
STOCK_GRID = ["WAREHOUSE", "QUANTITY", "TYPEOFBALANCE", "DESCRIPTIONTYPEOFBALANCE"]
# The catalog's orders when CFGDICTIONARY.GETINDEX is not served: SB1's keys, by the field they start with.
CATALOG_ORDERS = [("PRODUCTCODE", "B1_FILIAL+B1_COD"), ("DESCRIPTION", "B1_FILIAL+B1_DESC"),
                  ("GROUPOFPRODUCT", "B1_FILIAL+B1_GRUPO+B1_COD"), ("TYPEOFPRODUCT", "B1_FILIAL+B1_TIPO+B1_COD")]


# --- catalog -------------------------------------------------------------------------------------


def catalog_orders(ctx: Context, service: str, table: str = "SB1") -> list[tuple[str, str]]:
    """(index key, label) of the catalog's "order by": CFGDICTIONARY.GETINDEX of SB1 as the standard
    asks it; while that service is not served, SB1's keys by the PRODUCTVIEW titles."""
    try:
        return [((r.get("DESCRIPTION") or "").strip(), r.get("CODE") or "")
                for r in ctx.call("CFGDICTIONARY", "GETINDEX", TABLE=table) or []]
    except (ServiceUnavailable, ServiceFault):
        titles = {c.field: c.title for c in ctx.columns(service, "PRODUCTVIEW")}
        return [(key, titles.get(field, field)) for field, key in CATALOG_ORDERS]


def search_catalog(ctx: Context, service: str, template: str, product_link: str = "", title: str = "",
                   **customer) -> Response:
    """The catalog's search form and one page of its result (GETCATALOG, 10 a page)."""
    q = ctx.request
    filters = {name: q.get(name) for name in ("code", "description", "group", "type", "order")}
    page_no = page_number(q.get("page"))
    orders = catalog_orders(ctx, service)
    indexkey = filters["order"] if filters["order"] in {key for key, _ in orders} else ""
    rows = ctx.call(service, "GETCATALOG", **customer, TYPEOFPRODUCTIN=filters["type"],
                    GROUPOFPRODUCTIN=filters["group"], PRODUCTCODELIKE=filters["code"],
                    DESCRIPTIONLIKE=filters["description"], PAGELEN=PAGE_LEN + 1, PAGEFIRST=first_of(page_no),
                    QUERYADDWHERE="", INDEXKEY=indexkey) or []
    types = options(ctx.call(service, "GETTYPEOFPRODUCT"))
    groups = options(ctx.call("MTGROUPOFPRODUCT", "GETGROUP"), code="GROUPCODE")

    def url(number: int) -> str:
        return "?" + urlencode({**filters, "page": number})

    return ctx.render(template, title=title, product_link=product_link,
                      cols=ctx.columns(service, "PRODUCTVIEW", PRODUCT_GRID), rows=rows[:PAGE_LEN],
                      filters=filters, types=types, groups=groups, orders=orders, page=page_no,
                      has_next=len(rows) > PAGE_LEN, page_url=url)


@page("GET", "/catalog")
def catalog(ctx: Context) -> Response:
    return search_catalog(ctx, "MTPRODUCT", "catalog.html")


def find_product(ctx: Context, service: str, code: str, **customer) -> dict | None:
    """The catalog's row of one product (GETCATALOG by its code: the standard keeps the row of the
    search; a link gives only the code)."""
    rows = ctx.call(service, "GETCATALOG", **customer, PRODUCTCODELIKE=code, PAGELEN=50, PAGEFIRST=1) or []
    return next((r for r in rows if (r.get("PRODUCTCODE") or "").strip() == code), None)


@page("GET", "/product")
def product(ctx: Context) -> Response:
    """A product with its prices in every price list (GETPRICE) and its available stock (GETSTOCK)."""
    code = ctx.request.get("code")
    row = find_product(ctx, "MTPRODUCT", code) if code else None
    if row is None:
        return ctx.message(ctx.t("portal_product_not_found", code=code), status="404 Not Found", back="/portal/catalog")
    prices = ctx.call("MTPRODUCT", "GETPRICE", PRODUCTCODE=code) or []
    stock = ctx.call("MTPRODUCT", "GETSTOCK", PRODUCTCODE=code, WAREHOUSE=row.get("STANDARDWAREHOUSE") or "") or []
    return ctx.render("product.html", title=f"{code} · {row.get('DESCRIPTION') or ''}", product=row,
                      detail=ctx.columns("MTPRODUCT", "PRODUCTVIEW", PRODUCT_DETAIL), prices=prices,
                      price_cols=ctx.columns("MTPRODUCT", "PRICEVIEW"), stock=stock,
                      stock_cols=ctx.columns("MTPRODUCT", "INVENTORYVIEW", STOCK_GRID), can_order=True)


# --- the customer record -------------------------------------------------------------------------

ADDRESS_FIELDS = ["ADDRESS", "ADDRESSNUMBER", "ZONE", "DISTRICT", "STATE", "ZIPCODE"]
PHONE_FIELDS = ["COUNTRYAREACODE", "LOCALAREACODE", "PHONENUMBER"]
CUSTOMER_EDITABLE = ["NICKNAME", "EMAIL", "HOMEPAGE"]
CUSTOMER_SHOWN = ["CUSTOMERCODE", "UNITCUSTOMERCODE", "NAME", "FEDERALID", "STATEID", "DISTRICTID",
                  "PAYMENTPLANCODE", "PRICETABLECODE", "SELLERCODE"]


def _kinds(ctx: Context, service: str, operation: str) -> list[tuple[str, str]]:
    return options(ctx.call_open(service, operation))


def _by_kind(rows, kind_field: str) -> dict[str, dict]:
    return {(r.get(kind_field) or "").strip(): r for r in rows or []}


def _addresses_from(form, kinds) -> list[dict]:
    return [{"TYPEOFADDRESS": kind, **{f: form.get(f"addr_{kind}_{f}", "").strip() for f in ADDRESS_FIELDS}}
            for kind, _label in kinds]


def _phones_from(form, kinds) -> list[dict]:
    return [{"TYPEOFPHONE": kind, **{f: form.get(f"phone_{kind}_{f}", "").strip() for f in PHONE_FIELDS}}
            for kind, _label in kinds]


def _record_page(ctx: Context, record: dict, error: str = "", status: str = "200 OK") -> Response:
    return ctx.render("customer_record.html", status=status, customer=record, error=error,
                      shown=ctx.columns("MTCUSTOMER", "CUSTOMERVIEW", CUSTOMER_SHOWN),
                      editable=ctx.columns("MTCUSTOMER", "CUSTOMERVIEW", CUSTOMER_EDITABLE),
                      address_cols=ctx.columns("MTCUSTOMER", "ADDRESSVIEW", ADDRESS_FIELDS),
                      phone_cols=ctx.columns("MTCUSTOMER", "PHONEVIEW", PHONE_FIELDS),
                      address_kinds=_kinds(ctx, "MTCUSTOMER", "GETTYPEOFADDRESS"),
                      phone_kinds=_kinds(ctx, "MTCUSTOMER", "GETTYPEOFPHONE")[:2],
                      addresses=_by_kind(record.get("ADDRESSES"), "TYPEOFADDRESS"),
                      phones=_by_kind(record.get("PHONES"), "TYPEOFPHONE"))


@page("GET", "/customer-record", customer=True)
def customer_record(ctx: Context) -> Response:
    """The customer's record (GETCUSTOMER) as a form."""
    return _record_page(ctx, ctx.call("MTCUSTOMER", "GETCUSTOMER", CUSTOMERID=ctx.customer_id))


@page("POST", "/customer-record", customer=True)
def save_customer_record(ctx: Context) -> Response:
    """PUTCUSTOMER: the record as read, with what the customer may change from the form."""
    form = ctx.request.form
    record = ctx.call("MTCUSTOMER", "GETCUSTOMER", CUSTOMERID=ctx.customer_id)
    for name in CUSTOMER_EDITABLE:
        record[name] = form.get(name, "").strip()
    record["ADDRESSES"] = _addresses_from(form, _kinds(ctx, "MTCUSTOMER", "GETTYPEOFADDRESS"))
    record["PHONES"] = _phones_from(form, _kinds(ctx, "MTCUSTOMER", "GETTYPEOFPHONE")[:2])
    wire = {k: v for k, v in record.items() if k not in ("ADDRESSES", "PHONES", "USERFIELDS") and v is not None}
    wire["ADDRESSES"] = {"ADDRESSVIEW": record["ADDRESSES"]}
    wire["PHONES"] = {"PHONEVIEW": record["PHONES"]}
    try:
        ctx.call("MTCUSTOMER", "PUTCUSTOMER", CUSTOMERID=ctx.customer_id, CUSTOMER=wire)
    except ServiceFault as fault:
        return _record_page(ctx, record, error=fault.text, status="422 Unprocessable Entity")
    return ctx.redirect("/customer-record", flash=ctx.t("portal_saved"))


# --- contacts ------------------------------------------------------------------------------------

CONTACT_GRID = ["CONTACTID", "NAME", "FEDERALID", "EMAIL"]
CONTACT_TEXT = ["NAME", "FEDERALID", "EMAIL", "HOMEPAGE"]
CONTACT_CHOICES = [("POSITION", "GETPOSITION"), ("GROUP", "GETGROUP"), ("DEPARTMENT", "GETDEPARTMENT")]


@page("GET", "/contacts", customer=True)
def contacts(ctx: Context) -> Response:
    """The customer's contacts (BRWCONTACT); none is a fault of the service, shown as it says."""
    try:
        rows, empty = ctx.call("CRMCUSTOMERCONTACT", "BRWCONTACT", CUSTOMERID=ctx.customer_id) or [], ""
    except ServiceFault as fault:
        rows, empty = [], fault.text
    return ctx.render("contacts.html", rows=rows, empty=empty,
                      cols=ctx.columns("CRMCUSTOMERCONTACT", "CONTACTVIEW", CONTACT_GRID))


def _contact_page(ctx: Context, contact: dict, error: str = "", status: str = "200 OK") -> Response:
    choices = {name: options(ctx.call_open("CRMCUSTOMERCONTACT", operation)) for name, operation in CONTACT_CHOICES}
    return ctx.render("contact.html", status=status, contact=contact, error=error, choices=choices,
                      cols={c.field: c for c in ctx.columns("CRMCUSTOMERCONTACT", "CONTACTVIEW")},
                      address_cols=ctx.columns("CRMCUSTOMERCONTACT", "ADDRESSVIEW", ADDRESS_FIELDS),
                      phone_cols=ctx.columns("CRMCUSTOMERCONTACT", "PHONEVIEW", PHONE_FIELDS),
                      address_kinds=_kinds(ctx, "CRMCUSTOMERCONTACT", "GETTYPEOFADDRESS")[:1],
                      phone_kinds=_kinds(ctx, "CRMCUSTOMERCONTACT", "GETTYPEOFPHONE"),
                      addresses=_by_kind(contact.get("ADDRESSES"), "TYPEOFADDRESS"),
                      phones=_by_kind(contact.get("PHONES"), "TYPEOFPHONE"))


@page("GET", "/contact", customer=True)
def contact(ctx: Context) -> Response:
    """One contact (GETCONTACT) as a form; without an id, a new one."""
    contact_id = ctx.request.get("id")
    found = ctx.call("CRMCUSTOMERCONTACT", "GETCONTACT", CUSTOMERID=ctx.customer_id,
                     CONTACTID=contact_id) if contact_id else {}
    return _contact_page(ctx, found)


@page("POST", "/contact", customer=True)
def save_contact(ctx: Context) -> Response:
    """PUTCONTACT: a new contact when no id is posted; the answer is its code."""
    form = ctx.request.form
    contact = {name: form.get(name, "").strip() for name in CONTACT_TEXT + [n for n, _ in CONTACT_CHOICES]}
    contact["CONTACTID"] = form.get("CONTACTID", "").strip()
    contact["ADDRESSES"] = _addresses_from(form, _kinds(ctx, "CRMCUSTOMERCONTACT", "GETTYPEOFADDRESS")[:1])
    contact["PHONES"] = _phones_from(form, _kinds(ctx, "CRMCUSTOMERCONTACT", "GETTYPEOFPHONE"))
    wire = {k: v for k, v in contact.items() if k not in ("ADDRESSES", "PHONES")}
    wire["ADDRESSES"] = {"ADDRESSVIEW": contact["ADDRESSES"]}
    wire["PHONES"] = {"PHONEVIEW": [p for p in contact["PHONES"] if p["PHONENUMBER"]]}
    try:
        code = ctx.call("CRMCUSTOMERCONTACT", "PUTCONTACT", CUSTOMERID=ctx.customer_id, CONTACT=wire)
    except ServiceFault as fault:
        return _contact_page(ctx, contact, error=fault.text, status="422 Unprocessable Entity")
    return ctx.redirect("/contact", flash=ctx.t("portal_saved"), id=(code or contact["CONTACTID"]).strip())


# --- sales representative ------------------------------------------------------------------------

SELLER_FIELDS = ["SELLERCODE", "NAME", "NICKNAME", "EMAIL", "HOMEPAGE", "FEDERALID"]


@page("GET", "/seller", customer=True)
def seller(ctx: Context) -> Response:
    """The customer's sales representative: the customer's SELLERCODE (GETCUSTOMER), then GETSELLER."""
    customer = ctx.call("MTCUSTOMER", "GETCUSTOMER", CUSTOMERID=ctx.customer_id)
    code = (customer.get("SELLERCODE") or "").strip()
    if not code:
        return ctx.message(ctx.t("portal_no_seller"), error=False)
    found = ctx.call("MTCUSTOMERSELLER", "GETSELLER", CUSTOMERID=ctx.customer_id, SELLERCODE=code)
    address = found.get("ADDRESSES") or {}
    return ctx.render("seller.html", seller=found, cols=ctx.columns("MTCUSTOMERSELLER", "SELLERVIEW", SELLER_FIELDS),
                      address=address if isinstance(address, dict) else (address[0] if address else {}),
                      address_cols=ctx.columns("MTCUSTOMERSELLER", "ADDRESSVIEW", ADDRESS_FIELDS),
                      phones=found.get("PHONES") or [],
                      phone_cols=ctx.columns("MTCUSTOMERSELLER", "PHONEVIEW", ["TYPEOFPHONE"] + PHONE_FIELDS),
                      phone_kinds=dict(_kinds(ctx, "MTCUSTOMERSELLER", "GETTYPEOFPHONE")))


# --- tasks ---------------------------------------------------------------------------------------

TASK_GRID = ["TASKID", "SUBJECT", "STARTDATE", "ENDDATE", "PRIORITYDESCRIPTION", "STATUSDESCRIPTION",
             "PERCENTCOMPLETE"]


@page("GET", "/tasks", customer=True)
def tasks(ctx: Context) -> Response:
    """The customer's tasks in a period (BRWTASK; none found is the service's fault, shown)."""
    date_from, date_to = parse_date(ctx.request.get("from")), parse_date(ctx.request.get("to"))
    try:
        rows, empty = ctx.call("FTCUSTOMERTASK", "BRWTASK", CUSTOMERID=ctx.customer_id, DATEFROM=date_from,
                               DATETO=date_to) or [], ""
    except ServiceFault as fault:
        rows, empty = [], fault.text
    return ctx.render("tasks.html", rows=rows, empty=empty, date_from=iso(date_from), date_to=iso(date_to),
                      cols=ctx.columns("FTCUSTOMERTASK", None, TASK_GRID))


def _task_page(ctx: Context, task: dict, error: str = "", status: str = "200 OK") -> Response:
    return ctx.render("task.html", status=status, task=task, error=error,
                      cols={c.field: c for c in ctx.columns("FTCUSTOMERTASK", None)},
                      priorities=options(ctx.call_open("FTCUSTOMERTASK", "GETPRIORITY")),
                      statuses=options(ctx.call_open("FTCUSTOMERTASK", "GETSTATUS")), iso=iso)


@page("GET", "/task", customer=True)
def task(ctx: Context) -> Response:
    """One task (GETTASK) as a form; without an id a new one, starting and ending today."""
    task_id = ctx.request.get("id")
    if task_id:
        found = ctx.call("FTCUSTOMERTASK", "GETTASK", CUSTOMERID=ctx.customer_id, TASKID=task_id)
    else:
        found = {"STARTDATE": dt.date.today(), "ENDDATE": dt.date.today(), "STATUSCODE": "1", "PRIORITY": "2"}
    return _task_page(ctx, found)


@page("POST", "/task", customer=True)
def save_task(ctx: Context) -> Response:
    """PUTTASK: a new task when no id is posted."""
    form = ctx.request.form
    task = {"TASKID": form.get("TASKID", "").strip(), "SUBJECT": form.get("SUBJECT", "").strip(),
            "NOTE": form.get("NOTE", "").strip(), "PRIORITY": form.get("PRIORITY", "").strip(),
            "STATUSCODE": form.get("STATUSCODE", "").strip() or "1",
            "STARTDATE": parse_date(form.get("STARTDATE")), "ENDDATE": parse_date(form.get("ENDDATE")),
            "PERCENTCOMPLETE": parse_number(form.get("PERCENTCOMPLETE"))}
    try:
        code = ctx.call("FTCUSTOMERTASK", "PUTTASK", CUSTOMERID=ctx.customer_id,
                        TASK={k: v for k, v in task.items() if v is not None})
    except ServiceFault as fault:
        return _task_page(ctx, task, error=fault.text, status="422 Unprocessable Entity")
    return ctx.redirect("/task", flash=ctx.t("portal_saved"), id=(code or task["TASKID"]).strip())
