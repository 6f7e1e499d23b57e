"""Sales orders with their releases, and quotes."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Index
from sqlalchemy.orm import Mapped

from model.base import Base
from model.columns import char, date, num


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
    C5_COMIS2: Mapped[Decimal] = num(5, 2)
    C5_VEND3: Mapped[str] = char(6)
    C5_COMIS3: Mapped[Decimal] = num(5, 2)
    C5_VEND4: Mapped[str] = char(6)
    C5_COMIS4: Mapped[Decimal] = num(5, 2)
    C5_VEND5: Mapped[str] = char(6)
    C5_COMIS5: Mapped[Decimal] = num(5, 2)
    C5_DESC1: Mapped[Decimal] = num(5, 2)
    C5_DESC2: Mapped[Decimal] = num(5, 2)
    C5_DESC3: Mapped[Decimal] = num(5, 2)
    C5_DESC4: Mapped[Decimal] = num(5, 2)
    C5_DESCFI: Mapped[Decimal] = num(5, 2)
    C5_ACRSFIN: Mapped[Decimal] = num(6, 2)
    C5_BANCO: Mapped[str] = char(3)
    C5_EMISSAO: Mapped[dt.date | None] = date()
    C5_COTACAO: Mapped[str] = char(6)  # bid number
    C5_TPFRETE: Mapped[str] = char(1)  # C CIF, F FOB, T third party, R sender, D addressee, S none
    C5_FRETE: Mapped[Decimal] = num(12, 2)
    C5_SEGURO: Mapped[Decimal] = num(12, 2)
    C5_DESPESA: Mapped[Decimal] = num(14, 2)
    C5_FRETAUT: Mapped[Decimal] = num(12, 2)  # independent freight
    C5_REAJUST: Mapped[str] = char(3)
    C5_TIPLIB: Mapped[str] = char(1)  # 1 released item by item, 2 the whole order
    C5_DESCONT: Mapped[Decimal] = num(14, 2)  # indemnity value
    C5_PDESCAB: Mapped[Decimal] = num(5, 2)  # indemnity percentage
    C5_INCISS: Mapped[str] = char(1)  # price includes service tax
    C5_MOEDA: Mapped[Decimal] = num(2)
    C5_PESOL: Mapped[Decimal] = num(11, 4)
    C5_PBRUTO: Mapped[Decimal] = num(11, 4)
    C5_MENNOTA: Mapped[str] = char(60)
    C5_MENPAD: Mapped[str] = char(3)
    C5_VOLUME1: Mapped[Decimal] = num(5)
    C5_ESPECI1: Mapped[str] = char(10)
    C5_VOLUME2: Mapped[Decimal] = num(5)
    C5_ESPECI2: Mapped[str] = char(10)
    C5_VOLUME3: Mapped[Decimal] = num(5)
    C5_ESPECI3: Mapped[str] = char(10)
    C5_VOLUME4: Mapped[Decimal] = num(5)
    C5_ESPECI4: Mapped[str] = char(10)
    C5_NOTA: Mapped[str] = char(9)
    C5_SERIE: Mapped[str] = char(3)
    C5_LIBEROK: Mapped[str] = char(1)  # S when released
    C5_BLQ: Mapped[str] = char(1)  # 1 held by a business rule, 2 by budget: not released until lifted
    C5_ORIGEM: Mapped[str] = char(15)  # PORTAL when placed through the portal
    C5_OS: Mapped[str] = char(6)  # the service order that generated it
    __table_args__ = (Index("SC5_KEY", "C5_FILIAL", "C5_NUM", "R_E_C_D_E_L_", unique=True),)


class SC6(Base):
    """Sales order items."""

    __alias__ = "SC6"
    C6_NUM: Mapped[str] = char(6)
    C6_ITEM: Mapped[str] = char(2)
    C6_PRODUTO: Mapped[str] = char(15)
    C6_DESCRI: Mapped[str] = char(30)
    C6_UM: Mapped[str] = char(2)
    C6_SEGUM: Mapped[str] = char(2)
    C6_QTDVEN: Mapped[Decimal] = num(9, 2)
    C6_UNSVEN: Mapped[Decimal] = num(9, 2)
    C6_PRCVEN: Mapped[Decimal] = num(11, 2)
    C6_VALOR: Mapped[Decimal] = num(12, 2)
    C6_PRUNIT: Mapped[Decimal] = num(11, 2)
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
    C6_QTDLIB: Mapped[Decimal] = num(9, 2)  # quantity to release on the next save (MATA410)
    C6_QTDLIB2: Mapped[Decimal] = num(9, 2)
    C6_QTDEMP: Mapped[Decimal] = num(9, 2)  # quantity released (committed), not yet invoiced
    C6_QTDEMP2: Mapped[Decimal] = num(9, 2)
    C6_QTDENT: Mapped[Decimal] = num(9, 2)  # quantity invoiced (delivered)
    C6_NFORI: Mapped[str] = char(9)
    C6_SERIORI: Mapped[str] = char(3)
    C6_ITEMORI: Mapped[str] = char(4)
    C6_CODFAB: Mapped[str] = char(6)
    C6_LOJAFA: Mapped[str] = char(2)
    C6_NUMSERI: Mapped[str] = char(20)
    C6_NUMOP: Mapped[str] = char(6)
    C6_ITEMOP: Mapped[str] = char(2)
    C6_ITEMGRD: Mapped[str] = char(3)
    C6_COMIS1: Mapped[Decimal] = num(5, 2)
    C6_COMIS2: Mapped[Decimal] = num(5, 2)
    C6_COMIS3: Mapped[Decimal] = num(5, 2)
    C6_COMIS4: Mapped[Decimal] = num(5, 2)
    C6_COMIS5: Mapped[Decimal] = num(5, 2)
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
    C9_QTDLIB: Mapped[Decimal] = num(9, 2)
    C9_QTDLIB2: Mapped[Decimal] = num(9, 2)
    C9_PRCVEN: Mapped[Decimal] = num(11, 2)
    C9_DATALIB: Mapped[dt.date | None] = date()
    C9_BLCRED: Mapped[str] = char(2)
    C9_BLEST: Mapped[str] = char(2)
    C9_BLWMS: Mapped[str] = char(2)
    C9_LOCAL: Mapped[str] = char(2)
    C9_NFISCAL: Mapped[str] = char(9)
    C9_SERIENF: Mapped[str] = char(3)
    C9_DATENT: Mapped[dt.date | None] = date()  # the item's delivery date (C6_ENTREG)


class SCJ(Base):
    """Quote headers."""

    __alias__ = "SCJ"
    CJ_NUM: Mapped[str] = char(6)
    CJ_CLIENTE: Mapped[str] = char(6)
    CJ_LOJA: Mapped[str] = char(2)
    CJ_CLIENT: Mapped[str] = char(6)
    CJ_LOJAENT: Mapped[str] = char(2)
    CJ_EMISSAO: Mapped[dt.date | None] = date()
    CJ_VALIDA: Mapped[dt.date | None] = date()
    CJ_CONDPAG: Mapped[str] = char(3)
    CJ_TABELA: Mapped[str] = char(3)
    CJ_DESC1: Mapped[Decimal] = num(5, 2)
    CJ_DESC2: Mapped[Decimal] = num(5, 2)
    CJ_DESC3: Mapped[Decimal] = num(5, 2)
    CJ_DESC4: Mapped[Decimal] = num(5, 2)
    CJ_COTCLI: Mapped[str] = char(40)  # the customer's quotation or order reference
    CJ_FRETE: Mapped[Decimal] = num(12, 2)
    CJ_SEGURO: Mapped[Decimal] = num(12, 2)
    CJ_DESPESA: Mapped[Decimal] = num(14, 2)
    CJ_FRETAUT: Mapped[Decimal] = num(12, 2)
    CJ_TIPLIB: Mapped[str] = char(1)
    CJ_TPCARGA: Mapped[str] = char(1)
    CJ_DESCONT: Mapped[Decimal] = num(14, 2)
    CJ_PDESCAB: Mapped[Decimal] = num(5, 2)
    CJ_MOEDA: Mapped[Decimal] = num(2)
    CJ_STATUS: Mapped[str] = char(1)  # A open, B converted to an order, C cancelled, D not budgeted, E approved
    __table_args__ = (Index("SCJ_KEY", "CJ_FILIAL", "CJ_NUM", "R_E_C_D_E_L_", unique=True),)


class SCK(Base):
    """Quote items."""

    __alias__ = "SCK"
    CK_NUM: Mapped[str] = char(6)
    CK_ITEM: Mapped[str] = char(2)
    CK_PRODUTO: Mapped[str] = char(15)
    CK_DESCRI: Mapped[str] = char(30)
    CK_UM: Mapped[str] = char(2)
    CK_QTDVEN: Mapped[Decimal] = num(9, 2)
    CK_PRCVEN: Mapped[Decimal] = num(11, 2)
    CK_PRUNIT: Mapped[Decimal] = num(11, 2)
    CK_DESCONT: Mapped[Decimal] = num(5, 2)
    CK_VALDESC: Mapped[Decimal] = num(14, 2)
    CK_VALOR: Mapped[Decimal] = num(12, 2)
    CK_OPER: Mapped[str] = char(2)
    CK_TES: Mapped[str] = char(3)
    CK_LOCAL: Mapped[str] = char(2)
    CK_PEDCLI: Mapped[str] = char(9)
    CK_OBS: Mapped[str] = char(80)
    CK_ENTREG: Mapped[dt.date | None] = date()
    CK_CLASFIS: Mapped[str] = char(3)
    CK_FILVEN: Mapped[str] = char(2)
    CK_FILENT: Mapped[str] = char(2)
    CK_NUMPV: Mapped[str] = char(6)  # the sales order the quote became
