"""The one check of values against their columns before any write (model.limits): numbers by the
dictionary's size and decimals, text by its width, on the ORM's flush and on the bulk writes."""
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from model import limits
from model.database import insert_rows, update_rows
from model.errors import PortalError
from model.tables import SC5, SC6, SCK


@pytest.mark.parametrize("value, fits", [
    (Decimal("999999.99"), True), (Decimal("-999999.99"), True), (Decimal("999999.994"), True),
    (Decimal("999999.995"), False), (Decimal(1000000), False), (Decimal("1E+15"), False), (1e300, False),
    (Decimal("NaN"), False), (Decimal("Infinity"), False), (float("-inf"), False), (0, True), (Decimal(0), True),
])
def test_a_number_fits_its_size_and_decimals_once_rounded(value, fits):
    assert limits.number_fits(value, 8, 2) is fits  # N 9,2 as SQLAlchemy's NUMERIC(8, 2)


def test_the_sizes_of_the_columns_come_from_the_tables():
    assert limits.numeric_size("C6_QTDVEN") == (8, 2)
    assert limits.numeric_size("C5_PESOL") == (10, 4)
    assert limits.numeric_size("C6_PRODUTO") is None and limits.numeric_size("NOSUCH") is None


def test_a_row_that_does_not_fit_names_its_column_and_nothing_is_written(session):
    def count():
        return session.scalar(select(func.count()).select_from(SC6))

    before = count()
    for row, column in (({"C6_NUM": "X1", "C6_ITEM": "01", "C6_QTDVEN": Decimal("1E+15")}, "C6_QTDVEN"),
                        ({"C6_NUM": "X1", "C6_ITEM": "01", "C6_VALOR": Decimal("NaN")}, "C6_VALOR"),
                        ({"C6_NUM": "X1", "C6_ITEM": "0001"}, "C6_ITEM")):
        with pytest.raises(PortalError) as refused:
            insert_rows(session, SC6, [row])
        assert refused.value.params["field"] == column
    with pytest.raises(PortalError) as refused:
        update_rows(session, SCK, [{"R_E_C_N_O_": 1, "CK_PRCVEN": Decimal(123456789012)}])
    assert refused.value.params == {"field": "CK_PRCVEN", "value": "123456789012"}
    assert count() == before


def test_the_flush_checks_new_rows_and_what_changed_in_read_ones(session):
    session.add(SC5(C5_NUM="X2", C5_CLIENTE="000001", C5_LOJACLI="01", C5_PESOL=Decimal(2000000)))
    with pytest.raises(PortalError) as refused:
        session.flush()
    assert refused.value.params["field"] == "C5_PESOL"
    session.rollback()
    order = session.scalars(select(SC5)).first()
    order.C5_FRETE = Decimal("1E+12")
    with pytest.raises(PortalError) as refused:
        session.flush()
    assert refused.value.params["field"] == "C5_FRETE"
