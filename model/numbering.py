"""Document numbers (Protheus' GetSXENum over SXE/SXF): a sequence per key that never repeats,
also with concurrent writers in several processes.

The last number given is kept in ZSX. It is read with ``SELECT ... FOR UPDATE`` inside the
caller's transaction, so a second writer waits until the first commits (PostgreSQL); on SQLite
the write transaction (``BEGIN IMMEDIATE``) already serialises writers. A number is never given
twice, and one whose transaction rolls back is simply skipped, as in Protheus.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from model.tables import ZSX


def next_number(session: Session, key: str, width: int, taken: Callable[[str], bool] | None = None) -> str:
    """The next number of sequence ``key`` (``SC5``, ``SU5``...), zero-padded to ``width``.
    ``taken`` tells whether a number is already used (rows loaded by other means): those are skipped."""
    row = _locked_row(session, key)
    number = int(row.ZSX_ULTIMO or 0)
    while True:
        number += 1
        text = str(number).zfill(width)
        if len(text) > width:
            raise OverflowError(f"sequence {key} exhausted at {width} digits")
        if taken is None or not taken(text):
            break
    row.ZSX_ULTIMO = text
    session.flush()
    return text


def _locked_row(session: Session, key: str) -> ZSX:
    query = select(ZSX).where(ZSX.ZSX_CHAVE == key).with_for_update()
    row = session.scalars(query).first()
    if row is not None:
        return row
    try:
        with session.begin_nested():
            session.add(ZSX(ZSX_CHAVE=key, ZSX_ULTIMO=""))
    except IntegrityError:
        pass  # another writer created it first: wait for its lock below
    return session.scalars(query).one()
