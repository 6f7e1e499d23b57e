"""MTCUSTOMERSELLER: the customer's sales representative."""
from model import customers, sellers
from model.customers import Address, Phone
from soap.service import Service, required
from views.crm import SELLERVIEW
from views.shared import ADDRESSVIEW, PHONEVIEW, address_view, phone_view

SERVICE = Service("MTCUSTOMERSELLER", "Vendedor del cliente")


@SERVICE.operation(returns=SELLERVIEW, USERCODE=required("C"), CUSTOMERID=required("C"))
def GETSELLER(call, usercode, customerid):
    """The seller of the customer (A1_VEND)."""
    customer = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    seller = sellers.seller_of(call.session, customer)
    address = Address("1", seller.A3_END, "", seller.A3_BAIRRO, seller.A3_EST, seller.A3_CEP, seller.A3_MUN)
    return {
        "SELLERCODE": seller.A3_COD, "NAME": seller.A3_NOME, "NICKNAME": seller.A3_NREDUZ, "EMAIL": seller.A3_EMAIL,
        "PHONES": [phone_view(Phone("1", "", seller.A3_DDDTEL, seller.A3_TEL))] if seller.A3_TEL else [],
        "ADDRESSES": [address_view(address)] if seller.A3_END else [],
    }


SERVICE.header_operation(SELLERVIEW, ADDRESSVIEW, PHONEVIEW)
