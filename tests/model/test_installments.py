"""Receivables as Protheus' Condicao and DataValida make them: installment dates and values of a
payment plan, letters, and the real due date on a business day; then an invoice's bills."""
import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from model import business_days, installments, sales_order
from model.business_days import Calendar
from model.installments import Settings
from model.invoicing import invoice_orders
from model.release import release_orders
from model.sales_rules import ItemInput
from model.tables import SE1, SE4, SX5, SX6
from tests.model.conftest import HEAD_OFFICE, TODAY

D = Decimal
MARCH_15 = dt.date(2024, 3, 15)  # a Friday
NO_HOLIDAYS = Calendar()


def plan(cond="30,60,90", kind="1", ddd="D"):
    return SimpleNamespace(E4_COND=cond, E4_TIPO=kind, E4_DDD=ddd)


def test_thirty_sixty_ninety_from_march_15th():
    # MV_DIACONT 2: the days as written
    parts = installments.installments(plan(), D("1000.00"), MARCH_15, Settings(counts_issue_day=False))
    assert [(p.letter, p.due, p.value) for p in parts] == [
        ("A", dt.date(2024, 4, 14), D("333.33")), ("B", dt.date(2024, 5, 14), D("333.33")),
        ("C", dt.date(2024, 6, 13), D("333.34"))]  # the last installment takes the rounding
    # a Sunday really falls due on Monday
    assert [NO_HOLIDAYS.valid(p.due) for p in parts] == [dt.date(2024, 4, 15), dt.date(2024, 5, 14),
                                                          dt.date(2024, 6, 13)]
    # MV_DIACONT 1 (or missing): the day of issue is the first day
    parts = installments.installments(plan(), D("1000.00"), MARCH_15)
    assert [p.due for p in parts] == [dt.date(2024, 4, 13), dt.date(2024, 5, 13), dt.date(2024, 6, 12)]
    assert NO_HOLIDAYS.valid(parts[0].due) == dt.date(2024, 4, 15)  # a Saturday too


def test_the_last_installment_takes_the_difference_either_way():
    assert installments.split(D("200.00"), 3) == [D("66.67"), D("66.67"), D("66.66")]
    assert installments.split(D("100.00"), 1) == [D("100.00")]


def test_cash_and_a_single_installment_have_no_letter():
    parts = installments.installments(plan("0"), D("50.00"), MARCH_15)
    assert [(p.letter, p.due, p.value) for p in parts] == [("", MARCH_15, D("50.00"))]  # 0 is never shortened
    assert [(p.letter, p.due) for p in installments.installments(plan("30"), D("50.00"), MARCH_15)] == [
        ("", dt.date(2024, 4, 13))]


@pytest.mark.parametrize("ddd, issued, base", [
    ("D", MARCH_15, MARCH_15), ("", MARCH_15, MARCH_15),
    ("L", MARCH_15, dt.date(2024, 3, 16)),
    ("S", MARCH_15, dt.date(2024, 3, 17)), ("S", dt.date(2024, 3, 17), dt.date(2024, 3, 24)),  # a Sunday: the next
    ("Z", dt.date(2024, 3, 10), dt.date(2024, 3, 11)), ("Z", MARCH_15, dt.date(2024, 3, 21)),
    ("Z", dt.date(2024, 12, 21), dt.date(2025, 1, 1)),
    ("Q", MARCH_15, dt.date(2024, 3, 16)), ("Q", dt.date(2024, 3, 16), dt.date(2024, 4, 1)),
    ("F", dt.date(2024, 1, 31), dt.date(2024, 2, 1)), ("F", dt.date(2024, 12, 1), dt.date(2025, 1, 1)),
])
def test_the_base_date_of_each_kind_of_day_count(ddd, issued, base):
    assert installments.base_date(ddd, issued) == base
    assert installments.due_dates(plan("0,10", ddd=ddd), issued) == [base, base + dt.timedelta(days=9)]


def test_a_plan_of_another_type_or_no_plan_is_one_installment_on_the_issue_date():
    assert installments.due_dates(plan("[30,60],[50,50]", kind="8"), MARCH_15) == [MARCH_15]
    assert installments.due_dates(None, MARCH_15) == [MARCH_15]


@pytest.mark.parametrize("code, following", [("A", "B"), ("1", "2"), ("09", "10"), ("9", "A"), ("99", "A0")])
def test_letters_follow_as_soma1(code, following):
    assert installments.soma1(code) == following


def test_letters_start_at_mv_1dup():
    parts = installments.installments(plan("10,20"), D("10.00"), MARCH_15, Settings(first_letter="1"))
    assert [p.letter for p in parts] == ["1", "2"]


@pytest.mark.parametrize("description, found", [
    ("25/12 NAVIDAD", (12, 25, None)), ("24/03/25 FERIADO PUENTE", (3, 24, 2025)),
    ("09/07/2026 INDEPENDENCIA", (7, 9, 2026)), ("NAVIDAD 25/12", None), ("32/01 X", None), ("", None),
])
def test_a_holiday_is_named_by_the_start_of_its_description(description, found):
    assert business_days.holiday(description) == found


def test_business_days_skip_sundays_saturdays_and_holidays():
    calendar = Calendar(True, frozenset({(12, 25)}), frozenset({dt.date(2025, 12, 26)}))
    assert calendar.valid(dt.date(2024, 12, 25)) == dt.date(2024, 12, 26)  # Wednesday, Christmas
    assert calendar.valid(dt.date(2025, 12, 25)) == dt.date(2025, 12, 29)  # Thu holiday, Fri holiday, weekend
    assert calendar.valid(dt.date(2025, 12, 25), forward=False) == dt.date(2025, 12, 24)
    assert Calendar(saturday_off=False).valid(dt.date(2024, 4, 13)) == dt.date(2024, 4, 13)  # MV_SABFERI N


def test_the_calendar_reads_table_63_and_mv_saberi(session):
    calendar = business_days.calendar(session)
    assert calendar.saturday_off and (12, 25) in calendar.every_year and (7, 9) in calendar.every_year
    session.add(SX5(X5_TABELA="63", X5_CHAVE="99", X5_DESCRI="26/12/25 PUENTE", X5_DESCSPA="", X5_DESCENG=""))
    for row in session.scalars(select(SX6).where(SX6.X6_VAR == "MV_SABFERI")):
        row.X6_CONTEUD = row.X6_CONTSPA = row.X6_CONTENG = "N"
    calendar = business_days.calendar(session)
    assert not calendar.saturday_off and dt.date(2025, 12, 26) in calendar.once


def test_an_invoice_bills_each_installment_on_a_business_day(session):
    thirty_sixty_ninety = session.scalars(select(SE4).where(SE4.E4_CODIGO == "003")).one()
    number = sales_order.put_order(session, HEAD_OFFICE, {"C5_CLIENTE": "000001", "C5_LOJACLI": "01",
                                                          "C5_CONDPAG": "003"},
                                   [ItemInput("01", "PA0007", D(100))], TODAY)
    release_orders(session, TODAY, number)
    (invoice,) = invoice_orders(session, TODAY, number)
    bills = session.scalars(select(SE1).where(SE1.E1_NUM == invoice.F2_DOC).order_by(SE1.E1_PARCELA)).all()
    calendar = business_days.calendar(session)
    expected = installments.installments(thirty_sixty_ninety, invoice.F2_VALBRUT, TODAY,
                                         installments.settings(session))  # MV_DIACONT 2 in the demo
    assert [(b.E1_PARCELA, b.E1_VENCTO, b.E1_VENCORI, b.E1_VALOR) for b in bills] == [
        (p.letter, TODAY + dt.timedelta(days=days), TODAY + dt.timedelta(days=days), p.value)
        for p, days in zip(expected, (30, 60, 90))]
    for bill in bills:
        real = bill.E1_VENCREA
        assert real >= bill.E1_VENCTO and calendar.is_business_day(real)
        assert all(not calendar.is_business_day(bill.E1_VENCTO + dt.timedelta(days=n))
                   for n in range((real - bill.E1_VENCTO).days))
        assert (bill.E1_STATUS, bill.E1_ORIGEM, bill.E1_SALDO) == ("A", "MATA460", bill.E1_VALOR)
    assert sum(b.E1_VALOR for b in bills) == invoice.F2_VALBRUT == D("198.00")  # 180.00 + IPI 18.00
