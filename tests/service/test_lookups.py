"""The look-ups of the order form over HTTP: MTPAYMENTPLAN, MTCARRIER, MTCURRENCY."""
import pytest
from zeep.exceptions import Fault


def test_payment_plans(portal):
    plans = portal.service("MTPAYMENTPLAN").BRWPAYMENTPLAN()
    assert [(p.PAYMENTPLANCODE, p.DESCRIPTION, p.INSTALLMENTDAYS) for p in plans] == [
        ("001", "Contado", "0"), ("002", "30 días", "30"), ("003", "30/60/90", "30,60,90")]
    assert [p.PAYMENTPLANCODE for p in portal.service("MTPAYMENTPLAN").BRWPAYMENTPLAN(PAGELEN=1, PAGEFIRST=2)] == ["002"]
    only = portal.service("MTPAYMENTPLAN").BRWPAYMENTPLAN(QUERYADDWHERE="E4_COND LIKE '%,%'")
    assert [p.PAYMENTPLANCODE for p in only] == ["003"]


def test_carriers(portal, usercode):
    carrier = portal.service("MTCARRIER")
    assert [(c.CODE, c.DESCRIPTION) for c in carrier.BRWCARRIER(USERCODE=usercode)] == [
        ("000001", "Transportes Rápidos SA"), ("000002", "Logística del Sur")]
    assert [c.CODE for c in carrier.BRWCARRIER(USERCODE=usercode, NAMELIKE="sur")] == ["000002"]
    assert [c.CODE for c in carrier.BRWCARRIER(USERCODE=usercode, NICKNAMELIKE="RAPID%")] == ["000001"]
    assert [c.CODE for c in carrier.BRWCARRIER(USERCODE=usercode, INDEXKEY="A4_NOME DESC")] == ["000001", "000002"]
    with pytest.raises(Fault) as fault:
        carrier.BRWCARRIER(USERCODE="nope")
    assert fault.value.message == "BRWCARRIER : Código de usuario inválido o sesión expirada"


def test_currencies(portal, usercode):
    currencies = portal.service("MTCURRENCY").BRWCURRENCY(USERCODE=usercode)
    assert [(c.CODE, c.DESCRIPTION) for c in currencies] == [
        ("1", "PESOS"), ("2", "DOLARES"), ("3", "EUROS"), ("4", "UFIR"), ("5", "YENES")]


def test_lookup_headers(portal):
    assert [h.HEADERFIELD for h in portal.service("MTCARRIER").GETHEADER(HEADERTYPE="GENERICVIEW")] == ["CODE", "DESCRIPTION"]
    assert portal.service("MTPAYMENTPLAN").GETHEADER(HEADERTYPE="PAYMENTPLANVIEW")[0].HEADERFIELD == "PAYMENTPLANCODE"
