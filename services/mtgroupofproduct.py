"""MTGROUPOFPRODUCT: product groups."""
from model import catalog
from soap.service import Service, required
from views import ArrayOf
from views.product import GROUPOFPRODUCTVIEW

SERVICE = Service("MTGROUPOFPRODUCT", "Grupos de productos")


@SERVICE.operation(returns=ArrayOf(GROUPOFPRODUCTVIEW), USERCODE=required("C"), INDEXKEY="C")
def GETGROUP(call, usercode, indexkey):
    """Every product group (SBM), ordered by INDEXKEY."""
    call.access(usercode)
    return [{"GROUPCODE": g.BM_GRUPO, "DESCRIPTION": g.BM_DESC} for g in catalog.product_groups(call.session, indexkey)]


SERVICE.header_operation(GROUPOFPRODUCTVIEW)
