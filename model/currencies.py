"""The currencies of the system: names and symbols from the parameters MV_MOEDAn and MV_SIMBn
(SX6), the daily rates from SM2."""
from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import parameters
from model.errors import PortalError
from model.tables import SM2

CURRENCY_COUNT = 5
LOCAL = 1


def names(session: Session, lang: str) -> list[tuple[str, str]]:
    """(number, name) of currencies 1-5, named by MV_MOEDA1..5 in ``lang``."""
    found = parameters.values(session, [f"MV_MOEDA{n}" for n in range(1, CURRENCY_COUNT + 1)], lang)
    return [(str(n), found.get(f"MV_MOEDA{n}", "")) for n in range(1, CURRENCY_COUNT + 1)]


def symbols(session: Session) -> dict[int, str]:
    """Currency number -> its symbol (MV_SIMB1..5)."""
    found = parameters.values(session, [f"MV_SIMB{n}" for n in range(1, CURRENCY_COUNT + 1)])
    return {n: found.get(f"MV_SIMB{n}", "") for n in range(1, CURRENCY_COUNT + 1)}


def rates(session: Session, day, currencies_wanted) -> dict[int, Decimal]:
    """Currency -> its rate to currency 1 on ``day`` (SM2; currency 1 is 1). A currency with no
    rate that day is a Client fault naming the day."""
    wanted = sorted({int(c) for c in currencies_wanted if int(c) != LOCAL})
    found = {LOCAL: Decimal(1)}
    if not wanted:
        return found
    row = session.scalars(select(SM2).where(SM2.M2_DATA == day)).first()
    for currency in wanted:
        rate = getattr(row, f"M2_MOEDA{currency}") if row is not None else None
        if not rate:
            raise PortalError("no_exchange_rate", currency=currency, day=day.isoformat())
        found[currency] = rate
    return found


def convert(value: Decimal, from_currency: int, to_currency: int, rates_of_day: dict[int, Decimal],
            decimals: int = 2) -> Decimal:
    """``value`` in ``from_currency`` expressed in ``to_currency``, truncated to ``decimals`` (as
    Protheus' xMoeda converts)."""
    if from_currency == to_currency:
        return value
    converted = value * rates_of_day[from_currency] / rates_of_day[to_currency]
    return converted.quantize(Decimal(1).scaleb(-decimals), ROUND_DOWN)


def rates_of_days(session: Session, needs: dict) -> dict:
    """Day -> {currency: rate} for the currencies each day of ``needs`` (day -> currencies)
    needs, read in one query whatever the number of days (currency 1 is always 1). A day without
    a rate for one of them is a Client fault naming the earliest such day: a figure is never
    converted at a missing (zero) rate."""
    wanted = {day: sorted({int(c) for c in currencies_of if int(c) != LOCAL}) for day, currencies_of in needs.items()}
    days = sorted(day for day, currencies_of in wanted.items() if currencies_of)
    rows = {row.M2_DATA: row for row in session.scalars(select(SM2).where(SM2.M2_DATA.in_(days)))} if days else {}
    found = {}
    for day in sorted(wanted):
        found[day] = {LOCAL: Decimal(1)}
        for currency in wanted[day]:
            rate = getattr(rows[day], f"M2_MOEDA{currency}") if day in rows else None
            if not rate:
                raise PortalError("no_exchange_rate", currency=currency, day=day.isoformat())
            found[day][currency] = rate
    return found
