"""USERPORTAL over HTTP: login, logout, portals, menu, user maintenance."""
import pytest
from zeep.exceptions import Fault


def test_login_returns_usercode_entities_and_accesses(portal):
    result = portal.service("USERPORTAL").PRTLOGIN(USERLOGIN="cliente01", USERPASSWORD="cliente01",
                                                   PORTALTYPE="000001")
    assert len(result.USERCODE) >= 32
    assert result.USERNAME == "Ferretería El Tornillo - Compras"
    assert result.USERROLES == 1
    ids = [e.ID_ENTIRY for e in result.USERENTIRIES.LOGINENTIRYSTRUCT]
    assert ids == ["00000101", "00000102"]
    assert all(e.ENTIRY == "SA1" for e in result.USERENTIRIES.LOGINENTIRYSTRUCT)
    assert result.USERENTIRIES.LOGINENTIRYSTRUCT[0].FEDERALID == "30711222334"
    services = {a.WEBSRV for a in result.USERACCESSES.LOGINACCESSESSTRUCT}
    assert {"MTPRODUCT", "MTGROUPOFPRODUCT"} <= services
    assert result.USERENTIRIESHEADER.STRING[1] == "Código"


def test_wrong_password_and_unknown_user_get_the_same_fault(portal):
    up = portal.service("USERPORTAL")
    with pytest.raises(Fault) as wrong:
        up.PRTLOGIN(USERLOGIN="cliente01", USERPASSWORD="nope")
    with pytest.raises(Fault) as unknown:
        up.PRTLOGIN(USERLOGIN="nobody", USERPASSWORD="nope")
    assert wrong.value.message == unknown.value.message == "PRTLOGIN : Usuario o contraseña inválidos"
    assert wrong.value.code == "soap:Client"


def test_login_to_another_portal_type_is_refused(portal):
    with pytest.raises(Fault, match="PRTLOGIN : Usuario o contraseña inválidos"):
        portal.service("USERPORTAL").PRTLOGIN(USERLOGIN="cliente01", USERPASSWORD="cliente01", PORTALTYPE="000002")


def test_logout_revokes_the_usercode(portal):
    code = portal.login("cliente01", "cliente01")
    catalog = portal.service("MTPRODUCT")
    assert catalog.GETCATALOG(USERCODE=code, PAGELEN=1)
    assert portal.service("USERPORTAL").PRTLOGOUT(USERCODE=code) is True
    with pytest.raises(Fault) as refused:
        catalog.GETCATALOG(USERCODE=code, PAGELEN=1)
    assert refused.value.message == "GETCATALOG : Código de usuario inválido o sesión expirada"
    assert portal.service("USERPORTAL").PRTLOGOUT(USERCODE=code) is False


def test_each_login_is_its_own_session(portal):
    first, second = portal.login("cliente01", "cliente01"), portal.login("cliente01", "cliente01")
    assert first != second
    portal.service("USERPORTAL").PRTLOGOUT(USERCODE=first)
    assert portal.service("MTPRODUCT").GETCATALOG(USERCODE=second, PAGELEN=1)


def test_list_portals(portal):
    portals = portal.service("USERPORTAL").PRTLISTPORTALS()
    assert [(p.CODE, p.DESCRIPTION) for p in portals] == [
        ("000001", "Portal del Cliente"), ("000002", "Portal del Proveedor"), ("000003", "Portal del Vendedor")]


def test_menu_has_the_five_groups_and_blocks_what_the_user_may_not_use(portal, usercode, usercode2):
    menu = portal.service("USERPORTAL").PRTLISTMENU(PORTALCODE="000001", USERCODE=usercode)
    groups = [m.DESCRIPTION for m in menu if not m.SUPERIORCODE]
    assert groups == ["CRM", "Ventas y distribución", "Financiera", "Industrialización", "Mantenimiento de usuario"]
    by_code = {m.CODE: m for m in menu}
    catalog_item = by_code["000101"]
    assert (catalog_item.SUPERIORCODE, catalog_item.WEBSERVICE, catalog_item.MENUISBLOCKED) == ("000100", "MTPRODUCT", False)
    assert by_code["000501"].MENUISBLOCKED is False  # user maintenance is USERPORTAL
    # every item follows its group
    codes = [m.CODE for m in menu]
    for item in menu:
        if item.SUPERIORCODE:
            assert codes.index(item.SUPERIORCODE) < codes.index(item.CODE)
    # cliente02 has no right to production orders: the item comes back blocked
    menu2 = {m.CODE: m for m in portal.service("USERPORTAL").PRTLISTMENU(PORTALCODE="000001", USERCODE=usercode2)}
    assert menu2["000402"].WEBSERVICE == "MTCUSTOMERPRODUCTIONORDER"
    assert menu2["000402"].MENUISBLOCKED is True
    assert menu2["000101"].MENUISBLOCKED is False


def test_menu_refuses_a_bad_usercode(portal):
    with pytest.raises(Fault, match="PRTLISTMENU : Código de usuario inválido"):
        portal.service("USERPORTAL").PRTLISTMENU(PORTALCODE="000001", USERCODE="not-a-session")


def test_prtheader_describes_the_menu_grid(portal):
    header = portal.service("USERPORTAL").PRTHEADER(HEADERTYPE="LOGINMENU")
    assert [h.HEADERFIELD for h in header] == ["CODE", "SUPERIORCODE", "DESCRIPTION", "WEBSERVICE",
                                                "PROCEDURECALL", "MENUISBLOCKED", "ORDER"]
    assert header[2].HEADERTITLE == "Descripción"
    assert header[5].HEADERTYPE == "L"
    with pytest.raises(Fault, match="PRTHEADER : HEADERTYPE NOPE no existe"):
        portal.service("USERPORTAL").PRTHEADER(HEADERTYPE="NOPE")


def test_user_maintenance(portal, usercode2):
    up = portal.service("USERPORTAL")
    me = up.PRTGETUSER(USERCODE=usercode2)
    assert (me.LOGIN, me.EMAIL) == ("cliente02", "admin@color.example")
    rights = [r.CODE for r in me.RIGHTS.GENERICSTRUCT]
    assert "MTPRODUCT" in rights and "MTCUSTOMERPRODUCTIONORDER" not in rights
    view = {"LOGIN": me.LOGIN, "NAME": me.NAME, "EMAIL": "ventas@color.example", "SKIN": "dark"}
    with pytest.raises(Fault, match="PRTPUTUSER : Contraseña actual incorrecta"):
        up.PRTPUTUSER(USERCODE=usercode2, USERPASSWORD="wrong", PORTALUSER=view)
    with pytest.raises(Fault, match="PRTPUTUSER : Valor inválido para EMAIL"):
        up.PRTPUTUSER(USERCODE=usercode2, USERPASSWORD="cliente02", PORTALUSER=dict(view, EMAIL="not an email"))
    assert up.PRTPUTUSER(USERCODE=usercode2, USERPASSWORD="cliente02", PORTALUSER=view) is True
    again = up.PRTGETUSER(USERCODE=usercode2)
    assert (again.EMAIL, again.SKIN) == ("ventas@color.example", "dark")
    # not an admin: rights cannot change, and nothing else is written either
    more_rights = {"GENERICSTRUCT": [{"CODE": c} for c in rights + ["MTCUSTOMERPRODUCTIONORDER"]]}
    with pytest.raises(Fault, match="PRTPUTUSER : Solo un administrador"):
        up.PRTPUTUSER(USERCODE=usercode2, USERPASSWORD="cliente02",
                      PORTALUSER=dict(view, EMAIL="other@color.example", RIGHTS=more_rights))
    assert up.PRTGETUSER(USERCODE=usercode2).EMAIL == "ventas@color.example"


def test_change_password(portal):
    code = portal.login("cliente02", "cliente02")
    up = portal.service("USERPORTAL")
    with pytest.raises(Fault, match="PRTCHANGEPASSWORD : Contraseña actual incorrecta"):
        up.PRTCHANGEPASSWORD(USERCODE=code, OLDPASSWORD="bad", NEWPASSWORD="another1")
    with pytest.raises(Fault, match="al menos 6 caracteres"):
        up.PRTCHANGEPASSWORD(USERCODE=code, OLDPASSWORD="cliente02", NEWPASSWORD="abc")
    assert up.PRTCHANGEPASSWORD(USERCODE=code, OLDPASSWORD="cliente02", NEWPASSWORD="another1") is True
    try:
        with pytest.raises(Fault):
            portal.login("cliente02", "cliente02")
        assert portal.login("cliente02", "another1")
    finally:
        assert up.PRTCHANGEPASSWORD(USERCODE=code, OLDPASSWORD="another1", NEWPASSWORD="cliente02") is True
