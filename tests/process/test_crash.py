"""Crash safety: a server process killed (SIGKILL) in the middle of a stream of PUTSALESORDER loses
no acknowledged order and leaves no order half written, on SQLite (WAL) and PostgreSQL."""
import threading
import time
from decimal import Decimal

import pytest
import requests
from sqlalchemy import func, select

from model.database import Database
from model.tables import SC5, SC6
from tests.support.portal_client import Portal
from tests.support.servers import ProcessServer

ITEMS = (("PA0002", 2), ("PA0006", 5), ("PA0007", 3))  # each order of the stream: three items
CLIENTS, KILL_AFTER = 4, 12


def order(n: int) -> dict:
    rows = [{"ORDERITEM": f"{i:02d}", "PRODUCTID": product, "QUANTITY": quantity + n}
            for i, (product, quantity) in enumerate(ITEMS, start=1)]
    return {"SOHEADER": {"CUSTOMERCODE": "000001", "CUSTOMERUNIT": "01"}, "SOITEM": {"SALESORDERITEMVIEW": rows}}


def stream(url: str, usercode: str, acknowledged: dict, cut: list, stop: threading.Event, first: int) -> None:
    """Place orders until the server goes away; keep each one the server acknowledged (number -> n),
    and the one cut short by the kill in ``cut``."""
    so = Portal(url).service("MTCUSTOMERSALESORDER")
    n = first
    while not stop.is_set():
        try:
            number = so.PUTSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", SALESORDER=order(n))
        except (requests.RequestException, OSError):
            cut.append(n)  # the server is gone: this order was never acknowledged
            return
        acknowledged[number] = n
        n += CLIENTS


@pytest.mark.slow
def test_a_killed_server_loses_no_acknowledged_order_and_leaves_none_half_written(start_process, backend):
    server = start_process(backend)
    db = Database(server.db_url)
    with db.session() as session:
        before = set(session.scalars(select(SC5.C5_NUM)))
    usercode = Portal(server.url).login("cliente01", "cliente01")
    acknowledged, cut, stop = {}, [], threading.Event()
    clients = [threading.Thread(target=stream, args=(server.url, usercode, acknowledged, cut, stop, first))
               for first in range(CLIENTS)]
    for client in clients:
        client.start()
    deadline = time.monotonic() + 120
    while len(acknowledged) < KILL_AFTER and time.monotonic() < deadline:
        time.sleep(0.01)
    server.process.kill()  # SIGKILL: no clean-up of any kind, requests in flight
    server.process.wait(30)
    stop.set()
    for client in clients:
        client.join(60)
    assert len(acknowledged) >= KILL_AFTER
    assert cut  # the kill fell in the middle of the stream: requests were in flight

    restarted = ProcessServer(server.ini, server.port, server.db_url, backend)
    try:
        so = Portal(restarted.url).service("MTCUSTOMERSALESORDER")
        for number, n in acknowledged.items():  # every acknowledged order, whole, over SOAP
            view = so.GETSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", ORDERID=number)
            items = [(i.PRODUCTID, Decimal(str(i.QUANTITY))) for i in view.SOITEM.SALESORDERITEMVIEW]
            assert items == [(p, Decimal(q + n)) for p, q in ITEMS], number
        with db.session() as session:  # and no order of the stream is partial, acknowledged or not
            counts = dict(session.execute(select(SC6.C6_NUM, func.count()).group_by(SC6.C6_NUM)).all())
            new = set(session.scalars(select(SC5.C5_NUM))) - before
        assert set(acknowledged) <= new
        assert {number: counts.get(number, 0) for number in new} == dict.fromkeys(new, len(ITEMS))
        orphans = set(counts) - new - before
        assert not orphans  # no item without its order
        if backend == "sqlite":
            with db.engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        restarted.stop()
        db.dispose()
