"""MTCUSTOMERSALESORDER and MTSIMULATIONSALESORDER over HTTP: placing, simulating, changing and
tracking orders through the back office's release and invoicing, on both backends.

The server is shared by every test: each test places its own orders and only releases or
invoices those (``--order``), and stays away from PA0001, whose stock other tests read."""
import concurrent.futures
import datetime as dt
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pytest
from sqlalchemy import func, select
from zeep.exceptions import Fault

from model.invoicing import invoice_orders
from model.release import release_orders
from model.tables import SB2, SC5, SC6, SC9, SE1, ZSX
from tests.service.conftest import conout_sql, log_lines
from tests.support.back_office import back_office
from tests.support.portal_client import Portal

# list prices: 00000101 buys on the general list 001, 00000102 on the wholesale list 002
LIST_PRICE = {
    "00000101": {"PA0002": Decimal("2.25"), "PA0006": Decimal("0.50"), "PA0007": Decimal("1.80")},
    "00000102": {"PA0002": Decimal("2.05"), "PA0006": Decimal("0.45"), "PA0007": Decimal("1.60")},
}
PLAN_INSTALLMENTS = {"00000101": 1, "00000102": 1}  # 002: 30 days; 001: cash


def order_view(customer_id, items, **header):
    """A SALESORDERVIEW: items are (product, quantity) or (product, quantity, {field: value})."""
    rows = []
    for n, item in enumerate(items, start=1):
        product, quantity, extra = (*item, {}) if len(item) == 2 else item
        rows.append({"ORDERITEM": f"{n:02d}", "PRODUCTID": product, "QUANTITY": quantity, **extra})
    return {"SOHEADER": {"CUSTOMERCODE": customer_id[:6], "CUSTOMERUNIT": customer_id[6:], **header},
            "SOITEM": {"SALESORDERITEMVIEW": rows}}


def items_of(view):
    return view.SOITEM.SALESORDERITEMVIEW


def money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def truncated(value):
    """As Protheus keeps a price without MV_ARREFAT: cut to the column's 2 decimals."""
    return Decimal(value).quantize(Decimal("0.01"), ROUND_DOWN)


def statuses(so, usercode, customer_id, number):
    """(item, status) of each release of the order, and the order's status."""
    releases = so.GETRELEASE(USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=number) or []
    return ([(r.ORDERITEM, r.STATUS) for r in releases],
            so.GETSTATUSRELEASE(USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=number))


def simulate(portal, usercode, view):
    return portal.service("MTSIMULATIONSALESORDER").PUTSALESORDER(USERCODE=usercode, OLDSALESORDER=view)


def fault_of(call, **kw):
    with pytest.raises(Fault) as fault:
        call(**kw)
    assert fault.value.code == "soap:Client"
    return fault.value.message


def release(server, number):
    with back_office(server) as session:
        return release_orders(session, dt.date.today(), number)


def invoice(server, number):
    with back_office(server) as session:
        return [(i.F2_DOC, i.F2_VALBRUT) for i in invoice_orders(session, dt.date.today(), number)]


def stock(server, product, warehouse="01"):
    with back_office(server) as session:
        row = session.scalars(select(SB2).where(SB2.B2_COD == product, SB2.B2_LOCAL == warehouse)).one()
        return row.B2_QATU, row.B2_RESERVA


@pytest.mark.parametrize("customer_id", ["00000101", "00000102"])
def test_an_order_from_simulation_to_invoice(portal, usercode, server, customer_id):
    so = portal.service("MTCUSTOMERSALESORDER")
    prices = LIST_PRICE[customer_id]
    view = order_view(customer_id, [("PA0002", 10), ("PA0006", 100, {"DISCOUNTPERCENTAGE": 10}), ("PA0007", 50)],
                      DISCOUNT1=5)

    # simulated first: list price, the header's discount then the item's, each cut to 2 decimals
    calc = simulate(portal, usercode, view)
    expected = {
        "PA0002": truncated(prices["PA0002"] * Decimal("0.95")),
        "PA0006": truncated(truncated(prices["PA0006"] * Decimal("0.95")) * Decimal("0.90")),
        "PA0007": truncated(prices["PA0007"] * Decimal("0.95")),
    }
    quantities = {"PA0002": 10, "PA0006": 100, "PA0007": 50}
    for item in items_of(calc):
        assert money(item.UNITLISTPRICE) == prices[item.PRODUCTID]
        assert money(item.NETUNITPRICE) == expected[item.PRODUCTID]
        assert money(item.NETTOTAL) == expected[item.PRODUCTID] * quantities[item.PRODUCTID]
        assert (item.ITEMOUTFLOWTYPE, item.FISCALOPERATION, item.WAREHOUSE) == ("501", "5102", "01")
    discounted = next(i for i in items_of(calc) if i.PRODUCTID == "PA0006")
    # the item's discount only, measured from the price after the header's
    assert money(discounted.ITEMDISCOUNTVALUE) == truncated(prices["PA0006"] * Decimal("0.95")) * 100 - money(
        discounted.NETTOTAL)
    assert not calc.SOHEADER.ORDERID and calc.SOHEADER.REGISTERDATE == dt.date.today()
    assert calc.SOHEADER.PAYMENTPLANCODE == {"00000101": "002", "00000102": "001"}[customer_id]  # the customer's

    # placed, then read back with the same totals
    number = so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID=customer_id, SALESORDER=view)
    assert len(number) == 6 and number.isdigit()
    stored = so.GETSALESORDER(USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=number)
    assert stored.SOHEADER.ORDERID == number
    assert [(i.ORDERITEM, i.PRODUCTID, i.NETUNITPRICE, i.NETTOTAL) for i in items_of(stored)] == \
           [(i.ORDERITEM, i.PRODUCTID, i.NETUNITPRICE, i.NETTOTAL) for i in items_of(calc)]
    assert statuses(so, usercode, customer_id, number) == ([], "Cartera")

    # changed while in portfolio: a quantity, an item dropped
    changed = order_view(customer_id, [("PA0002", 20), ("PA0007", 50)], ORDERID=number, DISCOUNT1=5)
    assert so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID=customer_id, SALESORDER=changed) == number
    stored = so.GETSALESORDER(USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=number)
    assert [(i.PRODUCTID, i.QUANTITY, money(i.NETTOTAL)) for i in items_of(stored)] == [
        ("PA0002", 20, expected["PA0002"] * 20), ("PA0007", 50, expected["PA0007"] * 50)]
    value = sum(money(i.NETTOTAL) for i in items_of(stored))
    ipi = sum(money(money(i.NETTOTAL) * Decimal("0.10")) for i in items_of(stored))  # per item, as SD2 keeps it

    # released by the back office: stock reserved, the items approved
    before = stock(server, "PA0002")
    assert [(r.item, r.status) for r in release(server, number)] == [("01", "2"), ("02", "2")]
    assert stock(server, "PA0002") == (before[0], before[1] + 20)
    assert statuses(so, usercode, customer_id, number) == ([("01", "Liberado"), ("02", "Liberado")], "Liberado")
    assert items_of(so.GETSALESORDER(USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=number))[0].QUANTITYAPPROVED == 20

    # no longer in portfolio: neither changed nor deleted
    refused = f"El pedido {number} ya no está en cartera: no puede modificarse ni borrarse"
    assert fault_of(so.PUTSALESORDER, USERCODE=usercode, CUSTOMERID=customer_id, SALESORDER=changed) == \
        f"PUTSALESORDER : {refused}"
    assert fault_of(so.DELSALESORDER, USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=number) == \
        f"DELSALESORDER : {refused}"

    # invoiced: SF2 with IPI (10 %), receivables per the payment plan, stock taken
    invoices = invoice(server, number)
    assert len(invoices) == 1 and invoices[0][1] == value + ipi
    assert stock(server, "PA0002") == (before[0] - 20, before[1])
    assert statuses(so, usercode, customer_id, number) == ([("01", "Facturado"), ("02", "Facturado")], "Facturado")
    with back_office(server) as session:
        bills = session.scalars(select(SE1).where(SE1.E1_PEDIDO == number)).all()
        assert len(bills) == PLAN_INSTALLMENTS[customer_id]
        assert sum(b.E1_VALOR for b in bills) == invoices[0][1]
        assert session.scalars(select(SC5.C5_NOTA).where(SC5.C5_NUM == number)).one() == invoices[0][0]
    assert invoice(server, number) == []  # nothing left to invoice


def test_an_order_over_the_credit_limit_is_blocked_for_credit(portal, usercode, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    # Suc. Norte's limit is 2,000: 50 screwdrivers at 42.00 are 2,100
    number = so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID="00000102",
                              SALESORDER=order_view("00000102", [("PA0004", 50)]))
    before = stock(server, "PA0004")
    assert [r.status for r in release(server, number)] == ["3"]
    assert statuses(so, usercode, "00000102", number) == ([("01", "Blq. de Credito")], "Blq. de Credito")
    assert stock(server, "PA0004") == before  # nothing reserved
    with back_office(server) as session:
        assert session.scalars(select(SC9.C9_BLCRED).where(SC9.C9_PEDIDO == number)).one() == "01"
    assert invoice(server, number) == []  # a blocked item is not invoiced
    assert [r.status for r in release(server, number)] == ["3"]  # re-evaluated: still over the limit


def test_an_order_over_the_available_stock_is_blocked_for_stock(portal, usercode, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID="00000101",
                              SALESORDER=order_view("00000101", [("PA0003", 10), ("PA0007", 1)]))
    assert [r.status for r in release(server, number)] == ["4", "2"]  # three hammers in stock
    assert statuses(so, usercode, "00000101", number)[0] == [("01", "Blq. de Stock"), ("02", "Liberado")]
    with back_office(server) as session:
        assert session.scalars(select(SC9.C9_BLEST).where(SC9.C9_PEDIDO == number, SC9.C9_ITEM == "01")).one() == "02"
    assert len(invoice(server, number)) == 1  # only the released item
    assert statuses(so, usercode, "00000101", number)[0] == [("01", "Blq. de Stock"), ("02", "Facturado")]


def test_a_service_needs_no_stock_to_be_released(portal, usercode, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID="00000101",
                              SALESORDER=order_view("00000101", [("SV0001", 3)]))
    assert [r.status for r in release(server, number)] == ["2"]  # TES 504 moves no stock
    assert statuses(so, usercode, "00000101", number) == ([("01", "Liberado")], "Liberado")


def test_demo_orders_released_or_invoiced_cannot_change(portal, usercode):
    so = portal.service("MTCUSTOMERSALESORDER")
    for number in ("000102", "000105"):
        assert fault_of(so.DELSALESORDER, USERCODE=usercode, CUSTOMERID="00000101", ORDERID=number) == \
            f"DELSALESORDER : El pedido {number} ya no está en cartera: no puede modificarse ni borrarse"
    assert statuses(so, usercode, "00000101", "000105") == ([(n, "Facturado") for n in ("01", "02", "03")],
                                                            "Facturado")
    assert statuses(so, usercode, "00000101", "000104") == ([("01", "Blq. de Stock")], "Blq. de Stock")


def test_an_order_in_portfolio_can_be_deleted(portal, usercode, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID="00000101",
                              SALESORDER=order_view("00000101", [("PA0007", 2)]))
    assert not so.DELSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", ORDERID=number)  # "" as Protheus
    assert fault_of(so.GETSALESORDER, USERCODE=usercode, CUSTOMERID="00000101", ORDERID=number) == \
        "GETSALESORDER : Pedido no encontrado"
    with back_office(server) as session:  # a soft delete: the rows stay, marked
        assert session.execute(select(func.count()).select_from(SC6.__table__).where(
            SC6.__table__.c.C6_NUM == number, SC6.__table__.c.D_E_L_E_T_ == "*")).scalar() == 1


def test_a410vz_in_spanish_and_nothing_written(portal, usercode, server):
    so = portal.service("MTCUSTOMERSALESORDER")
    with back_office(server) as session:
        last = session.scalars(select(ZSX.ZSX_ULTIMO).where(ZSX.ZSX_CHAVE == "SC5")).one()
        orders = session.scalar(select(func.count()).select_from(SC5))
    # the second item (PA0005) has no TES, in the item or the product
    view = order_view("00000101", [("PA0007", 1), ("PA0005", 1)])
    message = "AYUDA:A410VZ LOS CAMPOS CANTIDAD, PRECIO DE VENTA, PRECIO UNITARIO O TES ESTÁN EN BLANCO"
    assert fault_of(so.PUTSALESORDER, USERCODE=usercode, CUSTOMERID="00000101", SALESORDER=view) == (
        f"PUTSALESORDER : {message}")
    assert fault_of(portal.service("MTSIMULATIONSALESORDER").PUTSALESORDER, USERCODE=usercode,
                    OLDSALESORDER=view) == f"PUTSALESORDER : {message}"
    no_quantity = order_view("00000101", [("PA0007", 0)])
    assert "AYUDA:A410VZ" in fault_of(so.PUTSALESORDER, USERCODE=usercode, CUSTOMERID="00000101", SALESORDER=no_quantity)
    with_tes = order_view("00000101", [("PA0005", 1, {"ITEMOUTFLOWTYPE": "502"})])
    assert items_of(simulate(portal, usercode, with_tes))[0].NETTOTAL == 98
    with back_office(server) as session:
        assert session.scalars(select(ZSX.ZSX_ULTIMO).where(ZSX.ZSX_CHAVE == "SC5")).one() == last
        assert session.scalar(select(func.count()).select_from(SC5)) == orders


@pytest.mark.parametrize("header, item, message", [
    ({}, {"PRODUCTID": "NOPE"}, "PRODUCTID NOPE no registrado"),
    ({}, {"ITEMOUTFLOWTYPE": "999"}, "ITEMOUTFLOWTYPE 999 no registrado"),
    ({"PAYMENTPLANCODE": "999"}, {}, "PAYMENTPLANCODE 999 no registrado"),
    ({"CARRIERCODE": "999999"}, {}, "CARRIERCODE 999999 no registrado"),
    ({"REDELIVERYCARRIERCODE": "999999"}, {}, "REDELIVERYCARRIERCODE 999999 no registrado"),
    ({"CUSTOMERCODE": "000002"}, {}, "Cliente invalido"),
    ({"DELIVERYCUSTOMER": "000002"}, {}, "Cliente invalido"),
    ({"DELIVERYUNITCODE": "09"}, {}, "Cliente y/o Tienda no registrados."),
    ({}, {"PRODUCTID": "PA0099"}, "PRODUCTID PA0099 bloqueado"),
    ({}, {"ITEMOUTFLOWTYPE": "001"}, "Valor inválido para ITEMOUTFLOWTYPE: 001"),
    ({"DISCOUNT2": 100}, {}, "Valor inválido para DISCOUNT2: 100"),
    ({"SALESORDERCURRENCY": 9}, {}, "Valor inválido para SALESORDERCURRENCY: 9"),
    ({"APROBATIONTYPE": "3"}, {}, "Valor inválido para APROBATIONTYPE: 3"),
    ({"ORDERID": "999999"}, {}, "Pedido no encontrado"),
])
def test_each_unknown_or_wrong_code_is_a_client_fault_naming_it(portal, usercode, header, item, message):
    view = order_view("00000101", [("PA0007", 1, item)], **header)
    assert fault_of(portal.service("MTCUSTOMERSALESORDER").PUTSALESORDER, USERCODE=usercode, CUSTOMERID="00000101",
                    SALESORDER=view) == f"PUTSALESORDER : {message}"


def test_another_customers_order_is_not_found(portal, usercode, usercode2):
    so = portal.service("MTCUSTOMERSALESORDER")
    theirs = so.PUTSALESORDER(USERCODE=usercode2, CUSTOMERID="00000201",
                              SALESORDER=order_view("00000201", [("ME0003", 1)]))
    for customer_id in ("00000101", "00000102"):
        for operation in ("GETSALESORDER", "GETRELEASE", "GETSTATUSRELEASE", "DELSALESORDER"):
            assert fault_of(getattr(so, operation), USERCODE=usercode, CUSTOMERID=customer_id, ORDERID=theirs) == \
                f"{operation} : Pedido no encontrado"
    # the store 02 cannot read the head office's order either
    assert fault_of(so.GETSALESORDER, USERCODE=usercode, CUSTOMERID="00000102", ORDERID="000101") == \
        "GETSALESORDER : Pedido no encontrado"


def test_twenty_concurrent_orders_get_twenty_numbers(portal, usercode, server):
    so = portal.service("MTCUSTOMERSALESORDER")

    def place(n):
        view = order_view("00000101", [("PA0007", n + 1), ("PA0006", 10)], INVOICEMESSAGE=f"CONCURRENT {n}")
        return n, so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", SALESORDER=view)

    with concurrent.futures.ThreadPoolExecutor(max_workers=20) as pool:
        placed = dict(pool.map(place, range(20)))
    assert len(set(placed.values())) == 20
    for n, number in placed.items():
        stored = so.GETSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", ORDERID=number)
        assert stored.SOHEADER.INVOICEMESSAGE == f"CONCURRENT {n}"
        assert [(i.PRODUCTID, i.QUANTITY) for i in items_of(stored)] == [("PA0007", n + 1), ("PA0006", 10)]
    with back_office(server) as session:
        assert session.scalar(select(func.count()).select_from(SC6).where(SC6.C6_NUM.in_(placed.values()))) == 40
        assert session.scalars(select(ZSX.ZSX_ULTIMO).where(ZSX.ZSX_CHAVE == "SC5")).one() >= max(placed.values())


def test_browse_by_date_bid_number_and_filter(portal, usercode):
    so = portal.service("MTCUSTOMERSALESORDER")
    today = dt.date.today()
    by_date = so.BRWSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", REGISTERDATEFROM=today - dt.timedelta(days=10),
                               REGISTERDATETO=today - dt.timedelta(days=5))
    assert [o.ORDERID for o in by_date] == ["000103", "000104"]
    a_year = dict(REGISTERDATEFROM=today - dt.timedelta(days=365), REGISTERDATETO=today - dt.timedelta(days=1))
    by_bid = so.BRWSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", BIDNUMBERFROM="LIC001", BIDNUMBERTO="LIC001",
                              INDEXKEY="C5_EMISSAO DESC", **a_year)
    assert [(o.ORDERID, o.BIDNUMBER) for o in by_bid] == [("000101", "LIC001"), ("000104", "LIC001")]
    assert so.BRWTOTALSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", BIDNUMBERFROM="LIC001",
                                 BIDNUMBERTO="LIC001", **a_year) == 2
    paged = so.BRWSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", PAGELEN=2, PAGEFIRST=3,
                             INDEXKEY="C5_FILIAL+C5_NUM", **a_year)
    assert [o.ORDERID for o in paged] == ["000103", "000104"]
    filtered = so.BRWSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="C5_CONDPAG = '003'", **a_year)
    assert [o.ORDERID for o in filtered] == ["000105"]
    assert fault_of(so.BRWSALESORDER, USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="C6_NUM = '1'") == \
        "BRWSALESORDER : QUERYADDWHERE inválido, cerca de «C6_NUM»"


def test_bid_numbers_are_looked_up_among_the_customers_orders(portal, usercode):
    so = portal.service("MTCUSTOMERSALESORDER")
    bids = so.BRWIDORDER(USERCODE=usercode, CUSTOMERID="00000101", ORDERID="")
    assert {(o.ORDERID, o.BIDNUMBER) for o in bids} == {("000101", "LIC001"), ("000104", "LIC001"),
                                                        ("000105", "LIC002")}
    assert [o.ORDERID for o in so.BRWIDORDER(USERCODE=usercode, CUSTOMERID="00000101", ORDERID="002")] == ["000105"]
    assert not so.BRWIDORDER(USERCODE=usercode, CUSTOMERID="00000101", ORDERID="LIC003")  # cliente02's bid


def test_releases_of_a_period(portal, usercode):
    so = portal.service("MTCUSTOMERSALESORDER")
    today = dt.date.today()
    lines = so.BRWRELEASE(USERCODE=usercode, CUSTOMERID="00000101", REGISTERDATEFROM=today - dt.timedelta(days=13),
                          REGISTERDATETO=today - dt.timedelta(days=7))
    assert [(r.ORDERID, r.ORDERITEM, r.PRODUCTID, r.STATUS) for r in lines] == [
        ("000102", "01", "PA0001", "Liberado"), ("000102", "02", "PA0004", "Liberado"),
        ("000103", "01", "ME0001", "Blq. de Credito")]
    assert lines[0].QUANTITYAPPROVED == 20


def test_headers_of_the_views(portal):
    so = portal.service("MTCUSTOMERSALESORDER")
    header = {h.HEADERFIELD: h for h in so.GETHEADER(HEADERTYPE="SALESORDERHEADERVIEW")}
    assert {"ORDERID", "CUSTOMERCODE", "CUSTOMERUNIT", "PAYMENTPLANCODE"} <= set(header)
    assert header["CUSTOMERCODE"].HEADEROBLIG is True
    items = {h.HEADERFIELD: h for h in so.GETHEADER(HEADERTYPE="SALESORDERITEMVIEW")}
    assert (items["NETUNITPRICE"].HEADERTYPE, items["NETUNITPRICE"].HEADERDEC) == ("N", 2)
    assert {"ORDERITEM", "PRODUCTID", "QUANTITYAPPROVED", "STATUS"} <= {
        h.HEADERFIELD for h in so.GETHEADER(HEADERTYPE="SALESORDERRELEASE")}
    assert not so.GETHEADER(HEADERTYPE="NOPE")


def test_cliente02_is_refused_on_every_operation_for_00000101(portal, usercode2):
    so = portal.service("MTCUSTOMERSALESORDER")
    budget = portal.service("MTCUSTOMERBUDGET")
    view = order_view("00000101", [("PA0007", 1)])
    today = dt.date.today()
    calls = [
        (so.PUTSALESORDER, dict(SALESORDER=view)), (so.GETSALESORDER, dict(ORDERID="000101")),
        (so.BRWSALESORDER, {}), (so.BRWIDORDER, dict(ORDERID="")), (so.BRWTOTALSALESORDER, {}),
        (so.DELSALESORDER, dict(ORDERID="000101")), (so.GETRELEASE, dict(ORDERID="000101")),
        (so.GETSTATUSRELEASE, dict(ORDERID="000101")), (so.BRWRELEASE, {}),
        (budget.BRWBUDGET, dict(REGISTERDATEFROM=today, REGISTERDATETO=today, QUERYADDWHERE="", PAGELEN=0,
                                PAGEFIRST=0)),
        (budget.GETBUDGET, dict(BUDGETID="000001")), (budget.DELBUDGET, dict(BUDGETID="000001")),
        (budget.EFFECTBUDGET, dict(BUDGETID="000001")),
        (budget.PUTBUDGET, dict(BUDGET={"HEADER": {"CUSTOMERCODE": "000001", "CUSTOMERUNIT": "01",
                                                   "PAYMENTPLANCODE": "002"},
                                        "ITENS": {"BUDGETITENSVIEW": [{"BUDGETITEM": "01", "PRODUCTID": "PA0007",
                                                                       "QUANTITY": 1}]}})),
    ]
    for operation, args in calls:
        message = fault_of(operation, USERCODE=usercode2, CUSTOMERID="00000101", **args)
        assert message.endswith(" : Cliente y/o Tienda no registrados."), message
    # the simulations take the customer from the header
    assert fault_of(portal.service("MTSIMULATIONSALESORDER").PUTSALESORDER, USERCODE=usercode2,
                    OLDSALESORDER=view) == "PUTSALESORDER : Cliente y/o Tienda no registrados."


def test_an_order_costs_the_same_sql_whatever_its_number_of_items(conout_server):
    server = conout_server
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    so = portal.service("MTCUSTOMERSALESORDER")
    counts = {}
    for products in (["PA0002", "PA0007"], ["PA0002", "PA0007", "PA0006", "PA0004", "ME0002", "ME0003"]):
        since = log_lines(server)
        view = order_view("00000101", [(p, 1) for p in products])
        simulate(portal, code, view)
        number = so.PUTSALESORDER(USERCODE=code, CUSTOMERID="00000101", SALESORDER=view)
        so.GETSALESORDER(USERCODE=code, CUSTOMERID="00000101", ORDERID=number)
        so.PUTSALESORDER(USERCODE=code, CUSTOMERID="00000101",
                         SALESORDER=order_view("00000101", [(p, 2) for p in products], ORDERID=number))
        so.GETRELEASE(USERCODE=code, CUSTOMERID="00000101", ORDERID=number)
        ops = ("MTSIMULATIONSALESORDER.PUTSALESORDER", "MTCUSTOMERSALESORDER.PUTSALESORDER",
               "MTCUSTOMERSALESORDER.GETSALESORDER", "MTCUSTOMERSALESORDER.GETRELEASE")
        counts[len(products)] = {op: conout_sql(server, op, since) for op in ops}
    assert counts[2] == counts[6], counts
