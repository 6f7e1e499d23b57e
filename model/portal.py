"""The portal itself: portals (AI9), their menus (AI8) and what a login shows (AI4, AI6, AI7)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from model.access import linked_customers, rights_of
from model.database import live, read, records
from model.errors import NotFound
from model.tables import AI3, AI7, AI8, AI9, SA1

AI8_TEXT = {"es": "AI8_TEXTOS", "pt": "AI8_TEXTO", "en": "AI8_TEXTOE"}
AI9_TEXT = {"es": "AI9_DESC_S", "pt": "AI9_DESCRI", "en": "AI9_DESC_E"}
BLOCKED = "1"


@dataclass(frozen=True)
class MenuEntry:
    code: str
    superior: str
    description: str
    web_service: str
    procedure: str
    blocked: bool
    order: int


def portals(session: Session, lang: str) -> list[tuple[str, str]]:
    rows = session.scalars(select(AI9).order_by(AI9.AI9_PORTAL))
    return [(p.AI9_PORTAL, getattr(p, AI9_TEXT[lang]) or p.AI9_DESCRI) for p in rows]


@cache
def _statements():
    """The reads of a menu, prepared once."""
    return {
        "portal": select(AI9.R_E_C_N_O_).where(AI9.AI9_PORTAL == bindparam("portal"), live(AI9)).limit(1),
        "served": select(AI7.AI7_WEBSRV, AI7.AI7_DESCRI).where(live(AI7)),
        "menu": select(*AI8.__table__.columns).where(AI8.AI8_PORTAL == bindparam("portal"), live(AI8))
        .order_by(AI8.AI8_ORDEM, AI8.AI8_CODMNU, AI8.R_E_C_N_O_),
    }


def served_services(session: Session, implemented: frozenset[str]) -> dict[str, str]:
    """Web services registered in AI7 that this server implements, with their descriptions. A
    service is taken out of service by deleting its AI7 row."""
    return {name: description for name, description in read(session, _statements()["served"])
            if name in implemented}


def register_services(session: Session, services: dict[str, str]) -> list[str]:
    """Register in AI7 the web services (name -> description) not registered yet: what a new
    installation's dictionary brings. The names registered."""
    known = set(session.scalars(select(AI7.AI7_WEBSRV)))
    new = [name for name in services if name not in known]
    session.add_all(AI7(AI7_WEBSRV=name, AI7_DESCRI=services[name][:40]) for name in new)
    return new


def menu(session: Session, user: AI3, portal_code: str | None, lang: str,
         implemented: frozenset[str]) -> list[MenuEntry]:
    """The portal's menu in tree order (each group, then its items): the groups, and the items of
    the web services the user holds a right to, as Protheus lists them. An item is blocked when
    its row says so (AI8_MSBLQL) or when its service is not served. A menu with nothing for the
    user is ``Menú no encontrado``."""
    portal_code = (portal_code or "").strip()
    if read(session, _statements()["portal"], portal=portal_code).first() is None:
        raise NotFound("portal_not_found", portal=portal_code)
    served = served_services(session, implemented)
    rights = rights_of(session, user.AI3_CODUSU) | {"USERPORTAL"}
    rows = [row for row in records(session, _statements()["menu"], portal=portal_code)
            if not row.AI8_WEBSRV or row.AI8_WEBSRV in rights]
    children: dict[str, list[AI8]] = {}
    for row in rows:
        children.setdefault(row.AI8_CODPAI, []).append(row)
    ordered: list[AI8] = []

    def walk(parent: str):
        for row in children.get(parent, []):
            ordered.append(row)
            walk(row.AI8_CODMNU)

    walk("")
    if not any(row.AI8_WEBSRV for row in ordered):
        raise NotFound("menu_not_found")
    return [MenuEntry(row.AI8_CODMNU, row.AI8_CODPAI, getattr(row, AI8_TEXT[lang]) or row.AI8_TEXTO, row.AI8_WEBSRV,
                      row.AI8_ROTINA, row.AI8_MSBLQL == BLOCKED or bool(row.AI8_WEBSRV) and row.AI8_WEBSRV not in served,
                      int(row.AI8_ORDEM or 0))
            for row in ordered]


def login_entities(session: Session, user: AI3) -> list[tuple[SA1, str]]:
    """The entities a login shows, for the customer portal the linked customers: (customer, the
    skin of the link)."""
    return linked_customers(session, user.AI3_CODUSU)


def login_accesses(session: Session, user: AI3, implemented: frozenset[str]) -> list[tuple[str, str]]:
    """(web service, description) the user holds a right to, among the served ones."""
    served = served_services(session, implemented)
    return [(name, served[name]) for name in sorted(rights_of(session, user.AI3_CODUSU)) if name in served]
