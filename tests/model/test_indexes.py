"""Every browse and look-up path reads its tables through an index, on PostgreSQL.

Each case runs a model call (or, for the paths whose services live elsewhere, the statement they
need) on a copy of the demo database, keeps the statements it ran, and asks PostgreSQL for their
plans with sequential scans disabled: the table of the path must be read by an index scan whose
condition names the path's columns. The demo is small, so the planner's choice is forced the way a
large table would force it.
"""
from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import event, inspect, select

from model import access, budget, catalog, contacts, order_tracking, sales_order
from model.catalog import CatalogFilter
from model.database import Company, Database
from model.indexes import planned
from model.tables import SA1, SC5, SD2, SE1, SF2
from tests.conftest import require_backend
from tests.model.conftest import HEAD_OFFICE

ALL_TIME = (dt.date(2000, 1, 1), dt.date(2100, 1, 1))


@pytest.fixture(scope="module")
def pg(databases):
    require_backend("postgresql")
    db = Database(databases.copy("postgresql"), Company("01", "01"))
    with db.session(write=True) as session:
        for _ in range(100):  # other people's sessions, as on a server in use
            access.login(session, "cliente02", "cliente02")
        USERCODE[:] = [access.login(session, "cliente01", "cliente01")[0]]
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
    yield db
    db.dispose()


def plans_of(db: Database, call) -> list[dict]:
    """Run ``call(session)`` and return the scan nodes of the plans of the statements it ran."""
    ran = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            ran.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", keep)
    try:
        with db.session(write=True) as session:
            call(session)
            session.rollback()
    finally:
        event.remove(db.engine, "before_cursor_execute", keep)
    nodes = []
    with db.engine.connect() as conn:
        conn.exec_driver_sql("SET enable_seqscan = off")
        for statement, parameters in ran:
            plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters).scalar()
            _scans(plan[0]["Plan"] if isinstance(plan, list) else json.loads(plan)[0]["Plan"], nodes)
    return nodes


def _scans(node: dict, found: list) -> None:
    kind = node.get("Node Type")
    if kind != "ModifyTable" and ("Relation Name" in node or kind == "Bitmap Index Scan"):
        found.append(node)
    for child in node.get("Plans", []):
        _scans(child, found)


def reads_through_index(nodes: list[dict], table, *choices: tuple[str, ...]) -> None:
    """``table`` is read, and every read of it is an index scan whose condition names all the
    columns of one of ``choices``."""
    name = table.__table__.name.lower()
    bitmap_conditions = [n.get("Index Cond", "") for n in nodes if n.get("Node Type") == "Bitmap Index Scan"]
    reads = [n for n in nodes if n.get("Relation Name", "").lower() == name]
    assert reads, f"{name} is not read"
    for node in reads:
        kind = node["Node Type"]
        assert kind != "Seq Scan", f"{name} is read by a sequential scan"
        conditions = bitmap_conditions if kind == "Bitmap Heap Scan" else [node.get("Index Cond", "")]
        assert any(all(c.lower() in cond.lower() for c in columns) for cond in conditions for columns in choices), (
            f"{name} read by {kind} {node.get('Index Name')} on {conditions}, not by {choices}")


def page(stmt):
    return stmt.limit(10)


WINDOW = (0, 10)  # the first page of ten, for the browses that take an (offset, limit) window


PATHS = {
    "BRWSALESORDER: customer + date": (
        lambda s: sales_order.browse_orders(s, HEAD_OFFICE, WINDOW, date_from=ALL_TIME[0], date_to=ALL_TIME[1]),
        SC5, ("C5_CLIENTE", "C5_LOJACLI")),
    "BRWTOTALSALESORDER: customer + bid number": (
        lambda s: sales_order.count_orders(s, HEAD_OFFICE, bid_from="000001", bid_to="999999"),
        SC5, ("C5_CLIENTE", "C5_LOJACLI")),
    "BRWIDORDER: customer's bid numbers": (
        lambda s: sales_order.browse_bids(s, HEAD_OFFICE, page, ""), SC5, ("C5_CLIENTE", "C5_LOJACLI")),
    "GETSALESORDER: customer + number": (
        lambda s: sales_order.get_order(s, HEAD_OFFICE, "000102"), SC5, ("C5_NUM",)),
    "GETSALESORDER: its items": (
        lambda s: sales_order.get_order(s, HEAD_OFFICE, "000102"), "SC6", ("C6_NUM",)),
    "GETRELEASE: an order's releases": (
        lambda s: order_tracking.releases_of_order(s, HEAD_OFFICE, "000102"), "SC9", ("C9_PEDIDO",)),
    # either the customer's orders, then their releases; or the customer's releases, then their orders
    "BRWRELEASE: the orders": (
        lambda s: order_tracking.releases_of_period(s, HEAD_OFFICE, *ALL_TIME), SC5,
        (("C5_CLIENTE", "C5_LOJACLI"), ("C5_NUM",))),
    "BRWRELEASE: the releases": (
        lambda s: order_tracking.releases_of_period(s, HEAD_OFFICE, *ALL_TIME), "SC9",
        (("C9_PEDIDO",), ("C9_CLIENTE", "C9_LOJA"))),
    "GETCATALOG: type": (
        lambda s: catalog.catalog(s, CatalogFilter(["PA"], [], None, None, None, None), "es", WINDOW),
        "SB1", ("B1_TIPO",)),
    "GETCATALOG: group": (
        lambda s: catalog.catalog(s, CatalogFilter([], ["0001"], None, None, None, None), "es", WINDOW),
        "SB1", ("B1_GRUPO",)),
    "GETPRODUCT: product code": (lambda s: catalog.require_product(s, "PA0001"), "SB1", ("B1_COD",)),
    "BRWBUDGET: customer + date": (
        lambda s: budget.browse_budgets(s, HEAD_OFFICE, page, date_from=ALL_TIME[0], date_to=ALL_TIME[1]),
        "SCJ", ("CJ_CLIENTE", "CJ_LOJA")),
    "bills: customer + due date": (
        lambda s: s.scalars(select(SE1).where(SE1.E1_CLIENTE == HEAD_OFFICE.code, SE1.E1_LOJA == HEAD_OFFICE.store,
                                              SE1.E1_VENCREA.between(*ALL_TIME)).order_by(SE1.E1_VENCREA)).all(),
        SE1, ("E1_CLIENTE", "E1_LOJA", "E1_VENCREA")),
    "invoices: customer + dates": (
        lambda s: s.scalars(select(SF2).where(SF2.F2_CLIENTE == HEAD_OFFICE.code, SF2.F2_LOJA == HEAD_OFFICE.store,
                                              SF2.F2_EMISSAO.between(*ALL_TIME)).order_by(SF2.F2_EMISSAO)).all(),
        SF2, ("F2_CLIENTE", "F2_LOJA", "F2_EMISSAO")),
    "invoice items: customer + dates": (
        lambda s: s.scalars(select(SD2).where(SD2.D2_CLIENTE == HEAD_OFFICE.code, SD2.D2_LOJA == HEAD_OFFICE.store,
                                              SD2.D2_EMISSAO.between(*ALL_TIME))).all(),
        SD2, ("D2_CLIENTE", "D2_LOJA", "D2_EMISSAO")),
    "PRTLOGIN: login": (
        lambda s: access.login(s, "cliente01", "cliente01"), "AI3", ("AI3_LOGIN",)),
    "PRTLOGIN: the user's expired sessions": (
        lambda s: access.login(s, "cliente01", "cliente01"), "ZWS", ("ZWS_CODUSU",)),
    "every call: the session": (lambda s: _checked(s), "ZWS", ("ZWS_TOKEN",)),
    "every call: the right": (lambda s: _checked(s), "AI6", ("AI6_CODUSU",)),
    "every call: the customer link": (lambda s: _checked(s), "AI4", ("AI4_CODUSU",)),
    "every call: the customer": (lambda s: _checked(s), SA1, ("A1_COD",)),
    "BRWCONTACT: the customer's contacts": (lambda s: contacts.contacts_of(s, HEAD_OFFICE), "AC8", ("AC8_ENTIDA",)),
}


USERCODE = []  # a session opened once, before the check is planned


def _checked(session):
    access.check(session, USERCODE[0], "MTCUSTOMERSALESORDER", HEAD_OFFICE.id)


@pytest.mark.parametrize("path", list(PATHS))
def test_the_path_reads_through_an_index_on_postgresql(pg, path):
    call, table, columns = PATHS[path]
    if isinstance(table, str):
        from model import tables

        table = getattr(tables, table)
    reads_through_index(plans_of(pg, call), table, *(columns if isinstance(columns[0], tuple) else (columns,)))


def test_the_schema_has_every_planned_index_on_both_databases(databases, backend):
    from model.base import protheus_tables

    db = Database(databases.copy(backend), Company("01", "01"))
    try:
        inspector = inspect(db.engine)
        for cls in protheus_tables():
            found = {ix["name"].upper(): [c.upper() for c in ix["column_names"]]
                     for ix in inspector.get_indexes(cls.__table__.name)}
            for name, columns in planned(cls):
                assert found.get(name.upper()) == columns, (cls.__table__.name, name)
    finally:
        db.dispose()


def test_a_dictionary_index_becomes_its_key_then_recno_and_deleted():
    names = dict(planned(SC5))
    # DTOS(C5_EMISSAO) read as the date
    assert names["SC50102"] == ["C5_FILIAL", "C5_EMISSAO", "C5_NUM", "R_E_C_N_O_", "D_E_L_E_T_"]
    assert names["SC5010_CUSTOMER_DATE"][:5] == ["C5_FILIAL", "C5_CLIENTE", "C5_LOJACLI", "C5_EMISSAO", "C5_NUM"]
    assert all(name.startswith("SC5010") for name in names)  # SIX orders 5-9 name fields this server does not map
    assert not any(name.startswith("SC50105") for name in names)
