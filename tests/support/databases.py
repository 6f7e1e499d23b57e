"""Databases for a test run: the demo database is built once per backend (a template), and every
test server or model test gets a copy of its own.

SQLite: the template is a file, copied. PostgreSQL: the template is a database, and copies are
``CREATE DATABASE ... TEMPLATE``. Everything made here is dropped at the end of the run.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from model import passwords
from model.database import Company, Database
from model.demo import load_demo

PG_ADMIN_URL = os.environ.get("PORTAL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ("sqlite", "postgresql")
# Cheap argon2 parameters: tests hash and verify many passwords; production uses the defaults.
TEST_PASSWORD_COST = (1, 8, 1)
TEST_PASSWORD_COST_INI = ",".join(str(n) for n in TEST_PASSWORD_COST)


def postgres_reachable() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def pg_url(name: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name


class Databases:
    """Templates and copies of the demo database, on each backend."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.templates: dict[str, str] = {}
        self.created_pg: list[str] = []

    # --- templates ------------------------------------------------------------------------

    def template(self, backend: str) -> str:
        """The URL of the demo template of ``backend``, built on first use."""
        if backend not in self.templates:
            passwords.configure(*TEST_PASSWORD_COST)
            url = self._empty(backend)
            db = Database(url, Company("01", "01"))
            db.create_schema()
            with db.session(write=True) as session:
                load_demo(session, dt.date.today())
            if backend == "sqlite":
                with db.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            db.dispose()
            self.templates[backend] = url
        return self.templates[backend]

    # --- copies ---------------------------------------------------------------------------

    def copy(self, backend: str) -> str:
        """A fresh copy of the demo database of ``backend``: its URL."""
        template = self.template(backend)
        if backend == "sqlite":
            target = self.folder / f"p12-{uuid.uuid4().hex[:8]}.db"
            shutil.copyfile(template.removeprefix("sqlite:///"), target)
            return f"sqlite:///{target}"
        name = "portal_test_" + uuid.uuid4().hex[:10]
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{template.rsplit("/", 1)[1]}"')
        self.created_pg.append(name)
        return pg_url(name)

    def empty(self, backend: str) -> str:
        """A database with nothing in it (not even the schema)."""
        return self._empty(backend)

    def _empty(self, backend: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{self.folder / ('p12-' + uuid.uuid4().hex[:8] + '.db')}"
        name = "portal_test_" + uuid.uuid4().hex[:10]
        self._admin(f'CREATE DATABASE "{name}"')
        self.created_pg.append(name)
        return pg_url(name)

    def drop_all(self) -> None:
        if self.created_pg:
            for name in reversed(self.created_pg):
                self._admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @staticmethod
    def _admin(statement: str) -> None:
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(statement))
        finally:
            admin.dispose()
