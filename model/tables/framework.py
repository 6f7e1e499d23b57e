"""The framework's dictionary tables the server reads from the database: SX3's rows of the
fields an installation adds to the standard tables (its "user fields")."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Index
from sqlalchemy.orm import Mapped

from model.base import Base
from model.columns import char, num


class SX3(Base):
    """Data dictionary: fields. The standard fields are the facts of ``model/dictionary``; the
    rows kept here are the installation's own, marked ``X3_PROPRI = 'U'`` as Protheus marks
    the fields a customer adds (a physical column of the table holds their values)."""

    __alias__ = "SX3"
    __branch__ = None  # a dictionary table: the same for every branch, no X3_FILIAL
    X3_ARQUIVO: Mapped[str] = char(3)  # the table (alias) the field belongs to
    X3_ORDEM: Mapped[str] = char(2)
    X3_CAMPO: Mapped[str] = char(10)
    X3_TIPO: Mapped[str] = char(1)  # C N D L M
    X3_TAMANHO: Mapped[Decimal] = num(3)
    X3_DECIMAL: Mapped[Decimal] = num(1)
    X3_TITULO: Mapped[str] = char(12)
    X3_TITSPA: Mapped[str] = char(12)
    X3_TITENG: Mapped[str] = char(12)
    X3_DESCRIC: Mapped[str] = char(25)
    X3_PICTURE: Mapped[str] = char(45)
    X3_F3: Mapped[str] = char(6)
    X3_CBOX: Mapped[str] = char(128)
    X3_CBOXSPA: Mapped[str] = char(128)
    X3_CBOXENG: Mapped[str] = char(128)
    X3_OBRIGAT: Mapped[str] = char(1)  # not blank: required (Protheus writes a mark there)
    X3_CONTEXT: Mapped[str] = char(1)  # R real, V virtual
    X3_PROPRI: Mapped[str] = char(1)  # S standard, U the installation's own
    __table_args__ = (Index("SX3_KEY", "X3_CAMPO", "R_E_C_D_E_L_", unique=True),
                      Index("SX3_ALIAS", "X3_ARQUIVO", "X3_ORDEM"))
