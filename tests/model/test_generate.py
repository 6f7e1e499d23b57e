"""bench/generate.py fills a database whose documents add up: every order has its items, every
release its item, every invoice its bills, and the stock reserved is what is released."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from model import access
from model.database import Company, Database
from model.tables import SA1, SB2, SC5, SC6, SC9, SD2, SE1, SF2, ZSX

pytest.importorskip("tqdm")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    from bench.generate import FIRST_ORDER, generate

    url = f"sqlite:///{tmp_path_factory.mktemp('bench') / 'bench.db'}"
    counts = generate(url, customers=20, products=30, orders=300, years=1, today=dt.date(2026, 6, 30))
    db = Database(url, Company("01", "01"))
    with db.session() as session:
        yield session, counts, FIRST_ORDER
    db.dispose()


def money(value) -> Decimal:
    """A sum as the database gives it (SQLite: a float) to the cent."""
    return Decimal(str(value)).quantize(Decimal("0.01"))


def generated_orders(first):
    return select(SC5).where(SC5.C5_NUM >= f"{first:06d}")


def test_every_order_is_whole_and_numbered_in_issue_order(generated):
    session, counts, first = generated
    orders = session.scalars(generated_orders(first).order_by(SC5.C5_NUM)).all()
    assert len(orders) == 300 and counts["SC5010"] == 300
    assert [o.C5_NUM for o in orders] == [f"{n:06d}" for n in range(first, first + 300)]
    assert [o.C5_EMISSAO for o in orders] == sorted(o.C5_EMISSAO for o in orders)
    items = dict(session.execute(select(SC6.C6_NUM, func.count()).where(SC6.C6_NUM >= f"{first:06d}")
                                 .group_by(SC6.C6_NUM)).all())
    assert all(1 <= items.get(o.C5_NUM, 0) <= 4 for o in orders)
    assert session.scalar(select(ZSX.ZSX_ULTIMO).where(ZSX.ZSX_CHAVE == "SC5")) == orders[-1].C5_NUM


def test_the_stock_reserved_is_what_is_released_and_not_invoiced(generated):
    session, _, first = generated
    released = dict(session.execute(
        select(SC9.C9_PRODUTO, func.sum(SC9.C9_QTDLIB))
        .where(SC9.C9_BLCRED == "", SC9.C9_BLEST == "", SC9.C9_PEDIDO >= f"{first:06d}")
        .group_by(SC9.C9_PRODUTO)).all())
    balances = session.scalars(select(SB2).where(SB2.B2_COD.like("P0%"))).all()
    assert len(balances) == 30
    assert all(b.B2_RESERVA == released.get(b.B2_COD, 0) and b.B2_QATU >= b.B2_RESERVA for b in balances)


def test_invoices_add_up_to_their_items_and_their_bills(generated):
    session, _, _ = generated
    invoices = session.scalars(select(SF2).where(SF2.F2_DOC >= "100000000")).all()
    assert invoices
    items = dict(session.execute(select(SD2.D2_DOC, func.sum(SD2.D2_TOTAL + SD2.D2_VALIPI)).group_by(SD2.D2_DOC)).all())
    bills = dict(session.execute(select(SE1.E1_NUM, func.sum(SE1.E1_VALOR)).group_by(SE1.E1_NUM)).all())
    for invoice in invoices:
        assert invoice.F2_VALBRUT == invoice.F2_VALMERC + invoice.F2_VALIPI == money(items[invoice.F2_DOC])
        assert money(bills[invoice.F2_DOC]) == invoice.F2_VALBRUT


def test_a_customers_open_balance_is_its_open_bills(generated):
    session, _, _ = generated
    open_bills = dict(session.execute(select(SE1.E1_CLIENTE, func.sum(SE1.E1_SALDO))
                                      .where(SE1.E1_NUM >= "100000000").group_by(SE1.E1_CLIENTE)).all())
    customers = session.scalars(select(SA1).where(SA1.A1_COD >= "100000")).all()
    assert len(customers) == 20  # SA1 is shared between branches: a blank A1_FILIAL, seen from branch 01
    for customer in customers:
        assert customer.A1_SALDUP == money(open_bills.get(customer.A1_COD, 0))


def test_the_bench_user_reaches_its_customers(generated):
    from bench.generate import BENCH_CODE

    session, _, _ = generated
    for customer_id in ("10000001", "10000101"):
        assert access.check(session, BENCH_CODE, "MTCUSTOMERSALESORDER", customer_id, portal_session=False).customer


def test_branches_share_the_customers_and_products_and_keep_their_own_stock(tmp_path, monkeypatch):
    """Above a branch's worth of orders the generator opens another branch: the same customers
    (SA1 and SB1 are shared tables), whose balances add up both branches' bills."""
    import bench.generate as generator

    monkeypatch.setattr(generator, "PER_BRANCH", 100)
    url = f"sqlite:///{tmp_path / 'branches.db'}"
    generator.generate(url, customers=5, products=4, orders=200, years=1, today=dt.date(2026, 6, 30))
    db = Database(url, Company("01", "01"))
    try:
        with db.engine.connect() as conn:
            def rows(sql):
                return conn.exec_driver_sql(sql).all()

            assert rows("SELECT DISTINCT A1_FILIAL FROM SA1010 WHERE A1_COD >= '100000'") == [("  ",)]
            assert rows("SELECT COUNT(*) FROM SA1010 WHERE A1_COD >= '100000'") == [(5,)]
            assert rows("SELECT COUNT(*) FROM SB1010 WHERE B1_COD LIKE 'P0%'") == [(4,)]
            assert rows("SELECT B2_FILIAL, COUNT(*) FROM SB2010 WHERE B2_COD LIKE 'P0%' GROUP BY B2_FILIAL") == [
                ("01", 4), ("02", 4)]
            assert rows("SELECT C5_FILIAL, COUNT(*) FROM SC5010 WHERE C5_NUM >= '001000' GROUP BY C5_FILIAL") == [
                ("01", 100), ("02", 100)]
            owed = dict(rows("SELECT E1_CLIENTE, SUM(E1_SALDO) FROM SE1010 WHERE E1_NUM >= '100000000' "
                             "GROUP BY E1_CLIENTE"))
            for code, saldup in rows("SELECT A1_COD, A1_SALDUP FROM SA1010 WHERE A1_COD >= '100000'"):
                assert money(saldup) == money(owed.get(code, 0))
    finally:
        db.dispose()
