"""MTCARRIER over HTTP: the carriers' look-up, a carrier's record, and no changes from the portal."""
import pytest
from sqlalchemy import select
from zeep.exceptions import Fault
from zeep.helpers import serialize_object

from model.tables import SA4
from tests.support.back_office import back_office


def carrier(portal):
    return portal.service("MTCARRIER")


def browse(portal, usercode, **kw):
    args = dict(USERCODE=usercode, PAGELEN=0, PAGEFIRST=0, NAMELIKE="", NICKNAMELIKE="")
    args.update(kw)
    return carrier(portal).BRWCARRIER(**args)


def test_the_look_up_of_the_order_form(portal, usercode):
    assert [(c.CODE, c.DESCRIPTION) for c in browse(portal, usercode)] == [
        ("000001", "Transportes Rápidos SA"), ("000002", "Logística del Sur")]  # 000003 is blocked
    assert [c.CODE for c in browse(portal, usercode, NAMELIKE="sur")] == ["000002"]
    assert [c.CODE for c in browse(portal, usercode, NICKNAMELIKE="RAPID%")] == ["000001"]
    assert [c.CODE for c in browse(portal, usercode, INDEXKEY="A4_NOME DESC")] == ["000001", "000002"]
    assert [c.CODE for c in browse(portal, usercode, INDEXKEY="A4_FILIAL+A4_NOME")] == ["000002", "000001"]
    assert [c.CODE for c in browse(portal, usercode, PAGELEN=1, PAGEFIRST=2)] == ["000002"]
    assert [c.CODE for c in browse(portal, usercode, QUERYADDWHERE="A4_EST = 'CB'")] == ["000002"]
    with pytest.raises(Fault) as fault:
        browse(portal, "nope")
    assert fault.value.message == "BRWCARRIER : Código de usuario inválido o sesión expirada"


def test_a_carrier_with_its_address_and_phone(portal, usercode, usercode2):
    fast = carrier(portal).GETCARRIER(USERCODE=usercode, CARRIERCODE="000001")
    assert (fast.CARRIERCODE, fast.NAME, fast.NICKNAME, fast.MEANSOFTRANSPORTATION) == (
        "000001", "Transportes Rápidos SA", "RAPIDOS", "RODOVIARIO")
    assert (fast.FEDERALID, fast.STATEID, fast.HOMEPAGE, fast.EMAIL) == (
        "30700111225", "901-123456-7", "www.rapidos.example", "ventas@rapidos.example")
    assert (fast.SALESSUPERVISORCODE, fast.SALESMANAGERCODE) == (None, None)
    address = fast.ADDRESSES  # one ADDRESSVIEW, not a list
    assert (address.TYPEOFADDRESS, address.ADDRESS, address.ADDRESSNUMBER, address.DISTRICT, address.ZONE) == (
        "1", "Av. General Paz", "10200", "Buenos Aires", "Villa Lugano")
    assert [(p.TYPEOFPHONE, p.COUNTRYAREACODE, p.LOCALAREACODE, p.PHONENUMBER) for p in fast.PHONES.PHONEVIEW] == [
        ("1", "54", "11", "4601-7000")]
    south = carrier(portal).GETCARRIER(USERCODE=usercode2, CARRIERCODE="000002")  # master data: any user
    assert (south.ADDRESSES.ADDRESS, south.ADDRESSES.ADDRESSNUMBER) == ("Ruta 9 km 695", None)  # no number
    blocked = carrier(portal).GETCARRIER(USERCODE=usercode, CARRIERCODE="000003")
    assert blocked.NAME == "Fletes Andinos SRL" and blocked.PHONES is None  # blocked, yet readable; no phone
    for code in ("999999", ""):
        with pytest.raises(Fault) as fault:
            carrier(portal).GETCARRIER(USERCODE=usercode, CARRIERCODE=code)
        assert (fault.value.code, fault.value.message) == ("soap:Client", "GETCARRIER : Transportadora no encontrada")


def test_a_carrier_is_not_the_portal_users_to_change(portal, usercode, server):
    def rows():
        with back_office(server) as session:
            return [(c.A4_COD, c.A4_NOME, c.A4_TEL) for c in session.scalars(select(SA4).order_by(SA4.A4_COD))]

    before = rows()
    view = serialize_object(carrier(portal).GETCARRIER(USERCODE=usercode, CARRIERCODE="000001"), dict)
    view.update(NAME="Transportes Lentos SA", USERFIELDS=None,
                ADDRESSES=serialize_object(view["ADDRESSES"], dict),
                PHONES={"PHONEVIEW": [{"TYPEOFPHONE": "1", "PHONENUMBER": "1111-1111"}]})
    for code, sent in (("000001", view), ("", dict(view, CARRIERCODE=""))):
        with pytest.raises(Fault) as fault:
            carrier(portal).PUTCARRIER(USERCODE=usercode, CARRIERCODE=code, CARRIER=sent)
        assert (fault.value.code, fault.value.message) == (
            "soap:Client", "PUTCARRIER : Las transportadoras no pueden modificarse desde el portal")
    with pytest.raises(Fault) as fault:
        carrier(portal).PUTCARRIER(USERCODE="nope", CARRIERCODE="000001", CARRIER=view)
    assert fault.value.message == "PUTCARRIER : Código de usuario inválido o sesión expirada"
    assert rows() == before


def test_kinds_of_phone_and_grids(portal):
    assert [(t.CODE, t.DESCRIPTION) for t in carrier(portal).GETTYPEOFPHONE()] == [("1", "COMERCIAL"), ("2", "FAX")]
    header = carrier(portal).GETHEADER(HEADERTYPE="CARRIERVIEW")
    assert [h.HEADERFIELD for h in header] == [
        "CARRIERCODE", "NAME", "NICKNAME", "MEANSOFTRANSPORTATION", "FEDERALID", "STATEID", "HOMEPAGE", "EMAIL",
        "SALESSUPERVISORCODE", "SALESMANAGERCODE"]
    assert [(h.HEADERFIELD, h.HEADERTITLE) for h in carrier(portal).GETHEADER(HEADERTYPE="GENERICSTRUCT")] == [
        ("CODE", "Código"), ("DESCRIPTION", "Descripción")]
    assert carrier(portal).GETHEADER(HEADERTYPE="ADDRESSVIEW")[0].HEADERFIELD == "ADDRESS"
    assert carrier(portal).GETHEADER(HEADERTYPE="PHONEVIEW")[0].HEADERFIELD == "COUNTRYAREACODE"
    assert not carrier(portal).GETHEADER(HEADERTYPE="GENERICVIEW")
