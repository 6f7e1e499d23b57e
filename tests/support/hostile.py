"""Hostile values for any parameter of any operation (hypothesis strategies), derived from the
contract's kinds: the right kind with awkward values, or text of the wrong kind.

Text is written into the envelope escaped for XML except for control characters, which are
written raw (no XML 1.0 document may hold them: the parser must refuse the body cleanly).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from views import ArrayOf, View

# what an attacker tries in a LIKE field, a QUERYADDWHERE or an INDEXKEY
METACHARACTERS = [
    "'", "''", "\"", "%", "_", "\\", "%%", "[a-z]%", "' OR '1'='1", "' OR 1=1 --", "1; DROP TABLE SA1010; --",
    "') UNION SELECT A1_COD, A1_NOME FROM SA1010 --", "B1_DESC LIKE '%", "B1_COD = 'PA0001' OR 1=1",
    "B1_COD IN (SELECT A1_COD FROM SA1010)", "D_E_L_E_T_ = '*'", "R_E_C_N_O_ > 0", "B1_FILIAL <> ''",
    "B1_DESC; DELETE FROM SB1010", "B1_DESC DESC, (SELECT 1)", "1=1", "/* */", "--", "$1", ":param", "?",
    "<![CDATA[x]]>", "]]>", "&amp;", "&lt;x/&gt;", "&#0;", "<x/>", "<!-- -->", "\u0000", "\ufffe",
    "A1_COD = '000001' AND A1_LOJA = '01'", "C5_CLIENTE = '000001'", "UPPER(B1_DESC) LIKE '%A%'",
    "B1_PRV1 > 1e308", "B1_PRV1 > -1", "B1_DESC LIKE '" + "%" * 500 + "'", "(" * 200 + "1" + ")" * 200,
]
CONTROL = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=31), min_size=1, max_size=5)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)

TEXT = st.one_of(
    st.just(""), ANY_TEXT, st.sampled_from(METACHARACTERS), CONTROL,
    st.text(alphabet="0123456789", max_size=20),
    st.integers(1, 20_000).map(lambda n: "x" * n),  # very long
    st.sampled_from(["00000101", "00000102", "00000201", "000001", "PA0001", "000101", "cliente01", "1", "S/N"]),
)
WRONG_KIND = st.one_of(ANY_TEXT, st.sampled_from(["", "abc", "1.5", "1e999", "-0", "2024-13-45", "yes", "0x10",
                                                  "99999999999999999999999", "NaN"]))


def _columns() -> list[str]:
    import model.tables  # noqa: F401  (registers every table)
    from model.base import Base

    return sorted({c.name for t in Base.metadata.sorted_tables for c in t.columns})


# QUERYADDWHERE and INDEXKEY made of the pieces of the grammar they are parsed with, in any order
QUERY_TOKENS = st.one_of(
    st.sampled_from(_columns()),
    st.sampled_from(["=", "<>", "!=", "<", ">", "<=", ">=", "LIKE", "NOT", "IN", "AND", "OR", "(", ")", ",", "IS",
                     "NULL", "BETWEEN", "ASC", "DESC", "+", "||", "*", ";", "--", "SELECT", "FROM", "UNION"]),
    st.integers(-10 ** 20, 10 ** 20).map(str),
    st.sampled_from(["'20240101'", "'2024-13-45'", "'PA%'", "'%'", "''", "'O''Brien'", "'", "1.5", "1e999", "'\\'"]),
)
COLUMN = st.sampled_from(_columns())
LITERAL = st.one_of(st.integers(-10 ** 20, 10 ** 20).map(str), st.sampled_from(
    ["'20240101'", "'2024-13-45'", "'PA%'", "'%'", "''", "'O''Brien'", "1.5", "-0", "1e999", "'\\'", "'000001'"]))
COMPARISON = st.tuples(COLUMN, st.sampled_from(["=", "<>", "<", ">", "<=", ">=", "LIKE", "NOT LIKE"]), LITERAL)
IN_LIST = st.tuples(COLUMN, st.sampled_from(["IN", "NOT IN"]),
                    st.lists(LITERAL, min_size=1, max_size=3).map(lambda items: "(" + ", ".join(items) + ")"))
EXPRESSION = st.recursive(
    st.one_of(COMPARISON, IN_LIST).map(" ".join),
    lambda inner: st.one_of(st.tuples(inner, st.sampled_from(["AND", "OR"]), inner).map(" ".join),
                            inner.map(lambda e: f"({e})"), inner.map(lambda e: f"NOT {e}")),
    max_leaves=4)
ORDER = st.lists(st.tuples(COLUMN, st.sampled_from(["", " ASC", " DESC"])).map("".join), min_size=1,
                 max_size=3).map(", ".join)
QUERY = st.one_of(EXPRESSION, ORDER, st.lists(QUERY_TOKENS, min_size=1, max_size=12).map(" ".join))


class Raw(str):
    """Text written into the envelope as it is (not a value of the parameter's kind)."""


def scalar(kind: str, integer: bool):
    if kind == "C":
        return TEXT
    if kind == "N" and integer:
        right = st.one_of(st.integers(-10, 1000), st.integers(-(2 ** 70), 2 ** 70))
    elif kind == "N":
        right = st.one_of(st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10 ** 9,
                                      max_value=10 ** 9),
                          st.sampled_from([Decimal(0), Decimal(-1), Decimal("1E+30"), Decimal("1E-30")]),
                          st.sampled_from(["NaN", "INF", "-INF", "1e308"]).map(Raw))
    elif kind == "D":
        right = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
    elif kind == "L":
        right = st.booleans()
    else:  # B
        right = st.sampled_from(["", "AA==", "!!!", "=" * 9]).map(Raw)
    return st.one_of(right, WRONG_KIND.map(Raw)) if kind != "C" else right


def value(kind, integer: bool = False, depth: int = 0):
    """A hostile value of ``kind`` (a scalar letter, a View or an ArrayOf), or None (left out)."""
    if isinstance(kind, View):
        if depth > 2:
            return st.none()
        fields = {f.name: value(f.kind, f.integer, depth + 1) for f in kind.fields}
        return st.one_of(st.none(), st.fixed_dictionaries({}, optional=fields))
    if isinstance(kind, ArrayOf):
        item = "C" if isinstance(kind.item, str) else kind.item
        return st.one_of(st.none(), st.lists(value(item, False, depth + 1).filter(lambda v: v is not None),
                                             max_size=3))
    return st.one_of(st.none(), scalar(kind, integer))


def parameters(operation, usercode: str):
    """Hostile values for every parameter of ``operation``; USERCODE is mostly a live one, so that
    the values reach past the permission check."""
    fields = {}
    for p in operation.params:
        strategy = value(p.kind, p.integer)
        if p.name == "USERCODE":
            strategy = st.one_of(st.just(usercode), st.just(usercode), strategy)
        elif p.name == "CUSTOMERID":
            strategy = st.one_of(st.just("00000101"), strategy)
        elif p.name.startswith(("QUERYADDWHERE", "INDEXKEY")):
            strategy = st.one_of(QUERY, QUERY, strategy)
        fields[p.name] = strategy
    return st.fixed_dictionaries(fields)
