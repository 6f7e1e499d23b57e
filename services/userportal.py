"""USERPORTAL: login and logout, the portals and their menu, user maintenance."""
from model import access, portal, users
from model.errors import AccessDenied
from soap.service import Service
from views.portal import (
    ACCESSES_HEADER,
    ENTITIES_HEADER,
    LOGINACCESSESSTRUCT,
    LOGINENTIRYSTRUCT,
    LOGINMENU,
    LOGINUSERSTRUCT,
)

SERVICE = Service("USERPORTAL", "Portal: acceso, menú y mantenimiento de usuario")
PORTAL_USER = "1"  # USERTYPE of the portal users (AI3); the other types are other Protheus products
RPO_RELEASE, VERSION = "12.1.2310", "12"  # what PRTAMBIENTE reports


def _user(call, usercode):
    """The portal user behind USERCODE, to change it."""
    return access.portal_user(call.session, usercode, portal_session=call.settings.portal_session)


def _reader(call, usercode):
    """The portal user behind USERCODE, to read it: the permission check of USERPORTAL, which
    every user holds (a row with every AI3 column)."""
    return call.access(usercode).user


def user_struct(call, user, usercode: str = "") -> dict:
    """A LOGINUSERSTRUCT of ``user``: its record, entities and accesses. The password is never
    sent: USERPASSWORD goes empty (Protheus would send it in clear text)."""
    entities = [
        {"ENTIRY": "SA1", "ID_ENTIRY": c.A1_COD + c.A1_LOJA, "NICKNAME": c.A1_NREDUZ, "NAME": c.A1_NOME,
         "FEDERALID": c.A1_CGC, "SKIN": skin or user.AI3_SKIN}
        for c, skin in portal.login_entities(call.session, user)
    ]
    accesses = portal.login_accesses(call.session, user, call.implemented)
    return {
        "USERACCESSES": [{"NAME": description, "WEBSRV": name, "WKFAPV": ""} for name, description in accesses],
        "USERACCESSESHEADER": [LOGINACCESSESSTRUCT.column(name).title(call.lang) for name in ACCESSES_HEADER],
        "USERCODE": usercode or user.AI3_CODUSU, "USEREMAIL": user.AI3_EMAIL, "USERENTIRIES": entities,
        "USERENTIRIESHEADER": [LOGINENTIRYSTRUCT.column(name).title(call.lang) for name in ENTITIES_HEADER],
        "USERGROUP": user.AI3_GRUPO, "USERLOGIN": user.AI3_LOGIN, "USERNAME": user.AI3_NOME, "USERPASSWORD": "",
        "USERROLES": users.role_of(user), "USERSKIN": user.AI3_SKIN,
        "USERWS": ",".join(f"'{name}'" for name, _ in accesses),
    }


@SERVICE.operation(writes=True)
def PRTLOGIN(call, userlogin, userpassword, usertype, portalaccess, useripaddr):
    """Checks a portal user's login and password: the USERCODE and what the user may see."""
    if (usertype or PORTAL_USER) != PORTAL_USER:
        raise AccessDenied("login_failed")
    try:
        usercode, user = access.login(call.session, userlogin, userpassword, remote_ip=useripaddr or call.remote_ip,
                                      portal_session=call.settings.portal_session, policy=call.settings.lockout)
    except AccessDenied:
        call.session.commit()  # the failure is counted though the login is refused (model.lockout)
        raise
    return user_struct(call, user, usercode)


@SERVICE.operation(writes=True)
def PRTLOGOUT(call, usercode):
    """Revokes the USERCODE: 1 when it was a live session, 0 otherwise (a static code cannot be
    revoked). Never a fault, as in Protheus."""
    return 1 if access.logout(call.session, usercode, portal_session=call.settings.portal_session) else 0


@SERVICE.operation()
def PRTLISTPORTALS(call):
    """The portals (AI9): customer, supplier, seller."""
    return [{"CODE": code, "DESCRIPTION": description} for code, description in portal.portals(call.session, call.lang)]


@SERVICE.operation()
def PRTLISTMENU(call, userportalcode, usercode, userlogin):
    """The portal's menu: the groups and the items of the services the user holds a right to."""
    user = _reader(call, usercode)
    if (userlogin or "").strip().lower() != user.AI3_LOGIN.lower():
        raise AccessDenied("invalid_usercode")
    return [
        {"CODE": e.code, "DESCRIPTION": e.description, "MENUISBLOCKED": e.blocked, "ORDER": e.order,
         "PROCEDURECALL": e.procedure, "SUPERIORCODE": e.superior, "WEBSERVICE": e.web_service}
        for e in portal.menu(call.session, user, userportalcode, call.lang, call.implemented)
    ]


@SERVICE.operation(writes=True)
def PRTPSWUSER(call, usercode, useroldpassword, userpassword, usertype):
    """Changes the user's password (the current one is required): 1."""
    users.change_password(call.session, _user(call, usercode), useroldpassword, userpassword, usercode)
    return 1


@SERVICE.operation(writes=True)
def PRTPUTUSER(call, usercode, userpcode):
    """A portal admin creates, changes or deletes a user it administers (USERPCODE, as Protheus);
    a user sending its own record changes its e-mail and skin (and an admin its rights), with its
    current password in USERPCODE.USERPASSWORD. 1."""
    user = _user(call, usercode)
    accesses = userpcode.get("USERACCESSES")
    rights = None if accesses is None else [a.get("WEBSRV") or "" for a in accesses]
    if (userpcode.get("USERCODE") or "") in ("", usercode, user.AI3_CODUSU) and (
            (userpcode.get("USERLOGIN") or "").lower() == user.AI3_LOGIN.lower()):
        users.update_user(call.session, user, userpcode.get("USERPASSWORD"), userpcode.get("USEREMAIL"),
                          userpcode.get("USERSKIN"), rights, call.implemented)
        return 1
    entities = userpcode.get("USERENTIRIES")
    customers = None if entities is None else [
        (e.get("ID_ENTIRY", "")[:6], e.get("ID_ENTIRY", "")[6:], e.get("SKIN") or "")
        for e in entities if (e.get("ENTIRY") or "SA1") == "SA1"]
    users.maintain(call.session, user, users.UserData(
        code=userpcode.get("USERCODE") or "", login=userpcode.get("USERLOGIN") or "",
        password=userpcode.get("USERPASSWORD") or "", name=userpcode.get("USERNAME") or "",
        role=userpcode.get("USERROLES"), group=userpcode.get("USERGROUP") or "", skin=userpcode.get("USERSKIN") or "",
        email=userpcode.get("USEREMAIL") or "", superior=userpcode.get("USERSUPER") or "", customers=customers,
        rights=rights), call.implemented)
    return 1


@SERVICE.operation()
def PRTGETGROUP(call, usercode):
    """For a portal admin, the users it administers (AI3_SUPER)."""
    admin = _reader(call, usercode)
    return [user_struct(call, user) for user in users.subordinates(call.session, admin)]


@SERVICE.operation()
def PRTGETCLIENTSBYUSER(call, usercode):
    """The customer codes (A1_COD) the user is linked to, one per link, as Protheus lists them."""
    user = _reader(call, usercode)
    return [customer.A1_COD for customer, _skin in portal.login_entities(call.session, user)]


@SERVICE.operation()
def PRTAMBIENTE(call):
    """The release of the environment."""
    return {"RPORELEASE": RPO_RELEASE, "VERSAO": VERSION}


SERVICE.header_operation(LOGINMENU, LOGINUSERSTRUCT, LOGINENTIRYSTRUCT, LOGINACCESSESSTRUCT, name="PRTHEADER")
