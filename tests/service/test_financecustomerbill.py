"""FINANCECUSTOMERBILL over HTTP: open, paid and credit-note lists that partition the
customer's receivables (checked against SE1); a bill's balance today, its payments; the
grids."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from zeep.exceptions import Fault

from model.tables import SE1
from tests.support.back_office import back_office

TODAY = dt.date.today()
NOT_OWED = {"NCC", "RA"}


def bills(portal):
    return portal.service("FINANCECUSTOMERBILL")


def key(b):
    return b.PREFIX, b.BILLNUMBER, b.INSTALLMENT or "", b.BILLTYPE


def money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


@pytest.mark.parametrize("login, customer_id", [("cliente01", "00000101"), ("cliente01", "00000102"),
                                                ("cliente02", "00000201")])
def test_open_paid_and_credit_notes_partition_the_receivables(server, portal, login, customer_id):
    code = portal.login(login, login)
    fin = bills(portal)
    open_ = fin.BRWBILL(USERCODE=code, CUSTOMERID=customer_id) or []
    paid = fin.BRWPAIDBILL(USERCODE=code, CUSTOMERID=customer_id) or []
    notes = fin.BRWCREDITNOTE(USERCODE=code, CUSTOMERID=customer_id) or []
    with back_office(server) as session:
        rows = session.scalars(select(SE1).where(SE1.E1_CLIENTE == customer_id[:6],
                                                 SE1.E1_LOJA == customer_id[6:])).all()
    owed = [r for r in rows if r.E1_TIPO not in NOT_OWED]
    assert {key(b) for b in open_} == {(r.E1_PREFIXO, r.E1_NUM, r.E1_PARCELA, r.E1_TIPO) for r in owed if r.E1_SALDO}
    assert {key(b) for b in paid} == {(r.E1_PREFIXO, r.E1_NUM, r.E1_PARCELA, r.E1_TIPO) for r in owed
                                      if not r.E1_SALDO}
    assert {key(b) for b in notes} == {(r.E1_PREFIXO, r.E1_NUM, r.E1_PARCELA, r.E1_TIPO) for r in rows
                                       if r.E1_TIPO == "NCC" and r.E1_SALDO}
    assert len(open_) + len(paid) == len(owed)
    assert all(b.CUSTOMERCODE + b.UNITCUSTOMERCODE == customer_id for b in [*open_, *paid, *notes])


def test_an_overdue_bill_today(portal, usercode):
    fin = bills(portal)
    listed = next(b for b in fin.BRWBILL(USERCODE=usercode, CUSTOMERID="00000101")
                  if key(b) == ("1", "000000102", "A", "NF"))
    # due 15 days ago; the real due date is that day or the next business day, and the delay counts from it
    real = listed.REALDUEDATE
    assert listed.ISSUEDATE == TODAY - dt.timedelta(days=45) and real.weekday() < 5
    assert TODAY - dt.timedelta(days=15) <= real < TODAY - dt.timedelta(days=10)
    assert listed.DELAYINDAYS == (TODAY - real).days
    assert (listed.BALANCEVALUE, listed.CURRENCY, listed.CURRENCYSIMBOL) == (None, 1, "$")
    full = fin.GETBILL(USERCODE=usercode, CUSTOMERID="00000101", PREFIX="1", BILLNUMBER="000000102",
                       INSTALLMENT="A", BILLTYPE="NF")
    saldo = money(full.ORIGINALVALUE)  # nothing paid of it yet
    interest = (saldo * Decimal("0.0010") * listed.DELAYINDAYS).quantize(Decimal("0.01"))  # 0.10 % a day since then
    assert (money(full.BALANCEVALUE), money(full.BALANCECURRENCYVALUE)) == (saldo + interest, saldo + interest)
    assert (full.DAYLYINTERESTRATE, full.CUSTOMERNAME, full.HISTORY) == (0.1, "Ferretería El Tornillo SA",
                                                                         "VENTA S/PEDIDO 000105")


def test_a_dollar_bill_and_a_financial_discount(portal, usercode2):
    fin = bills(portal)
    dollars = fin.GETBILL(USERCODE=usercode2, CUSTOMERID="00000201", PREFIX="1", BILLNUMBER="000000105",
                          INSTALLMENT="", BILLTYPE="NF")
    assert (dollars.CURRENCY, dollars.CURRENCYSIMBOL, dollars.ORIGINALVALUE) == (2, "US$", 143.0)
    assert dollars.ORIGINALCURRENCYVALUE > 140000  # at today's dollar
    early = fin.GETBILL(USERCODE=usercode2, CUSTOMERID="00000201", PREFIX="1", BILLNUMBER="000000101",
                        INSTALLMENT="C", BILLTYPE="NF")
    assert (early.FINANCIALDISCOUNT, early.DAYSFORDISCOUNT) == (2.0, 10)
    saldo = money(early.ORIGINALVALUE)
    assert money(early.BALANCEVALUE) == saldo - (saldo * Decimal("0.02")).quantize(Decimal("0.01"))


def test_a_paid_bill_and_its_payments(portal, usercode):
    fin = bills(portal)
    listed = fin.BRWPAIDBILL(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=TODAY - dt.timedelta(days=166),
                             DATETO=TODAY - dt.timedelta(days=164))
    assert [key(b) for b in listed] == [("1", "000000087", "", "NF")]
    assert not fin.BRWPAIDBILL(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=TODAY - dt.timedelta(days=100))
    paid = fin.GETPAIDBILL(USERCODE=usercode, CUSTOMERID="00000101", PREFIX="1", BILLNUMBER="000000087",
                           INSTALLMENT="", BILLTYPE="NF")
    payments = paid.PAYMENT.PAIDBILLVIEW
    assert [(p.WRITEOFFTYPE, p.TYPEDESCRIPTION, p.REASONOFWRITEOFF, p.CURRENCY, p.CURRENCYSIMBOL) for p in payments] \
        == [("1", "Principal", "CMP", 1, "$"), ("1", "Principal", "NOR", 1, "$")]
    assert sum(money(p.VALUEPAID) for p in payments) == money(paid.BILL.ORIGINALVALUE)
    assert payments[0].VALUEPAID == 150.0 and payments[1].PAIDDATE == TODAY - dt.timedelta(days=165)
    assert (payments[1].BANK, payments[1].BANKBRANCH, payments[1].CREDITDATE) == (
        "007", "00012", TODAY - dt.timedelta(days=164))
    assert paid.BILL.BALANCEVALUE == 0
    # a bill with nothing paid yet: the bill, no payments
    unpaid = fin.GETPAIDBILL(USERCODE=usercode, CUSTOMERID="00000101", PREFIX="1", BILLNUMBER="000000102",
                             INSTALLMENT="B", BILLTYPE="NF")
    assert unpaid.BILL.BILLNUMBER == "000000102" and not unpaid.PAYMENT


def test_a_partly_paid_bill(portal, usercode2):
    paid = bills(portal).GETPAIDBILL(USERCODE=usercode2, CUSTOMERID="00000201", PREFIX="1", BILLNUMBER="000000101",
                                     INSTALLMENT="B", BILLTYPE="NF")
    assert [p.VALUEPAID for p in paid.PAYMENT.PAIDBILLVIEW] == [3000.0]
    assert money(paid.BILL.BALANCEVALUE) == money(paid.BILL.ORIGINALVALUE) - Decimal("3000.00")


def test_credit_notes_and_not_found(portal, usercode):
    fin = bills(portal)
    (note,) = fin.BRWCREDITNOTE(USERCODE=usercode, CUSTOMERID="00000101")
    assert (note.BILLTYPE, note.BILLNUMBER, note.ORIGINALVALUE, note.HISTORY) == (
        "NCC", "000000001", 23.1, "DEVOLUCION NF 000000102")
    for number, kind in (("000000101", "NF"), ("000000102", "NCC"), ("999999999", "NF")):
        with pytest.raises(Fault) as fault:
            fin.GETBILL(USERCODE=usercode, CUSTOMERID="00000101", PREFIX="1", BILLNUMBER=number, INSTALLMENT="A",
                        BILLTYPE=kind)
        assert (fault.value.code, fault.value.message) == ("soap:Client", "GETBILL : Título no encontrado")


def test_browse_order(portal, usercode2):
    fin = bills(portal)
    listed = fin.BRWBILL(USERCODE=usercode2, CUSTOMERID="00000201", INDEXKEY="E1_VENCREA DESC")
    assert [b.REALDUEDATE for b in listed] == sorted((b.REALDUEDATE for b in listed), reverse=True)
    assert [key(b) for b in fin.BRWBILL(USERCODE=usercode2, CUSTOMERID="00000201", QUERYADDWHERE="E1_MOEDA = 2")] == [
        ("1", "000000105", "", "NF")]


def test_grids(portal):
    fin = bills(portal)
    fields = [h.HEADERFIELD for h in fin.GETHEADER(HEADERTYPE="BILLVIEW")]
    assert fields[:4] == ["PREFIX", "BILLNUMBER", "INSTALLMENT", "BILLTYPE"]
    assert len(fields) == len(set(fields)) and {"DELAYINDAYS", "BALANCEVALUE", "DECREASEVALUE"} <= set(fields)
    paid = fin.GETHEADER(HEADERTYPE="PAIDBILLVIEW")
    assert [h.HEADERFIELD for h in paid][:3] == ["REASONOFWRITEOFF", "BANK", "BANKBRANCH"]
    assert not fin.GETHEADER(HEADERTYPE="NOSUCHVIEW")
