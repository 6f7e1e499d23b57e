"""What CFGDICTIONARY tells a portal of the data dictionary: a table's indexes (the "order by"
choices of its browse) and the size of a field."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from model import dictionary, query
from model.errors import PortalError
from model.tables import SX3


@dataclass(frozen=True)
class Index:
    order: str  # SIX ORDEM: 1..9, A..Z
    key: str  # the key expression, e.g. C5_FILIAL+DTOS(C5_EMISSAO)+C5_NUM
    description: str  # in the language asked for


def indexes(alias: str, lang: str) -> list[Index]:
    """GETINDEX: the indexes (SIX) of table ``alias`` whose key its browse accepts as INDEXKEY,
    in SIX order; a portal offers them as the ways to order that browse and sends the key
    back as INDEXKEY. A table no browse orders (or no table at all) has none. The browses
    register what they accept when their modules are imported (:func:`query.browse_columns`)."""
    alias = (alias or "").strip()
    columns, facts = query.SORTABLE.get(alias), dictionary.table_facts(alias)
    if not columns or not facts:
        return []
    found = []
    for index in facts.get("indexes", []):
        try:
            query.parse_indexkey(index["key"], columns)
        except PortalError:
            continue  # a column this server does not keep, or a function its parser does not read
        found.append(Index(index["order"], index["key"], index["description"][lang]))
    return found


def field_size(session: Session, field: str) -> int:
    """GETSX3FIELDSIZE: X3_TAMANHO of ``field``, a standard field (the dictionary's facts) or one
    of the installation's own (SX3); a field the dictionary does not have is a Client fault."""
    name = (field or "").strip().upper()
    alias = _alias_of(name)
    fact = dictionary.fields_of(alias).get(name) if alias else None
    if fact is not None:
        return fact.size
    size = session.scalars(select(SX3.X3_TAMANHO).where(SX3.X3_CAMPO == name)).first()
    if size is None:
        raise PortalError("dictionary_field_unknown", field=name or "FIELD")
    return int(size)


def _alias_of(field: str) -> str | None:
    """The table of a field by Protheus' naming: ``A1_COD`` -> SA1, ``AI3_LOGIN`` -> AI3,
    ``X6_VAR`` -> SX6."""
    prefix = field.partition("_")[0]
    if len(prefix) == 2:
        return "S" + prefix
    if len(prefix) == 3:
        return prefix
    return None
