"""CRMCUSTOMERCONTACT over HTTP: a customer's contacts, their form's look-ups and ISVALIDCONTACT."""
import re

import pytest
from zeep.exceptions import Fault
from zeep.helpers import serialize_object

NOT_REGISTERED = "Cliente y/o Tienda no registrados."
NO_CONTACTS = "No hay contactos registrados para este cliente"


@pytest.fixture(scope="module")
def server(backend, start_server):
    """A server of this module's own: what its tests write reaches no other module."""
    return start_server(backend)


def crm(portal):
    return portal.service("CRMCUSTOMERCONTACT")


def new_contact(**changes) -> dict:
    contact = {
        "NAME": "Ana Ruiz", "FEDERALID": "11144477735", "EMAIL": "ana.ruiz@eltornillo.example",
        "HOMEPAGE": "www.eltornillo.example", "POSITION": "000004", "GROUP": "02", "DEPARTMENT": "DEPOSITO",
        "ADDRESSES": {"ADDRESSVIEW": [{"TYPEOFADDRESS": "1", "ADDRESS": "Av. Directorio", "ADDRESSNUMBER": "3850",
                                       "DISTRICT": "Buenos Aires", "STATE": "CF", "ZIPCODE": "C1407HBL",
                                       "ZONE": "P. Avellaneda"}]},
        "PHONES": {"PHONEVIEW": [{"TYPEOFPHONE": "1", "COUNTRYAREACODE": "54", "LOCALAREACODE": "11",
                                  "PHONENUMBER": "4902-1260"},
                                 {"TYPEOFPHONE": "3", "PHONENUMBER": "15-4000-1111"}]},
    }
    contact.update(changes)
    return contact


def test_the_customers_contacts(portal, usercode):
    listed = crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")
    assert [c.CONTACTID for c in listed][:2] == ["000001", "000002"]
    carlos = listed[0]
    assert (carlos.NAME, carlos.FEDERALID, carlos.EMAIL, carlos.HOMEPAGE) == (
        "Carlos Fernández", "20222333440", "cfernandez@eltornillo.example", "www.eltornillo.example")
    assert (carlos.POSITION, carlos.POSITIONDESCRIPTION, carlos.GROUP, carlos.GROUPDESCRIPTION) == (
        "000001", "Jefe de compras", "01", "Decisores")
    assert (carlos.DEPARTMENT, carlos.DEPARTMENTDESCRIPTION) == ("COMPRAS", "Compras")
    [address] = carlos.ADDRESSES.ADDRESSVIEW
    assert (address.TYPEOFADDRESS, address.ADDRESS, address.ADDRESSNUMBER, address.DISTRICT, address.ZONE) == (
        "1", "Av. Rivadavia", "4520", "Buenos Aires", "Caballito")
    assert [(p.TYPEOFPHONE, p.COUNTRYAREACODE, p.LOCALAREACODE, p.PHONENUMBER) for p in carlos.PHONES.PHONEVIEW] == [
        ("1", "54", "11", "4902-1240"), ("2", "54", "11", "4902-1241"), ("3", "54", "11", "15-5123-4567"),
        ("4", "54", "11", "4633-9090")]
    laura = listed[1]
    assert laura.ADDRESSES is None  # no address: left out, as Protheus does
    assert serialize_object(crm(portal).GETCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACTID="000001")) == (
        serialize_object(carlos))


def test_filter_and_order_of_the_browse(portal, usercode):
    by_name = crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="U5_DEPTO = 'ADMIN'")
    assert [c.NAME for c in by_name] == ["Laura Martínez"]
    ordered = crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101", INDEXKEY="U5_CONTAT DESC")
    names = [c.NAME for c in ordered]
    assert names == sorted(names, reverse=True)
    with pytest.raises(Fault) as fault:
        crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="A1_COD = '000001'")
    assert fault.value.message == "BRWCONTACT : QUERYADDWHERE inválido, cerca de «A1_COD»"


def test_no_contacts_is_a_fault_as_in_protheus(portal, usercode):
    for where in (None, "U5_CONTAT LIKE '%nadie%' "):
        with pytest.raises(Fault) as fault:
            crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000102" if where is None else "00000101",
                                   QUERYADDWHERE=where)
        assert (fault.value.code, fault.value.message) == ("soap:Client", f"BRWCONTACT : {NO_CONTACTS}")


def test_a_contact_added_changed_and_kept_to_its_store(portal, usercode):
    code = crm(portal).PUTCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACT=new_contact())
    assert re.fullmatch(r"\d{6}", code) and code > "000003"
    added = crm(portal).GETCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACTID=code)
    assert (added.NAME, added.POSITIONDESCRIPTION, added.GROUPDESCRIPTION, added.DEPARTMENTDESCRIPTION) == (
        "Ana Ruiz", "Encargado de depósito", "Operativos", "Depósito")
    assert (added.ADDRESSES.ADDRESSVIEW[0].ADDRESS, added.ADDRESSES.ADDRESSVIEW[0].ADDRESSNUMBER) == (
        "Av. Directorio", "3850")
    assert [(p.TYPEOFPHONE, p.LOCALAREACODE, p.PHONENUMBER) for p in added.PHONES.PHONEVIEW] == [
        ("1", "11", "4902-1260"), ("3", "11", "15-4000-1111")]  # the mobile shares the office's codes
    assert code in [c.CONTACTID for c in crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")]
    with pytest.raises(Fault, match=NO_CONTACTS):  # the other store still has none
        crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000102")

    changed = new_contact(CONTACTID=code, NAME="Ana María Ruiz", POSITION="000005",
                          PHONES={"PHONEVIEW": [{"TYPEOFPHONE": "2", "PHONENUMBER": "4902-1261"}]})
    assert crm(portal).PUTCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACT=changed) == code
    after = crm(portal).GETCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACTID=code)
    assert (after.NAME, after.POSITION, after.POSITIONDESCRIPTION) == ("Ana María Ruiz", "000005", "Logística")
    assert [(p.TYPEOFPHONE, p.PHONENUMBER) for p in after.PHONES.PHONEVIEW] == [
        ("1", "4902-1260"), ("2", "4902-1261"), ("3", "15-4000-1111")]


def test_another_customers_contact_is_not_found(portal, usercode, usercode2):
    theirs = crm(portal).BRWCONTACT(USERCODE=usercode2, CUSTOMERID="00000201")[0].CONTACTID
    for customer_id, contact_id in (("00000101", theirs), ("00000102", "000001"), ("00000101", "999999")):
        with pytest.raises(Fault) as fault:
            crm(portal).GETCONTACT(USERCODE=usercode, CUSTOMERID=customer_id, CONTACTID=contact_id)
        assert fault.value.message == "GETCONTACT : Contacto no encontrado"
        with pytest.raises(Fault) as fault:
            crm(portal).PUTCONTACT(USERCODE=usercode, CUSTOMERID=customer_id,
                                   CONTACT=new_contact(CONTACTID=contact_id, NAME="Intruso"))
        assert fault.value.message == "PUTCONTACT : Contacto no encontrado"
    assert crm(portal).GETCONTACT(USERCODE=usercode2, CUSTOMERID="00000201", CONTACTID=theirs).NAME == "Roberto Díaz"


@pytest.mark.parametrize("changes, message", [
    ({"NAME": ""}, "El campo NAME es obligatorio"),
    ({"EMAIL": "no-mail"}, "Valor inválido para EMAIL: no-mail"),
    ({"POSITION": "000099"}, "POSITION 000099 no registrado"),
    ({"DEPARTMENT": "X"}, "DEPARTMENT X no registrado"),
    ({"ADDRESSES": {"ADDRESSVIEW": [{"TYPEOFADDRESS": "2", "ADDRESS": "Calle", "ADDRESSNUMBER": "1",
                                     "DISTRICT": "", "STATE": ""}]}}, "Valor inválido para TYPEOFADDRESS: 2"),
    ({"PHONES": {"PHONEVIEW": [{"TYPEOFPHONE": "5", "PHONENUMBER": "1"}]}}, "Valor inválido para TYPEOFPHONE: 5"),
])
def test_a_fault_writes_nothing(portal, usercode, changes, message):
    before = [serialize_object(c) for c in crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")]
    for contact in (new_contact(**{"NAME": "Nuevo", **changes}),
                    new_contact(**{"CONTACTID": "000002", "NAME": "Laura M.", **changes})):
        with pytest.raises(Fault) as fault:
            crm(portal).PUTCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACT=contact)
        assert fault.value.message == f"PUTCONTACT : {message}"
    after = [serialize_object(c) for c in crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")]
    assert after == before


def test_kinds_and_look_ups_of_the_contact_form(portal):
    assert [(t.CODE, t.DESCRIPTION) for t in crm(portal).GETTYPEOFADDRESS()] == [("1", "COMERCIAL")]
    assert [(t.CODE, t.DESCRIPTION) for t in crm(portal).GETTYPEOFPHONE()] == [
        ("1", "COMERCIAL"), ("2", "FAX"), ("3", "CELULAR"), ("4", "RESIDENCIAL")]
    positions = crm(portal).GETPOSITION()
    assert [p.CODE for p in positions] == ["000001", "000002", "000003", "000004", "000005"]
    assert positions[0].DESCRIPTION == "Jefe de compras"
    assert [(d.CODE, d.DESCRIPTION) for d in crm(portal).GETDEPARTMENT()] == [
        ("ADMIN", "Administración"), ("COMPRAS", "Compras"), ("DEPOSITO", "Depósito"), ("VENTAS", "Ventas")]
    assert [(g.CODE, g.DESCRIPTION) for g in crm(portal).GETGROUP()] == [("01", "Decisores"), ("02", "Operativos")]


@pytest.mark.parametrize("number, valid", [
    ("11144477735", True), ("111.444.777-35", True), ("11.222.333/0001-81", True),
    ("11144477734", False), ("20222333440", False), ("11111111111", False), ("abc", False),
])
def test_isvalidcontact_checks_the_digits_and_looks_nothing_up(portal, number, valid):
    answer = crm(portal).ISVALIDCONTACT(CONTACTIN=number, CUSTOMINFORMATIONS={"INFORMATIONS": {"INFORMATION": [
        {"CONTENT": "00000101"}]}})
    assert (answer.VALIDIDENTIFICATIONNUMBER, answer.VALIDCONTACT) == (valid, valid)
    assert len(answer.OTHERVALIDATIONS.STRING) == 1 and not answer.OTHERVALIDATIONS.STRING[0]


def test_the_grids(portal):
    header = crm(portal).GETHEADER(HEADERTYPE="CONTACTVIEW")
    assert [h.HEADERFIELD for h in header] == [
        "CONTACTID", "NAME", "FEDERALID", "EMAIL", "HOMEPAGE", "POSITION", "POSITIONDESCRIPTION", "GROUP",
        "GROUPDESCRIPTION", "DEPARTMENT", "DEPARTMENTDESCRIPTION"]
    assert [(h.HEADERFIELD, h.HEADERF3) for h in header if h.HEADERF3] == [
        ("POSITION", "SUM"), ("GROUP", "SQ0"), ("DEPARTMENT", "SQB")]
    assert [h.HEADERFIELD for h in crm(portal).GETHEADER(HEADERTYPE="ADDRESSVIEW")][0] == "ADDRESS"
    assert [h.HEADERFIELD for h in crm(portal).GETHEADER(HEADERTYPE="PHONEVIEW")][-1] == "PHONENUMBER"
    assert [h.HEADERTITLE for h in crm(portal).GETHEADER(HEADERTYPE="GENERICSTRUCT")] == ["Código", "Descripción"]
    assert not crm(portal).GETHEADER(HEADERTYPE="TASKVIEW")


@pytest.mark.parametrize("operation, args", [
    ("BRWCONTACT", {}), ("GETCONTACT", {"CONTACTID": "000001"}),
    ("PUTCONTACT", {"CONTACT": {"NAME": "Intruso"}}),
    ("PUTCONTACT", {"CONTACT": {"CONTACTID": "000001", "NAME": "Intruso"}}),
])
def test_cliente02_is_refused_on_00000101_like_on_a_customer_that_does_not_exist(portal, usercode, usercode2,
                                                                                  operation, args):
    for customer_id in ("00000101", "99999901"):
        with pytest.raises(Fault) as fault:
            getattr(crm(portal), operation)(USERCODE=usercode2, CUSTOMERID=customer_id, **args)
        assert fault.value.message == f"{operation} : {NOT_REGISTERED}"
    names = [c.NAME for c in crm(portal).BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")]
    assert "Intruso" not in names and "Carlos Fernández" in names
