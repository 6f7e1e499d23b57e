"""FINANCECUSTOMERREGFORM and FINANCEREGFORM over HTTP: the form's figures against what the test
computes from the customer's bills; found by tax id only among the user's customers."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from zeep.exceptions import Fault

from model.tables import SA1, SE1
from tests.support.back_office import back_office

TODAY = dt.date.today()


def money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def expected(server, code, store):
    """The head office's figures from its bills (all in pesos) and record."""
    with back_office(server) as session:
        rows = session.scalars(select(SE1).where(SE1.E1_CLIENTE == code, SE1.E1_LOJA == store,
                                                 SE1.E1_TIPO.not_in(["NCC", "RA"]))).all()
        customer = session.scalars(select(SA1).where(SA1.A1_COD == code, SA1.A1_LOJA == store)).one()
        purchases = {}
        for r in rows:
            purchases[(r.E1_PREFIXO, r.E1_NUM)] = purchases.get((r.E1_PREFIXO, r.E1_NUM), Decimal(0)) + r.E1_VALOR
        delays = [(r.E1_BAIXA - r.E1_VENCREA).days for r in rows if r.E1_BAIXA]
        return {
            "BILLBALANCE": sum((r.E1_SALDO for r in rows if r.E1_SALDO > 0), Decimal(0)),
            "BIGGESTPURCHASE": max(purchases.values()),
            "FIRSTPURCHASE": min(r.E1_EMISSAO for r in rows), "LASTPURCHASE": max(r.E1_EMISSAO for r in rows),
            "MAJORDELAY": max([0, *delays]), "AVERAGEDELAY": (Decimal(sum(delays)) / len(delays)).quantize(
                Decimal("0.01")),
            "CREDITLIMIT": customer.A1_LC, "MATURITYOFCREDITLIMIT": customer.A1_VENCLC, "RISKRATE": customer.A1_RISCO,
            "SELLER": customer.A1_VEND, "BIGGESTBALANCE": None, "MSALDO": customer.A1_MSALDO,
        }


def check(form, wanted):
    assert money(form.BILLBALANCE) == wanted["BILLBALANCE"]
    assert money(form.BIGGESTPURCHASE) == wanted["BIGGESTPURCHASE"]
    assert money(form.BIGGESTBALANCE) == max(wanted["BILLBALANCE"], wanted["MSALDO"])
    assert (form.FIRSTPURCHASE, form.LASTPURCHASE) == (wanted["FIRSTPURCHASE"], wanted["LASTPURCHASE"])
    assert (form.MAJORDELAY, money(form.AVERAGEDELAY)) == (wanted["MAJORDELAY"], wanted["AVERAGEDELAY"])
    assert (money(form.CREDITLIMIT), form.MATURITYOFCREDITLIMIT, form.RISKRATE, form.SELLER) == (
        wanted["CREDITLIMIT"], wanted["MATURITYOFCREDITLIMIT"], wanted["RISKRATE"], wanted["SELLER"])


def test_the_form_against_the_bills(server, portal, usercode):
    form = portal.service("FINANCECUSTOMERREGFORM").GETREGFORM(USERCODE=usercode, CUSTOMERID="00000101")
    check(form, expected(server, "000001", "01"))
    assert (form.BILLSPROTESTED, form.DATEOFLASTPROTESTEDBILL) == (1, TODAY - dt.timedelta(days=150))
    assert (form.NUMBEROFCHECKSRETURNED, form.DATELASTCHECKSRETURNED) == (1, TODAY - dt.timedelta(days=120))
    # the bill balance is what BRWBILL lists
    open_bills = portal.service("FINANCECUSTOMERBILL").BRWBILL(USERCODE=usercode, CUSTOMERID="00000101")
    assert money(form.BILLBALANCE) == sum(money(b.ORIGINALVALUE) for b in open_bills)  # none paid in part


@pytest.mark.parametrize("federal_id", ["30711222339", "30-71122233-9"])
def test_the_form_by_tax_id(server, portal, usercode, federal_id):
    form = portal.service("FINANCEREGFORM").GETREGFORM(USERCODE=usercode, FEDERALID=federal_id)
    check(form, expected(server, "000001", "01"))  # the first of the user's stores with it


def test_another_customers_tax_id_is_not_found(portal, usercode, usercode2):
    regform = portal.service("FINANCEREGFORM")
    assert regform.GETREGFORM(USERCODE=usercode2, FEDERALID="30755666773").RISKRATE == "A"  # its own
    for code, federal_id in ((usercode2, "30711222339"), (usercode, "30755666773"), (usercode, "30788999009")):
        with pytest.raises(Fault) as fault:
            regform.GETREGFORM(USERCODE=code, FEDERALID=federal_id)
        assert (fault.value.code, fault.value.message) == ("soap:Client", "GETREGFORM : CUIT/CGC no encontrado")


def test_grids(portal):
    for name in ("FINANCECUSTOMERREGFORM", "FINANCEREGFORM"):
        fields = [h.HEADERFIELD for h in portal.service(name).GETHEADER()]
        assert fields[:3] == ["MATURITYOFCREDITLIMIT", "SELLER", "NUMBEROFCHECKSRETURNED"] and len(fields) == 17
