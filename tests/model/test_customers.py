"""The customer record and its contacts, changed by the model alone."""
import pytest

from model import contacts, customers
from model.customers import Address, CustomerChanges, Phone
from model.errors import PortalError
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE


def changes(row, **kw):
    values = dict(code=row.A1_COD, store=row.A1_LOJA, name=row.A1_NOME, federal_id=row.A1_CGC,
                  nickname=row.A1_NREDUZ, email=row.A1_EMAIL, home_page=row.A1_HPAGE,
                  addresses=customers.addresses_of(row), phones=customers.phones_of(row))
    values.update(kw)
    return CustomerChanges(**values)


def fault(call, *args) -> str:
    with pytest.raises(PortalError) as error:
        call(*args)
    return error.value.text("es")


def test_addresses_and_phones_of_the_record(session):
    row = customers.customer_record(session, HEAD_OFFICE)
    main, billing, delivery = customers.addresses_of(row)
    assert (main.kind, main.street, main.number, main.city) == ("1", "Av. Rivadavia", "4520", "Buenos Aires")
    assert (billing.kind, billing.number, delivery.kind) == ("2", "", "3")
    assert [(p.kind, p.country_code, p.area_code, p.number) for p in customers.phones_of(row)] == [
        ("1", "54", "11", "4902-1234"), ("2", "54", "11", "4902-1235")]


def test_what_a_customer_may_change_is_written(session):
    row = customers.customer_record(session, NORTH_STORE)
    customers.update_customer(row, changes(
        row, nickname="NORTE NUEVO", email="norte@example.com", home_page="https://norte.example",
        addresses=[Address("1", "Calle 1", "100", "Centro", "BA", "1000", "La Plata")],
        phones=[Phone("1", "54", "221", "400-0000")]))
    assert (row.A1_NREDUZ, row.A1_EMAIL, row.A1_HPAGE) == ("NORTE NUEVO", "norte@example.com", "https://norte.example")
    assert (row.A1_END, row.A1_NUMEND, row.A1_MUN) == ("Calle 1", "100", "La Plata")
    assert (row.A1_ENDCOB, row.A1_ENDENT) == ("", "")  # an address type not sent becomes blank
    assert (row.A1_DDD, row.A1_TEL, row.A1_FAX) == ("221", "400-0000", "")


@pytest.mark.parametrize("field, change", [
    ("CUSTOMERCODE", {"code": "000009"}), ("UNITCUSTOMERCODE", {"store": "07"}),
    ("FEDERALID", {"federal_id": "20111111112"}), ("NAME", {"name": "Otra SA"}),
])
def test_read_only_fields_are_refused_before_anything_is_written(session, field, change):
    row = customers.customer_record(session, HEAD_OFFICE)
    before = (row.A1_EMAIL, row.A1_NREDUZ)
    assert fault(customers.update_customer, row, changes(row, email="x@example.com", nickname="X", **change)) == (
        f"El campo {field} no puede modificarse")
    assert (row.A1_EMAIL, row.A1_NREDUZ) == before


@pytest.mark.parametrize("change, message", [
    ({"email": "not-an-email"}, "Valor inválido para EMAIL: not-an-email"),
    ({"nickname": ""}, "El campo NICKNAME es obligatorio"),
    ({"nickname": "N" * 21}, "Valor inválido para NICKNAME: " + "N" * 20 + "…"),
    ({"addresses": []}, "El campo ADDRESS es obligatorio"),
    ({"addresses": [Address("1", "X"), Address("9")]}, "Valor inválido para TYPEOFADDRESS: 9"),
    ({"addresses": [Address("1", "X"), Address("2", "Y", "12")]}, "Valor inválido para ADDRESSNUMBER: 12"),
    ({"phones": [Phone("3", number="1")]}, "Valor inválido para TYPEOFPHONE: 3"),
])
def test_the_record_is_checked(session, change, message):
    row = customers.customer_record(session, HEAD_OFFICE)
    assert fault(customers.update_customer, row, changes(row, **change)) == message


def contact(**kw):
    values = dict(code=None, name="Ana Ruiz", email="ana@example.com", area_code="11", phone="4902-1260",
                  mobile="15-4000-1111", job_title="Depósito")
    values.update(kw)
    return contacts.ContactData(**values)


def test_contacts_added_changed_and_kept_to_their_store(session):
    code = contacts.save_contact(session, HEAD_OFFICE, contact())
    assert code not in {"000001", "000002", "000003"}
    listed = {c.U5_CODCONT: c for c in contacts.contacts_of(session, HEAD_OFFICE)}
    assert {"000001", "000002", code} == set(listed)
    assert code not in {c.U5_CODCONT for c in contacts.contacts_of(session, NORTH_STORE)}
    assert contacts.save_contact(session, HEAD_OFFICE, contact(code=code, job_title="Logística")) == code
    assert listed[code].U5_FUNCAO == "Logística"
    for customer, other in ((NORTH_STORE, code), (HEAD_OFFICE, "000003"), (COLOR, "000001")):
        assert fault(contacts.save_contact, session, customer, contact(code=other)) == "Contacto no encontrado"
    assert fault(contacts.save_contact, session, HEAD_OFFICE, contact(name="")) == "El campo NAME es obligatorio"
    assert fault(contacts.save_contact, session, HEAD_OFFICE, contact(email="@")) == "Valor inválido para EMAIL: @"
