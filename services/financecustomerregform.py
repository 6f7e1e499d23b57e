"""FINANCECUSTOMERREGFORM: the financial form of one of the user's customers."""
from model import regform
from soap.service import Service
from views.finance import REGFORMSTRUCT, regform_view

SERVICE = Service("FINANCECUSTOMERREGFORM", "Ficha financiera del cliente")


@SERVICE.operation()
def GETREGFORM(call, usercode, customerid):
    """Credit, balances, purchases and delays of the customer."""
    customer = call.access(usercode, customerid).customer
    return regform_view(regform.regform_of_customer(call.session, customer, call.today))


SERVICE.header_operation(REGFORMSTRUCT)
