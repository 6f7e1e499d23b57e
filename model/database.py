"""Engine, sessions and the one mechanism that hides deleted rows and other branches.

Every ORM ``SELECT`` run through a session of :class:`Database` gets, for each Protheus table it
touches, ``D_E_L_E_T_ = ' '`` and ``<X>_FILIAL = <branch>`` added by SQLAlchemy's
``with_loader_criteria``: no query has to remember either. It covers the statement's own FROM
and JOINs (outer joins get it in their ON clause), not subqueries such as EXISTS: join instead.

That mechanism costs more than the query on the hottest reads (it rebuilds its conditions on
every execution). Those few are *prepared*: built once, with :func:`live` written into their
WHERE and ON clauses for every table they read, and run by :func:`read` as plain rows.
"""
from __future__ import annotations

from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import bindparam, create_engine, event, insert, inspect, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker, with_loader_criteria
from sqlalchemy.sql.util import find_tables

from model import indexes, limits, tables  # noqa: F401  (registers every table and its indexes)
from model.base import (DELETED, EXCLUSIVE, LIVE, SHARED, Base, branch_value, own_tables, protheus_tables,
                        use_company, use_modes)
from model.errors import PortalError
from model.gate import Gate

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


def _live_condition(branch: str | None):
    """The condition on an entity (a table or an alias of it) for its live rows of ``branch``.

    A lambda, so that SQLAlchemy applies it to aliases too. SQLAlchemy caches a lambda by its code,
    so each kind of table has a lambda of its own: one statement may join a shared table (a blank
    branch, a constant) and an exclusive one (the session's branch, the same for every table);
    sharing one lambda between them would bind one value for both."""
    if branch is None:
        return lambda entity: entity.D_E_L_E_T_ == LIVE
    if branch == "":
        return lambda entity: (entity.D_E_L_E_T_ == LIVE) & (entity.FILIAL == "")
    return lambda entity: (entity.D_E_L_E_T_ == LIVE) & (entity.FILIAL == branch)


def _live_rows_of_branch(branch: str) -> dict:
    """Protheus table class -> the loader criteria that keeps its live rows of ``branch`` (a
    shared table's rows have a blank branch)."""
    criteria = {}
    for cls in protheus_tables():
        value = branch_value(cls, branch)
        criteria[cls] = with_loader_criteria(cls, _live_condition(value), include_aliases=True)
    return criteria


class Database:
    """The engines and session factories for a company/branch.

    ``url`` is the ERP's database. ``state_url``, when given, is another database for this
    server's own tables (sessions, password hashes, numbering, system users): a copy of a real
    Protheus can then be served with ``read_only`` while the server keeps its state apart. A
    read-only database refuses every write to an ERP table with a Client fault (and its role
    should only SELECT)."""

    def __init__(self, url: str, company: Company = Company(), *, state_url: str = "", read_only: bool = False,
                 **engine_kw):
        use_company(company.code, company.branch)
        self.company = company
        self.read_only = read_only
        self.engine: Engine = _engine(url, dict(engine_kw))
        apart = bool(state_url) and state_url != url
        self.state_engine: Engine = _engine(state_url, dict(engine_kw)) if apart else self.engine
        # on SQLite the units of work of one process take turns, the writers queued among
        # themselves first (model.gate)
        sqlite = url.startswith("sqlite") or (apart and state_url.startswith("sqlite"))
        self._sqlite_gate = Gate() if sqlite else None
        use_modes(installation_modes(self.engine, company.code))
        info = {"branch": company.branch, "read_only": read_only}
        reads, writes = {}, {}
        if apart:  # our tables on their own engine; else one engine, one connection, one transaction
            state_writer = self.state_engine.execution_options(write=True)
            reads = {cls: self.state_engine for cls in own_tables()}
            writes = {cls: state_writer for cls in own_tables()}
        self._reads = sessionmaker(self.engine, binds=reads, expire_on_commit=False, info=info)
        self._writes = sessionmaker(self.engine.execution_options(write=True), binds=writes, expire_on_commit=False,
                                    info=info)
        criteria = _live_rows_of_branch(company.branch)

        for factory in (self._reads, self._writes):

            @event.listens_for(factory, "do_orm_execute")
            def _only_live_rows(state):
                if state.is_select and not state.is_column_load and not state.is_relationship_load:
                    options = [criteria[cls] for cls in _tables_read(state.statement)]
                    if options:
                        state.statement = state.statement.options(*options)
                elif read_only and (state.is_insert or state.is_update or state.is_delete):
                    _refuse_erp_write(state.bind_mapper.class_ if state.bind_mapper else None)

            @event.listens_for(factory, "before_flush")
            def _stamp_branch(session, flush_context, instances):
                if read_only:
                    for obj in (*session.new, *session.dirty, *session.deleted):
                        _refuse_erp_write(type(obj))
                for obj in session.new:
                    cls = type(obj)
                    col = getattr(cls, "__branch__", None)
                    if col and not getattr(obj, col) and branch_value(cls, company.branch):
                        setattr(obj, col, branch_value(cls, company.branch))
                    limits.check_object(obj, changed_only=False)
                for obj in session.dirty:
                    limits.check_object(obj, changed_only=True)

    @contextmanager
    def session(self, write: bool = False):
        """A unit of work: commits when the block ends cleanly, rolls back otherwise.

        ``write=True`` takes SQLite's write lock at the start of the transaction, so concurrent
        writers queue up instead of failing when they upgrade a read lock. On SQLite the units of
        work of one process go through a gate one at a time (:mod:`model.gate`: the threads of a
        process would otherwise pass the GIL to each other at every row read); other processes
        wait on SQLite's own locks.
        """
        with self._sqlite_gate.entered(write) if self._sqlite_gate is not None else nullcontext():
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
        """Create what is missing: this server's own tables in their database, and the ERP's
        unless the ERP's database is read-only."""
        own = [cls.__table__ for cls in own_tables()]
        Base.metadata.create_all(self.state_engine, tables=own)
        if not self.read_only:
            Base.metadata.create_all(self.engine, tables=[t for t in Base.metadata.sorted_tables if t not in own])

    def is_empty(self) -> bool:
        """True when the schema is missing or holds no portal user yet."""
        from model.tables import AI3

        if not inspect(self.engine).has_table(AI3.__table__.name):
            return True
        with self.session() as s:
            return s.query(AI3.R_E_C_N_O_).first() is None

    def dispose(self) -> None:
        self.engine.dispose()
        self.state_engine.dispose()


def installation_modes(engine: Engine, company: str) -> dict[str, str]:
    """The sharing mode of each table as the installation's own dictionary says (SX2's X2_MODO),
    when the database holds one (a copy of a real Protheus); else nothing."""
    name = f"SX2{company}0"
    if not inspect(engine).has_table(name):
        return {}
    with engine.connect() as conn:
        rows = conn.execute(text(f'SELECT "X2_CHAVE", "X2_MODO" FROM "{name}" WHERE "D_E_L_E_T_" = :live'),
                            {"live": LIVE}).all()
    return {key.strip(): mode.strip() for key, mode in rows}


def _engine(url: str, engine_kw: dict) -> Engine:
    # an error's text leaves out the statement's values: they may be a password hash or a session digest,
    # and the text reaches the server log (the client only ever sees an incident id)
    engine_kw.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        engine_kw.setdefault("connect_args", {"check_same_thread": False, "timeout": 30})
    else:
        engine_kw.setdefault("pool_pre_ping", True)
    engine = create_engine(url, **engine_kw)
    event.listen(engine, "before_cursor_execute", _count_statement)
    if url.startswith("sqlite"):
        _sqlite_pragmas(engine)
    return engine


def _refuse_erp_write(cls) -> None:
    """In read-only mode only this server's own tables take writes."""
    if cls is None or not getattr(cls, "__own__", False):
        raise PortalError("read_only")


def live(entity):
    """The condition for the live rows of the session's branch of ``entity`` (a table class or
    an alias of one), for a prepared statement: what the loader criteria add to the others."""
    cls = inspect(entity).mapper.class_
    condition = entity.D_E_L_E_T_ == LIVE
    if cls.__mode__ == EXCLUSIVE:
        condition = condition & (entity.FILIAL == bindparam("branch"))
    elif cls.__mode__ == SHARED:
        condition = condition & (entity.FILIAL == "")
    return condition


def read(session: Session, statement, **params):
    """Run a prepared statement (built once, :func:`live` in it) on the session's transaction:
    its result, plain rows (no mapped objects). It runs on the database of the tables it reads
    (this server's own tables may live apart from the ERP's)."""
    if session.new or session.dirty or session.deleted:
        session.flush()  # what the ORM's autoflush would do: the statement sees the session's own changes
    connection = session.connection(bind_arguments={"clause": statement})
    return connection.execute(statement, {"branch": session.info["branch"], **params})


class Record:
    """A row read for an answer: its columns as plain attributes (a result row's own attribute
    access costs some twenty times more)."""

    def __init__(self, values: dict):
        self.__dict__ = values

    def __repr__(self):
        return f"Record({self.__dict__!r})"


def records(session: Session, statement, **params) -> list[Record]:
    """The rows of a prepared statement as :class:`Record` objects."""
    result = read(session, statement, **params)
    keys = list(result.keys())
    return [Record(dict(zip(keys, row))) for row in result]


def soft_delete(obj) -> None:
    """Delete as Protheus does: mark the row, keep it."""
    obj.D_E_L_E_T_ = DELETED
    obj.R_E_C_D_E_L_ = obj.R_E_C_N_O_


def soft_delete_where(session: Session, cls, *criteria) -> None:
    """Mark deleted every live row of ``cls`` in the session's branch that meets ``criteria``."""
    branch = branch_value(cls, session.info["branch"])
    filters = [cls.D_E_L_E_T_ == LIVE, *criteria] + ([] if branch is None else [cls.FILIAL == branch])
    session.execute(
        update(cls).where(*filters)
        .values(D_E_L_E_T_=DELETED, R_E_C_D_E_L_=cls.R_E_C_N_O_)
        .execution_options(synchronize_session=False))


def insert_rows(session: Session, cls, rows: list[dict]) -> None:
    """Insert many rows of ``cls`` in one statement (an executemany), stamped with the session's
    branch: for documents whose item count must not change the number of statements. Every value
    must fit its column (:mod:`model.limits`)."""
    if rows:
        for row in rows:
            limits.check_values(cls.__table__, row)
        column, branch = cls.__branch__, branch_value(cls, session.info["branch"]) or ""
        if column:
            rows = [{**row, column: row.get(column) or branch} for row in rows]
        session.execute(insert(cls), rows)


def update_rows(session: Session, cls, rows: list[dict]) -> None:
    """Update many rows of ``cls`` by record number (each dict holds ``R_E_C_N_O_``) in one
    executemany when the dicts share their keys. Every value must fit its column."""
    if rows:
        for row in rows:
            limits.check_values(cls.__table__, row)
        session.execute(update(cls), rows)


def _sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        # Let pysqlite leave transactions to us so BEGIN IMMEDIATE serialises writers.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        # WAL's own safe setting: a commit no longer waits for the disk (the checkpoints do);
        # a power cut may lose the last commits, never the database's consistency
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


__all__ = ["Company", "Database", "Record", "insert_rows", "live", "read", "records", "soft_delete",
           "soft_delete_where", "text", "update_rows"]
