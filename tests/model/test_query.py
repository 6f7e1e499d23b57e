"""Unit tests of the QUERYADDWHERE/INDEXKEY compiler: client text only ever becomes bound values."""
import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql

from model import query
from model.errors import PortalError
from model.tables import SB1, SC5

COLUMNS = query.columns_of(SB1)


def compiled(text):
    stmt = query.where(select(SB1.B1_COD), text, COLUMNS)
    return stmt.compile(dialect=postgresql.dialect())


def test_literals_become_bound_parameters():
    sql = compiled("B1_DESC = 'x'' OR ''1''=''1' AND B1_PRV1 >= 10.5")
    assert "x' OR '1'='1" in sql.params.values()
    assert "OR '1'" not in str(sql)
    assert str(sql).count("%(") == 2


def test_precedence_and_parentheses():
    sql = str(compiled("B1_TIPO = 'PA' OR B1_TIPO = 'ME' AND (B1_GRUPO IN ('0001','0002') OR B1_COD LIKE 'P%')"))
    assert " OR " in sql and " AND " in sql and " IN " in sql and " LIKE " in sql


def test_not_like_and_not_in():
    sql = str(compiled("B1_COD NOT LIKE 'P%' AND B1_TIPO NOT IN ('PA')"))
    assert "NOT LIKE" in sql and "NOT IN" in sql


@pytest.mark.parametrize("text", [
    "B1_COD = 'x' --", "B1_COD = \"x\"", "B1_COD = 'unterminated", "(B1_COD = 'x'", "B1_COD = 'x')",
    "B1_PRV1 LIKE 10", "B1_PRV1 = 'abc'", "B1_COD == 'x'", "B1_FILIAL = '01'", "R_E_C_N_O_ > 0",
    "B1_COD = B1_DESC", "NOT B1_COD = 'x'", "B1_COD IN ()", "SLEEP(5)",
])
def test_anything_outside_the_grammar_is_refused(text):
    with pytest.raises(PortalError) as error:
        compiled(text)
    assert error.value.key == "bad_queryaddwhere"


def test_dates_are_compared_as_protheus_dates():
    stmt = query.where(select(SC5.C5_NUM), "C5_EMISSAO >= '20260101'", query.columns_of(SC5))
    assert "20260101" in stmt.compile().params.values()
    with pytest.raises(PortalError):
        query.where(select(SC5.C5_NUM), "C5_EMISSAO >= 'yesterday'", query.columns_of(SC5))


def test_indexkey():
    terms = query.parse_indexkey("B1_DESC DESC, b1_cod", COLUMNS)
    assert [str(t) for t in terms] == ['"SB1010"."B1_DESC" DESC', '"SB1010"."B1_COD" ASC']
    for bad in ("", "B1_DESC,", "B1_DESC DESC ASC", "1", "B1_DESC; DROP"):
        with pytest.raises(PortalError):
            query.parse_indexkey(bad, COLUMNS)


def test_paging_is_bounded():
    stmt = query.page(select(SB1.B1_COD), None, None, 1000)
    assert stmt._limit == 1000 and stmt._offset == 0
    stmt = query.page(select(SB1.B1_COD), 5000, 11, 1000)
    assert stmt._limit == 1000 and stmt._offset == 10
    with pytest.raises(PortalError):
        query.page(select(SB1.B1_COD), 10, -1, 1000)
