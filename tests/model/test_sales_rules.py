"""The sales rules alone, without SOAP: release status, help A410VZ in each language, discounts."""
from decimal import Decimal

import pytest

from model import release_status as rs
from model.order_items import a410vz, cascade, item_number, unit_price
from model.errors import PortalError


@pytest.mark.parametrize("blcred, blest, released, status", [
    ("", "", False, "1"),
    ("", "", True, "2"),
    ("01", "", True, "3"),
    ("04", "", True, "3"),
    ("09", "", True, "3"),  # rejected
    ("", "02", True, "4"),
    ("", "03", True, "4"),
    ("10", "10", True, "5"),
    ("ZZ", "ZZ", True, "5"),
    ("10", "ZZ", True, "5"),
])
def test_the_status_of_a_release(blcred, blest, released, status):
    assert rs.release_status(blcred, blest, released=released) == status


def test_an_order_is_as_far_as_its_least_advanced_item():
    assert rs.order_status(["5", "2"]) == "2"
    assert rs.order_status(["5", "1"]) == "1"
    assert rs.order_status(["2", "4"]) == "4"
    assert rs.order_status(["4", "3"]) == "3"
    assert rs.order_status([]) == "1"


@pytest.mark.parametrize("lang, text", [
    ("es", "AYUDA:A410VZ LOS CAMPOS CANTIDAD, PRECIO DE VENTA, PRECIO UNITARIO O TES ESTÁN EN BLANCO"),
    ("pt", "AJUDA:A410VZ OS CAMPOS QUANTIDADE, PREÇO DE VENDA, PREÇO UNITÁRIO OU TES ESTÃO EM BRANCO"),
    ("en", "HELP:A410VZ THE FIELDS QUANTITY, SALES PRICE, UNIT PRICE OR TES ARE BLANK"),
])
def test_a410vz_in_each_language(lang, text):
    assert a410vz().text(lang) == text


def test_status_texts_in_each_language():
    assert [rs.status_text(s, "pt") for s in rs.STATUSES] == ["Carteira", "Liberado", "Blq. de Credito",
                                                              "Blq. de Estoque", "Faturado"]
    assert [rs.status_text(s, "en") for s in rs.STATUSES] == ["Portfolio", "Released", "Credit Lock", "Stock Lock",
                                                              "Invoiced"]
    assert PortalError("order_not_found").text("pt") == "Pedido nao encontrado"


def test_discounts_compose_in_cascade():
    # 100 less 10 %, then 10 % of the 90 left, then 5 %: 76.95, not 75
    assert unit_price(cascade(Decimal(100), (Decimal(10), Decimal(10), Decimal(5)))) == Decimal("76.9500")
    assert unit_price(cascade(Decimal("2.25"), (Decimal(5),))) == Decimal("2.1375")


def test_item_numbers_are_two_digits():
    assert item_number("1") == "01" and item_number("07") == "07"
    for bad in ("", "A1", "0", "100"):
        with pytest.raises(PortalError):
            item_number(bad)
