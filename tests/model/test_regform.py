"""The financial form: its figures computed from the receivables, by hand from the demo's
bills; found by tax id only among the user's customers."""
import datetime as dt
from decimal import ROUND_DOWN, Decimal

import pytest
from sqlalchemy import select

from model import regform
from model.demo.finance import rate
from model.errors import NotFound
from model.tables import AI3, SA1
from tests.model.conftest import COLOR, HEAD_OFFICE, TODAY


def days(n):
    return TODAY + dt.timedelta(days=n)


def test_the_head_offices_form(session):
    form = regform.regform_of_customer(session, HEAD_OFFICE, TODAY)
    # open: the three installments of order 000105's invoice (5,805.50); the credit note is not netted
    assert form.bill_balance == Decimal("5805.50")
    # the biggest invoice is the old one: 6,180.00 + IPI 618.00
    assert form.biggest_purchase == Decimal("6798.00")
    assert (form.first_purchase, form.last_purchase) == (days(-200), days(-45))
    # one bill paid, 5 days late
    assert (form.major_delay, form.average_delay) == (5, Decimal("5.00"))
    assert form.credit_limit == Decimal("50000.00")
    assert form.biggest_balance == max(form.bill_balance, form.customer.A1_MSALDO)


def test_colors_form_converts_each_bill_at_its_days_rate(session):
    form = regform.regform_of_customer(session, COLOR, TODAY)
    dollars = (Decimal("143.00") * rate(TODAY, days(-25), 2)).quantize(Decimal("0.01"), ROUND_DOWN)
    # 000000101: 21,230.00 less 7,076.67 paid and 3,000.00 of the second; 000000104: 3,985.00; the dollars
    assert form.bill_balance == Decimal("21230.00") - Decimal("7076.67") - Decimal("3000.00") + Decimal(
        "3985.00") + dollars
    assert form.biggest_purchase == max(Decimal("21230.00"), dollars)
    # the first installment a day late, the second paid in part 15 days early: (1 - 15) / 2
    assert (form.major_delay, form.average_delay) == (1, Decimal("-7.00"))


def test_computed_from_the_receivables_not_copied(session):
    customer = session.scalars(select(SA1).where(SA1.A1_COD == "000001", SA1.A1_LOJA == "01")).one()
    before = regform.regform_of_customer(session, HEAD_OFFICE, TODAY)
    customer.A1_SALDUP = customer.A1_MCOMPRA = customer.A1_METR = customer.A1_MATR = Decimal(0)
    customer.A1_ULTCOM = None
    after = regform.regform_of_customer(session, HEAD_OFFICE, TODAY)
    assert (after.bill_balance, after.biggest_purchase, after.major_delay, after.average_delay, after.last_purchase) \
        == (before.bill_balance, before.biggest_purchase, before.major_delay, before.average_delay,
            before.last_purchase)


def test_a_credit_limit_in_another_currency(session):
    customer = session.scalars(select(SA1).where(SA1.A1_COD == "000002", SA1.A1_LOJA == "01")).one()
    customer.A1_MOEDALC, customer.A1_LC = Decimal(2), Decimal("100.00")
    form = regform.regform_of_customer(session, COLOR, TODAY)
    assert form.credit_limit == (Decimal("100.00") * rate(TODAY, TODAY, 2)).quantize(Decimal("0.01"), ROUND_DOWN)


def user(session, code):
    return session.scalars(select(AI3).where(AI3.AI3_CODUSU == code)).one()


@pytest.mark.parametrize("federal_id", ["30711222339", "30-71122233-9", " 30.711.222/339 "])
def test_by_tax_id_the_first_of_the_users_stores(session, federal_id):
    # both stores of El Tornillo share the tax id: the head office comes first
    form = regform.regform_by_federal_id(session, user(session, "000001"), federal_id, TODAY)
    assert (form.customer.A1_COD, form.customer.A1_LOJA) == ("000001", "01")


def test_by_tax_id_only_among_the_users_customers(session):
    north = user(session, "000003")  # linked to the north store only
    assert regform.regform_by_federal_id(session, north, "30711222339", TODAY).customer.A1_LOJA == "02"
    for code, federal_id in (("000002", "30711222339"), ("000001", "30755666773"), ("000001", "30788999009"),
                             ("000001", "99999999999"), ("000001", "")):
        with pytest.raises(NotFound) as error:
            regform.regform_by_federal_id(session, user(session, code), federal_id, TODAY)
        assert error.value.text("pt") == "CGC não encontrado"
