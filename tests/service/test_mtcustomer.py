"""MTCUSTOMER over HTTP: the customer's record, read and changed by its own portal user only."""
import pytest
from zeep.exceptions import Fault
from zeep.helpers import serialize_object

NOT_REGISTERED = "Cliente y/o Tienda no registrados."


@pytest.fixture(scope="module")
def server(backend, start_server):
    """A server of this module's own: what its tests write reaches no other module."""
    return start_server(backend)


def mt(portal):
    return portal.service("MTCUSTOMER")


def as_sent(customer, **changes) -> dict:
    """The CUSTOMERVIEW a portal sends back: the record as read, with ``changes``."""
    view = serialize_object(customer, dict)
    view["ADDRESSES"] = {"ADDRESSVIEW": [serialize_object(a, dict) for a in customer.ADDRESSES.ADDRESSVIEW]}
    view["PHONES"] = {"PHONEVIEW": [serialize_object(p, dict) for p in customer.PHONES.PHONEVIEW]}
    view.pop("USERFIELDS", None)
    view.update(changes)
    return view


def test_the_customer_record(portal, usercode):
    customer = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    assert (customer.CUSTOMERCODE, customer.UNITCUSTOMERCODE, customer.NAME, customer.NICKNAME) == (
        "000001", "01", "Ferretería El Tornillo SA", "EL TORNILLO")
    assert (customer.FEDERALID, customer.STATEID, customer.DISTRICTID) == ("30711222339", "901-234567-8", "1234567")
    assert (customer.EMAIL, customer.HOMEPAGE) == ("compras@eltornillo.example", "www.eltornillo.example")
    assert (customer.PAYMENTPLANCODE, customer.PRICETABLECODE, customer.SELLERCODE) == ("002", "001", "000001")
    assert (customer.PEOPLE, customer.TIPO) == ("J", "R")
    addresses = [(a.TYPEOFADDRESS, a.ADDRESS, a.ADDRESSNUMBER, a.DISTRICT, a.STATE, a.ZIPCODE, a.ZONE)
                 for a in customer.ADDRESSES.ADDRESSVIEW]
    assert addresses == [
        ("1", "Av. Rivadavia", "4520", "Buenos Aires", "CF", "C1424CEE", "Caballito"),
        ("2", "Av. Rivadavia", "4520", "Buenos Aires", "CF", "C1424CEE", "Caballito"),
        ("3", "Av. Directorio", "3850", "Buenos Aires", "CF", "C1407HBL", "P. Avellaneda"),
    ]
    phones = [(p.TYPEOFPHONE, p.COUNTRYAREACODE, p.LOCALAREACODE, p.PHONENUMBER) for p in customer.PHONES.PHONEVIEW]
    assert phones == [("1", "54", "11", "4902-1234"), ("2", "54", "11", "4902-1235")]
    assert [(f.USERNAME, f.USERTAG) for f in customer.USERFIELDS.USERFIELD] == [
        ("A1_XSEGMEN", "1"), ("A1_XCOMPRA", "CARLOS FERNANDEZ")]  # the company's own fields (demo)
    north = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000102")
    assert [p.TYPEOFPHONE for p in north.PHONES.PHONEVIEW] == ["1"]  # no fax


def test_kinds_of_address_and_phone(portal):
    assert [(t.CODE, t.DESCRIPTION) for t in mt(portal).GETTYPEOFADDRESS()] == [
        ("1", "COMERCIAL"), ("2", "COBRANZA"), ("3", "ENTREGA")]
    assert [(t.CODE, t.DESCRIPTION) for t in mt(portal).GETTYPEOFPHONE()] == [("1", "COMERCIAL"), ("2", "FAX")]


def test_a_change_as_the_standard_portal_sends_it(portal, usercode):
    """The standard form leaves the commercial address out and drops empty entries: what it
    leaves out stays as it was."""
    before = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000102")
    view = as_sent(
        before, NICKNAME="NORTE NUEVO", EMAIL="norte2@eltornillo.example", HOMEPAGE="norte.eltornillo.example",
        FEDERALID="30.711.222/339",  # formatted by the form: the same tax id
        ADDRESSES={"ADDRESSVIEW": [{"TYPEOFADDRESS": "3", "ADDRESS": "Av. Congreso", "ADDRESSNUMBER": "2100",
                                    "DISTRICT": "Buenos Aires", "STATE": "CF", "ZIPCODE": "C1428BVF",
                                    "ZONE": "Belgrano R"}]},
        PHONES={"PHONEVIEW": [{"TYPEOFPHONE": "1", "COUNTRYAREACODE": "54", "LOCALAREACODE": "11",
                               "PHONENUMBER": "4700-0000"},
                              {"TYPEOFPHONE": "2", "COUNTRYAREACODE": "54", "LOCALAREACODE": "11",
                               "PHONENUMBER": "4700-0001"}]})
    assert mt(portal).PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000102", CUSTOMER=view) == "000001"
    after = mt(portal).GETCUSTOMER(USERCODE=portal.login("cliente01", "cliente01"), CUSTOMERID="00000102")
    assert (after.NICKNAME, after.EMAIL, after.HOMEPAGE) == (
        "NORTE NUEVO", "norte2@eltornillo.example", "norte.eltornillo.example")
    addresses = {a.TYPEOFADDRESS: a for a in after.ADDRESSES.ADDRESSVIEW}
    assert (addresses["3"].ADDRESS, addresses["3"].ADDRESSNUMBER, addresses["3"].ZONE) == (
        "Av. Congreso", "2100", "Belgrano R")
    assert serialize_object(addresses["1"]) == serialize_object(before.ADDRESSES.ADDRESSVIEW[0])  # left out: kept
    assert [(p.TYPEOFPHONE, p.PHONENUMBER) for p in after.PHONES.PHONEVIEW] == [("1", "4700-0000"), ("2", "4700-0001")]
    assert (after.FEDERALID, after.NAME, after.PAYMENTPLANCODE) == (before.FEDERALID, before.NAME, "001")


def test_commercial_terms_sent_back_are_ignored(portal, usercode):
    before = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    view = as_sent(before, PAYMENTPLANCODE="003", PRICETABLECODE="999", SELLERCODE="000002", PEOPLE="F", TIPO="X")
    assert mt(portal).PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101", CUSTOMER=view) == "000001"
    after = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    assert (after.PAYMENTPLANCODE, after.PRICETABLECODE, after.SELLERCODE, after.PEOPLE, after.TIPO) == (
        "002", "001", "000001", "J", "R")


@pytest.mark.parametrize("field, value", [("FEDERALID", "20111111112"), ("CUSTOMERCODE", "000009"),
                                          ("UNITCUSTOMERCODE", "07"), ("NAME", "Otra Razón SA"),
                                          ("STATEID", "901-000000-0"), ("DISTRICTID", "999")])
def test_read_only_fields_are_refused_and_nothing_is_written(portal, usercode, field, value):
    before = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    view = as_sent(before, EMAIL="changed@eltornillo.example", **{field: value})
    with pytest.raises(Fault) as fault:
        mt(portal).PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101", CUSTOMER=view)
    assert (fault.value.code, fault.value.message) == ("soap:Client", f"PUTCUSTOMER : El campo {field} no puede modificarse")
    after = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    assert serialize_object(after) == serialize_object(before)


@pytest.mark.parametrize("changes, message", [
    ({"EMAIL": "not-an-email"}, "Valor inválido para EMAIL: not-an-email"),
    ({"NICKNAME": "N" * 21}, "Valor inválido para NICKNAME: " + "N" * 20 + "…"),
    ({"ADDRESSES": {"ADDRESSVIEW": [{"TYPEOFADDRESS": "1", "ADDRESS": "", "ADDRESSNUMBER": "", "DISTRICT": "",
                                     "STATE": ""}]}}, "El campo ADDRESS es obligatorio"),
    ({"ADDRESSES": {"ADDRESSVIEW": [{"TYPEOFADDRESS": "9", "ADDRESS": "X", "ADDRESSNUMBER": "1", "DISTRICT": "",
                                     "STATE": ""}]}}, "Valor inválido para TYPEOFADDRESS: 9"),
    ({"PHONES": {"PHONEVIEW": [{"TYPEOFPHONE": "3", "PHONENUMBER": "1"}]}}, "Valor inválido para TYPEOFPHONE: 3"),
])
def test_the_record_is_checked_before_anything_is_written(portal, usercode, changes, message):
    before = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    with pytest.raises(Fault) as fault:
        mt(portal).PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101",
                               CUSTOMER=as_sent(before, **{"NICKNAME": "CAMBIADO", **changes}))
    assert fault.value.message == f"PUTCUSTOMER : {message}"
    assert serialize_object(mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")) == serialize_object(before)


def test_the_grids(portal):
    header = mt(portal).GETHEADER(HEADERTYPE="CUSTOMERVIEW")
    assert [h.HEADERFIELD for h in header][:9] == [
        "CUSTOMERCODE", "UNITCUSTOMERCODE", "NAME", "NICKNAME", "FEDERALID", "STATEID", "DISTRICTID", "HOMEPAGE",
        "EMAIL"]
    federal = next(h for h in header if h.HEADERFIELD == "FEDERALID")
    assert (federal.HEADERTITLE, federal.HEADERSIZE, federal.HEADERPICTURE) == ("CNPJ/CPF", 14, "@R 99.999.999/9999-99")
    plan = next(h for h in header if h.HEADERFIELD == "PAYMENTPLANCODE")
    assert plan.HEADERF3 == "SE4"
    people = next(h for h in header if h.HEADERFIELD == "PEOPLE")
    assert people.HEADERCOMBOBOX == "F=Física;J=Jurídica"
    address = mt(portal).GETHEADER(HEADERTYPE="addressview")
    assert [(h.HEADERFIELD, h.HEADERSIZE) for h in address] == [
        ("ADDRESS", 80), ("ADDRESSNUMBER", 6), ("DISTRICT", 60), ("STATE", 2), ("ZIPCODE", 8), ("ZONE", 40)]
    assert next(h for h in address if h.HEADERFIELD == "STATE").HEADERF3 == "12"
    assert [h.HEADERFIELD for h in mt(portal).GETHEADER(HEADERTYPE="PHONEVIEW")] == [
        "COUNTRYAREACODE", "LOCALAREACODE", "PHONENUMBER"]
    assert [h.HEADERFIELD for h in mt(portal).GETHEADER(HEADERTYPE="GENERICSTRUCT")] == ["CODE", "DESCRIPTION"]
    assert not mt(portal).GETHEADER(HEADERTYPE="NOSUCHVIEW")


def test_cliente02_is_refused_on_00000101_like_on_a_customer_that_does_not_exist(portal, usercode, usercode2):
    before = mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    view = as_sent(before, NICKNAME="HACKED")
    for customer_id in ("00000101", "99999901"):
        for operation, args in (("GETCUSTOMER", {}), ("PUTCUSTOMER", {"CUSTOMER": view})):
            with pytest.raises(Fault) as fault:
                getattr(mt(portal), operation)(USERCODE=usercode2, CUSTOMERID=customer_id, **args)
            assert fault.value.message == f"{operation} : {NOT_REGISTERED}"
    assert mt(portal).GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101").NICKNAME == before.NICKNAME
    with pytest.raises(Fault) as fault:
        mt(portal).GETCUSTOMER(USERCODE="nope", CUSTOMERID="00000101")
    assert fault.value.message == "GETCUSTOMER : Código de usuario inválido o sesión expirada"
