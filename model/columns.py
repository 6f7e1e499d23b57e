"""Column types shaped like Protheus keeps its data.

Character fields are fixed width in Protheus and stored padded with spaces to the field's size, as
Protheus' database access writes them; Python sees them trimmed. A value compared with a column
(``=``, ``IN``, ranges) is padded alike, so it matches what is stored; a LIKE pattern is left as it
is (a pattern that must match the padding ends with ``%``, as Protheus' own filters do). Dates are
``YYYYMMDD`` text, eight spaces when blank. Money and quantities are ``Decimal``.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Numeric, String, func
from sqlalchemy.orm import mapped_column
from sqlalchemy.sql import operators
from sqlalchemy.types import TypeDecorator

# Operators whose right side is a pattern or a piece of one, not a value of the column.
_PATTERN_OPERATORS = {operators.like_op, operators.not_like_op, operators.ilike_op, operators.not_ilike_op,
                      operators.concat_op, operators.contains_op, operators.not_contains_op,
                      operators.startswith_op, operators.not_startswith_op, operators.endswith_op,
                      operators.not_endswith_op}


class Text(TypeDecorator):
    """Fixed-width Protheus text: padded with spaces to its width in the database, trimmed in Python."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value, dialect):
        text = "" if value is None else str(value).rstrip()
        width = self.impl.length
        return text.ljust(width) if width else text

    def process_result_value(self, value, dialect):
        return (value or "").rstrip()

    def coerce_compared_value(self, op, value):
        if op in _PATTERN_OPERATORS:
            return String()
        return self


BLANK_DATE = " " * 8  # a date not filled, as Protheus writes it


class Date(TypeDecorator):
    """A Protheus date: ``YYYYMMDD`` text, eight spaces when blank (None in Python)."""

    impl = String(8)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None or value == "" or (isinstance(value, str) and not value.strip()):
            return BLANK_DATE
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


def num(size: int, decimals: int = 0, **kw):
    """A numeric column as Protheus' dictionary sizes it: ``size`` counts the decimal point when
    there are decimals (size 14 with 2 decimals holds 99,999,999,999.99). Zero by default."""
    kw.setdefault("default", Decimal(0))
    kw.setdefault("nullable", False)
    return mapped_column(Numeric(size - 1 if decimals else size, decimals, asdecimal=True), **kw)


def date(**kw):
    """A ``YYYYMMDD`` date column, blank by default."""
    kw.setdefault("default", None)
    kw.setdefault("nullable", False)
    return mapped_column(Date(), **kw)


def same_text(left, right):
    """``left = right`` for two text columns of different widths (B1_TIPO, 2, and X5_CHAVE, 6): each
    is stored padded to its own width, so both are compared trimmed."""
    return func.rtrim(left) == func.rtrim(right)
