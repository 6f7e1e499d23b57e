"""The portal itself: portals (AI9), their menus (AI8) and what a login shows (AI4, AI6, AI7)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model.access import linked_customers, rights_of
from model.errors import AccessDenied, NotFound
from model.tables import AI3, AI7, AI8, AI9, SA1

AI8_TEXT = {"es": "AI8_TXTSPA", "pt": "AI8_TEXTO", "en": "AI8_TXTENG"}
AI9_TEXT = {"es": "AI9_DESSPA", "pt": "AI9_DESCRI", "en": "AI9_DESENG"}
CUSTOMER_PORTAL = "000001"


@dataclass(frozen=True)
class MenuEntry:
    code: str
    superior: str
    description: str
    web_service: str
    procedure: str
    blocked: bool
    order: str


def portals(session: Session, lang: str) -> list[tuple[str, str]]:
    rows = session.scalars(select(AI9).order_by(AI9.AI9_PORTAL))
    return [(p.AI9_PORTAL, getattr(p, AI9_TEXT[lang]) or p.AI9_DESCRI) for p in rows]


def served_services(session: Session, implemented: frozenset[str]) -> dict[str, str]:
    """Web services registered and enabled in AI7 that this server implements, with their
    descriptions."""
    rows = session.scalars(select(AI7).where(AI7.AI7_MSBLQL != "1"))
    return {s.AI7_WEBSRV: s.AI7_DESCRI for s in rows if s.AI7_WEBSRV in implemented}


def menu(session: Session, user: AI3, portal_code: str | None, lang: str,
         implemented: frozenset[str]) -> list[MenuEntry]:
    """The portal's menu in tree order (each group, then its items). An item is blocked when
    it is, when its web service is not served, or when the user lacks the right to it."""
    portal_code = (portal_code or "").strip() or user.AI3_PORTAL or CUSTOMER_PORTAL
    if session.scalars(select(AI9.R_E_C_N_O_).where(AI9.AI9_PORTAL == portal_code)).first() is None:
        raise NotFound("portal_not_found", portal=portal_code)
    if user.AI3_PORTAL and portal_code != user.AI3_PORTAL and user.AI3_ADMIN != "1":
        raise AccessDenied("invalid_usercode")
    served = served_services(session, implemented)
    rights = rights_of(session, user.AI3_CODUSU)
    rows = list(session.scalars(select(AI8).where(AI8.AI8_PORTAL == portal_code)
                                .order_by(AI8.AI8_ORDEM, AI8.AI8_CODMNU)))
    children: dict[str, list[AI8]] = {}
    for row in rows:
        children.setdefault(row.AI8_CODPAI, []).append(row)
    ordered: list[AI8] = []

    def walk(parent: str):
        for row in children.get(parent, []):
            ordered.append(row)
            walk(row.AI8_CODMNU)

    walk("")
    entries = []
    for row in ordered:
        service = row.AI8_WEBSRV
        blocked = row.AI8_MSBLQL == "1" or bool(service) and (
            service not in served or (service != "USERPORTAL" and service not in rights))
        entries.append(MenuEntry(row.AI8_CODMNU, row.AI8_CODPAI, getattr(row, AI8_TEXT[lang]) or row.AI8_TEXTO,
                                 service, row.AI8_ROTINA, blocked, row.AI8_ORDEM))
    return entries


def login_entities(session: Session, user: AI3) -> list[SA1]:
    """The entities a login shows: for the customer portal, the linked customers."""
    return linked_customers(session, user.AI3_CODUSU)


def login_accesses(session: Session, user: AI3, implemented: frozenset[str]) -> list[tuple[str, str]]:
    """(web service, description) the user holds a right to, among the served ones."""
    served = served_services(session, implemented)
    return [(name, served[name]) for name in sorted(rights_of(session, user.AI3_CODUSU)) if name in served]
