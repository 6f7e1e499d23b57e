"""A customer's contacts, saved and read by the model alone."""
import pytest

from model import contacts
from model.addresses import Address, Phone
from model.contacts import ContactData
from model.errors import PortalError
from model.tables import AC8, SU5
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE


def fault(call, *args) -> str:
    with pytest.raises(PortalError) as error:
        call(*args)
    return error.value.text("es")


def new_contact(**kw):
    values = dict(code=None, name="Ana Ruiz", federal_id="11144477735", email="ana@example.com",
                  home_page="www.ana.example", position="000004", group="02", department="DEPOSITO",
                  addresses=[Address("1", "Av. Rivadavia", "4520", "Buenos Aires", "CF", "C1424CEE", "Caballito")],
                  phones=[Phone("1", "54", "11", "4902-1260"), Phone("3", number="15-4000-1111")])
    values.update(kw)
    return ContactData(**values)


def test_a_contact_with_its_descriptions_address_and_phones(session):
    entry = contacts.contact_of(session, HEAD_OFFICE, "000001")
    assert (entry.contact.U5_CONTAT, entry.position, entry.group, entry.department) == (
        "Carlos Fernández", "Jefe de compras", "Decisores", "Compras")
    assert entry.addresses == [Address("1", "Av. Rivadavia", "4520", "Buenos Aires", "CF", "C1424CEE", "Caballito")]
    assert entry.phones == [Phone("1", "54", "11", "4902-1240"), Phone("2", "54", "11", "4902-1241"),
                            Phone("3", "54", "11", "15-5123-4567"), Phone("4", "54", "11", "4633-9090")]
    assert contacts.contact_of(session, HEAD_OFFICE, "000002").addresses == []


def test_a_contact_is_found_only_through_its_customer(session):
    for customer, code in ((NORTH_STORE, "000001"), (HEAD_OFFICE, "000003"), (COLOR, "000001"), (HEAD_OFFICE, "")):
        assert fault(contacts.contact_of, session, customer, code) == "Contacto no encontrado"


def test_a_contact_added_is_linked_to_its_store_only(session):
    code = contacts.save_contact(session, HEAD_OFFICE, new_contact())
    assert code == "000004"  # the SU5 sequence goes on from the demo's contacts
    entry = contacts.contact_of(session, HEAD_OFFICE, code)
    row = entry.contact
    assert (row.U5_CONTAT, row.U5_CPF, row.U5_URL, row.U5_CLIENTE, row.U5_LOJA) == (
        "Ana Ruiz", "11144477735", "www.ana.example", "000001", "01")
    assert (row.U5_END, row.U5_BAIRRO, row.U5_MUN) == ("Av. Rivadavia, 4520", "Caballito", "Buenos Aires")
    assert (row.U5_CODPAIS, row.U5_DDD, row.U5_FCOM1, row.U5_CELULAR, row.U5_FAX) == (
        "54", "11", "4902-1260", "15-4000-1111", "")
    assert (entry.position, entry.group, entry.department) == ("Encargado de depósito", "Operativos", "Depósito")
    assert code in [e.contact.U5_CODCONT for e in contacts.contacts_of(session, HEAD_OFFICE)]
    assert contacts.contacts_of(session, NORTH_STORE) == []


def test_a_change_replaces_the_fields_and_only_the_address_and_phones_sent(session):
    code = contacts.save_contact(session, HEAD_OFFICE, ContactData(
        code="000001", name="Carlos A. Fernández", email="carlos@example.com", position="000003",
        phones=[Phone("4", number="")]))
    assert code == "000001"
    row = contacts.contact_of(session, HEAD_OFFICE, code).contact
    assert (row.U5_CONTAT, row.U5_EMAIL, row.U5_FUNCAO, row.U5_FONE) == (
        "Carlos A. Fernández", "carlos@example.com", "000003", "")
    assert (row.U5_CPF, row.U5_URL, row.U5_DEPTO, row.U5_GRUPO) == ("", "", "", "")  # the form left them blank
    assert (row.U5_END, row.U5_FCOM1, row.U5_CELULAR) == ("Av. Rivadavia, 4520", "4902-1240", "15-5123-4567")


@pytest.mark.parametrize("data, message", [
    (new_contact(name=""), "El campo NAME es obligatorio"),
    (new_contact(email="@"), "Valor inválido para EMAIL: @"),
    (new_contact(position="999999"), "POSITION 999999 no registrado"),
    (new_contact(group="X"), "GROUP X no registrado"),
    (new_contact(department="NOPE"), "DEPARTMENT NOPE no registrado"),
    (new_contact(addresses=[Address("2", "Calle", "1")]), "Valor inválido para TYPEOFADDRESS: 2"),
    (new_contact(phones=[Phone("5", number="1")]), "Valor inválido para TYPEOFPHONE: 5"),
    (new_contact(federal_id="1" * 15), "Valor inválido para FEDERALID: " + "1" * 14 + "…"),
    (new_contact(code="000003"), "Contacto no encontrado"),  # another customer's
])
def test_every_check_comes_before_any_write(session, data, message):
    before = session.query(SU5).count(), session.query(AC8).count()
    assert fault(contacts.save_contact, session, HEAD_OFFICE, data) == message
    session.flush()
    assert (session.query(SU5).count(), session.query(AC8).count()) == before


def test_the_look_ups_of_the_contact_form(session):
    assert contacts.positions(session)[0] == ("000001", "Jefe de compras")
    assert [code for code, _ in contacts.departments(session)] == ["ADMIN", "COMPRAS", "DEPOSITO", "VENTAS"]
    assert contacts.groups(session) == [("01", "Decisores"), ("02", "Operativos")]


@pytest.mark.parametrize("number, valid", [
    ("11144477735", True), ("111.444.777-35", True), ("11222333000181", True), ("11.222.333/0001-81", True),
    ("11144477734", False), ("11222333000182", False), ("11111111111", False), ("00000000000000", False),
    ("1114447773", False), ("20222333440", False), ("", False), (None, False), ("111444777-35x", False),
])
def test_identification_numbers_by_their_check_digits(number, valid):
    assert contacts.valid_identification(number) is valid
