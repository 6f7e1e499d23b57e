"""MTCUSTOMERSELLER: the customer's sales representative."""
from model import addresses, customers, sellers
from soap.service import Service
from views.crm import SELLERVIEW
from views.shared import ADDRESSVIEW, PHONEVIEW, address_view, code_list, phone_view

SERVICE = Service("MTCUSTOMERSELLER", "Vendedor del cliente")


def seller_view(seller) -> dict:
    return {
        "ADDRESSES": address_view(sellers.address(seller)), "DISTRICTID": seller.A3_INSCRM, "EMAIL": seller.A3_EMAIL,
        "FEDERALID": seller.A3_CGC, "HOMEPAGE": seller.A3_HPAGE, "NAME": seller.A3_NOME,
        "NICKNAME": seller.A3_NREDUZ, "PHONES": [phone_view(p) for p in sellers.phones(seller)],
        "SALESMANAGERCODE": seller.A3_GEREN, "SALESSUPERVISORCODE": seller.A3_SUPER, "SELLERCODE": seller.A3_COD,
        "STATEID": seller.A3_INSCR, "USERFIELDS": [],
    }


@SERVICE.operation()
def GETSELLER(call, usercode, customerid, sellercode):
    """The customer's seller: SELLERCODE must be the customer's own (A1_VEND)."""
    customer = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    return seller_view(sellers.customer_seller(call.session, customer, sellercode))


@SERVICE.operation()
def GETTYPEOFPHONE(call):
    """The kinds of phone of a seller: 1 commercial, 2 fax."""
    return code_list(addresses.phone_types(sellers.PHONE_TYPES, call.lang))


SERVICE.header_operation(SELLERVIEW, ADDRESSVIEW, PHONEVIEW)
