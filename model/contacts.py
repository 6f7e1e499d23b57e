"""A customer's contacts: SU5, linked to the customer through AC8 (entity SA1)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.access import Customer
from model.errors import NotFound, PortalError
from model.numbering import next_number
from model.tables import AC8, SU5
from model.validation import check_email, check_width

ENTITY = "SA1"


@dataclass(frozen=True)
class ContactData:
    code: str | None
    name: str
    email: str
    area_code: str
    phone: str
    mobile: str
    job_title: str


def _linked(customer: Customer):
    return (AC8.AC8_ENTIDA == ENTITY) & (AC8.AC8_CODENT == customer.id) & (AC8.AC8_CODCON == SU5.U5_CODCONT)


def contacts_of(session: Session, customer: Customer) -> list[SU5]:
    return list(session.scalars(select(SU5).join(AC8, _linked(customer)).order_by(SU5.U5_CODCONT)))


def save_contact(session: Session, customer: Customer, data: ContactData) -> str:
    """PUTCONTACT: change one of the customer's contacts, or add one when there is no code.
    Returns the contact code. Another customer's contact is not found."""
    name = check_width(data.name, 30, "NAME")
    if not name:
        raise PortalError("required", field="NAME")
    values = dict(
        U5_CONTAT=name, U5_EMAIL=check_email(data.email, "EMAIL"), U5_DDD=check_width(data.area_code, 3, "LOCALAREACODE"),
        U5_FONE=check_width(data.phone, 15, "PHONENUMBER"), U5_CELULAR=check_width(data.mobile, 15, "PHONENUMBER"),
        U5_FUNCAO=check_width(data.job_title, 30, "JOBTITLE"))
    if data.code:
        contact = session.scalars(select(SU5).join(AC8, _linked(customer)).where(SU5.U5_CODCONT == data.code)).first()
        if contact is None:
            raise NotFound("contact_not_found")
        for column, value in values.items():
            setattr(contact, column, value)
        return contact.U5_CODCONT
    code = next_number(session, "SU5", 6, taken=lambda c: session.scalars(
        select(SU5.R_E_C_N_O_).where(SU5.U5_CODCONT == c)).first() is not None)
    session.add(SU5(U5_CODCONT=code, **values))
    session.add(AC8(AC8_ENTIDA=ENTITY, AC8_CODENT=customer.id, AC8_CODCON=code))
    return code
