"""MTCUSTOMERPRODUCT over HTTP: the customer's own catalog with MTPRODUCT's prices, discount,
picture, stock and inventory, the customer's material in our hands and the remittances between
us, and no other customer's anything."""
import datetime as dt

import pytest
from zeep.exceptions import Fault

from tests.service.conftest import conout_sql, log_lines
from tests.support.portal_client import Portal

TODAY = dt.date.today()
NOT_REGISTERED = "Cliente y/o Tienda no registrados."


@pytest.fixture
def mt(portal):
    return portal.service("MTCUSTOMERPRODUCT")


def test_the_catalog_is_the_customers_with_mtproducts_filters_and_paging(mt, usercode):
    catalog = mt.GETCATALOG(USERCODE=usercode, CUSTOMERID="00000101")
    assert [p.PRODUCTCODE for p in catalog] == ["MP0001", "MP0002", "PA0001", "PA0002", "PA0003", "PA0004"]
    steel = catalog[0]
    assert (steel.DESCRIPTION, steel.DESCRIPTIONTYPEOFPRODUCT, steel.DESCRIPTIONGROUPOFPRODUCT, steel.MEASUREUNIT) == (
        "ACERO EN BARRA", "Materia prima", "MATERIAS PRIMAS", "KG")
    page = mt.GETCATALOG(USERCODE=usercode, CUSTOMERID="00000101", TYPEOFPRODUCTIN="PA", INDEXKEY="B1_DESC DESC",
                         PAGELEN=2, PAGEFIRST=3)
    assert [p.DESCRIPTION for p in page] == ["MARTILLO CARPINTERO", "DESTORNILLADOR PHILLIPS"]
    assert [p.PRODUCTCODE for p in mt.GETCATALOG(USERCODE=usercode, CUSTOMERID="00000102")] == ["PA0002", "PA0006"]
    with pytest.raises(Fault) as empty:
        mt.GETCATALOG(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="B1_TIPO = 'SV'")
    assert empty.value.message == "GETCATALOG : Ningún producto fue encontrado"


def test_the_customers_material_in_our_hands(mt, usercode, usercode2):
    held = mt.GETEXTERNALINVENTORY(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="MP0001,MP0002")
    assert [(h.PRODUCTCODE, h.WAREHOUSE, h.QUANTITY, h.COST, h.CURRENCYSIMBOL) for h in held] == [
        ("MP0001", "01", 320.0, 4800.0, "$"), ("MP0002", "01", 100.0, 6000.0, "$")]
    steel = held[0]
    received = steel.INVOICEFROM.INVOICEHEADERVIEW
    assert [(i.INVOICETYPE, i.SERIALNUMBER, i.INVOICENUMBER, i.FROMROLE.CODE, i.FROMROLE.DESCRIPTION)
            for i in received] == [("E/B", "1", "000000501", "00000101", "Ferretería El Tornillo SA")]
    assert (received[0].REGISTERDATE, received[0].INVOICEDATE) == (TODAY - dt.timedelta(days=61),
                                                                   TODAY - dt.timedelta(days=60))
    returned = steel.INVOICETO.INVOICEHEADERVIEW
    assert [(i.INVOICETYPE, i.INVOICENUMBER, i.TOROLE.CODE, i.CARRIER.DESCRIPTION) for i in returned] == [
        ("S/N", "000000003", "00000101", "Transportes Rápidos SA"),
        ("S/N", "000000004", "00000101", "Transportes Rápidos SA")]
    assert returned[0].PACKAGESVOLUMES.GENERICSTRUCT[0].VALUE == 100.0
    # none of it for Color: neither El Tornillo's steel nor its resin, only Color's own resin
    assert not mt.GETEXTERNALINVENTORY(USERCODE=usercode2, CUSTOMERID="00000201", PRODUCTCODE="MP0001")  # empty
    color = mt.GETEXTERNALINVENTORY(USERCODE=usercode2, CUSTOMERID="00000201", PRODUCTCODE="MP0002")
    assert [(h.PRODUCTCODE, h.QUANTITY) for h in color] == [("MP0002", 30.0)]
    assert [i.INVOICENUMBER for i in color[0].INVOICEFROM.INVOICEHEADERVIEW] == ["000000510"]


def test_the_remittance_invoices_and_their_returns(mt, usercode):
    """As the portal's page asks them: the last year, the kind of the inventory line chosen."""
    ask = dict(USERCODE=usercode, CUSTOMERID="00000101", REGISTERDATEFROM=TODAY - dt.timedelta(days=365),
               REGISTERDATETO=TODAY)
    theirs = mt.BRWEXTERNALINVOICE(**ask, PRODUCTCODE="MP0001", TYPEOFMOVEMENT="D")
    assert [(r.INVOICESHIPMENT.INVOICENUMBER, r.INVOICESHIPMENT.INVOICETYPE, r.STATUS) for r in theirs] == [
        ("000000480", "E/B", "CLOSE"), ("000000501", "E/B", "OPEN")]
    assert [[i.INVOICENUMBER for i in r.INVOICERETURN.INVOICEHEADERVIEW] for r in theirs] == [
        ["000000002"], ["000000003", "000000004"]]
    ours = mt.BRWEXTERNALINVOICE(**ask, PRODUCTCODE="PA0001", TYPEOFMOVEMENT="E")
    assert [(r.INVOICESHIPMENT.INVOICETYPE, r.INVOICESHIPMENT.INVOICENUMBER, r.STATUS) for r in ours] == [
        ("S/N", "000000001", "OPEN")]
    assert [(i.INVOICETYPE, i.INVOICENUMBER) for i in ours[0].INVOICERETURN.INVOICEHEADERVIEW] == [("E/B", "000000530")]
    recent = mt.BRWEXTERNALINVOICE(**dict(ask, REGISTERDATEFROM=TODAY - dt.timedelta(days=90)), PRODUCTCODE="MP0001",
                                   TYPEOFMOVEMENT="D", PAGELEN=1)
    assert [r.INVOICESHIPMENT.INVOICENUMBER for r in recent] == ["000000501"]
    with pytest.raises(Fault) as bad_kind:
        mt.BRWEXTERNALINVOICE(**ask, PRODUCTCODE="MP0001", TYPEOFMOVEMENT="X")
    assert bad_kind.value.message == "BRWEXTERNALINVOICE : Valor inválido para TYPEOFMOVEMENT: X"


def available(server, product, warehouse="01"):
    """What the stock shows as available, read from the database (other tests on the shared
    server reserve stock)."""
    from sqlalchemy import select

    from model.tables import SB2
    from tests.support.back_office import back_office

    with back_office(server) as session:
        row = session.scalars(select(SB2).where(SB2.B2_COD == product, SB2.B2_LOCAL == warehouse)).one()
        return float(row.B2_QATU - row.B2_RESERVA - row.B2_QEMP)


def test_prices_discount_picture_stock_and_inventory_of_a_catalog_product(mt, usercode, server):
    prices = mt.GETPRICE(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="PA0001")
    assert [(p.PRICETABLECODE, p.PRICE) for p in prices] == [("1", 10.5), ("001", 10.5), ("001", 9.9), ("002", 9.8)]
    assert mt.GETDISCOUNT(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="PA0001", PRICETABLECODE="001",
                          QUANTITY=100, PAYMENTPLANCODE="002", DISCOUNTTYPE=1, BASEPRICE=10.5) == 5.0
    assert mt.GETIMAGE(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="PA0001").startswith(b"\x89PNG")
    stock = mt.GETSTOCK(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="PA0001,PA0002", WAREHOUSE="01")
    assert [(s.PRODUCTCODE, s.QUANTITY) for s in stock] == [("PA0001", available(server, "PA0001")),
                                                             ("PA0002", available(server, "PA0002"))]
    inventory = mt.GETINVENTORY(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="MP0002")
    assert [(i.TYPEOFBALANCE, i.QUANTITY, i.DESCRIPTIONTYPEOFBALANCE) for i in inventory] == [
        (1, 260.0, "Stock propio en poder del contribuyente"), (2, 0.0, "Stock propio en poder de terceros"),
        (3, 100.0, "Stock de terceros en poder del contribuyente")]  # its own resin, not Color's


def test_a_product_outside_the_customers_catalog_is_refused(mt, usercode):
    ask = dict(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="PA0005")
    calls = {
        "GETPRICE": lambda: mt.GETPRICE(**ask),
        "GETIMAGE": lambda: mt.GETIMAGE(**ask),
        "GETSTOCK": lambda: mt.GETSTOCK(**ask, WAREHOUSE=""),
        "GETINVENTORY": lambda: mt.GETINVENTORY(**ask),
        "GETDISCOUNT": lambda: mt.GETDISCOUNT(**ask, PRICETABLECODE="001", QUANTITY=1, PAYMENTPLANCODE="002",
                                              DISCOUNTTYPE=1, BASEPRICE=1),
        "BRWEXTERNALINVOICE": lambda: mt.BRWEXTERNALINVOICE(**ask, TYPEOFMOVEMENT="D"),
    }
    for name, call in calls.items():
        with pytest.raises(Fault) as refused:
            call()
        assert refused.value.message == f"{name} : Producto PA0005 no registrado para este cliente"
    assert not mt.GETEXTERNALINVENTORY(**ask)  # as Protheus: nothing to show, no fault


def test_types_and_header(mt, usercode):
    assert ("MP", "Materia prima") in [(t.CODE, t.DESCRIPTION) for t in mt.GETTYPEOFPRODUCT(USERCODE=usercode)]
    inventory = mt.GETHEADER(HEADERTYPE="INVENTORYVIEW")
    assert [h.HEADERFIELD for h in inventory][:6] == ["PRODUCTCODE", "QUANTITY", "COST", "CURRENCY", "CURRENCYSIMBOL",
                                                       "TYPEOFBALANCE"]  # the portal reads column 6
    assert mt.GETHEADER(HEADERTYPE="PRODUCTVIEW")[0].HEADERFIELD == "PRODUCTCODE"
    assert not mt.GETHEADER(HEADERTYPE="NOSUCHVIEW")


def test_another_customer_is_refused_on_every_operation(mt, usercode2):
    """cliente02 (Color) holds the right to the service, not the customer 00000101."""
    ask = dict(USERCODE=usercode2, CUSTOMERID="00000101")
    calls = {
        "GETCATALOG": lambda: mt.GETCATALOG(**ask),
        "GETPRICE": lambda: mt.GETPRICE(**ask, PRODUCTCODE="PA0003"),
        "GETDISCOUNT": lambda: mt.GETDISCOUNT(**ask, PRODUCTCODE="PA0003", PRICETABLECODE="001", QUANTITY=1,
                                              PAYMENTPLANCODE="002", DISCOUNTTYPE=1, BASEPRICE=1),
        "GETIMAGE": lambda: mt.GETIMAGE(**ask, PRODUCTCODE="PA0003"),
        "GETSTOCK": lambda: mt.GETSTOCK(**ask, PRODUCTCODE="PA0003", WAREHOUSE=""),
        "GETINVENTORY": lambda: mt.GETINVENTORY(**ask, PRODUCTCODE="MP0002"),
        "GETEXTERNALINVENTORY": lambda: mt.GETEXTERNALINVENTORY(**ask, PRODUCTCODE="MP0001"),
        "BRWEXTERNALINVOICE": lambda: mt.BRWEXTERNALINVOICE(**ask, PRODUCTCODE="MP0001", TYPEOFMOVEMENT="D"),
    }
    for name, call in calls.items():
        with pytest.raises(Fault) as refused:
            call()
        assert refused.value.message == f"{name} : {NOT_REGISTERED}"


def test_the_sql_of_a_call_does_not_grow_with_the_products_or_documents_asked(conout_server):
    server = conout_server
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    mt = portal.service("MTCUSTOMERPRODUCT")
    counts = {}
    for products, pagelen in (("MP0001", 1), ("MP0001,MP0002", 0)):
        since = log_lines(server)
        held = mt.GETEXTERNALINVENTORY(USERCODE=code, CUSTOMERID="00000101", PRODUCTCODE=products)
        remittances = mt.BRWEXTERNALINVOICE(USERCODE=code, CUSTOMERID="00000101", PRODUCTCODE="MP0001",
                                            TYPEOFMOVEMENT="D", PAGELEN=pagelen)
        assert (len(held), len(remittances)) == ((1, 1) if pagelen else (2, 2))
        counts[products] = [conout_sql(server, f"MTCUSTOMERPRODUCT.{op}", since)
                            for op in ("GETEXTERNALINVENTORY", "BRWEXTERNALINVOICE")]
    assert counts["MP0001"] == counts["MP0001,MP0002"], counts
