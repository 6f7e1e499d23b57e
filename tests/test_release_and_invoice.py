"""The back office over the whole demo database (no --order): every order in portfolio is
released and every released item invoiced. On a database of its own, so the shared test server
keeps its demo data."""
import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select

from model.database import Company, Database
from model.demo import load_demo
from model.invoicing import invoice_orders
from model.release import release_orders
from model.tables import SB2, SC9, SD2, SE1, SF2


def test_release_then_invoice_everything(tmp_path):
    today = dt.date.today()
    db = Database(f"sqlite:///{tmp_path / 'p12.db'}", Company("01", "01"))
    db.create_schema()
    with db.session(write=True) as session:
        load_demo(session, today)
    try:
        with db.session(write=True) as session:
            released = {(r.order, r.item): r.status for r in release_orders(session, today)}
        assert released[("000101", "01")] == released[("000101", "02")] == "2"
        assert released[("000106", "01")] == "2"  # Suc. Norte: 980.00 within its 2,000 limit
        assert released[("000103", "01")] == "2"  # its credit block re-evaluated: within the limit now
        assert released[("000104", "01")] == "4"  # still only three hammers
        assert released[("000201", "01")] == "2" and released[("000201", "02")] == "4"  # hammers again
        assert ("000102", "01") not in released and ("000105", "01") not in released  # nothing to do
        with db.session() as session:
            pa0002 = session.scalars(select(SB2).where(SB2.B2_COD == "PA0002", SB2.B2_LOCAL == "01")).one()
            assert pa0002.B2_RESERVA == 200  # order 000101's nuts

        with db.session(write=True) as session:
            invoices = {i.F2_DOC: i for i in invoice_orders(session, today)}
        assert len(invoices) == 5  # 000101, 000102, 000103, 000106, 000201 (its released item)
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(SC9).where(
                SC9.C9_BLCRED == "", SC9.C9_BLEST == "", SC9.C9_NFISCAL == "")) == 0
            pa0002 = session.scalars(select(SB2).where(SB2.B2_COD == "PA0002", SB2.B2_LOCAL == "01")).one()
            assert (pa0002.B2_QATU, pa0002.B2_RESERVA) == (1000, 0)
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
            again = release_orders(session, today)  # only the stock blocks are left, and they stay
            assert {(r.order, r.item, r.status) for r in again} == {("000104", "01", "4"), ("000201", "02", "4")}
            assert invoice_orders(session, today) == []
    finally:
        db.dispose()
