"""Brute force over HTTP: repeated failures lock a login, with the message and the time of a wrong
password, and every server over the same database honours the lock."""
import time

import pytest
import requests
from zeep.exceptions import Fault

from model.system_users import add_system_user
from tests.support.portal_client import Portal

LOCKING = {"LoginAttempts": "3", "LoginLockSeconds": "600"}


@pytest.fixture(scope="module")
def pair(backend, start_server):
    """Two servers (as two processes would be) over one database, locking at the third failure."""
    first = start_server(backend, webservices=LOCKING)
    second = start_server(backend, webservices=LOCKING, db_url=first.db_url)
    with first.db.session(write=True) as session:
        add_system_user(session, "wsguest", "guest-pass")
    return first, second


def login_fault(server, login, password) -> str:
    with pytest.raises(Fault) as refused:
        server.portal().login(login, password)
    return refused.value.message


def test_portal_login_locks_after_three_failures_with_a_wrong_passwords_message(pair):
    first, second = pair
    wrong = [login_fault(first, "cliente02", "wrong") for _ in range(3)]
    assert wrong == ["PRTLOGIN : Usuario o contraseña inválidos"] * 3
    assert login_fault(first, "cliente02", "cliente02") == wrong[0]  # the right password, refused alike
    assert login_fault(second, "cliente02", "cliente02") == wrong[0]  # the other server honours it
    assert first.portal().login("cliente01", "cliente01")  # another login is not touched


def test_http_basic_locks_the_system_user_on_every_server(pair):
    first, second = pair
    url = "/ws/MTPRODUCT.apw?WSDL"
    assert requests.get(first.url + url, auth=("wsguest", "guest-pass")).status_code == 200
    for _ in range(3):
        assert requests.get(first.url + url, auth=("wsguest", "nope")).status_code == 401
    for server in (first, second):
        refused = requests.get(server.url + url, auth=("wsguest", "guest-pass"))
        assert refused.status_code == 401 and refused.text == "Unauthorized"
    assert requests.get(second.url + url, auth=("wsadmin", "wsadmin")).status_code == 200


def test_a_locked_login_takes_the_time_of_a_wrong_password(pair):
    first, _second = pair
    for _ in range(3):
        login_fault(first, "cliente01", "locked-now")
    portal = Portal(first.url)
    client = portal.service("USERPORTAL")

    def timed(login, password):
        started = time.perf_counter()
        with pytest.raises(Fault):
            client.PRTLOGIN(USERLOGIN=login, USERPASSWORD=password)
        return time.perf_counter() - started

    locked, wrong = [], []
    for n in range(12):  # interleaved, so that load on the machine falls on both alike
        locked.append(timed("cliente01", "cliente01"))
        wrong.append(timed(f"someone-{n}", "wrong"))  # a fresh login each time: a plain wrong password
    # the quickest of each: what a call costs the server, without the waits a busy machine adds
    ratio = min(locked) / min(wrong)
    assert 1 / 3 < ratio < 3, (locked, wrong)
