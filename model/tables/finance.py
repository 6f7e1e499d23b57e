"""Receivables, their movements, and the daily exchange rates."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy.orm import Mapped

from model.base import Base
from model.columns import char, date, num


class SE1(Base):
    """Receivables."""

    __alias__ = "SE1"
    E1_PREFIXO: Mapped[str] = char(3)
    E1_NUM: Mapped[str] = char(9)
    E1_PARCELA: Mapped[str] = char(2)
    E1_TIPO: Mapped[str] = char(3)  # NF invoice, NCC credit note, RA advance, ...
    E1_NATUREZ: Mapped[str] = char(10)
    E1_CLIENTE: Mapped[str] = char(6)
    E1_LOJA: Mapped[str] = char(2)
    E1_NOMCLI: Mapped[str] = char(20)
    E1_EMISSAO: Mapped[dt.date | None] = date()
    E1_VENCTO: Mapped[dt.date | None] = date()
    E1_VENCREA: Mapped[dt.date | None] = date()  # the real due date: E1_VENCTO on a business day
    E1_VENCORI: Mapped[dt.date | None] = date()  # the original due date
    E1_VALOR: Mapped[Decimal] = num(16, 2)
    E1_SALDO: Mapped[Decimal] = num(16, 2)
    E1_BAIXA: Mapped[dt.date | None] = date()
    E1_MOEDA: Mapped[Decimal] = num(2)
    E1_TXMOEDA: Mapped[Decimal] = num(11, 4)
    E1_VLCRUZ: Mapped[Decimal] = num(16, 2)
    E1_DESCFIN: Mapped[Decimal] = num(5, 2)  # financial discount (%) for paying early
    E1_DIADESC: Mapped[Decimal] = num(2)  # ... up to this many days before the due date
    E1_PORCJUR: Mapped[Decimal] = num(5, 2)
    E1_VALJUR: Mapped[Decimal] = num(14, 2)
    E1_SDACRES: Mapped[Decimal] = num(16, 2)
    E1_SDDECRE: Mapped[Decimal] = num(16, 2)
    E1_DESCONT: Mapped[Decimal] = num(16, 2)
    E1_MULTA: Mapped[Decimal] = num(16, 2)
    E1_JUROS: Mapped[Decimal] = num(16, 2)
    E1_VALLIQ: Mapped[Decimal] = num(16, 2)
    E1_HIST: Mapped[str] = char(40)
    E1_PEDIDO: Mapped[str] = char(6)
    E1_SERIE: Mapped[str] = char(3)
    E1_NUMBCO: Mapped[str] = char(15)
    E1_PORTADO: Mapped[str] = char(3)
    E1_SITUACA: Mapped[str] = char(1)
    E1_STATUS: Mapped[str] = char(1)
    E1_ORIGEM: Mapped[str] = char(8)


class SE5(Base):
    """Bank movements: among them, the payments of receivables."""

    __alias__ = "SE5"
    E5_DATA: Mapped[dt.date | None] = date()
    E5_TIPO: Mapped[str] = char(3)
    E5_MOEDA: Mapped[str] = char(2)
    E5_VALOR: Mapped[Decimal] = num(16, 2)
    E5_NATUREZ: Mapped[str] = char(10)
    E5_BANCO: Mapped[str] = char(3)
    E5_AGENCIA: Mapped[str] = char(5)
    E5_CONTA: Mapped[str] = char(10)
    E5_DOCUMEN: Mapped[str] = char(50)
    E5_VENCTO: Mapped[dt.date | None] = date()
    E5_RECPAG: Mapped[str] = char(1)  # R received, P paid
    E5_BENEF: Mapped[str] = char(30)
    E5_HISTOR: Mapped[str] = char(40)
    E5_TIPODOC: Mapped[str] = char(2)
    E5_PREFIXO: Mapped[str] = char(3)
    E5_NUMERO: Mapped[str] = char(9)
    E5_PARCELA: Mapped[str] = char(2)
    E5_CLIFOR: Mapped[str] = char(6)
    E5_LOJA: Mapped[str] = char(2)
    E5_DTDIGIT: Mapped[dt.date | None] = date()
    E5_DTDISPO: Mapped[dt.date | None] = date()  # the day the money is available (credited)
    E5_ORDREC: Mapped[str] = char(12)  # receipt number
    E5_SERREC: Mapped[str] = char(3)  # receipt series
    E5_MOTBX: Mapped[str] = char(3)
    E5_SITUACA: Mapped[str] = char(1)  # C cancelled
    E5_VLJUROS: Mapped[Decimal] = num(16, 2)
    E5_VLMULTA: Mapped[Decimal] = num(16, 2)
    E5_VLDESCO: Mapped[Decimal] = num(16, 2)
    E5_SEQ: Mapped[str] = char(2)


class SM2(Base):
    """Daily currency rates (currency 1 is the local currency)."""

    __alias__ = "SM2"
    __branch__ = None  # the rates are the company's: SM2 has no branch column
    M2_DATA: Mapped[dt.date | None] = date()
    M2_MOEDA1: Mapped[Decimal] = num(11, 4)
    M2_MOEDA2: Mapped[Decimal] = num(11, 4)
    M2_MOEDA3: Mapped[Decimal] = num(11, 4)
    M2_MOEDA4: Mapped[Decimal] = num(11, 4)
    M2_MOEDA5: Mapped[Decimal] = num(11, 4)
