"""The model ring: the rules called directly, on a copy of the demo database per test module."""
from __future__ import annotations

import datetime as dt

import pytest

from model.access import Customer
from model.database import Company, Database

TODAY = dt.date.today()
HEAD_OFFICE, NORTH_STORE, COLOR = Customer("000001", "01"), Customer("000001", "02"), Customer("000002", "01")


@pytest.fixture(scope="module")
def demo(databases) -> Database:
    """The demo company on SQLite, a copy of its own for the test module."""
    db = Database(databases.copy("sqlite"), Company("01", "01"))
    yield db
    db.dispose()


@pytest.fixture
def session(demo):
    """A write session whose work is rolled back at the end of the test."""
    with demo.session(write=True) as s:
        yield s
        s.rollback()
