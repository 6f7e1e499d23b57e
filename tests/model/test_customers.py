"""The customer record, read and changed by the model alone."""
import pytest

from model import customers
from model.addresses import Address, Phone
from model.customers import CustomerChanges
from model.errors import PortalError
from tests.model.conftest import HEAD_OFFICE, NORTH_STORE


def changes(row, **kw):
    """What a portal form sends back: the record as read, with ``kw`` changed."""
    values = dict(code=row.A1_COD, store=row.A1_LOJA, name=row.A1_NOME, federal_id=row.A1_CGC,
                  state_id=row.A1_INSCR, district_id=row.A1_INSCRM, nickname=row.A1_NREDUZ, email=row.A1_EMAIL,
                  home_page=row.A1_HPAGE, addresses=customers.addresses(row), phones=customers.phones(row))
    values.update(kw)
    return CustomerChanges(**values)


def fault(call, *args) -> str:
    with pytest.raises(PortalError) as error:
        call(*args)
    return error.value.text("es")


def test_addresses_and_phones_of_the_record(session):
    row = customers.customer_record(session, HEAD_OFFICE)
    commercial, billing, delivery = customers.addresses(row)
    assert commercial == Address("1", "Av. Rivadavia", "4520", "Buenos Aires", "CF", "C1424CEE", "Caballito")
    assert (billing.kind, billing.street, billing.number, billing.zone) == ("2", "Av. Rivadavia", "4520", "Caballito")
    assert (delivery.kind, delivery.street, delivery.number, delivery.zone) == (
        "3", "Av. Directorio", "3850", "P. Avellaneda")
    assert customers.phones(row) == [Phone("1", "54", "11", "4902-1234"), Phone("2", "54", "11", "4902-1235")]
    north = customers.customer_record(session, NORTH_STORE)
    assert [p.kind for p in customers.phones(north)] == ["1"]  # no fax


def test_what_a_customer_may_change_is_written(session):
    row = customers.customer_record(session, NORTH_STORE)
    customers.update_customer(row, changes(
        row, nickname="NORTE NUEVO", email="norte@example.com", home_page="https://norte.example",
        addresses=[Address("1", "Calle 1", "100", "La Plata", "ba", "1900", "Centro"),
                   Address("3", "Ruta 2 km 50", "", "Brandsen", "BA", "1980", "")],
        phones=[Phone("1", "54", "221", "400-0000"), Phone("2", "", "", "400-0001")]))
    assert (row.A1_NREDUZ, row.A1_EMAIL, row.A1_HPAGE) == ("NORTE NUEVO", "norte@example.com", "https://norte.example")
    assert (row.A1_END, row.A1_BAIRRO, row.A1_MUN, row.A1_EST, row.A1_CEP) == (
        "Calle 1, 100", "Centro", "La Plata", "BA", "1900")
    assert (row.A1_ENDREC, row.A1_MUNE, row.A1_BAIRROE) == ("Ruta 2 km 50", "Brandsen", "")
    assert row.A1_ENDCOB == "Av. Rivadavia, 4520"  # a kind not sent is left as it is
    assert (row.A1_DDI, row.A1_DDD, row.A1_TEL, row.A1_FAX) == ("54", "221", "400-0000", "400-0001")


def test_a_kind_sent_empty_is_cleared_and_lists_not_sent_are_left_alone(session):
    row = customers.customer_record(session, HEAD_OFFICE)
    customers.update_customer(row, changes(row, addresses=[Address("2")], phones=[Phone("2")]))
    assert (row.A1_ENDCOB, row.A1_MUNC, row.A1_CEPC) == ("", "", "")
    assert row.A1_FAX == "" and row.A1_TEL == "4902-1234" and row.A1_END == "Av. Rivadavia, 4520"
    customers.update_customer(row, changes(row, nickname="OTRO", addresses=None, phones=None))
    assert (row.A1_NREDUZ, row.A1_END, row.A1_TEL) == ("OTRO", "Av. Rivadavia, 4520", "4902-1234")


def test_values_left_out_or_sent_alike_are_accepted_for_read_only_fields(session):
    row = customers.customer_record(session, HEAD_OFFICE)
    customers.update_customer(row, changes(row, code=None, store="", name=None, federal_id="30-71122233-9",
                                           state_id=None, district_id=None, nickname="X"))
    assert row.A1_NREDUZ == "X" and row.A1_CGC == "30711222339"


@pytest.mark.parametrize("field, change", [
    ("CUSTOMERCODE", {"code": "000009"}), ("UNITCUSTOMERCODE", {"store": "07"}),
    ("FEDERALID", {"federal_id": "20111111112"}), ("NAME", {"name": "Otra SA"}),
    ("STATEID", {"state_id": "999"}), ("DISTRICTID", {"district_id": "1"}),
])
def test_read_only_fields_are_refused_before_anything_is_written(session, field, change):
    row = customers.customer_record(session, HEAD_OFFICE)
    before = (row.A1_EMAIL, row.A1_NREDUZ, row.A1_END)
    assert fault(customers.update_customer, row, changes(
        row, email="x@example.com", nickname="X", addresses=[Address("1", "Otra calle", "1")], **change)) == (
        f"El campo {field} no puede modificarse")
    assert (row.A1_EMAIL, row.A1_NREDUZ, row.A1_END) == before


@pytest.mark.parametrize("change, message", [
    ({"email": "not-an-email"}, "Valor inválido para EMAIL: not-an-email"),
    ({"email": "a" * 20 + "@example.com"}, "Valor inválido para EMAIL: " + "a" * 20 + "@example.com"),  # 30 wide
    ({"nickname": ""}, "El campo NICKNAME es obligatorio"),
    ({"nickname": "N" * 21}, "Valor inválido para NICKNAME: " + "N" * 20 + "…"),
    ({"home_page": "h" * 31}, "Valor inválido para HOMEPAGE: " + "h" * 30 + "…"),
    ({"addresses": [Address("1", "")]}, "El campo ADDRESS es obligatorio"),
    ({"addresses": [Address("1", "X"), Address("9")]}, "Valor inválido para TYPEOFADDRESS: 9"),
    ({"addresses": [Address("2", "Y", zone="Z" * 31)]}, "Valor inválido para ZONE: " + "Z" * 30 + "…"),
    ({"phones": [Phone("3", number="1")]}, "Valor inválido para TYPEOFPHONE: 3"),
])
def test_the_record_is_checked_and_a_fault_writes_nothing(session, change, message):
    row = customers.customer_record(session, HEAD_OFFICE)
    before = (row.A1_NREDUZ, row.A1_EMAIL, row.A1_END, row.A1_TEL)
    assert fault(customers.update_customer, row, changes(row, **{"nickname": "CAMBIADO", **change})) == message
    assert (row.A1_NREDUZ, row.A1_EMAIL, row.A1_END, row.A1_TEL) == before
