"""MTCUSTOMER: the customer's record, which the customer may partly change."""
from model import addresses, customers, user_fields
from model.customers import CustomerChanges
from model.tables import SA1
from soap.service import Service
from views.crm import CUSTOMERVIEW
from views.framework import UserFieldViews
from views.shared import (
    ADDRESSVIEW,
    GENERICSTRUCT,
    PHONEVIEW,
    address_view,
    code_list,
    from_address_views,
    from_phone_views,
    phone_view,
)

SERVICE = Service("MTCUSTOMER", "Clientes: ficha del cliente")


def customer_view(row, userfields: list[dict]) -> dict:
    return {
        "ADDRESSES": [address_view(a) for a in customers.addresses(row)], "CUSTOMERCODE": row.A1_COD,
        "DISTRICTID": row.A1_INSCRM, "EMAIL": row.A1_EMAIL, "FEDERALID": row.A1_CGC, "HOMEPAGE": row.A1_HPAGE,
        "NAME": row.A1_NOME, "NICKNAME": row.A1_NREDUZ, "PAYMENTPLANCODE": row.A1_COND, "PEOPLE": row.A1_PESSOA,
        "PHONES": [phone_view(p) for p in customers.phones(row)], "PRICETABLECODE": row.A1_TABELA,
        "SELLERCODE": row.A1_VEND, "STATEID": row.A1_INSCR, "TIPO": row.A1_TIPO, "UNITCUSTOMERCODE": row.A1_LOJA,
        "USERFIELDS": userfields,
    }


@SERVICE.operation()
def GETCUSTOMER(call, usercode, customerid):
    """The customer's record with its addresses (commercial, billing, delivery) and phones."""
    row = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    return customer_view(row, UserFieldViews(user_fields.values(call.session, SA1, [row]), call.lang).of(row))


@SERVICE.operation(writes=True)
def PUTCUSTOMER(call, usercode, customerid, customer):
    """Saves what a customer may change (nickname, e-mail, home page, addresses, phones); returns
    the customer code (A1_COD, without the store)."""
    row = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    customers.update_customer(row, CustomerChanges(
        code=customer.get("CUSTOMERCODE"), store=customer.get("UNITCUSTOMERCODE"), name=customer.get("NAME"),
        federal_id=customer.get("FEDERALID"), state_id=customer.get("STATEID"),
        district_id=customer.get("DISTRICTID"), nickname=customer.get("NICKNAME"), email=customer.get("EMAIL"),
        home_page=customer.get("HOMEPAGE"), addresses=from_address_views(customer.get("ADDRESSES")),
        phones=from_phone_views(customer.get("PHONES"))))
    return row.A1_COD


@SERVICE.operation()
def GETTYPEOFADDRESS(call):
    """The kinds of address of a customer: 1 commercial, 2 billing, 3 delivery."""
    return code_list(addresses.address_types(customers.ADDRESS_TYPES, call.lang))


@SERVICE.operation()
def GETTYPEOFPHONE(call):
    """The kinds of phone of a customer: 1 commercial, 2 fax."""
    return code_list(addresses.phone_types(customers.PHONE_TYPES, call.lang))


SERVICE.header_operation(CUSTOMERVIEW, ADDRESSVIEW, PHONEVIEW, GENERICSTRUCT)
