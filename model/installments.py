"""The installments of a payment plan (SE4), as Protheus' Condicao computes them for an invoice.

Dates (type 1, ``E4_COND`` = the days of each installment, ``30,60,90``): counted from a base
date that ``E4_DDD`` sets from the issue date: ``D`` (or blank) the issue date, ``L`` the next
day, ``S`` the start of the next week (next Sunday), ``Z`` the next ten-day period (the 11th, the
21st or the 1st of next month), ``Q`` the next fortnight (the 16th or the 1st of next month),
``F`` the 1st of next month. When MV_DIACONT is ``1`` (also when it is missing) the issue day
counts as the first day: every term but 0 is one day shorter (30 days from the 15th is the 14th
of next month).

Values: the total split evenly, each rounded to cents; the last installment takes what the
rounding left over (1000.00 in three: 333.33, 333.33, 333.34).

Installment letters (E1_PARCELA): MV_1DUP for the first (``A`` when missing), then the next
(Soma1: A, B, C...); an invoice of one installment has none.

Only type 1 is computed; a plan of another type, or no plan, is one installment due on the issue
date (as Protheus answers a plan it does not find).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from model import parameters
from model.tables import SE4

DAYS = "1"  # E4_TIPO whose E4_COND lists the days of each installment
CENT = Decimal("0.01")
COUNTS_ISSUE_DAY = "1"  # MV_DIACONT
FIRST_LETTER = "A"  # MV_1DUP when missing


@dataclass(frozen=True)
class Installment:
    letter: str  # E1_PARCELA ('' when the invoice has one installment)
    due: dt.date  # E1_VENCTO
    value: Decimal


@dataclass(frozen=True)
class Settings:
    counts_issue_day: bool = True  # MV_DIACONT = 1
    first_letter: str = FIRST_LETTER  # MV_1DUP


def settings(session: Session) -> Settings:
    found = parameters.typed(session, {"MV_DIACONT": COUNTS_ISSUE_DAY, "MV_1DUP": FIRST_LETTER})
    return Settings(found["MV_DIACONT"] == COUNTS_ISSUE_DAY, (found["MV_1DUP"] or FIRST_LETTER).upper())


def base_date(ddd: str, issued: dt.date) -> dt.date:
    """The day the installments of a plan count from (E4_DDD)."""
    ddd = (ddd or "").strip().upper()
    if ddd == "L":
        return issued + dt.timedelta(days=1)
    if ddd == "S":  # the next Sunday (a Sunday goes to the following one)
        return issued + dt.timedelta(days=7 - (issued.weekday() + 1) % 7)
    if ddd == "Z":
        if issued.day <= 10:
            return issued.replace(day=11)
        if issued.day <= 20:
            return issued.replace(day=21)
        return _first_of_next_month(issued)
    if ddd == "Q":
        return issued.replace(day=16) if issued.day <= 15 else _first_of_next_month(issued)
    if ddd == "F":
        return _first_of_next_month(issued)
    return issued


def _first_of_next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def terms(plan: SE4 | None) -> list[int]:
    """The days of each installment of a type 1 plan (``0``: on the base date)."""
    days = []
    for part in (plan.E4_COND if plan is not None else "").split(","):
        part = part.strip()
        days.append(int(part) if part.isdigit() else 0)
    return days or [0]


def due_dates(plan: SE4 | None, issued: dt.date, counts_issue_day: bool = True) -> list[dt.date]:
    if plan is None or (plan.E4_TIPO or DAYS).strip() != DAYS:
        return [issued]
    base = base_date(plan.E4_DDD, issued)
    return [base + dt.timedelta(days=n - 1 if counts_issue_day and n > 0 else n) for n in terms(plan)]


def split(total: Decimal, count: int) -> list[Decimal]:
    """``total`` in ``count`` installments: each rounded to cents, the last one taking the rest."""
    share = (total / count).quantize(CENT, ROUND_HALF_UP)
    values = [share] * count
    values[-1] = total - share * (count - 1)
    return values


def soma1(code: str) -> str:
    """The code after ``code`` (Protheus' Soma1): numbers count up (``09`` -> ``10``), letters
    follow the alphabet (``A`` -> ``B``); a number that no longer fits its width goes on with
    letters (``9`` -> ``A``, ``99`` -> ``A0``)."""
    chars = list(code.upper())
    for i in range(len(chars) - 1, -1, -1):
        char = chars[i]
        if char == "9":
            chars[i] = "0"
            continue
        if char == "Z":
            chars[i] = "A"
            continue
        chars[i] = chr(ord(char) + 1) if char.isalnum() else "1"
        return "".join(chars)
    return "A" + "".join(chars[1:]) if chars and code[:1] == "9" else "1" + "".join(chars)


def installments(plan: SE4 | None, total: Decimal, issued: dt.date, config: Settings = Settings()) -> list[Installment]:
    """The installments of an invoice worth ``total`` issued on ``issued``."""
    dates = due_dates(plan, issued, config.counts_issue_day)
    values = split(total, len(dates))
    letters, letter = [], config.first_letter
    for _ in dates:
        letters.append(letter)
        letter = soma1(letter)
    if len(dates) == 1:
        letters = [""]
    return [Installment(code, due, value) for code, due, value in zip(letters, dates, values)]
