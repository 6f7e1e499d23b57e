"""Engine, sessions and the one mechanism that hides deleted rows and other branches.

Every ORM ``SELECT`` run through a session of :class:`Database` gets, for each Protheus table it
touches, ``D_E_L_E_T_ = ' '`` and ``<X>_FILIAL = <branch>`` added by SQLAlchemy's
``with_loader_criteria``: no query has to remember either. It covers the statement's own FROM
and JOINs (outer joins get it in their ON clause), not subqueries such as EXISTS: join instead.
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import create_engine, event, insert, inspect, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker, with_loader_criteria
from sqlalchemy.sql.util import find_tables

from model import tables  # noqa: F401  (registers every table)
from model.base import DELETED, LIVE, Base, protheus_tables, use_company


# SQL statements run by the current request (the Conout log shows the count per call).
statements_run: ContextVar[list[int] | None] = ContextVar("statements_run", default=None)


def _count_statement(conn, cursor, statement, parameters, context, executemany):
    counter = statements_run.get()
    if counter is not None:
        counter[0] += 1


@dataclass(frozen=True)
class Company:
    """Company and branch from PrepareIn (``01,01``)."""

    code: str = "01"
    branch: str = "01"


@lru_cache(maxsize=1)
def _classes_by_table() -> dict:
    return {cls.__table__: cls for cls in protheus_tables()}


def _tables_read(statement) -> set:
    """The Protheus table classes a statement reads, aliases and joins included: only their
    criteria are added, as each option costs time on every execution."""
    by_table = _classes_by_table()
    found = set()
    for table in find_tables(statement, include_aliases=True, check_columns=True):
        cls = by_table.get(getattr(table, "element", table))
        if cls is not None:
            found.add(cls)
    return found


def _live_rows_of_branch(branch: str) -> dict:
    """Protheus table class -> the loader criteria that keeps its live rows of ``branch``."""
    return {
        cls: with_loader_criteria(
            cls, lambda entity: (entity.D_E_L_E_T_ == LIVE) & (entity.FILIAL == branch), include_aliases=True
        )
        for cls in protheus_tables()
    }


class Database:
    """One engine and its session factory for a company/branch."""

    def __init__(self, url: str, company: Company = Company(), **engine_kw):
        use_company(company.code)
        self.company = company
        if url.startswith("sqlite"):
            engine_kw.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
        else:
            engine_kw.setdefault("pool_pre_ping", True)
        self.engine: Engine = create_engine(url, **engine_kw)
        event.listen(self.engine, "before_cursor_execute", _count_statement)
        if url.startswith("sqlite"):
            _sqlite_pragmas(self.engine)
        info = {"branch": company.branch}
        self._reads = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._writes = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False, info=info)
        criteria = _live_rows_of_branch(company.branch)

        for factory in (self._reads, self._writes):

            @event.listens_for(factory, "do_orm_execute")
            def _only_live_rows(state):
                if state.is_select and not state.is_column_load and not state.is_relationship_load:
                    options = [criteria[cls] for cls in _tables_read(state.statement)]
                    if options:
                        state.statement = state.statement.options(*options)

            @event.listens_for(factory, "before_flush")
            def _stamp_branch(session, flush_context, instances):
                for obj in session.new:
                    col = getattr(type(obj), "__branch__", None)
                    if col and not getattr(obj, col):
                        setattr(obj, col, company.branch)

    @contextmanager
    def session(self, write: bool = False):
        """A unit of work: commits when the block ends cleanly, rolls back otherwise.

        ``write=True`` takes SQLite's write lock at the start of the transaction, so concurrent
        writers queue up instead of failing when they upgrade a read lock.
        """
        session: Session = (self._writes if write else self._reads)()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def create_schema(self) -> None:
        Base.metadata.create_all(self.engine)

    def is_empty(self) -> bool:
        """True when the schema is missing or holds no portal user yet."""
        from model.tables import AI3

        if not inspect(self.engine).has_table(AI3.__table__.name):
            return True
        with self.session() as s:
            return s.query(AI3.R_E_C_N_O_).first() is None

    def dispose(self) -> None:
        self.engine.dispose()


def soft_delete(obj) -> None:
    """Delete as Protheus does: mark the row, keep it."""
    obj.D_E_L_E_T_ = DELETED
    obj.R_E_C_D_E_L_ = obj.R_E_C_N_O_


def soft_delete_where(session: Session, cls, *criteria) -> None:
    """Mark deleted every live row of ``cls`` in the session's branch that meets ``criteria``."""
    branch = session.info["branch"]
    session.execute(
        update(cls).where(cls.D_E_L_E_T_ == LIVE, cls.FILIAL == branch, *criteria)
        .values(D_E_L_E_T_=DELETED, R_E_C_D_E_L_=cls.R_E_C_N_O_)
        .execution_options(synchronize_session=False))


def insert_rows(session: Session, cls, rows: list[dict]) -> None:
    """Insert many rows of ``cls`` in one statement (an executemany), stamped with the session's
    branch: for documents whose item count must not change the number of statements."""
    if rows:
        branch = session.info["branch"]
        session.execute(insert(cls), [{**row, cls.__branch__: branch} for row in rows])


def update_rows(session: Session, cls, rows: list[dict]) -> None:
    """Update many rows of ``cls`` by record number (each dict holds ``R_E_C_N_O_``) in one
    executemany when the dicts share their keys."""
    if rows:
        session.execute(update(cls), rows)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let pysqlite leave transactions to us so BEGIN IMMEDIATE serialises writers.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


__all__ = ["Company", "Database", "insert_rows", "soft_delete", "soft_delete_where", "text", "update_rows"]
