"""The look-ups an order form needs: payment plans (SE4), carriers (SA4), currencies (MV_MOEDAn)."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import query
from model.tables import SA4, SE4, SX6

PLAN_COLUMNS = query.columns_of(SE4)
CARRIER_COLUMNS = query.columns_of(SA4)
CURRENCY_TEXT = {"es": SX6.X6_CONTSPA, "pt": SX6.X6_CONTEUD, "en": SX6.X6_CONTENG}
CURRENCY_COUNT = 5


def payment_plans(session: Session, paginate, queryaddwhere: str | None = None) -> list[SE4]:
    """The payment plans not blocked, by code."""
    stmt = query.where(select(SE4).where(SE4.E4_MSBLQL != "1"), queryaddwhere, PLAN_COLUMNS)
    return list(session.scalars(paginate(stmt.order_by(SE4.E4_CODIGO, SE4.R_E_C_N_O_))))


def carriers(session: Session, paginate, *, name_like: str | None = None, nickname_like: str | None = None,
             queryaddwhere: str | None = None, indexkey: str | None = None) -> list[SA4]:
    """Carriers by name and nickname (contains, or a LIKE pattern), ordered (default A4_COD) and paged."""
    stmt = select(SA4)
    if pattern := query.like_pattern(name_like):
        stmt = stmt.where(func.upper(SA4.A4_NOME).like(pattern.upper()))
    if pattern := query.like_pattern(nickname_like):
        stmt = stmt.where(func.upper(SA4.A4_NREDUZ).like(pattern.upper()))
    stmt = query.where(stmt, queryaddwhere, CARRIER_COLUMNS)
    stmt = query.order_by(stmt, indexkey, CARRIER_COLUMNS, [SA4.A4_COD], tiebreak=SA4.R_E_C_N_O_)
    return list(session.scalars(paginate(stmt)))


def currencies(session: Session, lang: str) -> list[tuple[str, str]]:
    """(number, name) of currencies 1-5, named by the parameters MV_MOEDA1..5 in ``lang``."""
    names = dict(session.execute(select(SX6.X6_VAR, CURRENCY_TEXT[lang]).where(
        SX6.X6_VAR.in_([f"MV_MOEDA{n}" for n in range(1, CURRENCY_COUNT + 1)]))).all())
    return [(str(n), names.get(f"MV_MOEDA{n}", "")) for n in range(1, CURRENCY_COUNT + 1)]
