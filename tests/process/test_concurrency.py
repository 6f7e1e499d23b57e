"""Two hosts in miniature: two server processes on two ports over one PostgreSQL database (one of
them runs two workers, ``--workers 2``), and the invariants that must hold whatever the timing.

Where a race has to be seen, the test makes it happen: it holds a row lock of its own until the
first request is seen waiting in PostgreSQL (pg_stat_activity), so the second one surely arrives
while the first is in the middle of its transaction.
"""
from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
import requests
from lxml import etree
from sqlalchemy import create_engine, text
from zeep.exceptions import Fault

from tests.conftest import require_backend
from tests.service.test_sales_orders import order_view
from tests.support.portal_client import Portal
from tests.support.servers import ROOT, ProcessServer, free_port, write_ini

pytestmark = pytest.mark.slow
HEAD_OFFICE, COLOR = "00000101", "00000201"


@pytest.fixture(scope="module")
def pair(databases, tmp_path_factory):
    """(first, second, engine): ``first`` with two workers and ``second`` with one process, on
    two ports, sharing a copy of the demo database; ``engine`` reaches it directly."""
    require_backend("postgresql")
    url = databases.copy("postgresql")
    servers = []
    for args in (("--workers", "2"), ()):
        port = free_port()
        ini = write_ini(tmp_path_factory.mktemp("host"), url, port)
        servers.append(ProcessServer(ini, port, url, "postgresql", args=args))
    engine = create_engine(url)
    yield servers[0], servers[1], engine
    engine.dispose()
    for server in servers:
        server.stop()


def waiting_on_locks(engine, at_least: int, seconds: float = 30) -> None:
    """Until ``at_least`` other backends of this database wait for a lock."""
    deadline = time.monotonic() + seconds
    with engine.connect() as conn:
        while time.monotonic() < deadline:
            count = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                      "AND wait_event_type = 'Lock'")).scalar()
            conn.commit()
            if count >= at_least:
                return
            time.sleep(0.02)
    raise AssertionError(f"fewer than {at_least} transactions waited for a lock")


def items(engine, number: str) -> list[tuple[str, str, Decimal]]:
    """The order's live items read directly (text as stored: padded, so trimmed here)."""
    with engine.connect() as conn:
        return [(item.strip(), product.strip(), quantity) for item, product, quantity in conn.execute(text(
            'SELECT "C6_ITEM", "C6_PRODUTO", "C6_QTDVEN" FROM "SC6010" WHERE "C6_NUM" = :n AND "D_E_L_E_T_" = \' \' '
            'ORDER BY "C6_ITEM"'), {"n": number})]


# --- sessions ---------------------------------------------------------------------------------


def test_a_login_on_one_host_is_used_on_the_other_and_a_logout_holds_on_both(pair):
    first, second, _ = pair
    assert first.log.read_text().count("Booting worker") == 2  # --workers 2: two processes on the port
    code = Portal(first.url).login("cliente01", "cliente01")
    assert Portal(second.url).service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)
    assert Portal(second.url).service("USERPORTAL").PRTLOGOUT(USERCODE=code) == 1
    for server in (first, second):
        with pytest.raises(Fault, match="Código de usuario inválido"):
            Portal(server.url).service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)


def test_a_password_changed_on_one_host_refuses_the_old_sessions_on_the_other(pair):
    first, second, _ = pair
    old = Portal(first.url).login("cliente01.norte", "norte0001")
    changing = Portal(first.url).login("cliente01.norte", "norte0001")
    assert Portal(first.url).service("USERPORTAL").PRTPSWUSER(
        USERCODE=changing, USEROLDPASSWORD="norte0001", USERPASSWORD="norte0002") == 1
    assert Portal(second.url).login("cliente01.norte", "norte0002")
    with pytest.raises(Fault, match="Código de usuario inválido"):
        Portal(second.url).service("MTPRODUCT").GETCATALOG(USERCODE=old, PAGELEN=1)


# --- orders -----------------------------------------------------------------------------------


def test_64_orders_placed_at_once_on_both_hosts_get_64_numbers_and_are_whole(pair):
    first, second, engine = pair
    code = Portal(first.url).login("cliente01", "cliente01")
    client = Portal(first.url).client("MTCUSTOMERSALESORDER")
    sent = {}  # envelope -> the items it carries
    for n in range(64):
        wanted = [("PA0007", n + 1), ("PA0002", 100 + n), ("PA0006", 200 + n)]
        message = client.create_message(client.service, "PUTSALESORDER", USERCODE=code, CUSTOMERID=HEAD_OFFICE,
                                        SALESORDER=order_view(HEAD_OFFICE, wanted))
        sent[etree.tostring(message)] = [(f"{i:02d}", p, Decimal(q)) for i, (p, q) in enumerate(wanted, start=1)]
    start = threading.Barrier(64)

    def place(job):
        n, body = job
        url = (first if n % 2 else second).url
        with requests.Session() as http:
            start.wait()
            answer = http.post(f"{url}/ws/MTCUSTOMERSALESORDER.apw", data=body, auth=("wsadmin", "wsadmin"),
                               headers={"Content-Type": "text/xml; charset=utf-8"}, timeout=120)
        assert answer.status_code == 200, answer.text[:500]
        return re.search(rb"PUTSALESORDERRESULT>(\d+)<", answer.content).group(1).decode(), body

    with ThreadPoolExecutor(64) as pool:
        placed = list(pool.map(place, enumerate(sent)))
    numbers = [number for number, _ in placed]
    assert len(set(numbers)) == 64
    for number, body in placed:
        assert [(i, p, Decimal(q)) for i, p, q in items(engine, number)] == sent[body]


def test_two_changes_of_one_order_at_once_one_wins_whole_the_other_is_refused(pair):
    first, second, engine = pair
    code = Portal(first.url).login("cliente01", "cliente01")
    so = Portal(first.url).service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=code, CUSTOMERID=HEAD_OFFICE,
                              SALESORDER=order_view(HEAD_OFFICE, [("PA0007", 1), ("PA0002", 2)]))
    winner = [("PA0006", 11), ("PA0007", 12), ("PA0002", 13)]
    loser = [("PA0002", 21)]
    outcome = {}

    def change(key, server, wanted):
        try:
            outcome[key] = Portal(server.url).service("MTCUSTOMERSALESORDER").PUTSALESORDER(
                USERCODE=code, CUSTOMERID=HEAD_OFFICE, SALESORDER=order_view(HEAD_OFFICE, wanted, ORDERID=number))
        except Fault as fault:
            outcome[key] = fault

    with engine.connect() as holder:  # the order's items, held: the first change stops half-way
        holder.execute(text('SELECT 1 FROM "SC6010" WHERE "C6_NUM" = :n FOR UPDATE'), {"n": number})
        first_change = threading.Thread(target=change, args=("first", first, winner))
        first_change.start()
        waiting_on_locks(engine, 1)
        change("second", second, loser)
        holder.rollback()
    first_change.join(60)
    assert outcome["first"] == number
    assert isinstance(outcome["second"], Fault)
    assert outcome["second"].message == f"PUTSALESORDER : Registro en uso por otro usuario: {number}"
    assert items(engine, number) == [(f"{i:02d}", p, Decimal(q)) for i, (p, q) in enumerate(winner, start=1)]


def test_releases_running_at_once_never_reserve_more_stock_than_there_is(pair):
    first, second, engine = pair
    with engine.begin() as conn:  # ME0003 in warehouse 01: 10 on hand, nothing reserved
        conn.execute(text('UPDATE "SB2010" SET "B2_QATU" = 10, "B2_RESERVA" = 0, "B2_QEMP" = 0 '
                          'WHERE rtrim("B2_COD") = \'ME0003\' AND "B2_LOCAL" = \'01\''))
    code = Portal(first.url).login("cliente02", "cliente02")  # customer 00000201, credit risk A: always approved
    numbers = [Portal(server.url).service("MTCUSTOMERSALESORDER").PUTSALESORDER(
        USERCODE=code, CUSTOMERID=COLOR, SALESORDER=order_view(COLOR, [("ME0003", 3)]))
        for server in (first, second, first, second, first, second)]
    chosen = [numbers[0], numbers[1], numbers[2], numbers[5]]  # three and four are left in portfolio
    steps = [("--order", number) for number in [*chosen, numbers[0]]]  # the first one twice at once
    with engine.connect() as holder:  # the stock balance, held until every release waits for it
        holder.execute(text('SELECT 1 FROM "SB2010" WHERE rtrim("B2_COD") = \'ME0003\' FOR UPDATE'))
        command = [sys.executable, str(ROOT / "server.py"), "--ini", str(first.ini), "release"]
        running = [subprocess.Popen([*command, *step], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
                   for step in steps]
        waiting_on_locks(engine, len(running), seconds=60)
        holder.rollback()
    for process in running:
        out, _ = process.communicate(timeout=60)
        assert process.returncode == 0, out.decode()
    with engine.connect() as conn:
        on_hand, reserved = conn.execute(text(
            'SELECT "B2_QATU", "B2_RESERVA" FROM "SB2010" WHERE rtrim("B2_COD") = \'ME0003\' AND "B2_LOCAL" = \'01\'')).one()
        releases = conn.execute(text(
            'SELECT "C9_PEDIDO", "C9_QTDLIB", "C9_BLEST" FROM "SC9010" WHERE "C9_PEDIDO" = ANY(:numbers) '
            'AND "D_E_L_E_T_" = \' \''), {"numbers": numbers}).all()
    assert sorted(r.C9_PEDIDO for r in releases) == sorted(chosen)  # one release per item, none twice
    released = sum(r.C9_QTDLIB for r in releases if not r.C9_BLEST.strip())
    assert reserved == released == 9 and reserved <= on_hand  # three orders of 3 fit in 10; one is short
    assert sum(1 for r in releases if r.C9_BLEST.strip() == "02") == 1
