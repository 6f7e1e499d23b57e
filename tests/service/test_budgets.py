"""MTCUSTOMERBUDGET and MTSIMULATIONBUDGET over HTTP: quotes placed with the order's item rules,
listed by date, read, changed while open, deleted, and effected into an order."""
import datetime as dt
from decimal import Decimal

import pytest
from zeep.exceptions import Fault

A410VZ = "AYUDA:A410VZ LOS CAMPOS CANTIDAD, PRECIO DE VENTA, PRECIO UNITARIO O TES ESTÁN EN BLANCO"


def budget_view(customer_id, items, **header):
    rows = []
    for n, item in enumerate(items, start=1):
        product, quantity, extra = (*item, {}) if len(item) == 2 else item
        rows.append({"BUDGETITEM": f"{n:02d}", "PRODUCTID": product, "QUANTITY": quantity, **extra})
    header = {"CUSTOMERCODE": customer_id[:6], "CUSTOMERUNIT": customer_id[6:], "PAYMENTPLANCODE": "", **header}
    return {"HEADER": header, "ITENS": {"BUDGETITENSVIEW": rows}}


def items_of(view):
    return view.ITENS.BUDGETITENSVIEW


def browse(mt, usercode, customer_id, date_from, date_to, where="", **kw):
    return mt.BRWBUDGET(USERCODE=usercode, CUSTOMERID=customer_id, REGISTERDATEFROM=date_from,
                        REGISTERDATETO=date_to, QUERYADDWHERE=where, PAGELEN=0, PAGEFIRST=0, **kw) or []


def fault_of(call, **kw):
    with pytest.raises(Fault) as fault:
        call(**kw)
    assert fault.value.code == "soap:Client"
    return fault.value.message


def test_a_quote_is_simulated_created_listed_read_and_changed(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    today = dt.date.today()
    view = budget_view("00000102", [("PA0002", 100), ("PA0006", 1000, {"DISCOUNTPERCENTAGE": 10}),
                                    ("ME0003", 2, {"NETUNITPRICE": 70})])
    simulated = portal.service("MTSIMULATIONBUDGET").PUTBUDGET(USERCODE=usercode, OLDBUDGET=view)
    number = mt.PUTBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGET=view)
    quote = mt.GETBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGETID=number)
    header = quote.HEADER
    assert (header.BUDGETID, header.STATUS, header.DESCRIPTIONSTATUS, header.REGISTERDATE) == (
        number, "A", "Abierto", today)
    assert header.EXPIRATIONDATE == today + dt.timedelta(days=30)
    assert (header.PAYMENTPLANCODE, header.PRICELISTCODE) == ("001", "002")  # the customer's
    # wholesale list: 2.05, and 0.45 less 10 % cut to 2 decimals; the roller is not on it
    # (base price 75), its price was given
    rows = [(i.PRODUCTID, i.UNITLISTPRICE, i.NETUNITPRICE, i.NETTOTAL, i.ITEMOUTFLOWTYPE) for i in items_of(quote)]
    assert rows == [("PA0002", 2.05, 2.05, 205.0, "501"), ("PA0006", 0.45, 0.4, 400.0, "501"),
                    ("ME0003", 75.0, 70.0, 140.0, "501")]
    assert rows == [(i.PRODUCTID, i.UNITLISTPRICE, i.NETUNITPRICE, i.NETTOTAL, i.ITEMOUTFLOWTYPE)
                    for i in items_of(simulated)]
    assert items_of(quote)[0].PRODUCTDESCRIPTION == "TUERCA 1/4"

    assert number in [b.BUDGETID for b in browse(mt, usercode, "00000102", today, today)]
    assert mt.BRWTOTALBUDGET(USERCODE=usercode, CUSTOMERID="00000102", REGISTERDATEFROM=today,
                             REGISTERDATETO=today, QUERYADDWHERE="") >= 1

    changed = budget_view("00000102", [("PA0002", 50)], BUDGETID=number,
                          EXPIRATIONDATE=today + dt.timedelta(days=10))
    assert mt.PUTBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGET=changed) == number
    quote = mt.GETBUDGET(USERCODE=usercode, CUSTOMERID="00000102", BUDGETID=number)
    assert [(i.PRODUCTID, i.QUANTITY, i.NETTOTAL) for i in items_of(quote)] == [("PA0002", 50, 102.5)]
    assert quote.HEADER.EXPIRATIONDATE == today + dt.timedelta(days=10)


def test_demo_quotes_by_date_with_their_status(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    today = dt.date.today()
    listed = browse(mt, usercode, "00000101", today - dt.timedelta(days=40), today - dt.timedelta(days=1),
                    INDEXKEY="CJ_EMISSAO DESC")
    assert [(b.BUDGETID, b.STATUS, b.DESCRIPTIONSTATUS) for b in listed] == [
        ("000001", "A", "Abierto"), ("000002", "E", "Aprobado")]
    older = browse(mt, usercode, "00000101", today - dt.timedelta(days=90), today - dt.timedelta(days=41))
    assert [(b.BUDGETID, b.DESCRIPTIONSTATUS) for b in older] == [("000003", "Anulado")]
    filtered = browse(mt, usercode, "00000101", today - dt.timedelta(days=90), today, where="CJ_STATUS = 'E'")
    assert [b.BUDGETID for b in filtered] == ["000002"]


def test_quotes_follow_the_order_rules(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    put = mt.PUTBUDGET
    assert fault_of(put, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("PA0005", 1)])) == f"PUTBUDGET : {A410VZ}"
    assert fault_of(put, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("NOPE", 1)])) == "PUTBUDGET : PRODUCTID NOPE no registrado"
    assert fault_of(put, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000102", [("PA0002", 1)])) == "PUTBUDGET : Cliente invalido"
    assert fault_of(put, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("PA0002", 1)], PAYMENTPLANCODE="999")) == \
        "PUTBUDGET : PAYMENTPLANCODE 999 no registrado"
    yesterday = dt.date.today() - dt.timedelta(days=1)
    assert fault_of(put, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("PA0002", 1)], EXPIRATIONDATE=yesterday)) == \
        f"PUTBUDGET : Valor inválido para EXPIRATIONDATE: {yesterday.isoformat()}"
    # only an open quote changes; another customer's quote is not found
    assert fault_of(put, USERCODE=usercode, CUSTOMERID="00000101",
                    BUDGET=budget_view("00000101", [("PA0002", 1)], BUDGETID="000002")) == \
        "PUTBUDGET : El presupuesto 000002 no está abierto: no puede modificarse"
    for operation in ("GETBUDGET", "DELBUDGET", "EFFECTBUDGET"):
        assert fault_of(getattr(mt, operation), USERCODE=usercode, CUSTOMERID="00000101", BUDGETID="000004") == \
            f"{operation} : Presupuesto no encontrado"


def test_an_open_quote_is_deleted(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    number = mt.PUTBUDGET(USERCODE=usercode, CUSTOMERID="00000101", BUDGET=budget_view("00000101", [("PA0007", 3)]))
    assert not mt.DELBUDGET(USERCODE=usercode, CUSTOMERID="00000101", BUDGETID=number)  # "" as Protheus
    assert fault_of(mt.GETBUDGET, USERCODE=usercode, CUSTOMERID="00000101", BUDGETID=number) == \
        "GETBUDGET : Presupuesto no encontrado"


def test_an_effected_quote_becomes_an_order_at_its_prices(portal, usercode):
    mt = portal.service("MTCUSTOMERBUDGET")
    view = budget_view("00000101", [("PA0007", 4, {"NETUNITPRICE": Decimal("1.50")})], DISCOUNT1=0)
    number = mt.PUTBUDGET(USERCODE=usercode, CUSTOMERID="00000101", BUDGET=view)
    order = mt.EFFECTBUDGET(USERCODE=usercode, CUSTOMERID="00000101", BUDGETID=number)
    placed = portal.service("MTCUSTOMERSALESORDER").GETSALESORDER(USERCODE=usercode, CUSTOMERID="00000101",
                                                                  ORDERID=order)
    assert [(i.PRODUCTID, i.QUANTITY, i.NETUNITPRICE) for i in placed.SOITEM.SALESORDERITEMVIEW] == [
        ("PA0007", 4, 1.5)]
    quote = mt.GETBUDGET(USERCODE=usercode, CUSTOMERID="00000101", BUDGETID=number)
    assert (quote.HEADER.STATUS, quote.HEADER.DESCRIPTIONSTATUS) == ("B", "Dado de baja")
    assert fault_of(mt.EFFECTBUDGET, USERCODE=usercode, CUSTOMERID="00000101", BUDGETID=number) == \
        f"EFFECTBUDGET : El presupuesto {number} no está abierto: no puede modificarse"


def test_the_headers_of_the_quote_views(portal):
    mt = portal.service("MTCUSTOMERBUDGET")
    fields = [h.HEADERFIELD for h in mt.GETHEADER(HEADERTYPE="BUDGETITENSVIEW")]
    assert {"BUDGETITEM", "PRODUCTID", "QUANTITY", "NETUNITPRICE"} <= set(fields)
    assert "DESCRIPTIONSTATUS" in [h.HEADERFIELD for h in mt.GETHEADER(HEADERTYPE="BUDGETHEADERVIEW")]
