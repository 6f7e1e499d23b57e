"""The sales rules alone, without SOAP: release statuses and the status of an order, help A410VZ in
each language, Protheus' rounding and the cascade of discounts, price list items and bands."""
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from model import release_status as rs
from model.errors import PortalError
from model.price_lists import Wanted, choose, operation_type
from model.sales_rules import a410arred, a410vz, cascade, item_number
from model.tables import SX6


@pytest.mark.parametrize("blcred, blest, blwms, released, status", [
    ("", "", "", False, "1"),
    ("", "", "", True, "2"),
    ("", "", "06", True, "2"),  # a released state of the warehouse
    ("01", "", "", True, "3"),
    ("04", "", "", True, "3"),
    ("09", "", "", True, "3"),  # rejected
    ("", "02", "", True, "4"),
    ("", "03", "", True, "4"),
    ("10", "10", "", True, "5"),
    ("ZZ", "ZZ", "", True, "5"),
    ("10", "ZZ", "", True, "5"),
    ("", "", "01", True, "6"),
])
def test_the_status_of_a_release(blcred, blest, blwms, released, status):
    assert rs.release_status(blcred, blest, blwms, released=released) == status


def test_an_order_is_as_far_as_its_least_advanced_item():
    assert rs.order_status(["5", "2"]) == "2"
    assert rs.order_status(["5", "1"]) == "1"
    assert rs.order_status(["2", "4"]) == "4"
    assert rs.order_status(["4", "3"]) == "3"
    assert rs.order_status([]) == "1"


@pytest.mark.parametrize("statuses, lang, text", [
    ([], "es", "Cartera"),
    (["2", "2"], "es", "Liberado"),
    (["5", "5"], "es", "Facturado"),
    (["2", "3"], "es", "Liberado con ,Blq. de Credito"),  # Protheus' own glitch, kept
    (["3", "2"], "es", "Liberado con Blq. de Credito"),
    (["3", "4"], "es", "Blq. de Credito,Blq. de Stock"),
    (["5", "2"], "pt", "Liberado com Faturado"),
    (["3", "2"], "en", "Releasedwith Credit Lock"),
    (["3", "3", "4"], "pt", "Blq. de Credito,Blq. de Estoque"),
])
def test_the_status_of_an_order_is_folded_as_protheus_folds_it(statuses, lang, text):
    assert rs.order_status_text(statuses, lang) == text


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


def test_protheus_rounds_or_truncates():
    # 10.00 less 3 % then 5 % is 9.215: 9.22 when MV_ARREFAT is S, 9.21 otherwise
    price = cascade(Decimal("10.00"), (Decimal(3), Decimal(5)))
    assert price == Decimal("9.215")
    assert a410arred(price, 2, rounds=True) == Decimal("9.22")
    assert a410arred(price, 2, rounds=False) == Decimal("9.21")
    # then an item discount of 2 % on the truncated price: 9.0258 -> 9.02, three of them 27.06
    item = a410arred(Decimal("9.21") * Decimal("0.98"), 2, rounds=False)
    assert (item, a410arred(item * 3, 2, rounds=False)) == (Decimal("9.02"), Decimal("27.06"))


def test_a_zero_discount_is_no_discount():
    assert cascade(Decimal("2.25"), (Decimal(0), Decimal(5), Decimal(0))) == Decimal("2.1375")


def test_item_numbers_are_two_digits():
    assert item_number("1", "C6_ITEM") == "01" and item_number("07", "C6_ITEM") == "07"
    for bad in ("", "A1", "0", "100"):
        with pytest.raises(PortalError):
            item_number(bad, "C6_ITEM")


def row(product, limit, price, valid=None, group="", recno=0, state=""):
    return SimpleNamespace(DA1_CODPRO=product, DA1_GRUPO=group, DA1_QTDLOT=Decimal(limit), DA1_PRCVEN=Decimal(price),
                           DA1_DATVIG=valid, R_E_C_N_O_=recno, DA1_ESTADO=state)


def test_a_price_list_prices_by_band_and_latest_date():
    rows = [row("P1", 10, "12.00", dt.date(2024, 1, 1), recno=1), row("P1", 10, "12.50", dt.date(2024, 6, 1), recno=2),
            row("P1", "999999.99", "11.00", None, recno=3), row("", "999999.99", "20.00", group="G1", recno=4)]
    assert choose(rows, Wanted("P1", "G1", Decimal(5))).DA1_PRCVEN == Decimal("12.50")
    assert choose(rows[:1] + rows[2:], Wanted("P1", "G1", Decimal(5))).DA1_PRCVEN == Decimal("12.00")
    assert choose(rows, Wanted("P1", "G1", Decimal(50))).DA1_PRCVEN == Decimal("11.00")
    assert choose(rows, Wanted("P1", "G1", Decimal(2000000))) is None
    assert choose(rows, Wanted("P2", "G1", Decimal(1))).DA1_PRCVEN == Decimal("20.00")  # the group's price
    assert choose(rows, Wanted("P3", "G2", Decimal(1))) is None


def test_a_band_prices_the_customers_state_or_every_state():
    rows = [row("P1", 10, "12.00", recno=1), row("P1", 10, "11.50", dt.date(2024, 1, 1), recno=2, state="CB"),
            row("P1", 20, "11.00", recno=3, state="MZ"), row("P1", 99, "10.00", recno=4)]
    assert choose(rows, Wanted("P1", "", Decimal(5)), "CB").DA1_PRCVEN == Decimal("11.50")  # its state's, latest
    assert choose(rows, Wanted("P1", "", Decimal(5)), "CF").DA1_PRCVEN == Decimal("12.00")  # every state's
    assert choose(rows, Wanted("P1", "", Decimal(15)), "MZ").DA1_PRCVEN == Decimal("11.00")
    # the band of 20 holds only Mendoza's item: it prices nothing elsewhere (B1_PRV1 then)
    assert choose(rows, Wanted("P1", "", Decimal(15)), "CF") is None


@pytest.mark.parametrize("company, north, state, operation", [
    ("CF", "", "CF", "1"), ("CF", "", "CB", "2"), ("SP", "AM/PA/BA", "BA", "3"), ("BA", "AM/PA/BA", "PA", "2"),
    ("", "", "CF", None),
])
def test_the_operation_type_of_a_customer(session, company, north, state, operation):
    for name, value in (("MV_ESTADO", company), ("MV_NORTE", north)):
        rows = session.scalars(select(SX6).where(SX6.X6_VAR == name)).all() or [SX6(X6_FIL="", X6_VAR=name, X6_TIPO="C")]
        for row in rows:
            row.X6_CONTEUD = row.X6_CONTSPA = row.X6_CONTENG = value
            session.add(row)
    assert operation_type(session, state) == operation
