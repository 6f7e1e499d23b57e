"""FINANCEREGFORM: the financial form of a customer found by its tax id, among the user's."""
from model import regform
from soap.service import Service
from views.finance import REGFORMSTRUCT, regform_view

SERVICE = Service("FINANCEREGFORM", "Ficha financiera por CUIT/CGC")


@SERVICE.operation()
def GETREGFORM(call, usercode, federalid):
    """The form of the first of the user's customers with tax id FEDERALID; another customer's
    tax id is not found either."""
    user = call.access(usercode).user
    return regform_view(regform.regform_by_federal_id(call.session, user, federalid, call.today))


SERVICE.header_operation(REGFORMSTRUCT)
