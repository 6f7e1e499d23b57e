"""USERPORTAL over HTTP: login, logout, portals, menu, user maintenance, as the real contract has
them (LOGINUSERSTRUCT, integer answers, USERPCODE)."""
import pytest
from zeep.exceptions import Fault

CUSTOMER_PORTAL = "000001"


def test_login_returns_usercode_entities_and_accesses(portal):
    result = portal.service("USERPORTAL").PRTLOGIN(USERLOGIN="cliente01", USERPASSWORD="cliente01")
    assert len(result.USERCODE) >= 32
    assert (result.USERLOGIN, result.USERNAME, result.USEREMAIL) == (
        "cliente01", "El Tornillo - Compras", "compras@eltornillo.example")
    assert result.USERROLES == 1  # AI3_ADMIN 1: the customer's portal admin
    assert not result.USERPASSWORD  # never sent back
    entities = result.USERENTIRIES.LOGINENTIRYSTRUCT
    assert [(e.ENTIRY, e.ID_ENTIRY) for e in entities] == [("SA1", "00000101"), ("SA1", "00000102")]
    assert entities[0].FEDERALID == "30711222339"
    services = [a.WEBSRV for a in result.USERACCESSES.LOGINACCESSESSTRUCT]
    assert {"MTPRODUCT", "MTCUSTOMERSALESORDER"} <= set(services)
    assert result.USERWS == ",".join(f"'{s}'" for s in services)
    assert result.USERENTIRIESHEADER.STRING[1] == "Cliente/Tienda"


def test_a_login_for_another_product_is_refused(portal):
    with pytest.raises(Fault, match="PRTLOGIN : "):
        portal.service("USERPORTAL").PRTLOGIN(USERLOGIN="cliente01", USERPASSWORD="cliente01", USERTYPE="2")


def test_wrong_password_and_unknown_user_get_the_same_fault(portal):
    up = portal.service("USERPORTAL")
    with pytest.raises(Fault) as wrong:
        up.PRTLOGIN(USERLOGIN="cliente01", USERPASSWORD="nope")
    with pytest.raises(Fault) as unknown:
        up.PRTLOGIN(USERLOGIN="nobody", USERPASSWORD="nope")
    assert wrong.value.message == unknown.value.message == "PRTLOGIN : Usuario o contraseña inválidos"
    assert wrong.value.code == "soap:Client"


def test_logout_revokes_the_usercode(portal):
    code = portal.login("cliente01", "cliente01")
    catalog = portal.service("MTPRODUCT")
    assert catalog.GETCATALOG(USERCODE=code, PAGELEN=1)
    assert portal.service("USERPORTAL").PRTLOGOUT(USERCODE=code) == 1
    with pytest.raises(Fault) as refused:
        catalog.GETCATALOG(USERCODE=code, PAGELEN=1)
    assert refused.value.message == "GETCATALOG : Código de usuario inválido o sesión expirada"
    assert portal.service("USERPORTAL").PRTLOGOUT(USERCODE=code) == 0


def test_each_login_is_its_own_session(portal):
    first, second = portal.login("cliente01", "cliente01"), portal.login("cliente01", "cliente01")
    assert first != second
    portal.service("USERPORTAL").PRTLOGOUT(USERCODE=first)
    assert portal.service("MTPRODUCT").GETCATALOG(USERCODE=second, PAGELEN=1)


def test_list_portals(portal):
    portals = portal.service("USERPORTAL").PRTLISTPORTALS()
    assert [(p.CODE, p.DESCRIPTION) for p in portals] == [
        (CUSTOMER_PORTAL, "Portal del Cliente"), ("000002", "Portal del Proveedor"), ("000003", "Portal del Vendedor")]


def menu_of(portal, login, password):
    code = portal.login(login, password)
    return portal.service("USERPORTAL").PRTLISTMENU(USERPORTALCODE=CUSTOMER_PORTAL, USERCODE=code, USERLOGIN=login)


def test_the_menu_has_the_five_groups_and_only_the_users_services(portal):
    menu = menu_of(portal, "cliente01", "cliente01")
    groups = [m.DESCRIPTION for m in menu if not m.SUPERIORCODE]
    assert groups == ["CRM", "Ventas y distribución", "Financiera", "Industrialización", "Mantenimiento de usuario"]
    by_code = {m.CODE: m for m in menu}
    assert (by_code["000101"].SUPERIORCODE, by_code["000101"].WEBSERVICE, by_code["000101"].ORDER) == (
        "000100", "MTPRODUCT", 1)
    codes = [m.CODE for m in menu]
    assert all(codes.index(m.SUPERIORCODE) < codes.index(m.CODE) for m in menu if m.SUPERIORCODE)
    # cliente02 holds no right to production orders: the item is not on its menu
    assert "000402" in by_code
    assert "000402" not in {m.CODE for m in menu_of(portal, "cliente02", "cliente02")}


def test_the_menu_wants_the_usercodes_own_login(portal):
    code = portal.login("cliente01", "cliente01")
    up = portal.service("USERPORTAL")
    for usercode, login in (("not-a-session", "cliente01"), (code, "cliente02")):
        with pytest.raises(Fault, match="PRTLISTMENU : Código de usuario inválido"):
            up.PRTLISTMENU(USERPORTALCODE=CUSTOMER_PORTAL, USERCODE=usercode, USERLOGIN=login)


def test_prtheader_describes_the_grids(portal):
    up = portal.service("USERPORTAL")
    header = up.PRTHEADER(HEADERTYPE="LOGINMENU")
    assert {"CODE", "SUPERIORCODE", "DESCRIPTION", "WEBSERVICE", "MENUISBLOCKED", "ORDER"} <= {
        h.HEADERFIELD for h in header}
    by_field = {h.HEADERFIELD: h for h in header}
    assert (by_field["DESCRIPTION"].HEADERTITLE, by_field["MENUISBLOCKED"].HEADERTYPE) == ("Descripción", "L")
    assert up.PRTHEADER(HEADERTYPE="NOPE") is None or len(up.PRTHEADER(HEADERTYPE="NOPE")) == 0


def test_email_and_skin_need_the_password_and_rights_need_an_admin(portal):
    code = portal.login("cliente02", "cliente02")
    up = portal.service("USERPORTAL")
    me = {"USERCODE": code, "USERLOGIN": "cliente02", "USERNAME": "Pinturerías Color", "USERPASSWORD": "wrong", "USEREMAIL": "ventas@color.example",
          "USERSKIN": "dark", "USERROLES": 2}
    with pytest.raises(Fault, match="PRTPUTUSER : Contraseña actual incorrecta"):
        up.PRTPUTUSER(USERCODE=code, USERPCODE=me)
    with pytest.raises(Fault, match="PRTPUTUSER : Valor inválido para USEREMAIL"):
        up.PRTPUTUSER(USERCODE=code, USERPCODE=dict(me, USERPASSWORD="cliente02", USEREMAIL="not an email"))
    assert up.PRTPUTUSER(USERCODE=code, USERPCODE=dict(me, USERPASSWORD="cliente02")) == 1
    again = up.PRTLOGIN(USERLOGIN="cliente02", USERPASSWORD="cliente02")
    assert (again.USEREMAIL, again.USERSKIN) == ("ventas@color.example", "dark")
    # not an admin: its rights do not change, and nothing else is written either
    rights = [a.WEBSRV for a in again.USERACCESSES.LOGINACCESSESSTRUCT]
    more = {"LOGINACCESSESSTRUCT": [{"WEBSRV": s, "NAME": s, "WKFAPV": ""} for s in rights + ["MTCUSTOMERPRODUCTIONORDER"]]}
    with pytest.raises(Fault, match="PRTPUTUSER : "):
        up.PRTPUTUSER(USERCODE=code, USERPCODE=dict(me, USERPASSWORD="cliente02", USEREMAIL="x@color.example",
                                                    USERACCESSES=more))
    assert up.PRTLOGIN(USERLOGIN="cliente02", USERPASSWORD="cliente02").USEREMAIL == "ventas@color.example"


def test_an_admin_lists_its_users(portal):
    up = portal.service("USERPORTAL")
    group = up.PRTGETGROUP(USERCODE=portal.login("cliente01", "cliente01"))
    assert [u.USERLOGIN for u in group] == ["cliente01.norte"]
    assert [e.ID_ENTIRY for e in group[0].USERENTIRIES.LOGINENTIRYSTRUCT] == ["00000102"]
    with pytest.raises(Fault, match="PRTGETGROUP : "):
        up.PRTGETGROUP(USERCODE=portal.login("cliente02", "cliente02"))


def test_clients_by_user_and_environment(portal):
    up = portal.service("USERPORTAL")
    assert up.PRTGETCLIENTSBYUSER(USERCODE=portal.login("cliente01", "cliente01")) == ["000001", "000001"]
    environment = up.PRTAMBIENTE()
    assert environment.RPORELEASE.startswith("12.1.") and environment.VERSAO == "12"


def test_change_password(portal):
    older = portal.login("cliente02", "cliente02")
    code = portal.login("cliente02", "cliente02")
    up = portal.service("USERPORTAL")
    with pytest.raises(Fault, match="PRTPSWUSER : Contraseña actual incorrecta"):
        up.PRTPSWUSER(USERCODE=code, USEROLDPASSWORD="bad", USERPASSWORD="another1")
    with pytest.raises(Fault, match="al menos 6 caracteres"):
        up.PRTPSWUSER(USERCODE=code, USEROLDPASSWORD="cliente02", USERPASSWORD="abc")
    assert up.PRTPSWUSER(USERCODE=code, USEROLDPASSWORD="cliente02", USERPASSWORD="another1") == 1
    with pytest.raises(Fault, match="GETCATALOG : Código de usuario inválido"):  # whoever knew the old one is out
        portal.service("MTPRODUCT").GETCATALOG(USERCODE=older, PAGELEN=1)
    assert portal.service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)  # the session that changed it stays
    try:
        with pytest.raises(Fault):
            portal.login("cliente02", "cliente02")
        assert portal.login("cliente02", "another1")
    finally:
        assert up.PRTPSWUSER(USERCODE=code, USEROLDPASSWORD="another1", USERPASSWORD="cliente02") == 1


def subordinate(code="", password="deposito1", rights=("MTPRODUCT", "MTCUSTOMERSALESORDER"),
                customers=("00000101",), login="cliente01.deposito"):
    return {"USERCODE": code, "USERLOGIN": login, "USERNAME": "El Tornillo - Depósito", "USERPASSWORD": password,
            "USERROLES": 2, "USEREMAIL": "deposito@eltornillo.example", "USERSKIN": "default",
            "USERENTIRIES": {"LOGINENTIRYSTRUCT": [
                {"ENTIRY": "SA1", "ID_ENTIRY": c, "NICKNAME": "", "NAME": "", "FEDERALID": "", "SKIN": "default"}
                for c in customers]},
            "USERACCESSES": {"LOGINACCESSESSTRUCT": [{"WEBSRV": r, "NAME": r, "WKFAPV": ""} for r in rights]}}


def test_an_admin_creates_changes_and_deletes_the_users_it_administers(portal):
    up = portal.service("USERPORTAL")
    admin = portal.login("cliente01", "cliente01")
    assert up.PRTPUTUSER(USERCODE=admin, USERPCODE=subordinate()) == 1
    created = next(u for u in up.PRTGETGROUP(USERCODE=admin) if u.USERLOGIN == "cliente01.deposito")
    code = portal.login("cliente01.deposito", "deposito1")
    sales = portal.service("MTCUSTOMERSALESORDER")
    assert sales.BRWTOTALSALESORDER(USERCODE=code, CUSTOMERID="00000101") >= 0
    with pytest.raises(Fault, match="Cliente y/o Tienda no registrados"):  # only the customer it was given
        sales.BRWTOTALSALESORDER(USERCODE=code, CUSTOMERID="00000102")

    # a right revoked by the admin is gone at the subordinate's next call, and from its menu
    changed = subordinate(created.USERCODE, password="", rights=("MTPRODUCT",))
    assert up.PRTPUTUSER(USERCODE=admin, USERPCODE=changed) == 1
    with pytest.raises(Fault, match="BRWTOTALSALESORDER : "):
        sales.BRWTOTALSALESORDER(USERCODE=code, CUSTOMERID="00000101")
    menu = up.PRTLISTMENU(USERPORTALCODE=CUSTOMER_PORTAL, USERCODE=code, USERLOGIN="cliente01.deposito")
    assert "MTCUSTOMERSALESORDER" not in {m.WEBSERVICE for m in menu}
    assert portal.login("cliente01.deposito", "deposito1")  # no password sent: the password stays

    # only the admin's own rights and customers; a user left with no rights is deleted
    for refused in (subordinate(created.USERCODE, rights=("MTPRODUCT", "NOSUCHSERVICE")),
                    subordinate(created.USERCODE, customers=("00000201",))):
        with pytest.raises(Fault, match="PRTPUTUSER : Solo los"):
            up.PRTPUTUSER(USERCODE=admin, USERPCODE=refused)
    assert up.PRTPUTUSER(USERCODE=admin, USERPCODE=subordinate(created.USERCODE, password="", rights=())) == 1
    with pytest.raises(Fault, match="PRTLOGIN : Usuario o contraseña inválidos"):
        portal.login("cliente01.deposito", "deposito1")
    with pytest.raises(Fault, match="Código de usuario inválido"):
        portal.service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)


def test_only_an_admin_maintains_other_users(portal):
    up = portal.service("USERPORTAL")
    with pytest.raises(Fault, match="PRTPUTUSER : Solo un administrador"):
        up.PRTPUTUSER(USERCODE=portal.login("cliente02", "cliente02"),
                      USERPCODE=subordinate(login="cliente02.otro", customers=("00000201",)))
    with pytest.raises(Fault, match="PRTPUTUSER : Ya existe un usuario con el login cliente02"):
        up.PRTPUTUSER(USERCODE=portal.login("cliente01", "cliente01"), USERPCODE=subordinate(login="cliente02"))
