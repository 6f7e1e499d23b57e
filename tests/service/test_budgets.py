"""MTCUSTOMERBUDGET over HTTP: quotes placed with the order's item rules, listed by date, read,
changed while open."""
import datetime as dt

import pytest
from zeep.exceptions import Fault


def budget_view(customer_id, items, **header):
    rows = []
    for n, item in enumerate(items, start=1):
        product, quantity, extra = (*item, {}) if len(item) == 2 else item
        rows.append({"ORDERITEM": f"{n:02d}", "PRODUCTID": product, "QUANTITY": quantity, **extra})
    return {"BDHEADER": {"CUSTOMERCODE": customer_id[:6], "CUSTOMERUNIT": customer_id[6:], **header},
            "BDITEM": {"BUDGETITEMVIEW": rows}}


def fault_of(call, **kw):
    with pytest.raises(Fault) as fault:
        call(**kw)
    assert fault.value.code == "soap:Client"
    return fault.value.message


def test_a_quote_is_created_listed_by_date_read_and_changed(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    today = dt.date.today()
    view = budget_view("00000102", [("PA0002", 100), ("PA0006", 1000, {"DISCOUNTPERCENTAGE": 10}),
                                    ("ME0003", 2, {"NETUNITPRICE": 70})])
    number = mt.PUTBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGET=view)
    quote = mt.GETBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGETID=number)
    header, items = quote.BDHEADER, quote.BDITEM.BUDGETITEMVIEW
    assert (header.BUDGETID, header.STATUSCODE, header.STATUS, header.REGISTERDATE) == (number, "A", "Abierto", today)
    assert header.VALIDITYDATE == today + dt.timedelta(days=30)
    assert (header.PAYMENTPLANCODE, header.PRICELISTCODE, header.CURRENCY) == ("001", "002", 1)
    # wholesale list: 2.05 and 0.45 less 10 %; the roller is not on it (base price 75), its price was given
    assert [(i.PRODUCTID, i.UNITLISTPRICE, i.NETUNITPRICE, i.NETTOTAL, i.ITEMOUTFLOWTYPE) for i in items] == [
        ("PA0002", 2.05, 2.05, 205.0, "501"), ("PA0006", 0.45, 0.405, 405.0, "501"), ("ME0003", 75.0, 70.0, 140.0, "501")]
    assert header.TOTALVALUE == 750.0 and items[0].PRODUCTDESCRIPTION == "TUERCA 1/4"

    listed = mt.BRWBUDGET(USERCODE=usercode, CUSTOMERID="00000102", REGISTERDATEFROM=today, REGISTERDATETO=today)
    assert number in [b.BUDGETID for b in listed]
    assert next(b for b in listed if b.BUDGETID == number).TOTALVALUE == 750.0

    changed = budget_view("00000102", [("PA0002", 50)], BUDGETID=number, VALIDITYDATE=today + dt.timedelta(days=10))
    assert mt.PUTBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGET=changed) == number
    quote = mt.GETBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGETID=number)
    assert [(i.PRODUCTID, i.QUANTITY) for i in quote.BDITEM.BUDGETITEMVIEW] == [("PA0002", 50)]
    assert quote.BDHEADER.TOTALVALUE == 102.5 and quote.BDHEADER.VALIDITYDATE == today + dt.timedelta(days=10)


def test_demo_quotes_by_date_with_their_status(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    today = dt.date.today()
    listed = mt.BRWBUDGET(USERCODE=usercode, CUSTOMERID="00000101", REGISTERDATEFROM=today - dt.timedelta(days=40),
                          REGISTERDATETO=today - dt.timedelta(days=1), INDEXKEY="CJ_EMISSAO DESC")
    assert [(b.BUDGETID, b.STATUSCODE, b.STATUS) for b in listed] == [("000001", "A", "Abierto"),
                                                                      ("000002", "B", "Aprobado")]
    assert listed[0].TOTALVALUE == 1275.0  # 50 x 10.50 + 500 x 0.50 + 4 x 125
    older = mt.BRWBUDGET(USERCODE=usercode, CUSTOMERID="00000101", REGISTERDATETO=today - dt.timedelta(days=41))
    assert [(b.BUDGETID, b.STATUS) for b in older] == [("000003", "Cancelado")]
    filtered = mt.BRWBUDGET(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="CJ_STATUS = 'B'")
    assert [b.BUDGETID for b in filtered] == ["000002"]


def test_quotes_follow_the_order_rules(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    assert fault_of(mt.PUTBUDGET, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("PA0005", 1)])) == (
        "PUTBUDGET : AYUDA:A410VZ LOS CAMPOS CANTIDAD, PRECIO DE VENTA, PRECIO UNITARIO O TES ESTÁN EN BLANCO")
    assert fault_of(mt.PUTBUDGET, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("NOPE", 1)])) == "PUTBUDGET : PRODUCTID NOPE no registrado"
    assert fault_of(mt.PUTBUDGET, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000102", [("PA0002", 1)])) == "PUTBUDGET : Cliente invalido"
    assert fault_of(mt.PUTBUDGET, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("PA0002", 1)], PAYMENTPLANCODE="999")) == \
        "PUTBUDGET : PAYMENTPLANCODE 999 no registrado"
    # only an open quote changes; another customer's quote is not found
    assert fault_of(mt.PUTBUDGET, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("PA0002", 1)], BUDGETID="000002")) == \
        "PUTBUDGET : El presupuesto 000002 no está abierto: no puede modificarse"
    assert fault_of(mt.GETBUDGET, USERCODE=usercode, CUSTOMERID="00000101", BUDGETID="000004") == \
        "GETBUDGET : Presupuesto no encontrado"
    header = mt.GETHEADER(HEADERTYPE="BUDGETITEMVIEW")
    assert [h.HEADERFIELD for h in header][:3] == ["ORDERITEM", "PRODUCTID", "QUANTITY"]
