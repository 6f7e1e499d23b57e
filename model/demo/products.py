"""The demo's catalog: TES, dictionaries and parameters, products with their complements and
pictures, price lists, discount rules, stock and payment plans."""
from __future__ import annotations

import datetime as dt
import struct
import zlib
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from model.demo.common import LOCAL_CURRENCY, ZERO, days
from model.tables import ACO, ACP, DA0, DA1, SAH, SB1, SB2, SB5, SBM, SE4, SF4, SX5, SX6, ZIM


def add_catalog(session: Session, today: dt.date) -> None:
    _add_payment_plans(session)
    _add_tes(session)
    _add_dictionaries(session)
    _add_products(session)
    _add_price_lists(session, today)
    _add_discount_rules(session, today)
    _add_stock(session)


# E4_CODIGO, E4_COND (days of each installment), E4_DESCRI, E4_DDD (how days count), financial discount
PAYMENT_PLANS = [("001", "0", "Contado", "D", "2.00"), ("002", "30", "30 días", "D", "0"),
                 ("003", "30,60,90", "30/60/90", "D", "0")]


def _add_payment_plans(session: Session) -> None:
    session.add_all(SE4(E4_CODIGO=code, E4_TIPO="1", E4_COND=cond, E4_DESCRI=text, E4_DDD=ddd,
                        E4_DESCFIN=Decimal(discount), E4_DIADESC=Decimal(5 if Decimal(discount) else 0), E4_MSBLQL="2")
                    for code, cond, text, ddd, discount in PAYMENT_PLANS)


def installment_days(plan: str) -> list[int]:
    cond = next(cond for code, cond, *_ in PAYMENT_PLANS if code == plan)
    return [int(part) for part in cond.split(",")]


@dataclass(frozen=True)
class Tes:
    code: str
    kind: str  # S outflow, E entry
    text: str
    cfop: str
    taxes: bool = False  # computes ICMS and IPI at the product's rates (B1_PICM, B1_IPI)
    receivable: bool = True
    stock: bool = True
    third_party: str = "N"  # F4_PODER3: R remittance, D return, N neither


TES = {t.code: t for t in [
    Tes("501", "S", "VENTA MERCADERIA", "5102", taxes=True),
    Tes("502", "S", "VENTA SIN IMPUESTOS", "5102"),
    Tes("503", "S", "REMESA", "5949", receivable=False, stock=False),
    Tes("504", "S", "PRESTACION SERVICIOS", "5933", stock=False),  # services: billed, no stock
    Tes("505", "S", "RETORNO INDUSTRIALIZ", "5902", receivable=False, third_party="D"),
    Tes("001", "E", "DEVOLUCION", "1202", receivable=False),
    Tes("002", "E", "INGRESO P/INDUSTRIAL", "1901", receivable=False, third_party="R"),
]}
# the rates of the taxes a TES with taxes computes, the same for every product of the demo
ICMS_RATE, IPI_RATE = Decimal(18), Decimal(10)


def _yes_no(flag: bool) -> str:
    return "S" if flag else "N"


def _add_tes(session: Session) -> None:
    session.add_all(
        SF4(F4_CODIGO=t.code, F4_TIPO=t.kind, F4_TEXTO=t.text, F4_CF=t.cfop, F4_ICM=_yes_no(t.taxes),
            F4_IPI=_yes_no(t.taxes), F4_DUPLIC=_yes_no(t.receivable), F4_ESTOQUE=_yes_no(t.stock),
            F4_PODER3=t.third_party, F4_BONIF="N", F4_MSBLQL="2")
        for t in TES.values())


# --- dictionaries: product types, units, groups; parameters ----------------------------------

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
    ("KG", "KILO", "Kilogramo", "Quilograma", "Kilogram"),
    ("CX", "CAJA", "Caja", "Caixa", "Box"),
    ("LT", "LITRO", "Litro", "Litro", "Liter"),
]
# currency n: (MV_MOEDAn in Spanish and Portuguese, in English, MV_SIMBn)
CURRENCIES = [("PESOS", "PESOS", "$"), ("DOLARES", "DOLLARS", "US$"), ("EUROS", "EUROS", "EUR"),
              ("UFIR", "UFIR", "UFIR"), ("YENES", "YEN", "JPY")]
GROUPS = [("0001", "TORNILLERIA"), ("0002", "HERRAMIENTAS"), ("0003", "PINTURAS"), ("0004", "MATERIAS PRIMAS")]


def _parameter(name: str, description: str, pt: str, es: str | None = None, en: str | None = None,
               kind: str = "C") -> SX6:
    """A shared parameter (blank X6_FIL), its content in the three languages."""
    return SX6(X6_FIL="", X6_VAR=name, X6_TIPO=kind, X6_DESCRIC=description, X6_CONTEUD=pt,
               X6_CONTSPA=pt if es is None else es, X6_CONTENG=pt if en is None else en, X6_PROPRI="S")


def _add_dictionaries(session: Session) -> None:
    session.add_all(SX5(X5_TABELA="02", X5_CHAVE=code, X5_DESCSPA=es, X5_DESCRI=pt, X5_DESCENG=en)
                    for code, es, pt, en in PRODUCT_TYPES)
    session.add_all(SAH(AH_UNIMED=code, AH_UMRES=short, AH_DESCES=es, AH_DESCPO=pt, AH_DESCIN=en)
                    for code, short, es, pt, en in UNITS)
    for n, (local, english, symbol) in enumerate(CURRENCIES, start=1):
        session.add(_parameter(f"MV_MOEDA{n}", f"Titulo de la moneda {n}", local, en=english))
        session.add(_parameter(f"MV_SIMB{n}", f"Simbolo de la moneda {n}", symbol))
    session.add_all(SBM(BM_GRUPO=code, BM_DESC=text) for code, text in GROUPS)


# --- products ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Product:
    code: str
    description: str
    science: str  # B5_CEME
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
            "PA", "0001", "UN", "10.50", "501", "73181500", second_unit="CX", per_package=50, order_point=200,
            net_weight="0.0120", gross_weight="0.0130", lead_time=5, economic_lot=1000, minimum_lot=100,
            size=("3.00", "1.20", "1.20"), max_piling=20),
    Product("PA0002", "TUERCA 1/4", "TUERCA HEXAGONAL ACERO ZINCADO 1/4 PULG",
            "PA", "0001", "UN", "2.25", "501", "73181600", second_unit="CX", per_package=50, order_point=300,
            net_weight="0.0040", gross_weight="0.0045", lead_time=5, economic_lot=1000, minimum_lot=100,
            size=("1.20", "1.20", "0.60"), max_piling=20),
    Product("PA0003", "MARTILLO CARPINTERO", "MARTILLO DE CARPINTERO 27 MM MANGO DE MADERA",
            "PA", "0002", "UN", "125.00", "501", "82052000", per_package=6, order_point=10,
            net_weight="0.65", gross_weight="0.70", lead_time=15, economic_lot=50, minimum_lot=6,
            size=("33.00", "12.00", "3.50"), max_piling=10),
    Product("PA0004", "DESTORNILLADOR PHILLIPS", "DESTORNILLADOR PUNTA PHILLIPS PH2 X 100 MM",
            "PA", "0002", "UN", "45.90", "502", "82054010", per_package=12, order_point=24,
            net_weight="0.12", gross_weight="0.14", lead_time=10, economic_lot=120, minimum_lot=12,
            size=("21.00", "3.00", "3.00"), max_piling=15),
    Product("PA0005", "LLAVE INGLESA 12", "LLAVE AJUSTABLE 12 PULG ACERO CROMO VANADIO",
            "PA", "0002", "UN", "98.00", "", "82041200", per_package=6, order_point=12,
            net_weight="0.78", gross_weight="0.85", lead_time=2, lead_time_type="S", economic_lot=60,
            minimum_lot=6, size=("30.50", "8.00", "2.00"), max_piling=10),
    Product("PA0006", "ARANDELA PLANA 1/4", "ARANDELA PLANA ACERO ZINCADO 1/4 PULG",
            "PA", "0001", "UN", "0.50", "501", "73182200", second_unit="CX", per_package=50, order_point=1000,
            net_weight="0.0020", gross_weight="0.0022", lead_time=5, economic_lot=5000, minimum_lot=500,
            size=("1.40", "1.40", "0.20"), max_piling=25),
    Product("PA0007", "TORNILLO AUTOPERFORANTE 8X1", "TORNILLO AUTOPERFORANTE PUNTA MECHA 8 X 1 PULG",
            "PA", "0001", "UN", "1.80", "501", "73181400", second_unit="CX", per_package=50, order_point=500,
            net_weight="0.0050", gross_weight="0.0055", lead_time=5, economic_lot=2000, minimum_lot=100,
            size=("2.60", "0.80", "0.80"), max_piling=20),
    Product("PA0099", "PRODUCTO BLOQUEADO", "PRODUCTO DISCONTINUADO, NO SE VENDE",
            "PA", "0001", "UN", "1.00", "501", "73181500", per_package=1, blocked=True),
    Product("ME0001", "PINTURA LATEX BLANCA 4L", "PINTURA LATEX INTERIOR BLANCO MATE ENVASE 4 LITROS",
            "ME", "0003", "LT", "310.00", "501", "32091010", per_package=4, order_point=40,
            net_weight="5.60", gross_weight="5.90", lead_time=7, economic_lot=100, minimum_lot=4,
            size=("18.00", "18.00", "21.00"), max_piling=5, shelf_life=730),
    Product("ME0002", "ESMALTE SINTETICO NEGRO", "ESMALTE SINTETICO BRILLANTE NEGRO ENVASE 1 LITRO",
            "ME", "0003", "LT", "180.00", "501", "32089010", per_package=6, order_point=36,
            net_weight="1.20", gross_weight="1.30", lead_time=7, economic_lot=120, minimum_lot=6,
            size=("11.00", "11.00", "13.00"), max_piling=6, shelf_life=730),
    Product("ME0003", "RODILLO PINTOR 22CM", "RODILLO DE LANA PARA PINTOR 22 CM CON MANGO",
            "ME", "0003", "UN", "75.00", "501", "96034090", per_package=12, order_point=24,
            net_weight="0.25", gross_weight="0.30", lead_time=10, economic_lot=120, minimum_lot=12,
            size=("30.00", "8.00", "8.00"), max_piling=8),
    Product("MP0001", "ACERO EN BARRA", "BARRA DE ACERO SAE 1010 TREFILADA 12 MM",
            "MP", "0004", "KG", "15.00", "501", "72142000", order_point=1000,
            net_weight="1.00", gross_weight="1.00", lead_time=30, economic_lot=5000, minimum_lot=500,
            size=("600.00", "1.20", "1.20"), max_piling=50),
    Product("MP0002", "RESINA EPOXI", "RESINA EPOXI BISFENOL A LIQUIDA",
            "MP", "0004", "KG", "60.00", "501", "39073000", per_package=20, order_point=100,
            net_weight="1.00", gross_weight="1.05", lead_time=45, economic_lot=400, minimum_lot=20,
            size=("30.00", "30.00", "35.00"), max_piling=3, shelf_life=365),
    Product("SV0001", "SERVICIO DE INSTALACION", "SERVICIO DE INSTALACION EN OBRA POR HORA",
            "SV", "", "UN", "500.00", "504", barcode=False),
]}
NOT_STOCKED = {"SV0001"}


def ean13(serial: int) -> str:
    """An EAN-13 code (Argentine prefix 779) with its check digit."""
    body = f"7799876{serial:05d}"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


GROUP_COLOURS = {"0001": (150, 150, 160), "0002": (200, 120, 40), "0003": (40, 110, 200), "0004": (90, 90, 90)}
NO_PICTURE = {"PA0099", "SV0001"}


def picture(colour: tuple[int, int, int], size: int = 16) -> bytes:
    """A small PNG of one colour: the demo's product pictures."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes(colour) * size for _ in range(size))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def _add_products(session: Session) -> None:
    for serial, p in enumerate(PRODUCTS.values(), start=1):
        length, width, height = p.size
        bitmap = "" if p.code in NO_PICTURE else f"{p.code}.PNG"
        session.add(SB1(
            B1_COD=p.code, B1_DESC=p.description, B1_TIPO=p.type, B1_GRUPO=p.group,
            B1_UM=p.unit, B1_SEGUM=p.second_unit, B1_CONV=Decimal(p.per_package) if p.second_unit else ZERO,
            B1_PRV1=p.base_price, B1_TS=p.tes, B1_POSIPI=p.ncm, B1_PICM=ICMS_RATE, B1_IPI=IPI_RATE,
            B1_QE=Decimal(p.per_package), B1_EMIN=Decimal(p.order_point), B1_PESO=Decimal(p.net_weight),
            B1_PESBRU=Decimal(p.gross_weight), B1_PE=Decimal(p.lead_time), B1_TIPE=p.lead_time_type,
            B1_LE=Decimal(p.economic_lot), B1_LM=Decimal(p.minimum_lot), B1_NOTAMIN=ZERO,
            B1_PRVALID=Decimal(p.shelf_life), B1_CODBAR=ean13(serial) if p.barcode else "", B1_LOCPAD="01",
            B1_BITMAP=bitmap, B1_MSBLQL="1" if p.blocked else "2"))
        session.add(SB5(B5_COD=p.code, B5_CEME=p.science, B5_COMPRLC=Decimal(length), B5_LARGLC=Decimal(width),
                        B5_ALTURLC=Decimal(height), B5_FATARMA=Decimal(p.max_piling)))
        if bitmap:
            session.add(ZIM(ZIM_NOME=bitmap, ZIM_TIPO="image/png",
                            ZIM_IMAGEM=picture(GROUP_COLOURS.get(p.group, (0, 0, 0)))))


# --- price lists, discount rules -----------------------------------------------------------

NO_LIMIT = Decimal("999999.99")  # DA1_QTDLOT of a price without quantity bands
# DA0_CODTAB, DA0_DESCRI, valid from / to (days from today), DA0_ATIVO
PRICE_LISTS = [
    ("001", "LISTA GENERAL", -365, 365, "1"),
    ("002", "LISTA MAYORISTA", -30, 180, "1"),
    ("003", "LISTA 2024 VENCIDA", -375, -10, "1"),
    ("004", "LISTA INACTIVA", -30, 30, "2"),
]
# list -> [(product, price, currency[, up to quantity])]; the general list holds every product on
# sale at its base price, and screws cheaper by the thousand
PRICE_LIST_ITEMS = {
    "001": [(p.code, p.price, 1) for p in PRODUCTS.values() if not p.blocked] + [("PA0001", "9.90", 1, "999999.99")],
    "002": [("PA0001", "9.80", 1), ("PA0002", "2.05", 1), ("PA0003", "115.00", 1),
            ("PA0004", "42.00", 1), ("PA0006", "0.45", 1), ("PA0007", "1.60", 1),
            ("ME0001", "289.00", 1), ("MP0002", "0.07", 2)],  # imported resin, priced in dollars
    "003": [("PA0001", "9.20", 1), ("PA0002", "1.95", 1), ("PA0003", "110.00", 1)],
    "004": [("PA0001", "8.50", 1), ("PA0004", "40.00", 1)],
}
SCREWS_BY_THE_THOUSAND = Decimal("999.99")  # list 001's first band of PA0001


def _band(list_code: str, product: str, limit) -> Decimal:
    if limit is not None:
        return Decimal(limit)
    has_bands = sum(1 for item in PRICE_LIST_ITEMS[list_code] if item[0] == product) > 1
    return SCREWS_BY_THE_THOUSAND if has_bands else NO_LIMIT


def list_price(table: str, product: str) -> Decimal:
    """The product's price in local currency on ``table`` (its first band), else its base price."""
    for code, price, currency, *_ in PRICE_LIST_ITEMS.get(table, []):
        if code == product and currency == LOCAL_CURRENCY:
            return Decimal(price)
    return PRODUCTS[product].base_price


def _add_price_lists(session: Session, today: dt.date) -> None:
    for code, description, valid_from, valid_to, active in PRICE_LISTS:
        session.add(DA0(DA0_CODTAB=code, DA0_DESCRI=description, DA0_DATDE=days(today, valid_from),
                        DA0_DATATE=days(today, valid_to), DA0_TPHORA="1", DA0_ATIVO=active))
        session.add_all(
            DA1(DA1_CODTAB=code, DA1_ITEM=f"{n:04d}", DA1_CODPRO=product, DA1_PRCVEN=Decimal(price),
                DA1_MOEDA=Decimal(currency), DA1_ATIVO="1", DA1_QTDLOT=_band(code, product, limit[0] if limit else None),
                DA1_DATVIG=days(today, valid_from))
            for n, (product, price, currency, *limit) in enumerate(PRICE_LIST_ITEMS[code], start=1))


def _add_discount_rules(session: Session, today: dt.date) -> None:
    """Two rules: El Tornillo's head office gets 5 % off screws up to 500 and 8 % beyond; any
    customer gets 3 % on documents from 10,000 up."""
    session.add_all([
        ACO(ACO_CODREG="000001", ACO_DESCRI="TORNILLERIA EL TORNILLO", ACO_CODCLI="000001", ACO_LOJA="01",
            ACO_DATDE=days(today, -90), ACO_DATATE=days(today, 275)),
        ACP(ACP_CODREG="000001", ACP_ITEM="001", ACP_GRUPO="0001", ACP_PERDES=Decimal(5), ACP_FAIXA=Decimal(500)),
        ACP(ACP_CODREG="000001", ACP_ITEM="002", ACP_GRUPO="0001", ACP_PERDES=Decimal(8),
            ACP_FAIXA=Decimal("999999.99")),
        ACO(ACO_CODREG="000002", ACO_DESCRI="VOLUMEN GENERAL", ACO_PERDES=Decimal(3), ACO_FAIXA=Decimal(10000)),
    ])


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
COST_SHARE = Decimal("0.60")  # what a unit costs us, as a share of its base price


def _add_stock(session: Session) -> None:
    assert set(STOCK) == set(PRODUCTS) - NOT_STOCKED
    for product, warehouses in STOCK.items():
        cost = (PRODUCTS[product].base_price * COST_SHARE).quantize(Decimal("0.0001"))
        for warehouse, (current, reserved, committed) in warehouses.items():
            session.add(SB2(B2_COD=product, B2_LOCAL=warehouse, B2_QATU=Decimal(current), B2_CM1=cost,
                            B2_VATU1=(cost * current).quantize(Decimal("0.01")), B2_RESERVA=Decimal(reserved),
                            B2_QEMP=Decimal(committed)))
