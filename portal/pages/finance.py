"""Finance: open bills (PWSC020-023), paid bills (PWSC160-163), credit notes (PWSC170-173), the
registration form (PWSC180/181) and the credit form by tax id (PWSC150-152)."""
from __future__ import annotations

from urllib.parse import urlencode

from portal.app import Context, page
from portal.pages.forms import default_range, iso, parse_date
from portal.services import ServiceFault, ServiceUnavailable
from portal.web import Response

BILL_GRID = ["PREFIX", "BILLNUMBER", "INSTALLMENT", "BILLTYPE", "CLASSCODE", "ISSUEDATE", "ORIGINALDUEDATE",
             "REALDUEDATE", "ORIGINALVALUE", "BALANCEVALUE", "DELAYINDAYS"]
BILL_KEYS = {"prefix": "PREFIX", "number": "BILLNUMBER", "installment": "INSTALLMENT", "type": "BILLTYPE"}


def _indexes(ctx: Context) -> list[tuple[str, str]]:
    """The "order by" of the bill browses: CFGDICTIONARY.GETINDEX of SE1, as the standard asks it;
    none (the service's own order) while that service is not served."""
    try:
        return [((r.get("DESCRIPTION") or "").strip(), r.get("CODE") or "")
                for r in ctx.call("CFGDICTIONARY", "GETINDEX", TABLE="SE1") or []]
    except (ServiceUnavailable, ServiceFault):
        return []


def bill_link(path: str):
    def link(row: dict) -> str:
        return f"/portal/{path}?" + urlencode({k: (row.get(f) or "").strip() for k, f in BILL_KEYS.items()})
    return link


def _browse(ctx: Context, operation: str, title: str, link, **filters) -> Response:
    indexes = _indexes(ctx)
    order = ctx.request.get("order")
    indexkey = order if order in {key for key, _ in indexes} else None
    try:
        rows, empty = ctx.call("FINANCECUSTOMERBILL", operation, CUSTOMERID=ctx.customer_id, QUERYADDWHERE="",
                               INDEXKEY=indexkey, **filters) or [], ""
    except ServiceFault as fault:
        rows, empty = [], fault.text
    return ctx.render("bills.html", title=title, rows=rows, empty=empty, link=link, indexes=indexes, order=order,
                      cols=ctx.columns("FINANCECUSTOMERBILL", "BILLVIEW", BILL_GRID),
                      dates={k: iso(v) for k, v in filters.items()})


@page("GET", "/bills", customer=True)
def bills(ctx: Context) -> Response:
    """The customer's open bills (BRWBILL)."""
    return _browse(ctx, "BRWBILL", ctx.t("portal_open_bills"), bill_link("bill"))


@page("GET", "/bill", customer=True)
def bill(ctx: Context) -> Response:
    """One open bill (GETBILL), every field of BILLVIEW."""
    keys = {field: ctx.request.get(name) for name, field in BILL_KEYS.items()}
    found = ctx.call("FINANCECUSTOMERBILL", "GETBILL", CUSTOMERID=ctx.customer_id, **keys)
    return ctx.render("bill.html", title=ctx.t("portal_bill", number=keys["BILLNUMBER"]), bill=found,
                      cols=ctx.columns("FINANCECUSTOMERBILL", "BILLVIEW"), payments=None, back="/portal/bills")


@page("GET", "/paid-bills", customer=True)
def paid_bills(ctx: Context) -> Response:
    """The customer's bills paid in a period (BRWPAIDBILL)."""
    first, last = default_range(365)
    return _browse(ctx, "BRWPAIDBILL", ctx.t("portal_paid_bills"), bill_link("paid-bill"),
                   DATEFROM=parse_date(ctx.request.get("from")) or first,
                   DATETO=parse_date(ctx.request.get("to")) or last)


@page("GET", "/paid-bill", customer=True)
def paid_bill(ctx: Context) -> Response:
    """A paid bill and its payments (GETPAIDBILL)."""
    keys = {field: ctx.request.get(name) for name, field in BILL_KEYS.items()}
    found = ctx.call("FINANCECUSTOMERBILL", "GETPAIDBILL", CUSTOMERID=ctx.customer_id, **keys)
    return ctx.render("bill.html", title=ctx.t("portal_bill", number=keys["BILLNUMBER"]), bill=found.get("BILL") or {},
                      cols=ctx.columns("FINANCECUSTOMERBILL", "BILLVIEW"), payments=found.get("PAYMENT") or [],
                      payment_cols=ctx.columns("FINANCECUSTOMERBILL", "PAIDBILLVIEW"), back="/portal/paid-bills")


@page("GET", "/credit-notes", customer=True)
def credit_notes(ctx: Context) -> Response:
    """The customer's credit notes (BRWCREDITNOTE), shown as the browse gives them."""
    return _browse(ctx, "BRWCREDITNOTE", ctx.t("portal_credit_notes"), None)


@page("GET", "/registration-form", customer=True)
def registration_form(ctx: Context) -> Response:
    """The customer's registration form (FINANCECUSTOMERREGFORM.GETREGFORM), every header field."""
    found = ctx.call("FINANCECUSTOMERREGFORM", "GETREGFORM", CUSTOMERID=ctx.customer_id)
    return ctx.render("regform.html", title=ctx.t("portal_registration_form"), form=found, federal_id=None,
                      cols=ctx.columns("FINANCECUSTOMERREGFORM", None))


@page("GET", "/credit-form")
def credit_form(ctx: Context) -> Response:
    """The credit form by tax id (FINANCEREGFORM.GETREGFORM), the chosen customer's by default."""
    customer = ctx.session.customer
    federal_id = ctx.request.get("federalid") or (customer.federal_id if customer else "")
    found, error = None, ""
    if federal_id:
        try:
            found = ctx.call("FINANCEREGFORM", "GETREGFORM", FEDERALID=federal_id)
        except ServiceFault as fault:
            error = fault.text
    return ctx.render("regform.html", title=ctx.t("portal_credit_form"), form=found, federal_id=federal_id,
                      error=error, cols=ctx.columns("FINANCEREGFORM", None))
