"""The Protheus tables the portal reads and writes, with Protheus' own field names.

Widths follow Protheus' data dictionary (SX3). Fields Protheus has but whose names are not
public are named in the same style and listed in docs/DECISIONS.md. The base class adds the
branch column, ``D_E_L_E_T_``, ``R_E_C_N_O_`` and ``R_E_C_D_E_L_`` to every table.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import DateTime, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from model.base import Base
from model.columns import char, date, num

# --- CRM ------------------------------------------------------------------------------------


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
    A1_EMAIL: Mapped[str] = char(60)
    A1_HPAGE: Mapped[str] = char(60)
    A1_END: Mapped[str] = char(40)
    A1_NUMEND: Mapped[str] = char(6)  # (ours) address number
    A1_BAIRRO: Mapped[str] = char(30)
    A1_MUN: Mapped[str] = char(30)
    A1_EST: Mapped[str] = char(2)
    A1_CEP: Mapped[str] = char(8)
    A1_ENDCOB: Mapped[str] = char(40)  # billing address
    A1_BAIRROC: Mapped[str] = char(30)
    A1_MUNC: Mapped[str] = char(30)
    A1_ESTC: Mapped[str] = char(2)
    A1_CEPC: Mapped[str] = char(8)
    A1_ENDENT: Mapped[str] = char(40)  # delivery address
    A1_BAIRROE: Mapped[str] = char(30)
    A1_MUNE: Mapped[str] = char(30)
    A1_ESTE: Mapped[str] = char(2)
    A1_CEPE: Mapped[str] = char(8)
    A1_DDI: Mapped[str] = char(6)
    A1_DDD: Mapped[str] = char(3)
    A1_TEL: Mapped[str] = char(15)
    A1_FAX: Mapped[str] = char(15)
    A1_VEND: Mapped[str] = char(6)
    A1_TRANSP: Mapped[str] = char(6)
    A1_LC: Mapped[Decimal] = num(14, 2)
    A1_VENCLC: Mapped[dt.date | None] = date()
    A1_RISCO: Mapped[str] = char(1)
    A1_MOEDALC: Mapped[Decimal] = num(2)
    A1_SALDUP: Mapped[Decimal] = num(14, 2)
    A1_SALPED: Mapped[Decimal] = num(14, 2)
    A1_MCOMPRA: Mapped[Decimal] = num(14, 2)
    A1_MSALDO: Mapped[Decimal] = num(14, 2)
    A1_METR: Mapped[Decimal] = num(7, 2)
    A1_PRICOM: Mapped[dt.date | None] = date()
    A1_ULTCOM: Mapped[dt.date | None] = date()
    A1_NROCOM: Mapped[Decimal] = num(6)
    A1_TITPROT: Mapped[Decimal] = num(3)  # late bills
    A1_CHQDEVO: Mapped[Decimal] = num(3)  # returned checks
    A1_TABELA: Mapped[str] = char(3)
    A1_COND: Mapped[str] = char(3)
    A1_MSBLQL: Mapped[str] = char(1)  # 1 blocked
    __table_args__ = (Index("SA1_KEY", "A1_FILIAL", "A1_COD", "A1_LOJA", "R_E_C_D_E_L_", unique=True),)


class SA3(Base):
    """Sellers (sales representatives)."""

    __alias__ = "SA3"
    A3_COD: Mapped[str] = char(6)
    A3_NOME: Mapped[str] = char(40)
    A3_NREDUZ: Mapped[str] = char(15)
    A3_EMAIL: Mapped[str] = char(60)
    A3_DDDTEL: Mapped[str] = char(3)
    A3_TEL: Mapped[str] = char(15)
    A3_END: Mapped[str] = char(40)
    A3_BAIRRO: Mapped[str] = char(30)
    A3_MUN: Mapped[str] = char(30)
    A3_EST: Mapped[str] = char(2)
    A3_CEP: Mapped[str] = char(8)
    A3_COMIS: Mapped[Decimal] = num(5, 2)


class SA4(Base):
    """Carriers."""

    __alias__ = "SA4"
    A4_COD: Mapped[str] = char(6)
    A4_NOME: Mapped[str] = char(40)
    A4_NREDUZ: Mapped[str] = char(15)
    A4_CGC: Mapped[str] = char(14)
    A4_END: Mapped[str] = char(40)
    A4_MUN: Mapped[str] = char(30)
    A4_EST: Mapped[str] = char(2)
    A4_TEL: Mapped[str] = char(15)


class SU5(Base):
    """Contacts."""

    __alias__ = "SU5"
    U5_CODCONT: Mapped[str] = char(6)
    U5_CONTAT: Mapped[str] = char(30)
    U5_EMAIL: Mapped[str] = char(60)
    U5_DDD: Mapped[str] = char(3)
    U5_FONE: Mapped[str] = char(15)
    U5_CELULAR: Mapped[str] = char(15)
    U5_FUNCAO: Mapped[str] = char(30)


class AC8(Base):
    """Contact x entity (which customer a contact belongs to)."""

    __alias__ = "AC8"
    AC8_ENTIDA: Mapped[str] = char(3)  # SA1
    AC8_CODENT: Mapped[str] = char(25)  # A1_COD + A1_LOJA
    AC8_CODCON: Mapped[str] = char(6)


class AD8(Base):
    """Seller tasks (CRM agenda)."""

    __alias__ = "AD8"
    AD8_TAREFA: Mapped[str] = char(6)
    AD8_TOPICO: Mapped[str] = char(40)
    AD8_DTINI: Mapped[dt.date | None] = date()
    AD8_DTFIM: Mapped[dt.date | None] = date()
    AD8_STATUS: Mapped[str] = char(1)  # 1 not started, 2 in progress, 3 done, 4 waiting, 5 postponed
    AD8_PRIOR: Mapped[str] = char(1)  # 1 high, 2 normal, 3 low
    AD8_CODVEN: Mapped[str] = char(6)
    AD8_CODCLI: Mapped[str] = char(6)
    AD8_LOJCLI: Mapped[str] = char(2)


# --- products, prices, stock ---------------------------------------------------------------


class SB1(Base):
    """Products."""

    __alias__ = "SB1"
    B1_COD: Mapped[str] = char(15)
    B1_DESC: Mapped[str] = char(30)
    B1_DESCCIE: Mapped[str] = char(60)  # scientific description
    B1_TIPO: Mapped[str] = char(2)
    B1_GRUPO: Mapped[str] = char(4)
    B1_UM: Mapped[str] = char(2)
    B1_SEGUM: Mapped[str] = char(2)
    B1_PRV1: Mapped[Decimal] = num(12, 4)
    B1_TS: Mapped[str] = char(3)
    B1_POSIPI: Mapped[str] = char(10)
    B1_QE: Mapped[Decimal] = num(9)
    B1_EMIN: Mapped[Decimal] = num(12, 2)
    B1_PESO: Mapped[Decimal] = num(11, 4)
    B1_PESBRU: Mapped[Decimal] = num(11, 4)
    B1_PE: Mapped[Decimal] = num(5)
    B1_TIPE: Mapped[str] = char(1)  # D days, S weeks, M months, A years, H hours
    B1_LE: Mapped[Decimal] = num(12, 2)
    B1_LM: Mapped[Decimal] = num(12, 2)
    B1_NOTAMIN: Mapped[Decimal] = num(2)
    B1_PRVALID: Mapped[Decimal] = num(4)
    B1_CODBAR: Mapped[str] = char(15)
    B1_COMPR: Mapped[Decimal] = num(8, 2)  # (ours) storage length
    B1_LARG: Mapped[Decimal] = num(8, 2)  # (ours) storage width
    B1_ALTU: Mapped[Decimal] = num(8, 2)  # (ours) storage height
    B1_EMPMAX: Mapped[Decimal] = num(3)  # maximum piling
    B1_LOCPAD: Mapped[str] = char(2)
    B1_MSBLQL: Mapped[str] = char(1)
    __table_args__ = (Index("SB1_KEY", "B1_FILIAL", "B1_COD", "R_E_C_D_E_L_", unique=True),)


class SBM(Base):
    """Product groups."""

    __alias__ = "SBM"
    BM_GRUPO: Mapped[str] = char(4)
    BM_DESC: Mapped[str] = char(30)


class SAH(Base):
    """Units of measure."""

    __alias__ = "SAH"
    AH_UNIMED: Mapped[str] = char(2)
    AH_UMRES: Mapped[str] = char(20)
    AH_DESCPO: Mapped[str] = char(30)
    AH_DESCES: Mapped[str] = char(30)
    AH_DESCIN: Mapped[str] = char(30)


class SX5(Base):
    """Generic tables: table 02 holds the product types."""

    __alias__ = "SX5"
    X5_TABELA: Mapped[str] = char(2)
    X5_CHAVE: Mapped[str] = char(6)
    X5_DESCRI: Mapped[str] = char(55)
    X5_DESCSPA: Mapped[str] = char(55)
    X5_DESCENG: Mapped[str] = char(55)


class SX6(Base):
    """Parameters (MV_MOEDA1..5, ...)."""

    __alias__ = "SX6"
    X6_VAR: Mapped[str] = char(10)
    X6_TIPO: Mapped[str] = char(1)
    X6_DESCRIC: Mapped[str] = char(50)
    X6_CONTEUD: Mapped[str] = char(250)
    X6_CONTSPA: Mapped[str] = char(250)
    X6_CONTENG: Mapped[str] = char(250)


class SB2(Base):
    """Stock balance per product and warehouse."""

    __alias__ = "SB2"
    B2_COD: Mapped[str] = char(15)
    B2_LOCAL: Mapped[str] = char(2)
    B2_QATU: Mapped[Decimal] = num(14, 2)
    B2_RESERVA: Mapped[Decimal] = num(14, 2)
    B2_QEMP: Mapped[Decimal] = num(14, 2)
    __table_args__ = (Index("SB2_KEY", "B2_FILIAL", "B2_COD", "B2_LOCAL", "R_E_C_D_E_L_", unique=True),)


class SB6(Base):
    """Third-party stock (power of third parties)."""

    __alias__ = "SB6"
    B6_CLIFOR: Mapped[str] = char(6)
    B6_LOJA: Mapped[str] = char(2)
    B6_PRODUTO: Mapped[str] = char(15)
    B6_LOCAL: Mapped[str] = char(2)
    B6_DOC: Mapped[str] = char(9)
    B6_SERIE: Mapped[str] = char(3)
    B6_EMISSAO: Mapped[dt.date | None] = date()
    B6_QUANT: Mapped[Decimal] = num(14, 2)
    B6_SALDO: Mapped[Decimal] = num(14, 2)
    B6_PRUNIT: Mapped[Decimal] = num(14, 4)
    B6_PODER3: Mapped[str] = char(1)  # R ours at a third party, D a third party's with us
    B6_TPCF: Mapped[str] = char(1)  # C customer, F supplier


class DA0(Base):
    """Price lists."""

    __alias__ = "DA0"
    DA0_CODTAB: Mapped[str] = char(3)
    DA0_DESCRI: Mapped[str] = char(30)
    DA0_DATDE: Mapped[dt.date | None] = date()
    DA0_DATATE: Mapped[dt.date | None] = date()
    DA0_ATIVO: Mapped[str] = char(1)  # 1 active, 2 inactive


class DA1(Base):
    """Price list items."""

    __alias__ = "DA1"
    DA1_CODTAB: Mapped[str] = char(3)
    DA1_ITEM: Mapped[str] = char(4)
    DA1_CODPRO: Mapped[str] = char(15)
    DA1_PRCVEN: Mapped[Decimal] = num(14, 4)
    DA1_MOEDA: Mapped[Decimal] = num(1)
    DA1_ATIVO: Mapped[str] = char(1)
    __table_args__ = (Index("DA1_PRODUCT", "DA1_FILIAL", "DA1_CODPRO"),)


class SF4(Base):
    """TES: types of entry and outflow."""

    __alias__ = "SF4"
    F4_CODIGO: Mapped[str] = char(3)
    F4_TIPO: Mapped[str] = char(1)  # E entry, S outflow
    F4_TEXTO: Mapped[str] = char(20)
    F4_CF: Mapped[str] = char(5)
    F4_ICM: Mapped[str] = char(1)  # S computes ICMS
    F4_IPI: Mapped[str] = char(1)  # S computes IPI
    F4_PICM: Mapped[Decimal] = num(5, 2)  # (ours) ICMS rate
    F4_PIPI: Mapped[Decimal] = num(5, 2)  # (ours) IPI rate
    F4_DUPLIC: Mapped[str] = char(1)  # S generates receivables
    F4_ESTOQUE: Mapped[str] = char(1)  # S moves stock
    F4_MSBLQL: Mapped[str] = char(1)


class SE4(Base):
    """Payment plans."""

    __alias__ = "SE4"
    E4_CODIGO: Mapped[str] = char(3)
    E4_TIPO: Mapped[str] = char(1)
    E4_COND: Mapped[str] = char(40)  # days of each installment: "30,60,90"
    E4_DESCRI: Mapped[str] = char(15)
    E4_MSBLQL: Mapped[str] = char(1)


# --- sales ---------------------------------------------------------------------------------


class SC5(Base):
    """Sales order headers."""

    __alias__ = "SC5"
    C5_NUM: Mapped[str] = char(6)
    C5_TIPO: Mapped[str] = char(1)  # N normal
    C5_CLIENTE: Mapped[str] = char(6)
    C5_LOJACLI: Mapped[str] = char(2)
    C5_CLIENT: Mapped[str] = char(6)  # delivery customer
    C5_LOJAENT: Mapped[str] = char(2)
    C5_TIPOCLI: Mapped[str] = char(1)
    C5_TRANSP: Mapped[str] = char(6)
    C5_REDESP: Mapped[str] = char(6)
    C5_CONDPAG: Mapped[str] = char(3)
    C5_TABELA: Mapped[str] = char(3)
    C5_VEND1: Mapped[str] = char(6)
    C5_COMIS1: Mapped[Decimal] = num(5, 2)
    C5_VEND2: Mapped[str] = char(6)
    C5_VEND3: Mapped[str] = char(6)
    C5_VEND4: Mapped[str] = char(6)
    C5_VEND5: Mapped[str] = char(6)
    C5_DESC1: Mapped[Decimal] = num(5, 2)
    C5_DESC2: Mapped[Decimal] = num(5, 2)
    C5_DESC3: Mapped[Decimal] = num(5, 2)
    C5_DESC4: Mapped[Decimal] = num(5, 2)
    C5_DESCFI: Mapped[Decimal] = num(5, 2)
    C5_ACRSFIN: Mapped[Decimal] = num(5, 2)
    C5_BANCO: Mapped[str] = char(3)
    C5_EMISSAO: Mapped[dt.date | None] = date()
    C5_TPFRETE: Mapped[str] = char(1)  # C CIF, F FOB, T third party, S none
    C5_FRETE: Mapped[Decimal] = num(14, 2)
    C5_SEGURO: Mapped[Decimal] = num(14, 2)
    C5_DESPESA: Mapped[Decimal] = num(14, 2)
    C5_FRETAUT: Mapped[Decimal] = num(14, 2)  # independent freight
    C5_REAJUST: Mapped[str] = char(3)
    C5_TPLIB: Mapped[str] = char(1)  # approval type
    C5_INDPRES: Mapped[Decimal] = num(5, 2)  # (ours) indemnity percentage
    C5_VALINDE: Mapped[Decimal] = num(14, 2)  # (ours) indemnity value
    C5_INCISS: Mapped[str] = char(1)  # price includes service tax
    C5_MOEDA: Mapped[Decimal] = num(2)
    C5_PESOL: Mapped[Decimal] = num(11, 4)
    C5_PBRUTO: Mapped[Decimal] = num(11, 4)
    C5_MENNOTA: Mapped[str] = char(60)
    C5_MENPAD: Mapped[str] = char(3)
    C5_NUMLIC: Mapped[str] = char(15)  # (ours) bid number
    C5_VOLUME1: Mapped[Decimal] = num(5)
    C5_ESPECI1: Mapped[str] = char(10)
    C5_VOLUME2: Mapped[Decimal] = num(5)
    C5_ESPECI2: Mapped[str] = char(10)
    C5_NOTA: Mapped[str] = char(9)
    C5_SERIE: Mapped[str] = char(3)
    C5_LIBEROK: Mapped[str] = char(1)  # S when released
    C5_BLQ: Mapped[str] = char(1)  # 1 blocked by a business rule, 2 by budget: not released until lifted
    C5_ORIGEM: Mapped[str] = char(10)  # (ours) PORTAL when placed through the portal
    __table_args__ = (Index("SC5_KEY", "C5_FILIAL", "C5_NUM", "R_E_C_D_E_L_", unique=True),
                      Index("SC5_CUSTOMER", "C5_FILIAL", "C5_CLIENTE", "C5_LOJACLI", "C5_EMISSAO"))


class SC6(Base):
    """Sales order items."""

    __alias__ = "SC6"
    C6_NUM: Mapped[str] = char(6)
    C6_ITEM: Mapped[str] = char(2)
    C6_PRODUTO: Mapped[str] = char(15)
    C6_DESCRI: Mapped[str] = char(30)
    C6_UM: Mapped[str] = char(2)
    C6_SEGUM: Mapped[str] = char(2)
    C6_QTDVEN: Mapped[Decimal] = num(12, 2)
    C6_UNSVEN: Mapped[Decimal] = num(12, 2)
    C6_PRCVEN: Mapped[Decimal] = num(14, 4)
    C6_VALOR: Mapped[Decimal] = num(14, 2)
    C6_PRUNIT: Mapped[Decimal] = num(14, 4)
    C6_DESCONT: Mapped[Decimal] = num(5, 2)
    C6_VALDESC: Mapped[Decimal] = num(14, 2)
    C6_TES: Mapped[str] = char(3)
    C6_CF: Mapped[str] = char(5)
    C6_OPER: Mapped[str] = char(2)
    C6_LOCAL: Mapped[str] = char(2)
    C6_LOCALIZ: Mapped[str] = char(15)
    C6_LOTECTL: Mapped[str] = char(10)
    C6_NUMLOTE: Mapped[str] = char(6)
    C6_ENTREG: Mapped[dt.date | None] = date()
    C6_PEDCLI: Mapped[str] = char(9)
    C6_QTDLIB: Mapped[Decimal] = num(12, 2)
    C6_QTDLIB2: Mapped[Decimal] = num(12, 2)
    C6_QTDENT: Mapped[Decimal] = num(12, 2)
    C6_NFORI: Mapped[str] = char(9)
    C6_SERIORI: Mapped[str] = char(3)
    C6_ITEMORI: Mapped[str] = char(4)
    C6_CODFAB: Mapped[str] = char(6)
    C6_LOJAFA: Mapped[str] = char(2)
    C6_NUMSERI: Mapped[str] = char(20)
    C6_NUMOP: Mapped[str] = char(6)
    C6_ITEMOP: Mapped[str] = char(2)
    C6_GRADE: Mapped[str] = char(1)
    C6_SEQUEN: Mapped[str] = char(3)  # (ours) production order sequence
    C6_COMIS1: Mapped[Decimal] = num(5, 2)
    C6_CLI: Mapped[str] = char(6)
    C6_LOJA: Mapped[str] = char(2)
    C6_NOTA: Mapped[str] = char(9)
    C6_SERIE: Mapped[str] = char(3)
    __table_args__ = (Index("SC6_KEY", "C6_FILIAL", "C6_NUM", "C6_ITEM", "R_E_C_D_E_L_", unique=True),)


class SC9(Base):
    """Order releases (one row per released quantity of an item)."""

    __alias__ = "SC9"
    C9_PEDIDO: Mapped[str] = char(6)
    C9_ITEM: Mapped[str] = char(2)
    C9_SEQUEN: Mapped[str] = char(2)
    C9_CLIENTE: Mapped[str] = char(6)
    C9_LOJA: Mapped[str] = char(2)
    C9_PRODUTO: Mapped[str] = char(15)
    C9_QTDLIB: Mapped[Decimal] = num(12, 2)
    C9_PRCVEN: Mapped[Decimal] = num(14, 4)
    C9_DATALIB: Mapped[dt.date | None] = date()
    C9_BLCRED: Mapped[str] = char(2)
    C9_BLEST: Mapped[str] = char(2)
    C9_LOCAL: Mapped[str] = char(2)
    C9_NFISCAL: Mapped[str] = char(9)
    C9_SERIENF: Mapped[str] = char(3)
    __table_args__ = (Index("SC9_ORDER", "C9_FILIAL", "C9_PEDIDO", "C9_ITEM"),)


class SCJ(Base):
    """Quote headers."""

    __alias__ = "SCJ"
    CJ_NUM: Mapped[str] = char(6)
    CJ_CLIENTE: Mapped[str] = char(6)
    CJ_LOJA: Mapped[str] = char(2)
    CJ_EMISSAO: Mapped[dt.date | None] = date()
    CJ_VALIDA: Mapped[dt.date | None] = date()
    CJ_CONDPAG: Mapped[str] = char(3)
    CJ_TABELA: Mapped[str] = char(3)
    CJ_MOEDA: Mapped[Decimal] = num(2)
    CJ_STATUS: Mapped[str] = char(1)  # A open, B approved, C cancelled, D not budgeted
    __table_args__ = (Index("SCJ_KEY", "CJ_FILIAL", "CJ_NUM", "R_E_C_D_E_L_", unique=True),)


class SCK(Base):
    """Quote items."""

    __alias__ = "SCK"
    CK_NUM: Mapped[str] = char(6)
    CK_ITEM: Mapped[str] = char(2)
    CK_PRODUTO: Mapped[str] = char(15)
    CK_DESCRI: Mapped[str] = char(30)
    CK_QTDVEN: Mapped[Decimal] = num(12, 2)
    CK_PRCVEN: Mapped[Decimal] = num(14, 4)
    CK_PRUNIT: Mapped[Decimal] = num(14, 4)
    CK_DESCONT: Mapped[Decimal] = num(5, 2)
    CK_VALOR: Mapped[Decimal] = num(14, 2)
    CK_TES: Mapped[str] = char(3)
    CK_ENTREG: Mapped[dt.date | None] = date()


# --- fiscal documents ----------------------------------------------------------------------


class SF2(Base):
    """Outgoing invoices (headers)."""

    __alias__ = "SF2"
    F2_DOC: Mapped[str] = char(9)
    F2_SERIE: Mapped[str] = char(3)
    F2_CLIENTE: Mapped[str] = char(6)
    F2_LOJA: Mapped[str] = char(2)
    F2_EMISSAO: Mapped[dt.date | None] = date()
    F2_DTENTR: Mapped[dt.date | None] = date()  # (ours) delivery date
    F2_COND: Mapped[str] = char(3)
    F2_VALBRUT: Mapped[Decimal] = num(14, 2)
    F2_VALMERC: Mapped[Decimal] = num(14, 2)
    F2_FRETE: Mapped[Decimal] = num(14, 2)
    F2_SEGURO: Mapped[Decimal] = num(14, 2)
    F2_DESPESA: Mapped[Decimal] = num(14, 2)
    F2_BASEICM: Mapped[Decimal] = num(14, 2)
    F2_VALICM: Mapped[Decimal] = num(14, 2)
    F2_BASEIPI: Mapped[Decimal] = num(14, 2)
    F2_VALIPI: Mapped[Decimal] = num(14, 2)
    F2_TRANSP: Mapped[str] = char(6)
    F2_VOLUME1: Mapped[Decimal] = num(5)
    F2_ESPECI1: Mapped[str] = char(10)
    F2_PLIQUI: Mapped[Decimal] = num(11, 4)
    F2_PBRUTO: Mapped[Decimal] = num(11, 4)
    F2_MOEDA: Mapped[Decimal] = num(2)
    F2_PREFIXO: Mapped[str] = char(3)
    F2_DUPL: Mapped[str] = char(9)
    __table_args__ = (Index("SF2_KEY", "F2_FILIAL", "F2_DOC", "F2_SERIE", "R_E_C_D_E_L_", unique=True),
                      Index("SF2_CUSTOMER", "F2_FILIAL", "F2_CLIENTE", "F2_LOJA", "F2_EMISSAO"))


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
    D2_QUANT: Mapped[Decimal] = num(12, 2)
    D2_PRCVEN: Mapped[Decimal] = num(14, 4)
    D2_PRUNIT: Mapped[Decimal] = num(14, 4)
    D2_TOTAL: Mapped[Decimal] = num(14, 2)
    D2_TES: Mapped[str] = char(3)
    D2_CF: Mapped[str] = char(5)
    D2_BASEICM: Mapped[Decimal] = num(14, 2)
    D2_PICM: Mapped[Decimal] = num(5, 2)
    D2_VALICM: Mapped[Decimal] = num(14, 2)
    D2_BASEIPI: Mapped[Decimal] = num(14, 2)
    D2_IPI: Mapped[Decimal] = num(5, 2)
    D2_VALIPI: Mapped[Decimal] = num(14, 2)
    D2_PEDIDO: Mapped[str] = char(6)
    D2_ITEMPV: Mapped[str] = char(2)
    D2_LOCAL: Mapped[str] = char(2)
    D2_EMISSAO: Mapped[dt.date | None] = date()
    D2_TIPO: Mapped[str] = char(1)
    __table_args__ = (Index("SD2_DOC", "D2_FILIAL", "D2_DOC", "D2_SERIE"),)


class SF1(Base):
    """Incoming documents (headers); sales returns have F1_TIPO = 'D'."""

    __alias__ = "SF1"
    F1_DOC: Mapped[str] = char(9)
    F1_SERIE: Mapped[str] = char(3)
    F1_FORNECE: Mapped[str] = char(6)
    F1_LOJA: Mapped[str] = char(2)
    F1_EMISSAO: Mapped[dt.date | None] = date()
    F1_DTDIGIT: Mapped[dt.date | None] = date()
    F1_TIPO: Mapped[str] = char(1)
    F1_VALMERC: Mapped[Decimal] = num(14, 2)
    F1_VALBRUT: Mapped[Decimal] = num(14, 2)


class SD1(Base):
    """Incoming document items; sales returns have D1_TIPO = 'D'."""

    __alias__ = "SD1"
    D1_DOC: Mapped[str] = char(9)
    D1_SERIE: Mapped[str] = char(3)
    D1_FORNECE: Mapped[str] = char(6)
    D1_LOJA: Mapped[str] = char(2)
    D1_ITEM: Mapped[str] = char(4)
    D1_COD: Mapped[str] = char(15)
    D1_QUANT: Mapped[Decimal] = num(12, 2)
    D1_VUNIT: Mapped[Decimal] = num(14, 4)
    D1_TOTAL: Mapped[Decimal] = num(14, 2)
    D1_TES: Mapped[str] = char(3)
    D1_TIPO: Mapped[str] = char(1)
    D1_NFORI: Mapped[str] = char(9)
    D1_SERIORI: Mapped[str] = char(3)
    D1_ITEMORI: Mapped[str] = char(4)
    D1_DTDIGIT: Mapped[dt.date | None] = date()
    D1_EMISSAO: Mapped[dt.date | None] = date()


# --- finance -------------------------------------------------------------------------------


class SE1(Base):
    """Receivables."""

    __alias__ = "SE1"
    E1_PREFIXO: Mapped[str] = char(3)
    E1_NUM: Mapped[str] = char(9)
    E1_PARCELA: Mapped[str] = char(1)
    E1_TIPO: Mapped[str] = char(3)  # NF invoice, NCC credit note, ...
    E1_NATUREZ: Mapped[str] = char(10)
    E1_CLIENTE: Mapped[str] = char(6)
    E1_LOJA: Mapped[str] = char(2)
    E1_NOMCLI: Mapped[str] = char(20)
    E1_EMISSAO: Mapped[dt.date | None] = date()
    E1_VENCTO: Mapped[dt.date | None] = date()
    E1_VENCREA: Mapped[dt.date | None] = date()
    E1_VALOR: Mapped[Decimal] = num(14, 2)
    E1_SALDO: Mapped[Decimal] = num(14, 2)
    E1_BAIXA: Mapped[dt.date | None] = date()
    E1_MOEDA: Mapped[Decimal] = num(2)
    E1_HIST: Mapped[str] = char(40)
    E1_PEDIDO: Mapped[str] = char(6)
    E1_SERIE: Mapped[str] = char(3)
    __table_args__ = (Index("SE1_CUSTOMER", "E1_FILIAL", "E1_CLIENTE", "E1_LOJA", "E1_VENCREA"),)


class SM2(Base):
    """Daily currency rates (currency 1 is the local currency)."""

    __alias__ = "SM2"
    M2_DATA: Mapped[dt.date | None] = date()
    M2_MOEDA2: Mapped[Decimal] = num(11, 4)
    M2_MOEDA3: Mapped[Decimal] = num(11, 4)
    M2_MOEDA4: Mapped[Decimal] = num(11, 4)
    M2_MOEDA5: Mapped[Decimal] = num(11, 4)


# --- production ----------------------------------------------------------------------------


class SC2(Base):
    """Production orders."""

    __alias__ = "SC2"
    C2_NUM: Mapped[str] = char(6)
    C2_ITEM: Mapped[str] = char(2)
    C2_SEQUEN: Mapped[str] = char(3)
    C2_PRODUTO: Mapped[str] = char(15)
    C2_LOCAL: Mapped[str] = char(2)
    C2_QUANT: Mapped[Decimal] = num(12, 2)
    C2_QUJE: Mapped[Decimal] = num(12, 2)
    C2_EMISSAO: Mapped[dt.date | None] = date()
    C2_DATPRI: Mapped[dt.date | None] = date()
    C2_DATPRF: Mapped[dt.date | None] = date()
    C2_DATRF: Mapped[dt.date | None] = date()  # actual end
    C2_PEDIDO: Mapped[str] = char(6)
    C2_ITEMPV: Mapped[str] = char(2)
    C2_STATUS: Mapped[str] = char(1)  # N normal, U suspended, S closed


# --- portal --------------------------------------------------------------------------------


class AI3(Base):
    """Portal users."""

    __alias__ = "AI3"
    AI3_CODUSU: Mapped[str] = char(6)
    AI3_LOGIN: Mapped[str] = char(25)
    AI3_PSW: Mapped[str] = char(200)  # an argon2 hash, never clear text
    AI3_NOME: Mapped[str] = char(40)
    AI3_EMAIL: Mapped[str] = char(60)
    AI3_ADMIN: Mapped[str] = char(1)  # 1 portal admin
    AI3_SKIN: Mapped[str] = char(20)
    AI3_VEND: Mapped[str] = char(6)
    AI3_PORTAL: Mapped[str] = char(6)  # (ours) portal the user belongs to
    AI3_MSBLQL: Mapped[str] = char(1)
    __table_args__ = (Index("AI3_LOGIN_KEY", "AI3_FILIAL", "AI3_LOGIN", "R_E_C_D_E_L_", unique=True),)


class AI4(Base):
    """Portal user x customer."""

    __alias__ = "AI4"
    AI4_CODUSU: Mapped[str] = char(6)
    AI4_CODCLI: Mapped[str] = char(6)
    AI4_LOJCLI: Mapped[str] = char(2)


class AI6(Base):
    """Portal user x web service rights."""

    __alias__ = "AI6"
    AI6_CODUSU: Mapped[str] = char(6)
    AI6_WEBSRV: Mapped[str] = char(30)


class AI7(Base):
    """Registered web services."""

    __alias__ = "AI7"
    AI7_WEBSRV: Mapped[str] = char(30)
    AI7_DESCRI: Mapped[str] = char(60)
    AI7_MSBLQL: Mapped[str] = char(1)  # 1 disabled


class AI8(Base):
    """Portal menus: groups (no web service) and their items."""

    __alias__ = "AI8"
    AI8_PORTAL: Mapped[str] = char(6)
    AI8_CODMNU: Mapped[str] = char(6)
    AI8_CODPAI: Mapped[str] = char(6)  # superior menu code
    AI8_ORDEM: Mapped[str] = char(3)
    AI8_TEXTO: Mapped[str] = char(40)
    AI8_TXTSPA: Mapped[str] = char(40)
    AI8_TXTENG: Mapped[str] = char(40)
    AI8_WEBSRV: Mapped[str] = char(30)
    AI8_ROTINA: Mapped[str] = char(60)  # procedure call (the APW page)
    AI8_MSBLQL: Mapped[str] = char(1)


class AI9(Base):
    """Portals."""

    __alias__ = "AI9"
    AI9_PORTAL: Mapped[str] = char(6)
    AI9_DESCRI: Mapped[str] = char(40)
    AI9_DESSPA: Mapped[str] = char(40)
    AI9_DESENG: Mapped[str] = char(40)


# --- this server's own tables --------------------------------------------------------------


class ZWS(Base):
    """(ours) Portal sessions: the opaque USERCODE handed out by PRTLOGIN, shared by every
    server process through the database. Only a SHA-256 of the code is kept."""

    __alias__ = "ZWS"
    ZWS_TOKEN: Mapped[str] = char(64)
    ZWS_CODUSU: Mapped[str] = char(6)
    ZWS_CRIADO: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    ZWS_EXPIRA: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    ZWS_REVOG: Mapped[str] = char(1)  # 1 revoked by PRTLOGOUT
    ZWS_IP: Mapped[str] = char(45)
    __table_args__ = (Index("ZWS_KEY", "ZWS_TOKEN", unique=True),)


class ZSX(Base):
    """(ours) Number sequences (Protheus' SXE/SXF control): last number given per key."""

    __alias__ = "ZSX"
    ZSX_CHAVE: Mapped[str] = char(20)  # e.g. SC5 (C5_NUM), SCJ, SF2/1
    ZSX_ULTIMO: Mapped[str] = char(9)
    __table_args__ = (Index("ZSX_KEY", "ZSX_FILIAL", "ZSX_CHAVE", unique=True),)


class SYS_USR(Base):
    """System users (SIGACFG): the HTTP Basic layer checks these."""

    __tablename__ = "SYS_USR"
    USR_ID: Mapped[str] = mapped_column(String(6), primary_key=True)
    USR_CODIGO: Mapped[str] = mapped_column(String(25), unique=True, nullable=False)
    USR_PSW: Mapped[str] = mapped_column(String(200), nullable=False)
    USR_NOME: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    USR_MSBLQL: Mapped[str] = mapped_column(String(1), nullable=False, default="2")  # 1 blocked
