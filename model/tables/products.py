"""Products, their complements, groups, units, prices, discounts, stock, TES and payment plans; the parameters and generic tables."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index
from sqlalchemy.orm import Mapped

from model.base import Base
from model.columns import char, date, num


class SB1(Base):
    """Products."""

    __alias__ = "SB1"
    B1_COD: Mapped[str] = char(15)
    B1_DESC: Mapped[str] = char(30)
    B1_TIPO: Mapped[str] = char(2)
    B1_GRUPO: Mapped[str] = char(4)
    B1_UM: Mapped[str] = char(2)
    B1_SEGUM: Mapped[str] = char(2)
    B1_CONV: Mapped[Decimal] = num(5, 2)
    B1_PRV1: Mapped[Decimal] = num(12, 2)
    B1_TS: Mapped[str] = char(3)
    B1_POSIPI: Mapped[str] = char(10)
    B1_PICM: Mapped[Decimal] = num(5, 2)  # ICMS rate
    B1_IPI: Mapped[Decimal] = num(5, 2)  # IPI rate
    B1_QE: Mapped[Decimal] = num(9)
    B1_EMIN: Mapped[Decimal] = num(12, 2)
    B1_PESO: Mapped[Decimal] = num(11, 4)
    B1_PESBRU: Mapped[Decimal] = num(11, 4)
    B1_PE: Mapped[Decimal] = num(5)
    B1_TIPE: Mapped[str] = char(1)  # H hours, D days, S weeks, M months, A years
    B1_LE: Mapped[Decimal] = num(12, 2)
    B1_LM: Mapped[Decimal] = num(12, 2)
    B1_NOTAMIN: Mapped[Decimal] = num(1)
    B1_PRVALID: Mapped[Decimal] = num(3)
    B1_CODBAR: Mapped[str] = char(15)
    B1_LOCPAD: Mapped[str] = char(2)
    B1_BITMAP: Mapped[str] = char(20)  # name of its picture in the image repository (ZIM)
    B1_MSBLQL: Mapped[str] = char(1)
    __table_args__ = (Index("SB1_KEY", "B1_FILIAL", "B1_COD", "R_E_C_D_E_L_", unique=True),)


class SB5(Base):
    """Product complements: scientific description and storage dimensions."""

    __alias__ = "SB5"
    B5_COD: Mapped[str] = char(15)
    B5_CEME: Mapped[str] = char(200)
    B5_COMPRLC: Mapped[Decimal] = num(8, 2)
    B5_LARGLC: Mapped[Decimal] = num(8, 2)
    B5_ALTURLC: Mapped[Decimal] = num(8, 2)
    B5_FATARMA: Mapped[Decimal] = num(5, 2)


class SBM(Base):
    """Product groups."""

    __alias__ = "SBM"
    __table_args__ = (Index("SBM_KEY", "BM_FILIAL", "BM_GRUPO"),)
    BM_GRUPO: Mapped[str] = char(4)
    BM_DESC: Mapped[str] = char(30)


class SAH(Base):
    """Units of measure."""

    __alias__ = "SAH"
    __table_args__ = (Index("SAH_KEY", "AH_FILIAL", "AH_UNIMED"),)
    AH_UNIMED: Mapped[str] = char(2)
    AH_UMRES: Mapped[str] = char(9)
    AH_DESCPO: Mapped[str] = char(40)
    AH_DESCES: Mapped[str] = char(40)
    AH_DESCIN: Mapped[str] = char(40)


class SX5(Base):
    """Generic tables: 02 product types, 12 states, ..."""

    __alias__ = "SX5"
    __table_args__ = (Index("SX5_KEY", "X5_FILIAL", "X5_TABELA", "X5_CHAVE"),)
    X5_TABELA: Mapped[str] = char(2)
    X5_CHAVE: Mapped[str] = char(6)
    X5_DESCRI: Mapped[str] = char(55)
    X5_DESCSPA: Mapped[str] = char(55)
    X5_DESCENG: Mapped[str] = char(55)


class SX6(Base):
    """Parameters (MV_...): a branch's own value (X6_FIL) or the shared one (X6_FIL blank)."""

    __alias__ = "SX6"
    __table_args__ = (Index("SX6_KEY", "X6_FIL", "X6_VAR"),)
    __branch__ = "X6_FIL"
    __mode__ = ""
    X6_VAR: Mapped[str] = char(10)
    X6_TIPO: Mapped[str] = char(1)
    X6_DESCRIC: Mapped[str] = char(50)
    X6_CONTEUD: Mapped[str] = char(250)
    X6_CONTSPA: Mapped[str] = char(250)
    X6_CONTENG: Mapped[str] = char(250)
    X6_PROPRI: Mapped[str] = char(1)


class SB2(Base):
    """Stock balance per product and warehouse."""

    __alias__ = "SB2"
    B2_COD: Mapped[str] = char(15)
    B2_LOCAL: Mapped[str] = char(2)
    B2_QATU: Mapped[Decimal] = num(12, 2)
    B2_VATU1: Mapped[Decimal] = num(14, 2)  # value of the stock, currency 1
    B2_CM1: Mapped[Decimal] = num(14, 4)  # average unit cost, currency 1
    B2_RESERVA: Mapped[Decimal] = num(12, 2)
    B2_QEMP: Mapped[Decimal] = num(12, 2)
    B2_QPEDVEN: Mapped[Decimal] = num(12, 2)
    __table_args__ = (Index("SB2_KEY", "B2_FILIAL", "B2_COD", "B2_LOCAL", "R_E_C_D_E_L_", unique=True),)


class SB6(Base):
    """Stock in the hands of third parties, and theirs in ours: a remittance (B6_PODER3 'R') and
    the returns against it ('D', the same B6_IDENT); B6_TIPO 'E' ours out, 'D' theirs in."""

    __alias__ = "SB6"
    B6_CLIFOR: Mapped[str] = char(6)
    B6_LOJA: Mapped[str] = char(2)
    B6_PRODUTO: Mapped[str] = char(15)
    B6_LOCAL: Mapped[str] = char(2)
    B6_DOC: Mapped[str] = char(9)
    B6_SERIE: Mapped[str] = char(3)
    B6_EMISSAO: Mapped[dt.date | None] = date()
    B6_DTDIGIT: Mapped[dt.date | None] = date()
    B6_QUANT: Mapped[Decimal] = num(11, 2)
    B6_SALDO: Mapped[Decimal] = num(11, 2)
    B6_PRUNIT: Mapped[Decimal] = num(14, 2)
    B6_UM: Mapped[str] = char(2)
    B6_PODER3: Mapped[str] = char(1)
    B6_TIPO: Mapped[str] = char(1)
    B6_TPCF: Mapped[str] = char(1)  # C customer, F supplier
    B6_IDENT: Mapped[str] = char(6)  # ties a return to its remittance
    __table_args__ = (Index("SB6_HOLDER", "B6_FILIAL", "B6_CLIFOR", "B6_LOJA", "B6_PRODUTO"),
                      Index("SB6_IDENT", "B6_FILIAL", "B6_IDENT", "B6_PRODUTO", "B6_PODER3"))


class SA7(Base):
    """Products of a customer (Protheus' product x customer): the customer's catalog, with the
    customer's own code and description of each product."""

    __alias__ = "SA7"
    A7_CLIENTE: Mapped[str] = char(6)
    A7_LOJA: Mapped[str] = char(2)
    A7_PRODUTO: Mapped[str] = char(15)
    A7_CODCLI: Mapped[str] = char(15)
    A7_DESCCLI: Mapped[str] = char(30)
    __table_args__ = (Index("SA7_KEY", "A7_FILIAL", "A7_CLIENTE", "A7_LOJA", "A7_PRODUTO", "R_E_C_D_E_L_",
                            unique=True),)


class DA0(Base):
    """Price lists."""

    __alias__ = "DA0"
    __table_args__ = (Index("DA0_KEY", "DA0_FILIAL", "DA0_CODTAB"),)
    DA0_CODTAB: Mapped[str] = char(3)
    DA0_DESCRI: Mapped[str] = char(30)
    DA0_DATDE: Mapped[dt.date | None] = date()
    DA0_HORADE: Mapped[str] = char(5)
    DA0_DATATE: Mapped[dt.date | None] = date()
    DA0_HORATE: Mapped[str] = char(5)
    DA0_CONDPG: Mapped[str] = char(3)  # the payment plan the list is for (blank: any)
    DA0_TPHORA: Mapped[str] = char(1)
    DA0_ATIVO: Mapped[str] = char(1)  # 1 active, 2 inactive


class DA1(Base):
    """Price list items: a product's price up to a quantity (DA1_QTDLOT), in force from a day."""

    __alias__ = "DA1"
    DA1_CODTAB: Mapped[str] = char(3)
    DA1_ITEM: Mapped[str] = char(4)
    DA1_CODPRO: Mapped[str] = char(15)
    DA1_GRUPO: Mapped[str] = char(4)
    DA1_PRCVEN: Mapped[Decimal] = num(11, 2)
    DA1_VLRDES: Mapped[Decimal] = num(11, 2)
    DA1_PERDES: Mapped[Decimal] = num(6, 2)
    DA1_ATIVO: Mapped[str] = char(1)  # 1 active, 2 inactive
    DA1_QTDLOT: Mapped[Decimal] = num(9, 2)
    DA1_INDLOT: Mapped[str] = char(20)
    DA1_MOEDA: Mapped[Decimal] = num(2)
    DA1_DATVIG: Mapped[dt.date | None] = date()
    DA1_TPOPER: Mapped[str] = char(1)
    DA1_ESTADO: Mapped[str] = char(2)


class ACO(Base):
    """Discount rules: who and when (customer, store, price list, payment plan, dates)."""

    __alias__ = "ACO"
    ACO_CODREG: Mapped[str] = char(6)
    ACO_DESCRI: Mapped[str] = char(30)
    ACO_CODCLI: Mapped[str] = char(6)
    ACO_LOJA: Mapped[str] = char(2)
    ACO_CODTAB: Mapped[str] = char(3)
    ACO_CONDPG: Mapped[str] = char(3)
    ACO_FORMPG: Mapped[str] = char(6)
    ACO_GRPVEN: Mapped[str] = char(6)
    ACO_PERDES: Mapped[Decimal] = num(6, 2)  # discount on a document total ...
    ACO_FAIXA: Mapped[Decimal] = num(12, 2)  # ... from this total up
    ACO_DATDE: Mapped[dt.date | None] = date()
    ACO_DATATE: Mapped[dt.date | None] = date()
    ACO_HORADE: Mapped[str] = char(5)
    ACO_HORATE: Mapped[str] = char(5)


class ACP(Base):
    """Discount rule items: the discount of a product or group up to a quantity."""

    __alias__ = "ACP"
    ACP_CODREG: Mapped[str] = char(6)
    ACP_ITEM: Mapped[str] = char(3)
    ACP_CODPRO: Mapped[str] = char(15)
    ACP_GRUPO: Mapped[str] = char(4)
    ACP_PERDES: Mapped[Decimal] = num(6, 2)
    ACP_FAIXA: Mapped[Decimal] = num(9, 2)  # up to this quantity


class SF4(Base):
    """TES: types of entry and outflow."""

    __alias__ = "SF4"
    __table_args__ = (Index("SF4_KEY", "F4_FILIAL", "F4_CODIGO"),)
    F4_CODIGO: Mapped[str] = char(3)
    F4_TIPO: Mapped[str] = char(1)  # E entry, S outflow
    F4_TEXTO: Mapped[str] = char(20)
    F4_CF: Mapped[str] = char(5)
    F4_ICM: Mapped[str] = char(1)  # S computes ICMS
    F4_IPI: Mapped[str] = char(1)  # S computes IPI
    F4_DUPLIC: Mapped[str] = char(1)  # S generates receivables
    F4_ESTOQUE: Mapped[str] = char(1)  # S moves stock
    F4_PODER3: Mapped[str] = char(1)  # R remittance to / D return from third parties, N neither
    F4_BONIF: Mapped[str] = char(1)  # S a bonus (free goods)
    F4_MSBLQL: Mapped[str] = char(1)


class SE4(Base):
    """Payment plans."""

    __alias__ = "SE4"
    __table_args__ = (Index("SE4_KEY", "E4_FILIAL", "E4_CODIGO"),)
    E4_CODIGO: Mapped[str] = char(3)
    E4_TIPO: Mapped[str] = char(1)
    E4_COND: Mapped[str] = char(40)  # days of each installment: "30,60,90"
    E4_DESCRI: Mapped[str] = char(15)
    E4_DDD: Mapped[str] = char(1)  # how days are counted
    E4_DESCFIN: Mapped[Decimal] = num(5, 2)
    E4_DIADESC: Mapped[Decimal] = num(3)
    E4_ACRSFIN: Mapped[Decimal] = num(6, 2)
    E4_MSBLQL: Mapped[str] = char(1)
