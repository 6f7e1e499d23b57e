"""Demo ERP data: a small hardware wholesaler and three of its customers.

The story
---------
We are a hardware and paint wholesaler. Two sellers (Juan Pérez, María Gómez) and two carriers
serve our customers; we sell screws, tools, paint and some raw materials (steel bars and epoxy
resin) from warehouse ``01`` (a few items also sit in warehouse ``02``).

* **Ferretería El Tornillo SA** (``000001``) buys from us through two stores: the head office
  ``01`` (credit limit 50,000, general price list, 30 days) and the *Sucursal Norte* ``02``
  (a small credit limit of 2,000, wholesale list, cash payment). The head office has an order in
  every status (portfolio, released, credit block, stock block, invoiced), and keeps one in each
  after the back office's release: its portfolio order is held by a business rule (C5_BLQ), the
  credit-blocked one is over its limit, the stock-blocked one asks for more hammers than there
  are. It also has an old invoice from
  about 200 days ago (paid), an open invoice in three installments (the first one overdue), a
  return of two screws with its credit note still to be used, a used-up credit note, three
  production orders running for its orders, material of its own held by us (SB6), quotes in
  every status and a seller agenda.
* **Pinturerías Color SRL** (``000002``, Córdoba) buys paint from María Gómez: one invoiced
  order paid in 30/60/90 days (the first installment paid), one order in portfolio, an open
  quote and some resin of its own in our warehouse.
* **Construcciones Andinas SA** (``000003``, Mendoza) is a customer with no documents and no
  portal user.

Every date is computed from the load day ``today``, so the data never goes stale: orders were
placed over the last ~2 months, the old invoice is ``today - 200`` days, bills fall due around
``today``, and there is a daily exchange rate for the last 400 days up to tomorrow.

Money and quantities are ``Decimal``. Totals follow the rules the services apply: an item's
value is ``round(quantity * price, 2)``; ICMS (18 %) and IPI (10 %) come from the TES (only
``501`` computes them); an invoice's gross value is merchandise + IPI + freight + insurance +
expenses, split into the installments of the payment plan (the last one takes the rounding).

``C5_ORIGEM`` is ``PORTAL`` for orders placed through the portal and ``MATA410`` (Protheus'
sales order routine) for those typed in the back office. The branch column of every row is
left blank: the session stamps it with the configured branch when it flushes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from sqlalchemy.orm import Session

from model.tables import (AC8, AD8, DA0, DA1, SA1, SA3, SA4, SAH, SB1, SB2, SB6, SBM, SC2, SC5, SC6,
                          SC9, SCJ, SCK, SD1, SD2, SE1, SE4, SF1, SF2, SF4, SM2, SU5, SX5, SX6, ZSX)

CENT = Decimal("0.01")
ZERO = Decimal(0)
LOCAL_CURRENCY = 1
INVOICE_SERIES = "1"
SALES_NATURE = "1101"  # E1_NATUREZ of sales receivables


def money(value) -> Decimal:
    """Rounded to cents, half up (as Protheus rounds)."""
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def percent_of(value: Decimal, rate: Decimal) -> Decimal:
    return money(value * rate / 100)


def days(today: dt.date, offset: int) -> dt.date:
    return today + dt.timedelta(days=offset)


def load_erp(session: Session, today: dt.date) -> None:
    """Add the demo ERP data (every table but the portal's own) for the load day ``today``."""
    _add_sellers_and_carriers(session)
    _add_payment_plans(session)
    _add_tes(session)
    _add_dictionaries(session)
    _add_products(session)
    _add_price_lists(session, today)
    _add_stock(session)
    _add_third_party_stock(session, today)
    customers = _add_customers(session, today)
    _add_contacts(session)
    _add_tasks(session, today)
    ledger = Ledger()
    _add_sales_orders(session, today, customers, ledger)
    _add_old_invoice(session, today, customers, ledger)
    _add_sales_return(session, today, customers, ledger)
    _add_used_credit_note(session, today, customers, ledger)
    _add_production_orders(session, today)
    _add_quotes(session, today)
    _add_daily_rates(session, today)
    _add_sequences(session)
    _fill_customer_statistics(customers, ledger, today)


@dataclass
class Ledger:
    """What the documents added so far amount to, for the customers' statistics (SA1)."""

    invoices: list[SF2] = field(default_factory=list)
    bills: list[SE1] = field(default_factory=list)
    order_items: list[SC6] = field(default_factory=list)


# --- sellers, carriers, payment plans, TES ---------------------------------------------------


def _add_sellers_and_carriers(session: Session) -> None:
    session.add_all([
        SA3(A3_COD="000001", A3_NOME="Juan Pérez", A3_NREDUZ="JUAN PEREZ", A3_EMAIL="juan.perez@demo.example",
            A3_DDDTEL="11", A3_TEL="4555-1234", A3_END="Av. Corrientes 1850", A3_BAIRRO="San Nicolás",
            A3_MUN="Buenos Aires", A3_EST="CF", A3_CEP="C1045AAN", A3_COMIS=Decimal("2.50")),
        SA3(A3_COD="000002", A3_NOME="María Gómez", A3_NREDUZ="MARIA GOMEZ", A3_EMAIL="maria.gomez@demo.example",
            A3_DDDTEL="351", A3_TEL="422-9876", A3_END="Av. Colón 720", A3_BAIRRO="Centro",
            A3_MUN="Córdoba", A3_EST="CB", A3_CEP="X5000EPT", A3_COMIS=Decimal("3.00")),
        SA4(A4_COD="000001", A4_NOME="Transportes Rápidos SA", A4_NREDUZ="RAPIDOS", A4_CGC="30700111225",
            A4_END="Av. General Paz 10200", A4_MUN="Buenos Aires", A4_EST="CF", A4_TEL="4601-7000"),
        SA4(A4_COD="000002", A4_NOME="Logística del Sur", A4_NREDUZ="LOGISTICA SUR", A4_CGC="30700333447",
            A4_END="Ruta 9 km 695", A4_MUN="Córdoba", A4_EST="CB", A4_TEL="0351-475-1100"),
    ])


# E4_CODIGO, E4_COND (days of each installment), E4_DESCRI
PAYMENT_PLANS = [("001", "0", "Contado"), ("002", "30", "30 días"), ("003", "30,60,90", "30/60/90")]


def _add_payment_plans(session: Session) -> None:
    session.add_all(SE4(E4_CODIGO=code, E4_TIPO="1", E4_COND=cond, E4_DESCRI=text, E4_MSBLQL="2")
                    for code, cond, text in PAYMENT_PLANS)


def installment_days(plan: str) -> list[int]:
    cond = next(cond for code, cond, _ in PAYMENT_PLANS if code == plan)
    return [int(part) for part in cond.split(",")]


@dataclass(frozen=True)
class Tes:
    code: str
    kind: str  # S outflow, E entry
    text: str
    cfop: str
    icms: Decimal = ZERO  # rate, zero when the TES computes no ICMS
    ipi: Decimal = ZERO
    receivable: bool = True
    stock: bool = True


TES = {t.code: t for t in [
    Tes("501", "S", "VENTA MERCADERIA", "5102", icms=Decimal(18), ipi=Decimal(10)),
    Tes("502", "S", "VENTA SIN IMPUESTOS", "5102"),
    Tes("503", "S", "REMESA", "5949", receivable=False, stock=False),
    Tes("504", "S", "PRESTACION SERVICIOS", "5933", stock=False),  # services: billed, no stock
    Tes("001", "E", "DEVOLUCION", "1202", receivable=False),
]}


def _yes_no(flag: bool) -> str:
    return "S" if flag else "N"


def _add_tes(session: Session) -> None:
    session.add_all(
        SF4(F4_CODIGO=t.code, F4_TIPO=t.kind, F4_TEXTO=t.text, F4_CF=t.cfop,
            F4_ICM=_yes_no(bool(t.icms)), F4_PICM=t.icms, F4_IPI=_yes_no(bool(t.ipi)), F4_PIPI=t.ipi,
            F4_DUPLIC=_yes_no(t.receivable), F4_ESTOQUE=_yes_no(t.stock), F4_MSBLQL="2")
        for t in TES.values())


# --- dictionaries: product types, units, currencies, groups ----------------------------------

# X5_CHAVE, X5_DESCSPA, X5_DESCRI (pt), X5_DESCENG
PRODUCT_TYPES = [
    ("PA", "Producto terminado", "Produto acabado", "Finished product"),
    ("MP", "Materia prima", "Matéria-prima", "Raw material"),
    ("ME", "Mercadería", "Mercadoria", "Goods"),
    ("SV", "Servicio", "Serviço", "Service"),
]
# AH_UNIMED, AH_UMRES, AH_DESCES, AH_DESCPO, AH_DESCIN
UNITS = [
    ("UN", "UNIDAD", "Unidad", "Unidade", "Unit"),
    ("KG", "KILOGRAMO", "Kilogramo", "Quilograma", "Kilogram"),
    ("CX", "CAJA", "Caja", "Caixa", "Box"),
    ("LT", "LITRO", "Litro", "Litro", "Liter"),
]
# MV_MOEDAn: Spanish and Portuguese text, English text
CURRENCIES = [("PESOS", "PESOS"), ("DOLARES", "DOLLARS"), ("EUROS", "EUROS"), ("UFIR", "UFIR"), ("YENES", "YEN")]
GROUPS = [("0001", "TORNILLERIA"), ("0002", "HERRAMIENTAS"), ("0003", "PINTURAS"), ("0004", "MATERIAS PRIMAS")]


def _add_dictionaries(session: Session) -> None:
    session.add_all(SX5(X5_TABELA="02", X5_CHAVE=code, X5_DESCSPA=es, X5_DESCRI=pt, X5_DESCENG=en)
                    for code, es, pt, en in PRODUCT_TYPES)
    session.add_all(SAH(AH_UNIMED=code, AH_UMRES=short, AH_DESCES=es, AH_DESCPO=pt, AH_DESCIN=en)
                    for code, short, es, pt, en in UNITS)
    session.add_all(
        SX6(X6_VAR=f"MV_MOEDA{n}", X6_TIPO="C", X6_DESCRIC=f"Titulo de la moneda {n}",
            X6_CONTSPA=local, X6_CONTEUD=local, X6_CONTENG=english)
        for n, (local, english) in enumerate(CURRENCIES, start=1))
    session.add_all(SBM(BM_GRUPO=code, BM_DESC=text) for code, text in GROUPS)


# --- products ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    code: str
    description: str
    science: str  # B1_DESCCIE
    type: str
    group: str
    unit: str
    price: str  # B1_PRV1, the base price
    tes: str  # B1_TS, the outflow TES
    ncm: str = ""  # B1_POSIPI
    second_unit: str = ""
    per_package: int = 1  # B1_QE
    order_point: int = 0  # B1_EMIN
    net_weight: str = "0"  # kg
    gross_weight: str = "0"
    lead_time: int = 0  # B1_PE in B1_TIPE units
    lead_time_type: str = "D"
    economic_lot: int = 0
    minimum_lot: int = 0
    size: tuple[str, str, str] = ("0", "0", "0")  # storage length, width, height (cm)
    max_piling: int = 0
    shelf_life: int = 0  # B1_PRVALID, days
    blocked: bool = False
    barcode: bool = True

    @property
    def base_price(self) -> Decimal:
        return Decimal(self.price)


PRODUCTS = {p.code: p for p in [
    Product("PA0001", "TORNILLO HEXAGONAL 1/4", "TORNILLO CABEZA HEXAGONAL ACERO ZINCADO 1/4 X 1 PULG",
            "PA", "0001", "UN", "10.5000", "501", "73181500", second_unit="CX", per_package=100, order_point=200,
            net_weight="0.0120", gross_weight="0.0130", lead_time=5, economic_lot=1000, minimum_lot=100,
            size=("3.00", "1.20", "1.20"), max_piling=20),
    Product("PA0002", "TUERCA 1/4", "TUERCA HEXAGONAL ACERO ZINCADO 1/4 PULG",
            "PA", "0001", "UN", "2.2500", "501", "73181600", second_unit="CX", per_package=100, order_point=300,
            net_weight="0.0040", gross_weight="0.0045", lead_time=5, economic_lot=1000, minimum_lot=100,
            size=("1.20", "1.20", "0.60"), max_piling=20),
    Product("PA0003", "MARTILLO CARPINTERO", "MARTILLO DE CARPINTERO 27 MM MANGO DE MADERA",
            "PA", "0002", "UN", "125.0000", "501", "82052000", per_package=6, order_point=10,
            net_weight="0.6500", gross_weight="0.7000", lead_time=15, economic_lot=50, minimum_lot=6,
            size=("33.00", "12.00", "3.50"), max_piling=10),
    Product("PA0004", "DESTORNILLADOR PHILLIPS", "DESTORNILLADOR PUNTA PHILLIPS PH2 X 100 MM",
            "PA", "0002", "UN", "45.9000", "502", "82054010", per_package=12, order_point=24,
            net_weight="0.1200", gross_weight="0.1400", lead_time=10, economic_lot=120, minimum_lot=12,
            size=("21.00", "3.00", "3.00"), max_piling=15),
    Product("PA0005", "LLAVE INGLESA 12", "LLAVE AJUSTABLE 12 PULG ACERO CROMO VANADIO",
            "PA", "0002", "UN", "98.0000", "", "82041200", per_package=6, order_point=12,
            net_weight="0.7800", gross_weight="0.8500", lead_time=2, lead_time_type="S", economic_lot=60,
            minimum_lot=6, size=("30.50", "8.00", "2.00"), max_piling=10),
    Product("PA0006", "ARANDELA PLANA 1/4", "ARANDELA PLANA ACERO ZINCADO 1/4 PULG",
            "PA", "0001", "UN", "0.5000", "501", "73182200", second_unit="CX", per_package=500, order_point=1000,
            net_weight="0.0020", gross_weight="0.0022", lead_time=5, economic_lot=5000, minimum_lot=500,
            size=("1.40", "1.40", "0.20"), max_piling=25),
    Product("PA0007", "TORNILLO AUTOPERFORANTE 8X1", "TORNILLO AUTOPERFORANTE PUNTA MECHA 8 X 1 PULG",
            "PA", "0001", "UN", "1.8000", "501", "73181400", second_unit="CX", per_package=100, order_point=500,
            net_weight="0.0050", gross_weight="0.0055", lead_time=5, economic_lot=2000, minimum_lot=100,
            size=("2.60", "0.80", "0.80"), max_piling=20),
    Product("PA0099", "PRODUCTO BLOQUEADO", "PRODUCTO DISCONTINUADO, NO SE VENDE",
            "PA", "0001", "UN", "1.0000", "501", "73181500", per_package=1, blocked=True),
    Product("ME0001", "PINTURA LATEX BLANCA 4L", "PINTURA LATEX INTERIOR BLANCO MATE ENVASE 4 LITROS",
            "ME", "0003", "LT", "310.0000", "501", "32091010", per_package=4, order_point=40,
            net_weight="5.6000", gross_weight="5.9000", lead_time=7, economic_lot=100, minimum_lot=4,
            size=("18.00", "18.00", "21.00"), max_piling=5, shelf_life=730),
    Product("ME0002", "ESMALTE SINTETICO NEGRO", "ESMALTE SINTETICO BRILLANTE NEGRO ENVASE 1 LITRO",
            "ME", "0003", "LT", "180.0000", "501", "32089010", per_package=6, order_point=36,
            net_weight="1.2000", gross_weight="1.3000", lead_time=7, economic_lot=120, minimum_lot=6,
            size=("11.00", "11.00", "13.00"), max_piling=6, shelf_life=730),
    Product("ME0003", "RODILLO PINTOR 22CM", "RODILLO DE LANA PARA PINTOR 22 CM CON MANGO",
            "ME", "0003", "UN", "75.0000", "501", "96034090", per_package=12, order_point=24,
            net_weight="0.2500", gross_weight="0.3000", lead_time=10, economic_lot=120, minimum_lot=12,
            size=("30.00", "8.00", "8.00"), max_piling=8),
    Product("MP0001", "ACERO EN BARRA", "BARRA DE ACERO SAE 1010 TREFILADA 12 MM",
            "MP", "0004", "KG", "15.0000", "501", "72142000", order_point=1000,
            net_weight="1.0000", gross_weight="1.0000", lead_time=30, economic_lot=5000, minimum_lot=500,
            size=("600.00", "1.20", "1.20"), max_piling=50),
    Product("MP0002", "RESINA EPOXI", "RESINA EPOXI BISFENOL A LIQUIDA",
            "MP", "0004", "KG", "60.0000", "501", "39073000", per_package=20, order_point=100,
            net_weight="1.0000", gross_weight="1.0500", lead_time=45, economic_lot=400, minimum_lot=20,
            size=("30.00", "30.00", "35.00"), max_piling=3, shelf_life=365),
    Product("SV0001", "SERVICIO DE INSTALACION", "SERVICIO DE INSTALACION EN OBRA POR HORA",
            "SV", "", "UN", "500.0000", "504", barcode=False),
]}
NOT_STOCKED = {"SV0001"}


def ean13(serial: int) -> str:
    """An EAN-13 code (Argentine prefix 779) with its check digit."""
    body = f"7799876{serial:05d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _add_products(session: Session) -> None:
    for serial, p in enumerate(PRODUCTS.values(), start=1):
        length, width, height = p.size
        session.add(SB1(
            B1_COD=p.code, B1_DESC=p.description, B1_DESCCIE=p.science, B1_TIPO=p.type, B1_GRUPO=p.group,
            B1_UM=p.unit, B1_SEGUM=p.second_unit, B1_PRV1=p.base_price, B1_TS=p.tes, B1_POSIPI=p.ncm,
            B1_QE=Decimal(p.per_package), B1_EMIN=Decimal(p.order_point), B1_PESO=Decimal(p.net_weight),
            B1_PESBRU=Decimal(p.gross_weight), B1_PE=Decimal(p.lead_time), B1_TIPE=p.lead_time_type,
            B1_LE=Decimal(p.economic_lot), B1_LM=Decimal(p.minimum_lot), B1_NOTAMIN=ZERO,
            B1_PRVALID=Decimal(p.shelf_life), B1_CODBAR=ean13(serial) if p.barcode else "",
            B1_COMPR=Decimal(length), B1_LARG=Decimal(width), B1_ALTU=Decimal(height),
            B1_EMPMAX=Decimal(p.max_piling), B1_LOCPAD="01", B1_MSBLQL="1" if p.blocked else "2"))


# --- price lists ---------------------------------------------------------------------------

# DA0_CODTAB, DA0_DESCRI, valid from / to (days from today), DA0_ATIVO
PRICE_LISTS = [
    ("001", "LISTA GENERAL", -365, 365, "1"),
    ("002", "LISTA MAYORISTA", -30, 180, "1"),
    ("003", "LISTA 2024 VENCIDA", -375, -10, "1"),
    ("004", "LISTA INACTIVA", -30, 30, "2"),
]
# list -> [(product, price, currency)]; the general list holds every product on sale at its base price
PRICE_LIST_ITEMS = {
    "001": [(p.code, p.price, 1) for p in PRODUCTS.values() if not p.blocked],
    "002": [("PA0001", "9.8000", 1), ("PA0002", "2.0500", 1), ("PA0003", "115.0000", 1),
            ("PA0004", "42.0000", 1), ("PA0006", "0.4500", 1), ("PA0007", "1.6000", 1),
            ("ME0001", "289.0000", 1), ("MP0002", "0.0650", 2)],  # imported resin, priced in dollars
    "003": [("PA0001", "9.2000", 1), ("PA0002", "1.9500", 1), ("PA0003", "110.0000", 1)],
    "004": [("PA0001", "8.5000", 1), ("PA0004", "40.0000", 1)],
}


def list_price(table: str, product: str) -> Decimal:
    """The product's price in local currency on ``table``, else its base price."""
    for code, price, currency in PRICE_LIST_ITEMS.get(table, []):
        if code == product and currency == LOCAL_CURRENCY:
            return Decimal(price)
    return PRODUCTS[product].base_price


def _add_price_lists(session: Session, today: dt.date) -> None:
    for code, description, valid_from, valid_to, active in PRICE_LISTS:
        session.add(DA0(DA0_CODTAB=code, DA0_DESCRI=description, DA0_DATDE=days(today, valid_from),
                        DA0_DATATE=days(today, valid_to), DA0_ATIVO=active))
        session.add_all(
            DA1(DA1_CODTAB=code, DA1_ITEM=f"{n:04d}", DA1_CODPRO=product, DA1_PRCVEN=Decimal(price),
                DA1_MOEDA=Decimal(currency), DA1_ATIVO="1")
            for n, (product, price, currency) in enumerate(PRICE_LIST_ITEMS[code], start=1))


# --- stock ---------------------------------------------------------------------------------

# product -> {warehouse: (current, reserved, committed)}; PA0003 is nearly out of stock
STOCK = {
    "PA0001": {"01": (500, 20, 5), "02": (150, 0, 0)},
    "PA0002": {"01": (1200, 0, 50), "02": (400, 0, 0)},
    "PA0003": {"01": (3, 0, 0)},
    "PA0004": {"01": (240, 10, 0)},
    "PA0005": {"01": (36, 0, 0)},
    "PA0006": {"01": (8000, 0, 0), "02": (2500, 0, 0)},
    "PA0007": {"01": (3000, 0, 0)},
    "PA0099": {"01": (0, 0, 0)},
    "ME0001": {"01": (180, 20, 0), "02": (60, 0, 0)},
    "ME0002": {"01": (90, 0, 0)},
    "ME0003": {"01": (48, 0, 0)},
    "MP0001": {"01": (4200, 0, 300), "02": (1000, 0, 0)},
    "MP0002": {"01": (260, 0, 40)},
}


def _add_stock(session: Session) -> None:
    assert set(STOCK) == set(PRODUCTS) - NOT_STOCKED
    for product, warehouses in STOCK.items():
        for warehouse, (current, reserved, committed) in warehouses.items():
            session.add(SB2(B2_COD=product, B2_LOCAL=warehouse, B2_QATU=Decimal(current),
                            B2_RESERVA=Decimal(reserved), B2_QEMP=Decimal(committed)))


# customer, store, product, B6_PODER3, document, days ago, quantity, balance
THIRD_PARTY_STOCK = [
    ("000001", "01", "MP0001", "D", "000000501", 60, 500, 320),  # their steel, being processed
    ("000001", "01", "MP0002", "D", "000000502", 20, 100, 100),
    ("000001", "01", "MP0001", "D", "000000480", 150, 200, 0),  # fully returned
    ("000001", "01", "PA0001", "R", "000000090", 120, 1000, 400),  # our screws on consignment there
    ("000002", "01", "MP0002", "D", "000000510", 10, 50, 30),
]


def _add_third_party_stock(session: Session, today: dt.date) -> None:
    session.add_all(
        SB6(B6_CLIFOR=customer, B6_LOJA=store, B6_PRODUTO=product, B6_LOCAL="01", B6_DOC=doc,
            B6_SERIE=INVOICE_SERIES, B6_EMISSAO=days(today, -ago), B6_QUANT=Decimal(quantity),
            B6_SALDO=Decimal(balance), B6_PRUNIT=PRODUCTS[product].base_price, B6_PODER3=power, B6_TPCF="C")
        for customer, store, product, power, doc, ago, quantity, balance in THIRD_PARTY_STOCK)


# --- customers, contacts, tasks ------------------------------------------------------------


def _add_customers(session: Session, today: dt.date) -> dict[tuple[str, str], SA1]:
    customers = [
        SA1(A1_COD="000001", A1_LOJA="01", A1_NOME="Ferretería El Tornillo SA", A1_NREDUZ="EL TORNILLO",
            A1_PESSOA="J", A1_TIPO="R", A1_CGC="30711222334", A1_EMAIL="compras@eltornillo.example",
            A1_HPAGE="www.eltornillo.example",
            A1_END="Av. Rivadavia", A1_NUMEND="4520", A1_BAIRRO="Caballito", A1_MUN="Buenos Aires",
            A1_EST="CF", A1_CEP="C1424CEE",
            A1_ENDCOB="Av. Rivadavia 4520, piso 2", A1_BAIRROC="Caballito", A1_MUNC="Buenos Aires",
            A1_ESTC="CF", A1_CEPC="C1424CEE",
            A1_ENDENT="Av. Directorio 3850 (depósito)", A1_BAIRROE="Parque Avellaneda", A1_MUNE="Buenos Aires",
            A1_ESTE="CF", A1_CEPE="C1407HBL",
            A1_DDI="54", A1_DDD="11", A1_TEL="4902-1234", A1_FAX="4902-1235", A1_VEND="000001",
            A1_TRANSP="000001", A1_LC=Decimal("50000.00"), A1_VENCLC=days(today, 180), A1_RISCO="B",
            A1_TABELA="001", A1_COND="002"),
        SA1(A1_COD="000001", A1_LOJA="02", A1_NOME="Ferretería El Tornillo SA - Suc. Norte",
            A1_NREDUZ="TORNILLO NORTE", A1_PESSOA="J", A1_TIPO="R", A1_CGC="30711222334",
            A1_EMAIL="norte@eltornillo.example", A1_HPAGE="www.eltornillo.example",
            A1_END="Av. Cabildo", A1_NUMEND="2150", A1_BAIRRO="Belgrano", A1_MUN="Buenos Aires",
            A1_EST="CF", A1_CEP="C1428AAP",
            A1_ENDCOB="Av. Rivadavia 4520, piso 2", A1_BAIRROC="Caballito", A1_MUNC="Buenos Aires",
            A1_ESTC="CF", A1_CEPC="C1424CEE",
            A1_ENDENT="Av. Cabildo 2150", A1_BAIRROE="Belgrano", A1_MUNE="Buenos Aires",
            A1_ESTE="CF", A1_CEPE="C1428AAP",
            A1_DDI="54", A1_DDD="11", A1_TEL="4781-5566", A1_FAX="", A1_VEND="000001",
            A1_TRANSP="000001", A1_LC=Decimal("2000.00"), A1_VENCLC=days(today, 90), A1_RISCO="C",
            A1_TABELA="002", A1_COND="001"),
        SA1(A1_COD="000002", A1_LOJA="01", A1_NOME="Pinturerías Color SRL", A1_NREDUZ="COLOR",
            A1_PESSOA="J", A1_TIPO="R", A1_CGC="30755666778", A1_EMAIL="ventas@color.example",
            A1_HPAGE="www.color.example",
            A1_END="Bv. San Juan", A1_NUMEND="845", A1_BAIRRO="Centro", A1_MUN="Córdoba",
            A1_EST="CB", A1_CEP="X5000ATI",
            A1_ENDCOB="Bv. San Juan 845", A1_BAIRROC="Centro", A1_MUNC="Córdoba",
            A1_ESTC="CB", A1_CEPC="X5000ATI",
            A1_ENDENT="Av. Circunvalación 2800, nave 4", A1_BAIRROE="Los Boulevares", A1_MUNE="Córdoba",
            A1_ESTE="CB", A1_CEPE="X5022AAA",
            A1_DDI="54", A1_DDD="351", A1_TEL="423-4567", A1_FAX="423-4568", A1_VEND="000002",
            A1_TRANSP="000002", A1_LC=Decimal("100000.00"), A1_VENCLC=days(today, 365), A1_RISCO="A",
            A1_TABELA="001", A1_COND="003"),
        SA1(A1_COD="000003", A1_LOJA="01", A1_NOME="Construcciones Andinas SA", A1_NREDUZ="ANDINAS",
            A1_PESSOA="J", A1_TIPO="F", A1_CGC="30788999001", A1_EMAIL="administracion@andinas.example",
            A1_END="Av. San Martín", A1_NUMEND="1200", A1_BAIRRO="Ciudad", A1_MUN="Mendoza",
            A1_EST="MZ", A1_CEP="M5500AAN",
            A1_ENDCOB="Av. San Martín 1200", A1_BAIRROC="Ciudad", A1_MUNC="Mendoza",
            A1_ESTC="MZ", A1_CEPC="M5500AAN",
            A1_ENDENT="Obra Ruta 40 km 3210", A1_BAIRROE="Luján de Cuyo", A1_MUNE="Mendoza",
            A1_ESTE="MZ", A1_CEPE="M5507AAA",
            A1_DDI="54", A1_DDD="261", A1_TEL="429-1100", A1_FAX="", A1_VEND="000001",
            A1_TRANSP="000002", A1_LC=Decimal("80000.00"), A1_VENCLC=days(today, 120), A1_RISCO="C",
            A1_TABELA="001", A1_COND="003"),
    ]
    for customer in customers:
        customer.A1_MOEDALC = Decimal(LOCAL_CURRENCY)
        customer.A1_MSBLQL = "2"
    session.add_all(customers)
    return {(c.A1_COD, c.A1_LOJA): c for c in customers}


# U5_CODCONT, customer, store, name, email, area code, phone, mobile, job title
CONTACTS = [
    ("000001", "000001", "01", "Carlos Fernández", "carlos.fernandez@eltornillo.example", "11", "4902-1240",
     "15-5123-4567", "Jefe de compras"),
    ("000002", "000001", "01", "Laura Martínez", "laura.martinez@eltornillo.example", "11", "4902-1250",
     "15-5987-6543", "Administración y pagos"),
    ("000003", "000002", "01", "Roberto Díaz", "roberto.diaz@color.example", "351", "423-4570",
     "351-155-112233", "Gerente comercial"),
]


def _add_contacts(session: Session) -> None:
    for code, customer, store, name, email, ddd, phone, mobile, job in CONTACTS:
        session.add(SU5(U5_CODCONT=code, U5_CONTAT=name, U5_EMAIL=email, U5_DDD=ddd, U5_FONE=phone,
                        U5_CELULAR=mobile, U5_FUNCAO=job))
        session.add(AC8(AC8_ENTIDA="SA1", AC8_CODENT=customer + store, AC8_CODCON=code))


# AD8_TAREFA, subject, start / end (days from today), status, priority, seller, customer, store
TASKS = [
    ("000001", "Visita mensual: revisar stock de góndola", -20, -20, "3", "2", "000001", "000001", "01"),
    ("000002", "Llamar por pedido 000103 bloqueado", -1, 1, "2", "1", "000001", "000001", "01"),
    ("000003", "Presentar lista mayorista", 0, 0, "1", "2", "000001", "000001", "02"),
    ("000004", "Gestionar cobro de cuota vencida", 2, 3, "1", "1", "000001", "000001", "01"),
    ("000005", "Demostración de esmaltes nuevos", 10, 10, "4", "3", "000001", "000001", "02"),
    ("000006", "Revisión del límite de crédito", 30, 35, "5", "2", "000001", "000001", "01"),
    ("000007", "Visita técnica a la pinturería", -5, -5, "3", "2", "000002", "000002", "01"),
    ("000008", "Enviar cotización de esmaltes", 3, 4, "1", "1", "000002", "000002", "01"),
]


def _add_tasks(session: Session, today: dt.date) -> None:
    session.add_all(
        AD8(AD8_TAREFA=code, AD8_TOPICO=subject, AD8_DTINI=days(today, start), AD8_DTFIM=days(today, end),
            AD8_STATUS=status, AD8_PRIOR=priority, AD8_CODVEN=seller, AD8_CODCLI=customer, AD8_LOJCLI=store)
        for code, subject, start, end, status, priority, seller, customer, store in TASKS)


# --- sales orders, releases, invoices, receivables -----------------------------------------

PORTFOLIO, RELEASED, CREDIT_BLOCK, STOCK_BLOCK, INVOICED = 1, 2, 3, 4, 5
# C9_BLCRED, C9_BLEST of each released status
RELEASE_BLOCKS = {RELEASED: ("", ""), CREDIT_BLOCK: ("01", ""), STOCK_BLOCK: ("", "02"), INVOICED: ("10", "10")}


@dataclass(frozen=True)
class InvoiceSpec:
    doc: str
    days_ago: int
    payments: tuple  # per installment: days ago it was paid, None while open
    freight: str = "0"
    insurance: str = "0"
    expenses: str = "0"


@dataclass(frozen=True)
class OrderSpec:
    number: str
    customer: tuple[str, str]
    days_ago: int  # C5_EMISSAO = today - days_ago
    status: int
    items: tuple  # (product, quantity) or (product, quantity, discount %)
    payment_plan: str = ""  # blank: the customer's
    bid: str = ""  # C5_NUMLIC
    origin: str = "MATA410"
    message: str = ""
    invoice: InvoiceSpec | None = None
    rule_block: str = ""  # C5_BLQ: '1' held by a business rule, so the release leaves it in portfolio


ORDERS = [
    OrderSpec("000101", ("000001", "01"), 2, PORTFOLIO, (("PA0001", 100), ("PA0002", 200)),
              bid="LIC-2026-001", origin="PORTAL", rule_block="1"),
    OrderSpec("000102", ("000001", "01"), 12, RELEASED, (("PA0001", 20), ("PA0004", 10, 5))),
    OrderSpec("000103", ("000001", "01"), 8, CREDIT_BLOCK, (("ME0001", 200),), origin="PORTAL"),  # over the limit
    OrderSpec("000104", ("000001", "01"), 6, STOCK_BLOCK, (("PA0003", 10),), bid="LIC-2026-001"),
    OrderSpec("000105", ("000001", "01"), 48, INVOICED, (("PA0001", 300), ("PA0002", 500), ("PA0004", 20)),
              payment_plan="003", bid="LIC-2026-002", message="ENTREGAR EN DEPOSITO DE AV. DIRECTORIO",
              invoice=InvoiceSpec("000000102", 45, (None, None, None), freight="150.00", insurance="25.00",
                                  expenses="10.00")),
    OrderSpec("000106", ("000001", "02"), 3, PORTFOLIO, (("PA0001", 100),), origin="PORTAL"),
    OrderSpec("000107", ("000001", "02"), 22, INVOICED, (("PA0006", 1000), ("PA0002", 200)),
              invoice=InvoiceSpec("000000103", 20, (20,))),
    OrderSpec("000201", ("000002", "01"), 4, PORTFOLIO, (("ME0002", 24), ("PA0003", 5)),
              bid="LIC-2026-003", origin="PORTAL"),
    OrderSpec("000202", ("000002", "01"), 55, INVOICED, (("ME0001", 40), ("ME0002", 30), ("ME0003", 20)),
              invoice=InvoiceSpec("000000101", 50, (19, None, None))),
]

# C2_NUM, product, quantity, produced, status, issued / start / planned end / actual end (days from
# today, None: not yet), sales order and item ('' when made for stock)
PRODUCTION_ORDERS = [
    ("000001", "PA0001", 300, 300, "S", -52, -50, -47, -46, "000105", "01"),
    ("000002", "PA0003", 10, 0, "N", -6, -4, 7, None, "000104", "01"),
    ("000003", "PA0002", 200, 50, "U", -2, -1, 10, None, "000101", "02"),
    ("000004", "PA0003", 5, 2, "N", -4, -3, 5, None, "000201", "02"),
    ("000005", "PA0005", 50, 20, "N", -15, -10, 5, None, "", ""),
]


@dataclass(frozen=True)
class Line:
    """One line of an invoice: what SD2 needs, whether it comes from an order item or not."""

    item: str
    product: Product
    quantity: Decimal
    price: Decimal
    list_price: Decimal
    tes: Tes
    order: str = ""
    order_item: str = ""

    @property
    def total(self) -> Decimal:
        return money(self.quantity * self.price)


def packages(product: Product, quantity: Decimal) -> int:
    return int((quantity / max(product.per_package, 1)).to_integral_value(ROUND_CEILING))


def _add_sales_orders(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    production = {(order, item): num for num, *_, order, item in PRODUCTION_ORDERS if order}
    for spec in ORDERS:
        customer = customers[spec.customer]
        issued = days(today, -spec.days_ago)
        plan = spec.payment_plan or customer.A1_COND
        table = customer.A1_TABELA
        invoice = spec.invoice
        invoiced_on = days(today, -invoice.days_ago) if invoice else None
        released_on = days(invoiced_on, -1) if invoice else days(issued, 1)
        seller_commission = Decimal("2.50") if customer.A1_VEND == "000001" else Decimal("3.00")

        lines = []
        for n, item in enumerate(spec.items, start=1):
            code, quantity, discount = (*item, 0) if len(item) == 2 else item
            product, quantity, discount = PRODUCTS[code], Decimal(quantity), Decimal(discount)
            unit_price = list_price(table, code)
            price = (unit_price * (100 - discount) / 100).quantize(Decimal("0.0001"), ROUND_HALF_UP)
            line = Line(f"{n:02d}", product, quantity, price, unit_price, TES[product.tes], spec.number, f"{n:02d}")
            lines.append(line)
            released = spec.status != PORTFOLIO
            op = production.get((spec.number, line.item), "")
            row = SC6(
                C6_NUM=spec.number, C6_ITEM=line.item, C6_PRODUTO=code, C6_DESCRI=product.description,
                C6_UM=product.unit, C6_SEGUM=product.second_unit,
                C6_UNSVEN=money(quantity / product.per_package) if product.second_unit else ZERO,
                C6_QTDVEN=quantity, C6_PRCVEN=price, C6_PRUNIT=unit_price, C6_VALOR=line.total,
                C6_DESCONT=discount, C6_VALDESC=money(quantity * unit_price) - line.total,
                C6_TES=line.tes.code, C6_CF=line.tes.cfop, C6_LOCAL="01",
                C6_ENTREG=days(issued, 7 + 3 * n), C6_QTDLIB=quantity if released else ZERO,
                C6_QTDENT=quantity if invoice else ZERO, C6_COMIS1=seller_commission,
                C6_NUMOP=op, C6_ITEMOP="01" if op else "", C6_SEQUEN="001" if op else "",
                C6_CLI=customer.A1_COD, C6_LOJA=customer.A1_LOJA,
                C6_NOTA=invoice.doc if invoice else "", C6_SERIE=INVOICE_SERIES if invoice else "")
            session.add(row)
            ledger.order_items.append(row)
            if released:
                blocked_credit, blocked_stock = RELEASE_BLOCKS[spec.status]
                session.add(SC9(
                    C9_PEDIDO=spec.number, C9_ITEM=line.item, C9_SEQUEN="01", C9_CLIENTE=customer.A1_COD,
                    C9_LOJA=customer.A1_LOJA, C9_PRODUTO=code, C9_QTDLIB=quantity, C9_PRCVEN=price,
                    C9_DATALIB=released_on, C9_BLCRED=blocked_credit, C9_BLEST=blocked_stock, C9_LOCAL="01",
                    C9_NFISCAL=invoice.doc if invoice else "", C9_SERIENF=INVOICE_SERIES if invoice else ""))

        session.add(SC5(
            C5_NUM=spec.number, C5_TIPO="N", C5_CLIENTE=customer.A1_COD, C5_LOJACLI=customer.A1_LOJA,
            C5_CLIENT=customer.A1_COD, C5_LOJAENT=customer.A1_LOJA, C5_TIPOCLI=customer.A1_TIPO,
            C5_TRANSP=customer.A1_TRANSP, C5_CONDPAG=plan, C5_TABELA=table, C5_VEND1=customer.A1_VEND,
            C5_COMIS1=seller_commission, C5_EMISSAO=issued, C5_TPFRETE="C",
            C5_FRETE=Decimal(invoice.freight) if invoice else ZERO,
            C5_SEGURO=Decimal(invoice.insurance) if invoice else ZERO,
            C5_DESPESA=Decimal(invoice.expenses) if invoice else ZERO,
            C5_TPLIB="1", C5_INCISS="N", C5_MOEDA=Decimal(LOCAL_CURRENCY),
            C5_PESOL=sum((l.quantity * Decimal(l.product.net_weight) for l in lines), ZERO),
            C5_PBRUTO=sum((l.quantity * Decimal(l.product.gross_weight) for l in lines), ZERO),
            C5_VOLUME1=Decimal(sum(packages(l.product, l.quantity) for l in lines)), C5_ESPECI1="CAJAS",
            C5_MENNOTA=spec.message, C5_NUMLIC=spec.bid, C5_NOTA=invoice.doc if invoice else "",
            C5_SERIE=INVOICE_SERIES if invoice else "", C5_LIBEROK="S" if spec.status != PORTFOLIO else "",
            C5_ORIGEM=spec.origin, C5_BLQ=spec.rule_block))
        if invoice:
            _add_invoice(session, today, customer, invoice, plan, lines, ledger)


def _add_invoice(session: Session, today: dt.date, customer: SA1, spec: InvoiceSpec, plan: str,
                 lines: list[Line], ledger: Ledger) -> SF2:
    """An outgoing invoice (SF2 + SD2) and its receivables (SE1), one per installment of ``plan``."""
    issued = days(today, -spec.days_ago)
    totals = dict(merchandise=ZERO, icms_base=ZERO, icms=ZERO, ipi_base=ZERO, ipi=ZERO)
    for line in lines:
        icms_base = line.total if line.tes.icms else ZERO
        ipi_base = line.total if line.tes.ipi else ZERO
        icms, ipi = percent_of(icms_base, line.tes.icms), percent_of(ipi_base, line.tes.ipi)
        session.add(SD2(
            D2_DOC=spec.doc, D2_SERIE=INVOICE_SERIES, D2_CLIENTE=customer.A1_COD, D2_LOJA=customer.A1_LOJA,
            D2_ITEM=line.item, D2_COD=line.product.code, D2_UM=line.product.unit, D2_QUANT=line.quantity,
            D2_PRCVEN=line.price, D2_PRUNIT=line.list_price, D2_TOTAL=line.total, D2_TES=line.tes.code,
            D2_CF=line.tes.cfop, D2_BASEICM=icms_base, D2_PICM=line.tes.icms, D2_VALICM=icms,
            D2_BASEIPI=ipi_base, D2_IPI=line.tes.ipi, D2_VALIPI=ipi, D2_PEDIDO=line.order,
            D2_ITEMPV=line.order_item, D2_LOCAL="01", D2_EMISSAO=issued, D2_TIPO="N"))
        totals["merchandise"] += line.total
        totals["icms_base"] += icms_base
        totals["icms"] += icms
        totals["ipi_base"] += ipi_base
        totals["ipi"] += ipi
    freight, insurance, expenses = Decimal(spec.freight), Decimal(spec.insurance), Decimal(spec.expenses)
    gross = totals["merchandise"] + totals["ipi"] + freight + insurance + expenses
    invoice = SF2(
        F2_DOC=spec.doc, F2_SERIE=INVOICE_SERIES, F2_CLIENTE=customer.A1_COD, F2_LOJA=customer.A1_LOJA,
        F2_EMISSAO=issued, F2_DTENTR=days(issued, 3), F2_COND=plan, F2_VALBRUT=gross,
        F2_VALMERC=totals["merchandise"], F2_FRETE=freight, F2_SEGURO=insurance, F2_DESPESA=expenses,
        F2_BASEICM=totals["icms_base"], F2_VALICM=totals["icms"], F2_BASEIPI=totals["ipi_base"],
        F2_VALIPI=totals["ipi"], F2_TRANSP=customer.A1_TRANSP,
        F2_VOLUME1=Decimal(sum(packages(l.product, l.quantity) for l in lines)), F2_ESPECI1="CAJAS",
        F2_PLIQUI=sum((l.quantity * Decimal(l.product.net_weight) for l in lines), ZERO),
        F2_PBRUTO=sum((l.quantity * Decimal(l.product.gross_weight) for l in lines), ZERO),
        F2_MOEDA=Decimal(LOCAL_CURRENCY), F2_PREFIXO=INVOICE_SERIES, F2_DUPL=spec.doc)
    session.add(invoice)
    ledger.invoices.append(invoice)
    _add_installments(session, today, customer, invoice, plan, spec.payments, lines[0].order, ledger)
    return invoice


def _add_installments(session: Session, today: dt.date, customer: SA1, invoice: SF2, plan: str,
                      payments: tuple, order: str, ledger: Ledger) -> None:
    terms = installment_days(plan)
    assert len(payments) == len(terms), f"{invoice.F2_DOC}: one payment entry per installment"
    share = money(invoice.F2_VALBRUT / len(terms))
    history = f"VENTA S/PEDIDO {order}" if order else f"VENTA NF {invoice.F2_DOC}"
    for n, (term, paid_ago) in enumerate(zip(terms, payments)):
        value = share if n < len(terms) - 1 else invoice.F2_VALBRUT - share * (len(terms) - 1)
        due = days(invoice.F2_EMISSAO, term)
        bill = SE1(
            E1_PREFIXO=invoice.F2_PREFIXO, E1_NUM=invoice.F2_DOC, E1_PARCELA=chr(ord("A") + n) if len(terms) > 1 else "",
            E1_TIPO="NF", E1_NATUREZ=SALES_NATURE, E1_CLIENTE=customer.A1_COD, E1_LOJA=customer.A1_LOJA,
            E1_NOMCLI=customer.A1_NREDUZ, E1_EMISSAO=invoice.F2_EMISSAO, E1_VENCTO=due, E1_VENCREA=due,
            E1_VALOR=value, E1_SALDO=ZERO if paid_ago is not None else value,
            E1_BAIXA=days(today, -paid_ago) if paid_ago is not None else None,
            E1_MOEDA=Decimal(LOCAL_CURRENCY), E1_HIST=history, E1_PEDIDO=order, E1_SERIE=invoice.F2_SERIE)
        session.add(bill)
        ledger.bills.append(bill)


OLD_INVOICE = InvoiceSpec("000000087", 200, (165,))  # 30 days, paid 5 days late
OLD_INVOICE_ITEMS = [("PA0001", 400, "10.0000"), ("PA0003", 4, "120.0000"), ("ME0002", 10, "170.0000")]


def _add_old_invoice(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """An invoice of El Tornillo from about 200 days ago, typed in the back office with no order:
    history for the sales statistics."""
    lines = [Line(f"{n:02d}", PRODUCTS[code], Decimal(quantity), Decimal(price), Decimal(price),
                  TES[PRODUCTS[code].tes])
             for n, (code, quantity, price) in enumerate(OLD_INVOICE_ITEMS, start=1)]
    _add_invoice(session, today, customers[("000001", "01")], OLD_INVOICE, "002", lines, ledger)


RETURN_DOC = "000000001"
RETURN_DAYS_AGO = 30


def _add_sales_return(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """El Tornillo sends back 2 screws of the invoice of order 000105; the credit note is still open."""
    customer = customers[("000001", "01")]
    invoice = next(i for i in ledger.invoices if i.F2_DOC == "000000102")
    product, quantity, item = PRODUCTS["PA0001"], Decimal(2), "01"
    price = list_price(customer.A1_TABELA, product.code)
    tes = TES[product.tes]
    merchandise = money(quantity * price)
    gross = merchandise + percent_of(merchandise, tes.ipi)
    returned = days(today, -RETURN_DAYS_AGO)
    session.add(SF1(F1_DOC=RETURN_DOC, F1_SERIE=INVOICE_SERIES, F1_FORNECE=customer.A1_COD,
                    F1_LOJA=customer.A1_LOJA, F1_EMISSAO=returned, F1_DTDIGIT=returned, F1_TIPO="D",
                    F1_VALMERC=merchandise, F1_VALBRUT=gross))
    session.add(SD1(D1_DOC=RETURN_DOC, D1_SERIE=INVOICE_SERIES, D1_FORNECE=customer.A1_COD,
                    D1_LOJA=customer.A1_LOJA, D1_ITEM="0001", D1_COD=product.code, D1_QUANT=quantity,
                    D1_VUNIT=price, D1_TOTAL=merchandise, D1_TES="001", D1_TIPO="D", D1_NFORI=invoice.F2_DOC,
                    D1_SERIORI=invoice.F2_SERIE, D1_ITEMORI=item, D1_DTDIGIT=returned, D1_EMISSAO=returned))
    note = SE1(E1_PREFIXO=INVOICE_SERIES, E1_NUM=RETURN_DOC, E1_PARCELA="", E1_TIPO="NCC",
               E1_NATUREZ=SALES_NATURE, E1_CLIENTE=customer.A1_COD, E1_LOJA=customer.A1_LOJA,
               E1_NOMCLI=customer.A1_NREDUZ, E1_EMISSAO=returned, E1_VENCTO=returned, E1_VENCREA=returned,
               E1_VALOR=gross, E1_SALDO=gross, E1_BAIXA=None, E1_MOEDA=Decimal(LOCAL_CURRENCY),
               E1_HIST=f"DEVOLUCION NF {invoice.F2_DOC}", E1_PEDIDO="", E1_SERIE=INVOICE_SERIES)
    session.add(note)
    ledger.bills.append(note)


def _add_used_credit_note(session: Session, today: dt.date, customers, ledger: Ledger) -> None:
    """A commercial bonus granted to El Tornillo and used up against the old invoice."""
    customer = customers[("000001", "01")]
    value = Decimal("150.00")
    note = SE1(E1_PREFIXO="BON", E1_NUM="000000001", E1_PARCELA="", E1_TIPO="NCC", E1_NATUREZ=SALES_NATURE,
               E1_CLIENTE=customer.A1_COD, E1_LOJA=customer.A1_LOJA, E1_NOMCLI=customer.A1_NREDUZ,
               E1_EMISSAO=days(today, -190), E1_VENCTO=days(today, -190), E1_VENCREA=days(today, -190),
               E1_VALOR=value, E1_SALDO=ZERO, E1_BAIXA=days(today, -OLD_INVOICE.payments[0]),
               E1_MOEDA=Decimal(LOCAL_CURRENCY), E1_HIST=f"BONIFICACION COMPENSADA NF {OLD_INVOICE.doc}",
               E1_PEDIDO="", E1_SERIE="")
    session.add(note)
    ledger.bills.append(note)


# --- production orders, quotes ---------------------------------------------------------------


def _add_production_orders(session: Session, today: dt.date) -> None:
    for num, product, quantity, produced, status, issued, start, end, closed, order, item in PRODUCTION_ORDERS:
        session.add(SC2(
            C2_NUM=num, C2_ITEM="01", C2_SEQUEN="001", C2_PRODUTO=product, C2_LOCAL="01",
            C2_QUANT=Decimal(quantity), C2_QUJE=Decimal(produced), C2_EMISSAO=days(today, issued),
            C2_DATPRI=days(today, start), C2_DATPRF=days(today, end),
            C2_DATRF=days(today, closed) if closed is not None else None,
            C2_PEDIDO=order, C2_ITEMPV=item, C2_STATUS=status))


# CJ_NUM, customer, store, days ago, CJ_STATUS, items: (product, quantity[, discount %])
QUOTES = [
    ("000001", "000001", "01", 5, "A", (("PA0001", 50), ("PA0006", 500), ("PA0003", 4))),
    ("000002", "000001", "01", 30, "B", (("ME0001", 5), ("ME0003", 5))),
    ("000003", "000001", "01", 60, "C", (("MP0001", 100), ("MP0002", 10))),
    ("000004", "000002", "01", 3, "A", (("ME0001", 30, 3), ("ME0002", 20))),
]
QUOTE_CUSTOMER_TERMS = {("000001", "01"): ("002", "001"), ("000002", "01"): ("003", "001")}  # plan, list


def _add_quotes(session: Session, today: dt.date) -> None:
    for num, customer, store, ago, status, items in QUOTES:
        plan, table = QUOTE_CUSTOMER_TERMS[(customer, store)]
        issued = days(today, -ago)
        session.add(SCJ(CJ_NUM=num, CJ_CLIENTE=customer, CJ_LOJA=store, CJ_EMISSAO=issued,
                        CJ_VALIDA=days(issued, 30), CJ_CONDPAG=plan, CJ_TABELA=table,
                        CJ_MOEDA=Decimal(LOCAL_CURRENCY), CJ_STATUS=status))
        for n, item in enumerate(items, start=1):
            code, quantity, discount = (*item, 0) if len(item) == 2 else item
            quantity, discount = Decimal(quantity), Decimal(discount)
            unit_price = list_price(table, code)
            price = (unit_price * (100 - discount) / 100).quantize(Decimal("0.0001"), ROUND_HALF_UP)
            session.add(SCK(CK_NUM=num, CK_ITEM=f"{n:02d}", CK_PRODUTO=code,
                            CK_DESCRI=PRODUCTS[code].description, CK_QTDVEN=quantity, CK_PRCVEN=price,
                            CK_PRUNIT=unit_price, CK_DESCONT=discount, CK_VALOR=money(quantity * price),
                            CK_TES=PRODUCTS[code].tes, CK_ENTREG=days(issued, 15)))


# --- exchange rates, sequences -------------------------------------------------------------

RATE_DAYS_BACK = 400


def daily_rates(index: int) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """Currencies 2-5 on day ``index`` of the series (0 = 400 days ago): the dollar slowly rising
    from 950 to about 1000, the euro around 1050, UFIR at par and the yen around 6.5. A small
    weekly ripple, no randomness."""
    i = Decimal(index)
    dollar = Decimal(950) + i * Decimal("0.12") + (index % 7) * Decimal("0.35")
    euro = Decimal(1030) + i * Decimal("0.05") + (index % 5) * Decimal("0.80")
    yen = Decimal("6.40") + i * Decimal("0.0005") + (index % 3) * Decimal("0.01")
    return dollar, euro, Decimal("1.0000"), yen


def _add_daily_rates(session: Session, today: dt.date) -> None:
    for index in range(RATE_DAYS_BACK + 2):  # up to tomorrow
        dollar, euro, ufir, yen = daily_rates(index)
        session.add(SM2(M2_DATA=days(today, index - RATE_DAYS_BACK), M2_MOEDA2=dollar, M2_MOEDA3=euro,
                        M2_MOEDA4=ufir, M2_MOEDA5=yen))


def _add_sequences(session: Session) -> None:
    """The last number given per sequence, so new documents continue after the demo ones."""
    invoices = [s.invoice.doc for s in ORDERS if s.invoice] + [OLD_INVOICE.doc]
    session.add_all(ZSX(ZSX_CHAVE=key, ZSX_ULTIMO=last) for key, last in [
        ("SC5", max(s.number for s in ORDERS)),
        ("SCJ", max(q[0] for q in QUOTES)),
        (f"SF2/{INVOICE_SERIES}", max(invoices)),
        ("SC2", max(p[0] for p in PRODUCTION_ORDERS)),
        ("SU5", max(c[0] for c in CONTACTS)),
        ("AD8", max(t[0] for t in TASKS)),
    ])


# --- customer statistics -------------------------------------------------------------------


def _fill_customer_statistics(customers, ledger: Ledger, today: dt.date) -> None:
    """The financial tab of each customer (SA1), from its invoices, bills and open orders."""
    for (code, store), customer in customers.items():
        def mine(row, code_field, store_field):
            return getattr(row, code_field) == code and getattr(row, store_field) == store

        invoices = [i for i in ledger.invoices if mine(i, "F2_CLIENTE", "F2_LOJA")]
        bills = [b for b in ledger.bills if mine(b, "E1_CLIENTE", "E1_LOJA") and b.E1_TIPO == "NF"]
        items = [i for i in ledger.order_items if mine(i, "C6_CLI", "C6_LOJA")]
        open_bills = [b for b in bills if b.E1_SALDO > 0]
        paid_bills = [b for b in bills if b.E1_SALDO == 0]
        delays = [max((b.E1_BAIXA - b.E1_VENCREA).days, 0) for b in paid_bills]

        customer.A1_SALDUP = sum((b.E1_SALDO for b in open_bills), ZERO)
        customer.A1_SALPED = sum((money((i.C6_QTDVEN - i.C6_QTDENT) * i.C6_PRCVEN) for i in items), ZERO)
        customer.A1_MCOMPRA = max((i.F2_VALBRUT for i in invoices), default=ZERO)
        customer.A1_MSALDO = max(customer.A1_SALDUP, customer.A1_MCOMPRA)
        customer.A1_METR = money(Decimal(sum(delays)) / len(delays)) if delays else ZERO
        customer.A1_PRICOM = min((i.F2_EMISSAO for i in invoices), default=None)
        customer.A1_ULTCOM = max((i.F2_EMISSAO for i in invoices), default=None)
        customer.A1_NROCOM = Decimal(len(invoices))
        customer.A1_TITPROT = Decimal(sum(1 for b in open_bills if b.E1_VENCREA < today))
        customer.A1_CHQDEVO = ZERO
