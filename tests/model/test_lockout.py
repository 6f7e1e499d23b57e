"""Brute force: a login that keeps failing is locked for a while (model.lockout), on both layers."""
import datetime as dt

import pytest
from sqlalchemy import delete
from sqlalchemy.pool import StaticPool

from model import access, lockout, passwords
from model.database import Company, Database
from model.demo.portal import load_portal
from model.errors import AccessDenied
from model.system_users import authenticate
from model.tables import ZLK
from tests.support.databases import TEST_PASSWORD_COST

T0 = dt.datetime(2026, 3, 2, 9, 0)
POLICY = lockout.Policy(attempts=3, seconds=600)


@pytest.fixture(scope="module")
def portal_users():
    passwords.configure(*TEST_PASSWORD_COST)
    database = Database("sqlite://", Company("01", "01"), poolclass=StaticPool)
    database.create_schema()
    with database.session(write=True) as session:
        load_portal(session)
    yield database
    database.dispose()


@pytest.fixture
def db(portal_users):
    """The portal users, with no failure counted."""
    with portal_users.session(write=True) as session:
        session.execute(delete(ZLK))
    return portal_users


def attempt(db, login, password, minutes=0):
    """One PRTLOGIN as the service runs it: the failure's count is kept though the login fails."""
    with db.session(write=True) as s:
        try:
            access.login(s, login, password, now=T0 + dt.timedelta(minutes=minutes), policy=POLICY)
            return "ok"
        except AccessDenied as refused:
            s.commit()
            return refused.key


def test_the_third_failure_in_a_row_locks_the_login_even_for_its_right_password(db):
    assert [attempt(db, "cliente01", "wrong") for _ in range(3)] == ["login_failed"] * 3
    assert attempt(db, "cliente01", "cliente01", minutes=1) == "login_failed"  # the wrong password's message
    assert attempt(db, "cliente02", "cliente02", minutes=1) == "ok"  # another login is not touched
    assert attempt(db, "cliente01", "cliente01", minutes=10) == "ok"  # the lock has ended


def test_failures_while_locked_do_not_lengthen_the_lock(db):
    for _ in range(3):
        attempt(db, "cliente01", "wrong")
    for minute in range(1, 9):
        assert attempt(db, "cliente01", "wrong", minutes=minute) == "login_failed"
    assert attempt(db, "cliente01", "cliente01", minutes=10) == "ok"


def test_a_good_login_clears_the_count_and_old_failures_are_forgotten(db):
    attempt(db, "cliente01", "wrong")
    attempt(db, "cliente01", "wrong")
    assert attempt(db, "cliente01", "cliente01") == "ok"
    attempt(db, "cliente01", "wrong", minutes=1)
    attempt(db, "cliente01", "wrong", minutes=2)
    attempt(db, "cliente01", "wrong", minutes=13)  # more than 10 minutes after the one before: counts as the first
    assert attempt(db, "cliente01", "cliente01", minutes=14) == "ok"
    with db.session() as s:
        assert s.query(ZLK).count() == 0


def test_an_unknown_login_is_counted_and_locked_alike(db):
    for _ in range(3):
        assert attempt(db, "nobody", "x") == "login_failed"
    with db.session() as s:
        assert lockout.state(s, lockout.PORTAL, "nobody", T0).locked


def test_policy_zero_never_locks(db):
    with db.session(write=True) as s:
        for _ in range(10):
            lockout.failed(s, lockout.PORTAL, "cliente01", lockout.Policy(attempts=0), T0)
        assert lockout.state(s, lockout.PORTAL, "cliente01", T0) is None


def test_system_users_are_locked_apart_from_portal_users(db):
    policy = lockout.Policy(attempts=2, seconds=600)
    assert not authenticate(db, "wsadmin", "bad", policy)
    assert not authenticate(db, "wsadmin", "bad", policy)
    assert not authenticate(db, "wsadmin", "wsadmin", policy)  # locked
    with db.session() as s:
        assert lockout.state(s, lockout.SYSTEM, "wsadmin").locked
        assert lockout.state(s, lockout.PORTAL, "wsadmin") is None
    with db.session(write=True) as s:
        assert lockout.unlock(s, lockout.SYSTEM, "wsadmin")
    assert authenticate(db, "wsadmin", "wsadmin", policy)
