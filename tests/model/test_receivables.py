"""Receivables: a bill's figures today (delay, interest, discount, balance) from its real due
date, worked out by hand; the open, paid and credit-note lists over the demo; payments that do
not count (cancelled, reversed); abatements."""
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from model import receivables
from model.errors import NotFound
from model.receivables import BillKey
from model.tables import SE1, SE5
from tests.model.conftest import COLOR, HEAD_OFFICE, NORTH_STORE, TODAY


def everything(stmt):
    return stmt


def bill(**columns) -> SE1:
    values = dict(E1_SALDO=Decimal("1000.00"), E1_VALOR=Decimal("1000.00"), E1_VENCREA=TODAY, E1_PORCJUR=Decimal(0),
                  E1_VALJUR=Decimal(0), E1_DESCFIN=Decimal(0), E1_DIADESC=Decimal(0), E1_SDACRES=Decimal(0),
                  E1_SDDECRE=Decimal(0))
    values.update(columns)
    return SE1(**values)


def days(n):
    return TODAY + dt.timedelta(days=n)


def test_delay_and_interest_run_from_the_real_due_date():
    late = bill(E1_VENCTO=days(-12), E1_VENCREA=days(-10), E1_PORCJUR=Decimal("0.10"))
    assert receivables.delay_in_days(late, TODAY) == 10
    assert receivables.interest(late, TODAY) == Decimal("10.00")  # 1000 x 0.10 % x 10 days
    assert receivables.balance(late, Decimal(0), TODAY) == Decimal("1010.00")
    # a daily amount, when set, is charged instead of the rate
    assert receivables.interest(bill(E1_VENCREA=days(-10), E1_PORCJUR=Decimal("0.10"), E1_VALJUR=Decimal("2.50")),
                                TODAY) == Decimal("25.00")
    due_today = bill(E1_VENCREA=TODAY, E1_PORCJUR=Decimal("0.10"))
    assert (receivables.delay_in_days(due_today, TODAY), receivables.interest(due_today, TODAY)) == (0, 0)
    settled = bill(E1_SALDO=Decimal(0), E1_VENCREA=days(-30), E1_PORCJUR=Decimal("0.10"))
    assert (receivables.delay_in_days(settled, TODAY), receivables.interest(settled, TODAY)) == (0, 0)
    # 333.33 x 0.10 % x 7 = 2.333... -> 2.33
    assert receivables.interest(bill(E1_SALDO=Decimal("333.33"), E1_VENCREA=days(-7), E1_PORCJUR=Decimal("0.10")),
                                TODAY) == Decimal("2.33")


def test_the_financial_discount_applies_until_its_days_before_the_due_date():
    early = bill(E1_VENCREA=days(10), E1_DESCFIN=Decimal("2.00"), E1_DIADESC=Decimal(10))
    assert receivables.financial_discount(early, TODAY) == Decimal("20.00")
    assert receivables.balance(early, Decimal(0), TODAY) == Decimal("980.00")
    assert receivables.financial_discount(bill(E1_VENCREA=days(9), E1_DESCFIN=Decimal("2.00"),
                                               E1_DIADESC=Decimal(10)), TODAY) == 0


def test_the_balance_takes_abatements_increases_and_decreases():
    row = bill(E1_SDACRES=Decimal("5.00"), E1_SDDECRE=Decimal("3.00"), E1_VENCREA=days(5))
    assert receivables.balance(row, Decimal("50.00"), TODAY) == Decimal("952.00")  # 1000 - 50 + 5 - 3


def keys(bills):
    return [(b.row.E1_PREFIXO, b.row.E1_NUM, b.row.E1_PARCELA, b.row.E1_TIPO) for b in bills]


def test_the_demo_lists(session):
    assert keys(receivables.open_bills(session, HEAD_OFFICE, TODAY, everything)) == [
        ("1", "000000102", "A", "NF"), ("1", "000000102", "B", "NF"), ("1", "000000102", "C", "NF")]
    assert keys(receivables.paid_bills(session, HEAD_OFFICE, TODAY, everything)) == [("1", "000000087", "", "NF")]
    assert keys(receivables.credit_notes(session, HEAD_OFFICE, TODAY, everything)) == [("1", "000000001", "", "NCC")]
    overdue = receivables.open_bills(session, HEAD_OFFICE, TODAY, everything)[0]
    # counted from the real due date (moved to a business day), not the agreed one
    assert overdue.delay == (TODAY - overdue.row.E1_VENCREA).days > 0
    assert overdue.balance is None  # a browse leaves the balance out
    # Color: the second installment is partly paid: open, not paid
    assert keys(receivables.open_bills(session, COLOR, TODAY, everything))[:2] == [
        ("1", "000000101", "B", "NF"), ("1", "000000101", "C", "NF")]
    assert keys(receivables.paid_bills(session, COLOR, TODAY, everything)) == [("1", "000000101", "A", "NF")]
    assert keys(receivables.paid_bills(session, NORTH_STORE, TODAY, everything)) == [("1", "000000103", "", "NF")]
    assert receivables.open_bills(session, NORTH_STORE, TODAY, everything) == []


@pytest.mark.parametrize("customer", [HEAD_OFFICE, NORTH_STORE, COLOR], ids=lambda c: c.id)
def test_the_three_lists_partition_the_receivables(session, customer):
    open_ = set(keys(receivables.open_bills(session, customer, TODAY, everything)))
    paid = set(keys(receivables.paid_bills(session, customer, TODAY, everything)))
    notes = set(keys(receivables.credit_notes(session, customer, TODAY, everything)))
    assert not (open_ & paid) and not (open_ & notes) and not (paid & notes)
    rows = session.scalars(select(SE1).where(SE1.E1_CLIENTE == customer.code, SE1.E1_LOJA == customer.store)).all()
    owed = {(r.E1_PREFIXO, r.E1_NUM, r.E1_PARCELA, r.E1_TIPO) for r in rows if r.E1_TIPO not in receivables.NOT_OWED}
    assert open_ | paid == owed
    assert notes == {(r.E1_PREFIXO, r.E1_NUM, r.E1_PARCELA, r.E1_TIPO) for r in rows
                     if r.E1_TIPO == "NCC" and r.E1_SALDO > 0}


def test_a_bill_read_in_full_has_todays_balance(session):
    late = receivables.get_bill(session, HEAD_OFFICE, BillKey("1", "000000102", "A", "NF"), TODAY)
    saldo, days_late = late.row.E1_SALDO, (TODAY - late.row.E1_VENCREA).days  # about 15, from the real due date
    interest = (saldo * Decimal("0.0010") * days_late).quantize(Decimal("0.01"))  # 0.10 % a day
    assert (late.delay, late.interest, late.balance, late.balance_local) == (days_late, interest, saldo + interest,
                                                                              saldo + interest)
    discounted = receivables.get_bill(session, COLOR, BillKey("1", "000000101", "C", "NF"), TODAY)
    discount = (discounted.row.E1_SALDO * Decimal("0.02")).quantize(Decimal("0.01"))
    assert discounted.balance == discounted.row.E1_SALDO - discount
    with pytest.raises(NotFound):  # another customer's bill reads as not found
        receivables.get_bill(session, HEAD_OFFICE, BillKey("1", "000000101", "C", "NF"), TODAY)
    with pytest.raises(NotFound):
        receivables.get_bill(session, HEAD_OFFICE, BillKey("1", "000000102", "A", "NCC"), TODAY)


def test_a_paid_bill_and_its_payments(session):
    paid, payments = receivables.paid_bill(session, HEAD_OFFICE, BillKey("1", "000000087", "", "NF"), TODAY)
    assert [(p.row.E5_TIPODOC, p.row.E5_VALOR, p.kind) for p in payments] == [
        ("CP", Decimal("150.00"), "1"), ("VL", paid.row.E1_VALOR - Decimal("150.00"), "1")]
    assert paid.balance == 0
    partly, payments = receivables.paid_bill(session, COLOR, BillKey("1", "000000101", "B", "NF"), TODAY)
    assert [p.row.E5_VALOR for p in payments] == [Decimal("3000.00")]
    assert partly.row.E1_SALDO == partly.row.E1_VALOR - Decimal("3000.00")
    _unpaid, payments = receivables.paid_bill(session, HEAD_OFFICE, BillKey("1", "000000102", "B", "NF"), TODAY)
    assert payments == []


def movement(bill_row: SE1, kind: str, seq: str, value: Decimal, day: dt.date, **more) -> SE5:
    return SE5(E5_DATA=day, E5_TIPO=bill_row.E1_TIPO, E5_VALOR=value, E5_NATUREZ=bill_row.E1_NATUREZ,
               E5_RECPAG=more.pop("recpag", "R"), E5_TIPODOC=kind, E5_PREFIXO=bill_row.E1_PREFIXO,
               E5_NUMERO=bill_row.E1_NUM, E5_PARCELA=bill_row.E1_PARCELA, E5_CLIFOR=bill_row.E1_CLIENTE,
               E5_LOJA=bill_row.E1_LOJA, E5_SEQ=seq, **more)


def test_cancelled_reversed_and_interest_movements(session):
    row = session.scalars(select(SE1).where(SE1.E1_NUM == "000000102", SE1.E1_PARCELA == "C")).one()
    row.E1_SALDO = Decimal(0)
    session.add_all([
        movement(row, "VL", "01", Decimal("1000.00"), days(-3)),
        movement(row, "ES", "01", Decimal("1000.00"), days(-2), recpag="P"),  # reverses sequence 01
        movement(row, "VL", "02", Decimal("500.00"), days(-2), E5_SITUACA="C"),  # cancelled
        movement(row, "VL", "03", row.E1_VALOR, days(-1)),
        movement(row, "JR", "03", Decimal("12.00"), days(-1)),  # interest paid with it
    ])
    session.flush()
    key = BillKey("1", "000000102", "C", "NF")
    _bill, payments = receivables.paid_bill(session, HEAD_OFFICE, key, TODAY)
    assert [(p.row.E5_SEQ, p.row.E5_TIPODOC, p.kind) for p in payments] == [("03", "VL", "1"), ("03", "JR", "4")]
    assert ("1", "000000102", "C", "NF") in keys(receivables.paid_bills(session, HEAD_OFFICE, TODAY, everything))
    # only the reversed payment falls in the window: not a paid bill then
    assert ("1", "000000102", "C", "NF") not in keys(receivables.paid_bills(
        session, HEAD_OFFICE, TODAY, everything, date_from=days(-3), date_to=days(-3)))
    # QUERYADDWHERE over the movements
    assert keys(receivables.paid_bills(session, HEAD_OFFICE, TODAY, everything, queryaddwhere="E5_TIPODOC = 'CP'")) \
        == [("1", "000000087", "", "NF")]
    assert keys(receivables.paid_bills(session, HEAD_OFFICE, TODAY, everything, queryaddwhere="E5_TIPODOC = 'JR'")) \
        == [("1", "000000102", "C", "NF")]


def test_abatements_reduce_their_bill_and_are_not_listed(session):
    row = session.scalars(select(SE1).where(SE1.E1_NUM == "000000102", SE1.E1_PARCELA == "B")).one()
    session.add(SE1(E1_PREFIXO=row.E1_PREFIXO, E1_NUM=row.E1_NUM, E1_PARCELA=row.E1_PARCELA, E1_TIPO="AB-",
                    E1_CLIENTE=row.E1_CLIENTE, E1_LOJA=row.E1_LOJA, E1_VALOR=Decimal("100.00"),
                    E1_SALDO=Decimal("100.00"), E1_EMISSAO=row.E1_EMISSAO, E1_VENCREA=row.E1_VENCREA))
    session.flush()
    assert "AB-" not in {k[3] for k in keys(receivables.open_bills(session, HEAD_OFFICE, TODAY, everything))}
    full = receivables.get_bill(session, HEAD_OFFICE, BillKey("1", "000000102", "B", "NF"), TODAY)
    assert (full.deductions, full.balance) == (Decimal("100.00"), row.E1_SALDO - Decimal("100.00"))


def test_browse_order_and_filters(session):
    listed = receivables.open_bills(session, COLOR, TODAY, everything, indexkey="E1_VENCREA DESC")
    assert [b.row.E1_VENCREA for b in listed] == sorted((b.row.E1_VENCREA for b in listed), reverse=True)
    protheus_key = receivables.open_bills(session, COLOR, TODAY, everything,
                                          indexkey="E1_FILIAL+E1_CLIENTE+E1_LOJA+E1_PREFIXO+E1_NUM+E1_PARCELA+E1_TIPO")
    assert keys(protheus_key) == keys(receivables.open_bills(session, COLOR, TODAY, everything))
    assert keys(receivables.open_bills(session, COLOR, TODAY, everything, queryaddwhere="E1_MOEDA = 2")) == [
        ("1", "000000105", "", "NF")]
