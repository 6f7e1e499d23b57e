"""Addresses and phones as Protheus keeps them in its master files (customers, contacts, sellers,
carriers) and as the portal's ADDRESSVIEW and PHONEVIEW carry them.

A master file keeps an address in one text column, ``"street, number"`` (``A1_END``), beside its
neighbourhood (``A1_BAIRRO``), city (``A1_MUN``), state and postal code; the portal gets the street
and the number apart. Protheus' own names on the wire are odd: ``DISTRICT`` carries the *city* and
``ZONE`` the *neighbourhood*; :class:`Address` keeps the wire's names so nothing is renamed twice.

A file keeps one country code and one area code for all its phones (``A1_DDI``, ``A1_DDD``): every
phone of the record shows them, and a change takes them from the first phone that sends them.
"""
from __future__ import annotations

from dataclasses import dataclass

from model import messages
from model.errors import PortalError
from model.validation import check_width


@dataclass(frozen=True)
class Address:
    """One ADDRESSVIEW: ``district`` is the city, ``zone`` the neighbourhood, as on the wire."""

    kind: str  # TYPEOFADDRESS
    street: str = ""
    number: str = ""
    district: str = ""  # city (A1_MUN)
    state: str = ""
    zip_code: str = ""
    zone: str = ""  # neighbourhood (A1_BAIRRO)


@dataclass(frozen=True)
class Phone:
    """One PHONEVIEW."""

    kind: str  # TYPEOFPHONE
    country_code: str = ""
    area_code: str = ""
    number: str = ""


@dataclass(frozen=True)
class AddressColumns:
    """Where a table keeps one kind of address: street-and-number, neighbourhood, city, state, zip."""

    street: str
    zone: str
    district: str
    state: str
    zip_code: str


@dataclass(frozen=True)
class PhoneColumns:
    """Where a table keeps its phones: the shared country and area codes, and each kind's number."""

    country_code: str
    area_code: str
    numbers: dict[str, str]  # TYPEOFPHONE -> column


ADDRESS_NUMBER_WIDTH = 6  # ADDRESSNUMBER (A2_NR_END, the one number field of the dictionary)


def address_types(kinds, lang: str) -> list[tuple[str, str]]:
    """(kind, label) of the kinds of address a file keeps (GETTYPEOFADDRESS), in ``lang``."""
    return [(kind, messages.text(f"address_type_{kind}", lang)) for kind in kinds]


def phone_types(kinds, lang: str) -> list[tuple[str, str]]:
    """(kind, label) of the kinds of phone a file keeps (GETTYPEOFPHONE), in ``lang``."""
    return [(kind, messages.text(f"phone_type_{kind}", lang)) for kind in kinds]


# --- "street, number" ------------------------------------------------------------------------


def split_street(text: str) -> tuple[str, str]:
    """``"Av. Rivadavia, 4520"`` -> ``("Av. Rivadavia", "4520")``: split on the last comma; without
    a comma the whole text is the street and the number is blank."""
    text = (text or "").strip()
    street, comma, number = text.rpartition(",")
    if not comma:
        return text, ""
    return street.strip(), number.strip()


def join_street(street: str, number: str) -> str:
    """The column's text: ``"street, number"``; without a number the street alone, unless the
    street holds a comma itself (then ``"street,"``, so that splitting gives it back whole)."""
    street, number = (street or "").strip(), (number or "").strip()
    if number:
        return f"{street}, {number}"
    return f"{street}," if "," in street else street


# --- reading ---------------------------------------------------------------------------------


def address_of(row, kind: str, columns: AddressColumns, *, always: bool = False) -> Address | None:
    """The address ``kind`` of ``row`` as its ``columns`` hold it; None when its street is blank
    (unless ``always``)."""
    text = getattr(row, columns.street)
    if not text and not always:
        return None
    street, number = split_street(text)
    return Address(kind, street, number, getattr(row, columns.district), getattr(row, columns.state),
                   getattr(row, columns.zip_code), getattr(row, columns.zone))


def addresses_of(row, layout: dict[str, AddressColumns]) -> list[Address]:
    """The addresses of ``row`` whose street is filled, in the order of ``layout``'s kinds."""
    return [a for kind, columns in layout.items() if (a := address_of(row, kind, columns)) is not None]


def phones_of(row, columns: PhoneColumns) -> list[Phone]:
    """The phones of ``row`` whose number is filled, each with the record's country and area code."""
    return [Phone(kind, getattr(row, columns.country_code), getattr(row, columns.area_code), getattr(row, column))
            for kind, column in columns.numbers.items() if getattr(row, column)]


# --- checking and writing --------------------------------------------------------------------


def _width(table, column: str) -> int:
    return getattr(table, column).property.columns[0].type.impl.length


def check_addresses(table, addresses: list[Address] | None, layout: dict[str, AddressColumns],
                    required_kind: str | None = None) -> dict[str, dict[str, str]]:
    """Check addresses sent for ``table`` (each kind at most once, every value within its column)
    and return, per kind sent, the column values to write. ``required_kind``, when sent, needs a
    street. Nothing is written here, so a fault leaves the record as it was."""
    found: dict[str, dict[str, str]] = {}
    for address in addresses or []:
        columns = layout.get(address.kind)
        if columns is None or address.kind in found:
            raise PortalError("bad_value", field="TYPEOFADDRESS", value=address.kind)
        street = check_width(address.street, _width(table, columns.street), "ADDRESS")
        number = check_width(address.number, ADDRESS_NUMBER_WIDTH, "ADDRESSNUMBER")
        if number and not street:
            raise PortalError("required", field="ADDRESS")
        if address.kind == required_kind and not street:
            raise PortalError("required", field="ADDRESS")
        text = join_street(street, number)
        check_width(text, _width(table, columns.street), "ADDRESS")
        found[address.kind] = {
            columns.street: text,
            columns.zone: check_width(address.zone, _width(table, columns.zone), "ZONE"),
            columns.district: check_width(address.district, _width(table, columns.district), "DISTRICT"),
            columns.state: check_width(address.state, _width(table, columns.state), "STATE").upper(),
            columns.zip_code: check_width(address.zip_code, _width(table, columns.zip_code), "ZIPCODE"),
        }
    return found


def check_phones(table, phones: list[Phone] | None, columns: PhoneColumns) -> dict[str, str]:
    """Check phones sent for ``table`` (each kind at most once, within its columns) and return the
    column values to write: each number sent, and the country and area codes of the first phone
    that sends them (the commercial one first). A kind not sent is left as it is."""
    values: dict[str, str] = {}
    codes: tuple[str, str] | None = None
    seen: set[str] = set()
    for phone in sorted(phones or [], key=lambda p: p.kind):
        column = columns.numbers.get(phone.kind)
        if column is None or phone.kind in seen:
            raise PortalError("bad_value", field="TYPEOFPHONE", value=phone.kind)
        seen.add(phone.kind)
        values[column] = check_width(phone.number, _width(table, column), "PHONENUMBER")
        country = check_width(phone.country_code, _width(table, columns.country_code), "COUNTRYAREACODE")
        area = check_width(phone.area_code, _width(table, columns.area_code), "LOCALAREACODE")
        if codes is None and (country or area):
            codes = (country, area)
    if codes is not None:
        values[columns.country_code], values[columns.area_code] = codes
    return values
