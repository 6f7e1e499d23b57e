"""The indexes of the Protheus tables, created with the schema on SQLite and PostgreSQL.

Every index of the data dictionary (SIX, kept in ``model/dictionary``) whose fields are all
columns of ours becomes a database index as Protheus' DBAccess makes it: the key's fields, then
``R_E_C_N_O_`` and ``D_E_L_E_T_``, named after the table and the order (``SC50102`` is order 2 of
``SC5010``). ``DTOS(x)`` is read as ``x``: dates are ``YYYYMMDD`` text here too, so they sort alike.
Every read here adds ``D_E_L_E_T_ = ' '`` and the branch, both of them in every index.

:data:`OWN` adds the few the portal's browses and look-ups need and SIX lacks (a customer's
documents by date, for instance). Unique keys (X2_UNICO + ``R_E_C_D_E_L_``) stay with their tables
in ``model/tables``. ``tests/model/test_indexes.py`` shows on PostgreSQL that every browse and
look-up path reads through one of them.
"""
from __future__ import annotations

import re

from sqlalchemy import Index

from model import tables  # noqa: F401  (registers every table)
from model.base import protheus_tables
from model.dictionary import table_facts

TRAILER = ("R_E_C_N_O_", "D_E_L_E_T_")  # what DBAccess adds to every index key

# alias -> (name, key): the browse and look-up paths SIX has no index for.
OWN: dict[str, tuple[tuple[str, str], ...]] = {
    # BRWSALESORDER, BRWRELEASE, BRWIDORDER: a customer's orders by issue date and number
    "SC5": (("CUSTOMER_DATE", "C5_FILIAL+C5_CLIENTE+C5_LOJACLI+C5_EMISSAO+C5_NUM"),
            # BRWSALESORDER's and BRWTOTALSALESORDER's BIDNUMBERFROM/TO
            ("CUSTOMER_BID", "C5_FILIAL+C5_CLIENTE+C5_LOJACLI+C5_COTACAO")),
    # a customer's bills by due date (SIX 8 has the status between customer and date)
    "SE1": (("CUSTOMER_DUE", "E1_FILIAL+E1_CLIENTE+E1_LOJA+E1_VENCREA"),),
    # a customer's invoices, and their items, by issue date
    "SF2": (("CUSTOMER_DATE", "F2_FILIAL+F2_CLIENTE+F2_LOJA+F2_EMISSAO+F2_DOC"),),
    "SD2": (("CUSTOMER_DATE", "D2_FILIAL+D2_CLIENTE+D2_LOJA+D2_EMISSAO"),),
    # a user's sessions: purged at each login, revoked together
    "ZWS": (("USER", "ZWS_FILIAL+ZWS_CODUSU+ZWS_EXPIRA"),),
}


def key_columns(key: str) -> list[str]:
    """The columns of a SIX key expression: ``C5_FILIAL+DTOS(C5_EMISSAO)+C5_NUM`` ->
    ``[C5_FILIAL, C5_EMISSAO, C5_NUM]``."""
    return [re.sub(r"^DTOS\((\w+)\)$", r"\1", part.strip()) for part in key.split("+")]


def planned(cls) -> list[tuple[str, list[str]]]:
    """(index name, columns) for table class ``cls``: its SIX indexes whose fields are all
    columns of ours, then its own ones; an index that repeats an earlier one's columns is left out."""
    table = cls.__table__
    facts = table_facts(cls.__alias__) or {"indexes": []}
    wanted = [(f"{table.name}{index['order']}", key_columns(index["key"])) for index in facts.get("indexes", [])]
    wanted += [(f"{table.name}_{name}", key_columns(key)) for name, key in OWN.get(cls.__alias__, ())]
    own = {f"{table.name}_{name}" for name, _ in OWN.get(cls.__alias__, ())}
    found, seen = [], set()
    for name, columns in wanted:
        columns = [c for c in columns if c not in TRAILER] + list(TRAILER)
        missing = [c for c in columns if c not in table.columns]
        if missing and name in own:
            raise LookupError(f"index {name}: {table.name} has no column {missing[0]}")
        if not missing and tuple(columns) not in seen:
            seen.add(tuple(columns))
            found.append((name, columns))
    return found


def declare_indexes() -> None:
    """Attach the planned indexes to every Protheus table (once)."""
    for cls in protheus_tables():
        table = cls.__table__
        existing = {index.name for index in table.indexes}
        for name, columns in planned(cls):
            if name not in existing:
                Index(name, *(table.columns[c] for c in columns))


declare_indexes()
