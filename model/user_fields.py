"""The installation's own fields ("user fields"): fields a customer adds to the standard tables.

As in Protheus, such a field is a row of the data dictionary SX3 marked ``X3_PROPRI = 'U'``
(table, name, type, size, decimals, titles, picture, options, look-up, required) and a column
of that name in the table itself, which holds its value for every record. CFGDICTIONARY's
GETUSERFIELD lists a table's user fields; the views of the records of that table carry them,
each with the record's value (their ``USERFIELDS``).

Adding one is what Protheus' dictionary update does: the SX3 row, then the column
(:func:`create_columns` adds the columns of the rows that have none yet).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, lru_cache

from sqlalchemy import bindparam, column, inspect, select, table, text
from sqlalchemy.orm import Session

from model.base import field_prefix, protheus_tables
from model.database import live, read, records
from model.tables import SX3

USER = "U"  # X3_PROPRI of a field the installation added
_NAME = re.compile(r"^[A-Z0-9]{2,3}_[A-Z0-9_]{1,7}$")
_LANGUAGE = {"es": 0, "pt": 1, "en": 2}
# what a UserField is made of (_field, _usable)
_SX3_READ = ("X3_ARQUIVO", "X3_CAMPO", "X3_TIPO", "X3_TAMANHO", "X3_DECIMAL", "X3_TITSPA", "X3_TITULO", "X3_TITENG",
             "X3_PICTURE", "X3_F3", "X3_CBOXSPA", "X3_CBOX", "X3_CBOXENG", "X3_OBRIGAT", "X3_CONTEXT")


@dataclass(frozen=True)
class UserField:
    alias: str
    name: str
    type: str  # C N D L M
    size: int
    decimals: int
    titles: tuple[str, str, str]  # Spanish, Portuguese, English
    picture: str
    f3: str
    options: tuple[str, str, str]  # the combobox ("1=Yes;2=No"), Spanish, Portuguese, English
    required: bool

    def title(self, lang: str) -> str:
        return self.titles[_LANGUAGE[lang]] or self.titles[1]

    def combobox(self, lang: str) -> str:
        return self.options[_LANGUAGE[lang]] or self.options[1]

    def text(self, value) -> str:
        """A record's value as USERTAG carries it: text trimmed, a number with the field's
        decimals, a date ``YYYYMMDD``, blank when empty."""
        if value is None:
            return ""
        if self.type == "N":
            return f"{Decimal(value):.{self.decimals}f}"
        return str(value).strip()


@cache
def _tables_by_alias() -> dict:
    return {cls.__alias__: cls for cls in protheus_tables()}


def _usable(row, tables: dict) -> bool:
    """A user field this server can serve: a real field of a table it maps, named with the
    table's prefix, of a known type, and not one of the table's standard columns."""
    cls = tables.get(row.X3_ARQUIVO)
    return (cls is not None and row.X3_CONTEXT != "V" and row.X3_TIPO in ("C", "N", "D", "L", "M")
            and bool(_NAME.match(row.X3_CAMPO)) and row.X3_CAMPO.startswith(field_prefix(cls.__alias__) + "_")
            and row.X3_CAMPO not in cls.__table__.columns)


def _field(row) -> UserField:
    return UserField(row.X3_ARQUIVO, row.X3_CAMPO, row.X3_TIPO, int(row.X3_TAMANHO), int(row.X3_DECIMAL),
                     (row.X3_TITSPA, row.X3_TITULO, row.X3_TITENG), row.X3_PICTURE, row.X3_F3,
                     (row.X3_CBOXSPA, row.X3_CBOX, row.X3_CBOXENG), bool(row.X3_OBRIGAT.strip()))


@cache
def _definitions_statement(one_table: bool):
    """The SX3 rows of the user fields (of one table, ``alias``, when ``one_table``): a statement
    prepared once, since every answer that carries USERFIELDS reads it."""
    stmt = select(*(SX3.__table__.c[name] for name in _SX3_READ)).where(live(SX3), SX3.X3_PROPRI == USER)
    if one_table:
        stmt = stmt.where(SX3.X3_ARQUIVO == bindparam("alias"))
    return stmt.order_by(SX3.X3_ARQUIVO, SX3.X3_ORDEM, SX3.X3_CAMPO)


def definitions(session: Session, alias: str | None = None) -> list[UserField]:
    """The user fields of table ``alias`` (of every table when None), in X3_ORDEM order."""
    if alias is None:
        rows = records(session, _definitions_statement(False))
    else:
        rows = records(session, _definitions_statement(True), alias=alias.strip().upper())
    tables = _tables_by_alias()
    return [_field(row) for row in rows if _usable(row, tables)]


@lru_cache(maxsize=256)
def _values_statement(table_name: str, names: tuple[str, ...]):
    """The user fields ``names`` of the records numbered ``numbers`` (the columns are not mapped:
    Protheus' dictionary update adds them)."""
    source = table(table_name, column("R_E_C_N_O_"), *(column(name) for name in names))
    return select(source).where(source.c.R_E_C_N_O_.in_(bindparam("numbers", expanding=True)))


def values(session: Session, table_class, rows) -> dict[int, list[tuple[UserField, str]]]:
    """Record number -> (user field, the record's value as text) of each user field of
    ``table_class``, for ``rows`` (rows of that table, with their R_E_C_N_O_). Two statements
    whatever the number of rows: the definitions, then the values of all of them."""
    fields = definitions(session, table_class.__alias__)
    numbers = sorted({row.R_E_C_N_O_ for row in rows})
    if not fields or not numbers:
        return {}
    found: dict[int, list[tuple[UserField, str]]] = defaultdict(list)
    statement = _values_statement(table_class.__table__.name, tuple(f.name for f in fields))
    for number, *stored in read(session, statement, numbers=numbers):
        found[number] = [(f, f.text(value)) for f, value in zip(fields, stored)]
    return found


def _column_type(field: UserField) -> str:
    if field.type == "N":
        return f"NUMERIC({field.size - 1 if field.decimals else field.size}, {field.decimals}) DEFAULT 0"
    if field.type == "M":
        return "TEXT DEFAULT ''"
    width = {"D": 8, "L": 1}.get(field.type, field.size)
    return f"VARCHAR({width}) DEFAULT '{'F' if field.type == 'L' else ''}'"


def create_columns(session: Session) -> list[str]:
    """Protheus' dictionary update for the user fields: add to its table the column of every
    user field that has none yet. Returns ``ALIAS.FIELD`` of the columns added."""
    connection = session.connection()
    inspector, quote = inspect(connection), connection.dialect.identifier_preparer.quote
    tables, added = _tables_by_alias(), []
    for field in definitions(session):
        table_name = tables[field.alias].__table__.name
        existing = {c["name"].upper() for c in inspector.get_columns(table_name)}
        if field.name in existing:
            continue
        connection.execute(text(f"ALTER TABLE {quote(table_name)} ADD COLUMN {quote(field.name)} "
                                f"{_column_type(field)} NOT NULL"))
        inspector.clear_cache()
        added.append(f"{field.alias}.{field.name}")
    return added
