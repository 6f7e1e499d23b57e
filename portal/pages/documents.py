"""The order form and the quote form (the standard's PWSC054-057 and PWSC084-087): a draft that is
calculated by the simulation service (MTSIMULATIONSALESORDER / MTSIMULATIONBUDGET) and saved by
PUTSALESORDER / PUTBUDGET.

The draft lives in the form itself (header fields and item rows), never in the session. The form
sends products, quantities and the customer's references only: prices are the server's, from
the calculation, and are never posted back (the web services price what they are sent).
When a calculation or a save answers the help A410VZ (quantity, price or TES left blank), each
item is calculated alone to find the ones it concerns, and the help is shown beside them.
"""
from __future__ import annotations

from dataclasses import dataclass

from portal.app import Context, page
from portal.pages.forms import parse_number
from portal.services import ServiceFault, ServiceUnavailable
from portal.web import Response

MAX_ROWS = 99  # item numbers are 01-99
NEW_ROWS = 1  # blank rows under the items ("add item" keeps what was typed and gives a new one)


@dataclass(frozen=True)
class Kind:
    path: str  # /order, /quote
    service: str
    get: str  # GETSALESORDER
    put: str  # PUTSALESORDER: the operation of the service and of its simulation
    id_param: str  # ORDERID
    put_param: str  # SALESORDER
    simulation: str
    simulation_param: str  # OLDSALESORDER
    simulation_extra: tuple  # (("PORTCLI", True),)
    header_key: str  # SOHEADER
    items_key: str  # SOITEM
    item_structure: str  # SALESORDERITEMVIEW
    header_view: str
    item_view: str
    id_field: str  # ORDERID in the header
    item_field: str  # ORDERITEM
    reference_field: str  # the customer's own number of an item
    editable: tuple  # header fields the customer types
    carried: tuple  # header fields kept as they are (defaults from the customer, or the document's)
    title_new: str
    title_edit: str
    saved: str


ORDER = Kind("/order", "MTCUSTOMERSALESORDER", "GETSALESORDER", "PUTSALESORDER", "ORDERID", "SALESORDER", "MTSIMULATIONSALESORDER",
             "OLDSALESORDER", (("PORTCLI", True),), "SOHEADER", "SOITEM", "SALESORDERITEMVIEW",
             "SALESORDERHEADERVIEW", "SALESORDERITEMVIEW", "ORDERID", "ORDERITEM", "CUSTOMERORDERNUMBER",
             ("BIDNUMBER", "CARRIERCODE", "INVOICEMESSAGE"), ("PAYMENTPLANCODE", "PRICELISTCODE"),
             "portal_new_order", "portal_change_order", "portal_order_saved")
QUOTE = Kind("/quote", "MTCUSTOMERBUDGET", "GETBUDGET", "PUTBUDGET", "BUDGETID", "BUDGET", "MTSIMULATIONBUDGET", "OLDBUDGET", (),
             "HEADER", "ITENS", "BUDGETITENSVIEW", "BUDGETHEADERVIEW", "BUDGETITENSVIEW", "BUDGETID", "BUDGETITEM",
             "CUSTOMERBUDGETID", ("QUOTATIONORORDERID",), ("PAYMENTPLANCODE", "PRICELISTCODE"),
             "portal_new_quote", "portal_change_quote", "portal_quote_saved")
ITEM_SHOWN = ["PRODUCTDESCRIPTION", "UNITOFMEASURE", "UNITLISTPRICE", "NETUNITPRICE", "NETTOTAL"]


# --- the draft -----------------------------------------------------------------------------------


def _split_customer(ctx: Context, kind: Kind) -> tuple[str, str]:
    """CUSTOMERCODE and CUSTOMERUNIT of the chosen customer, split by their sizes in the header's
    GETHEADER, as the standard portal splits them."""
    sizes = {c.field: c.size for c in ctx.columns(kind.service, kind.header_view, ["CUSTOMERCODE", "CUSTOMERUNIT"])}
    code_size = sizes.get("CUSTOMERCODE") or 6
    return ctx.customer_id[:code_size], ctx.customer_id[code_size:code_size + (sizes.get("CUSTOMERUNIT") or 2)]


def _new_header(ctx: Context, kind: Kind) -> dict:
    """A new document's header: the customer, and its payment plan and price list (GETCUSTOMER)."""
    code, store = _split_customer(ctx, kind)
    customer = ctx.call("MTCUSTOMER", "GETCUSTOMER", CUSTOMERID=ctx.customer_id)
    return {"CUSTOMERCODE": code, "CUSTOMERUNIT": store, "DELIVERYCUSTOMER": code, "DELIVERYUNITCODE": store,
            "PAYMENTPLANCODE": customer.get("PAYMENTPLANCODE") or "", "PRICELISTCODE": customer.get("PRICETABLECODE") or ""}


def _rows_from_form(form, kind: Kind) -> list[dict]:
    """The item rows typed in the form; a row without a product is left out, a row marked for removal too."""
    rows = []
    for n in range(1, MAX_ROWS + 1):
        if f"PRODUCTID_{n}" not in form:
            continue
        product = form.get(f"PRODUCTID_{n}", "").strip().upper()
        if not product or form.get(f"remove_{n}"):
            continue
        rows.append({kind.item_field: form.get(f"{kind.item_field}_{n}", "").strip(), "PRODUCTID": product,
                     "QUANTITY": parse_number(form.get(f"QUANTITY_{n}")),
                     kind.reference_field: form.get(f"REFERENCE_{n}", "").strip()})
    return rows


def _numbered(rows: list[dict], kind: Kind) -> list[dict]:
    """Item numbers as the standard gives them: a kept item keeps its number, a new one takes the
    next free one (01, 02, ...)."""
    used = {r[kind.item_field] for r in rows if r[kind.item_field]}
    next_number = 1
    for row in rows:
        if not row[kind.item_field]:
            while f"{next_number:02d}" in used:
                next_number += 1
            row[kind.item_field] = f"{next_number:02d}"
            used.add(row[kind.item_field])
    return rows


def _wire(kind: Kind, header: dict, rows: list[dict]) -> dict:
    """The document as the web service takes it: header and items, no price of the form's."""
    if kind is ORDER:
        header = {**header, "ORDERTYPECODE": "N"}
    items = [{kind.item_field: r[kind.item_field], "PRODUCTID": r["PRODUCTID"], "QUANTITY": r.get("QUANTITY") or 0,
              kind.reference_field: r.get(kind.reference_field) or ""} for r in rows]
    return {kind.header_key: {k: v for k, v in header.items() if v not in (None, "")},
            kind.items_key: {kind.item_structure: items}}


def _header_from_form(ctx: Context, kind: Kind, form) -> dict:
    code, store = _split_customer(ctx, kind)
    header = {"CUSTOMERCODE": code, "CUSTOMERUNIT": store, "DELIVERYCUSTOMER": code, "DELIVERYUNITCODE": store}
    document_id = form.get(kind.id_field, "").strip()
    if document_id:
        header[kind.id_field] = document_id
    for name in kind.carried + kind.editable:
        header[name] = form.get(name, "").strip()
    return header


# --- the page ------------------------------------------------------------------------------------


def _render(ctx: Context, kind: Kind, header: dict, rows: list[dict], *, calculated: dict | None = None,
            error: str = "", helps: dict | None = None, status: str = "200 OK") -> Response:
    """The form: header, item rows (with the calculation's prices when there is one), a blank row."""
    by_number = {(i.get(kind.item_field) or "").strip(): i for i in (calculated or {}).get(kind.items_key) or []}
    lines = []
    for row in rows:
        number = (row.get(kind.item_field) or "").strip()
        lines.append({**row, "calculated": by_number.get(number, {}), "help": (helps or {}).get(number, "")})
    total = sum((i.get("NETTOTAL") or 0) for i in by_number.values()) if calculated else None
    carriers = []
    if "CARRIERCODE" in kind.editable:  # the look-up of PWSC054 (F3 GETCARRIER); without it, no choice
        try:
            carriers = [((c.get("CODE") or "").strip(), c.get("DESCRIPTION") or "") for c in ctx.call(
                "MTCARRIER", "BRWCARRIER", PAGELEN=100, PAGEFIRST=1, NAMELIKE="", NICKNAMELIKE="") or []]
        except (ServiceFault, ServiceUnavailable):
            carriers = []
    document_id = header.get(kind.id_field) or ""
    return ctx.render(
        "document_form.html", status=status, kind=kind, header=header, lines=lines, blanks=NEW_ROWS, total=total,
        error=error, carriers=carriers, calculated=bool(calculated),
        title=ctx.t(kind.title_edit, number=document_id) if document_id else ctx.t(kind.title_new),
        header_cols={c.field: c for c in ctx.columns(kind.service, kind.header_view)},
        item_cols={c.field: c for c in ctx.columns(kind.service, kind.item_view)}, shown=ITEM_SHOWN)


def new_document(ctx: Context, kind: Kind) -> Response:
    product = ctx.request.get("product").upper()
    rows = [{kind.item_field: "", "PRODUCTID": product, "QUANTITY": None, kind.reference_field: ""}] if product else []
    return _render(ctx, kind, _new_header(ctx, kind), rows)


def edit_document(ctx: Context, kind: Kind) -> Response:
    document_id = ctx.request.get("id")
    found = ctx.call(kind.service, kind.get, CUSTOMERID=ctx.customer_id, **{kind.id_param: document_id})
    header = {name: found[kind.header_key].get(name) or "" for name in
              (kind.id_field, "CUSTOMERCODE", "CUSTOMERUNIT") + kind.carried + kind.editable}
    rows = [{kind.item_field: i.get(kind.item_field), "PRODUCTID": (i.get("PRODUCTID") or "").strip(),
             "QUANTITY": i.get("QUANTITY"), kind.reference_field: i.get(kind.reference_field) or ""}
            for i in found.get(kind.items_key) or []]
    return _render(ctx, kind, header, rows, calculated=found)


def post_document(ctx: Context, kind: Kind) -> Response:
    """``add`` a blank row, ``calculate`` (the simulation) or ``save`` (PUT...)."""
    form = ctx.request.form
    header = _header_from_form(ctx, kind, form)
    rows = _numbered(_rows_from_form(form, kind), kind)
    action = form.get("action", "")
    if action == "add":
        return _render(ctx, kind, header, rows)
    document = _wire(kind, header, rows)
    try:
        if action == "save":
            number = ctx.call(kind.service, kind.put, CUSTOMERID=ctx.customer_id, **{kind.put_param: document})
            number = (number or header.get(kind.id_field) or "").strip()
            return ctx.redirect(kind.path, flash=ctx.t(kind.saved, number=number), id=number)
        calculated = _simulate(ctx, kind, document)
    except ServiceFault as fault:
        helps = _helps(ctx, kind, header, rows, fault.text)
        return _render(ctx, kind, header, rows, error="" if helps else fault.text, helps=helps,
                       status="422 Unprocessable Entity")
    return _render(ctx, kind, header, rows, calculated=calculated)


def _simulate(ctx: Context, kind: Kind, document: dict) -> dict:
    return ctx.call(kind.simulation, kind.put, **{kind.simulation_param: document}, **dict(kind.simulation_extra))


def _helps(ctx: Context, kind: Kind, header: dict, rows: list[dict], text: str) -> dict[str, str]:
    """Item number -> the A410VZ help, for the items that raise it when calculated alone."""
    if "A410VZ" not in text or len(rows) < 1:
        return {}
    if len(rows) == 1:
        return {rows[0][kind.item_field]: text}
    found = {}
    for row in rows:
        try:
            _simulate(ctx, kind, _wire(kind, header, [row]))
        except ServiceFault as fault:
            if "A410VZ" in fault.text:
                found[row[kind.item_field]] = fault.text
    return found


# --- routes --------------------------------------------------------------------------------------


@page("GET", "/order/new", customer=True)
def new_order(ctx: Context) -> Response:
    return new_document(ctx, ORDER)


@page("GET", "/order/edit", customer=True)
def edit_order(ctx: Context) -> Response:
    return edit_document(ctx, ORDER)


@page("POST", "/order/form", customer=True)
def post_order(ctx: Context) -> Response:
    return post_document(ctx, ORDER)


@page("GET", "/quote/new", customer=True)
def new_quote(ctx: Context) -> Response:
    return new_document(ctx, QUOTE)


@page("GET", "/quote/edit", customer=True)
def edit_quote(ctx: Context) -> Response:
    return edit_document(ctx, QUOTE)


@page("POST", "/quote/form", customer=True)
def post_quote(ctx: Context) -> Response:
    return post_document(ctx, QUOTE)


__all__ = ["ORDER", "QUOTE", "Kind"]
