"""server.py's commands for the people who run the server, called in this process on an
in-process server's database and appserver.ini (tests/process runs one of them as a real process):
users made, linked, granted, revoked, blocked on the command line and seen at once over SOAP; an
empty installation made by initdb."""
import re

import pytest
from zeep.exceptions import Fault

import server as server_py
from tests.support.portal_client import Portal
from tests.support.servers import InProcessServer, write_ini


@pytest.fixture(scope="module")
def own_server(start_server):
    return start_server("sqlite")


def command(capsys, ini, *args) -> tuple[int, str, str]:
    """``python server.py --ini INI ARGS...`` run here: its exit code, output and errors."""
    code = server_py.main(["--ini", str(ini), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_a_portal_user_made_on_the_command_line_logs_in_over_soap(own_server, capsys):
    def run(*args):
        code, out, err = command(capsys, own_server.ini, *args)
        assert code == 0, err
        return out.strip()

    assert re.fullmatch(r"portal user cliente05 \(\d{6}\) added; link customers and grant rights next",
                        run("portal-user", "add", "cliente05", "--name", "Compras Color", "--password", "clave05x"))
    assert run("portal-user", "link", "cliente05", "00000201") == "portal user cliente05: linked 00000201"
    assert run("portal-user", "grant", "cliente05", "mtproduct", "MTCUSTOMER") == (
        "portal user cliente05: granted MTPRODUCT, MTCUSTOMER")
    portal = Portal(own_server.url)
    code = portal.login("cliente05", "clave05x")
    assert portal.service("MTCUSTOMER").GETCUSTOMER(USERCODE=code, CUSTOMERID="00000201").CUSTOMERCODE == "000002"
    with pytest.raises(Fault, match="Cliente y/o Tienda no registrados"):
        portal.service("MTCUSTOMER").GETCUSTOMER(USERCODE=code, CUSTOMERID="00000101")
    assert run("portal-user", "revoke", "cliente05", "MTCUSTOMER") == "portal user cliente05: revoked MTCUSTOMER"
    with pytest.raises(Fault, match="GETCUSTOMER : "):
        portal.service("MTCUSTOMER").GETCUSTOMER(USERCODE=code, CUSTOMERID="00000201")
    assert run("portal-user", "block", "cliente05") == "portal user cliente05: blocked"
    with pytest.raises(Fault, match="Código de usuario inválido"):
        portal.service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=1)
    with pytest.raises(Fault, match="PRTLOGIN : Usuario bloqueado"):
        portal.login("cliente05", "clave05x")
    assert run("portal-user", "unblock", "cliente05") == "portal user cliente05: unblocked"
    assert run("portal-user", "password", "cliente05", "--password", "nueva05x") == (
        "portal user cliente05: password changed, its sessions ended")
    assert portal.login("cliente05", "nueva05x")
    assert command(capsys, own_server.ini, "portal-user", "grant", "cliente05", "NOSUCH") == (
        1, "", "portal-user grant cliente05: AI6_WEBSRV NOSUCH no registrado\n")
    assert command(capsys, own_server.ini, "portal-user", "password", "nobody", "--password", "x") == (
        1, "", "portal-user password nobody: Usuario no encontrado\n")
    # a system user made on the command line passes the HTTP layer
    assert re.fullmatch(r"system user ops \(\d{6}\) added", run("system-user", "add", "ops", "--password", "operador1"))
    assert Portal(own_server.url, auth=("ops", "operador1")).service("USERPORTAL").PRTLISTPORTALS()


def test_the_back_office_commands_release_and_invoice_in_words(own_server, capsys):
    from tests.service.test_sales_orders import order_view, statuses

    portal = Portal(own_server.url)
    code = portal.login("cliente01", "cliente01")
    so = portal.service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=code, CUSTOMERID="00000101", SALESORDER=order_view("00000101", [("PA0007", 3)]))
    assert command(capsys, own_server.ini, "release", "--order", number) == (
        0, f"order {number} item 01: Liberado\n", "")
    code_, out, _err = command(capsys, own_server.ini, "invoice", "--ini", str(own_server.ini), "--order", number)
    assert code_ == 0 and re.fullmatch(r"invoice 1/\d{9} of customer 00000101: 5\.94\n", out)  # 3 x 1.80 + 10 % IPI
    assert statuses(so, code, "00000101", number) == ([("01", "Facturado")], "Facturado")
    assert command(capsys, own_server.ini, "invoice", "--order", number) == (
        0, f"nothing to invoice in order {number}\n", "")


def test_initdb_makes_an_empty_installation_that_is_served_empty(tmp_path, capsys):
    database = tmp_path / "data" / "empty.db"
    ini = write_ini(tmp_path / "conf", f"sqlite:///{database}", webservices={"Security": "0"})
    assert command(capsys, ini, "initdb") == (0, f"sqlite:///{database}: schema ready\n", "")
    running = InProcessServer(ini, f"sqlite:///{database}", "sqlite")
    try:
        with pytest.raises(Fault, match="PRTLOGIN : Usuario o contraseña inválidos"):  # no demo users in it
            Portal(running.url, auth=None).login("cliente01", "cliente01")
        assert any("has no portal users" in line for line in running.log.lines)
        # its web services are registered (AI7): USERPORTAL answered above, the catalog's WSDL is there
        assert Portal(running.url, auth=None).client("MTPRODUCT")
    finally:
        running.stop()
    assert command(capsys, ini, "initdb", "--demo")[0] == 0  # still no data: the demo may go in
    code, out, err = command(capsys, ini, "initdb", "--demo")
    assert (code, out, err.count("\n")) == (1, "", 1) and "already holds data" in err
