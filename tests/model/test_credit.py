"""The credit decision as Protheus' MaAvalCred takes it, against values worked out by hand, and the
release that applies it item by item or to a whole order, with the balances it moves."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from model import balances, credit, parameters, sales_order
from model.access import Customer
from model.credit import Policy, Standing, decide
from model.release import release_orders
from model.sales_rules import ItemInput
from model.tables import SA1, SB2, SC5, SC6, SC9, SE1, SX6
from tests.model.conftest import TODAY

D = Decimal
FEB_15 = dt.date(2024, 2, 15)


def standing(risk="B", limit="10000", owed="8500", limit_due=None, grade="", oldest_due=None):
    return Standing(risk, D(limit), limit_due, grade, D(owed), oldest_due)


# --- the decision alone: the research's worked examples (MV_BLOQUEI on, MV_LIMINCR 0, MV_PERMAX 100) ---


def test_over_the_limit_blocks_and_within_it_passes():
    # A1_LC 10,000; A1_SALDUP 6,000 + A1_SALPEDL 2,500 owed; 100 x 18.00 more is 10,300
    assert decide(standing(), D("1800.00"), FEB_15) == "01"
    assert decide(standing(), D("1400.00"), FEB_15) == ""  # 9,900
    assert decide(standing(), D("1500.00"), FEB_15) == ""  # exactly the limit: not over it


def test_the_oldest_open_bill_past_the_days_of_the_risk_blocks():
    # MV_RISCOB 30: a bill really due on January 10th is 36 days old on February 15th
    assert decide(standing(oldest_due=dt.date(2024, 1, 10)), D("1400.00"), FEB_15) == "01"
    assert decide(standing(oldest_due=dt.date(2024, 1, 16)), D("1400.00"), FEB_15) == ""  # 30 days: not more
    assert decide(standing(oldest_due=dt.date(2024, 1, 20)), D("1400.00"), FEB_15) == ""  # 26 days
    # risk C tolerates 20 days, D 10
    assert decide(standing("C", oldest_due=dt.date(2024, 1, 20)), D("1400.00"), FEB_15) == "01"
    assert decide(standing("D", oldest_due=dt.date(2024, 2, 4)), D("1400.00"), FEB_15) == "01"  # 11 days
    assert decide(standing("D", oldest_due=dt.date(2024, 2, 5)), D("1400.00"), FEB_15) == ""
    # a blank risk checks the limit but not the bills
    assert decide(standing("", oldest_due=dt.date(2023, 1, 1)), D("1400.00"), FEB_15) == ""
    assert decide(standing("", oldest_due=dt.date(2023, 1, 1)), D("1800.00"), FEB_15) == "01"


@pytest.mark.parametrize("risk", ["A", "B", "C", "D", "E", "Z", ""])
def test_an_expired_limit_blocks_every_risk_with_04(risk):
    assert decide(standing(risk, owed="0", limit_due=dt.date(2024, 1, 31)), D("1.00"), FEB_15) == "04"
    # due today is not expired
    expected = {"E": "01"}.get(risk, "")
    assert decide(standing(risk, owed="0", limit_due=FEB_15), D("1.00"), FEB_15) == expected


def test_risk_a_passes_risk_e_blocks_risk_z_skips_the_limit():
    over = standing(owed="99999", oldest_due=dt.date(2020, 1, 1))
    assert decide(replace_risk(over, "A"), D("1.00"), FEB_15) == ""
    assert decide(replace_risk(standing(owed="0"), "E"), D("1.00"), FEB_15) == "01"
    assert decide(replace_risk(over, "Z"), D("1.00"), FEB_15) == ""


def replace_risk(s: Standing, risk: str) -> Standing:
    return Standing(risk, s.limit, s.limit_due, s.grade, s.owed, s.oldest_due)


def test_a_limit_of_zero_blocks_unless_within_the_minimum_credit():
    assert decide(standing("C", limit="0", owed="0"), D("0.01"), FEB_15) == "01"
    amnesty = Policy(minimum=D(500))
    assert decide(standing("C", limit="0", owed="0"), D("450.00"), FEB_15, amnesty) == ""  # MV_LIMINCR 500
    assert decide(standing("C", limit="0", owed="0"), D("500.01"), FEB_15, amnesty) == "01"
    # the minimum does not excuse old bills: they are checked after it
    assert decide(standing("C", limit="0", owed="0", oldest_due=dt.date(2024, 1, 1)), D("450.00"), FEB_15,
                  amnesty) == "01"


def test_the_share_of_the_limit_and_the_ceiling_of_the_class():
    share = Policy(max_share=D(80))  # MV_PERMAX 80: 8,000 of 10,000
    assert decide(standing(owed="7000"), D("1000.01"), FEB_15, share) == "01"
    assert decide(standing(owed="7000"), D("1000.00"), FEB_15, share) == ""
    ceiling = Policy(class_ceilings={"A": D(1000), "B": D(0)})  # MV_PEDIDOA 1,000; MV_PEDIDOB 0: none
    assert decide(standing(owed="0", grade="A"), D("1000.01"), FEB_15, ceiling) == "01"
    assert decide(standing(owed="0", grade="A"), D("1000.00"), FEB_15, ceiling) == ""
    assert decide(standing(owed="0", grade="B"), D("9000.00"), FEB_15, ceiling) == ""


def test_without_mv_bloquei_nothing_blocks():
    assert decide(standing("E", limit_due=dt.date(2020, 1, 1)), D("1.00"), FEB_15, Policy(enabled=False)) == ""


@pytest.mark.parametrize("kind, owed", [("NF", True), ("DP", True), ("NCC", False), ("RA", False), ("PR", False),
                                        ("AB-", False), ("IR-", False)])
def test_which_bills_the_customer_owes(kind, owed):
    assert credit.counts_as_owed(kind) is owed


# --- the parameters --------------------------------------------------------------------------------


def test_parameters_are_typed_like_their_defaults(session):
    session.add_all([SX6(X6_FIL="", X6_VAR=name, X6_TIPO=kind, X6_CONTEUD=value, X6_CONTSPA=value, X6_CONTENG=value)
                     for name, kind, value in (("ZZ_NUM", "N", "12,5"), ("ZZ_FLAG", "L", ".T."), ("ZZ_OFF", "L", ".F."),
                                               ("ZZ_BLANK", "N", ""), ("ZZ_TEXT", "C", " S "))])
    session.add(SX6(X6_FIL="01", X6_VAR="ZZ_TEXT", X6_TIPO="C", X6_CONTEUD="N", X6_CONTSPA="N", X6_CONTENG="N"))
    found = parameters.typed(session, {"ZZ_NUM": D(0), "ZZ_FLAG": False, "ZZ_OFF": True, "ZZ_BLANK": D(7),
                                       "ZZ_TEXT": "", "ZZ_MISSING": D(30)})
    assert found == {"ZZ_NUM": D("12.5"), "ZZ_FLAG": True, "ZZ_OFF": False, "ZZ_BLANK": D(7), "ZZ_TEXT": "N",
                     "ZZ_MISSING": D(30)}  # the branch's own value wins


def test_the_demo_seeds_the_credit_parameters(session):
    rules = credit.policy(session)
    assert (rules.enabled, rules.minimum, rules.max_share, rules.without_receivables) == (True, 0, 100, False)
    assert rules.risk_days == {"B": 30, "C": 20, "D": 10}


# --- the release, on the demo: Construcciones Andinas (risk C, no documents) --------------------------

ANDINAS = Customer("000003", "01")


def andinas(session) -> SA1:
    return session.scalars(select(SA1).where(SA1.A1_COD == "000003", SA1.A1_LOJA == "01")
                           .execution_options(populate_existing=True)).one()


def set_parameter(session, name, value):
    for row in session.scalars(select(SX6).where(SX6.X6_VAR == name)):
        row.X6_CONTEUD = row.X6_CONTSPA = row.X6_CONTENG = value


def place(session, rows, **columns):
    """An order of Andinas: rows are (product, quantity[, TES])."""
    lines = [ItemInput(f"{n:02d}", row[0], D(row[1]), tes=row[2] if len(row) > 2 else "")
             for n, row in enumerate(rows, start=1)]
    return sales_order.put_order(session, ANDINAS, {"C5_CLIENTE": "000003", "C5_LOJACLI": "01", **columns}, lines,
                                 TODAY)


def stock(session, product):
    row = session.scalars(select(SB2).where(SB2.B2_COD == product, SB2.B2_LOCAL == "01")
                          .execution_options(populate_existing=True)).one()
    return row.B2_RESERVA, row.B2_QPEDVEN


def releases(session, number):
    return [(r.C9_ITEM, r.C9_BLCRED, r.C9_BLEST, r.C9_QTDLIB)
            for r in session.scalars(select(SC9).where(SC9.C9_PEDIDO == number).order_by(SC9.C9_ITEM))]


# screws 300 x 1.80 = 540.00, nuts 100 x 2.25 = 225.00, washers 600 x 0.50 = 300.00 (list 001)
THREE_ITEMS = [("PA0007", 300), ("PA0002", 100), ("PA0006", 600)]


def test_item_by_item_each_approved_item_counts_for_the_next(session):
    andinas(session).A1_LC = D(1000)
    before = {p: stock(session, p) for p in ("PA0007", "PA0002", "PA0006")}
    number = place(session, THREE_ITEMS)
    assert andinas(session).A1_SALPED == D("1065.00")  # placed: open value
    assert stock(session, "PA0007") == (before["PA0007"][0], before["PA0007"][1] + 300)  # B2_QPEDVEN

    assert [r.status for r in release_orders(session, TODAY, number)] == ["2", "2", "3"]
    # 540 passes, 540 + 225 = 765 passes, 765 + 300 = 1,065 is over 1,000
    assert releases(session, number) == [("01", "", "", 300), ("02", "", "", 100), ("03", "01", "", 600)]
    customer = andinas(session)
    assert (customer.A1_SALPED, customer.A1_SALPEDL, customer.A1_SALPEDB) == (0, D("765.00"), D("300.00"))
    items = session.scalars(select(SC6).where(SC6.C6_NUM == number).order_by(SC6.C6_ITEM)).all()
    assert [(i.C6_QTDEMP, i.C6_QTDLIB) for i in items] == [(300, 0), (100, 0), (600, 0)]  # blocked counts too
    assert stock(session, "PA0007") == (before["PA0007"][0] + 300, before["PA0007"][1])  # reserved
    assert stock(session, "PA0006") == before["PA0006"][:1] + (before["PA0006"][1] + 600,)  # blocked: not reserved
    assert session.scalars(select(SC5.C5_LIBEROK).where(SC5.C5_NUM == number)).one() == "S"

    # the limit raised, the blocked item evaluated again: it passes and is reserved
    customer.A1_LC = D(2000)
    assert [r.status for r in release_orders(session, TODAY, number)] == ["2"]
    customer = andinas(session)
    assert (customer.A1_SALPEDL, customer.A1_SALPEDB) == (D("1065.00"), 0)
    assert stock(session, "PA0006") == (before["PA0006"][0] + 600, before["PA0006"][1])


def test_a_whole_order_is_blocked_when_one_item_fails(session):
    andinas(session).A1_LC = D(1000)
    before = stock(session, "PA0007")
    number = place(session, THREE_ITEMS, C5_TIPLIB="2")
    assert [r.status for r in release_orders(session, TODAY, number)] == ["3", "3", "3"]
    assert releases(session, number) == [("01", "01", "02", 300), ("02", "01", "02", 100), ("03", "01", "02", 600)]
    customer = andinas(session)
    assert (customer.A1_SALPEDL, customer.A1_SALPEDB) == (0, D("1065.00"))
    assert stock(session, "PA0007") == before[:1] + (before[1] + 300,)  # nothing reserved


def test_a_whole_order_that_fits_is_released_as_items_are(session):
    andinas(session).A1_LC = D("1065.00")
    number = place(session, THREE_ITEMS, C5_TIPLIB="2")
    assert [r.status for r in release_orders(session, TODAY, number)] == ["2", "2", "2"]
    assert andinas(session).A1_SALPEDL == D("1065.00")


def test_a_whole_order_short_of_stock_is_blocked_for_stock_only(session):
    number = place(session, [("PA0007", 10), ("PA0003", 10)], C5_TIPLIB="2")  # three hammers in stock
    assert releases_of(session, number) == [("01", "", "02"), ("02", "", "02")]
    assert andinas(session).A1_SALPEDL == D("1268.00")  # credit passed: 18.00 + 1,250.00


def releases_of(session, number):
    release_orders(session, TODAY, number)
    return [row[:3] for row in releases(session, number)]


def test_an_expired_limit_blocks_a_whole_order_with_04_where_there_are_receivables(session):
    andinas(session).A1_VENCLC = TODAY - dt.timedelta(days=1)
    number = place(session, [("PA0007", 10), ("PA0006", 10, "503")], C5_TIPLIB="2")
    assert releases_of(session, number) == [("01", "04", "02"), ("02", "01", "02")]
    number = place(session, [("PA0007", 10), ("PA0006", 10, "503")])  # item by item: only the first is evaluated
    assert releases_of(session, number) == [("01", "04", ""), ("02", "", "")]


def test_credit_is_evaluated_only_for_items_whose_tes_makes_receivables(session):
    andinas(session).A1_LC = D(0)
    number = place(session, [("PA0007", 10), ("PA0006", 10, "503")])
    assert releases_of(session, number) == [("01", "01", ""), ("02", "", "")]
    assert andinas(session).A1_SALPEDB == D("18.00")  # the item on TES 503 moves no balance
    set_parameter(session, "MV_LIBNODP", "S")
    number = place(session, [("PA0006", 10, "503")])
    assert releases_of(session, number) == [("01", "01", "")]  # MV_LIBNODP = S: every TES


def test_an_old_bill_blocks_risk_c_after_twenty_days(session):
    def bill(days_ago):
        due = TODAY - dt.timedelta(days=days_ago)
        return SE1(E1_PREFIXO="TST", E1_NUM="000000001", E1_PARCELA="", E1_TIPO="NF", E1_CLIENTE="000003",
                   E1_LOJA="01", E1_EMISSAO=TODAY - dt.timedelta(days=60), E1_VENCTO=due, E1_VENCREA=due,
                   E1_VALOR=D(100), E1_SALDO=D(100))

    late = bill(21)
    session.add(late)
    assert releases_of(session, place(session, [("PA0007", 1)])) == [("01", "01", "")]
    late.E1_VENCREA = TODAY - dt.timedelta(days=20)
    assert releases_of(session, place(session, [("PA0007", 1)])) == [("01", "", "")]
    # a credit note or an advance, however old, is not a bill owed
    late.E1_TIPO, late.E1_VENCREA = "NCC", TODAY - dt.timedelta(days=300)
    assert releases_of(session, place(session, [("PA0007", 1)])) == [("01", "", "")]


def test_mv_blqcred_leaves_credit_unevaluated_when_stock_is_short(session):
    number = place(session, [("PA0003", 10)])
    assert releases_of(session, number) == [("01", "", "02")]
    set_parameter(session, "MV_BLQCRED", ".T.")
    assert releases_of(session, place(session, [("PA0003", 10)])) == [("01", "02", "02")]


def test_an_order_in_dollars_is_weighed_in_pesos_at_the_days_rate(session):
    number = place(session, [("ME0001", 10)], C5_MOEDA=D(2))
    price = session.scalars(select(SC6.C6_PRCVEN).where(SC6.C6_NUM == number)).one()
    rate = balances.Rates(session).of(TODAY, 2)[2]
    assert price == (D("310.00") / rate).quantize(D("0.01"), rounding="ROUND_DOWN")  # the list's pesos in dollars
    value = (10 * price * rate).quantize(D("0.01"), rounding="ROUND_DOWN")  # xMoeda truncates
    andinas(session).A1_LC = value
    assert releases_of(session, number) == [("01", "", "")]
    number = place(session, [("ME0001", 10)], C5_MOEDA=D(2))
    andinas(session).A1_LC = 2 * value - D("0.01")  # the first order now counts, in pesos too
    assert releases_of(session, number) == [("01", "01", "")]


# --- the balances counted again -------------------------------------------------------------------------


def test_the_balance_owed_nets_credit_notes_advances_and_abatements(session):
    for kind, value in (("NF", "1000"), ("DP", "250"), ("NCC", "200"), ("RA", "100"), ("AB-", "50"), ("PR", "500")):
        session.add(SE1(E1_PREFIXO="TST", E1_NUM="000000001", E1_PARCELA="", E1_TIPO=kind, E1_CLIENTE="000003",
                        E1_LOJA="01", E1_EMISSAO=TODAY, E1_VENCTO=TODAY, E1_VENCREA=TODAY, E1_VALOR=D(value),
                        E1_SALDO=D(value), E1_MOEDA=D(1)))
    session.flush()
    counted = balances.recount(session)
    assert counted.customers[("000003", "01")]["A1_SALDUP"] == D("900")  # 1,250 - 200 - 100 - 50; PR left out
