"""The customer record (SA1) as the portal shows it and lets a customer change it."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.access import Customer
from model.errors import NotFound, PortalError
from model.tables import SA1
from model.validation import check_email, check_width

MAIN, BILLING, DELIVERY = "1", "2", "3"
COMMERCIAL, FAX, MOBILE = "1", "2", "3"

# Address kind -> SA1 columns of (street, number, district, state, zip code, city).
ADDRESS_COLUMNS = {
    MAIN: ("A1_END", "A1_NUMEND", "A1_BAIRRO", "A1_EST", "A1_CEP", "A1_MUN"),
    BILLING: ("A1_ENDCOB", None, "A1_BAIRROC", "A1_ESTC", "A1_CEPC", "A1_MUNC"),
    DELIVERY: ("A1_ENDENT", None, "A1_BAIRROE", "A1_ESTE", "A1_CEPE", "A1_MUNE"),
}
# Phone kind -> SA1 columns of (country code, area code, number). SA1 keeps one country and area
# code, written from the commercial phone.
PHONE_COLUMNS = {COMMERCIAL: ("A1_DDI", "A1_DDD", "A1_TEL"), FAX: ("A1_DDI", "A1_DDD", "A1_FAX")}


@dataclass(frozen=True)
class Address:
    kind: str
    street: str = ""
    number: str = ""
    district: str = ""
    state: str = ""
    zip_code: str = ""
    city: str = ""


@dataclass(frozen=True)
class Phone:
    kind: str
    country_code: str = ""
    area_code: str = ""
    number: str = ""


@dataclass(frozen=True)
class CustomerChanges:
    """What the portal sends back: read-only fields are compared, the rest are written."""

    code: str | None
    store: str | None
    name: str | None
    federal_id: str | None
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


def addresses_of(row) -> list[Address]:
    """The filled addresses of a record (SA1 or any table using the same layout)."""
    found = []
    for kind, columns in ADDRESS_COLUMNS.items():
        values = [getattr(row, c) if c else "" for c in columns]
        if any(values):
            found.append(Address(kind, *values))
    return found


def phones_of(row: SA1) -> list[Phone]:
    return [Phone(kind, *(getattr(row, c) for c in columns))
            for kind, columns in PHONE_COLUMNS.items() if getattr(row, columns[2])]


READ_ONLY = (("CUSTOMERCODE", "code", "A1_COD"), ("UNITCUSTOMERCODE", "store", "A1_LOJA"),
             ("FEDERALID", "federal_id", "A1_CGC"), ("NAME", "name", "A1_NOME"))


def update_customer(row: SA1, changes: CustomerChanges) -> None:
    """PUTCUSTOMER: write what a customer may change; refuse any change to code, store, tax id
    or name, naming the field. Checks everything before writing anything."""
    for wire_name, attribute, column in READ_ONLY:
        sent = getattr(changes, attribute)
        if sent and sent != getattr(row, column):
            raise PortalError("field_read_only", field=wire_name)
    nickname = check_width(changes.nickname, 20, "NICKNAME")
    if not nickname:
        raise PortalError("required", field="NICKNAME")
    email = check_email(changes.email, "EMAIL")
    home_page = check_width(changes.home_page, 60, "HOMEPAGE")
    addresses = _checked_addresses(changes.addresses)
    phones = _checked_phones(changes.phones)

    row.A1_NREDUZ, row.A1_EMAIL, row.A1_HPAGE = nickname, email, home_page
    for kind, columns in ADDRESS_COLUMNS.items():
        address = addresses.get(kind, Address(kind))
        values = (address.street, address.number, address.district, address.state, address.zip_code, address.city)
        for column, value in zip(columns, values):
            if column:
                setattr(row, column, value)
    for kind, (country_column, area_column, number_column) in PHONE_COLUMNS.items():
        phone = phones.get(kind, Phone(kind))
        setattr(row, number_column, phone.number)
        if kind == COMMERCIAL:
            setattr(row, country_column, phone.country_code)
            setattr(row, area_column, phone.area_code)


ADDRESS_WIDTHS = (("ADDRESS", "street", 40), ("ADDRESSNUMBER", "number", 6), ("DISTRICT", "district", 30),
                  ("STATE", "state", 2), ("ZIPCODE", "zip_code", 8), ("ZONE", "city", 30))


def _checked_addresses(addresses: list[Address] | None) -> dict[str, Address]:
    by_kind: dict[str, Address] = {}
    for address in addresses or []:
        if address.kind not in ADDRESS_COLUMNS or address.kind in by_kind:
            raise PortalError("bad_value", field="TYPEOFADDRESS", value=address.kind)
        for wire_name, attribute, width in ADDRESS_WIDTHS:
            check_width(getattr(address, attribute), width, wire_name)
        if address.number and address.kind != MAIN:
            raise PortalError("bad_value", field="ADDRESSNUMBER", value=address.number)
        by_kind[address.kind] = address
    main = by_kind.get(MAIN)
    if main is None or not main.street:
        raise PortalError("required", field="ADDRESS")
    return by_kind


def _checked_phones(phones: list[Phone] | None) -> dict[str, Phone]:
    by_kind: dict[str, Phone] = {}
    for phone in phones or []:
        if phone.kind not in PHONE_COLUMNS or phone.kind in by_kind:
            raise PortalError("bad_value", field="TYPEOFPHONE", value=phone.kind)
        check_width(phone.country_code, 6, "COUNTRYAREACODE")
        check_width(phone.area_code, 3, "LOCALAREACODE")
        check_width(phone.number, 15, "PHONENUMBER")
        by_kind[phone.kind] = phone
    return by_kind
