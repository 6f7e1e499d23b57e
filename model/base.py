"""The declarative base every Protheus table derives from.

A table declares its alias (``__alias__ = "SA1"``); the base gives it what every Protheus table
has: the branch column (``A1_FILIAL``), ``D_E_L_E_T_`` (``' '`` live, ``'*'`` deleted),
``R_E_C_N_O_`` (the record number) and ``R_E_C_D_E_L_`` (the record number again once deleted,
so unique keys ignore deleted rows, as Protheus does). Its SQL name is alias + company + ``0``:
``SA1010`` for company ``01``; :func:`use_company` sets the company once, at start-up.
"""
from __future__ import annotations

from sqlalchemy import CHAR, Integer
from sqlalchemy.orm import DeclarativeBase, mapped_column, synonym

from model.columns import Text

DEFAULT_COMPANY = "01"
LIVE = " "
DELETED = "*"


def field_prefix(alias: str) -> str:
    """Protheus' field prefix: ``SA1`` -> ``A1``, ``DA0`` -> ``DA0``, ``AI3`` -> ``AI3``."""
    return alias.removeprefix("S")


def table_name(alias: str, company: str) -> str:
    return f"{alias}{company}0"


EXCLUSIVE, SHARED, UNFILTERED = "E", "C", ""  # how a table keeps its branch column (SX2's X2_MODO)


class Base(DeclarativeBase):
    """Base of every table; subclasses with ``__alias__`` are Protheus tables.

    ``__mode__`` says how the table keeps its branch column: ``E`` each branch its own rows (the
    branch of PrepareIn), ``C`` rows shared by every branch (a blank branch), or ``""`` for a
    table whose branch column is data the queries read themselves (SX6's parameters).
    ``__branch__`` names a branch column that does not follow the ``<prefix>_FILIAL`` rule
    (``X6_FIL``); ``None`` declares a table that has none (SM2)."""

    __mode__ = EXCLUSIVE
    __branch__: str | None = None

    def __init_subclass__(cls, **kw):
        alias = cls.__dict__.get("__alias__")
        if alias and "__mode__" not in cls.__dict__ and not cls.__dict__.get("__own__"):
            cls.__mode__ = dictionary_mode(alias)
        if alias:
            cls.__tablename__ = table_name(alias, DEFAULT_COMPANY)
            if cls.__dict__.get("__branch__", "") is None:  # a table with no branch column at all (SM2)
                cls.__mode__ = UNFILTERED
            else:
                cls.__branch__ = cls.__dict__.get("__branch__") or f"{field_prefix(alias)}_FILIAL"
                setattr(cls, cls.__branch__, mapped_column(Text(2), default="", nullable=False, sort_order=-10))
                cls.FILIAL = synonym(cls.__branch__)  # the branch column under one name for every table
            cls.D_E_L_E_T_ = mapped_column(CHAR(1), default=LIVE, nullable=False, sort_order=10)
            cls.R_E_C_N_O_ = mapped_column(Integer, primary_key=True, autoincrement=True, sort_order=11)
            cls.R_E_C_D_E_L_ = mapped_column(Integer, default=0, nullable=False, sort_order=12)
        super().__init_subclass__(**kw)


def dictionary_mode(alias: str) -> str:
    """The table's sharing mode as the data dictionary gives it (SX2's X2_MODO), exclusive when the
    repository has no facts for it."""
    from model.dictionary import table_facts

    facts = table_facts(alias)
    return facts["mode"] if facts else EXCLUSIVE


def use_modes(modes: dict[str, str]) -> None:
    """The sharing modes of an installation (alias -> ``C``/``E``, from its SX2), over the
    dictionary's defaults. Called at start-up, before any query."""
    for cls in protheus_tables():
        mode = modes.get(cls.__alias__)
        if mode in (SHARED, EXCLUSIVE) and cls.__mode__ in (SHARED, EXCLUSIVE):
            cls.__mode__ = mode


def branch_value(cls, branch: str) -> str | None:
    """What the branch column of ``cls`` holds for the rows of ``branch`` (None: not filtered)."""
    if cls.__mode__ == EXCLUSIVE:
        return branch
    if cls.__mode__ == SHARED:
        return ""
    return None


def own_tables():
    """This server's own tables (``__own__``), which may live in a database of their own."""
    return [m.class_ for m in Base.registry.mappers if getattr(m.class_, "__own__", False)]


def protheus_tables():
    """Every mapped class that is a Protheus table (has an alias)."""
    return [m.class_ for m in Base.registry.mappers if getattr(m.class_, "__alias__", None)]


_company_in_use: tuple[str, int] | None = None


def use_company(company: str, branch: str = "01") -> None:
    """Name every table after ``company`` and size every branch column as ``branch`` (both from
    PrepareIn: an installation's branch code may be longer than two). Called once, before any
    query."""
    global _company_in_use
    if _company_in_use == (company, len(branch)):
        return
    if _company_in_use is not None:
        raise RuntimeError(f"company already set to {_company_in_use}, cannot switch to {company}")
    for cls in protheus_tables():
        table = cls.__table__
        old, new = table.name, table_name(cls.__alias__, company)
        table.name = table.fullname = new
        for index in table.indexes:  # those named after their table (model/indexes.py) follow it
            if index.name.startswith(old):
                index.name = new + index.name[len(old):]
        if cls.__branch__ and cls.__branch__ in table.c:
            table.c[cls.__branch__].type.impl.length = len(branch)
    _company_in_use = (company, len(branch))
