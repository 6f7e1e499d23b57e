"""MTCURRENCY: the currencies of the system (MV_MOEDA1..5)."""
from model import currencies
from soap.service import Service
from views.crm import CURRENCY
from views.shared import code_list

SERVICE = Service("MTCURRENCY", "Monedas")


@SERVICE.operation()
def GETCURRENCY(call, usercode):
    """Currencies 1-5 named by MV_MOEDA1..5 in the server's language. The right checked is
    MTCURRENCY's (Protheus checks MTGROUPOFPRODUCT's by mistake)."""
    call.access(usercode)
    return code_list(currencies.names(call.session, call.lang))


SERVICE.header_operation(CURRENCY)
