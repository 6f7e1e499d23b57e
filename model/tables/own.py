"""This server's own tables: what the standard dictionary has no place for (named Z*, as Protheus
leaves Z* to what an installation adds) and the system users. They are marked ``__own__``: they may
live in a database of their own (StateDBURL), apart from the ERP's, so no statement joins them with
an ERP table."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from model.base import SHARED, Base
from model.columns import char


class ZWS(Base):
    """(ours) Portal sessions: the opaque USERCODE handed out by PRTLOGIN, shared by every
    server process through the database. Only a SHA-256 of the code is kept."""

    __alias__ = "ZWS"
    __own__ = True
    ZWS_TOKEN: Mapped[str] = char(64)
    ZWS_CODUSU: Mapped[str] = char(6)
    ZWS_CRIADO: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    ZWS_EXPIRA: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)
    ZWS_REVOG: Mapped[str] = char(1)  # 1 revoked by PRTLOGOUT
    ZWS_IP: Mapped[str] = char(45)
    __table_args__ = (Index("ZWS_KEY", "ZWS_TOKEN", unique=True),)


class ZUS(Base):
    """(ours) What this server keeps of a portal user that Protheus has no place for: the hash of
    the password (Protheus keeps it in clear text in AI3_PSW, which this server never writes) and
    the block."""

    __alias__ = "ZUS"
    __own__ = True
    ZUS_CODUSU: Mapped[str] = char(6)  # AI3_CODUSU
    ZUS_HASH: Mapped[str] = char(200)  # argon2id
    ZUS_BLOQ: Mapped[str] = char(1)  # 1 blocked
    __table_args__ = (Index("ZUS_KEY", "ZUS_FILIAL", "ZUS_CODUSU", "R_E_C_D_E_L_", unique=True),)


class ZSX(Base):
    """(ours) Number sequences (Protheus' SXE/SXF control): last number given per key."""

    __alias__ = "ZSX"
    __own__ = True
    ZSX_CHAVE: Mapped[str] = char(20)  # e.g. SC5 (C5_NUM), SCJ, SF2/1
    ZSX_ULTIMO: Mapped[str] = char(9)
    __table_args__ = (Index("ZSX_KEY", "ZSX_FILIAL", "ZSX_CHAVE", unique=True),)


class ZIM(Base):
    """(ours) The image repository: pictures by the name B1_BITMAP gives them."""

    __alias__ = "ZIM"
    __own__ = True
    ZIM_NOME: Mapped[str] = char(20)
    ZIM_TIPO: Mapped[str] = char(30)  # media type
    ZIM_IMAGEM: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    __table_args__ = (Index("ZIM_KEY", "ZIM_FILIAL", "ZIM_NOME"),)


class ZLK(Base):
    """(ours) Failed logins and the lock they lead to, per login and layer, kept in the database so
    that every server process honours a lock. A login that does not exist is counted alike."""

    __alias__ = "ZLK"
    __own__ = True
    ZLK_CAMADA: Mapped[str] = char(1)  # P portal user (PRTLOGIN), S system user (HTTP Basic)
    ZLK_LOGIN: Mapped[str] = char(50)
    ZLK_FALHAS: Mapped[int] = mapped_column(Integer, nullable=False, default=0)  # failures in a row
    ZLK_ULTIMA: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)  # the last one (UTC)
    ZLK_ATE: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)  # locked until (UTC)
    __table_args__ = (Index("ZLK_KEY", "ZLK_FILIAL", "ZLK_CAMADA", "ZLK_LOGIN", unique=True),)


class ZAU(Base):
    """(ours) The audit trail: one row per portal write (orders, quotes, the customer record,
    contacts, tasks, a user's record, password and rights), written in the transaction of the write
    itself: who (the portal user), when (UTC), from which address, which operation and the keys of
    what it wrote."""

    __alias__ = "ZAU"
    __own__ = True
    ZAU_DATA: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False)  # UTC
    ZAU_CODUSU: Mapped[str] = char(6)  # AI3_CODUSU
    ZAU_LOGIN: Mapped[str] = char(50)  # AI3_LOGIN at the time
    ZAU_IP: Mapped[str] = char(45)
    ZAU_SERVIC: Mapped[str] = char(30)
    ZAU_OPERAC: Mapped[str] = char(30)
    ZAU_CLIENT: Mapped[str] = char(8)  # CUSTOMERID (code and store), blank when not about a customer
    ZAU_CHAVES: Mapped[str] = char(250)  # NAME=value ... of the keys sent and the key answered
    __table_args__ = (Index("ZAU_DATE", "ZAU_FILIAL", "ZAU_DATA"),
                      Index("ZAU_USER", "ZAU_FILIAL", "ZAU_CODUSU", "ZAU_DATA"),
                      Index("ZAU_CUSTOMER", "ZAU_FILIAL", "ZAU_CLIENT", "ZAU_DATA"))


class SYS_USR(Base):
    """(ours) System users, in the shape of SIGACFG's: the HTTP Basic layer (Security=1) checks these.
    They live with this server's own tables: a copy of a real Protheus keeps its system users'
    passwords in a form this server cannot check."""

    __tablename__ = "SYS_USR"
    __own__ = True
    USR_ID: Mapped[str] = mapped_column(String(6), primary_key=True)
    USR_CODIGO: Mapped[str] = mapped_column(String(25), unique=True, nullable=False)
    USR_PSW: Mapped[str] = mapped_column(String(200), nullable=False)
    USR_NOME: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    USR_MSBLQL: Mapped[str] = mapped_column(String(1), nullable=False, default="2")  # 1 blocked


class ZAR(Base):
    """(ours) The files Protheus reads from its RootPath, kept in the database by name: the
    portal's presentation text, news, photo and logo, named by MV_PORTAL1..4."""

    __alias__ = "ZAR"
    __own__ = True
    __mode__ = SHARED  # the RootPath is the same for every branch
    ZAR_NOME: Mapped[str] = char(60)
    ZAR_TIPO: Mapped[str] = char(30)  # media type
    ZAR_CONTEU: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    __table_args__ = (Index("ZAR_KEY", "ZAR_FILIAL", "ZAR_NOME", "R_E_C_D_E_L_", unique=True),)
