"""What only separate processes show: server processes sharing one database, the first start on
the embedded database, and a command of server.py run as a process of its own (the commands'
behaviour is tested in this process: tests/service/test_commands.py)."""
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
    assert Portal(second.url).service("USERPORTAL").PRTLOGOUT(USERCODE=code) == 1
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


def test_a_user_command_answers_in_one_line_with_the_ini_after_the_command(databases, tmp_path):
    from tests.support.servers import write_ini

    ini = write_ini(tmp_path, databases.copy("sqlite"))
    done = run_server_py("portal-user", "add", "cliente06", "--name", "Compras", "--password", "clave06x",
                         "--ini", str(ini), ini=ini)
    assert re.fullmatch(r"portal user cliente06 \(\d{6}\) added; link customers and grant rights next\n", done.stdout)
