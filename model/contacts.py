"""A customer's contacts: SU5, linked to the customer through AC8 (entity ``SA1``, code
``A1_COD + A1_LOJA``), with their positions (SUM), departments (SQB) and groups (SQ0)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum.br import cnpj, cpf

from model import query
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
from model.numbering import next_number
from model.tables import AC8, SQ0, SQB, SU5, SUM
from model.validation import check_email, check_width

ENTITY = "SA1"
COMMERCIAL = "1"
ADDRESS_TYPES = (COMMERCIAL,)
PHONE_TYPES = ("1", "2", "3", "4")  # commercial, fax, mobile, home
ADDRESS_LAYOUT = {COMMERCIAL: AddressColumns("U5_END", "U5_BAIRRO", "U5_MUN", "U5_EST", "U5_CEP")}
# SU5 keeps one country and area code for its four phones.
PHONE_LAYOUT = PhoneColumns("U5_CODPAIS", "U5_DDD",
                            {"1": "U5_FCOM1", "2": "U5_FAX", "3": "U5_CELULAR", "4": "U5_FONE"})
# The columns a BRWCONTACT filter or order may name: the contact's and its link's.
BROWSE_COLUMNS = query.browse_columns(SU5, AC8)


@dataclass(frozen=True)
class ContactEntry:
    """A contact with the descriptions of its position, group and department."""

    contact: SU5
    position: str
    group: str
    department: str

    @property
    def addresses(self) -> list[Address]:
        return addresses_of(self.contact, ADDRESS_LAYOUT)

    @property
    def phones(self) -> list[Phone]:
        return phones_of(self.contact, PHONE_LAYOUT)


@dataclass(frozen=True)
class ContactData:
    """What PUTCONTACT sends. A contact form sends the whole contact, so a field left out is
    blank; the address and the phones change only when sent, and per kind (None: not sent)."""

    code: str | None
    name: str | None
    federal_id: str | None = None
    email: str | None = None
    home_page: str | None = None
    position: str | None = None
    group: str | None = None
    department: str | None = None
    addresses: list[Address] | None = None
    phones: list[Phone] | None = None


def _linked(customer: Customer):
    return (AC8.AC8_ENTIDA == ENTITY) & (AC8.AC8_CODENT == customer.id) & (AC8.AC8_CODCON == SU5.U5_CODCONT)


def _entries(session: Session, stmt) -> list[ContactEntry]:
    stmt = (stmt.add_columns(SUM.UM_DESC, SQ0.Q0_DESCRIC, SQB.QB_DESCRIC)
            .outerjoin(SUM, (SUM.UM_CARGO == SU5.U5_FUNCAO) & (SU5.U5_FUNCAO != ""))
            .outerjoin(SQ0, (SQ0.Q0_GRUPO == SU5.U5_GRUPO) & (SU5.U5_GRUPO != ""))
            .outerjoin(SQB, (SQB.QB_DEPTO == SU5.U5_DEPTO) & (SU5.U5_DEPTO != "")))
    return [ContactEntry(contact, position or "", group or "", department or "")
            for contact, position, group, department in session.execute(stmt)]


def contacts_of(session: Session, customer: Customer, paginate=lambda stmt: stmt, *,
                queryaddwhere: str | None = None, indexkey: str | None = None) -> list[ContactEntry]:
    """The customer's contacts, filtered by QUERYADDWHERE and ordered by INDEXKEY (the contact
    code by default) over SU5's and AC8's columns."""
    stmt = select(SU5).join(AC8, _linked(customer))
    stmt = query.where(stmt, queryaddwhere, BROWSE_COLUMNS)
    stmt = query.order_by(stmt, indexkey, BROWSE_COLUMNS, [SU5.U5_CODCONT], tiebreak=SU5.R_E_C_N_O_)
    return _entries(session, paginate(stmt))


def contact_of(session: Session, customer: Customer, code: str | None) -> ContactEntry:
    """One of the customer's contacts; another customer's, or none, is not found alike."""
    code = (code or "").strip()
    found = _entries(session, select(SU5).join(AC8, _linked(customer)).where(SU5.U5_CODCONT == code)) if code else []
    if not found:
        raise NotFound("contact_not_found")
    return found[0]


def _check_code(session: Session, table, column, code: str | None, field: str, width: int) -> str:
    """A look-up code sent (position, group, department): it must exist; blank clears it."""
    code = check_width(code, width, field)
    if code and session.scalars(select(table.R_E_C_N_O_).where(column == code)).first() is None:
        raise PortalError("unknown_code", field=field, value=code)
    return code


def save_contact(session: Session, customer: Customer, data: ContactData) -> str:
    """PUTCONTACT: change one of the customer's contacts, or add one (linked to the customer)
    when no code is sent. Returns the contact's code. Another customer's contact is not found.
    Everything is checked before anything is written."""
    contact = contact_of(session, customer, data.code).contact if (data.code or "").strip() else None
    name = check_width(data.name, 30, "NAME")
    if not name:
        raise PortalError("required", field="NAME")
    values = {
        "U5_CONTAT": name,
        "U5_CPF": check_width(data.federal_id, 14, "FEDERALID"),
        "U5_EMAIL": check_email(data.email, "EMAIL"),
        "U5_URL": check_width(data.home_page, 60, "HOMEPAGE"),
        "U5_FUNCAO": _check_code(session, SUM, SUM.UM_CARGO, data.position, "POSITION", 6),
        "U5_GRUPO": _check_code(session, SQ0, SQ0.Q0_GRUPO, data.group, "GROUP", 6),
        "U5_DEPTO": _check_code(session, SQB, SQB.QB_DEPTO, data.department, "DEPARTMENT", 9),
    }
    for address in check_addresses(SU5, data.addresses, ADDRESS_LAYOUT).values():
        values.update(address)
    values.update(check_phones(SU5, data.phones, PHONE_LAYOUT))

    if contact is not None:
        for column, value in values.items():
            setattr(contact, column, value)
        return contact.U5_CODCONT
    code = next_number(session, "SU5", 6, taken=lambda c: session.scalars(
        select(SU5.R_E_C_N_O_).where(SU5.U5_CODCONT == c)).first() is not None)
    session.add(SU5(U5_CODCONT=code, U5_CLIENTE=customer.code, U5_LOJA=customer.store, **values))
    session.add(AC8(AC8_ENTIDA=ENTITY, AC8_CODENT=customer.id, AC8_CODCON=code))
    return code


# --- look-ups of the contact form ------------------------------------------------------------


def positions(session: Session) -> list[tuple[str, str]]:
    """(code, description) of the positions (SUM), by code."""
    return [tuple(r) for r in session.execute(select(SUM.UM_CARGO, SUM.UM_DESC).order_by(SUM.UM_CARGO, SUM.R_E_C_N_O_))]


def departments(session: Session) -> list[tuple[str, str]]:
    """(code, description) of the departments (SQB), by code."""
    return [tuple(r) for r in session.execute(
        select(SQB.QB_DEPTO, SQB.QB_DESCRIC).order_by(SQB.QB_DEPTO, SQB.R_E_C_N_O_))]


def groups(session: Session) -> list[tuple[str, str]]:
    """(code, description) of the contact groups (SQ0), by code."""
    return [tuple(r) for r in session.execute(
        select(SQ0.Q0_GRUPO, SQ0.Q0_DESCRIC).order_by(SQ0.Q0_GRUPO, SQ0.R_E_C_N_O_))]


# --- ISVALIDCONTACT --------------------------------------------------------------------------


def valid_identification(number: str | None) -> bool:
    """True when ``number`` is a CPF (11 digits) or a CNPJ (14 digits) whose check digits are
    right, formatted or not. A number of one repeated digit (``111.111.111-11``) is not valid,
    though its check digits add up."""
    digits = "".join(ch for ch in (number or "") if ch.isdigit())
    if not digits or len(set(digits)) == 1 or len(digits) not in (11, 14):
        return False
    if any(ch not in "0123456789 .-/" for ch in (number or "").strip()):
        return False
    return cpf.is_valid(digits) if len(digits) == 11 else cnpj.is_valid(digits)
