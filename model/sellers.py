"""The customer's sales representative: ``A1_VEND`` -> SA3."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.addresses import Address, AddressColumns, Phone, PhoneColumns, address_of, phones_of
from model.errors import NotFound
from model.tables import SA1, SA3

ADDRESS = AddressColumns("A3_END", "A3_BAIRRO", "A3_MUN", "A3_EST", "A3_CEP")
PHONE_LAYOUT = PhoneColumns("A3_DDI", "A3_DDDTEL", {"1": "A3_TEL", "2": "A3_FAX"})
PHONE_TYPES = ("1", "2")  # commercial, fax


def _seller(session: Session, code: str) -> SA3 | None:
    return session.scalars(select(SA3).where(SA3.A3_COD == code)).first() if code else None


def customer_seller(session: Session, customer: SA1, seller_code: str | None) -> SA3:
    """GETSELLER: the seller ``seller_code``, which must be the customer's own (``A1_VEND``);
    another seller, an unknown one, or a customer without a seller are not found alike."""
    code = (seller_code or "").strip()
    seller = _seller(session, code) if code == customer.A1_VEND else None
    if seller is None:
        raise NotFound("seller_not_found")
    return seller


def seller_of(session: Session, customer: SA1) -> SA3 | None:
    """The customer's seller, or None when it has none (or an unknown one)."""
    return _seller(session, customer.A1_VEND)


def address(seller: SA3) -> Address:
    """The seller's one address (always there, blank when the seller has none)."""
    return address_of(seller, "1", ADDRESS, always=True)


def phones(seller: SA3) -> list[Phone]:
    return phones_of(seller, PHONE_LAYOUT)
