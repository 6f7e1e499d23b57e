"""MTCURRENCY: the currencies of the system (MV_MOEDA1..5)."""
from model import lookups
from soap.service import Service, required
from views.shared import ARRAYOFGENERICSTRUCT, GENERICSTRUCT

SERVICE = Service("MTCURRENCY", "Monedas")


@SERVICE.operation(returns=ARRAYOFGENERICSTRUCT, USERCODE=required("C"))
def BRWCURRENCY(call, usercode):
    """Currencies 1-5 with their names in the server's language."""
    call.access(usercode)
    return [{"CODE": code, "DESCRIPTION": name} for code, name in lookups.currencies(call.session, call.lang)]


SERVICE.header_operation(GENERICSTRUCT)
