"""The portal: its users, their customers and rights, services, menu and portals; system users."""
from __future__ import annotations

from sqlalchemy import Index
from sqlalchemy.orm import Mapped

from model.base import Base
from model.columns import char


class AI3(Base):
    """Portal users."""

    __alias__ = "AI3"
    AI3_CODUSU: Mapped[str] = char(6)
    AI3_LOGIN: Mapped[str] = char(50)
    AI3_PSW: Mapped[str] = char(8)  # Protheus keeps it in clear text: read, never written (see ZUS)
    AI3_NOME: Mapped[str] = char(30)
    AI3_EMAIL: Mapped[str] = char(50)
    AI3_ADMIN: Mapped[str] = char(1)  # 1 portal admin, 2 user, 3 group
    AI3_SKIN: Mapped[str] = char(15)
    AI3_GRUPO: Mapped[str] = char(6)
    AI3_SUPER: Mapped[str] = char(6)  # the admin who administers this user
    AI3_USRSIS: Mapped[str] = char(6)  # the system user of an internal portal user
    AI3_VEND: Mapped[str] = char(6)
    __table_args__ = (Index("AI3_LOGIN_KEY", "AI3_FILIAL", "AI3_LOGIN", "R_E_C_D_E_L_", unique=True),)


class AI4(Base):
    """Portal user x customer."""

    __alias__ = "AI4"
    __table_args__ = (Index("AI4_KEY", "AI4_FILIAL", "AI4_CODUSU", "AI4_CODCLI", "AI4_LOJCLI"),)
    AI4_CODUSU: Mapped[str] = char(6)
    AI4_CODCLI: Mapped[str] = char(6)
    AI4_LOJCLI: Mapped[str] = char(2)
    AI4_SKIN: Mapped[str] = char(15)


class AI6(Base):
    """Portal user x web service rights."""

    __alias__ = "AI6"
    __table_args__ = (Index("AI6_KEY", "AI6_FILIAL", "AI6_CODUSU", "AI6_WEBSRV"),)
    AI6_CODUSU: Mapped[str] = char(6)
    AI6_WEBSRV: Mapped[str] = char(40)


class AI7(Base):
    """Registered web services: a service not registered here is not served."""

    __alias__ = "AI7"
    __table_args__ = (Index("AI7_KEY", "AI7_FILIAL", "AI7_WEBSRV"),)
    AI7_WEBSRV: Mapped[str] = char(40)
    AI7_DESCRI: Mapped[str] = char(40)


class AI8(Base):
    """Portal menus: groups (no web service) and their items."""

    __alias__ = "AI8"
    __table_args__ = (Index("AI8_KEY", "AI8_FILIAL", "AI8_PORTAL", "AI8_CODMNU"),)
    AI8_PORTAL: Mapped[str] = char(6)
    AI8_CODMNU: Mapped[str] = char(6)
    AI8_CODPAI: Mapped[str] = char(6)  # superior menu code
    AI8_ORDEM: Mapped[str] = char(3)
    AI8_TEXTO: Mapped[str] = char(40)
    AI8_TEXTOS: Mapped[str] = char(40)
    AI8_TEXTOE: Mapped[str] = char(40)
    AI8_WEBSRV: Mapped[str] = char(40)
    AI8_ROTINA: Mapped[str] = char(50)  # procedure call (the APW page)
    AI8_MSBLQL: Mapped[str] = char(1)


class AI9(Base):
    """Portals."""

    __alias__ = "AI9"
    __table_args__ = (Index("AI9_KEY", "AI9_FILIAL", "AI9_PORTAL"),)
    AI9_PORTAL: Mapped[str] = char(6)
    AI9_DESCRI: Mapped[str] = char(40)
    AI9_DESC_S: Mapped[str] = char(40)
    AI9_DESC_E: Mapped[str] = char(40)
