"""USERPORTAL: login, logout, portals, menu and user maintenance."""
from model import access, portal, users
from model.errors import PortalError
from soap.service import Service, required
from views import ArrayOf
from views.portal import LOGINACCESSESSTRUCT, LOGINENTIRYSTRUCT, LOGINMENU, LOGINSTRUCT, PORTALUSERVIEW
from views.shared import ARRAYOFGENERICSTRUCT

SERVICE = Service("USERPORTAL", "Portal: acceso, menú y mantenimiento de usuario")


def _user(call, usercode):
    return access.portal_user(call.session, usercode, portal_session=call.settings.portal_session)


@SERVICE.operation(returns=LOGINSTRUCT, writes=True, USERLOGIN=required("C"), USERPASSWORD=required("C"),
                   PORTALTYPE="C", ACCESSTYPE="C", REMOTEIP="C")
def PRTLOGIN(call, userlogin, userpassword, portaltype, accesstype, remoteip):
    """Checks a portal user's login and password; returns the USERCODE and what the user may see."""
    usercode, user = access.login(call.session, userlogin, userpassword, remote_ip=remoteip or call.remote_ip,
                                  portal_session=call.settings.portal_session)
    if portaltype and user.AI3_PORTAL and portaltype != user.AI3_PORTAL:
        raise PortalError("login_failed")
    entities = [
        {"ENTIRY": "SA1", "ID_ENTIRY": c.A1_COD + c.A1_LOJA, "NICKNAME": c.A1_NREDUZ, "NAME": c.A1_NOME,
         "FEDERALID": c.A1_CGC, "SKIN": user.AI3_SKIN}
        for c in portal.login_entities(call.session, user)
    ]
    accesses = [{"WEBSRV": name, "NAME": description} for name, description in portal.login_accesses(call.session, user, call.implemented)]
    return {
        "USERCODE": usercode, "USERNAME": user.AI3_NOME, "USERROLES": 1 if user.AI3_ADMIN == "1" else 0,
        "USERENTIRIESHEADER": [f.title(call.lang) for f in LOGINENTIRYSTRUCT.fields],
        "USERENTIRIES": entities,
        "USERACCESSESHEADER": [f.title(call.lang) for f in LOGINACCESSESSTRUCT.fields],
        "USERACCESSES": accesses,
    }


@SERVICE.operation(returns="L", writes=True, USERCODE=required("C"))
def PRTLOGOUT(call, usercode):
    """Revokes the USERCODE; false when it was not a live session."""
    return access.logout(call.session, usercode, portal_session=call.settings.portal_session)


@SERVICE.operation(returns=ARRAYOFGENERICSTRUCT)
def PRTLISTPORTALS(call):
    """The portals (AI9): customer, supplier, seller."""
    return [{"CODE": code, "DESCRIPTION": description} for code, description in portal.portals(call.session, call.lang)]


@SERVICE.operation(returns=ArrayOf(LOGINMENU), PORTALCODE="C", USERCODE=required("C"), USERLOGIN="C")
def PRTLISTMENU(call, portalcode, usercode, userlogin):
    """The portal's menu; items the user may not use come back blocked."""
    user = _user(call, usercode)
    if userlogin and userlogin.lower() != user.AI3_LOGIN.lower():
        raise PortalError("invalid_usercode")
    return [
        {"CODE": e.code, "SUPERIORCODE": e.superior, "DESCRIPTION": e.description, "WEBSERVICE": e.web_service,
         "PROCEDURECALL": e.procedure, "MENUISBLOCKED": e.blocked, "ORDER": e.order}
        for e in portal.menu(call.session, user, portalcode, call.lang, call.implemented)
    ]


def _user_view(call, user):
    return {"LOGIN": user.AI3_LOGIN, "NAME": user.AI3_NOME, "EMAIL": user.AI3_EMAIL, "SKIN": user.AI3_SKIN,
            "RIGHTS": [{"CODE": name, "DESCRIPTION": description}
                       for name, description in users.user_rights(call.session, user, call.implemented)]}


@SERVICE.operation(returns=PORTALUSERVIEW, USERCODE=required("C"))
def PRTGETUSER(call, usercode):
    """The portal user behind the USERCODE: login, name, email, skin and rights."""
    return _user_view(call, _user(call, usercode))


@SERVICE.operation(returns="L", writes=True, USERCODE=required("C"), USERPASSWORD=required("C"),
                   PORTALUSER=required(PORTALUSERVIEW))
def PRTPUTUSER(call, usercode, userpassword, portaluser):
    """Changes email and skin (and rights, for a portal admin); the current password is required."""
    user = _user(call, usercode)
    rights = portaluser.get("RIGHTS")
    users.update_user(call.session, user, userpassword, portaluser.get("EMAIL"), portaluser.get("SKIN"),
                      None if rights is None else [r.get("CODE") or "" for r in rights], call.implemented)
    return True


@SERVICE.operation(returns="L", writes=True, USERCODE=required("C"), OLDPASSWORD=required("C"),
                   NEWPASSWORD=required("C"))
def PRTCHANGEPASSWORD(call, usercode, oldpassword, newpassword):
    """Changes the user's password."""
    users.change_password(_user(call, usercode), oldpassword, newpassword)
    return True


SERVICE.header_operation(LOGINSTRUCT, LOGINENTIRYSTRUCT, LOGINACCESSESSTRUCT, LOGINMENU, PORTALUSERVIEW,
                         name="PRTHEADER")
