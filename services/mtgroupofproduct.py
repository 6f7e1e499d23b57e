"""MTGROUPOFPRODUCT: product groups."""
from model import catalog
from soap.service import Service
from views.product import GROUPOFPRODUCTVIEW

SERVICE = Service("MTGROUPOFPRODUCT", "Grupos de productos")


@SERVICE.operation()
def GETGROUP(call, usercode, indexkey):
    """Every product group (SBM), ordered by INDEXKEY (default: the group code)."""
    call.access(usercode)
    return [{"DESCRIPTION": g.BM_DESC, "GROUPCODE": g.BM_GRUPO, "USERFIELDS": []}
            for g in catalog.product_groups(call.session, indexkey)]


SERVICE.header_operation(GROUPOFPRODUCTVIEW)
