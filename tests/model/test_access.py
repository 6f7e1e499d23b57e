"""Unit tests of the portal sessions and the permission check, on an in-memory database."""
import datetime as dt

import pytest
from sqlalchemy.pool import StaticPool

from model import access
from model.database import Company, Database
from model.demo.portal import load_portal
from model.errors import AccessDenied, NotFound
from model.tables import SA1, ZWS

T0 = dt.datetime(2026, 3, 2, 9, 0)


@pytest.fixture(scope="module")
def db():
    database = Database("sqlite://", Company("01", "01"), poolclass=StaticPool)
    database.create_schema()
    with database.session(write=True) as session:
        load_portal(session)
        session.add_all([SA1(A1_COD="000001", A1_LOJA="01", A1_NOME="A"), SA1(A1_COD="000001", A1_LOJA="02", A1_NOME="B"),
                         SA1(A1_COD="000002", A1_LOJA="01", A1_NOME="C")])
    return database


def test_sessions_expire_after_eight_hours(db):
    with db.session(write=True) as s:
        code, _user = access.login(s, "cliente01", "cliente01", now=T0)
    with db.session() as s:
        assert access.portal_user(s, code, now=T0 + dt.timedelta(hours=7, minutes=59)).AI3_LOGIN == "cliente01"
        with pytest.raises(AccessDenied):
            access.portal_user(s, code, now=T0 + dt.timedelta(hours=8))


def test_only_a_digest_of_the_usercode_is_stored(db):
    with db.session(write=True) as s:
        code, _user = access.login(s, "cliente02", "cliente02", now=T0)
    with db.session() as s:
        tokens = {row.ZWS_TOKEN for row in s.query(ZWS)}
    assert code not in tokens and access._token_digest(code) in tokens


def test_expired_sessions_are_purged_at_the_next_login(db):
    with db.session(write=True) as s:
        access.login(s, "cliente01", "cliente01", now=T0 - dt.timedelta(days=2))
        access.login(s, "cliente01", "cliente01", now=T0)
    with db.session() as s:
        assert all(row.ZWS_EXPIRA > T0 for row in s.query(ZWS).filter(ZWS.ZWS_CODUSU == "000001"))


def test_permission_check_order(db):
    with db.session(write=True) as s:
        code, _user = access.login(s, "cliente02", "cliente02", now=T0)
    with db.session() as s:
        now = T0 + dt.timedelta(minutes=1)
        assert access.check(s, code, "MTPRODUCT", "00000201", now=now).customer.id == "00000201"
        with pytest.raises(NotFound) as not_linked:
            access.check(s, code, "MTPRODUCT", "00000101", now=now)
        with pytest.raises(NotFound) as malformed:
            access.check(s, code, "MTPRODUCT", "0000", now=now)
        assert not_linked.value.key == malformed.value.key == "customer_not_registered"
        with pytest.raises(AccessDenied) as no_right:
            access.check(s, code, "MTCUSTOMERPRODUCTIONORDER", "00000201", now=now)
        assert no_right.value.key == "no_right_to_service"
        with pytest.raises(AccessDenied) as bad_code:
            access.check(s, "forged", "MTPRODUCT", "00000201", now=now)
        assert bad_code.value.key == "invalid_usercode"
