"""MTCUSTOMERPRODUCTIONORDER: the production orders made for the customer's sales orders, browsed
by their dates, counted, read in full with their requirements, movements and losses."""
from model import production
from model.production import DateRanges, Owner
from soap.service import Service
from views.industrial import (
                              PRODUCTION_GRIDS,
                              loss_view,
                              movement_view,
                              production_order_view,
                              requirement_view,
)

SERVICE = Service("MTCUSTOMERPRODUCTIONORDER", "Órdenes de producción del cliente")


def ranges(podatefrom, podateto, startforecastdatefrom, startforecastdateto, finishforecastdatefrom,
           finishforecastdateto, startadjusteddatefrom, startadjusteddateto, finishadjusteddatefrom,
           finishadjusteddateto) -> DateRanges:
    return DateRanges((podatefrom, podateto), (startforecastdatefrom, startforecastdateto),
                      (finishforecastdatefrom, finishforecastdateto), (startadjusteddatefrom, startadjusteddateto),
                      (finishadjusteddatefrom, finishadjusteddateto))


def owner(call, usercode, customerid) -> Owner:
    return Owner(customer=call.access(usercode, customerid).customer)


@SERVICE.operation()
def BRWPRODUCTIONORDER(call, usercode, customerid, podatefrom, podateto, startforecastdatefrom, startforecastdateto,
                       finishforecastdatefrom, finishforecastdateto, startadjusteddatefrom, startadjusteddateto,
                       finishadjusteddatefrom, finishadjusteddateto, queryaddwhere, indexkey, pagelen, pagefirst):
    """The customer's production orders within the periods sent, ordered by INDEXKEY and paged;
    an empty page is a fault."""
    orders = production.browse(
        call.session, owner(call, usercode, customerid),
        ranges(podatefrom, podateto, startforecastdatefrom, startforecastdateto, finishforecastdatefrom,
               finishforecastdateto, startadjusteddatefrom, startadjusteddateto, finishadjusteddatefrom,
               finishadjusteddateto),
        queryaddwhere, indexkey, lambda stmt: call.page(stmt, pagelen, pagefirst))
    return [production_order_view(o) for o in orders]


@SERVICE.operation()
def BRWTOTALPRODUCTIONORDER(call, usercode, customerid, podatefrom, podateto, startforecastdatefrom,
                            startforecastdateto, finishforecastdatefrom, finishforecastdateto, startadjusteddatefrom,
                            startadjusteddateto, finishadjusteddatefrom, finishadjusteddateto, queryaddwhere):
    """How many production orders BRWPRODUCTIONORDER lists with the same filters."""
    return production.count(
        call.session, owner(call, usercode, customerid),
        ranges(podatefrom, podateto, startforecastdatefrom, startforecastdateto, finishforecastdatefrom,
               finishforecastdateto, startadjusteddatefrom, startadjusteddateto, finishadjusteddatefrom,
               finishadjusteddateto),
        queryaddwhere)


@SERVICE.operation()
def GETPRODUCTIONORDER(call, usercode, customerid, poid, poitem, posequence):
    """One of the customer's production orders (POID may carry the whole number)."""
    return production_order_view(production.find(call.session, owner(call, usercode, customerid), poid, poitem,
                                                 posequence))


@SERVICE.operation()
def BRWPOREQUIREMENTS(call, usercode, customerid, poid, poitem, posequence):
    """What one of the customer's production orders requires of each component."""
    order = production.find(call.session, owner(call, usercode, customerid), poid, poitem, posequence)
    return [requirement_view(r) for r in production.requirements(call.session, order)]


@SERVICE.operation()
def BRWPOAPPOINTMENT(call, usercode, customerid, poid, poitem, posequence):
    """The production and consumption recorded on one of the customer's production orders."""
    order = production.find(call.session, owner(call, usercode, customerid), poid, poitem, posequence)
    return [movement_view(m) for m in production.movements(call.session, order)]


@SERVICE.operation()
def BRWPOLOSS(call, usercode, customerid, poid, poitem, posequence):
    """The losses recorded on one of the customer's production orders."""
    order = production.find(call.session, owner(call, usercode, customerid), poid, poitem, posequence)
    return [loss_view(loss) for loss in production.losses(call.session, order, call.lang)]


SERVICE.header_operation(*PRODUCTION_GRIDS)
