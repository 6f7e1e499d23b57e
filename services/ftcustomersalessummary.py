"""FTCUSTOMERSALESSUMMARY: the customer's sales statistics in a period, in the currency asked
for: invoiced, returned, given as a bonus and ordered, in total or per product."""
from model import sales_summary as stats
from soap.service import Service
from views.fiscal import PRODUCTSUMMARY, VALUESUMMARY, product_summary_view, summary_values

SERVICE = Service("FTCUSTOMERSALESSUMMARY", "Estadísticas de ventas del cliente")


def _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency, queryaddwhere=None):
    return stats.SummaryFilter(datefrom, dateto, typeofproduct or "", groupofproduct or "", productcode or "",
                               stats.currency_asked(currency), queryaddwhere)


def _values(call, summaries, labels, filters):
    return summary_values(summaries[0], labels, filters.currency, call.lang)


def _products(call, summaries, labels, filters):
    return [product_summary_view(s, labels, filters.currency, call.lang) for s in summaries]


@SERVICE.operation()
def GETSALESINVOICE(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct, productcode,
                    currency, queryaddwhere):
    """Net value, volume and gross value invoiced in the period."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency, queryaddwhere)
    return _values(call, stats.invoiced(call.session, customer, filters), "sales", filters)


@SERVICE.operation()
def GETPRODUCTSALESINVOICE(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct,
                           productcode, currency, queryaddwhere):
    """GETSALESINVOICE's figures per product."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency, queryaddwhere)
    return _products(call, stats.invoiced(call.session, customer, filters, by_product=True), "sales", filters)


@SERVICE.operation()
def GETRETURNINVOICE(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct, productcode,
                     currency):
    """Net value, volume and gross value the customer returned in the period."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency)
    return _values(call, stats.returned(call.session, customer, filters), "returns", filters)


@SERVICE.operation()
def GETPRODUCTRETURNINVOICE(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct,
                            productcode, currency):
    """GETRETURNINVOICE's figures per product."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency)
    return _products(call, stats.returned(call.session, customer, filters, by_product=True), "returns", filters)


@SERVICE.operation()
def GETSALESORDER(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct, productcode,
                  currency, queryaddwhere):
    """What was ordered in the period, and what of it is still to deliver."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency, queryaddwhere)
    return _values(call, stats.ordered(call.session, customer, filters), "orders", filters)


@SERVICE.operation()
def GETPRODUCTSALESORDER(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct,
                         productcode, currency, queryaddwhere):
    """GETSALESORDER's figures per product."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency, queryaddwhere)
    return _products(call, stats.ordered(call.session, customer, filters, by_product=True), "orders", filters)


@SERVICE.operation()
def GETBONUSINVOICE(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct, productcode,
                    currency):
    """What was given as a bonus (invoiced with a bonus TES) in the period."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency)
    return _values(call, stats.invoiced(call.session, customer, filters, stats.BONUS), "bonus", filters)


@SERVICE.operation()
def GETPRODUCTBONUSINVOICE(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct,
                           productcode, currency):
    """GETBONUSINVOICE's figures per product."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency)
    return _products(call, stats.invoiced(call.session, customer, filters, stats.BONUS, by_product=True), "bonus",
                     filters)


@SERVICE.operation()
def GETBONUSSALESORDER(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct, productcode,
                       currency):
    """What was ordered as a bonus in the period, and what of it is still to deliver."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency)
    return _values(call, stats.ordered(call.session, customer, filters, stats.BONUS), "bonus", filters)


@SERVICE.operation()
def GETPRODUCTBONUSSALESORDER(call, usercode, customerid, datefrom, dateto, typeofproduct, groupofproduct,
                              productcode, currency):
    """GETBONUSSALESORDER's figures per product."""
    customer = call.access(usercode, customerid).customer
    filters = _filters(datefrom, dateto, typeofproduct, groupofproduct, productcode, currency)
    return _products(call, stats.ordered(call.session, customer, filters, stats.BONUS, by_product=True), "bonus",
                     filters)


SERVICE.header_operation(VALUESUMMARY, PRODUCTSUMMARY)
