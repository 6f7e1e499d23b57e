"""The customer record (SA1) as the portal shows it and lets a customer change it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.access import Customer
from model.addresses import (
    Address,
    AddressColumns,
    Phone,
    PhoneColumns,
    addresses_of,
    check_addresses,
    check_phones,
    phones_of,
)
from model.errors import NotFound, PortalError
from model.tables import SA1
from model.validation import check_email, check_width

COMMERCIAL, BILLING, DELIVERY = "1", "2", "3"
ADDRESS_TYPES = (COMMERCIAL, BILLING, DELIVERY)
PHONE_TYPES = ("1", "2")  # commercial, fax

# TYPEOFADDRESS -> the SA1 columns of that address, as Protheus' customer service reads them.
ADDRESS_LAYOUT = {
    COMMERCIAL: AddressColumns("A1_END", "A1_BAIRRO", "A1_MUN", "A1_EST", "A1_CEP"),
    BILLING: AddressColumns("A1_ENDCOB", "A1_BAIRROC", "A1_MUNC", "A1_ESTC", "A1_CEPC"),
    DELIVERY: AddressColumns("A1_ENDREC", "A1_BAIRROE", "A1_MUNE", "A1_ESTE", "A1_CEPE"),
}
# SA1 keeps one country and area code for its phone and fax.
PHONE_LAYOUT = PhoneColumns("A1_DDI", "A1_DDD", {"1": "A1_TEL", "2": "A1_FAX"})


@dataclass(frozen=True)
class CustomerChanges:
    """What PUTCUSTOMER sends: read-only fields are compared, the rest are written. None means
    not sent (addresses and phones: the list, or a kind missing from it, is left as it is)."""

    code: str | None
    store: str | None
    name: str | None
    federal_id: str | None
    state_id: str | None
    district_id: str | None
    nickname: str | None
    email: str | None
    home_page: str | None
    addresses: list[Address] | None
    phones: list[Phone] | None


def customer_record(session: Session, customer: Customer) -> SA1:
    row = session.scalars(select(SA1).where(SA1.A1_COD == customer.code, SA1.A1_LOJA == customer.store)).first()
    if row is None:
        raise NotFound("customer_not_registered")
    return row


def addresses(row: SA1) -> list[Address]:
    """The customer's filled addresses: commercial, billing, delivery."""
    return addresses_of(row, ADDRESS_LAYOUT)


def phones(row: SA1) -> list[Phone]:
    """The customer's filled phones: commercial and fax, both with the record's DDI and DDD."""
    return phones_of(row, PHONE_LAYOUT)


def _digits_only(text: str) -> str:
    """A tax id as the portal may send it, formatted (``30.711.222/3339``), compared by its digits."""
    return re.sub(r"[\s./-]", "", text or "")


# (wire field, CustomerChanges attribute, SA1 column, how a sent value is compared)
READ_ONLY = (
    ("CUSTOMERCODE", "code", "A1_COD", str.strip),
    ("UNITCUSTOMERCODE", "store", "A1_LOJA", str.strip),
    ("NAME", "name", "A1_NOME", str.strip),
    ("FEDERALID", "federal_id", "A1_CGC", _digits_only),
    ("STATEID", "state_id", "A1_INSCR", str.strip),
    ("DISTRICTID", "district_id", "A1_INSCRM", str.strip),
)


def update_customer(row: SA1, changes: CustomerChanges) -> None:
    """PUTCUSTOMER: write what a customer may change (nickname, e-mail, home page, addresses,
    phones). Code, store, name and the tax registrations may be sent unchanged or left out; a
    different value is refused, naming the field. Everything is checked before anything is
    written."""
    for wire_name, attribute, column, normal in READ_ONLY:
        sent = getattr(changes, attribute)
        if sent and normal(sent) != normal(getattr(row, column)):
            raise PortalError("field_read_only", field=wire_name)
    nickname = check_width(changes.nickname, 20, "NICKNAME")
    if not nickname:
        raise PortalError("required", field="NICKNAME")
    email = check_email(changes.email, "EMAIL", 30)
    home_page = check_width(changes.home_page, 30, "HOMEPAGE")
    address_values = check_addresses(SA1, changes.addresses, ADDRESS_LAYOUT, required_kind=COMMERCIAL)
    phone_values = check_phones(SA1, changes.phones, PHONE_LAYOUT)

    row.A1_NREDUZ, row.A1_EMAIL, row.A1_HPAGE = nickname, email, home_page
    for values in (*address_values.values(), phone_values):
        for column, value in values.items():
            setattr(row, column, value)
