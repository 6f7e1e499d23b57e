"""MTCUSTOMERSALESORDER: sales orders (place, calculate, read, browse, delete) and their tracking."""
from model import order_tracking, release_status, sales_order
from model.errors import PortalError
from model.order_items import ItemInput
from soap.service import Service, required
from views import ArrayOf
from views.sales import (ORDERSTATUSTOTALVIEW, ORDERTOTALVIEW, SALESORDERHEADERVIEW, SALESORDERITEMVIEW,
                         SALESORDERRELEASEVIEW, SALESORDERVIEW)

SERVICE = Service("MTCUSTOMERSALESORDER", "Pedidos de venta: alta, cálculo, consulta y seguimiento")
HEADER_FIELDS, ITEM_FIELDS = sales_order.HEADER_FIELDS, sales_order.ITEM_FIELDS
SELLERS = 5  # C5_VEND1..5


# --- SOAP view <-> columns ---------------------------------------------------------------------


def _order_in(view) -> tuple[dict, list[ItemInput]]:
    header_view = (view or {}).get("SOHEADER")
    if not header_view:
        raise PortalError("required", field="SOHEADER")
    header = {column: header_view.get(name) for name, column in HEADER_FIELDS.items()}
    volumes = [(v.get("CODE") or "", v.get("VALUE")) for v in header_view.get("PACKAGESVOLUMES") or []]
    header.update(sales_order.volumes_columns(volumes))
    items = [
        ItemInput(item=v.get("ORDERITEM") or "", product=v.get("PRODUCTID") or "", quantity=v.get("QUANTITY"),
                  tes=v.get("ITEMOUTFLOWTYPE") or "", net_price=v.get("NETUNITPRICE"),
                  list_price=v.get("UNITLISTPRICE"), discount=v.get("DISCOUNTPERCENTAGE"),
                  delivery=v.get("DELIVERYDATE"), warehouse=v.get("WAREHOUSE") or "",
                  extra={column: v.get(name) for name, column in ITEM_FIELDS.items() if column in sales_order.ITEM_AS_SENT})
        for v in (view.get("SOITEM") or [])
    ]
    return header, items


def _get(row, column):
    return row[column] if isinstance(row, dict) else getattr(row, column)


def header_view(row) -> dict:
    view = {name: _get(row, column) for name, column in HEADER_FIELDS.items()}
    view["SELLERS"] = [{"CODE": _get(row, f"C5_VEND{n}"), "VALUE": _get(row, "C5_COMIS1") if n == 1 else None}
                       for n in range(1, SELLERS + 1) if _get(row, f"C5_VEND{n}")]
    view["PACKAGESVOLUMES"] = [{"CODE": _get(row, f"C5_ESPECI{n}"), "VALUE": _get(row, f"C5_VOLUME{n}")}
                               for n in (1, 2) if _get(row, f"C5_ESPECI{n}") or _get(row, f"C5_VOLUME{n}")]
    view["USERFIELDS"] = []
    return view


def item_view(row) -> dict:
    view = {name: _get(row, column) for name, column in ITEM_FIELDS.items()}
    commission = _get(row, "C6_COMIS1")
    view["COMMISSIONSPERCENTAGE"] = [{"CODE": "1", "VALUE": commission}] if commission else []
    view["USERFIELDS"] = []
    return view


def order_view(order: sales_order.Order) -> dict:
    return {"SOHEADER": header_view(order.header), "SOITEM": [item_view(i) for i in order.items]}


def _release_view(line: order_tracking.ReleaseLine, lang: str) -> dict:
    return {"ORDERITEM": line.item, "PRODUCTID": line.product, "QUANTITY": line.quantity,
            "RELEASEDATE": line.release_date, "STATUSCODE": line.status,
            "STATUS": release_status.status_text(line.status, lang)}


# --- operations --------------------------------------------------------------------------------

ORDER_PARAMS = dict(USERCODE=required("C"), CUSTOMERID=required("C"), SALESORDER=required(SALESORDERVIEW))


@SERVICE.operation(returns="C", writes=True, **ORDER_PARAMS)
def PUTSALESORDER(call, usercode, customerid, salesorder):
    """Places a new order, or changes one still in portfolio (SOHEADER/ORDERID set); the order number."""
    customer = call.access(usercode, customerid).customer
    header, items = _order_in(salesorder)
    return sales_order.put_order(call.session, customer, header, items, call.today)


@SERVICE.operation(returns=SALESORDERVIEW, **ORDER_PARAMS)
def CALCSALESORDER(call, usercode, customerid, salesorder):
    """The order as PUTSALESORDER would store it (prices, discounts, totals), writing nothing."""
    customer = call.access(usercode, customerid).customer
    header, items = _order_in(salesorder)
    return order_view(sales_order.calc_order(call.session, customer, header, items, call.today))


@SERVICE.operation(returns=SALESORDERVIEW, USERCODE=required("C"), CUSTOMERID=required("C"), ORDERID=required("C"))
def GETSALESORDER(call, usercode, customerid, orderid):
    """One of the customer's orders, header and items."""
    customer = call.access(usercode, customerid).customer
    return order_view(sales_order.get_order(call.session, customer, orderid))


BROWSE_PARAMS = dict(QUERYADDWHERE="C", INDEXKEY="C", PAGELEN="I", PAGEFIRST="I")


@SERVICE.operation(returns=ArrayOf(SALESORDERHEADERVIEW), USERCODE=required("C"), CUSTOMERID=required("C"),
                   REGISTERDATEFROM="D", REGISTERDATETO="D", BIDNUMBERFROM="C", BIDNUMBERTO="C", **BROWSE_PARAMS)
def BRWSALESORDER(call, usercode, customerid, registerdatefrom, registerdateto, bidnumberfrom, bidnumberto,
                  queryaddwhere, indexkey, pagelen, pagefirst):
    """The customer's order headers by issue date and bid number, ordered by INDEXKEY and paged."""
    customer = call.access(usercode, customerid).customer
    orders = sales_order.browse_orders(
        call.session, customer, lambda stmt: call.page(stmt, pagelen, pagefirst), date_from=registerdatefrom,
        date_to=registerdateto, bid_from=bidnumberfrom, bid_to=bidnumberto, queryaddwhere=queryaddwhere,
        indexkey=indexkey)
    return [header_view(o) for o in orders]


@SERVICE.operation(returns=ArrayOf(SALESORDERHEADERVIEW), USERCODE=required("C"), CUSTOMERID=required("C"),
                   ORDERID="C", **BROWSE_PARAMS)
def BRWIDORDER(call, usercode, customerid, orderid, queryaddwhere, indexkey, pagelen, pagefirst):
    """The customer's order headers whose number starts with ORDERID (all when blank)."""
    customer = call.access(usercode, customerid).customer
    orders = sales_order.browse_orders(
        call.session, customer, lambda stmt: call.page(stmt, pagelen, pagefirst), number_prefix=orderid,
        queryaddwhere=queryaddwhere, indexkey=indexkey)
    return [header_view(o) for o in orders]


@SERVICE.operation(returns="L", writes=True, USERCODE=required("C"), CUSTOMERID=required("C"), ORDERID=required("C"))
def DELSALESORDER(call, usercode, customerid, orderid):
    """Deletes an order still in portfolio."""
    customer = call.access(usercode, customerid).customer
    sales_order.delete_order(call.session, customer, orderid)
    return True


@SERVICE.operation(returns=ArrayOf(SALESORDERRELEASEVIEW), USERCODE=required("C"), CUSTOMERID=required("C"),
                   ORDERID=required("C"))
def GETRELEASE(call, usercode, customerid, orderid):
    """The release status of each item of an order (portfolio, released, blocked, invoiced)."""
    customer = call.access(usercode, customerid).customer
    order = sales_order.find_order(call.session, customer, orderid)
    lines = order_tracking.release_lines(call.session, customer, number=order.C5_NUM)
    return [_release_view(line, call.lang) for line in lines]


@SERVICE.operation(returns=ArrayOf(SALESORDERRELEASEVIEW), USERCODE=required("C"), CUSTOMERID=required("C"),
                   DATEFROM="D", DATETO="D", PAGELEN="I", PAGEFIRST="I")
def BRWRELEASE(call, usercode, customerid, datefrom, dateto, pagelen, pagefirst):
    """The release lines of the orders issued in a period, by order and item."""
    customer = call.access(usercode, customerid).customer
    lines = order_tracking.release_lines(call.session, customer, lambda stmt: call.page(stmt, pagelen, pagefirst),
                                         date_from=datefrom, date_to=dateto)
    return [_release_view(line, call.lang) for line in lines]


@SERVICE.operation(returns=ORDERTOTALVIEW, USERCODE=required("C"), CUSTOMERID=required("C"),
                   REGISTERDATEFROM="D", REGISTERDATETO="D")
def BRWSALESORDERTOTAL(call, usercode, customerid, registerdatefrom, registerdateto):
    """How many orders, and for how much, the customer has in each status."""
    customer = call.access(usercode, customerid).customer
    totals = order_tracking.status_totals(call.session, customer, registerdatefrom, registerdateto)
    return {
        "QUANTITY": sum(t.orders for t in totals), "VALUE": sum(t.value for t in totals),
        "STATUSES": [{"STATUSCODE": t.status, "STATUS": release_status.status_text(t.status, call.lang),
                      "QUANTITY": t.orders, "VALUE": t.value} for t in totals],
    }


SERVICE.header_operation(SALESORDERHEADERVIEW, SALESORDERITEMVIEW, SALESORDERRELEASEVIEW, ORDERTOTALVIEW,
                         ORDERSTATUSTOTALVIEW)
