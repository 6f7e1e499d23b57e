"""User maintenance: a portal user's own email, skin, rights and password."""
from __future__ import annotations

from sqlalchemy.orm import Session

from model.access import rights_of
from model.database import soft_delete_where
from model.errors import PortalError
from model.passwords import hash_password, verify_password
from model.portal import served_services
from model.tables import AI3, AI6
from model.validation import check_email, check_width

MIN_PASSWORD_LENGTH = 6


def require_password(user: AI3, password: str) -> None:
    if not verify_password(user.AI3_PSW, password or ""):
        raise PortalError("wrong_password")


def update_user(session: Session, user: AI3, password: str, email: str | None, skin: str | None,
                rights: list[str] | None, implemented: frozenset[str]) -> None:
    """PRTPUTUSER: email and skin; rights only for a portal admin. The password is required."""
    require_password(user, password)
    if email is not None:
        user.AI3_EMAIL = check_email(email, "EMAIL")
    if skin is not None:
        user.AI3_SKIN = check_width(skin, 20, "SKIN")
    if rights is None:
        return
    wanted = {r.strip().upper() for r in rights if r and r.strip()}
    current = rights_of(session, user.AI3_CODUSU)
    if wanted == current:
        return
    if user.AI3_ADMIN != "1":
        raise PortalError("rights_admin_only")
    served = served_services(session, implemented)
    for name in sorted(wanted - set(served)):
        raise PortalError("unknown_code", field="WEBSRV", value=name)
    soft_delete_where(session, AI6, AI6.AI6_CODUSU == user.AI3_CODUSU, AI6.AI6_WEBSRV.in_(current - wanted))
    for name in sorted(wanted - current):
        session.add(AI6(AI6_CODUSU=user.AI3_CODUSU, AI6_WEBSRV=name))


def change_password(user: AI3, old: str, new: str) -> None:
    """PRTCHANGEPASSWORD."""
    require_password(user, old)
    if len(new or "") < MIN_PASSWORD_LENGTH:
        raise PortalError("weak_password", length=MIN_PASSWORD_LENGTH)
    user.AI3_PSW = hash_password(new)


def user_rights(session: Session, user: AI3, implemented: frozenset[str]) -> list[tuple[str, str]]:
    served = served_services(session, implemented)
    return [(name, served.get(name, "")) for name in sorted(rights_of(session, user.AI3_CODUSU))]


