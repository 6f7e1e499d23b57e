"""The sales and credit rules as a portal user sees them over HTTP, on both backends: Distribuidora
Patagonia's stores (user ``patagonia``) each show one rule of the credit decision; an order's
approved quantity through its life (portfolio, released, invoiced); net prices and totals of a
three-level discount, truncated or rounded as MV_ARREFAT says.

Only Patagonia's stores are used here, so the other tests' customers are left alone."""
import datetime as dt
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import select

from model import business_days
from model.invoicing import invoice_orders
from model.release import release_orders
from model.tables import SA1, SB2, SC6, SC9, SE1, SX6
from tests.support.back_office import back_office

D = Decimal
CENT = D("0.01")


@pytest.fixture
def patagonia(portal) -> str:
    return portal.login("patagonia", "patagonia")


def releases(so, usercode, customer_id, number):
    found = so.GETRELEASE(USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=number) or []
    return [(r.ORDERITEM, r.STATUS) for r in found], so.GETSTATUSRELEASE(USERCODE=usercode, CUSTOMERID=customer_id,
                                                                          ORDERID=number)


def items_of(view):
    return view.SOITEM.SALESORDERITEMVIEW


def amounts(item, *fields):
    """Fields of an item as decimals (the wire's numbers come as floats)."""
    return tuple(D(str(getattr(item, name))) for name in fields)


def test_each_store_shows_one_rule_of_the_credit_decision(portal, patagonia, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    # risk A with its limit expired 15 days ago: blocked all the same (04)
    assert releases(so, patagonia, "00000401", "000401") == ([("01", "Blq. de Credito")], "Blq. de Credito")
    # risk B owing a bill due 45 days ago (MV_RISCOB 30): the screws (TES 501) are blocked, the washers
    # sent on TES 503 (no receivables) are released without a credit evaluation
    assert releases(so, patagonia, "00000402", "000402") == (
        [("01", "Blq. de Credito"), ("02", "Liberado")], "Liberado con Blq. de Credito")
    # risk C owing 4,000 with a credit note of 1,500: 2,250.00 fits its 5,000
    assert releases(so, patagonia, "00000403", "000403") == ([("01", "Liberado")], "Liberado")
    # released as a whole: the second item is over the limit, so neither passes
    assert releases(so, patagonia, "00000404", "000404") == (
        [("01", "Blq. de Credito"), ("02", "Blq. de Credito")], "Blq. de Credito")
    with back_office(server) as session:
        codes = {number + item: f"{blcred}/{blest}" for number, item, blcred, blest in session.execute(
            select(SC9.C9_PEDIDO, SC9.C9_ITEM, SC9.C9_BLCRED, SC9.C9_BLEST)
            .where(SC9.C9_PEDIDO.in_(["000401", "000402", "000404"])))}
        assert codes == {"00040101": "04/", "00040201": "01/", "00040202": "/", "00040401": "01/02",
                         "00040402": "01/02"}
        bariloche = session.scalars(select(SA1).where(SA1.A1_COD == "000004", SA1.A1_LOJA == "03")).one()
        assert bariloche.A1_SALDUP == D("2500.00")  # 4,000.00 owed less the open credit note's 1,500.00
    # the other stores' orders are not this user's to read, store by store
    assert so.GETSALESORDER(USERCODE=patagonia, CUSTOMERID="00000402", ORDERID="000402").SOHEADER.ORDERID == "000402"
    with pytest.raises(Exception) as fault:
        so.GETSALESORDER(USERCODE=patagonia, CUSTOMERID="00000401", ORDERID="000402")
    assert "Pedido no encontrado" in str(fault.value)


def stock(session, product):
    row = session.scalars(select(SB2).where(SB2.B2_COD == product, SB2.B2_LOCAL == "01")).one()
    return row.B2_QATU, row.B2_RESERVA, row.B2_QPEDVEN


def test_the_approved_quantity_through_an_orders_life(portal, patagonia, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    customer = "00000403"
    view = {"SOHEADER": {"CUSTOMERCODE": "000004", "CUSTOMERUNIT": "03"},
            "SOITEM": {"SALESORDERITEMVIEW": [{"ORDERITEM": "01", "PRODUCTID": "PA0006", "QUANTITY": 40}]}}
    with back_office(server) as session:
        before = stock(session, "PA0006")
    number = so.PUTSALESORDER(USERCODE=patagonia, CUSTOMERID=customer, SALESORDER=view)

    def seen():
        item = items_of(so.GETSALESORDER(USERCODE=patagonia, CUSTOMERID=customer, ORDERID=number))[0]
        return item.QUANTITY, item.QUANTITYAPPROVED, item.QUANTITYDELIVERED

    # in portfolio: nothing approved, the 40 washers are on order (B2_QPEDVEN)
    assert seen() == (40, 0, 0)
    assert releases(so, patagonia, customer, number) == ([], "Cartera")
    with back_office(server) as session:
        assert stock(session, "PA0006") == (before[0], before[1], before[2] + 40)

    # released: approved (C6_QTDEMP) and reserved
    with back_office(server) as session:
        assert [r.status for r in release_orders(session, dt.date.today(), number)] == ["2"]
    assert seen() == (40, 40, 0)
    assert releases(so, patagonia, customer, number) == ([("01", "Liberado")], "Liberado")
    with back_office(server) as session:
        assert stock(session, "PA0006") == (before[0], before[1] + 40, before[2])
        item = session.scalars(select(SC6).where(SC6.C6_NUM == number)).one()
        assert item.C6_QTDLIB == 0  # the quantity to release goes back to 0

    # invoiced: delivered, no longer approved; the release keeps its quantity
    with back_office(server) as session:
        (invoice,) = invoice_orders(session, dt.date.today(), number)
        doc, gross = invoice.F2_DOC, invoice.F2_VALBRUT
    assert seen() == (40, 0, 40)
    found = so.GETRELEASE(USERCODE=patagonia, CUSTOMERID=customer, ORDERID=number)
    assert [(r.QUANTITYAPPROVED, r.STATUS) for r in found] == [(40, "Facturado")]
    with back_office(server) as session:
        assert stock(session, "PA0006") == (before[0] - 40, before[1], before[2])
        (bill,) = session.scalars(select(SE1).where(SE1.E1_NUM == doc)).all()  # plan 002: 30 days
        assert bill.E1_VALOR == gross == D("22.00")  # 40 x 0.50 + IPI 10 %
        assert bill.E1_VENCTO == dt.date.today() + dt.timedelta(days=30)  # MV_DIACONT 2 in the demo
        calendar = business_days.calendar(session)
        assert bill.E1_VENCREA == calendar.valid(bill.E1_VENCTO) and calendar.is_business_day(bill.E1_VENCREA)


def test_a_blocked_release_counts_as_approved_until_invoiced(portal, patagonia, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    view = {"SOHEADER": {"CUSTOMERCODE": "000004", "CUSTOMERUNIT": "01"},
            "SOITEM": {"SALESORDERITEMVIEW": [{"ORDERITEM": "01", "PRODUCTID": "PA0006", "QUANTITY": 10}]}}
    number = so.PUTSALESORDER(USERCODE=patagonia, CUSTOMERID="00000401", SALESORDER=view)
    with back_office(server) as session:
        assert [r.status for r in release_orders(session, dt.date.today(), number)] == ["3"]  # the expired limit
    item = items_of(so.GETSALESORDER(USERCODE=patagonia, CUSTOMERID="00000401", ORDERID=number))[0]
    assert (item.QUANTITYAPPROVED, item.QUANTITYDELIVERED) == (10, 0)  # C6_QTDEMP holds blocked releases too
    with back_office(server) as session:
        assert invoice_orders(session, dt.date.today(), number) == []


def set_arrefat(server, value):
    with back_office(server) as session:
        for row in session.scalars(select(SX6).where(SX6.X6_VAR == "MV_ARREFAT")):
            row.X6_CONTEUD = row.X6_CONTSPA = row.X6_CONTENG = value


def test_net_prices_and_totals_of_a_three_level_discount(portal, patagonia, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    stored = so.GETSALESORDER(USERCODE=patagonia, CUSTOMERID="00000403", ORDERID="000405")
    assert (stored.SOHEADER.DISCOUNT1, stored.SOHEADER.DISCOUNT2) == (3, 5)
    (item,) = items_of(stored)
    # 10.50 less 3 % less 5 % = 9.676125 -> 9.67 (truncated, MV_ARREFAT N); less 2 % = 9.4766 -> 9.47
    assert amounts(item, "UNITLISTPRICE", "DISCOUNTPERCENTAGE", "NETUNITPRICE") == (D("10.50"), 2, D("9.47"))
    assert amounts(item, "NETTOTAL") == (D("113.64"),)  # 12 x 9.47
    assert amounts(item, "ITEMDISCOUNTVALUE") == (D("2.40"),)  # the item's own discount only: 12 x 9.67 - 113.64
    expected = (D("10.50") * D("0.97") * D("0.95")).quantize(CENT, ROUND_DOWN)
    assert (expected * D("0.98")).quantize(CENT, ROUND_DOWN) == D("9.47")

    # the same order again with MV_ARREFAT S: rounded at each step, 9.68 then 9.4864 -> 9.49
    view = {"SOHEADER": {"CUSTOMERCODE": "000004", "CUSTOMERUNIT": "03", "DISCOUNT1": 3, "DISCOUNT2": 5},
            "SOITEM": {"SALESORDERITEMVIEW": [{"ORDERITEM": "01", "PRODUCTID": "PA0001", "QUANTITY": 12,
                                               "DISCOUNTPERCENTAGE": 2}]}}
    calc = portal.service("MTSIMULATIONSALESORDER")
    truncated = items_of(calc.PUTSALESORDER(USERCODE=patagonia, OLDSALESORDER=view))[0]
    assert amounts(truncated, "NETUNITPRICE", "NETTOTAL") == (D("9.47"), D("113.64"))
    set_arrefat(server, "S")
    try:
        rounded = items_of(calc.PUTSALESORDER(USERCODE=patagonia, OLDSALESORDER=view))[0]
    finally:
        set_arrefat(server, "N")
    header = (D("10.50") * D("0.97") * D("0.95")).quantize(CENT, ROUND_HALF_UP)
    assert header == D("9.68")
    assert amounts(rounded, "NETUNITPRICE", "NETTOTAL", "ITEMDISCOUNTVALUE") == (
        D("9.49"), D("113.88"), D("2.28"))  # 12 x 9.68 - 113.88
