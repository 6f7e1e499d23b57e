"""Column types shaped like Protheus keeps its data.

Character fields are fixed width in Protheus and space-padded; here they are stored and
returned trimmed (the width stays the column's length). Dates are ``YYYYMMDD`` text, blank when
empty. Money and quantities are ``Decimal``.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import TypeDecorator


class Text(TypeDecorator):
    """Fixed-width Protheus text: trailing spaces never reach the database nor the caller."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return ""
        return str(value).rstrip()

    def process_result_value(self, value, dialect):
        return (value or "").rstrip()


class Date(TypeDecorator):
    """A Protheus date: ``YYYYMMDD`` text, empty when blank."""

    impl = String(8)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or value == "":
            return ""
        if isinstance(value, (dt.date, dt.datetime)):
            return value.strftime("%Y%m%d")
        text = str(value).strip().replace("-", "")
        if len(text) != 8 or not text.isdigit():
            raise ValueError(f"not a date: {value!r}")
        return text

    def process_result_value(self, value, dialect):
        value = (value or "").strip()
        if not value:
            return None
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))


def char(width: int, **kw):
    """A fixed-width text column, blank by default."""
    kw.setdefault("default", "")
    kw.setdefault("nullable", False)
    return mapped_column(Text(width), **kw)


def num(digits: int, decimals: int = 0, **kw):
    """A numeric column as Protheus sizes it (digits, decimals), zero by default."""
    kw.setdefault("default", Decimal(0))
    kw.setdefault("nullable", False)
    return mapped_column(Numeric(digits, decimals, asdecimal=True), **kw)


def date(**kw):
    """A ``YYYYMMDD`` date column, blank by default."""
    kw.setdefault("default", None)
    kw.setdefault("nullable", False)
    return mapped_column(Date(), **kw)
