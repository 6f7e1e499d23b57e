"""The back office over the whole demo database (no --order): every order in portfolio is
released and every released item invoiced; the demo still shows every status afterwards. On a
database of its own."""
import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from model import order_tracking
from model.access import Customer
from model.database import Company, Database
from model.invoicing import invoice_orders
from model.release import release_orders
from model.release_status import order_status
from model.tables import SB2, SC9, SD2, SE1, SF2


def order_statuses(db, customer) -> dict[str, str]:
    """Order number -> the status of the order (that of its least advanced item)."""
    with db.session() as session:
        lines = order_tracking.release_lines(session, customer)
    found = {}
    for line in lines:
        found.setdefault(line.order, []).append(line.status)
    return {order: order_status(statuses) for order, statuses in found.items()}


def test_release_then_invoice_everything(databases):
    today = dt.date.today()
    db = Database(databases.copy("sqlite"), Company("01", "01"))
    try:
        with db.session(write=True) as session:
            released = {(r.order, r.item): r.status for r in release_orders(session, today)}
        assert ("000101", "01") not in released  # held by a business rule (C5_BLQ): stays in portfolio
        assert released[("000106", "01")] == "2"  # Suc. Norte: 980.00 within its 2,000 limit
        assert released[("000103", "01")] == "3"  # re-evaluated: 200 cans of paint are still over the limit
        assert released[("000104", "01")] == "4"  # still only three hammers
        assert released[("000201", "01")] == "2" and released[("000201", "02")] == "4"  # hammers again
        assert ("000102", "01") not in released and ("000105", "01") not in released  # nothing to do
        # the head office still shows an order in every status
        assert order_statuses(db, Customer("000001", "01")) == {
            "000101": "1", "000102": "2", "000103": "3", "000104": "4", "000105": "5"}
        with db.session() as session:
            pa0002 = session.scalars(select(SB2).where(SB2.B2_COD == "PA0002", SB2.B2_LOCAL == "01")).one()
            assert pa0002.B2_RESERVA == 0  # order 000101's nuts are not reserved while it is held

        with db.session(write=True) as session:
            invoices = {i.F2_DOC: i for i in invoice_orders(session, today)}
        assert len(invoices) == 3  # 000102, 000106, 000201 (its released item)
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
                ("000103", "01", "3"), ("000104", "01", "4"), ("000201", "02", "4")}
            assert invoice_orders(session, today) == []
    finally:
        db.dispose()
