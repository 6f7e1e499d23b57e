"""The back office over the whole demo database (no --order): every order in portfolio is
released and every released item invoiced; the demo still shows every status afterwards, and the
balances the runs kept match those counted again from the documents. On a database of its own."""
import datetime as dt
import re
from decimal import Decimal

from sqlalchemy import event, func, select

from model import balances, order_tracking, sales_order
from model.access import Customer
from model.database import Company, Database
from model.invoicing import invoice_orders
from model.release import release_orders
from model.release_status import order_status
from model.sales_rules import ItemInput
from model.tables import SA1, SB2, SC9, SD2, SE1, SF2
from tests.conftest import require_backend


def order_statuses(db, customer) -> dict[str, str]:
    """Order number -> the status of the order (that of its least advanced item)."""
    with db.session() as session:
        found = order_tracking.item_statuses(session, customer)
    return {order: order_status(statuses) for order, statuses in found.items()}


def kept_and_counted(db):
    """The balances as the runs kept them, and as counted again from the documents."""
    with db.session() as session:
        kept = {(c.A1_COD, c.A1_LOJA): {column: getattr(c, column) for column in balances.CUSTOMER_BALANCES}
                for c in session.scalars(select(SA1))}
        pending = {(b.B2_COD, b.B2_LOCAL): b.B2_QPEDVEN for b in session.scalars(select(SB2)) if b.B2_QPEDVEN}
        counted = balances.recount(session)
    assert kept == {key: counted.customers.get(key, dict.fromkeys(balances.CUSTOMER_BALANCES, 0)) for key in kept}
    assert pending == {key: value for key, value in counted.pending.items() if value}
    return kept


def test_release_then_invoice_everything(databases):
    today = dt.date.today()
    db = Database(databases.copy("sqlite"), Company("01", "01"))
    try:
        kept_and_counted(db)  # the demo as loaded
        with db.session(write=True) as session:
            released = {(r.order, r.item): r.status for r in release_orders(session, today)}
        assert ("000101", "01") not in released  # held by a business rule (C5_BLQ): stays in portfolio
        assert released[("000106", "01")] == "2"  # Suc. Norte: 980.00 within its 2,000 limit
        assert released[("000103", "01")] == "3"  # re-evaluated: 200 cans of paint are still over the limit
        assert released[("000104", "01")] == "4"  # still only three hammers
        assert released[("000201", "01")] == "2" and released[("000201", "02")] == "4"  # hammers again
        assert ("000102", "01") not in released and ("000105", "01") not in released  # nothing to do
        # Patagonia: the blocks stay (expired limit, an old bill, the whole order over its limit); the
        # portfolio order of Bariloche still fits: 2,500 owed + 2,250 released + 113.64
        assert [released[("000401", "01")], released[("000402", "01")]] == ["3", "3"]
        assert [released[("000404", "01")], released[("000404", "02")], released[("000405", "01")]] == ["3", "3", "2"]
        before = kept_and_counted(db)
        # the head office still shows an order in every status
        assert order_statuses(db, Customer("000001", "01")) == {
            "000101": "1", "000102": "2", "000103": "3", "000104": "4", "000105": "5"}
        with db.session() as session:
            pa0002 = session.scalars(select(SB2).where(SB2.B2_COD == "PA0002", SB2.B2_LOCAL == "01")).one()
            assert pa0002.B2_RESERVA == 0  # order 000101's nuts are not reserved while it is held

        with db.session(write=True) as session:
            invoices = {i.F2_DOC: i for i in invoice_orders(session, today)}
        assert len(invoices) == 6  # 000102, 000106, 000201 (its released item), 000402 (its washers), 000403, 000405
        after = kept_and_counted(db)
        bariloche = ("000004", "03")
        assert (before[bariloche]["A1_SALPEDL"], after[bariloche]["A1_SALPEDL"]) == (Decimal("2363.64"), 0)
        # invoiced with IPI (10 %) on TES 501: 2,250.00 + 225.00 and 113.64 + 11.36
        assert after[bariloche]["A1_SALDUP"] == Decimal("2500.00") + Decimal("2475.00") + Decimal("125.00")
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(SC9).where(
                SC9.C9_BLCRED == "", SC9.C9_BLEST == "", SC9.C9_NFISCAL == "")) == 0
            pa0002 = session.scalars(select(SB2).where(SB2.B2_COD == "PA0002", SB2.B2_LOCAL == "01")).one()
            assert (pa0002.B2_QATU, pa0002.B2_RESERVA) == (1200, 0)
            color = session.scalars(select(SF2).where(SF2.F2_CLIENTE == "000002", SF2.F2_EMISSAO == today)).one()
            bills = session.scalars(select(SE1).where(SE1.E1_NUM == color.F2_DOC).order_by(SE1.E1_PARCELA)).all()
            assert [(b.E1_PARCELA, b.E1_VENCTO) for b in bills] == [  # payment plan 003: 30/60/90
                ("A", today + dt.timedelta(days=30)), ("B", today + dt.timedelta(days=60)),
                ("C", today + dt.timedelta(days=90))]
            assert sum(b.E1_VALOR for b in bills) == color.F2_VALBRUT
            lines = session.scalars(select(SD2).where(SD2.D2_DOC == color.F2_DOC)).all()
            assert [(d.D2_COD, d.D2_QUANT) for d in lines] == [("ME0002", Decimal(24))]
            assert color.F2_VALICM == (color.F2_VALMERC * Decimal("0.18")).quantize(Decimal("0.01"))
        with db.session(write=True) as session:
            again = release_orders(session, today)  # only the blocks are left, and they stay
            assert {(r.order, r.item, r.status) for r in again} == {
                ("000103", "01", "3"), ("000104", "01", "4"), ("000201", "02", "4"), ("000401", "01", "3"),
                ("000402", "01", "3"), ("000404", "01", "3"), ("000404", "02", "3")}
            assert invoice_orders(session, today) == []
    finally:
        db.dispose()


def test_the_back_office_and_a_placed_order_lock_in_the_same_order(databases):
    """Run at the same moment on the same customers and products, a release, an invoice run and
    an order placed must take their row locks in one order (orders, then customers, then stock),
    or PostgreSQL may stop one of them as a deadlock. Locks are taken by SELECT ... FOR UPDATE and
    by the UPDATEs of the balances."""
    require_backend("postgresql")
    db = Database(databases.copy("postgresql"), Company("01", "01"))
    locks: list[str] = []

    def note_lock(conn, cursor, statement, parameters, context, executemany):
        found = (re.search(r'FROM "?([A-Z0-9]{3})\d{3}.*FOR UPDATE', statement, re.S)
                 or re.match(r'UPDATE "?([A-Z0-9]{3})\d{3}', statement))
        if found and found.group(1) in ("SC5", "SA1", "SB2"):
            locks.append(found.group(1))

    def place(session, today):
        return sales_order.put_order(session, Customer("000001", "01"), {"C5_CLIENTE": "000001", "C5_LOJACLI": "01"},
                                     [ItemInput(item="01", product="PA0007", quantity=Decimal(3))], today)

    event.listen(db.engine, "before_cursor_execute", note_lock)
    try:
        runs = {}
        for name, run in (("order", place), ("release", release_orders), ("invoice", invoice_orders)):
            locks.clear()
            with db.session(write=True) as session:
                assert run(session, dt.date.today())
            runs[name] = list(dict.fromkeys(locks))  # each table where it was first locked
        assert runs == {"order": ["SA1", "SB2"], "release": ["SC5", "SA1", "SB2"], "invoice": ["SC5", "SA1", "SB2"]}
    finally:
        event.remove(db.engine, "before_cursor_execute", note_lock)
        db.dispose()
