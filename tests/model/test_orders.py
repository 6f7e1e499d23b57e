"""Sales orders and quotes built, priced, placed and changed by the model alone: the header
defaults, prices in cascade, A410VZ and every fault naming its field, the portfolio rule."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from model import budget as budgets
from model import sales_order
from model.errors import PortalError
from model.order_items import ItemInput
from model.release import release_orders
from model.tables import SC5, SC6, SCK, ZSX
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE, TODAY


def header(customer, **columns):
    return {"C5_CLIENTE": customer.code, "C5_LOJACLI": customer.store, **columns}


def items(*rows):
    """ItemInputs from (product, quantity[, {field: value}])."""
    return [ItemInput(item=f"{n:02d}", product=row[0], quantity=Decimal(row[1]), **(row[2] if len(row) > 2 else {}))
            for n, row in enumerate(rows, start=1)]


def fault(call, *args) -> str:
    with pytest.raises(PortalError) as error:
        call(*args)
    return error.value.text("es")


def test_the_header_takes_the_customers_terms(session):
    order = sales_order.build_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0007", 10)), TODAY)
    h = order.header
    assert (h["C5_CONDPAG"], h["C5_TABELA"], h["C5_TRANSP"], h["C5_VEND1"], h["C5_COMIS1"]) == (
        "002", "001", "000001", "000001", Decimal("2.50"))
    assert (h["C5_TIPO"], h["C5_TPFRETE"], h["C5_MOEDA"], h["C5_EMISSAO"], h["C5_ORIGEM"]) == (
        "N", "C", 1, TODAY, "PORTAL")
    assert (h["C5_CLIENT"], h["C5_LOJAENT"], h["C5_TIPOCLI"]) == ("000001", "01", "R")
    assert h["C5_PESOL"] == Decimal("0.0500") and h["C5_PBRUTO"] == Decimal("0.0550")  # 10 x B1_PESO / B1_PESBRU


def test_prices_come_from_the_customers_list_with_discounts_in_cascade(session):
    order = sales_order.build_order(
        session, NORTH_STORE, header(NORTH_STORE, C5_DESC1=Decimal(5)),
        items(("PA0002", 10), ("PA0006", 100, {"discount": Decimal(10)}), ("PA0005", 1, {"tes": "502"}),
              ("PA0007", 3, {"net_price": Decimal("1.11")})), TODAY)
    by_product = {i["C6_PRODUTO"]: i for i in order.items}
    # wholesale list 002: 2.05 less 5 %; 0.45 less 5 % then 10 %; PA0005 is not on the list: B1_PRV1
    assert (by_product["PA0002"]["C6_PRUNIT"], by_product["PA0002"]["C6_PRCVEN"]) == (Decimal("2.05"), Decimal("1.9475"))
    assert by_product["PA0006"]["C6_PRCVEN"] == Decimal("0.3848")  # 0.38475 rounded half up
    assert by_product["PA0006"]["C6_VALOR"] == Decimal("38.48")
    assert by_product["PA0006"]["C6_VALDESC"] == Decimal("45.00") - Decimal("38.48")
    assert by_product["PA0005"]["C6_PRUNIT"] == Decimal("98.0000") and by_product["PA0005"]["C6_TES"] == "502"
    assert by_product["PA0007"]["C6_PRCVEN"] == Decimal("1.11")  # a price sent wins over the discounts
    assert [i["C6_ITEM"] for i in order.items] == ["01", "02", "03", "04"]
    assert by_product["PA0002"]["C6_CF"] == "5102" and by_product["PA0002"]["C6_LOCAL"] == "01"
    assert by_product["PA0002"]["C6_UNSVEN"] == Decimal("0.10")  # 10 units, 100 a box


@pytest.mark.parametrize("rows", [
    (("PA0005", 1),),  # no TES on the item nor on the product
    (("PA0007", 0),),  # no quantity
])
def test_a410vz(session, rows):
    assert fault(sales_order.build_order, session, HEAD_OFFICE, header(HEAD_OFFICE), items(*rows), TODAY) == (
        "AYUDA:A410VZ LOS CAMPOS CANTIDAD, PRECIO DE VENTA, PRECIO UNITARIO O TES ESTÁN EN BLANCO")


@pytest.mark.parametrize("columns, item, message", [
    ({}, {"product": "NOPE"}, "PRODUCTID NOPE no registrado"),
    ({}, {"product": "PA0099"}, "PRODUCTID PA0099 bloqueado"),
    ({}, {"tes": "999"}, "ITEMOUTFLOWTYPE 999 no registrado"),
    ({}, {"tes": "001"}, "Valor inválido para ITEMOUTFLOWTYPE: 001"),
    ({}, {"discount": Decimal(100)}, "Valor inválido para DISCOUNTPERCENTAGE: 100"),
    ({}, {"quantity": Decimal(-1)}, "Valor inválido para QUANTITY: -1"),
    ({}, {"item": "100"}, "Valor inválido para ORDERITEM: 100"),
    ({}, {"delivery": TODAY - dt.timedelta(days=1)},
     f"Valor inválido para DELIVERYDATE: {(TODAY - dt.timedelta(days=1)).isoformat()}"),
    ({"C5_TABELA": "999"}, {}, "PRICELISTCODE 999 no registrado"),
    ({"C5_TABELA": "003"}, {}, "Lista de precios 003 fuera de vigencia"),
    ({"C5_CONDPAG": "999"}, {}, "PAYMENTPLANCODE 999 no registrado"),
    ({"C5_TRANSP": "999999"}, {}, "CARRIERCODE 999999 no registrado"),
    ({"C5_CLIENTE": "000002"}, {}, "Cliente invalido"),
    ({"C5_CLIENT": "000002"}, {}, "Cliente invalido"),
    ({"C5_LOJAENT": "09"}, {}, "Cliente y/o Tienda no registrados."),
    ({"C5_TPFRETE": "X"}, {}, "Valor inválido para FREIGHTTYPE: X"),
    ({"C5_MOEDA": Decimal(6)}, {}, "Valor inválido para SALESORDERCURRENCY: 6"),
    ({"C5_DESC3": Decimal(100)}, {}, "Valor inválido para DISCOUNT3: 100"),
    ({"C5_FRETE": Decimal(-5)}, {}, "Valor inválido para FREIGHTVALUE: -5"),
    ({"C5_MENNOTA": "x" * 61}, {}, "Valor inválido para INVOICEMESSAGE: " + "x" * 60 + "…"),
])
def test_each_fault_names_its_field(session, columns, item, message):
    row = ItemInput(**{"item": "01", "product": "PA0007", "quantity": Decimal(1), **item})
    assert fault(sales_order.build_order, session, HEAD_OFFICE, header(HEAD_OFFICE, **columns), [row], TODAY) == message


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
    stored = sales_order.get_order(session, HEAD_OFFICE, number)
    assert [(i.C6_ITEM, i.C6_PRODUTO, i.C6_QTDVEN) for i in stored.items] == [("01", "PA0002", 10), ("02", "PA0007", 5)]

    # the same item number changes in place, a new one is added, a missing one deleted
    recno = stored.items[0].R_E_C_N_O_
    changed = [ItemInput("01", "PA0002", Decimal(20)), ItemInput("03", "PA0006", Decimal(100))]
    assert sales_order.put_order(session, HEAD_OFFICE, header(HEAD_OFFICE, C5_NUM=number), changed, TODAY) == number
    session.expire_all()
    stored = sales_order.get_order(session, HEAD_OFFICE, number)
    assert [(i.C6_ITEM, i.C6_PRODUTO, i.C6_QTDVEN) for i in stored.items] == [("01", "PA0002", 20), ("03", "PA0006", 100)]
    assert stored.items[0].R_E_C_N_O_ == recno

    # another customer's order is not found; once released, the order no longer changes
    assert fault(sales_order.get_order, session, COLOR, number) == "Pedido no encontrado"
    assert fault(sales_order.get_order, session, NORTH_STORE, number) == "Pedido no encontrado"
    release_orders(session, TODAY, number)
    message = f"El pedido {number} ya no está en cartera: no puede modificarse ni borrarse"
    assert fault(sales_order.put_order, session, HEAD_OFFICE, header(HEAD_OFFICE, C5_NUM=number), changed, TODAY) == message
    assert fault(sales_order.delete_order, session, HEAD_OFFICE, number) == message


def test_deleting_marks_the_rows(session):
    number = sales_order.put_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0007", 1)), TODAY)
    sales_order.delete_order(session, HEAD_OFFICE, number)
    session.flush()
    assert fault(sales_order.get_order, session, HEAD_OFFICE, number) == "Pedido no encontrado"
    raw = session.connection().exec_driver_sql(
        f"SELECT \"D_E_L_E_T_\" FROM \"{SC6.__table__.name}\" WHERE \"C6_NUM\" = '{number}'").all()
    assert raw == [("*",)]


def test_a_calculation_writes_nothing(session):
    before = (count(session, SC5), count(session, SC6))
    order = sales_order.calc_order(session, HEAD_OFFICE, header(HEAD_OFFICE), items(("PA0007", 3)), TODAY)
    assert order.items[0]["C6_VALOR"] == Decimal("5.40") and order.header["C5_NUM"] == ""
    session.flush()
    assert (count(session, SC5), count(session, SC6)) == before


def quote(customer, number="", **kw):
    return budgets.BudgetHeader(number=number, customer_code=customer.code, customer_store=customer.store, **kw)


def test_a_quote_placed_and_changed_while_open(session):
    number = budgets.put_budget(session, NORTH_STORE, quote(NORTH_STORE),
                                items(("PA0002", 100), ("ME0003", 2, {"net_price": Decimal(70)})), TODAY)
    found = budgets.get_budget(session, NORTH_STORE, number)
    assert (found.header.CJ_STATUS, found.header.CJ_VALIDA, found.header.CJ_TABELA) == (
        "A", TODAY + dt.timedelta(days=30), "002")
    assert found.total == Decimal("345.00")  # 100 x 2.05 + 2 x 70
    budgets.put_budget(session, NORTH_STORE, quote(NORTH_STORE, number), items(("PA0002", 50)), TODAY)
    session.expire_all()
    found = budgets.get_budget(session, NORTH_STORE, number)
    assert [(i.CK_PRODUTO, i.CK_QTDVEN) for i in found.items] == [("PA0002", 50)]
    assert count(session, SCK, SCK.CK_NUM == number) == 1  # the roller's row is marked deleted


def test_only_an_open_quote_changes_and_only_its_customers(session):
    assert fault(budgets.put_budget, session, HEAD_OFFICE, quote(HEAD_OFFICE, "000002"), items(("PA0002", 1)),
                 TODAY) == "El presupuesto 000002 no está abierto: no puede modificarse"
    assert fault(budgets.get_budget, session, HEAD_OFFICE, "000004") == "Presupuesto no encontrado"
    assert fault(budgets.put_budget, session, HEAD_OFFICE, quote(HEAD_OFFICE, validity=TODAY - dt.timedelta(days=1)),
                 items(("PA0002", 1)), TODAY) == f"Valor inválido para VALIDITYDATE: {TODAY - dt.timedelta(days=1)}"
    assert "A410VZ" in fault(budgets.put_budget, session, HEAD_OFFICE, quote(HEAD_OFFICE), items(("PA0005", 1)), TODAY)
