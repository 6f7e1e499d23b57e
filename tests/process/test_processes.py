"""What only separate processes show: server processes sharing one database, the first start on
the embedded database, and the back-office commands of server.py."""
import re

import pytest
from zeep.exceptions import Fault

from tests.support.portal_client import Portal
from tests.support.servers import run_server_py


def test_processes_share_sessions_through_the_database(start_process, backend):
    first = start_process(backend)
    second = start_process(backend, db_url=first.db_url)
    code = Portal(first.url).login("cliente01", "cliente01")
    assert Portal(second.url).service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)
    assert Portal(second.url).service("USERPORTAL").PRTLOGOUT(USERCODE=code) is True
    with pytest.raises(Fault, match="Código de usuario inválido"):
        Portal(first.url).service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)


def test_the_first_start_creates_the_embedded_database_with_the_demo(start_process, tmp_path):
    database = tmp_path / "data" / "fresh.db"
    server = start_process("sqlite", db_url=f"sqlite:///{database}")
    assert database.exists()
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    assert portal.service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)
    log = server.log.read_text()
    assert "creating it with the demo data" in log
    assert "demo credentials still work: portal user cliente01" in log


def test_the_back_office_commands_release_and_invoice(start_process):
    from tests.service.test_sales_orders import order_view, statuses

    server = start_process("sqlite")
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    so = portal.service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=code, CUSTOMERID="00000101", SALESORDER=order_view("00000101", [("PA0007", 3)]))
    done = run_server_py("release", "--order", number, ini=server.ini)
    assert done.stdout.strip() == f"order {number} item 01: status 2"
    done = run_server_py("invoice", "--order", number, ini=server.ini)
    assert re.match(r"invoice 1/\d{9} customer 00000101: ", done.stdout)
    assert statuses(so, code, "00000101", number) == [("01", "5", "Facturado")]
