"""Business days, as Protheus' DataValida finds them: a bill's real due date (E1_VENCREA) is its due
date moved forward past Sundays, Saturdays (when MV_SABFERI is ``S`` or blank) and
the holidays of the generic table 63 (SX5).

A holiday is a row of table 63 whose description starts with its date: ``DD/MM`` for a holiday
every year (``25/12 NAVIDAD``), ``DD/MM/YY`` (or ``DD/MM/YYYY``) for that year only. A row whose
description starts otherwise is not a holiday.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import parameters
from model.tables import SX5

HOLIDAYS = "63"  # X5_TABELA of the holidays
SATURDAY, SUNDAY = 5, 6  # date.weekday()
SATURDAY_OFF = ("S", "")  # MV_SABFERI: Saturday is a holiday (anything else: a working day)
_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?(?!\d)")


@dataclass(frozen=True)
class Calendar:
    saturday_off: bool = True
    every_year: frozenset[tuple[int, int]] = frozenset()  # (month, day)
    once: frozenset[dt.date] = frozenset()

    def is_business_day(self, day: dt.date) -> bool:
        if day.weekday() == SUNDAY or (day.weekday() == SATURDAY and self.saturday_off):
            return False
        return (day.month, day.day) not in self.every_year and day not in self.once

    def valid(self, day: dt.date | None, forward: bool = True) -> dt.date | None:
        """DataValida: ``day`` when it is a business day, else the next one (the previous one
        when ``forward`` is false)."""
        if day is None:
            return None
        step = dt.timedelta(days=1 if forward else -1)
        while not self.is_business_day(day):
            day += step
        return day


def holiday(description: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) of a table-63 description, or None when it names no date."""
    found = _DATE.match(description or "")
    if found is None:
        return None
    day, month, year = int(found.group(1)), int(found.group(2)), found.group(3)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year is not None:
        year = int(year) + (2000 if len(year) == 2 else 0)
    return month, day, year


def calendar(session: Session) -> Calendar:
    """The calendar of the session's branch: MV_SABFERI and table 63, in two queries."""
    saturday = (parameters.value(session, "MV_SABFERI") or "").upper()
    every_year, once = set(), set()
    for description in session.scalars(select(SX5.X5_DESCRI).where(SX5.X5_TABELA == HOLIDAYS)):
        found = holiday(description)
        if found is None:
            continue
        month, day, year = found
        if year is None:
            every_year.add((month, day))
        else:
            try:
                once.add(dt.date(year, month, day))
            except ValueError:
                continue
    return Calendar(saturday in SATURDAY_OFF, frozenset(every_year), frozenset(once))
