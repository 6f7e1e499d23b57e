"""Every demo value fits its column as the data dictionary sizes it: SQLite would store an
overflow silently, PostgreSQL (and a real Protheus database) refuses it."""
from decimal import Decimal

from sqlalchemy import Numeric, create_engine, text

from model.base import Base


def overflows(connection, table, column) -> list:
    kind = column.type
    name, quoted = f'"{column.name}"', f'"{table.name}"'
    if isinstance(kind, Numeric) and kind.precision:
        limit = Decimal(10) ** (kind.precision - (kind.scale or 0))
        where = f"abs({name}) >= {limit}"
    elif getattr(kind, "length", None):
        where = f"length({name}) > {kind.length}"
    else:
        return []
    return connection.execute(text(f"SELECT {name} FROM {quoted} WHERE {where} LIMIT 3")).scalars().all()


def test_every_demo_value_fits_its_column(databases):
    engine = create_engine(databases.template("sqlite"))
    try:
        with engine.connect() as connection:
            found = {f"{table.name}.{column.name}": values
                     for table in Base.metadata.sorted_tables for column in table.columns
                     if (values := overflows(connection, table, column))}
    finally:
        engine.dispose()
    assert found == {}
