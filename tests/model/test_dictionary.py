"""Every table the server maps is the real dictionary's: each column exists there with its type,
size and decimals (model/dictionary keeps the facts). The server's own tables are the only ones
the dictionary does not know."""
import pytest

from model import dictionary
from model.base import protheus_tables

TABLES = sorted(protheus_tables(), key=lambda cls: cls.__alias__)


@pytest.mark.parametrize("table", TABLES, ids=[cls.__alias__ for cls in TABLES])
def test_every_mapped_column_is_the_dictionarys(table):
    if dictionary.own_table(table):
        assert dictionary.table_facts(table.__alias__) is None
        return
    assert dictionary.table_facts(table.__alias__) is not None, f"no dictionary facts for {table.__alias__}"
    assert dictionary.differences(table) == []


def test_the_check_sees_a_column_the_dictionary_does_not_have():
    from sqlalchemy import Column, MetaData, Table

    from model.columns import Text
    from model.tables import SA1

    class Invented:
        __alias__ = "SA1"
        __table__ = Table("SA1_invented", MetaData(), *(Column(c.name, c.type) for c in SA1.__table__.columns),
                          Column("A1_INVENTED", Text(3)))

    assert dictionary.differences(Invented) == ["SA1.A1_INVENTED: not in the dictionary"]


@pytest.mark.parametrize("alias", ["../SA1", "SA1/../SB1", "x" * 5000, "sa1", "", "SA1.json"])
def test_only_an_alias_names_a_facts_file(alias):
    assert dictionary.table_facts(alias) is None
