"""MTCUSTOMER: the customer's record and contacts."""
from model import contacts, customers
from model.customers import Address, CustomerChanges, Phone
from soap.service import Service, required
from views import ArrayOf
from views.crm import CONTACTVIEW, CUSTOMERVIEW
from views.shared import ADDRESSVIEW, PHONEVIEW, address_view, phone_view

SERVICE = Service("MTCUSTOMER", "Clientes: ficha del cliente y contactos")


def _addresses(views):
    if views is None:
        return None
    return [Address(v.get("TYPEOFADDRESS") or "", v.get("ADDRESS") or "", v.get("ADDRESSNUMBER") or "",
                    v.get("DISTRICT") or "", v.get("STATE") or "", v.get("ZIPCODE") or "", v.get("ZONE") or "")
            for v in views]


def _phones(views):
    if views is None:
        return None
    return [Phone(v.get("TYPEOFPHONE") or "", v.get("COUNTRYAREACODE") or "", v.get("LOCALAREACODE") or "",
                  v.get("PHONENUMBER") or "") for v in views]


@SERVICE.operation(returns=CUSTOMERVIEW, USERCODE=required("C"), CUSTOMERID=required("C"))
def GETCUSTOMER(call, usercode, customerid):
    """The customer's record with its addresses and phones."""
    customer = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    return {
        "CUSTOMERCODE": customer.A1_COD, "UNITCUSTOMERCODE": customer.A1_LOJA, "NAME": customer.A1_NOME,
        "NICKNAME": customer.A1_NREDUZ, "FEDERALID": customer.A1_CGC, "EMAIL": customer.A1_EMAIL,
        "HOMEPAGE": customer.A1_HPAGE,
        "ADDRESSES": [address_view(a) for a in customers.addresses_of(customer)],
        "PHONES": [phone_view(p) for p in customers.phones_of(customer)],
        "USERFIELDS": [],
    }


@SERVICE.operation(returns="L", writes=True, USERCODE=required("C"), CUSTOMERID=required("C"),
                   CUSTOMER=required(CUSTOMERVIEW))
def PUTCUSTOMER(call, usercode, customerid, customer):
    """Saves what a customer may change: addresses, phones, email, home page and nickname."""
    record = customers.customer_record(call.session, call.access(usercode, customerid).customer)
    customers.update_customer(record, CustomerChanges(
        code=customer.get("CUSTOMERCODE"), store=customer.get("UNITCUSTOMERCODE"), name=customer.get("NAME"),
        federal_id=customer.get("FEDERALID"), nickname=customer.get("NICKNAME"), email=customer.get("EMAIL"),
        home_page=customer.get("HOMEPAGE"), addresses=_addresses(customer.get("ADDRESSES")),
        phones=_phones(customer.get("PHONES"))))
    return True


def _contact_view(contact) -> dict:
    phones = []
    if contact.U5_FONE:
        phones.append(phone_view(Phone("1", "", contact.U5_DDD, contact.U5_FONE)))
    if contact.U5_CELULAR:
        phones.append(phone_view(Phone("3", "", contact.U5_DDD, contact.U5_CELULAR)))
    return {"CONTACTCODE": contact.U5_CODCONT, "NAME": contact.U5_CONTAT, "EMAIL": contact.U5_EMAIL,
            "PHONES": phones, "JOBTITLE": contact.U5_FUNCAO}


@SERVICE.operation(returns=ArrayOf(CONTACTVIEW), USERCODE=required("C"), CUSTOMERID=required("C"))
def BRWCONTACT(call, usercode, customerid):
    """The customer's contacts."""
    customer = call.access(usercode, customerid).customer
    return [_contact_view(c) for c in contacts.contacts_of(call.session, customer)]


@SERVICE.operation(returns="C", writes=True, USERCODE=required("C"), CUSTOMERID=required("C"),
                   CONTACT=required(CONTACTVIEW))
def PUTCONTACT(call, usercode, customerid, contact):
    """Adds a contact (no CONTACTCODE) or changes one of the customer's; returns its code."""
    customer = call.access(usercode, customerid).customer
    phones = {p.kind: p for p in _phones(contact.get("PHONES")) or []}
    office, mobile = phones.get("1"), phones.get("3")
    return contacts.save_contact(call.session, customer, contacts.ContactData(
        code=contact.get("CONTACTCODE"), name=contact.get("NAME") or "", email=contact.get("EMAIL") or "",
        area_code=(office or mobile).area_code if (office or mobile) else "",
        phone=office.number if office else "", mobile=mobile.number if mobile else "",
        job_title=contact.get("JOBTITLE") or ""))


SERVICE.header_operation(CUSTOMERVIEW, CONTACTVIEW, ADDRESSVIEW, PHONEVIEW)
