"""The look-ups of the order form: payment plans (SE4) and carriers (SA4). The currencies are
:mod:`model.currencies`."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import messages, query
from model.addresses import Address, AddressColumns, Phone, PhoneColumns, address_of, phones_of
from model.errors import NotFound
from model.tables import SA4, SE4

PLAN_COLUMNS = query.columns_of(SE4)
CARRIER_COLUMNS = query.browse_columns(SA4)
PLAN_DAYS = ("D", "L", "S", "Q", "F", "Z")  # the options of E4_DDD: how the days of a plan count
CARRIER_ADDRESS = AddressColumns("A4_END", "A4_BAIRRO", "A4_MUN", "A4_EST", "A4_CEP")
CARRIER_PHONES = PhoneColumns("A4_DDI", "A4_DDD", {"1": "A4_TEL"})
CARRIER_PHONE_TYPES = ("1", "2")  # commercial, fax (SA4 keeps no fax: only 1 is ever filled)


def plan_days_text(code: str, lang: str) -> str:
    """The label of an E4_DDD option in ``lang`` ('' for a blank or unknown code)."""
    return messages.text(f"plan_days_{code}", lang) if code in PLAN_DAYS else ""


def payment_plans(session: Session, paginate, queryaddwhere: str | None = None) -> list[SE4]:
    """The payment plans not blocked, by code, filtered by QUERYADDWHERE over SE4's columns."""
    stmt = query.where(select(SE4).where(SE4.E4_MSBLQL != "1"), queryaddwhere, PLAN_COLUMNS)
    return list(session.scalars(paginate(stmt.order_by(SE4.E4_CODIGO, SE4.R_E_C_N_O_))))


def carriers(session: Session, paginate, *, name_like: str | None = None, nickname_like: str | None = None,
             queryaddwhere: str | None = None, indexkey: str | None = None) -> list[SA4]:
    """The carriers not blocked, by name and nickname (contains, or a LIKE pattern; case does not
    matter), ordered by INDEXKEY (default A4_COD) and paged."""
    stmt = select(SA4).where(SA4.A4_MSBLQL != "1")
    if pattern := query.like_pattern(name_like):
        stmt = stmt.where(func.upper(SA4.A4_NOME).like(pattern.upper()))
    if pattern := query.like_pattern(nickname_like):
        stmt = stmt.where(func.upper(SA4.A4_NREDUZ).like(pattern.upper()))
    stmt = query.where(stmt, queryaddwhere, CARRIER_COLUMNS)
    stmt = query.order_by(stmt, indexkey, CARRIER_COLUMNS, [SA4.A4_COD], tiebreak=SA4.R_E_C_N_O_)
    return list(session.scalars(paginate(stmt)))


def carrier(session: Session, code: str | None) -> SA4:
    """One carrier by code, or ``Transportadora no encontrada``."""
    code = (code or "").strip()
    found = session.scalars(select(SA4).where(SA4.A4_COD == code)).first() if code else None
    if found is None:
        raise NotFound("carrier_not_found")
    return found


def carrier_address(row: SA4) -> Address:
    """The carrier's one address (always there, blank when the carrier has none)."""
    return address_of(row, "1", CARRIER_ADDRESS, always=True)


def carrier_phones(row: SA4) -> list[Phone]:
    return phones_of(row, CARRIER_PHONES)
