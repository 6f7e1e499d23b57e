"""The customer's catalog (SA7) and third parties' stock by the model alone: a customer's own
material in our hands, the remittances between us with their returns and documents, and the
inventory's third-party balances, never another customer's."""
import datetime as dt
from decimal import Decimal

import pytest

from model import catalog, customer_catalog, inventory
from model import third_party_stock as third_party
from model.errors import PortalError
from model.tables import SA7, SB6
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE, TODAY

US = third_party.Party("0101", "")
EVERY_KIND = catalog.CatalogFilter([], [], None, None, None, None)


def fault(call, *args) -> PortalError:
    with pytest.raises(PortalError) as error:
        call(*args)
    return error.value


def codes(session, customer, filters=EVERY_KIND, window=(0, 1000)):
    return [e.product.B1_COD for e in customer_catalog.customer_catalog(session, customer, filters, "es", window)]


# --- the customer's catalog --------------------------------------------------------------------


def test_each_customer_has_its_own_catalog(session):
    assert codes(session, HEAD_OFFICE) == ["MP0001", "MP0002", "PA0001", "PA0002", "PA0003", "PA0004"]
    assert codes(session, NORTH_STORE) == ["PA0002", "PA0006"]
    assert codes(session, COLOR) == ["ME0001", "ME0002", "MP0002", "PA0003"]


def test_the_catalog_takes_mtproducts_filters_order_and_paging(session):
    raw = catalog.CatalogFilter(["MP"], [], None, None, None, None)
    assert codes(session, HEAD_OFFICE, raw) == ["MP0001", "MP0002"]
    by_description = catalog.CatalogFilter([], [], None, "tornillo", None, "B1_DESC DESC")
    assert codes(session, HEAD_OFFICE, by_description) == ["PA0001"]
    assert codes(session, HEAD_OFFICE, catalog.CatalogFilter([], [], None, None, "B1_PRV1 > 50", "B1_PRV1 DESC")) == [
        "PA0003", "MP0002"]
    assert codes(session, HEAD_OFFICE, window=(4, 10)) == ["PA0003", "PA0004"]
    assert fault(codes, session, HEAD_OFFICE, catalog.CatalogFilter(["SV"], [], None, None, None, None)).text(
        "es") == "Ningún producto fue encontrado"


def test_a_blocked_product_leaves_the_customers_catalog_too(session):
    session.add(SA7(A7_CLIENTE="000001", A7_LOJA="01", A7_PRODUTO="PA0099"))
    session.flush()
    assert "PA0099" not in codes(session, HEAD_OFFICE)


def test_products_outside_the_customers_catalog_are_refused(session):
    assert customer_catalog.require_products(session, HEAD_OFFICE, ["PA0001", "MP0002"]) == ["PA0001", "MP0002"]
    assert fault(customer_catalog.require_products, session, COLOR, ["PA0003", "PA0001"]).text(
        "es") == "Producto PA0001 no registrado para este cliente"
    unknown = fault(customer_catalog.require_product, session, HEAD_OFFICE, "NOPE")
    assert unknown.text("es") == "PRODUCTCODE NOPE no registrado"
    assert customer_catalog.require_product(session, NORTH_STORE, "PA0006").B1_COD == "PA0006"


# --- the customer's material in our hands --------------------------------------------------------


def held(session, customer, products):
    return {(b.product, b.warehouse): b for b in third_party.external_inventory(session, customer, products, US)}


def test_external_inventory_is_the_customers_own_material_still_held(session):
    mine = held(session, HEAD_OFFICE, ["MP0001", "MP0002", "PA0001"])
    assert {key: (b.quantity, b.cost) for key, b in mine.items()} == {
        ("MP0001", "01"): (Decimal("320.00"), Decimal("4800.00")),  # 500 - 100 - 80 processed back; 000000480 all back
        ("MP0002", "01"): (Decimal("100.00"), Decimal("6000.00")),
    }  # PA0001 is ours in its hands, not its material in ours
    steel = mine[("MP0001", "01")]
    assert [(h.number, h.series, h.invoice_type) for h in steel.received] == [("000000501", "1", "E/B")]
    assert [(h.number, h.series, h.invoice_type) for h in steel.returned] == [("000000003", "2", "S/N"),
                                                                             ("000000004", "2", "S/N")]
    assert (steel.received[0].sender, steel.received[0].recipient) == (
        third_party.Party("00000101", "Ferretería El Tornillo SA"), US)
    assert steel.returned[0].carrier == third_party.Party("000001", "Transportes Rápidos SA")
    assert steel.returned[0].packages == (("CAJAS", Decimal(100)),)
    assert (steel.currency, steel.currency_symbol) == (1, "$")


def test_external_inventory_never_shows_another_customers_material(session):
    assert {k: b.quantity for k, b in held(session, COLOR, ["MP0001", "MP0002"]).items()} == {
        ("MP0002", "01"): Decimal("30.00")}  # its own 50 - 20, not El Tornillo's 100
    assert held(session, NORTH_STORE, ["MP0001", "MP0002"]) == {}  # the head office's is not the store's


def test_external_inventory_is_of_the_customers_catalog(session):
    """Material of a product the customer's catalog does not have does not show (as Protheus)."""
    session.add(SB6(B6_CLIFOR="000002", B6_LOJA="01", B6_PRODUTO="MP0001", B6_LOCAL="01", B6_DOC="000000999",
                    B6_SERIE="1", B6_EMISSAO=TODAY, B6_QUANT=Decimal(5), B6_SALDO=Decimal(5), B6_PRUNIT=Decimal(15),
                    B6_TIPO="D", B6_PODER3="R", B6_TPCF="C", B6_IDENT="000999"))
    session.flush()
    assert ("MP0001", "01") not in held(session, COLOR, ["MP0001"])
    session.add(SA7(A7_CLIENTE="000002", A7_LOJA="01", A7_PRODUTO="MP0001"))
    session.flush()
    assert held(session, COLOR, ["MP0001"])[("MP0001", "01")].quantity == Decimal(5)
    assert held(session, COLOR, ["MP0001"])[("MP0001", "01")].received == []  # its document is not here


# --- remittances and returns ----------------------------------------------------------------------


def remittances(session, customer, product, kind, date_from=None, date_to=None, where=None,
                paginate=lambda stmt: stmt):
    return third_party.external_invoices(session, customer, product, kind, date_from, date_to, where, paginate, US)


def summary(invoices):
    return [(i.shipment.number, i.status, [r.number for r in i.returns]) for i in invoices]


def test_the_customers_remittances_with_their_returns(session):
    assert summary(remittances(session, HEAD_OFFICE, "MP0001", "D")) == [
        ("000000480", "CLOSE", ["000000002"]), ("000000501", "OPEN", ["000000003", "000000004"])]
    ours = remittances(session, HEAD_OFFICE, "PA0001", "E")  # our screws on consignment: ours out, theirs back
    assert summary(ours) == [("000000001", "OPEN", ["000000530"])]
    assert (ours[0].shipment.invoice_type, ours[0].returns[0].invoice_type) == ("S/N", "E/B")
    assert (ours[0].shipment.sender, ours[0].shipment.recipient.code) == (US, "00000101")
    assert remittances(session, HEAD_OFFICE, "PA0001", "d") == []  # no material of that kind


def test_the_period_bounds_the_remittances_and_the_returns_counted(session):
    today = TODAY
    assert summary(remittances(session, HEAD_OFFICE, "MP0001", "D", today - dt.timedelta(days=100))) == [
        ("000000501", "OPEN", ["000000003", "000000004"])]
    # seen as at 130 days ago the old lot was still out
    assert summary(remittances(session, HEAD_OFFICE, "MP0001", "D", None, today - dt.timedelta(days=130))) == [
        ("000000480", "OPEN", [])]
    assert summary(remittances(session, HEAD_OFFICE, "MP0001", "D", where="B6_DOC = '000000480'")) == [
        ("000000480", "CLOSE", ["000000002"])]
    assert summary(remittances(session, HEAD_OFFICE, "MP0001", "D", paginate=lambda s: s.offset(1).limit(1))) == [
        ("000000501", "OPEN", ["000000003", "000000004"])]


def test_remittances_are_only_the_customers(session):
    assert summary(remittances(session, COLOR, "MP0002", "D")) == [("000000510", "OPEN", ["000000005"])]
    assert remittances(session, NORTH_STORE, "MP0001", "D") == []


def test_the_kind_of_movement_is_e_or_d(session):
    assert fault(remittances, session, HEAD_OFFICE, "MP0001", "X").text("es") == "Valor inválido para TYPEOFMOVEMENT: X"
    blank = fault(remittances, session, HEAD_OFFICE, "MP0001", " ")
    assert blank.text("es") == "El campo TYPEOFMOVEMENT es obligatorio"


# --- the inventory of a customer's product ------------------------------------------------------


def balances(session, customer, product):
    found = inventory.inventory(session, catalog.require_product(session, product), TODAY, 1, None, customer)
    return [line.quantity for line in found]


def test_the_inventorys_third_party_balances_are_those_with_the_customer(session):
    # own stock, ours at third parties, theirs with us
    assert balances(session, None, "MP0002") == [Decimal(260), Decimal(0), Decimal(130)]  # every customer (MTPRODUCT)
    assert balances(session, HEAD_OFFICE, "MP0002") == [Decimal(260), Decimal(0), Decimal(100)]
    assert balances(session, COLOR, "MP0002") == [Decimal(260), Decimal(0), Decimal(30)]
    assert balances(session, HEAD_OFFICE, "PA0001") == [Decimal(650), Decimal(400), Decimal(0)]
    assert balances(session, NORTH_STORE, "PA0001") == [Decimal(650), Decimal(0), Decimal(0)]
