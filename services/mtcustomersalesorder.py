"""MTCUSTOMERSALESORDER: the customer's sales orders (place, change, read, browse, delete) and how
they are released."""
from model import order_tracking, sales_order, user_fields
from model.tables import SC5
from soap.service import Service
from views.documents import (ORDER_FIELD_NAMES, ORDER_HEADER_COLUMNS, order_header_view, order_in, order_view,
                             release_view)
from views.fiscal import INVOICEHEADERVIEW
from views.framework import UserFieldViews
from views.sales import COMISSION, PACKAGESVIEW, SALESORDERHEADERVIEW, SALESORDERITEMVIEW, SALESORDERRELEASE
from views.shared import GENERICSTRUCT

SERVICE = Service("MTCUSTOMERSALESORDER", "Pedidos de venta: alta, consulta y seguimiento")


@SERVICE.operation(writes=True, field_names=ORDER_FIELD_NAMES)
def PUTSALESORDER(call, usercode, customerid, salesorder):
    """Places a new order, or changes one still in portfolio (SOHEADER/ORDERID set, its complete
    new list of items): the order number."""
    customer = call.access(usercode, customerid).customer
    header, items = order_in(salesorder)
    return sales_order.put_order(call.session, customer, header, items, call.today)


@SERVICE.operation(field_names=ORDER_FIELD_NAMES)
def GETSALESORDER(call, usercode, customerid, orderid, queryaddwhere):
    """One of the customer's orders, header and items (QUERYADDWHERE filters the items)."""
    customer = call.access(usercode, customerid).customer
    order = sales_order.get_order(call.session, customer, orderid, queryaddwhere)
    extra = UserFieldViews(user_fields.values(call.session, SC5, [order.header]), call.lang)
    return order_view(order, call.lang, userfields=extra.of(order.header))


@SERVICE.operation()
def BRWSALESORDER(call, usercode, customerid, registerdatefrom, registerdateto, bidnumberfrom, bidnumberto,
                  queryaddwhere, indexkey, pagelen, pagefirst):
    """The customer's orders issued in a period (today when no date is sent, as Protheus) and
    within a range of bid numbers, ordered by INDEXKEY and paged."""
    customer = call.access(usercode, customerid).customer
    orders = sales_order.browse_orders(
        call.session, customer, call.window(pagelen, pagefirst),
        date_from=registerdatefrom or call.today, date_to=registerdateto or call.today, bid_from=bidnumberfrom,
        bid_to=bidnumberto, queryaddwhere=queryaddwhere, indexkey=indexkey, columns=ORDER_HEADER_COLUMNS)
    extra = UserFieldViews(user_fields.values(call.session, SC5, orders), call.lang)
    return [order_header_view(o, call.lang, extra.of(o)) for o in orders]


@SERVICE.operation()
def BRWTOTALSALESORDER(call, usercode, customerid, registerdatefrom, registerdateto, bidnumberfrom, bidnumberto,
                       queryaddwhere):
    """How many orders BRWSALESORDER lists with the same filters (the current month when no date
    is sent, as Protheus)."""
    customer = call.access(usercode, customerid).customer
    first, last = call.month()
    return sales_order.count_orders(call.session, customer, date_from=registerdatefrom or first,
                                    date_to=registerdateto or last, bid_from=bidnumberfrom, bid_to=bidnumberto,
                                    queryaddwhere=queryaddwhere)


@SERVICE.operation()
def BRWIDORDER(call, usercode, customerid, orderid, queryaddwhere, indexkey, pagelen, pagefirst):
    """The look-up of bid numbers: the customer's orders that carry one containing ORDERID (every
    one when blank), by issue date and number."""
    customer = call.access(usercode, customerid).customer
    orders = sales_order.browse_bids(call.session, customer, lambda stmt: call.page(stmt, pagelen, pagefirst),
                                     orderid, queryaddwhere)
    return [order_header_view(o, call.lang) for o in orders]


@SERVICE.operation(writes=True)
def DELSALESORDER(call, usercode, customerid, orderid):
    """Deletes an order still in portfolio. Answers nothing, as Protheus."""
    customer = call.access(usercode, customerid).customer
    sales_order.delete_order(call.session, customer, orderid)
    return ""


@SERVICE.operation()
def GETRELEASE(call, usercode, customerid, orderid, queryaddwhere):
    """The releases of an order (SC9): item, quantity and status of each."""
    customer = call.access(usercode, customerid).customer
    return [release_view(r, call.lang)
            for r in order_tracking.releases_of_order(call.session, customer, orderid, queryaddwhere)]


@SERVICE.operation()
def BRWRELEASE(call, usercode, customerid, registerdatefrom, registerdateto, queryaddwhere):
    """The releases of the orders issued in a period (today when no date is sent)."""
    customer = call.access(usercode, customerid).customer
    return [release_view(r, call.lang) for r in order_tracking.releases_of_period(
        call.session, customer, registerdatefrom or call.today, registerdateto or call.today, queryaddwhere)]


@SERVICE.operation()
def GETSTATUSRELEASE(call, usercode, customerid, orderid, queryaddwhere):
    """The status of an order, from its releases (Cartera, Liberado, Facturado, Blq. de ...)."""
    customer = call.access(usercode, customerid).customer
    return order_tracking.order_status(call.session, customer, orderid, call.lang, queryaddwhere)


# INVOICEHEADERVIEW: the order tracking page lists an order's invoices (MTCUSTOMERINVOICE.BRWINVOICE)
# with the grid it asks of this service
SERVICE.header_operation(SALESORDERHEADERVIEW, SALESORDERITEMVIEW, SALESORDERRELEASE, COMISSION, PACKAGESVIEW,
                         GENERICSTRUCT, INVOICEHEADERVIEW)
