"""A copy of a Protheus database as Protheus itself writes one, on PostgreSQL.

Every table the server maps gets every real column of the data dictionary (model/dictionary),
the ones the server never reads included, with Protheus' physical types: text padded with spaces
to its size, numbers as double precision, dates as ``YYYYMMDD`` (eight spaces when blank), memos
as text; and the control columns ``D_E_L_E_T_``, ``R_E_C_N_O_``, ``R_E_C_D_E_L_``. The rows are the
demo's, written the way Protheus writes them: shared tables with a blank branch, the columns the
demo leaves out blank, portal passwords in clear text in ``AI3_PSW``. The installation's own SX2
says how each table is shared. A role that may only SELECT reads it.
"""
from __future__ import annotations

from sqlalchemy import create_engine, text

from model import dictionary
from model.base import protheus_tables
from tests.support.databases import Databases

READER_ROLE = "portal_reader"
# The clear-text passwords of the copy (AI3_PSW holds 8 characters).
PASSWORDS = {"cliente01": "tornill1", "cliente02": "colores2", "cliente01.norte": "norte001"}
SQL_TYPES = {"C": "VARCHAR({size})", "N": "DOUBLE PRECISION", "D": "VARCHAR(8)", "L": "VARCHAR(1)", "M": "TEXT"}


def _blank(field: dictionary.FieldFact):
    return {"C": " " * field.size, "N": 0.0, "D": " " * 8, "L": "F", "M": None}[field.type]


def _create(conn, name: str, fields: list[dictionary.FieldFact]) -> None:
    columns = [f'"{f.name}" {SQL_TYPES[f.type].format(size=f.size)}' for f in fields]
    columns += ['"D_E_L_E_T_" VARCHAR(1) NOT NULL DEFAULT \' \'', '"R_E_C_N_O_" INTEGER NOT NULL',
                '"R_E_C_D_E_L_" INTEGER NOT NULL DEFAULT 0']
    conn.execute(text(f'CREATE TABLE "{name}" ({", ".join(columns)})'))
    conn.execute(text(f'CREATE UNIQUE INDEX "{name}_RECNO" ON "{name}" ("R_E_C_N_O_")'))


def _as_protheus_writes(field: dictionary.FieldFact, value):
    if value is None:
        return _blank(field)
    if field.type == "N":
        return float(value)
    if field.type in ("C", "D", "L"):
        return str(value).ljust(field.size if field.type == "C" else len(str(value)))
    return value


def build(databases: Databases) -> str:
    """A new PostgreSQL database holding a Protheus copy of the demo: its URL for the SELECT-only role."""
    url = databases.empty("postgresql")
    name = url.rsplit("/", 1)[1]
    source = create_engine(databases.template("postgresql"))
    target = create_engine(url)
    try:
        with source.connect() as read, target.begin() as write:
            user_fields = _user_fields(read)
            for cls in protheus_tables():
                if dictionary.own_table(cls) or dictionary.table_facts(cls.__alias__) is None:
                    continue
                fields = [f for f in dictionary.fields_of(cls.__alias__).values() if not f.virtual]
                fields += user_fields.get(cls.__alias__, [])
                table = cls.__table__.name
                _create(write, table, fields)
                rows = read.execute(text(f'SELECT * FROM "{table}"')).mappings().all()
                if not rows:
                    continue
                names = [f.name for f in fields] + ["D_E_L_E_T_", "R_E_C_N_O_", "R_E_C_D_E_L_"]
                out = []
                for row in rows:
                    values = {f.name: _as_protheus_writes(f, row.get(f.name)) for f in fields}
                    if cls.__alias__ == "AI3":
                        values["AI3_PSW"] = PASSWORDS.get(row["AI3_LOGIN"].strip(), "").ljust(8)
                    values.update({k: row[k] for k in ("D_E_L_E_T_", "R_E_C_N_O_", "R_E_C_D_E_L_")})
                    out.append(values)
                placeholders = ", ".join(f":{n}" for n in names)
                write.execute(text(f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '
                                   f"VALUES ({placeholders})"), out)
            _installation_dictionary(write)
            _system_tables(read, write)
            write.execute(text(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{READER_ROLE}') "
                               f"THEN CREATE ROLE {READER_ROLE} LOGIN; END IF; END $$"))
            write.execute(text(f'GRANT CONNECT ON DATABASE "{name}" TO {READER_ROLE}'))
            write.execute(text(f"GRANT USAGE ON SCHEMA public TO {READER_ROLE}"))
            write.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {READER_ROLE}"))
    finally:
        source.dispose()
        target.dispose()
    return url.replace("://postgres@", f"://{READER_ROLE}@", 1)


def _system_tables(read, write) -> None:
    """Protheus 12's tables that are not company-suffixed and that the server reads from the ERP's
    database (the companies and branches), copied as they are."""
    from model.tables import SYS_COMPANY

    SYS_COMPANY.__table__.create(write)
    rows = read.execute(SYS_COMPANY.__table__.select()).mappings().all()
    if rows:
        write.execute(SYS_COMPANY.__table__.insert(), [dict(r) for r in rows])


def _user_fields(conn) -> dict[str, list[dictionary.FieldFact]]:
    """The customer's own fields (SX3 rows of the installation marked as the user's): a real
    database has their columns too."""
    found: dict[str, list[dictionary.FieldFact]] = {}
    rows = conn.execute(text('SELECT "X3_ARQUIVO", "X3_CAMPO", "X3_TIPO", "X3_TAMANHO", "X3_DECIMAL" FROM "SX3010" '
                             "WHERE \"X3_PROPRI\" = 'U' AND \"D_E_L_E_T_\" = ' '")).all()
    for alias, name, kind, size, decimals in rows:
        found.setdefault(alias.strip(), []).append(
            dictionary.FieldFact(name.strip(), kind.strip(), int(size), int(decimals), False))
    return found


def _installation_dictionary(conn) -> None:
    """SX2 as an installation keeps it: each table and how it is shared."""
    conn.execute(text('CREATE TABLE "SX2010" ("X2_CHAVE" VARCHAR(3), "X2_NOME" VARCHAR(30), "X2_MODO" VARCHAR(1), '
                      '"D_E_L_E_T_" VARCHAR(1) NOT NULL DEFAULT \' \', "R_E_C_N_O_" INTEGER NOT NULL)'))
    rows = [{"key": cls.__alias__, "name": dictionary.table_facts(cls.__alias__)["title"]["pt"][:30].ljust(30),
             "mode": cls.__mode__ or "C", "recno": n}
            for n, cls in enumerate(sorted(protheus_tables(), key=lambda c: c.__alias__), start=1)
            if not dictionary.own_table(cls) and dictionary.table_facts(cls.__alias__)]
    conn.execute(text('INSERT INTO "SX2010" ("X2_CHAVE", "X2_NOME", "X2_MODO", "R_E_C_N_O_") '
                      "VALUES (:key, :name, :mode, :recno)"), rows)
