"""The customer's fiscal documents on the document core: what BRWINVOICE lists by period,
direction and order; GETINVOICE's document in full, its figures adding up; another customer's
documents, and documents of a kind the customer neither sent nor received, not found."""
import datetime as dt
from decimal import Decimal

import pytest

from model import documents, invoices
from model.documents import INCOMING, INVOICE
from model.errors import NotFound
from model.invoices import InvoiceFilter
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE, TODAY

COMPANY = ("01", "01")


def days(n):
    return TODAY + dt.timedelta(days=n)


def listed(session, customer, **filters):
    found = invoices.browse_invoices(session, customer, InvoiceFilter(**filters), COMPANY, TODAY, lambda s: s)
    return [(i.direction, i.header.F1_DOC if i.direction == "E" else i.header.F2_DOC) for i in found]


def test_by_period_direction_and_order(session):
    # Besides its sales and its return (000000001, type D), El Tornillo sends us steel to process
    # (type B, series 1: 000000480/501/502/530) and we send it back processed (series 2: 000000001-004).
    # No dates: the last 30 days, as Protheus; the return is 30 days old, order 000105's invoice 45.
    recent = [("E", "000000001"), ("E", "000000502"), ("S", "000000003"), ("S", "000000004")]
    assert listed(session, HEAD_OFFICE) == recent
    year = dict(register_from=days(-365), delivery_from=days(-365))
    incoming = [("E", "000000001"), ("E", "000000480"), ("E", "000000501"), ("E", "000000502"), ("E", "000000530")]
    outgoing = [("S", "000000001"), ("S", "000000002"), ("S", "000000003"), ("S", "000000004"), ("S", "000000087"),
                ("S", "000000102")]
    assert listed(session, HEAD_OFFICE, **year) == incoming + outgoing
    assert listed(session, HEAD_OFFICE, register_from=days(-50), register_to=days(-40),
                  delivery_from=days(-365)) == [("S", "000000102")]
    # an outgoing invoice is delivered the day it is issued: both periods must hold it
    assert listed(session, HEAD_OFFICE, register_from=days(-365), delivery_from=days(-30)) == recent
    assert listed(session, HEAD_OFFICE, operation_type="S", **year) == outgoing
    assert listed(session, HEAD_OFFICE, operation_type="E", **year) == incoming
    assert listed(session, HEAD_OFFICE, operation_type="X", **year) == []
    assert listed(session, HEAD_OFFICE, purchase_number="000105", **year) == [("S", "000000102")]
    assert listed(session, HEAD_OFFICE, where_outgoing="F2_VALBRUT > 6000", **year) == incoming + [
        ("S", "000000001"), ("S", "000000087")]
    assert listed(session, HEAD_OFFICE, key_outgoing="F2_EMISSAO DESC", operation_type="S", **year) == [
        ("S", "000000004"), ("S", "000000003"), ("S", "000000102"), ("S", "000000002"), ("S", "000000001"),
        ("S", "000000087")]
    assert listed(session, NORTH_STORE, **year) == [("S", "000000103")]


def test_an_invoice_in_full_adds_up(session):
    invoice = invoices.get_invoice(session, COLOR, "S/N", "1", "000000104", "", COMPANY, TODAY)
    header = invoice.header
    assert [i.row.D2_COD for i in invoice.items] == ["ME0001", "ME0003", "PA0006"]  # by product
    assert sum(i.row.D2_TOTAL for i in invoice.items) == header.F2_VALMERC == Decimal("3575.00")
    assert sum(i.row.D2_VALFRE for i in invoice.items) == header.F2_FRETE == Decimal("80.00")
    # the bonus washers (25.00) are not billed: 3,550.00 + IPI 355.00 + freight 80.00
    assert sum(b.row.E1_VALOR for b in invoice.bills) == header.F2_VALFAT == Decimal("3985.00")
    assert header.F2_VALBRUT == header.F2_VALMERC + header.F2_VALIPI + header.F2_FRETE
    assert [(t.code, t.base, t.rate, t.amount) for t in invoices.header_taxes(invoice)] == [
        ("ICM", Decimal("3550.00"), Decimal("18.00"), Decimal("639.00")),
        ("IPI", Decimal("3550.00"), Decimal("10.00"), Decimal("355.00"))]
    assert invoices.item_taxes(invoice, invoice.items[2]) == []  # the bonus: no taxes
    assert invoices.volumes(header) == [("1", "CAJAS", Decimal(5))]
    assert (invoice.customer_name, invoice.carrier_name, invoice.issuer) == (
        "Pinturerías Color SRL", "Logística del Sur", ("0101", "DEMO FERRETERA"))
    rollers = invoice.items[1]
    assert (rollers.order.C5_NUM, rollers.order_item.C6_ITEM, rollers.row.D2_LOTECTL) == ("000203", "02", "RC-2024-11")
    only = invoices.get_invoice(session, COLOR, "S/N", "1", "000000104", "", COMPANY, TODAY,
                                where_outgoing="D2_COD LIKE 'ME%'")
    assert [i.row.D2_COD for i in only.items] == ["ME0001", "ME0003"]


def test_the_customers_return(session):
    document = invoices.get_invoice(session, HEAD_OFFICE, "E/D", "1", "000000001", "S", COMPANY, TODAY)
    assert (document.direction, document.header.F1_VALBRUT, document.bills) == ("E", Decimal("23.10"), None)
    assert [(i.row.D1_COD, i.row.D1_QUANT, i.description) for i in document.items] == [
        ("PA0001", Decimal(2), "TORNILLO HEXAGONAL 1/4")]


@pytest.mark.parametrize("customer, kind, series, number, form", [
    (COLOR, "S/N", "1", "000000102", ""),  # another customer's
    (HEAD_OFFICE, "S/N", "2", "000000102", ""),  # another series
    (HEAD_OFFICE, "S/D", "1", "000000102", ""),  # not a return to a supplier
    (HEAD_OFFICE, "E/N", "1", "000000001", "S"),  # incoming documents of a customer are D or B
    (HEAD_OFFICE, "E/B", "1", "000000001", "S"),  # another type
    (HEAD_OFFICE, "E/D", "1", "000000001", "N"),  # not on another form
    (COLOR, "E/D", "1", "000000001", "S"),
])
def test_not_found(session, customer, kind, series, number, form):
    with pytest.raises(NotFound) as error:
        invoices.get_invoice(session, customer, kind, series, number, form, COMPANY, TODAY)
    assert error.value.text("es") == "Documento no encontrado"


def test_the_core_finds_incoming_documents_of_the_customer_only(session):
    header = documents.find(session, INCOMING, HEAD_OFFICE, "000000001", series="1")
    assert [r.D1_ITEM for r in documents.items_of_document(session, INCOMING, header)] == ["0001"]
    with pytest.raises(NotFound):
        documents.find(session, INCOMING, NORTH_STORE, "000000001")
    invoice = documents.find(session, INVOICE, HEAD_OFFICE, "000000102", series="1")
    assert [r.D2_ITEM for r in documents.items_of_document(session, INVOICE, invoice)] == ["01", "02", "03"]


def test_customer_or_supplier():
    assert invoices.is_customer(1) and not invoices.is_customer(2) and not invoices.is_customer(None)
