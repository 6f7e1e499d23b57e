"""Production: production orders (SC2), what they require (SD4), the stock movements that
produce and consume (SD3) and their losses (SBC)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Mapped

from model.base import Base
from model.columns import char, date, num


class SC2(Base):
    """Production orders; a production order's number is C2_NUM + C2_ITEM + C2_SEQUEN (+ C2_ITEMGRD)."""

    __alias__ = "SC2"
    C2_NUM: Mapped[str] = char(6)
    C2_ITEM: Mapped[str] = char(2)
    C2_SEQUEN: Mapped[str] = char(3)
    C2_ITEMGRD: Mapped[str] = char(3)
    C2_PRODUTO: Mapped[str] = char(15)
    C2_LOCAL: Mapped[str] = char(2)
    C2_UM: Mapped[str] = char(2)
    C2_QUANT: Mapped[Decimal] = num(12, 2)
    C2_QTSEGUM: Mapped[Decimal] = num(12, 2)
    C2_QUJE: Mapped[Decimal] = num(12, 2)
    C2_PERDA: Mapped[Decimal] = num(12, 2)
    C2_EMISSAO: Mapped[dt.date | None] = date()
    C2_DATPRI: Mapped[dt.date | None] = date()
    C2_DATPRF: Mapped[dt.date | None] = date()
    C2_DATAJI: Mapped[dt.date | None] = date()
    C2_HORAJI: Mapped[str] = char(5)
    C2_DATAJF: Mapped[dt.date | None] = date()
    C2_HORAJF: Mapped[str] = char(5)
    C2_DATRF: Mapped[dt.date | None] = date()  # actual end: the order is closed
    C2_PEDIDO: Mapped[str] = char(6)
    C2_ITEMPV: Mapped[str] = char(2)
    C2_STATUS: Mapped[str] = char(1)  # situation: N normal, U suspended, S closed off
    C2_TPOP: Mapped[str] = char(1)  # F firm, P planned
    C2_PRIOR: Mapped[str] = char(3)
    C2_REVISAO: Mapped[str] = char(3)
    C2_CC: Mapped[str] = char(9)
    C2_ITEMCTA: Mapped[str] = char(9)
    C2_CLVL: Mapped[str] = char(9)
    C2_ROTEIRO: Mapped[str] = char(2)
    C2_OBS: Mapped[str] = char(30)


class SD4(Base):
    """Requirements of production orders (empenhos): a component, what was required of it and
    what is still to be consumed."""

    __alias__ = "SD4"
    D4_OP: Mapped[str] = char(14)
    D4_COD: Mapped[str] = char(15)
    D4_LOCAL: Mapped[str] = char(2)
    D4_TRT: Mapped[str] = char(3)
    D4_DATA: Mapped[dt.date | None] = date()
    D4_QTDEORI: Mapped[Decimal] = num(12, 2)
    D4_QUANT: Mapped[Decimal] = num(12, 2)  # still to be consumed
    D4_QTSEGUM: Mapped[Decimal] = num(12, 2)
    D4_OPORIG: Mapped[str] = char(14)  # the production order that makes this component
    D4_LOTECTL: Mapped[str] = char(10)
    D4_NUMLOTE: Mapped[str] = char(6)
    D4_DTVALID: Mapped[dt.date | None] = date()
    D4_POTENCI: Mapped[Decimal] = num(6, 2)


class SD3(Base):
    """Internal stock movements; those of a production order (D3_OP) are its production (D3_CF
    PR0/PR1) and the consumption of its components (RE*, returns DE*)."""

    __alias__ = "SD3"
    D3_TM: Mapped[str] = char(3)
    D3_COD: Mapped[str] = char(15)
    D3_UM: Mapped[str] = char(2)
    D3_SEGUM: Mapped[str] = char(2)
    D3_QUANT: Mapped[Decimal] = num(12, 2)
    D3_QTSEGUM: Mapped[Decimal] = num(12, 2)
    D3_PERDA: Mapped[Decimal] = num(11, 2)
    D3_CF: Mapped[str] = char(3)
    D3_OP: Mapped[str] = char(14)
    D3_LOCAL: Mapped[str] = char(2)
    D3_DOC: Mapped[str] = char(9)
    D3_EMISSAO: Mapped[dt.date | None] = date()
    D3_NUMSEQ: Mapped[str] = char(6)
    D3_ESTORNO: Mapped[str] = char(1)
    D3_CONTA: Mapped[str] = char(20)
    D3_CC: Mapped[str] = char(9)
    D3_ITEMCTA: Mapped[str] = char(9)
    D3_CLVL: Mapped[str] = char(9)
    D3_CUSTO1: Mapped[Decimal] = num(14, 2)
    D3_LOTECTL: Mapped[str] = char(10)
    D3_NUMLOTE: Mapped[str] = char(6)
    D3_DTVALID: Mapped[dt.date | None] = date()
    D3_POTENCI: Mapped[Decimal] = num(6, 2)


class SBC(Base):
    """Losses of production orders: what was lost of a product (origin) and what it became
    (destination: scrap, rework)."""

    __alias__ = "SBC"
    BC_OP: Mapped[str] = char(14)
    BC_PRODUTO: Mapped[str] = char(15)
    BC_LOCORIG: Mapped[str] = char(2)
    BC_QUANT: Mapped[Decimal] = num(12, 2)
    BC_CODDEST: Mapped[str] = char(15)
    BC_LOCAL: Mapped[str] = char(2)
    BC_QTDDEST: Mapped[Decimal] = num(12, 2)
    BC_TIPO: Mapped[str] = char(1)
    BC_MOTIVO: Mapped[str] = char(2)  # SX5 table 43
    BC_DATA: Mapped[dt.date | None] = date()
    BC_OPERADO: Mapped[str] = char(6)
    BC_RECURSO: Mapped[str] = char(6)
    BC_OPERAC: Mapped[str] = char(2)
    BC_SEQSD3: Mapped[str] = char(6)
    BC_LOTECTL: Mapped[str] = char(10)
    BC_NUMLOTE: Mapped[str] = char(6)
    BC_DTVALID: Mapped[dt.date | None] = date()
