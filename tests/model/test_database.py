"""The one mechanism that hides deleted rows and other branches, and soft deletes."""
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from sqlalchemy.pool import StaticPool

from model.database import Company, Database, soft_delete, soft_delete_where
from model.tables import SA1, SB1, SBM, SC5


@pytest.fixture
def db():
    database = Database("sqlite://", Company("01", "01"), poolclass=StaticPool)
    database.create_schema()
    with database.session(write=True) as s:
        s.add_all([
            SB1(B1_COD="A", B1_GRUPO="G1"), SB1(B1_COD="B", B1_GRUPO="G1", D_E_L_E_T_="*"),
            SB1(B1_COD="C", B1_GRUPO="G1", B1_FILIAL="02"), SBM(BM_GRUPO="G1", BM_DESC="live"),
            SBM(BM_GRUPO="G1", BM_DESC="deleted", D_E_L_E_T_="*"), SBM(BM_GRUPO="G1", BM_DESC="branch 02", BM_FILIAL="02"),
        ])
    yield database
    database.dispose()


def test_reads_see_only_live_rows_of_the_branch_in_selects_joins_and_aliases(db):
    with db.session() as s:
        assert s.scalars(select(SB1.B1_COD)).all() == ["A"]
        joined = s.execute(select(SB1.B1_COD, SBM.BM_DESC).outerjoin(SBM, SBM.BM_GRUPO == SB1.B1_GRUPO)).all()
        assert joined == [("A", "live")]
        group = aliased(SBM)
        assert s.execute(select(func.count()).select_from(SB1).join(group, group.BM_GRUPO == SB1.B1_GRUPO)).scalar() == 1


def test_new_rows_get_the_branch_as_their_table_is_shared_and_text_is_padded(db):
    with db.session(write=True) as s:
        s.add_all([SA1(A1_COD="000009", A1_LOJA="01", A1_NOME="N"), SC5(C5_NUM="000001", C5_CLIENTE="000009")])
    with db.session() as s:
        assert (s.scalars(select(SA1.A1_FILIAL)).one(), s.scalars(select(SC5.C5_FILIAL)).one()) == ("", "01")
        assert s.scalars(select(SA1.A1_NOME).where(SA1.A1_NOME == "N")).one() == "N"  # compared padded
        raw = s.connection().exec_driver_sql('SELECT "A1_FILIAL", "A1_COD", "A1_NOME" FROM "SA1010"').one()
        assert raw == ("  ", "000009", "N".ljust(SA1.__table__.c.A1_NOME.type.impl.length))
        emission = s.connection().exec_driver_sql('SELECT "C5_FILIAL", "C5_EMISSAO" FROM "SC5010"').one()
        assert emission == ("01", " " * 8)  # a blank date as Protheus writes it


def test_deletes_only_mark(db):
    with db.session(write=True) as s:
        s.add(SA1(A1_COD="000009", A1_LOJA="01", A1_NOME="N"))
    with db.session(write=True) as s:
        row = s.scalars(select(SA1)).one()
        soft_delete(row)
    with db.session(write=True) as s:
        assert s.scalars(select(SA1)).all() == []
        soft_delete_where(s, SB1, SB1.B1_COD == "A")
    with db.session() as s:
        assert s.scalars(select(SB1)).all() == []
        raw = s.connection().exec_driver_sql('SELECT "D_E_L_E_T_", "R_E_C_D_E_L_" = "R_E_C_N_O_" FROM "SA1010"').all()
        assert raw == [("*", 1)]


def test_a_shared_and_an_exclusive_table_joined_each_keep_their_own_branch(db):
    with db.session(write=True) as s:
        s.add_all([SA1(A1_COD="000009", A1_LOJA="01", A1_NOME="N"), SC5(C5_NUM="000001", C5_CLIENTE="000009")])
    with db.session() as s:
        for stmt in (select(SC5.C5_NUM, SA1.A1_NOME).join(SA1, SA1.A1_COD == SC5.C5_CLIENTE),
                     select(SC5.C5_NUM, SA1.A1_NOME).select_from(SA1).join(SC5, SA1.A1_COD == SC5.C5_CLIENTE)):
            assert s.execute(stmt).all() == [("000001", "N")]
