"""Fiscal documents: outgoing (SF2/SD2) and incoming (SF1/SD1) invoices, and the company that
issues them (SYS_COMPANY)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column

from model.base import Base
from model.columns import char, date, num


class SF2(Base):
    """Outgoing invoices (headers)."""

    __alias__ = "SF2"
    F2_DOC: Mapped[str] = char(9)
    F2_SERIE: Mapped[str] = char(3)
    F2_CLIENTE: Mapped[str] = char(6)
    F2_LOJA: Mapped[str] = char(2)
    F2_TIPO: Mapped[str] = char(1)
    F2_ESPECIE: Mapped[str] = char(5)
    F2_EMISSAO: Mapped[dt.date | None] = date()
    F2_HORA: Mapped[str] = char(5)
    F2_DTENTR: Mapped[dt.date | None] = date()
    F2_EST: Mapped[str] = char(2)
    F2_TIPOCLI: Mapped[str] = char(1)
    F2_COND: Mapped[str] = char(3)
    F2_VEND1: Mapped[str] = char(6)
    F2_VALBRUT: Mapped[Decimal] = num(14, 2)
    F2_VALMERC: Mapped[Decimal] = num(14, 2)
    F2_VALFAT: Mapped[Decimal] = num(16, 2)
    F2_DESCONT: Mapped[Decimal] = num(14, 2)
    F2_FRETE: Mapped[Decimal] = num(14, 2)
    F2_SEGURO: Mapped[Decimal] = num(14, 2)
    F2_DESPESA: Mapped[Decimal] = num(14, 2)
    F2_BASEICM: Mapped[Decimal] = num(14, 2)
    F2_VALICM: Mapped[Decimal] = num(14, 2)
    F2_BASEIPI: Mapped[Decimal] = num(14, 2)
    F2_VALIPI: Mapped[Decimal] = num(14, 2)
    F2_TRANSP: Mapped[str] = char(6)
    F2_VOLUME1: Mapped[Decimal] = num(6)
    F2_ESPECI1: Mapped[str] = char(10)
    F2_VOLUME2: Mapped[Decimal] = num(6)
    F2_ESPECI2: Mapped[str] = char(10)
    F2_VOLUME3: Mapped[Decimal] = num(6)
    F2_ESPECI3: Mapped[str] = char(10)
    F2_VOLUME4: Mapped[Decimal] = num(6)
    F2_ESPECI4: Mapped[str] = char(10)
    F2_PLIQUI: Mapped[Decimal] = num(11, 4)
    F2_PBRUTO: Mapped[Decimal] = num(11, 4)
    F2_MOEDA: Mapped[Decimal] = num(2)
    F2_TXMOEDA: Mapped[Decimal] = num(11, 4)
    F2_PREFIXO: Mapped[str] = char(3)
    F2_DUPL: Mapped[str] = char(9)
    __table_args__ = (Index("SF2_KEY", "F2_FILIAL", "F2_DOC", "F2_SERIE", "R_E_C_D_E_L_", unique=True),)


class SD2(Base):
    """Outgoing invoice items."""

    __alias__ = "SD2"
    D2_DOC: Mapped[str] = char(9)
    D2_SERIE: Mapped[str] = char(3)
    D2_CLIENTE: Mapped[str] = char(6)
    D2_LOJA: Mapped[str] = char(2)
    D2_ITEM: Mapped[str] = char(2)
    D2_COD: Mapped[str] = char(15)
    D2_UM: Mapped[str] = char(2)
    D2_GRUPO: Mapped[str] = char(4)
    D2_TP: Mapped[str] = char(2)
    D2_QUANT: Mapped[Decimal] = num(11, 2)
    D2_PRCVEN: Mapped[Decimal] = num(14, 2)
    D2_PRUNIT: Mapped[Decimal] = num(14, 2)
    D2_TOTAL: Mapped[Decimal] = num(14, 2)
    D2_DESC: Mapped[Decimal] = num(5, 2)
    D2_DESCON: Mapped[Decimal] = num(12, 2)
    D2_VALBRUT: Mapped[Decimal] = num(14, 2)
    D2_TES: Mapped[str] = char(3)
    D2_CF: Mapped[str] = char(5)
    D2_BASEICM: Mapped[Decimal] = num(16, 2)
    D2_PICM: Mapped[Decimal] = num(5, 2)
    D2_VALICM: Mapped[Decimal] = num(14, 2)
    D2_BASEIPI: Mapped[Decimal] = num(14, 2)
    D2_IPI: Mapped[Decimal] = num(5, 2)
    D2_VALIPI: Mapped[Decimal] = num(14, 2)
    D2_PEDIDO: Mapped[str] = char(6)
    D2_ITEMPV: Mapped[str] = char(2)
    D2_LOCAL: Mapped[str] = char(2)
    D2_LOTECTL: Mapped[str] = char(10)
    D2_NUMLOTE: Mapped[str] = char(6)
    D2_DTVALID: Mapped[dt.date | None] = date()
    D2_POTENCI: Mapped[Decimal] = num(6, 2)
    D2_DESPESA: Mapped[Decimal] = num(14, 2)
    D2_SEGURO: Mapped[Decimal] = num(14, 2)
    D2_VALFRE: Mapped[Decimal] = num(14, 2)
    D2_NFORI: Mapped[str] = char(9)
    D2_SERIORI: Mapped[str] = char(3)
    D2_EMISSAO: Mapped[dt.date | None] = date()
    D2_TIPO: Mapped[str] = char(1)


class SF1(Base):
    """Incoming documents (headers); the customer's returns have F1_TIPO = 'D'."""

    __alias__ = "SF1"
    F1_DOC: Mapped[str] = char(9)
    F1_SERIE: Mapped[str] = char(3)
    F1_FORNECE: Mapped[str] = char(6)
    F1_LOJA: Mapped[str] = char(2)
    F1_TIPO: Mapped[str] = char(1)
    F1_FORMUL: Mapped[str] = char(1)  # S: issued on the company's own form
    F1_ESPECIE: Mapped[str] = char(5)
    F1_STATUS: Mapped[str] = char(1)
    F1_EMISSAO: Mapped[dt.date | None] = date()
    F1_DTDIGIT: Mapped[dt.date | None] = date()
    F1_COND: Mapped[str] = char(3)
    F1_VALMERC: Mapped[Decimal] = num(14, 2)
    F1_VALBRUT: Mapped[Decimal] = num(14, 2)
    F1_DESCONT: Mapped[Decimal] = num(14, 2)
    F1_BASEICM: Mapped[Decimal] = num(14, 2)
    F1_VALICM: Mapped[Decimal] = num(14, 2)
    F1_BASEIPI: Mapped[Decimal] = num(14, 2)
    F1_VALIPI: Mapped[Decimal] = num(14, 2)
    F1_FRETE: Mapped[Decimal] = num(15, 2)
    F1_DESPESA: Mapped[Decimal] = num(15, 2)
    F1_SEGURO: Mapped[Decimal] = num(15, 2)
    F1_MOEDA: Mapped[Decimal] = num(2)
    F1_TRANSP: Mapped[str] = char(6)
    F1_PREFIXO: Mapped[str] = char(3)
    F1_DUPL: Mapped[str] = char(9)


class SD1(Base):
    """Incoming document items; the customer's returns have D1_TIPO = 'D'."""

    __alias__ = "SD1"
    D1_DOC: Mapped[str] = char(9)
    D1_SERIE: Mapped[str] = char(3)
    D1_FORNECE: Mapped[str] = char(6)
    D1_LOJA: Mapped[str] = char(2)
    D1_ITEM: Mapped[str] = char(4)
    D1_COD: Mapped[str] = char(15)
    D1_UM: Mapped[str] = char(2)
    D1_GRUPO: Mapped[str] = char(4)
    D1_TP: Mapped[str] = char(2)
    D1_QUANT: Mapped[Decimal] = num(11, 2)
    D1_VUNIT: Mapped[Decimal] = num(14, 2)
    D1_TOTAL: Mapped[Decimal] = num(14, 2)
    D1_TES: Mapped[str] = char(3)
    D1_CF: Mapped[str] = char(5)
    D1_TIPO: Mapped[str] = char(1)
    D1_FORMUL: Mapped[str] = char(1)
    D1_DESC: Mapped[Decimal] = num(5, 2)
    D1_VALDESC: Mapped[Decimal] = num(12, 2)
    D1_DESPESA: Mapped[Decimal] = num(14, 2)
    D1_SEGURO: Mapped[Decimal] = num(14, 2)
    D1_VALFRE: Mapped[Decimal] = num(14, 2)
    D1_LOTECTL: Mapped[str] = char(10)
    D1_NUMLOTE: Mapped[str] = char(6)
    D1_DTVALID: Mapped[dt.date | None] = date()
    D1_POTENCI: Mapped[Decimal] = num(6, 2)
    D1_NUMCQ: Mapped[str] = char(6)
    D1_NFORI: Mapped[str] = char(9)
    D1_SERIORI: Mapped[str] = char(3)
    D1_ITEMORI: Mapped[str] = char(4)
    D1_LOCAL: Mapped[str] = char(2)
    D1_PEDIDO: Mapped[str] = char(6)
    D1_BASEICM: Mapped[Decimal] = num(14, 2)
    D1_PICM: Mapped[Decimal] = num(5, 2)
    D1_VALICM: Mapped[Decimal] = num(14, 2)
    D1_BASEIPI: Mapped[Decimal] = num(14, 2)
    D1_IPI: Mapped[Decimal] = num(6, 2)
    D1_VALIPI: Mapped[Decimal] = num(14, 2)
    D1_DTDIGIT: Mapped[dt.date | None] = date()
    D1_EMISSAO: Mapped[dt.date | None] = date()


class SYS_COMPANY(Base):
    """The companies and branches of the installation (Protheus 12 keeps SIGAMAT in this table):
    the issuer named on outgoing invoices and the receiver of incoming ones. Not company-suffixed,
    as SYS_USR."""

    __tablename__ = "SYS_COMPANY"
    M0_CODIGO: Mapped[str] = mapped_column(String(2), primary_key=True)
    M0_CODFIL: Mapped[str] = mapped_column(String(12), primary_key=True)
    M0_NOME: Mapped[str] = mapped_column(String(15), nullable=False, default="")
    M0_FILIAL: Mapped[str] = mapped_column(String(41), nullable=False, default="")
    M0_NOMECOM: Mapped[str] = mapped_column(String(60), nullable=False, default="")
    M0_CGC: Mapped[str] = mapped_column(String(14), nullable=False, default="")
