"""Fill a database with a company of any size, for the benchmarks of bench/scale.py.

    python bench/generate.py --db URL [--customers 1000] [--products 2000] [--orders 10000]
                             [--years 3] [--seed 1] [--replace]

URL is a SQLAlchemy URL: ``sqlite:///bench.db`` or ``postgresql+psycopg://user@host/db`` (the
PostgreSQL database is created when missing; ``--replace`` drops and creates it, or deletes the
SQLite file). The database gets the schema, the demo company (its users, services, TES, payment
plans...), and then, consistent with each other:

- customers (SA1, codes from ``100000``, store ``01``) whose financial tab adds up their bills;
- products (SB1) and their balances in warehouse ``01`` (SB2: on hand after what was invoiced,
  reserved what is released and not yet invoiced);
- orders (SC5, 1-4 items each in SC6) spread over the last ``--years`` years, numbered in issue
  order from ``001000``, each in a status fit for its age: old ones mostly invoiced, recent ones
  in portfolio, released, blocked for credit or stock, or invoiced;
- their releases (SC9: one per item once released), invoices (SF2/SD2, series 1, ICMS and IPI
  as TES 501 computes them) and receivables (SE1, one per installment of the customer's plan,
  paid when due more than 5 days ago);
- a portal user ``bench`` / ``bench01`` linked to the first five customers, with the rights of
  ``cliente01``.

A branch's C5_NUM has six digits (999,999 numbers): above 990,000 orders the orders are split
evenly over branches ``01``, ``02``... (each with its own customers, products and balances); the
server serves branch ``01`` (PrepareIn). The number sequences (ZSX) continue after the last
generated numbers.

Rows go in by PostgreSQL's COPY, or SQLite's executemany, with the big tables' indexes dropped
during the load and built again after it (then VACUUM ANALYZE): a million orders take minutes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:
    from tqdm import tqdm
except ImportError:  # pragma: no cover - told how to get it
    sys.exit("bench/generate.py needs tqdm: pip install -e '.[bench]'")

from sqlalchemy import create_engine, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from model import credentials, passwords  # noqa: E402
from model.columns import Date as DateColumn  # noqa: E402
from model.columns import Text  # noqa: E402
from model.base import branch_value  # noqa: E402
from model.database import Company, Database  # noqa: E402
from model.demo import load_demo  # noqa: E402
from model.sales_order import blank_row  # noqa: E402
from model.tables import AI3, AI4, AI6, SA1, SB1, SB2, SC5, SC6, SC9, SD2, SE1, SF2, ZSX  # noqa: E402

PER_BRANCH = 990_000  # orders one branch holds (C5_NUM has six digits; the rest is for new orders)
FIRST_ORDER = 1000  # generated orders are numbered from 001000, above the demo's
FIRST_INVOICE = 100_000_000
FIRST_CUSTOMER = 100_000
BENCH_LOGIN, BENCH_PASSWORD, BENCH_CODE = "bench", "bench01", "009001"
BENCH_CUSTOMERS = 5
BIG = (SC5, SC6, SC9, SF2, SD2, SE1)  # the tables whose indexes are built after the load
FLUSH_ROWS = 20_000

# From the demo: payment plans (E4_CODIGO: days of each installment), sellers, types, groups.
PLANS = {"001": [0], "002": [30], "003": [30, 60, 90]}
SELLERS = ("000001", "000002")
TYPES = ("PA", "ME", "MP")
GROUPS = ("0001", "0002", "0003", "0004")
STATES = ("SP", "RJ", "MG", "PR", "RS", "SC", "BA")
ICMS, IPI = 18, 10  # TES 501's rates (F4_ICM and F4_IPI are S)
PORTFOLIO, RELEASED, CREDIT, STOCK, INVOICED = range(5)
RECENT_DAYS = 60
RECENT_MIX = ((PORTFOLIO, 35), (RELEASED, 25), (CREDIT, 10), (STOCK, 10), (INVOICED, 20))
OLD_MIX = ((INVOICED, 94), (CREDIT, 2), (STOCK, 2), (PORTFOLIO, 2))


def cents(value: int) -> str:
    return f"{value // 100}.{value % 100:02d}"


def ymd(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


class Layout:
    """How the rows of one table are written: the columns each row gives (``vary``, in order),
    and every other column at its blank value or the one ``fixed`` gives."""

    def __init__(self, table, vary: tuple[str, ...], fixed: dict | None = None):
        self.table, self.vary = table, vary
        unknown = [name for name in (*vary, *(fixed or {})) if name not in table.__table__.columns]
        if unknown:
            raise LookupError(f"{table.__table__.name} has no column {unknown[0]}")
        blank = {name: ("" if value is None else str(value)) for name, value in blank_row(table).items()}
        blank.update({"D_E_L_E_T_": " ", "R_E_C_D_E_L_": "0"}, **{k: str(v) for k, v in (fixed or {}).items()})
        columns = table.__table__.columns
        self.rest = tuple(name for name in blank if name not in vary and name != table.__branch__)
        self.rest_values = tuple(stored(columns[name], blank[name]) for name in self.rest)
        self.columns = (table.__branch__, *vary, *self.rest)
        self.copy_tail = "\t" + "\t".join(self.rest_values) + "\n" if self.rest else "\n"
        # how each value a row gives is stored: text padded to its width, a blank date as eight spaces
        self.widths = tuple(width(columns[name]) for name in vary)
        self.branch_width = width(columns[table.__branch__])

    def stored(self, branch: str, values: tuple) -> tuple[str, tuple]:
        """The branch as the table keeps it (blank in a table shared between branches) and the
        values, padded."""
        branch = branch_value(self.table, branch) or ""
        return branch.ljust(self.branch_width), tuple(v.ljust(w) if w else v for v, w in zip(values, self.widths))


def width(column) -> int:
    """The width a text or date value is padded to as Protheus stores it (0: a number, as it is)."""
    if isinstance(column.type, Text):
        return column.type.impl.length or 0
    return 8 if isinstance(column.type, DateColumn) else 0


def stored(column, text: str) -> str:
    return text.ljust(width(column))


class Writer:
    """Buffers rows per table and sends them in bulk: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, db: Database):
        self.db = db
        self.postgres = db.engine.dialect.name == "postgresql"
        self.raw = db.engine.raw_connection()
        self.buffers: dict[Layout, list] = defaultdict(list)
        self.counts: dict[str, int] = defaultdict(int)
        cursor = self.raw.cursor()
        if self.postgres:
            cursor.execute("SET synchronous_commit = off")
        else:
            cursor.execute("PRAGMA synchronous = OFF")
            cursor.execute("BEGIN")  # one transaction (the engine leaves pysqlite in autocommit)
        cursor.close()

    def add(self, layout: Layout, branch: str, values: tuple) -> None:
        branch, values = layout.stored(branch, values)
        buffer = self.buffers[layout]
        if self.postgres:
            buffer.append(branch + "\t" + "\t".join(values) + layout.copy_tail)
        else:
            buffer.append((branch, *values, *layout.rest_values))
        if len(buffer) >= FLUSH_ROWS:
            self.flush(layout)

    def flush(self, layout: Layout) -> None:
        rows = self.buffers.pop(layout, [])
        if not rows:
            return
        name = layout.table.__table__.name
        columns = ", ".join(f'"{c}"' for c in layout.columns)
        cursor = self.raw.cursor()
        if self.postgres:
            with cursor.copy(f'COPY "{name}" ({columns}) FROM STDIN') as copy:
                copy.write("".join(rows))
        else:
            marks = ", ".join("?" * len(layout.columns))
            cursor.executemany(f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', rows)
        cursor.close()
        self.counts[name] += len(rows)

    def finish(self) -> None:
        for layout in list(self.buffers):
            self.flush(layout)
        self.raw.commit()
        self.raw.close()


SC5_LAYOUT = Layout(SC5, ("C5_NUM", "C5_CLIENTE", "C5_LOJACLI", "C5_CLIENT", "C5_LOJAENT", "C5_TIPOCLI", "C5_CONDPAG",
                          "C5_VEND1", "C5_EMISSAO", "C5_COTACAO", "C5_PESOL", "C5_PBRUTO", "C5_NOTA", "C5_SERIE",
                          "C5_LIBEROK", "C5_ORIGEM"),
                    {"C5_TIPO": "N", "C5_TPFRETE": "C", "C5_TIPLIB": "1", "C5_MOEDA": 1, "C5_COMIS1": "2.50"})
SC6_LAYOUT = Layout(SC6, ("C6_NUM", "C6_ITEM", "C6_PRODUTO", "C6_DESCRI", "C6_QTDVEN", "C6_PRCVEN", "C6_VALOR",
                          "C6_PRUNIT", "C6_ENTREG", "C6_QTDEMP", "C6_QTDENT", "C6_CLI", "C6_LOJA", "C6_NOTA",
                          "C6_SERIE"),
                    {"C6_UM": "UN", "C6_TES": "501", "C6_CF": "5102", "C6_LOCAL": "01", "C6_COMIS1": "2.50"})
SC9_LAYOUT = Layout(SC9, ("C9_PEDIDO", "C9_ITEM", "C9_CLIENTE", "C9_LOJA", "C9_PRODUTO", "C9_QTDLIB", "C9_PRCVEN",
                          "C9_DATALIB", "C9_BLCRED", "C9_BLEST", "C9_NFISCAL", "C9_SERIENF"),
                    {"C9_SEQUEN": "01", "C9_LOCAL": "01"})
SF2_LAYOUT = Layout(SF2, ("F2_DOC", "F2_CLIENTE", "F2_LOJA", "F2_EMISSAO", "F2_EST", "F2_TIPOCLI", "F2_COND",
                          "F2_VEND1", "F2_VALBRUT", "F2_VALMERC", "F2_BASEICM", "F2_VALICM", "F2_BASEIPI", "F2_VALIPI",
                          "F2_PLIQUI", "F2_PBRUTO", "F2_DUPL"),
                    {"F2_SERIE": "1", "F2_TIPO": "N", "F2_MOEDA": 1, "F2_PREFIXO": "1", "F2_ESPECIE": "SPED"})
SD2_LAYOUT = Layout(SD2, ("D2_DOC", "D2_CLIENTE", "D2_LOJA", "D2_ITEM", "D2_COD", "D2_GRUPO", "D2_TP", "D2_QUANT",
                          "D2_PRCVEN", "D2_PRUNIT", "D2_TOTAL", "D2_BASEICM", "D2_VALICM", "D2_BASEIPI", "D2_VALIPI",
                          "D2_PEDIDO", "D2_ITEMPV", "D2_EMISSAO"),
                    {"D2_SERIE": "1", "D2_UM": "UN", "D2_TES": "501", "D2_CF": "5102", "D2_PICM": ICMS, "D2_IPI": IPI,
                     "D2_LOCAL": "01", "D2_TIPO": "N"})
SE1_LAYOUT = Layout(SE1, ("E1_NUM", "E1_PARCELA", "E1_CLIENTE", "E1_LOJA", "E1_NOMCLI", "E1_EMISSAO", "E1_VENCTO",
                          "E1_VENCREA", "E1_VALOR", "E1_VLCRUZ", "E1_SALDO", "E1_BAIXA", "E1_VALLIQ", "E1_HIST",
                          "E1_PEDIDO"),
                    {"E1_PREFIXO": "1", "E1_TIPO": "NF", "E1_NATUREZ": "1101", "E1_MOEDA": 1, "E1_SERIE": "1",
                     "E1_ORIGEM": "MATA460", "E1_SITUACA": "0"})


class Company_:
    """The generated master data (customers and products: SA1 and SB1 are shared between
    branches, so every branch sells to the same customers), and what one branch's orders add up
    to."""

    def __init__(self, rng: random.Random, customers: int, products: int, like: Company_ | None = None):
        self.customers = like.customers if like else [
            (f"{FIRST_CUSTOMER + n:06d}", rng.choice(tuple(PLANS)), rng.choice(SELLERS), rng.choice(STATES),
             f"BENCH {FIRST_CUSTOMER + n}") for n in range(customers)]
        self.products = like.products if like else [
            (f"P{n + 1:06d}", rng.choice(TYPES), rng.choice(GROUPS), rng.randint(100, 50_000))
            for n in range(products)]
        self.reserved: dict[int, int] = defaultdict(int)  # product index -> released, not invoiced
        self.invoiced: dict[int, int] = defaultdict(int)
        self.open_bills: dict[int, int] = defaultdict(int)  # customer index -> cents still open
        self.biggest: dict[int, int] = defaultdict(int)
        self.purchases: dict[int, list] = {}


def generate_orders(writer: Writer, rng: random.Random, company: Company_, branch: str, count: int, years: int,
                    today: dt.date, progress) -> tuple[str, str]:
    """``count`` orders of ``branch`` with their items, releases, invoices and bills; the last
    order and invoice numbers."""
    span = max(1, 365 * years)
    start = today - dt.timedelta(days=span)
    dates = [ymd(start + dt.timedelta(days=d)) for d in range(span + 40)]
    due_dates = {}
    invoice = FIRST_INVOICE
    number = FIRST_ORDER
    customers, products = company.customers, company.products
    for n in range(count):
        day = span * n // count
        age = span - day
        mix = RECENT_MIX if age <= RECENT_DAYS else OLD_MIX
        status = rng.choices([s for s, _ in mix], [w for _, w in mix])[0]
        who = rng.randrange(len(customers))
        code, plan, seller, state, name = customers[who]
        order = f"{number:06d}"
        number += 1
        issued = dates[day]
        lines = []
        for item in range(1, rng.randint(1, 4) + 1):
            which = rng.randrange(len(products))
            quantity = rng.randint(1, 20)
            lines.append((f"{item:02d}", which, quantity, products[which][3]))
        doc = f"{invoice:09d}" if status == INVOICED else ""
        weight = sum(q for _, _, q, _ in lines)
        writer.add(SC5_LAYOUT, branch, (
            order, code, "01", code, "01", "R", plan, seller, issued,
            f"L{rng.randrange(100_000):05d}" if rng.random() < 0.1 else "", f"{weight * 0.5:.4f}",
            f"{weight * 0.6:.4f}", doc, "1" if doc else "", "" if status == PORTFOLIO else "S",
            "PORTAL" if rng.random() < 0.7 else "MATA410"))
        released_day = dates[day + 1]
        merchandise = icms_total = ipi_total = 0
        for item, which, quantity, price in lines:
            product, kind, group, _ = products[which]
            total = quantity * price
            reserved = quantity if status == RELEASED else 0
            delivered = quantity if status == INVOICED else 0
            writer.add(SC6_LAYOUT, branch, (
                order, item, product, f"PRODUCT {product}", str(quantity), cents(price), cents(total), cents(price),
                dates[day + 7], str(reserved), str(delivered), code, "01", doc, "1" if doc else ""))
            if status != PORTFOLIO:
                blcred, blest = {RELEASED: ("", ""), CREDIT: ("01", ""), STOCK: ("", "02"),
                                 INVOICED: ("10", "10")}[status]
                writer.add(SC9_LAYOUT, branch, (
                    order, item, code, "01", product, str(quantity), cents(price), released_day, blcred, blest, doc,
                    "1" if doc else ""))
            company.reserved[which] += reserved
            company.invoiced[which] += delivered
            if doc:
                icms, ipi = (total * ICMS + 50) // 100, (total * IPI + 50) // 100
                merchandise, icms_total, ipi_total = merchandise + total, icms_total + icms, ipi_total + ipi
                writer.add(SD2_LAYOUT, branch, (
                    doc, code, "01", item, product, group, kind, str(quantity), cents(price), cents(price),
                    cents(total), cents(total), cents(icms), cents(total), cents(ipi), order, item, dates[day + 2]))
        if not doc:
            progress.update(1)
            continue
        invoice += 1
        gross = merchandise + ipi_total
        writer.add(SF2_LAYOUT, branch, (
            doc, code, "01", dates[day + 2], state, "R", plan, seller, cents(gross), cents(merchandise),
            cents(merchandise), cents(icms_total), cents(merchandise), cents(ipi_total), f"{weight * 0.5:.4f}",
            f"{weight * 0.6:.4f}", doc))
        terms = PLANS[plan]
        share = (gross + len(terms) // 2) // len(terms)
        for k, days in enumerate(terms):
            value = share if k < len(terms) - 1 else gross - share * (len(terms) - 1)
            due_day = day + 2 + days
            if due_day not in due_dates:
                due_dates[due_day] = ymd(start + dt.timedelta(days=due_day))
            paid = due_day < span - 5
            writer.add(SE1_LAYOUT, branch, (
                doc, chr(ord("A") + k) if len(terms) > 1 else "", code, "01", name[:20], dates[day + 2],
                due_dates[due_day], due_dates[due_day], cents(value), cents(value), "0.00" if paid else cents(value),
                due_dates[due_day] if paid else "", cents(value) if paid else "0.00", f"VENTA S/PEDIDO {order}", order))
            if not paid:
                company.open_bills[who] += value
        company.biggest[who] = max(company.biggest[who], gross)
        first, last, times = company.purchases.get(who, (dates[day + 2], None, 0))
        company.purchases[who] = (first, dates[day + 2], times + 1)
        progress.update(1)
    return f"{number - 1:06d}", f"{invoice - 1:09d}"


def master_rows(writer: Writer, rng: random.Random, companies: list[Company_]) -> None:
    """SA1 (with its financial tab: what every branch's orders add up to, the tables being
    shared), SB1, and SB2 of each branch, once the orders are known."""
    company = companies[0]
    customers = Layout(SA1, ("A1_COD", "A1_LOJA", "A1_NOME", "A1_NREDUZ", "A1_EST", "A1_COND", "A1_VEND", "A1_SALDUP",
                             "A1_MSALDO", "A1_MCOMPRA", "A1_PRICOM", "A1_ULTCOM", "A1_NROCOM"),
                       {"A1_TIPO": "R", "A1_PESSOA": "J", "A1_RISCO": "A", "A1_LC": "900000.00", "A1_MOEDALC": 1,
                        "A1_VENCLC": "20991231", "A1_MSBLQL": "2", "A1_PAIS": "105", "A1_MUN": "SAO PAULO"})
    for who, (code, plan, seller, state, name) in enumerate(company.customers):
        bought = [c.purchases[who] for c in companies if who in c.purchases]
        first = min((b[0] for b in bought), default="")
        last = max((b[1] for b in bought), default="")
        times = sum(b[2] for b in bought)
        open_value = sum(c.open_bills[who] for c in companies)
        biggest = max(c.biggest[who] for c in companies)
        writer.add(customers, "", (code, "01", name, name[:20], state, plan, seller, cents(open_value),
                                   cents(open_value), cents(biggest), first, last, str(times)))
    products = Layout(SB1, ("B1_COD", "B1_DESC", "B1_TIPO", "B1_GRUPO", "B1_PRV1"),
                      {"B1_UM": "UN", "B1_TS": "501", "B1_PICM": ICMS, "B1_IPI": IPI, "B1_LOCPAD": "01",
                       "B1_MSBLQL": "2", "B1_PESO": "0.5000", "B1_PESBRU": "0.6000"})
    balances = Layout(SB2, ("B2_COD", "B2_QATU", "B2_RESERVA", "B2_CM1", "B2_VATU1"), {"B2_LOCAL": "01"})
    for which, (code, kind, group, price) in enumerate(company.products):
        writer.add(products, "", (code, f"PRODUCT {code}", kind, group, cents(price)))
        cost = price * 6 // 10
        for b, branch_company in enumerate(companies):
            on_hand = branch_company.reserved[which] + rng.randint(1_000, 100_000)
            writer.add(balances, f"{b + 1:02d}", (code, str(on_hand), str(branch_company.reserved[which]), cents(cost),
                                                  cents(cost * on_hand)))


# --- the database -----------------------------------------------------------------------------


def fresh_database(url: str, replace: bool) -> None:
    """Make sure ``url`` names an empty database (created when missing; emptied with ``replace``)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database)
        if path.exists() and replace:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": parsed.database}).first()
        if exists and replace:
            conn.execute(text(f'DROP DATABASE "{parsed.database}" WITH (FORCE)'))
        if not exists or replace:
            conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()


def without_indexes(db: Database, tables) -> list:
    """Drop the indexes of ``tables`` (their rows go in faster without): the indexes, to build again."""
    dropped = []
    with db.engine.begin() as conn:
        for table in tables:
            for index in table.__table__.indexes:
                index.drop(conn)
                dropped.append(index)
    return dropped


def build_indexes(db: Database, indexes: list) -> None:
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "postgresql":
            conn.exec_driver_sql("SET maintenance_work_mem = '512MB'")
        for index in tqdm(indexes, desc="indexes", unit="index"):
            index.create(conn)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE" if db.engine.dialect.name == "postgresql" else "ANALYZE")


def add_bench_user(db: Database, customers: list) -> None:
    """``bench`` / ``bench01``, linked to the first customers, with the rights of cliente01."""
    with db.session(write=True) as session:
        rights = session.scalars(select(AI6.AI6_WEBSRV).join(AI3, AI3.AI3_CODUSU == AI6.AI6_CODUSU)
                                 .where(AI3.AI3_LOGIN == "cliente01")).all()
        user = AI3(AI3_CODUSU=BENCH_CODE, AI3_LOGIN=BENCH_LOGIN, AI3_PSW="", AI3_NOME="Benchmark",
                   AI3_EMAIL="bench@example.com", AI3_ADMIN="2", AI3_SKIN="default")
        session.add(user)
        credentials.set_password(session, user, BENCH_PASSWORD)
        for code, *_ in customers[:BENCH_CUSTOMERS]:
            session.add(AI4(AI4_CODUSU=BENCH_CODE, AI4_CODCLI=code, AI4_LOJCLI="01", AI4_SKIN="default"))
        for service in rights:
            session.add(AI6(AI6_CODUSU=BENCH_CODE, AI6_WEBSRV=service))


def continue_sequences(db: Database, branch: str, last_order: str, last_invoice: str) -> None:
    """The number sequences of ``branch`` go on after the generated numbers."""
    with db.engine.begin() as conn:
        for key, last in (("SC5", last_order), ("SF2/1", last_invoice)):
            found = conn.execute(select(ZSX.R_E_C_N_O_).where(ZSX.ZSX_FILIAL == branch, ZSX.ZSX_CHAVE == key)).first()
            if found:
                conn.execute(ZSX.__table__.update().where(ZSX.R_E_C_N_O_ == found[0]).values(ZSX_ULTIMO=last))
            else:
                conn.execute(ZSX.__table__.insert().values(ZSX_FILIAL=branch, ZSX_CHAVE=key, ZSX_ULTIMO=last,
                                                           D_E_L_E_T_=" ", R_E_C_D_E_L_=0))


def generate(url: str, customers: int, products: int, orders: int, years: int = 3, seed: int = 1,
             replace: bool = False, today: dt.date | None = None) -> dict[str, int]:
    """Build the database; the rows written per table."""
    today = today or dt.date.today()
    fresh_database(url, replace)
    passwords.configure(1, 8, 1)  # demo and bench users: cheap hashes (a benchmark database, not production)
    db = Database(url, Company("01", "01"))
    if not db.is_empty():
        sys.exit(f"{url} already holds a company: pass --replace to start again")
    db.create_schema()
    with db.session(write=True) as session:
        load_demo(session, today)
    rng = random.Random(seed)
    branches = max(1, math.ceil(orders / PER_BRANCH))
    companies = [Company_(rng, customers, products)]
    companies += [Company_(rng, customers, products, like=companies[0]) for _ in range(branches - 1)]
    add_bench_user(db, companies[0].customers)
    dropped = without_indexes(db, BIG)
    writer = Writer(db)
    sequences = []
    with tqdm(total=orders, desc="orders", unit="order", unit_scale=True) as progress:
        for b, company in enumerate(companies):
            count = orders // branches + (1 if b < orders % branches else 0)
            sequences.append(generate_orders(writer, rng, company, f"{b + 1:02d}", count, years, today, progress))
    master_rows(writer, rng, companies)
    writer.finish()
    build_indexes(db, dropped)
    for b, (last_order, last_invoice) in enumerate(sequences):
        continue_sequences(db, f"{b + 1:02d}", last_order, last_invoice)
    counts = dict(writer.counts)
    db.dispose()
    return counts


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLAlchemy URL of the database to fill")
    parser.add_argument("--customers", type=int, default=1000)
    parser.add_argument("--products", type=int, default=2000)
    parser.add_argument("--orders", type=int, default=10_000)
    parser.add_argument("--years", type=int, default=3, help="how far back the orders go")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--replace", action="store_true", help="drop the database first if it exists")
    args = parser.parse_args(argv)
    if not 1 <= args.customers <= 899_999 or args.products < 1 or args.orders < 1:
        parser.error("--customers 1..899999, --products and --orders at least 1")
    started = time.monotonic()
    counts = generate(args.db, args.customers, args.products, args.orders, args.years, args.seed, args.replace)
    print(", ".join(f"{name} {count:,}" for name, count in sorted(counts.items()))
          + f" in {time.monotonic() - started:.0f} s")


if __name__ == "__main__":
    main()
