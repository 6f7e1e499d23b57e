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
    return alias[1:] if alias.startswith("S") else alias


def table_name(alias: str, company: str) -> str:
    return f"{alias}{company}0"


class Base(DeclarativeBase):
    """Base of every table; subclasses with ``__alias__`` are Protheus tables."""

    def __init_subclass__(cls, **kw):
        alias = cls.__dict__.get("__alias__")
        if alias:
            cls.__tablename__ = table_name(alias, DEFAULT_COMPANY)
            cls.__branch__ = f"{field_prefix(alias)}_FILIAL"
            setattr(cls, cls.__branch__, mapped_column(Text(2), default="", nullable=False, sort_order=-10))
            cls.FILIAL = synonym(cls.__branch__)  # the branch column under one name for every table
            cls.D_E_L_E_T_ = mapped_column(CHAR(1), default=LIVE, nullable=False, sort_order=10)
            cls.R_E_C_N_O_ = mapped_column(Integer, primary_key=True, autoincrement=True, sort_order=11)
            cls.R_E_C_D_E_L_ = mapped_column(Integer, default=0, nullable=False, sort_order=12)
        super().__init_subclass__(**kw)


def protheus_tables():
    """Every mapped class that is a Protheus table (has an alias)."""
    return [m.class_ for m in Base.registry.mappers if getattr(m.class_, "__alias__", None)]


_company_in_use: str | None = None


def use_company(company: str) -> None:
    """Name every table after ``company`` (from PrepareIn). Called once, before any query."""
    global _company_in_use
    if _company_in_use == company:
        return
    if _company_in_use is not None:
        raise RuntimeError(f"company already set to {_company_in_use}, cannot switch to {company}")
    for cls in protheus_tables():
        table = cls.__table__
        table.name = table.fullname = table_name(cls.__alias__, company)
    _company_in_use = company
