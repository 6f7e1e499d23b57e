"""The facts of Protheus' data dictionary kept beside this module (one JSON file per table: SX2's
mode, SX3's fields, SIX's indexes; see README.md), and the check of our table declarations
against them."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Numeric

from model.columns import Date, Text

FOLDER = Path(__file__).parent
# Columns the base class adds to every table, and the dictionary does not list.
CONTROL_COLUMNS = {"D_E_L_E_T_", "R_E_C_N_O_", "R_E_C_D_E_L_"}


@dataclass(frozen=True)
class FieldFact:
    name: str
    type: str  # C N D L M
    size: int
    decimals: int
    virtual: bool


ALIAS = re.compile(r"[A-Z][A-Z0-9]{2}")  # SX2's X2_CHAVE: three letters or digits, as SA1, DA0, AI3


@cache
def table_facts(alias: str) -> dict | None:
    """The dictionary's facts of table ``alias`` (None when the repository has none, or when
    ``alias`` is not an alias at all: a client may send anything, which must never name a file)."""
    if not isinstance(alias, str) or not ALIAS.fullmatch(alias):
        return None
    path = FOLDER / f"{alias}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


@cache
def fields_of(alias: str) -> dict[str, FieldFact]:
    facts = table_facts(alias) or {"fields": []}
    return {f["name"]: FieldFact(f["name"], f["type"], f["size"], f["decimals"], f.get("context") == "V")
            for f in facts["fields"]}


def declared_type(column) -> tuple[str, int, int]:
    """(type, size, decimals) of one of our columns as the dictionary would write it."""
    kind = column.type
    if isinstance(kind, Date):
        return "D", 8, 0
    if isinstance(kind, Numeric):
        decimals = kind.scale or 0
        return "N", kind.precision + (1 if decimals else 0), decimals
    if isinstance(kind, Text):
        return "C", kind.impl.length or 0, 0
    return "?", 0, 0


def differences(table_class) -> list[str]:
    """How the declaration of ``table_class`` (a Protheus table) differs from the dictionary: a
    column the dictionary does not have, a virtual field stored, or another type, size or
    decimals. Empty when it matches, or when the table is our own (no facts)."""
    alias = table_class.__alias__
    if table_facts(alias) is None:
        return []
    facts = fields_of(alias)
    found = []
    for column in table_class.__table__.columns:
        if column.name in CONTROL_COLUMNS:
            continue
        fact = facts.get(column.name)
        if fact is None:
            found.append(f"{alias}.{column.name}: not in the dictionary")
        elif fact.virtual:
            found.append(f"{alias}.{column.name}: a virtual field, not a column")
        else:
            ours = declared_type(column)
            theirs = (fact.type if fact.type != "M" else "C", fact.size, fact.decimals)
            if fact.type == "M":
                continue  # a memo: stored as text of any length
            if ours != theirs:
                found.append(f"{alias}.{column.name}: ours {ours}, the dictionary's {theirs}")
    return found


def own_table(table_class) -> bool:
    """A table of this server's own, which the standard dictionary does not have."""
    return getattr(table_class, "__own__", False)
