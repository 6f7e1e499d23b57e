"""MTCUSTOMERINVOICE over HTTP: documents listed by each period, direction and order; read in
full with figures that add up; an order placed, released and invoiced through the back office
showing up; the SQL of GETINVOICE not growing with its items."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select
from zeep.exceptions import Fault

from model.invoicing import invoice_orders
from model.release import release_orders
from model.tables import SD2, SE1, SF2
from tests.service.conftest import conout_sql, log_lines
from tests.support.back_office import back_office
from tests.support.portal_client import Portal

TODAY = dt.date.today()


def days(n):
    return TODAY + dt.timedelta(days=n)


def money(value) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def service(portal):
    return portal.service("MTCUSTOMERINVOICE")


def browse(portal, usercode, customer_id="00000101", **kw):
    return service(portal).BRWINVOICE(USERCODE=usercode, CUSTOMERORSUPPLIER=1, CUSTOMERORSUPPLIERID=customer_id,
                                      **kw) or []


def numbers(headers):
    return [(h.INVOICETYPE, h.INVOICENUMBER) for h in headers]


def get(portal, usercode, kind, number, customer_id="00000101", form="", **kw):
    return service(portal).GETINVOICE(USERCODE=usercode, INVOICETYPE=kind, SERIALNUMBER="1", INVOICENUMBER=number,
                                      DOCUMENTTYPE=form, CUSTOMERORSUPPLIER=1, CUSTOMERORSUPPLIERID=customer_id, **kw)


def fault_of(call, **kw):
    with pytest.raises(Fault) as fault:
        call(**kw)
    assert fault.value.code == "soap:Client"
    return fault.value.message


def test_listed_by_each_period(portal, usercode):
    year = dict(REGISTERDATEFROM=days(-365), DELIVERYDATEFROM=days(-365))
    # the return (E/D), the steel El Tornillo sent us to process (E/B), what we sent back processed
    # (series 2) and its invoices
    sent_to_process = [("E/B", "000000480"), ("E/B", "000000501"), ("E/B", "000000502"), ("E/B", "000000530")]
    listed = numbers(browse(portal, usercode, **year))
    assert listed[:5] == [("E/D", "000000001"), *sent_to_process]
    assert {("S/N", "000000087"), ("S/N", "000000102")} <= set(listed)  # the back office may add today's invoices
    # no dates: the last 30 days (the return is 30 days old)
    assert numbers(browse(portal, usercode))[0] == ("E/D", "000000001")
    assert ("S/N", "000000102") not in numbers(browse(portal, usercode))
    assert numbers(browse(portal, usercode, REGISTERDATEFROM=days(-50), REGISTERDATETO=days(-40),
                          DELIVERYDATEFROM=days(-365))) == [("S/N", "000000102")]
    assert numbers(browse(portal, usercode, REGISTERDATEFROM=days(-365), DELIVERYDATEFROM=days(-31),
                          DELIVERYDATETO=days(-29))) == [("E/D", "000000001")]
    assert numbers(browse(portal, usercode, OPERATIONTYPE="E", **year)) == [("E/D", "000000001"), *sent_to_process]
    assert numbers(browse(portal, usercode, PURCHASENUMBER="000105", **year)) == [("S/N", "000000102")]
    assert numbers(browse(portal, usercode, QUERYADDWHERENFS="F2_DOC = '000000087'", OPERATIONTYPE="S", **year)) == [
        ("S/N", "000000087")]
    by_number = numbers(browse(portal, usercode, INDEXKEYNFS="F2_FILIAL+F2_DOC", OPERATIONTYPE="S", **year))
    assert [n for _, n in by_number] == sorted(n for _, n in by_number) and ("S/N", "000000087") in by_number
    assert fault_of(service(portal).BRWINVOICE, USERCODE=usercode, CUSTOMERORSUPPLIER=1,
                    CUSTOMERORSUPPLIERID="00000101", REGISTERDATEFROM=days(1), REGISTERDATETO=days(0)) == \
        "BRWINVOICE : Rango de fechas inválido: REGISTERDATEFROM"


def test_a_header_in_the_list(portal, usercode):
    headers = browse(portal, usercode, REGISTERDATEFROM=days(-50), REGISTERDATETO=days(-40),
                     DELIVERYDATEFROM=days(-365))
    header = headers[0]
    assert (header.SERIALNUMBER, header.INVOICENUMBER, header.INVOICETYPE, header.REGISTERDATE,
            header.INVOICEDATE, header.DELIVERYDATE) == ("1", "000000102", "S/N", days(-45), days(-45), days(-45))
    assert (header.FROMROLE.CODE, header.FROMROLE.DESCRIPTION) == ("0101", "DEMO FERRETERA")
    assert (header.TOROLE.CODE, header.TOROLE.DESCRIPTION) == ("00000101", "Ferretería El Tornillo SA")
    assert (header.CARRIER.CODE, header.CARRIER.DESCRIPTION) == ("000001", "Transportes Rápidos SA")
    assert (header.FREIGHTVALUE, header.INSURANCEVALUE, header.EXPENSESVALUE) == (150.0, 25.0, 10.0)
    installments = header.PAYMENTPLAN.BILLVIEW
    assert [b.INSTALLMENT for b in installments] == ["A", "B", "C"]
    assert sum(money(b.ORIGINALVALUE) for b in installments) == money(header.TOTALVALUE)
    assert installments[0].BALANCEVALUE is None  # as Protheus' browse: no balance


def test_an_invoice_read_in_full_adds_up(portal, usercode2):
    invoice = get(portal, usercode2, "S/N", "000000104", customer_id="00000201")
    header, items = invoice.INVOICEHEADER, invoice.INVOICEITEM.INVOICEITEMVIEW
    assert [i.PRODUCTCODE for i in items] == ["ME0001", "ME0003", "PA0006"]
    assert [i.DESCRIPTIONPRODUCT for i in items] == ["PINTURA LATEX BLANCA 4L", "RODILLO PINTOR 22CM",
                                                     "ARANDELA PLANA 1/4"]
    merchandise = sum(money(i.TOTALVALUE) for i in items)
    assert merchandise == Decimal("3575.00")
    assert sum(money(i.FREIGHTVALUE) for i in items) == money(header.FREIGHTVALUE) == Decimal("80.00")
    taxes = {t.TAXCODE: (money(t.TAXBASE), money(t.TAXRATE), money(t.TAXAMOUNT)) for t in header.TAXES.TAXESVIEW}
    assert taxes == {"ICM": (Decimal("3550.00"), Decimal("18.00"), Decimal("639.00")),
                     "IPI": (Decimal("3550.00"), Decimal("10.00"), Decimal("355.00"))}
    item_ipi = sum(money(t.TAXAMOUNT) for i in items if i.TAXES for t in i.TAXES.TAXESVIEW if t.TAXCODE == "IPI")
    assert item_ipi == taxes["IPI"][2]
    # gross = merchandise + IPI + freight; the installments leave out the free washers (25.00)
    assert money(header.TOTALVALUE) == merchandise + taxes["IPI"][2] + Decimal("80.00")
    assert sum(money(b.ORIGINALVALUE) for b in header.PAYMENTPLAN.BILLVIEW) == money(header.TOTALVALUE) - Decimal(
        "25.00")
    assert [(v.CODE, v.DESCRIPTION, v.VALUE) for v in header.PACKAGESVOLUMES.GENERICSTRUCT] == [("1", "CAJAS", 5.0)]
    rollers = items[1]
    assert (rollers.LOTIDENTIFIER.LOTNUMBER, rollers.LOTIDENTIFIER.VALIDITYDATE) == ("RC-2024-11", days(-10 + 540))
    order = rollers.SALESORDER
    assert (order.ORDERID, order.ORDERITEM, order.PRODUCTID, order.QUANTITY, order.QUANTITYDELIVERED) == (
        "000203", "02", "ME0003", 6.0, 6.0)
    assert items[2].TAXES is None or items[2].TAXES.TAXESVIEW == []  # the bonus: no taxes


def test_the_customers_return(portal, usercode):
    document = get(portal, usercode, "E/D", "000000001", form="S")
    header = document.INVOICEHEADER
    assert (header.INVOICETYPE, header.DOCUMENTTYPE, header.INVOICESTATUS, header.TOTALVALUE) == (
        "E/D", "S", "A", 23.1)
    assert (header.FROMROLE.CODE, header.TOROLE.CODE) == ("00000101", "0101")
    assert header.PAYMENTPLAN is None and header.CARRIER is None
    assert [(i.SEQUENTIALID, i.PRODUCTCODE, i.QUANTITY, i.UNITPRICE, i.TOTALVALUE)
            for i in document.INVOICEITEM.INVOICEITEMVIEW] == [("0001", "PA0001", 2.0, 10.5, 21.0)]


@pytest.mark.parametrize("kind, number, form, customer_id", [
    ("S/N", "000000101", "", "00000101"),  # Color's
    ("S/D", "000000102", "", "00000101"),
    ("E/D", "000000001", "N", "00000101"),
    ("E/D", "000000001", "S", "00000102"),
    ("S/N", "999999999", "", "00000101"),
])
def test_not_found(portal, usercode, kind, number, form, customer_id):
    assert fault_of(get, portal=portal, usercode=usercode, kind=kind, number=number, form=form,
                    customer_id=customer_id) == "GETINVOICE : Documento no encontrado"


def test_a_supplier_is_nobodys_here(portal, usercode):
    for call, args in ((service(portal).BRWINVOICE, {}), (service(portal).GETINVOICE, dict(
            INVOICETYPE="S/N", SERIALNUMBER="1", INVOICENUMBER="000000102"))):
        assert fault_of(call, USERCODE=usercode, CUSTOMERORSUPPLIER=2, CUSTOMERORSUPPLIERID="00000101", **args) \
            .endswith(" : Cliente y/o Tienda no registrados.")


def order_view(customer_id, products):
    return {"SOHEADER": {"CUSTOMERCODE": customer_id[:6], "CUSTOMERUNIT": customer_id[6:]},
            "SOITEM": {"SALESORDERITEMVIEW": [{"ORDERITEM": f"{n:02d}", "PRODUCTID": p, "QUANTITY": q}
                                              for n, (p, q) in enumerate(products, start=1)]}}


def place_release_invoice(server, portal, usercode, customer_id, products) -> tuple[str, str]:
    so = portal.service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID=customer_id, SALESORDER=order_view(customer_id, products))
    with back_office(server) as session:
        assert {r.status for r in release_orders(session, TODAY, number)} == {"2"}
    with back_office(server) as session:
        (invoice,) = invoice_orders(session, TODAY, number)
        return number, invoice.F2_DOC


def test_an_order_invoiced_by_the_back_office_is_seen(server, portal, usercode):
    number, doc = place_release_invoice(server, portal, usercode, "00000101", [("PA0007", 10), ("PA0002", 4)])
    listed = browse(portal, usercode, PURCHASENUMBER=number)
    assert numbers(listed) == [("S/N", doc)]
    with back_office(server) as session:
        stored = session.scalars(select(SF2).where(SF2.F2_DOC == doc)).one()
        lines = session.scalars(select(SD2).where(SD2.D2_DOC == doc)).all()
        bills = session.scalars(select(SE1).where(SE1.E1_NUM == doc)).all()
    assert money(listed[0].TOTALVALUE) == stored.F2_VALBRUT
    invoice = get(portal, usercode, "S/N", doc)
    assert sorted((i.PRODUCTCODE, money(i.TOTALVALUE), i.SALESORDER.ORDERID) for i in
                  invoice.INVOICEITEM.INVOICEITEMVIEW) == sorted((d.D2_COD, d.D2_TOTAL, number) for d in lines)
    assert sum(money(i.TOTALVALUE) for i in invoice.INVOICEITEM.INVOICEITEMVIEW) == stored.F2_VALMERC
    assert sum(money(b.ORIGINALVALUE) for b in invoice.INVOICEHEADER.PAYMENTPLAN.BILLVIEW) == stored.F2_VALBRUT
    # and its installment is among the open bills
    open_bills = portal.service("FINANCECUSTOMERBILL").BRWBILL(USERCODE=usercode, CUSTOMERID="00000101") or []
    assert sorted((b.BILLNUMBER, b.INSTALLMENT or "", money(b.ORIGINALVALUE)) for b in open_bills
                  if b.BILLNUMBER == doc) \
        == sorted((b.E1_NUM, b.E1_PARCELA, b.E1_VALOR) for b in bills)


def test_getinvoice_costs_the_same_sql_whatever_its_number_of_items(conout_server):
    server = conout_server
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    counts = {}
    for products in ([("PA0007", 1)], [("PA0007", 1), ("PA0002", 1), ("PA0006", 2), ("ME0002", 1), ("ME0003", 1)]):
        _number, doc = place_release_invoice(server, portal, code, "00000101", products)
        since = log_lines(server)
        assert len(get(portal, code, "S/N", doc).INVOICEITEM.INVOICEITEMVIEW) == len(products)
        browse(portal, code, OPERATIONTYPE="S")
        counts[len(products)] = (conout_sql(server, "MTCUSTOMERINVOICE.GETINVOICE", since),
                                 conout_sql(server, "MTCUSTOMERINVOICE.BRWINVOICE", since))
    assert counts[1] == counts[5], counts


def test_grids(portal):
    mt = service(portal)
    assert [h.HEADERFIELD for h in mt.GETHEADER(HEADERTYPE="INVOICEHEADERVIEW")] == [
        "SERIALNUMBER", "INVOICENUMBER", "DOCUMENTTYPE", "INVOICETYPE", "REGISTERDATE", "INVOICEDATE",
        "EXPENSESVALUE", "INSURANCEVALUE", "FREIGHTVALUE", "TOTALVALUE", "INVOICESTATUS"]
    items = mt.GETHEADER(HEADERTYPE="INVOICEITEMVIEW")
    assert (items[0].HEADERFIELD, items[0].HEADERTITLE, items[0].HEADERSIZE) == ("SEQUENTIALID", "Item", 2)
    for grid in ("GENERICSTRUCT", "TAXESVIEW", "BILLVIEW", "SALESORDERITEMVIEW", "LOTVIEW", "PAIDBILLVIEW"):
        assert mt.GETHEADER(HEADERTYPE=grid), grid
    assert not mt.GETHEADER(HEADERTYPE="NOSUCHVIEW")
    # the order tracking page asks the sales order service for the invoices' grid
    assert [h.HEADERFIELD for h in portal.service("MTCUSTOMERSALESORDER").GETHEADER(
        HEADERTYPE="INVOICEHEADERVIEW")][:2] == ["SERIALNUMBER", "INVOICENUMBER"]
