"""MTPRODUCTIONORDER: the operations of the production-order page the standard portal calls from a
sales order's item. They take no CUSTOMERID: they answer for the production orders of the
customers linked to the user. The others (browsing, counting, placing and deleting production
orders: the planning integration's) are not published."""
from model import production
from model.production import Owner
from soap.service import Service
from views.industrial import (
                              PRODUCTION_GRIDS,
                              loss_view,
                              movement_view,
                              production_order_view,
                              requirement_view,
)

SERVICE = Service("MTPRODUCTIONORDER", "Órdenes de producción: consulta desde los pedidos")


def owner(call, usercode) -> Owner:
    return Owner(user=call.access(usercode).user.AI3_CODUSU)


@SERVICE.operation()
def GETPRODUCTIONORDER(call, usercode, poid, poitem, posequence):
    """A production order of one of the user's customers (POID may carry the whole number)."""
    return production_order_view(production.find(call.session, owner(call, usercode), poid, poitem, posequence))


@SERVICE.operation()
def BRWPOREQUIREMENTS(call, usercode, poid, poitem, posequence):
    """What a production order of one of the user's customers requires of each component."""
    order = production.find(call.session, owner(call, usercode), poid, poitem, posequence)
    return [requirement_view(r) for r in production.requirements(call.session, order)]


@SERVICE.operation()
def BRWPOAPPOINTMENT(call, usercode, poid, poitem, posequence):
    """The production and consumption recorded on a production order of one of the user's customers."""
    order = production.find(call.session, owner(call, usercode), poid, poitem, posequence)
    return [movement_view(m) for m in production.movements(call.session, order)]


@SERVICE.operation()
def BRWPOLOSS(call, usercode, poid, poitem, posequence):
    """The losses recorded on a production order of one of the user's customers."""
    order = production.find(call.session, owner(call, usercode), poid, poitem, posequence)
    return [loss_view(loss) for loss in production.losses(call.session, order, call.lang)]


SERVICE.header_operation(*PRODUCTION_GRIDS)
