"""The generic tables of SX5 (table ``00`` lists them all; ``12`` states, ``02`` product types,
``13`` fiscal operation codes, ``DJ`` kinds of sales operation, ...): each a list of codes and
their descriptions in the three languages."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model.tables import SX5

DESCRIPTION = {"es": SX5.X5_DESCSPA, "pt": SX5.X5_DESCRI, "en": SX5.X5_DESCENG}
TABLE_OF_TABLES, STATES = "00", "12"


def entries(session: Session, table: str, lang: str) -> list[tuple[str, str]]:
    """(X5_CHAVE, description) of every entry of ``table``, in key order; the Portuguese text
    when the language's own is blank. An unknown table has no entries."""
    description = func.coalesce(func.nullif(DESCRIPTION[lang], ""), SX5.X5_DESCRI)
    return [tuple(row) for row in session.execute(
        select(SX5.X5_CHAVE, description).where(SX5.X5_TABELA == (table or "").strip())
        .order_by(SX5.X5_CHAVE, SX5.R_E_C_N_O_))]


def has_entry(session: Session, table: str, key: str) -> bool:
    """Whether ``table`` has an entry ``key``."""
    found = session.scalars(select(SX5.R_E_C_N_O_).where(SX5.X5_TABELA == table, SX5.X5_CHAVE == key)).first()
    return found is not None
