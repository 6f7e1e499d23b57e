"""Addresses kept as "street, number" and phones sharing their codes, called directly."""
import pytest

from model.addresses import (
    Address,
    AddressColumns,
    Phone,
    PhoneColumns,
    check_addresses,
    check_phones,
    join_street,
    split_street,
)
from model.errors import PortalError
from model.tables import SA1

LAYOUT = {"1": AddressColumns("A1_END", "A1_BAIRRO", "A1_MUN", "A1_EST", "A1_CEP"),
          "2": AddressColumns("A1_ENDCOB", "A1_BAIRROC", "A1_MUNC", "A1_ESTC", "A1_CEPC")}
PHONES = PhoneColumns("A1_DDI", "A1_DDD", {"1": "A1_TEL", "2": "A1_FAX"})


@pytest.mark.parametrize("text, parts", [
    ("Av. Rivadavia, 4520", ("Av. Rivadavia", "4520")),
    ("Av. Rivadavia,4520 ", ("Av. Rivadavia", "4520")),
    ("Calle 1, Depto 2, 100", ("Calle 1, Depto 2", "100")),  # the last comma splits
    ("Ruta 40 km 3210", ("Ruta 40 km 3210", "")),  # no comma: no number
    ("Calle 1, Depto 2,", ("Calle 1, Depto 2", "")),
    ("", ("", "")),
])
def test_the_street_and_number_split_on_the_last_comma(text, parts):
    assert split_street(text) == parts


@pytest.mark.parametrize("street, number", [
    ("Av. Rivadavia", "4520"), ("Ruta 40 km 3210", ""), ("Calle 1, Depto 2", ""), ("Calle 1, Depto 2", "100"),
])
def test_what_is_written_splits_back_to_what_was_sent(street, number):
    assert split_street(join_street(street, number)) == (street, number)
    assert join_street("Av. Rivadavia", "4520") == "Av. Rivadavia, 4520"
    assert join_street("Ruta 40 km 3210", "") == "Ruta 40 km 3210"


def test_addresses_sent_become_the_columns_of_their_kind():
    values = check_addresses(SA1, [Address("2", "Av. Rivadavia", "4520", "Buenos Aires", "cf", "C1424CEE", "Caballito")],
                             LAYOUT)
    assert values == {"2": {"A1_ENDCOB": "Av. Rivadavia, 4520", "A1_BAIRROC": "Caballito", "A1_MUNC": "Buenos Aires",
                            "A1_ESTC": "CF", "A1_CEPC": "C1424CEE"}}
    assert check_addresses(SA1, None, LAYOUT) == {}


@pytest.mark.parametrize("addresses, message", [
    ([Address("3", "X")], "Valor inválido para TYPEOFADDRESS: 3"),
    ([Address("1", "X"), Address("1", "Y")], "Valor inválido para TYPEOFADDRESS: 1"),
    ([Address("1", "", "12")], "El campo ADDRESS es obligatorio"),
    ([Address("1", "")], "El campo ADDRESS es obligatorio"),  # the required kind needs a street
    ([Address("2", "X", "1234567")], "Valor inválido para ADDRESSNUMBER: 123456…"),
    ([Address("2", "X" * 41)], "Valor inválido para ADDRESS: " + "X" * 40 + "…"),
    ([Address("2", "X" * 38, "12")], "Valor inválido para ADDRESS: " + "X" * 38 + ", …"),  # with its number
    ([Address("2", "X", district="M" * 16)], "Valor inválido para DISTRICT: " + "M" * 15 + "…"),
])
def test_addresses_are_checked(addresses, message):
    with pytest.raises(PortalError) as error:
        check_addresses(SA1, addresses, LAYOUT, required_kind="1")
    assert error.value.text("es") == message


def test_phones_share_the_first_codes_sent_and_a_kind_not_sent_is_not_touched():
    assert check_phones(SA1, [Phone("2", "", "", "4902-1235"), Phone("1", "54", "11", "4902-1234")], PHONES) == {
        "A1_TEL": "4902-1234", "A1_FAX": "4902-1235", "A1_DDI": "54", "A1_DDD": "11"}
    assert check_phones(SA1, [Phone("2", "54", "221", "400-0001")], PHONES) == {
        "A1_FAX": "400-0001", "A1_DDI": "54", "A1_DDD": "221"}
    assert check_phones(SA1, [Phone("2", number="")], PHONES) == {"A1_FAX": ""}  # sent empty: cleared
    with pytest.raises(PortalError, match="TYPEOFPHONE"):
        check_phones(SA1, [Phone("3", number="1")], PHONES)
    with pytest.raises(PortalError, match="LOCALAREACODE"):
        check_phones(SA1, [Phone("1", area_code="1234", number="1")], PHONES)
