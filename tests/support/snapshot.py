"""What a database holds, in short: the row count and a checksum of every table, to show that a
refused call wrote nothing."""
from __future__ import annotations

import hashlib

from sqlalchemy import select

from model.base import Base


def fingerprint(db, *, skip: tuple[str, ...] = ()) -> dict[str, tuple[int, str]]:
    """Table name -> (rows, SHA-256 of every row in primary-key order), for every mapped table of
    ``db`` (this server's own tables read from their own database). ``skip`` names tables (by
    alias or name) left out: those a test writes on purpose."""
    own = {m.class_.__table__ for m in Base.registry.mappers if getattr(m.class_, "__own__", False)}
    tables = [t for t in Base.metadata.sorted_tables if t.name not in skip and t.name[:3] not in skip]
    prints = {}
    for engine, group in ((db.engine, [t for t in tables if t not in own]),
                          (db.state_engine, [t for t in tables if t in own])):
        if engine.dialect.name == "postgresql":
            prints.update(_summed_by_postgresql(engine, group))
            continue
        with engine.connect() as conn:
            for table in group:
                digest, rows = hashlib.sha256(), 0
                for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
                    digest.update(repr(tuple(row)).encode("utf-8"))
                    rows += 1
                prints[table.name] = (rows, digest.hexdigest())
    return prints


def changed(before: dict, after: dict) -> list[str]:
    """The tables whose rows differ."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


def _summed_by_postgresql(engine, tables) -> dict[str, tuple[int, str]]:
    """The same, summed by the server in one statement (each row as its text, in key order)."""
    if not tables:
        return {}
    parts = []
    for table in tables:
        key = ", ".join(f't."{c.name}"' for c in table.primary_key.columns)
        parts.append(f"SELECT '{table.name}', count(*), md5(coalesce(string_agg(t::text, '|' ORDER BY {key}), '')) "
                     f'FROM "{table.name}" t')
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(" UNION ALL ".join(parts)).all()
    return {name: (count, digest) for name, count, digest in rows}
