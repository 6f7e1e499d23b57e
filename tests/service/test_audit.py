"""The audit trail: every portal write leaves who, when, from where, which operation and which keys,
in the write's own transaction (a refused write leaves nothing); ``server.py audit`` shows it."""
import datetime as dt

import pytest
from zeep.exceptions import Fault

import server as server_py
from model.audit import trail

ORDER_ITEM = {"ORDERITEM": "01", "PRODUCTID": "PA0002", "QUANTITY": 3}


def order(customer_id):
    return {"SOHEADER": {"CUSTOMERCODE": customer_id[:6], "CUSTOMERUNIT": customer_id[6:]},
            "SOITEM": {"SALESORDERITEMVIEW": [ORDER_ITEM]}}


@pytest.fixture(scope="module")
def audited(backend, start_server):
    server = start_server(backend)
    portal = server.portal()
    one, two = portal.login("cliente01", "cliente01"), portal.login("cliente02", "cliente02")
    so = portal.service("MTCUSTOMERSALESORDER")
    number = so.PUTSALESORDER(USERCODE=one, CUSTOMERID="00000101", SALESORDER=order("00000101"))
    so.GETSALESORDER(USERCODE=one, CUSTOMERID="00000101", ORDERID=number)  # a read: not audited
    so.DELSALESORDER(USERCODE=one, CUSTOMERID="00000101", ORDERID=number)
    with pytest.raises(Fault):  # refused: not audited
        so.PUTSALESORDER(USERCODE=two, CUSTOMERID="00000101", SALESORDER=order("00000101"))
    assert portal.service("USERPORTAL").PRTPSWUSER(USERCODE=two, USEROLDPASSWORD="cliente02",
                                                   USERPASSWORD="cliente02-new") == 1
    return server, number


def test_each_write_is_in_the_trail_with_who_when_where_and_which_keys(audited):
    server, number = audited
    with server.db.session() as session:
        entries = trail(session)
    assert [(e.login, e.service, e.operation) for e in entries] == [
        ("cliente01", "MTCUSTOMERSALESORDER", "PUTSALESORDER"),
        ("cliente01", "MTCUSTOMERSALESORDER", "DELSALESORDER"),
        ("cliente02", "USERPORTAL", "PRTPSWUSER")]
    put, delete, password = entries
    assert put.user_code == "000001" and put.address == "127.0.0.1" and put.customer == "00000101"
    assert f"RESULT={number}" in put.keys and "CUSTOMERID=00000101" in put.keys
    assert f"ORDERID={number}" in delete.keys
    assert password.customer == "" and "cliente02-new" not in password.keys
    assert abs(put.when - dt.datetime.now(dt.UTC).replace(tzinfo=None)) < dt.timedelta(minutes=10)


def test_server_py_audit_filters_by_user_customer_and_dates(audited, capsys):
    server, number = audited
    today = dt.datetime.now(dt.UTC).date()

    def lines(*args):
        assert server_py.main(["audit", "--ini", str(server.ini), *args]) == 0
        return capsys.readouterr().out.splitlines()

    mine = lines("--user", "cliente01")
    assert len(mine) == 2 and all("cliente01 (000001) from 127.0.0.1" in line for line in mine)
    assert "MTCUSTOMERSALESORDER.PUTSALESORDER customer 00000101" in mine[0] and f"RESULT={number}" in mine[0]
    assert len(lines("--customer", "00000101")) == 2 and len(lines("--customer", "000001")) == 2
    assert lines("--customer", "00000201") == []
    assert len(lines("--user", "000002")) == 1  # a user code works as well as a login
    assert len(lines("--from", today.isoformat(), "--to", today.isoformat())) == 3
    assert lines("--from", (today + dt.timedelta(days=1)).isoformat()) == []
