"""CRMCUSTOMERCONTACT: the customer's contacts and the look-ups of the contact form."""
from model import addresses, contacts
from model.contacts import ContactData
from model.errors import PortalError
from soap.service import Service
from views.crm import CONTACTVIEW
from views.shared import (
    ADDRESSVIEW,
    GENERICSTRUCT,
    PHONEVIEW,
    address_view,
    code_list,
    from_address_views,
    from_phone_views,
    generic_views,
    phone_view,
)

SERVICE = Service("CRMCUSTOMERCONTACT", "Contactos del cliente")


def contact_view(entry: contacts.ContactEntry) -> dict:
    c = entry.contact
    return {
        "ADDRESSES": [address_view(a) for a in entry.addresses] or None, "CONTACTID": c.U5_CODCONT,
        "DEPARTMENT": c.U5_DEPTO, "DEPARTMENTDESCRIPTION": entry.department, "EMAIL": c.U5_EMAIL,
        "FEDERALID": c.U5_CPF, "GROUP": c.U5_GRUPO, "GROUPDESCRIPTION": entry.group, "HOMEPAGE": c.U5_URL,
        "NAME": c.U5_CONTAT, "PHONES": [phone_view(p) for p in entry.phones] or None, "POSITION": c.U5_FUNCAO,
        "POSITIONDESCRIPTION": entry.position, "USERFIELDS": [],
    }


@SERVICE.operation()
def BRWCONTACT(call, usercode, customerid, queryaddwhere, indexkey):
    """The customer's contacts (AC8 -> SU5), filtered by QUERYADDWHERE and ordered by INDEXKEY
    (default: the contact code). None is a fault, as in Protheus."""
    customer = call.access(usercode, customerid).customer
    found = contacts.contacts_of(call.session, customer, lambda stmt: call.page(stmt, None, None),
                                 queryaddwhere=queryaddwhere, indexkey=indexkey)
    if not found:
        raise PortalError("no_contacts")
    return [contact_view(entry) for entry in found]


@SERVICE.operation()
def GETCONTACT(call, usercode, customerid, contactid):
    """One of the customer's contacts."""
    customer = call.access(usercode, customerid).customer
    return contact_view(contacts.contact_of(call.session, customer, contactid))


@SERVICE.operation(writes=True)
def PUTCONTACT(call, usercode, customerid, contact):
    """Adds a contact linked to the customer (no CONTACTID) or changes one of the customer's;
    returns its code."""
    customer = call.access(usercode, customerid).customer
    return contacts.save_contact(call.session, customer, ContactData(
        code=contact.get("CONTACTID"), name=contact.get("NAME"), federal_id=contact.get("FEDERALID"),
        email=contact.get("EMAIL"), home_page=contact.get("HOMEPAGE"), position=contact.get("POSITION"),
        group=contact.get("GROUP"), department=contact.get("DEPARTMENT"),
        addresses=from_address_views(contact.get("ADDRESSES")), phones=from_phone_views(contact.get("PHONES"))))


@SERVICE.operation()
def GETTYPEOFADDRESS(call):
    """The kinds of address of a contact: only 1, commercial."""
    return code_list(addresses.address_types(contacts.ADDRESS_TYPES, call.lang))


@SERVICE.operation()
def GETTYPEOFPHONE(call):
    """The kinds of phone of a contact: 1 commercial, 2 fax, 3 mobile, 4 home."""
    return code_list(addresses.phone_types(contacts.PHONE_TYPES, call.lang))


@SERVICE.operation()
def GETPOSITION(call):
    """The positions a contact may hold (SUM)."""
    return generic_views(contacts.positions(call.session))


@SERVICE.operation()
def GETDEPARTMENT(call):
    """The departments (SQB)."""
    return generic_views(contacts.departments(call.session))


@SERVICE.operation()
def GETGROUP(call):
    """The contact groups (SQ0)."""
    return generic_views(contacts.groups(call.session))


@SERVICE.operation()
def ISVALIDCONTACT(call, contactin, custominformations):
    """Whether CONTACTIN is a CPF or CNPJ with right check digits. The contract has no USERCODE,
    so nothing is looked up: VALIDCONTACT answers the same as VALIDIDENTIFICATIONNUMBER and no
    contact's data can be probed through it."""
    valid = contacts.valid_identification(contactin)
    return {"OTHERVALIDATIONS": [""], "VALIDCONTACT": valid, "VALIDIDENTIFICATIONNUMBER": valid}


SERVICE.header_operation(CONTACTVIEW, ADDRESSVIEW, PHONEVIEW, GENERICSTRUCT)
