"""What a column can hold, checked before anything is written: the one place that keeps a value
the database would refuse (or, on SQLite, store unchecked) from reaching it.

A numeric column holds what its dictionary size and decimals allow (``N 9,2``: 999999.99, after
rounding to its decimals); NaN and infinity fit none. A text column holds its width. Every write
passes here: the ORM's flush (:mod:`model.database` listens to it) and the bulk inserts and
updates of :func:`model.database.insert_rows` / :func:`~model.database.update_rows`. A value that
does not fit is a :class:`PortalError` naming the column, which a service words with its wire name.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from sqlalchemy import Numeric, inspect

from model.base import protheus_tables
from model.columns import Text
from model.errors import PortalError


@cache
def _fitting(precision: int, scale: int) -> tuple[Decimal, Decimal]:
    """(the step of ``scale`` decimals, the first magnitude that no longer fits)."""
    return Decimal(1).scaleb(-scale), Decimal(10) ** (precision - scale)


def shown(value) -> str:
    """A value as a fault shows it (at most 40 characters)."""
    text = format(value.normalize(), "f") if isinstance(value, Decimal) and value.is_finite() else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def number_fits(value, precision: int, scale: int) -> bool:
    """Whether ``value`` fits a NUMERIC(precision, scale) once rounded to its decimals."""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
        if not number.is_finite():
            return False
        if number and number.adjusted() >= precision - scale:
            return False
        step, ceiling = _fitting(precision, scale)
        return abs(number.quantize(step, ROUND_HALF_UP)) < ceiling
    except (InvalidOperation, ValueError, TypeError):
        return False


def check_number(value, precision: int, scale: int, field: str) -> None:
    if value is not None and not number_fits(value, precision, scale):
        raise PortalError("bad_value", field=field, value=shown(value))


@cache
def _checks(table) -> tuple[tuple[str, str, int, int], ...]:
    """(column, kind, size, decimals) of every column of ``table`` that has a size to respect."""
    checks = []
    for column in table.columns:
        if isinstance(column.type, Numeric) and column.type.precision:
            checks.append((column.key, "N", column.type.precision, column.type.scale or 0))
        elif isinstance(column.type, Text) and column.type.impl.length:
            checks.append((column.key, "C", column.type.impl.length, 0))
    return tuple(checks)


def check_values(table, values: dict) -> None:
    """Every value of ``values`` (column -> value) must fit its column of ``table``."""
    for name, kind, size, decimals in _checks(table):
        value = values.get(name)
        if value is None:
            continue
        if kind == "N":
            check_number(value, size, decimals, name)
        elif len(str(value).rstrip()) > size:
            raise PortalError("bad_value", field=name, value=shown(str(value).rstrip()))


def check_object(obj, changed_only: bool) -> None:
    """A mapped row about to be flushed: its values (``changed_only``: those set since it was read)."""
    state = inspect(obj)
    values = {}
    for name, kind, size, decimals in _checks(type(obj).__table__):
        attribute = state.attrs[name]
        if changed_only and not attribute.history.has_changes():
            continue
        values[name] = attribute.value
    check_values(type(obj).__table__, values)


@cache
def columns_by_name() -> dict:
    """Column name -> column, over every Protheus table (Protheus' names carry their table's prefix)."""
    return {column.key: column for cls in protheus_tables() for column in cls.__table__.columns
            if "_" in column.key and not column.key.startswith(("D_E_L_E_T_", "R_E_C_"))}


def numeric_size(name: str) -> tuple[int, int] | None:
    """(precision, decimals) of the numeric column ``name`` (``C6_QTDVEN``), None for any other."""
    column = columns_by_name().get(name)
    if column is None or not isinstance(column.type, Numeric) or not column.type.precision:
        return None
    return column.type.precision, column.type.scale or 0
