"""Customers, sellers, carriers, contacts and CRM tasks."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index
from sqlalchemy.orm import Mapped

from model.base import Base
from model.columns import char, date, num


class SA1(Base):
    """Customers."""

    __alias__ = "SA1"
    A1_COD: Mapped[str] = char(6)
    A1_LOJA: Mapped[str] = char(2)
    A1_NOME: Mapped[str] = char(40)
    A1_NREDUZ: Mapped[str] = char(20)
    A1_PESSOA: Mapped[str] = char(1)  # F natural person, J company
    A1_TIPO: Mapped[str] = char(1)  # F final consumer, R reseller, ...
    A1_CGC: Mapped[str] = char(14)
    A1_INSCR: Mapped[str] = char(18)  # state registration
    A1_INSCRM: Mapped[str] = char(18)  # municipal registration
    A1_PAIS: Mapped[str] = char(3)
    A1_EMAIL: Mapped[str] = char(30)
    A1_HPAGE: Mapped[str] = char(30)
    A1_END: Mapped[str] = char(80)  # "street, number"
    A1_BAIRRO: Mapped[str] = char(40)
    A1_MUN: Mapped[str] = char(60)
    A1_EST: Mapped[str] = char(2)
    A1_CEP: Mapped[str] = char(8)
    A1_ENDCOB: Mapped[str] = char(40)  # billing address
    A1_BAIRROC: Mapped[str] = char(30)
    A1_MUNC: Mapped[str] = char(15)
    A1_ESTC: Mapped[str] = char(2)
    A1_CEPC: Mapped[str] = char(8)
    A1_ENDREC: Mapped[str] = char(40)  # delivery (receiving) address, with the *E columns below
    A1_BAIRROE: Mapped[str] = char(20)
    A1_MUNE: Mapped[str] = char(15)
    A1_ESTE: Mapped[str] = char(2)
    A1_CEPE: Mapped[str] = char(8)
    A1_DDI: Mapped[str] = char(6)
    A1_DDD: Mapped[str] = char(3)
    A1_TEL: Mapped[str] = char(15)
    A1_FAX: Mapped[str] = char(15)
    A1_VEND: Mapped[str] = char(6)
    A1_TRANSP: Mapped[str] = char(6)
    A1_TABELA: Mapped[str] = char(3)
    A1_COND: Mapped[str] = char(3)
    A1_DESC: Mapped[Decimal] = num(2)  # the customer's discount (%), DISCOUNT1 of its orders
    A1_GRPVEN: Mapped[str] = char(6)
    A1_LC: Mapped[Decimal] = num(14, 2)
    A1_VENCLC: Mapped[dt.date | None] = date()
    A1_LCFIN: Mapped[Decimal] = num(14, 2)  # secondary credit limit
    A1_SALFIN: Mapped[Decimal] = num(16, 2)  # ... and its balance
    A1_RISCO: Mapped[str] = char(1)
    A1_MOEDALC: Mapped[Decimal] = num(2)
    A1_SALDUP: Mapped[Decimal] = num(16, 2)
    A1_SALPED: Mapped[Decimal] = num(16, 2)
    A1_SALPEDL: Mapped[Decimal] = num(16, 2)  # released, credit approved, not invoiced
    A1_SALPEDB: Mapped[Decimal] = num(16, 2)  # released, blocked for credit
    A1_CLASSE: Mapped[str] = char(1)  # credit class: A, B, C cap an item's value (MV_PEDIDOA/B/C)
    A1_MCOMPRA: Mapped[Decimal] = num(16, 2)
    A1_MSALDO: Mapped[Decimal] = num(16, 2)
    A1_METR: Mapped[Decimal] = num(7, 2)
    A1_MATR: Mapped[Decimal] = num(4)
    A1_PRICOM: Mapped[dt.date | None] = date()
    A1_ULTCOM: Mapped[dt.date | None] = date()
    A1_NROCOM: Mapped[Decimal] = num(5)
    A1_NROPAG: Mapped[Decimal] = num(4)
    A1_TITPROT: Mapped[Decimal] = num(3)
    A1_DTULTIT: Mapped[dt.date | None] = date()
    A1_CHQDEVO: Mapped[Decimal] = num(3)
    A1_DTULCHQ: Mapped[dt.date | None] = date()
    A1_MSBLQL: Mapped[str] = char(1)  # 1 blocked
    __table_args__ = (Index("SA1_KEY", "A1_FILIAL", "A1_COD", "A1_LOJA", "R_E_C_D_E_L_", unique=True),)


class SA3(Base):
    """Sellers (sales representatives)."""

    __alias__ = "SA3"
    __table_args__ = (Index("SA3_KEY", "A3_FILIAL", "A3_COD"),)
    A3_COD: Mapped[str] = char(6)
    A3_NOME: Mapped[str] = char(40)
    A3_NREDUZ: Mapped[str] = char(25)
    A3_CGC: Mapped[str] = char(14)
    A3_INSCR: Mapped[str] = char(18)
    A3_INSCRM: Mapped[str] = char(18)
    A3_EMAIL: Mapped[str] = char(80)
    A3_HPAGE: Mapped[str] = char(30)
    A3_DDI: Mapped[str] = char(6)
    A3_DDDTEL: Mapped[str] = char(3)
    A3_TEL: Mapped[str] = char(15)
    A3_FAX: Mapped[str] = char(15)
    A3_END: Mapped[str] = char(40)
    A3_BAIRRO: Mapped[str] = char(20)
    A3_MUN: Mapped[str] = char(15)
    A3_EST: Mapped[str] = char(2)
    A3_CEP: Mapped[str] = char(8)
    A3_COMIS: Mapped[Decimal] = num(5, 2)
    A3_SUPER: Mapped[str] = char(6)
    A3_GEREN: Mapped[str] = char(6)
    A3_CODUSR: Mapped[str] = char(6)  # the seller's system user: owner of its CRM tasks
    A3_MSBLQL: Mapped[str] = char(1)


class SA4(Base):
    """Carriers."""

    __alias__ = "SA4"
    __table_args__ = (Index("SA4_KEY", "A4_FILIAL", "A4_COD"),)
    A4_COD: Mapped[str] = char(6)
    A4_NOME: Mapped[str] = char(40)
    A4_NREDUZ: Mapped[str] = char(15)
    A4_VIA: Mapped[str] = char(15)
    A4_CGC: Mapped[str] = char(14)
    A4_INSEST: Mapped[str] = char(18)
    A4_HPAGE: Mapped[str] = char(30)
    A4_EMAIL: Mapped[str] = char(30)
    A4_END: Mapped[str] = char(40)
    A4_BAIRRO: Mapped[str] = char(30)
    A4_MUN: Mapped[str] = char(60)
    A4_EST: Mapped[str] = char(2)
    A4_CEP: Mapped[str] = char(8)
    A4_DDI: Mapped[str] = char(6)
    A4_DDD: Mapped[str] = char(3)
    A4_TEL: Mapped[str] = char(15)
    A4_MSBLQL: Mapped[str] = char(1)


class SU5(Base):
    """Contacts."""

    __alias__ = "SU5"
    U5_CODCONT: Mapped[str] = char(6)
    U5_CONTAT: Mapped[str] = char(50)
    U5_CPF: Mapped[str] = char(14)
    U5_EMAIL: Mapped[str] = char(30)
    U5_URL: Mapped[str] = char(30)
    U5_FUNCAO: Mapped[str] = char(6)  # position (SUM)
    U5_GRUPO: Mapped[str] = char(2)  # group (SQ0)
    U5_DEPTO: Mapped[str] = char(9)  # department (SQB)
    U5_END: Mapped[str] = char(30)
    U5_BAIRRO: Mapped[str] = char(30)
    U5_MUN: Mapped[str] = char(20)
    U5_EST: Mapped[str] = char(2)
    U5_CEP: Mapped[str] = char(8)
    U5_CODPAIS: Mapped[str] = char(6)
    U5_DDD: Mapped[str] = char(3)
    U5_FCOM1: Mapped[str] = char(15)  # office phone
    U5_FAX: Mapped[str] = char(15)
    U5_CELULAR: Mapped[str] = char(15)
    U5_FONE: Mapped[str] = char(15)  # home phone
    U5_CLIENTE: Mapped[str] = char(6)
    U5_LOJA: Mapped[str] = char(2)


class AC8(Base):
    """Contact x entity (which customer a contact belongs to)."""

    __alias__ = "AC8"
    AC8_ENTIDA: Mapped[str] = char(3)  # SA1
    AC8_FILENT: Mapped[str] = char(2)  # the entity's branch
    AC8_CODENT: Mapped[str] = char(25)  # A1_COD + A1_LOJA
    AC8_CODCON: Mapped[str] = char(6)


class SUM(Base):
    """Positions (job titles) of contacts."""

    __alias__ = "SUM"
    UM_CARGO: Mapped[str] = char(6)
    UM_DESC: Mapped[str] = char(55)


class SQB(Base):
    """Departments."""

    __alias__ = "SQB"
    QB_DEPTO: Mapped[str] = char(9)
    QB_DESCRIC: Mapped[str] = char(30)


class SQ0(Base):
    """Groups (of contacts)."""

    __alias__ = "SQ0"
    Q0_GRUPO: Mapped[str] = char(2)
    Q0_DESCRIC: Mapped[str] = char(30)


class AD8(Base):
    """CRM tasks of a system user (the seller's), about a customer."""

    __alias__ = "AD8"
    AD8_TAREFA: Mapped[str] = char(6)
    AD8_TOPICO: Mapped[str] = char(30)
    AD8_DTINI: Mapped[dt.date | None] = date()
    AD8_DTFIM: Mapped[dt.date | None] = date()
    AD8_STATUS: Mapped[str] = char(1)  # 1 not started, 2 in progress, 3 completed, 4 suspended, 5 closed
    AD8_PRIOR: Mapped[str] = char(1)  # 1 low, 2 normal, 3 high
    AD8_PERC: Mapped[Decimal] = num(6, 2)  # % complete
    AD8_CODUSR: Mapped[str] = char(6)  # owner: a system user (the seller's A3_CODUSR)
    AD8_CODCLI: Mapped[str] = char(6)
    AD8_LOJCLI: Mapped[str] = char(2)
    AD8_CODMEM: Mapped[str] = char(6)  # its note, kept in SYP


class SYP(Base):
    """Memo texts (Protheus' MSMM): a text kept as numbered lines under a code."""

    __alias__ = "SYP"
    YP_CHAVE: Mapped[str] = char(6)
    YP_SEQ: Mapped[str] = char(3)
    YP_TEXTO: Mapped[str] = char(80)
    YP_CAMPO: Mapped[str] = char(10)
