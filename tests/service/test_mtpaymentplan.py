"""MTPAYMENTPLAN over HTTP: the payment plans, as the order form's look-up asks for them."""
import pytest
from sqlalchemy import update
from zeep.exceptions import Fault

from model.tables import SE4
from tests.support.back_office import back_office


def plans(portal, **kw):
    return portal.service("MTPAYMENTPLAN").BRWPAYMENTPLAN(**kw)


def test_every_plan_with_its_fields(portal):
    found = plans(portal)
    assert [(p.PAYMENTPLANCODE, p.DESCRIPTIONPAYMENTPLAN, p.RULEOFPAYMENTPLAN) for p in found] == [
        ("001", "Contado", "0"), ("002", "30 días", "30"), ("003", "30/60/90", "30,60,90")]
    cash = found[0]
    assert (cash.TYPEOFPAYMENTPLAN, cash.DAYSOFPAYMENTPLAN, cash.DESCRIPTIONDAYSOFPAYMENTPLAN) == (
        "1", "D", "Fecha del día")
    assert (cash.FINANCIALDISCOUNT, cash.DAYSFORFINANCIALDISCOUNT, cash.FINANCIALINCREASE) == (2.0, 5, 0.0)


def test_paged_and_filtered_as_the_look_up_sends_it(portal):
    assert [p.PAYMENTPLANCODE for p in plans(portal, PAGELEN=1, PAGEFIRST=2)] == ["002"]
    assert [p.PAYMENTPLANCODE for p in plans(portal, PAGELEN=10, PAGEFIRST=1)] == ["001", "002", "003"]
    assert [p.PAYMENTPLANCODE for p in plans(portal, PAGELEN=0, PAGEFIRST=0)] == ["001", "002", "003"]
    # the look-up's own filters, trailing space included
    assert [p.PAYMENTPLANCODE for p in plans(portal, PAGELEN=10, PAGEFIRST=1,
                                             QUERYADDWHERE="E4_DESCRI LIKE '%días%' ")] == ["002"]
    assert [p.PAYMENTPLANCODE for p in plans(portal, QUERYADDWHERE="E4_CODIGO LIKE '%3%' ")] == ["003"]
    assert [p.PAYMENTPLANCODE for p in plans(portal, QUERYADDWHERE="E4_COND LIKE '%,%'")] == ["003"]
    with pytest.raises(Fault) as fault:
        plans(portal, QUERYADDWHERE="E4_DESCRI LIKE '%x%' ; DELETE FROM SE4010")
    assert fault.value.message == "BRWPAYMENTPLAN : QUERYADDWHERE inválido, cerca de «;»"
    with pytest.raises(Fault) as fault:
        plans(portal, PAGELEN=-1)
    assert fault.value.message == "BRWPAYMENTPLAN : Valor inválido para PAGELEN: -1"


def test_a_blocked_plan_is_left_out(portal, server):
    with back_office(server) as session:
        session.execute(update(SE4).where(SE4.E4_CODIGO == "002").values(E4_MSBLQL="1"))
    try:
        assert [p.PAYMENTPLANCODE for p in plans(portal)] == ["001", "003"]
    finally:
        with back_office(server) as session:
            session.execute(update(SE4).where(SE4.E4_CODIGO == "002").values(E4_MSBLQL="2"))


def test_the_grid(portal):
    header = portal.service("MTPAYMENTPLAN").GETHEADER()
    assert [h.HEADERFIELD for h in header] == [
        "PAYMENTPLANCODE", "TYPEOFPAYMENTPLAN", "RULEOFPAYMENTPLAN", "DESCRIPTIONPAYMENTPLAN", "DAYSOFPAYMENTPLAN",
        "DESCRIPTIONDAYSOFPAYMENTPLAN", "FINANCIALDISCOUNT", "DAYSFORFINANCIALDISCOUNT", "FINANCIALINCREASE"]
    fields = {h.HEADERFIELD: h for h in header}
    assert fields["DAYSOFPAYMENTPLAN"].HEADERCOMBOBOX.startswith("D=Fecha del día;L=Fuera el día;")
    assert (fields["FINANCIALDISCOUNT"].HEADERTYPE, fields["FINANCIALDISCOUNT"].HEADERPICTURE) == ("N", "@E 999.99")
    assert (fields["RULEOFPAYMENTPLAN"].HEADERSIZE, fields["DESCRIPTIONPAYMENTPLAN"].HEADERSIZE) == (40, 15)


def test_only_the_http_layer_protects_it(server):
    from tests.support.portal_client import Portal

    response = Portal(server.url, auth=None).post("MTPAYMENTPLAN", "<x/>")
    assert response.status_code == 401
