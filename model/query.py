"""The query pieces every browse shares: paging, INDEXKEY and QUERYADDWHERE.

QUERYADDWHERE is raw SQL in Protheus. Here it is parsed with the grammar of docs/CONTRACT.md
(section 4) and compiled to SQLAlchemy expressions with bound parameters; nothing the client
sends is ever spliced into SQL. Only the own columns of the tables a browse reads are allowed.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from sqlalchemy import Numeric, and_, or_
from sqlalchemy.sql import Select

from model.columns import Date, Text
from model.errors import PortalError

HIDDEN_COLUMNS = {"D_E_L_E_T_", "R_E_C_N_O_", "R_E_C_D_E_L_"}


def columns_of(*tables) -> dict[str, object]:
    """Column name -> mapped attribute, for the columns a client may name (not the branch nor
    the control columns), each also under its table-qualified name (``SC5.C5_NUM``), as the
    standard portal writes them."""
    found = {}
    for cls in tables:
        for column in cls.__table__.columns:
            if column.name in HIDDEN_COLUMNS or column.name == cls.__branch__:
                continue
            found[column.name] = found[f"{cls.__alias__}.{column.name}"] = getattr(cls, column.name)
    return found


# Table alias -> the columns every browse of that table accepts as INDEXKEY (see browse_columns).
SORTABLE: dict[str, dict[str, object]] = {}


def browse_columns(*tables) -> dict[str, object]:
    """:func:`columns_of` for a browse that orders by INDEXKEY, registered under the alias of its
    main table (the first): CFGDICTIONARY.GETINDEX offers that table's indexes whose keys these
    columns accept. Two browses of one table register the columns both accept."""
    columns = columns_of(*tables)
    alias = tables[0].__alias__
    if alias in SORTABLE:
        SORTABLE[alias] = {name: column for name, column in SORTABLE[alias].items() if name in columns}
    else:
        SORTABLE[alias] = columns
    return columns


def branch_columns(*tables) -> set[str]:
    """The branch columns of ``tables`` (``C5_FILIAL``): an index key names them first."""
    return {cls.__branch__ for cls in tables}


# --- code lists and LIKE parameters --------------------------------------------------------------


def code_list(text: str | None) -> list[str]:
    """``PA,MP`` or ``'PA','MP'`` -> ``["PA", "MP"]``."""
    return [part.strip().strip("'\"").strip() for part in (text or "").split(",") if part.strip().strip("'\"").strip()]


def like_pattern(text: str | None) -> str | None:
    """A LIKE pattern: as given when it has wildcards, else 'contains'."""
    text = (text or "").strip()
    if not text:
        return None
    return text if ("%" in text or "_" in text) else f"%{text}%"


# --- paging ----------------------------------------------------------------------------------


def window(pagelen, pagefirst, max_page_len: int) -> tuple[int, int]:
    """(offset, limit) of PAGELEN/PAGEFIRST (1-based), never more than ``max_page_len`` rows."""
    length = int(pagelen) if pagelen else max_page_len
    first = int(pagefirst) if pagefirst else 1
    if length < 0:
        raise PortalError("bad_value", field="PAGELEN", value=pagelen)
    if first < 1:
        raise PortalError("bad_value", field="PAGEFIRST", value=pagefirst)
    return first - 1, min(length, max_page_len)


def page(stmt: Select, pagelen, pagefirst, max_page_len: int) -> Select:
    """PAGELEN/PAGEFIRST (1-based), never more than ``max_page_len`` rows."""
    offset, limit = window(pagelen, pagefirst, max_page_len)
    return stmt.offset(offset).limit(limit)


# --- INDEXKEY --------------------------------------------------------------------------------


def order_by(stmt: Select, indexkey: str | None, columns: dict, default: list, tiebreak=None) -> Select:
    """Order by INDEXKEY, else by ``default``; ``tiebreak`` (the record number) comes last, so
    pages never overlap."""
    terms = parse_indexkey(indexkey, columns) if (indexkey or "").strip() else list(default)
    if tiebreak is not None:
        terms.append(tiebreak)
    return stmt.order_by(*terms)


_KEY_PART = re.compile(r"^(?:(?:DTOS|STR)\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)|([A-Za-z_][A-Za-z0-9_]*))$", re.IGNORECASE)


def parse_indexkey(indexkey: str, columns: dict) -> list:
    """INDEXKEY in either form: a Protheus index key (``C5_FILIAL+DTOS(C5_EMISSAO)+C5_NUM``, what
    the dictionary's indexes and the standard portal give; the branch column is skipped, as the
    branch is fixed) or a list of columns with a direction (``C5_EMISSAO DESC,C5_NUM``)."""
    text = indexkey.strip()
    if "+" in text or "(" in text:
        return _index_expression(text, columns)
    terms = []
    for part in text.split(","):
        words = part.split()
        if not words:
            raise PortalError("bad_indexkey", token=",")
        name = words[0].upper()
        if name not in columns:
            raise PortalError("bad_indexkey", token=words[0])
        direction = words[1].upper() if len(words) > 1 else "ASC"
        if len(words) > 2 or direction not in ("ASC", "DESC"):
            raise PortalError("bad_indexkey", token=words[-1] if len(words) > 2 else words[1])
        column = columns[name]
        terms.append(column.desc() if direction == "DESC" else column.asc())
    return terms


def _index_expression(text: str, columns: dict) -> list:
    terms = []
    for part in text.split("+"):
        m = _KEY_PART.match(part.strip())
        if not m:
            raise PortalError("bad_indexkey", token=part.strip()[:30] or "+")
        name = (m.group(1) or m.group(2)).upper()
        if name.endswith("_FILIAL"):
            continue  # every row of a browse is of the same branch
        if name not in columns:
            raise PortalError("bad_indexkey", token=name)
        terms.append(columns[name].asc())
    if not terms:
        raise PortalError("bad_indexkey", token=text[:30])
    return terms


# --- QUERYADDWHERE ---------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(?P<string>'(?:[^']|'')*')|(?P<number>-?\d+(?:\.\d+)?)(?![\w.])|(?P<op><>|<=|>=|=|<|>)"
    r"|(?P<punct>[(),])|(?P<word>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?))"
)
_COMPARISONS = {"=", "<>", "<", ">", "<=", ">="}


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens, position = [], 0
    text = text.rstrip()
    while position < len(text):
        m = _TOKEN.match(text, position)
        if not m or m.end() == position:
            bad = text[position:].strip().split()[0] if text[position:].strip() else text[position:]
            raise PortalError("bad_queryaddwhere", token=bad[:30])
        kind = m.lastgroup
        tokens.append((kind, m.group(kind)))
        position = m.end()
    return tokens


class _Parser:
    """expr := and_expr (OR and_expr)* ; and_expr := term (AND term)* ;
    term := '(' expr ')' | COLUMN op literal | COLUMN [NOT] LIKE string | COLUMN [NOT] IN '(' literals ')'"""

    def __init__(self, text: str, columns: dict):
        self.tokens = _tokens(text)
        self.position = 0
        self.columns = columns

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else (None, None)

    def take(self):
        token = self.peek()
        if token[0] is None:
            raise PortalError("bad_queryaddwhere", token="<fin>")
        self.position += 1
        return token

    def fail(self, token):
        raise PortalError("bad_queryaddwhere", token=(token[1] or "<fin>")[:30])

    def keyword(self, word: str) -> bool:
        kind, value = self.peek()
        if kind == "word" and value.upper() == word:
            self.position += 1
            return True
        return False

    def parse(self):
        if not self.tokens:
            return None
        expr = self.expr()
        if self.position != len(self.tokens):
            self.fail(self.peek())
        return expr

    def expr(self):
        terms = [self.and_expr()]
        while self.keyword("OR"):
            terms.append(self.and_expr())
        return terms[0] if len(terms) == 1 else or_(*terms)

    def and_expr(self):
        terms = [self.term()]
        while self.keyword("AND"):
            terms.append(self.term())
        return terms[0] if len(terms) == 1 else and_(*terms)

    def term(self):
        token = self.take()
        if token == ("punct", "("):
            inner = self.expr()
            if self.take() != ("punct", ")"):
                self.fail(self.tokens[self.position - 1])
            return inner
        if token[0] != "word" or token[1].upper() not in self.columns:
            self.fail(token)
        column = self.columns[token[1].upper()]
        negate = self.keyword("NOT")
        if self.keyword("LIKE"):
            value = self.literal(column, like=True)
            return column.not_like(value) if negate else column.like(value)
        if self.keyword("IN"):
            if self.take() != ("punct", "("):
                self.fail(self.tokens[self.position - 1])
            values = [self.literal(column)]
            while self.peek() == ("punct", ","):
                self.position += 1
                values.append(self.literal(column))
            if self.take() != ("punct", ")"):
                self.fail(self.tokens[self.position - 1])
            return column.not_in(values) if negate else column.in_(values)
        if negate:
            self.fail(self.tokens[self.position - 1])
        op = self.take()
        if op[0] != "op":
            self.fail(op)
        value = self.literal(column)
        return {
            "=": column.__eq__, "<>": column.__ne__, "<": column.__lt__,
            ">": column.__gt__, "<=": column.__le__, ">=": column.__ge__,
        }[op[1]](value)

    def literal(self, column, like: bool = False):
        token = self.take()
        kind, raw = token
        if kind == "string":
            value = raw[1:-1].replace("''", "'")
        elif kind == "number" and not like:
            value = raw
        else:
            self.fail(token)
        column_type = column.property.columns[0].type
        if isinstance(column_type, Numeric) and not isinstance(column_type, (Text, Date)):
            try:
                return Decimal(value)
            except InvalidOperation:
                self.fail(token)
        if isinstance(column_type, Date) and not like:
            if not re.fullmatch(r"\d{8}", value.strip()):
                self.fail(token)
            return value.strip()
        if like and not isinstance(column_type, Text):
            self.fail(token)
        return value


def condition(queryaddwhere: str | None, columns: dict):
    """The client's QUERYADDWHERE filter as a condition (parsed and bound), or None."""
    if not (queryaddwhere or "").strip():
        return None
    return _Parser(queryaddwhere, columns).parse()


def where(stmt: Select, queryaddwhere: str | None, columns: dict) -> Select:
    """Add the client's QUERYADDWHERE filter, parsed and bound, to ``stmt``."""
    expr = condition(queryaddwhere, columns)
    return stmt if expr is None else stmt.where(expr)


# --- date ranges -----------------------------------------------------------------------------


def check_date_range(date_from, date_to, field: str = "DATEFROM") -> None:
    """FROM after TO is a fault."""
    if date_from and date_to and date_from > date_to:
        raise PortalError("bad_date_range", field=field)


def date_range(stmt: Select, column, date_from, date_to, field: str = "DATEFROM") -> Select:
    """``...FROM``/``...TO``: inclusive; an absent side is unbounded; FROM after TO is a fault."""
    check_date_range(date_from, date_to, field)
    if date_from:
        stmt = stmt.where(column >= date_from)
    if date_to:
        stmt = stmt.where(column <= date_to)
    return stmt
