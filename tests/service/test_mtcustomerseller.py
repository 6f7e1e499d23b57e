"""MTCUSTOMERSELLER over HTTP: the customer's own sales representative, and no other."""
import pytest
from sqlalchemy import update
from zeep.exceptions import Fault

from model.tables import SA1
from tests.support.back_office import back_office

NOT_REGISTERED = "Cliente y/o Tienda no registrados."


def seller(portal):
    return portal.service("MTCUSTOMERSELLER")


def test_the_customers_seller(portal, usercode):
    juan = seller(portal).GETSELLER(USERCODE=usercode, CUSTOMERID="00000101", SELLERCODE="000001")
    assert (juan.SELLERCODE, juan.NAME, juan.NICKNAME, juan.FEDERALID) == (
        "000001", "Juan Pérez", "JUAN PEREZ", "20231234560")
    assert (juan.STATEID, juan.DISTRICTID, juan.EMAIL, juan.HOMEPAGE) == (
        "901-111222-3", "7654321", "juan.perez@demo.example", "www.demo.example")
    assert (juan.SALESSUPERVISORCODE, juan.SALESMANAGERCODE) == (None, "000003")
    address = juan.ADDRESSES  # one ADDRESSVIEW, not a list
    assert (address.TYPEOFADDRESS, address.ADDRESS, address.ADDRESSNUMBER, address.DISTRICT, address.STATE,
            address.ZIPCODE, address.ZONE) == ("1", "Av. Corrientes", "1850", "Buenos Aires", "CF", "C1045AAN",
                                               "San Nicolás")
    assert [(p.TYPEOFPHONE, p.COUNTRYAREACODE, p.LOCALAREACODE, p.PHONENUMBER) for p in juan.PHONES.PHONEVIEW] == [
        ("1", "54", "11", "4555-1234"), ("2", "54", "11", "4555-1235")]


def test_each_customer_sees_its_own(portal, usercode2):
    maria = seller(portal).GETSELLER(USERCODE=usercode2, CUSTOMERID="00000201", SELLERCODE="000002")
    assert (maria.SELLERCODE, maria.NAME, maria.SALESSUPERVISORCODE) == ("000002", "María Gómez", "000001")
    assert [p.TYPEOFPHONE for p in maria.PHONES.PHONEVIEW] == ["1"]  # no fax


@pytest.mark.parametrize("customer_id, seller_code", [
    ("00000101", "000002"),  # another customer's seller
    ("00000101", "000003"),  # the sales manager: not this customer's seller
    ("00000101", "999999"),
    ("00000102", ""),
])
def test_a_seller_other_than_the_customers_is_not_found(portal, usercode, customer_id, seller_code):
    with pytest.raises(Fault) as fault:
        seller(portal).GETSELLER(USERCODE=usercode, CUSTOMERID=customer_id, SELLERCODE=seller_code)
    assert (fault.value.code, fault.value.message) == ("soap:Client", "GETSELLER : Vendedor no encontrado")


def test_a_customer_without_seller(portal, usercode, server):
    with back_office(server) as session:
        session.execute(update(SA1).where(SA1.A1_COD == "000001", SA1.A1_LOJA == "02").values(A1_VEND=""))
    try:
        for code in ("", "000001"):
            with pytest.raises(Fault, match="^GETSELLER : Vendedor no encontrado$"):
                seller(portal).GETSELLER(USERCODE=usercode, CUSTOMERID="00000102", SELLERCODE=code)
    finally:
        with back_office(server) as session:
            session.execute(update(SA1).where(SA1.A1_COD == "000001", SA1.A1_LOJA == "02").values(A1_VEND="000001"))
    assert seller(portal).GETSELLER(USERCODE=usercode, CUSTOMERID="00000102", SELLERCODE="000001").NAME == "Juan Pérez"


def test_kinds_of_phone_and_grids(portal):
    assert [(t.CODE, t.DESCRIPTION) for t in seller(portal).GETTYPEOFPHONE()] == [("1", "COMERCIAL"), ("2", "FAX")]
    header = seller(portal).GETHEADER(HEADERTYPE="SELLERVIEW")
    assert [h.HEADERFIELD for h in header] == [
        "SELLERCODE", "NAME", "NICKNAME", "FEDERALID", "STATEID", "DISTRICTID", "HOMEPAGE", "EMAIL",
        "SALESSUPERVISORCODE", "SALESMANAGERCODE"]
    assert [(h.HEADERSIZE, h.HEADERF3) for h in header if h.HEADERFIELD in ("EMAIL", "SALESMANAGERCODE")] == [
        (80, None), (6, "SA3")]
    assert seller(portal).GETHEADER(HEADERTYPE="ADDRESSVIEW")[0].HEADERFIELD == "ADDRESS"
    assert seller(portal).GETHEADER(HEADERTYPE="PHONEVIEW")[0].HEADERFIELD == "COUNTRYAREACODE"
    assert not seller(portal).GETHEADER(HEADERTYPE="CUSTOMERVIEW")


def test_cliente02_is_refused_on_00000101_like_on_a_customer_that_does_not_exist(portal, usercode2):
    for customer_id in ("00000101", "99999901"):
        with pytest.raises(Fault) as fault:
            seller(portal).GETSELLER(USERCODE=usercode2, CUSTOMERID=customer_id, SELLERCODE="000001")
        assert fault.value.message == f"GETSELLER : {NOT_REGISTERED}"
