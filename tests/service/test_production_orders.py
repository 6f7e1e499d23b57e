"""MTCUSTOMERPRODUCTIONORDER and MTPRODUCTIONORDER over HTTP: production orders listed, counted and
read with their requirements, movements and losses, in the real namespaces; never another
customer's.

In the demo cliente02 (Pinturerías Color) holds no right to the production services; these tests
run on a server of their own where it does, so that what refuses it 00000101's orders is the
customer check, not the missing right."""
import datetime as dt

import pytest
import requests
from lxml import etree
from zeep.exceptions import Fault

from model.tables import AI6
from tests.service.conftest import conout_sql, log_lines
from tests.support.back_office import back_office
from tests.support.portal_client import Portal

TODAY = dt.date.today()
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
NAMESPACE = "http:webservices.microsiga.com.br/mtcustomerproductionorder.apw"  # sic, as the real one
PRODUCTION_SERVICES = ("MTCUSTOMERPRODUCTIONORDER", "MTPRODUCTIONORDER")
NOT_REGISTERED = "Cliente y/o Tienda no registrados."
NOT_FOUND = "Orden de producción no encontrada"


@pytest.fixture(scope="module")
def granted(backend, start_server):
    """The demo server where cliente02 also holds the right to both production services."""
    server = start_server(backend)
    with back_office(server) as session:
        session.add_all(AI6(AI6_CODUSU="000002", AI6_WEBSRV=name) for name in PRODUCTION_SERVICES)
    return server


@pytest.fixture(scope="module")
def portal(granted):
    return Portal(granted.url)


@pytest.fixture(scope="module")
def code1(portal):
    return portal.login("cliente01", "cliente01")


@pytest.fixture(scope="module")
def code2(portal):
    return portal.login("cliente02", "cliente02")


@pytest.fixture(scope="module")
def cpo(portal):
    return portal.service("MTCUSTOMERPRODUCTIONORDER")


@pytest.fixture(scope="module")
def po(portal):
    return portal.service("MTPRODUCTIONORDER")


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def numbers(orders) -> list[str]:
    return [o.POID for o in orders or []]


# --- MTCUSTOMERPRODUCTIONORDER ----------------------------------------------------------------------


def test_the_customers_orders_listed_and_counted(cpo, code1):
    mine = dict(USERCODE=code1, CUSTOMERID="00000101")
    orders = cpo.BRWPRODUCTIONORDER(**mine)
    assert [(o.POID, o.STATUS, o.SITUATION, o.TYPEOFPO, o.ORDERID) for o in orders] == [
        ("000001", "CLOSE", "S", "F", "000105"), ("000002", "OPEN", "N", "F", "000104"),
        ("000003", "OPEN", "U", "F", "000101"), ("000006", "OPEN", "N", "P", "000102")]
    assert cpo.BRWTOTALPRODUCTIONORDER(**mine) == 4
    # as the portal's page asks: a period of each kind, a page of ten, the quick search by number
    recent = dict(PODATEFROM=days(-10), PODATETO=TODAY, FINISHFORECASTDATEFROM=TODAY, FINISHFORECASTDATETO=days(30))
    assert numbers(cpo.BRWPRODUCTIONORDER(**mine, **recent, PAGELEN=10, PAGEFIRST=1)) == ["000002", "000003", "000006"]
    assert cpo.BRWTOTALPRODUCTIONORDER(**mine, **recent) == 3
    assert numbers(cpo.BRWPRODUCTIONORDER(**mine, **recent, PAGELEN=2, PAGEFIRST=3)) == ["000006"]
    assert numbers(cpo.BRWPRODUCTIONORDER(**mine, QUERYADDWHERE="C2_NUM='000003'")) == ["000003"]
    assert numbers(cpo.BRWPRODUCTIONORDER(**mine, STARTADJUSTEDDATEFROM=TODAY, INDEXKEY="C2_DATPRI DESC")) == ["000003"]
    assert numbers(cpo.BRWPRODUCTIONORDER(USERCODE=code1, CUSTOMERID="00000102")) == ["000007"]
    with pytest.raises(Fault) as none:
        cpo.BRWPRODUCTIONORDER(**mine, PODATEFROM=days(1))
    assert none.value.message == "BRWPRODUCTIONORDER : Ninguna orden de producción fue encontrada"
    assert cpo.BRWTOTALPRODUCTIONORDER(**mine, PODATEFROM=days(1)) == 0


def test_an_order_read_in_full(cpo, code1):
    mine = dict(USERCODE=code1, CUSTOMERID="00000101")
    order = cpo.GETPRODUCTIONORDER(**mine, POID="000003", POITEM="01", POSEQUENCE="001")
    assert (order.PRODUCTCODE, order.QUANTITY, order.QUANTITYPRODUCED, order.QUANTITYLOSS, order.WAREHOUSE) == (
        "PA0002", 200.0, 50.0, 3.0, "01")
    assert (order.PODATE, order.STARTFORECASTDATE, order.FINISHFORECASTDATE) == (days(-2), days(-1), days(10))
    assert (order.STARTADJUSTEDDATE, order.STARTADJUSTEDHOUR, order.FINISHADJUSTEDDATE, order.FINISHADJUSTEDHOUR) == (
        days(2), "08:00", days(12), "17:30")
    assert (order.STATUS, order.SITUATION, order.FINISHREALDATE, order.ORDERID, order.ORDERITEM) == (
        "OPEN", "U", None, "000101", "02")
    assert order.SECONDMEASUREUNITQUANTITY == 4.0 and order.NOTE == "SUSPENDIDA: FALTA MATRIZ"
    # the portal's Gantt sends the whole number in POID
    closed = cpo.GETPRODUCTIONORDER(**mine, POID="00000101001", POITEM="", POSEQUENCE="")
    assert (closed.POID, closed.STATUS, closed.FINISHREALDATE) == ("000001", "CLOSE", days(-46))


def test_requirements_movements_and_losses_of_an_order(cpo, code1):
    order = dict(USERCODE=code1, CUSTOMERID="00000101", POID="000001", POITEM="01", POSEQUENCE="001")
    requirements = cpo.BRWPOREQUIREMENTS(**order)
    assert [(r.PO, r.PRODUCTCODE, r.QUANTITY, r.BALANCE, r.LOTIDENTIFIER.LOTNUMBER) for r in requirements] == [
        ("00000101001", "MP0001", 3.6, 0.0, "TOR0501")]  # the customer's own steel, by its lot
    movements = cpo.BRWPOAPPOINTMENT(**order)
    assert [(m.TYPEOFGOODSMOVEMENTS, m.MOVEMENTTYPE, m.PRODUCTCODE, m.QUANTITY, m.QUANTITYLOSS) for m in movements] == [
        ("PR0", "010", "PA0001", 150.0, 0.0), ("RE1", "999", "MP0001", 1.8, 0.0),
        ("PR0", "010", "PA0001", 150.0, 5.0), ("RE1", "999", "MP0001", 1.86, 0.0)]
    assert (movements[0].DOCUMENT, movements[0].ISSUEDATE, movements[0].LOTIDENTIFIER.LOTNUMBER) == (
        "000001001", days(-49), "L000001")
    losses = cpo.BRWPOLOSS(**order)
    assert [(l.DATE, l.TYPEOFLOSS, l.REASONOFLOSS, l.DESCRIPTIONOFLOSS, l.PRODUCTORIGIN.PRODUCTCODE,
             l.PRODUCTORIGIN.QUANTITY, l.PRODUCTDESTINATION.PRODUCTCODE) for l in losses] == [
        (days(-47), "S", "02", "FALLA DE MAQUINA", "PA0001", 5.0, "MP0001")]
    not_started = dict(order, POID="000002")
    with pytest.raises(Fault) as nothing_made:
        cpo.BRWPOAPPOINTMENT(**not_started)
    assert nothing_made.value.message == "BRWPOAPPOINTMENT : Ninguna requisición encontrada"
    with pytest.raises(Fault) as nothing_lost:
        cpo.BRWPOLOSS(**not_started)
    assert nothing_lost.value.message == "BRWPOLOSS : Ningún registro de pérdida encontrado"
    assert [r.BALANCE for r in cpo.BRWPOREQUIREMENTS(**not_started)] == [5.0, 0.5]


def test_the_grids(cpo):
    header = cpo.GETHEADER(HEADERTYPE="PRODUCTIONORDERVIEW")
    assert [h.HEADERFIELD for h in header][:3] == ["POID", "POITEM", "POSEQUENCE"]  # the page links by them
    situation = next(h for h in header if h.HEADERFIELD == "SITUATION")
    assert situation.HEADERCOMBOBOX == "N=Normal;U=Suspendida;S=Sacramentada"
    quantity = next(h for h in header if h.HEADERFIELD == "QUANTITY")
    assert (quantity.HEADERTYPE, quantity.HEADERSIZE, quantity.HEADERDEC, quantity.HEADERTITLE) == (
        "N", 12, 2, "Cantidad")
    assert [h.HEADERFIELD for h in cpo.GETHEADER(HEADERTYPE="POPOREQUIREMENTSVIEW")][:3] == ["PO", "PRODUCTCODE",
                                                                                            "WAREHOUSE"]
    assert len(cpo.GETHEADER(HEADERTYPE="GOODSMOVEMENTSVIEW")) == 16
    assert [h.HEADERFIELD for h in cpo.GETHEADER(HEADERTYPE="POLOSSVIEW")] == [
        "DATE", "PO", "TYPEOFLOSS", "REASONOFLOSS", "DESCRIPTIONOFLOSS", "OPERATOR"]


def test_the_namespace_is_the_real_ones(granted, code1):
    """Real clients send and read http:webservices... (no //): the server answers in it."""
    body = (f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{SOAP}"><soap:Body>'
            f'<BRWTOTALPRODUCTIONORDER xmlns="{NAMESPACE}"><USERCODE>{code1}</USERCODE>'
            f'<CUSTOMERID>00000101</CUSTOMERID></BRWTOTALPRODUCTIONORDER></soap:Body></soap:Envelope>')
    answer = requests.post(f"{granted.url}/ws/MTCUSTOMERPRODUCTIONORDER.apw", data=body.encode(),
                           auth=("wsadmin", "wsadmin"),
                           headers={"Content-Type": "text/xml; charset=utf-8",
                                    "SOAPAction": f"{NAMESPACE}/BRWTOTALPRODUCTIONORDER"})
    assert answer.status_code == 200
    result = etree.fromstring(answer.content).find(f".//{{{NAMESPACE}}}BRWTOTALPRODUCTIONORDERRESULT")
    assert result.text == "4"


# --- MTPRODUCTIONORDER ----------------------------------------------------------------------------


def test_without_customerid_the_orders_of_the_users_customers(po, code1, code2):
    assert (po.GETPRODUCTIONORDER(USERCODE=code1, POID="000007").ORDERID,
            po.GETPRODUCTIONORDER(USERCODE=code1, POID="000001", POITEM="01", POSEQUENCE="001").ORDERID) == (
        "000107", "000105")  # either store of El Tornillo
    assert po.GETPRODUCTIONORDER(USERCODE=code2, POID="00000401001").PRODUCTCODE == "PA0003"
    washers = dict(USERCODE=code1, POID="000007", POITEM="01", POSEQUENCE="001")
    assert [(r.PRODUCTCODE, r.QUANTITY) for r in po.BRWPOREQUIREMENTS(**washers)] == [("MP0001", 2.0)]
    assert [m.QUANTITY for m in po.BRWPOAPPOINTMENT(**washers) if m.TYPEOFGOODSMOVEMENTS == "PR0"] == [600.0, 380.0]
    assert [(l.DESCRIPTIONOFLOSS, l.PRODUCTORIGIN.QUANTITY) for l in po.BRWPOLOSS(**washers)] == [
        ("ERROR DE OPERACION", 20.0)]
    assert po.GETHEADER(HEADERTYPE="PRODUCTIONORDERVIEW")[0].HEADERFIELD == "POID"
    with pytest.raises(Fault) as for_stock:
        po.GETPRODUCTIONORDER(USERCODE=code1, POID="000005")
    assert for_stock.value.message == f"GETPRODUCTIONORDER : {NOT_FOUND}"


def test_the_planning_operations_are_not_published(portal, code1):
    operations = portal.client("MTPRODUCTIONORDER").wsdl.bindings
    names = {op for binding in operations.values() for op in binding._operations}
    assert names == {"GETHEADER", "GETPRODUCTIONORDER", "BRWPOREQUIREMENTS", "BRWPOAPPOINTMENT", "BRWPOLOSS"}
    body = (f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{SOAP}"><soap:Body>'
            f'<DELPRODUCTIONORDER xmlns="http:webservices.microsiga.com.br/mtproductionorder.apw">'
            f'<USERCODE>{code1}</USERCODE><PONUMBER>00000201001</PONUMBER></DELPRODUCTIONORDER>'
            '</soap:Body></soap:Envelope>')
    refused = portal.post("MTPRODUCTIONORDER", body)
    assert refused.status_code == 500 and "DELPRODUCTIONORDER : Requisición inválida" in refused.text
    assert portal.service("MTPRODUCTIONORDER").GETPRODUCTIONORDER(USERCODE=code1, POID="000002").POID == "000002"


# --- never another customer's --------------------------------------------------------------------------


def test_cliente02_is_refused_every_operation_for_00000101(cpo, code2):
    ask = dict(USERCODE=code2, CUSTOMERID="00000101")
    key = dict(POID="000001", POITEM="01", POSEQUENCE="001")
    calls = {
        "BRWPRODUCTIONORDER": lambda: cpo.BRWPRODUCTIONORDER(**ask),
        "BRWTOTALPRODUCTIONORDER": lambda: cpo.BRWTOTALPRODUCTIONORDER(**ask),
        "GETPRODUCTIONORDER": lambda: cpo.GETPRODUCTIONORDER(**ask, **key),
        "BRWPOREQUIREMENTS": lambda: cpo.BRWPOREQUIREMENTS(**ask, **key),
        "BRWPOAPPOINTMENT": lambda: cpo.BRWPOAPPOINTMENT(**ask, **key),
        "BRWPOLOSS": lambda: cpo.BRWPOLOSS(**ask, **key),
    }
    for name, call in calls.items():
        with pytest.raises(Fault) as refused:
            call()
        assert refused.value.message == f"{name} : {NOT_REGISTERED}"


def test_cliente02_finds_no_order_of_el_tornillo_by_number(cpo, po, code2):
    """Through its own customer, and without a customer: every production order of El Tornillo
    reads as one that does not exist, and so do its requirements, movements and losses."""
    def refused(service, name, **ask):
        with pytest.raises(Fault) as fault:
            getattr(service, name)(**ask)
        assert fault.value.message == f"{name} : {NOT_FOUND}"

    for number in ("000001", "000002", "000003", "000006", "000007"):
        refused(cpo, "GETPRODUCTIONORDER", USERCODE=code2, CUSTOMERID="00000201", POID=number, POITEM="01",
                POSEQUENCE="001")
        refused(po, "GETPRODUCTIONORDER", USERCODE=code2, POID=number, POITEM="01", POSEQUENCE="001")
    for name in ("BRWPOREQUIREMENTS", "BRWPOAPPOINTMENT", "BRWPOLOSS"):
        refused(cpo, name, USERCODE=code2, CUSTOMERID="00000201", POID="00000101001", POITEM="", POSEQUENCE="")
        refused(po, name, USERCODE=code2, POID="000001", POITEM="01", POSEQUENCE="001")
    assert numbers(cpo.BRWPRODUCTIONORDER(USERCODE=code2, CUSTOMERID="00000201")) == ["000004"]


def test_on_the_demo_cliente02_holds_no_right_to_production_orders(server):
    demo = Portal(server.url)
    code = demo.login("cliente02", "cliente02")
    with pytest.raises(Fault) as customer:
        demo.service("MTCUSTOMERPRODUCTIONORDER").BRWTOTALPRODUCTIONORDER(USERCODE=code, CUSTOMERID="00000201")
    assert customer.value.message == ("BRWTOTALPRODUCTIONORDER : Usuario sin acceso al servicio "
                                      "MTCUSTOMERPRODUCTIONORDER")
    with pytest.raises(Fault) as bare:
        demo.service("MTPRODUCTIONORDER").GETPRODUCTIONORDER(USERCODE=code, POID="000004")
    assert bare.value.message == "GETPRODUCTIONORDER : Usuario sin acceso al servicio MTPRODUCTIONORDER"


def test_the_sql_of_a_browse_does_not_grow_with_its_page(conout_server):
    server = conout_server
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    cpo = portal.service("MTCUSTOMERPRODUCTIONORDER")
    counts = []
    for length in (1, 4):
        since = log_lines(server)
        assert len(cpo.BRWPRODUCTIONORDER(USERCODE=code, CUSTOMERID="00000101", PAGELEN=length)) == length
        counts += conout_sql(server, "MTCUSTOMERPRODUCTIONORDER.BRWPRODUCTIONORDER", since)
    assert len(counts) == 2 and counts[0] == counts[1], counts
