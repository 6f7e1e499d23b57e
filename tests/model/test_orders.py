"""Sales orders and quotes built, priced, placed and changed by the model alone: the header
defaults, prices in cascade, A410VZ and every fault naming its column, the portfolio rule."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from model import budget as budgets
from model import documents, sales_order
from model.documents import ORDER, QUOTE
from model.errors import PortalError
from model.release import release_orders
from model.sales_rules import ItemInput
from model.tables import SA1, SC5, SC6, SCK, ZSX
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE, TODAY


def header(customer, **columns):
    return {"C5_CLIENTE": customer.code, "C5_LOJACLI": customer.store, **columns}


def items(*rows):
    """ItemInputs from (product, quantity[, {field: value}])."""
    return [ItemInput(item=f"{n:02d}", product=row[0], quantity=Decimal(row[1]), **(row[2] if len(row) > 2 else {}))
            for n, row in enumerate(rows, start=1)]


def fault(call, *args) -> str:
    """The Spanish text of the fault, columns named as they are (the service maps them to the wire)."""
    with pytest.raises(PortalError) as error:
        call(*args)
    return error.value.text("es")


def test_the_header_takes_the_customers_terms(session):
    order = sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0007", 10)), TODAY)
    h = order.header
    assert (h["C5_CONDPAG"], h["C5_TABELA"], h["C5_TRANSP"], h["C5_VEND1"], h["C5_COMIS1"]) == (
        "002", "001", "000001", "000001", Decimal("2.50"))
    assert (h["C5_TIPO"], h["C5_TPFRETE"], h["C5_MOEDA"], h["C5_EMISSAO"], h["C5_ORIGEM"], h["C5_TIPLIB"]) == (
        "N", "C", 1, TODAY, "PORTAL", "1")
    assert (h["C5_CLIENT"], h["C5_LOJAENT"], h["C5_TIPOCLI"]) == ("000001", "01", "R")
    assert h["C5_PESOL"] == Decimal("0.0500") and h["C5_PBRUTO"] == Decimal("0.0550")  # 10 x B1_PESO / B1_PESBRU


def test_prices_come_from_the_customers_list_with_discounts_in_cascade(session):
    order = sales_order.build_order(
        session, NORTH_STORE, header(NORTH_STORE, C5_DESC1=Decimal(5)),
        items(("PA0002", 10), ("PA0006", 100, {"discount": Decimal(10)}), ("PA0005", 1, {"tes": "502"}),
              ("PA0007", 3, {"net_price": Decimal("1.11")})), TODAY)
    by_product = {i["C6_PRODUTO"]: i for i in order.items}
    # wholesale list 002, no MV_ARREFAT: truncated to 2 decimals at each step as Protheus does.
    # PA0002: 2.05 less 5 % = 1.9475 -> 1.94
    assert (by_product["PA0002"]["C6_PRUNIT"], by_product["PA0002"]["C6_PRCVEN"]) == (Decimal("2.05"), Decimal("1.94"))
    # PA0006: 0.45 less 5 % = 0.4275 -> 0.42 (the header's cascade), less 10 % = 0.378 -> 0.37
    assert by_product["PA0006"]["C6_PRCVEN"] == Decimal("0.37")
    assert by_product["PA0006"]["C6_VALOR"] == Decimal("37.00")
    # C6_VALDESC holds the item's discount only, measured from the header's price: 42.00 - 37.00
    assert by_product["PA0006"]["C6_VALDESC"] == Decimal("5.00")
    assert by_product["PA0005"]["C6_TES"] == "502"
    assert by_product["PA0007"]["C6_PRCVEN"] == Decimal("1.11")  # a price sent wins over the discounts
    assert [i["C6_ITEM"] for i in order.items] == ["01", "02", "03", "04"]
    assert by_product["PA0002"]["C6_CF"] == "5102" and by_product["PA0002"]["C6_LOCAL"] == "01"


@pytest.mark.parametrize("rows", [
    (("PA0005", 1),),  # no TES on the item nor on the product
    (("PA0007", 0),),  # no quantity
])
def test_a410vz(session, rows):
    assert "A410VZ" in fault(sales_order.build_order, session, HEAD_OFFICE, header(HEAD_OFFICE), items(*rows), TODAY)


@pytest.mark.parametrize("columns, item, column", [
    ({}, {"product": "NOPE"}, "C6_PRODUTO"),
    ({}, {"product": "PA0099"}, "C6_PRODUTO"),
    ({}, {"tes": "999"}, "C6_TES"),
    ({}, {"tes": "001"}, "C6_TES"),
    ({}, {"discount": Decimal(100)}, "C6_DESCONT"),
    ({}, {"quantity": Decimal(-1)}, "C6_QTDVEN"),
    ({}, {"item": "100"}, "C6_ITEM"),
    ({}, {"delivery": TODAY - dt.timedelta(days=1)}, "C6_ENTREG"),
    ({"C5_CONDPAG": "999"}, {}, "C5_CONDPAG"),
    ({"C5_TRANSP": "999999"}, {}, "C5_TRANSP"),
    ({"C5_TPFRETE": "X"}, {}, "C5_TPFRETE"),
    ({"C5_TIPLIB": "3"}, {}, "C5_TIPLIB"),
    ({"C5_MOEDA": Decimal(6)}, {}, "C5_MOEDA"),
    ({"C5_DESC3": Decimal(100)}, {}, "C5_DESC3"),
    ({"C5_FRETE": Decimal(-5)}, {}, "C5_FRETE"),
    ({"C5_MENNOTA": "x" * 121}, {}, "C5_MENNOTA"),
])
def test_each_fault_names_its_column(session, columns, item, column):
    row = ItemInput(**{"item": "01", "product": "PA0007", "quantity": Decimal(1), **item})
    with pytest.raises(PortalError) as error:
        sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE, **columns), [row], TODAY)
    assert error.value.params.get("field") == column, error.value.text("es")


@pytest.mark.parametrize("columns, message", [
    ({"C5_CLIENTE": "000002"}, "Cliente invalido"),
    ({"C5_CLIENT": "000002"}, "Cliente invalido"),
    ({"C5_LOJAENT": "09"}, "Cliente y/o Tienda no registrados."),
])
def test_the_buyer_and_the_receiver_are_the_customers_own(session, columns, message):
    assert fault(sales_order.build_order, session, HEAD_OFFICE, header(HEAD_OFFICE, **columns),
                 items(("PA0007", 1)), TODAY) == message


def test_the_customers_own_price_list_wins_else_the_one_sent_is_checked(session):
    sent = header(HEAD_OFFICE, C5_TABELA="999")
    assert sales_order.build_order(session, HEAD_OFFICE, sent, items(("PA0007", 1)), TODAY).header["C5_TABELA"] == "001"
    buyer = session.scalars(select(SA1).where(SA1.A1_COD == HEAD_OFFICE.code, SA1.A1_LOJA == HEAD_OFFICE.store)).one()
    buyer.A1_TABELA = ""
    for code, refusal in (("999", None), ("003", "OMSTABPRC1"), ("004", "OMSTABPRC4")):  # unknown, expired, inactive
        with pytest.raises(PortalError) as error:
            sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE, C5_TABELA=code), items(("PA0007", 1)), TODAY)
        assert (error.value.help_code, error.value.params.get("field")) == (refusal, None if refusal else "C5_TABELA")
    no_list = sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0007", 1)), TODAY)
    assert no_list.header["C5_TABELA"] == "" and no_list.items[0]["C6_PRUNIT"] == Decimal("1.80")  # B1_PRV1


def test_another_store_of_the_same_customer_may_receive_the_goods(session):
    order = sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE, C5_LOJAENT="02"),
                                    items(("PA0007", 1)), TODAY)
    assert (order.header["C5_CLIENT"], order.header["C5_LOJAENT"]) == ("000001", "02")


def count(session, table, *where):
    return session.scalar(select(func.count()).select_from(table).where(*where))


def test_an_order_placed_changed_and_deleted_while_in_portfolio(session):
    number = sales_order.put_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0002", 10), ("PA0007", 5)),
                                   TODAY)
    assert session.scalars(select(ZSX.ZSX_ULTIMO).where(ZSX.ZSX_CHAVE == "SC5")).one() == number
    stored = documents.items_of(session, ORDER, number)
    assert [(i.C6_ITEM, i.C6_PRODUTO, i.C6_QTDVEN) for i in stored] == [("01", "PA0002", 10), ("02", "PA0007", 5)]

    # the same item number changes in place, a new one is added, a missing one deleted
    recno = stored[0].R_E_C_N_O_
    changed = [ItemInput("01", "PA0002", Decimal(20)), ItemInput("03", "PA0006", Decimal(100))]
    assert sales_order.put_order(session, HEAD_OFFICE, header(HEAD_OFFICE, C5_NUM=number), changed, TODAY) == number
    session.expire_all()
    stored = documents.items_of(session, ORDER, number)
    assert [(i.C6_ITEM, i.C6_PRODUTO, i.C6_QTDVEN) for i in stored] == [("01", "PA0002", 20), ("03", "PA0006", 100)]
    assert stored[0].R_E_C_N_O_ == recno

    # another customer's order is not found, nor another store's; once released it no longer changes
    with pytest.raises(PortalError):
        sales_order.get_order(session, COLOR, number)
    with pytest.raises(PortalError):
        sales_order.get_order(session, NORTH_STORE, number)
    release_orders(session, TODAY, number)
    with pytest.raises(PortalError) as changing:
        sales_order.put_order(session, HEAD_OFFICE, header(HEAD_OFFICE, C5_NUM=number), changed, TODAY)
    with pytest.raises(PortalError) as deleting:
        sales_order.delete_order(session, HEAD_OFFICE, number)
    assert changing.value.key == deleting.value.key


def test_deleting_marks_the_rows(session):
    number = sales_order.put_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0007", 1)), TODAY)
    sales_order.delete_order(session, HEAD_OFFICE, number)
    session.flush()
    with pytest.raises(PortalError):
        sales_order.get_order(session, HEAD_OFFICE, number)
    raw = session.connection().exec_driver_sql(
        f"SELECT \"D_E_L_E_T_\" FROM \"{SC6.__table__.name}\" WHERE \"C6_NUM\" = '{number}'").all()
    assert raw == [("*",)]


def test_a_simulation_writes_nothing(session):
    before = (count(session, SC5), count(session, SC6))
    order = sales_order.simulate_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0007", 3)), TODAY,
                                       reprice=False)
    assert order.items[0]["C6_VALOR"] == Decimal("5.40") and order.header["C5_NUM"] == ""
    session.flush()
    assert (count(session, SC5), count(session, SC6)) == before


def quote(customer, number="", **columns):
    return {"CJ_NUM": number, "CJ_CLIENTE": customer.code, "CJ_LOJA": customer.store, **columns}


def test_a_quote_placed_and_changed_while_open(session):
    number = budgets.put_budget(session, NORTH_STORE, quote(NORTH_STORE),
                                items(("PA0002", 100), ("ME0003", 2, {"net_price": Decimal(70)})), TODAY)
    found = budgets.get_budget(session, NORTH_STORE, number)
    assert (found.header.CJ_STATUS, found.header.CJ_VALIDA, found.header.CJ_TABELA) == (
        "A", TODAY + dt.timedelta(days=30), "002")
    assert budgets.total(found.items) == Decimal("345.00")  # 100 x 2.05 + 2 x 70
    budgets.put_budget(session, NORTH_STORE, quote(NORTH_STORE, number), items(("PA0002", 50)), TODAY)
    session.expire_all()
    assert [(i.CK_PRODUTO, i.CK_QTDVEN) for i in documents.items_of(session, QUOTE, number)] == [("PA0002", 50)]
    assert count(session, SCK, SCK.CK_NUM == number) == 1  # the roller's row is marked deleted


def test_only_an_open_quote_changes_and_only_its_customers(session):
    assert fault(budgets.put_budget, session, HEAD_OFFICE, quote(HEAD_OFFICE, "000002"), items(("PA0002", 1)),
                 TODAY) == budgets_not_open("000002")
    with pytest.raises(PortalError):
        budgets.get_budget(session, HEAD_OFFICE, "000004")
    with pytest.raises(PortalError) as error:
        budgets.put_budget(session, HEAD_OFFICE, quote(HEAD_OFFICE, CJ_VALIDA=TODAY - dt.timedelta(days=1)),
                           items(("PA0002", 1)), TODAY)
    assert error.value.params.get("field") == "CJ_VALIDA"
    assert "A410VZ" in fault(budgets.put_budget, session, HEAD_OFFICE, quote(HEAD_OFFICE), items(("PA0005", 1)), TODAY)


def budgets_not_open(number):
    return PortalError("budget_not_open", budget=number).text("es")


def test_an_effected_quote_becomes_an_order_at_its_prices(session):
    number = budgets.put_budget(session, HEAD_OFFICE, quote(HEAD_OFFICE),
                                items(("PA0007", 4, {"net_price": Decimal("1.50")})), TODAY)
    order_number = budgets.effect_budget(session, HEAD_OFFICE, number, TODAY)
    session.flush()
    order_items = documents.items_of(session, ORDER, order_number)
    assert [(i.C6_PRODUTO, i.C6_QTDVEN, i.C6_PRCVEN) for i in order_items] == [("PA0007", 4, Decimal("1.50"))]
    assert budgets.get_budget(session, HEAD_OFFICE, number).header.CJ_STATUS == "B"
    assert fault(budgets.effect_budget, session, HEAD_OFFICE, number, TODAY) == budgets_not_open(number)


def test_a_price_list_without_hours_type_has_no_dates(session):
    from model.tables import DA0

    buyer = session.scalars(select(SA1).where(SA1.A1_COD == HEAD_OFFICE.code, SA1.A1_LOJA == HEAD_OFFICE.store)).one()
    buyer.A1_TABELA = ""
    expired = session.scalars(select(DA0).where(DA0.DA0_CODTAB == "003")).one()
    expired.DA0_TPHORA = ""  # MaVldTabPrc looks at the dates only for types 1 and 2
    order = sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE, C5_TABELA="003"),
                                    items(("PA0002", 1)), TODAY)
    assert order.header["C5_TABELA"] == "003"
    expired.DA0_CONDPG = "003"  # but a list for another payment plan is still refused
    with pytest.raises(PortalError) as error:
        sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE, C5_TABELA="003"), items(("PA0002", 1)), TODAY)
    assert error.value.help_code == "OMSTABPRC2"
