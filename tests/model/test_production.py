"""Production orders by the model alone: whose they are (the customer of the sales order they were
made for, or every customer linked to a user), their date ranges, the number run together, their
status, and their requirements, movements and losses."""
import datetime as dt
from decimal import Decimal

import pytest

from model import production
from model.errors import PortalError
from model.production import DateRanges, Owner
from model.tables import SD3, SD4
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE, TODAY

EVERYTHING = DateRanges()


def every(session, owner, ranges=EVERYTHING, queryaddwhere=None, indexkey=None):
    return [o.C2_NUM for o in production.browse(session, owner, ranges, queryaddwhere, indexkey, lambda stmt: stmt)]


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def fault(call, *args, **kw) -> PortalError:
    with pytest.raises(PortalError) as error:
        call(*args, **kw)
    return error.value


def test_an_order_is_the_customers_whose_sales_order_it_was_made_for(session):
    assert every(session, Owner(customer=HEAD_OFFICE)) == ["000001", "000002", "000003", "000006"]
    assert every(session, Owner(customer=NORTH_STORE)) == ["000007"]
    assert every(session, Owner(customer=COLOR)) == ["000004"]
    # 000005 is made for stock: nobody's
    assert "000005" not in every(session, Owner(user="000001")) + every(session, Owner(user="000002"))


def test_without_a_customer_the_orders_of_every_customer_linked_to_the_user(session):
    assert every(session, Owner(user="000001")) == ["000001", "000002", "000003", "000006", "000007"]  # both stores
    assert every(session, Owner(user="000002")) == ["000004"]
    assert every(session, Owner(user="000003")) == ["000007"]  # the north store's own user
    assert fault(every, session, Owner(user="999999")).key == "no_production_order_found"


def test_the_head_office_has_an_order_in_every_state(session):
    orders = {o.C2_NUM: o for o in production.browse(session, Owner(customer=HEAD_OFFICE), EVERYTHING, None, None,
                                                       lambda stmt: stmt)}
    states = {n: (production.status(o), o.C2_STATUS, o.C2_TPOP, o.C2_QUJE > 0) for n, o in orders.items()}
    assert states == {
        "000001": ("CLOSE", "S", "F", True),  # finished, closed off for costs
        "000002": ("OPEN", "N", "F", False),  # firm, not started
        "000003": ("OPEN", "U", "F", True),  # started, suspended
        "000006": ("OPEN", "N", "P", False),  # planned
    }


def test_the_date_ranges_are_inclusive_and_open_on_a_missing_side(session):
    mine = Owner(customer=HEAD_OFFICE)
    assert every(session, mine, DateRanges(issued=(days(-6), days(-1)))) == ["000002", "000003", "000006"]
    assert every(session, mine, DateRanges(issued=(None, days(-6)))) == ["000001", "000002"]
    assert every(session, mine, DateRanges(start_forecast=(days(0), None))) == ["000006"]
    assert every(session, mine, DateRanges(finish_forecast=(days(7), days(7)))) == ["000002"]
    # only 000003 was rescheduled; a blank adjusted date passes a TO bound and fails a FROM one
    assert every(session, mine, DateRanges(start_adjusted=(days(2), None))) == ["000003"]
    assert every(session, mine, DateRanges(finish_adjusted=(None, days(12)))) == [
        "000001", "000002", "000003", "000006"]
    assert fault(every, session, mine, DateRanges(issued=(days(1), days(0)))).params == {"field": "PODATEFROM"}


def test_count_takes_the_browses_filters(session):
    mine = Owner(customer=HEAD_OFFICE)
    ranges = DateRanges(issued=(days(-6), None))
    assert production.count(session, mine, ranges, None) == len(every(session, mine, ranges)) == 3
    assert production.count(session, mine, EVERYTHING, "C2_NUM='000003'") == 1
    assert production.count(session, mine, DateRanges(issued=(days(1), None)), None) == 0  # no fault for none
    assert production.count(session, Owner(user="000001"), EVERYTHING, None) == 5


def test_browse_orders_by_indexkey_and_pages(session):
    mine = Owner(customer=HEAD_OFFICE)
    assert every(session, mine, indexkey="C2_DATPRF DESC") == ["000006", "000003", "000002", "000001"]
    page = production.browse(session, mine, EVERYTHING, None, None, lambda stmt: stmt.offset(2).limit(2))
    assert [o.C2_NUM for o in page] == ["000003", "000006"]
    error = fault(production.browse, session, mine, EVERYTHING, None, None, lambda stmt: stmt.offset(4))
    assert error.text("es") == "Ninguna orden de producción fue encontrada"


def test_an_order_is_named_by_its_parts_or_by_its_whole_number(session):
    mine = Owner(customer=HEAD_OFFICE)
    assert production.find(session, mine, "000003", "01", "001").C2_NUM == "000003"
    assert production.find(session, mine, "00000301001", "", "").C2_NUM == "000003"  # as the portal's Gantt sends it
    assert production.find(session, mine, "000003").C2_NUM == "000003"  # its first item and sequence
    assert production.find(session, mine, " 000003 ", " 01", "001 ").C2_NUM == "000003"


def test_another_customers_order_is_not_found_as_one_that_does_not_exist(session):
    texts = {fault(production.find, session, owner, *key).text("es") for owner, key in [
        (Owner(customer=COLOR), ("000001", "01", "001")),  # El Tornillo's
        (Owner(customer=NORTH_STORE), ("000001", "01", "001")),  # the head office's, not the store's
        (Owner(customer=HEAD_OFFICE), ("000005", "01", "001")),  # for stock
        (Owner(user="000002"), ("000003", "01", "001")),
        (Owner(customer=HEAD_OFFICE), ("000001", "01", "002")),  # no such sequence
        (Owner(customer=HEAD_OFFICE), ("00000101001999",)),  # longer than any number
        (Owner(customer=HEAD_OFFICE), ("0000%",)),  # not a pattern
    ]}
    assert texts == {"Orden de producción no encontrada"}
    assert fault(production.find, session, Owner(customer=HEAD_OFFICE), " ", "", "").key == "required"


def test_requirements_hold_what_is_still_to_be_consumed(session):
    mine = Owner(customer=HEAD_OFFICE)
    hammers = production.requirements(session, production.find(session, mine, "000002"))
    assert [(r.D4_COD, r.D4_QTDEORI, r.D4_QUANT) for r in hammers] == [
        ("MP0001", Decimal("5.00"), Decimal("5.00")), ("MP0002", Decimal("0.50"), Decimal("0.50"))]
    nuts = production.requirements(session, production.find(session, mine, "000003"))
    assert [(r.D4_COD, r.D4_QTDEORI, r.D4_QUANT, r.D4_LOTECTL) for r in nuts] == [
        ("MP0001", Decimal("0.80"), Decimal("0.59"), "TOR0501")]  # (200 - 50 made - 3 lost) x 0.004, its own steel
    screws = production.requirements(session, production.find(session, mine, "000001"))
    assert [r.D4_QUANT for r in screws] == [Decimal("0.00")]  # closed: nothing left


def test_movements_are_the_production_and_the_consumption(session):
    order = production.find(session, Owner(customer=HEAD_OFFICE), "000001")
    rows = [(m.D3_CF, m.D3_COD, m.D3_QUANT, m.D3_PERDA) for m in production.movements(session, order)]
    assert rows == [("PR0", "PA0001", Decimal("150.00"), Decimal("0.00")),
                    ("RE1", "MP0001", Decimal("1.80"), Decimal("0.00")),
                    ("PR0", "PA0001", Decimal("150.00"), Decimal("5.00")),
                    ("RE1", "MP0001", Decimal("1.86"), Decimal("0.00"))]
    assert sum(r[2] for r in rows if r[0] == "PR0") == order.C2_QUJE
    error = fault(production.movements, session, production.find(session, Owner(customer=HEAD_OFFICE), "000002"))
    assert error.text("pt") == "Nenhuma requisição encontrada"


def test_losses_carry_their_reason_in_the_language(session):
    order = production.find(session, Owner(customer=HEAD_OFFICE), "000003")
    losses = production.losses(session, order, "en")
    assert [(entry.loss.BC_QUANT, entry.loss.BC_TIPO, entry.loss.BC_MOTIVO, entry.reason) for entry in losses] == [
        (Decimal("3.00"), "R", "01", "FAULTY MATERIAL")]
    assert production.losses(session, order, "es")[0].reason == "MATERIAL CON FALLAS"
    assert sum(e.loss.BC_QUANT for e in losses) == order.C2_PERDA
    error = fault(production.losses, session, production.find(session, Owner(customer=HEAD_OFFICE), "000006"), "es")
    assert error.text("es") == "Ningún registro de pérdida encontrado"


def test_what_belongs_to_an_order_is_found_by_its_whole_number(session):
    """SD3/SD4/SBC name the order run together; another order's rows never show."""
    session.add(SD4(D4_OP="00000201001", D4_COD="PA0002", D4_LOCAL="01", D4_QTDEORI=Decimal(1), D4_QUANT=Decimal(1)))
    session.add(SD3(D3_OP="00000301001", D3_TM="999", D3_CF="RE1", D3_COD="MP0002", D3_QUANT=Decimal(1),
                    D3_EMISSAO=TODAY, D3_NUMSEQ="999999"))
    session.flush()
    mine = Owner(customer=HEAD_OFFICE)
    def components(number):
        return [r.D4_COD for r in production.requirements(session, production.find(session, mine, number))]

    assert "PA0002" in components("000002")
    assert "PA0002" not in components("000003")
    assert [m.D3_COD for m in production.movements(session, production.find(session, mine, "000003"))][-1] == "MP0002"


def test_the_grid_gives_the_situation_and_type_in_the_language():
    from views.industrial import PRODUCTIONORDERVIEW

    def combo(lang, field):
        return next(h["HEADERCOMBOBOX"] for h in PRODUCTIONORDERVIEW.headers(lang) if h["HEADERFIELD"] == field)

    assert combo("pt", "SITUATION") == "N=Normal;U=Suspensa;S=Sacramentada"
    assert combo("en", "SITUATION") == "N=Normal;U=Suspended;S=Closed off"
    assert combo("en", "TYPEOFPO") == "F=Firm;P=Planned"
    titles = [h["HEADERTITLE"] for h in PRODUCTIONORDERVIEW.headers("en")]
    assert titles[:4] == ["Number", "Item", "Sequence", "Product"]


def test_the_production_services_keep_their_namespace_whatever_namespace_says(tmp_path):
    from appserver.ini import Settings
    from views import contract

    moved = Settings(path=tmp_path / "appserver.ini", namespace="http://erp.example.com/ws/")
    for service in ("MTCUSTOMERPRODUCTIONORDER", "MTPRODUCTIONORDER"):
        real = contract.service(service).namespace
        assert real.startswith("http:webservices.microsiga.com.br/")  # sic: no //
        assert moved.namespace_of(real) == real
    assert moved.namespace_of(contract.service("MTCUSTOMERPRODUCT").namespace) == (
        "http://erp.example.com/ws/mtcustomerproduct.apw")


def test_deleted_orders_and_orders_of_deleted_sales_orders_are_not_counted(session):
    from sqlalchemy import update

    from model.tables import SC2, SC5

    mine = Owner(customer=HEAD_OFFICE)
    session.execute(update(SC2).where(SC2.C2_NUM == "000002").values(D_E_L_E_T_="*"))
    session.execute(update(SC5).where(SC5.C5_NUM == "000101").values(D_E_L_E_T_="*"))  # 000003's
    assert production.count(session, mine, EVERYTHING, None) == 2
    assert every(session, mine) == ["000001", "000006"]
    assert production.count(session, Owner(user="000001"), EVERYTHING, None) == 3
