"""The demo's industrialization: each customer's own catalog (SA7), the material customers send
us to be processed and the screws we leave with one on consignment (SB6) with the documents that
moved them, and the production orders made for the customers' sales orders (SC2) with what they
require (SD4), their production and consumption (SD3) and their losses (SBC)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from model.demo.common import CENT, ZERO, days, money
from model.demo.products import PRODUCTS
from model.tables import SA7, SB6, SBC, SC2, SD1, SD2, SD3, SD4, SF1, SF2, SX5, ZSX

# --- the customers' catalogs (SA7) -----------------------------------------------------------

# (customer, store) -> [(product, the customer's code for it, its description)]
CUSTOMER_CATALOGS = {
    ("000001", "01"): [("PA0001", "TOR-HEX-14", "TORNILLO HEX 1/4 X 1 ZINC"),
                       ("PA0002", "TUE-HEX-14", "TUERCA HEX 1/4"),
                       ("PA0003", "MAR-27", "MARTILLO CARPINTERO 27MM"), ("PA0004", "DES-PH2", "DESTORNILLADOR PH2"),
                       ("MP0001", "ACERO-1010", "BARRA SAE 1010 12MM"), ("MP0002", "RES-EPOXI", "RESINA EPOXI")],
    ("000001", "02"): [("PA0002", "TUE-HEX-14", "TUERCA HEX 1/4"), ("PA0006", "ARA-14", "ARANDELA PLANA 1/4")],
    ("000002", "01"): [("PA0003", "HERR-MART", "MARTILLO"), ("ME0001", "LAT-BCO-4", "LATEX BLANCO 4L"),
                       ("ME0002", "ESM-NEG-1", "ESMALTE NEGRO 1L"), ("MP0002", "EPOXI-BASE", "BASE EPOXI")],
}


def _add_customer_catalogs(session: Session) -> None:
    session.add_all(SA7(A7_CLIENTE=customer, A7_LOJA=store, A7_PRODUTO=product, A7_CODCLI=code, A7_DESCCLI=text)
                    for (customer, store), items in CUSTOMER_CATALOGS.items() for product, code, text in items)


# --- stock in third parties' hands (SB6) and the documents that moved it ---------------------

THEIRS_IN, OURS_OUT = "D", "E"  # B6_TIPO
CUSTOMER_SERIES = "1"  # the series of the documents our customers send us
OUR_SERIES = "2"  # the series of our remittances and returns of third parties' material
RECEIVED_FOR_PROCESSING, RETURNED_PROCESSED = "002", "505"  # TES: their material in, back to them
SENT_ON_CONSIGNMENT, CONSIGNMENT_BACK = "503", "001"  # TES: ours out, back to us
CARRIER = "000001"


@dataclass(frozen=True)
class Movement:
    """A document that moved third parties' stock: its number and how many days ago."""

    doc: str
    days_ago: int
    quantity: int


@dataclass(frozen=True)
class Remittance:
    customer: tuple[str, str]
    product: str
    kind: str  # B6_TIPO: THEIRS_IN or OURS_OUT
    sent: Movement
    returns: tuple[Movement, ...] = ()

    @property
    def balance(self) -> int:
        return self.sent.quantity - sum(r.quantity for r in self.returns)

    def movements(self):
        """(movement, B6_PODER3, whether the document is the customer's) of the remittance and
        each of its returns."""
        theirs_in = self.kind == THEIRS_IN
        yield self.sent, "R", theirs_in
        for movement in self.returns:
            yield movement, "D", not theirs_in


# Their material comes with their own documents (series 1) and goes back with ours (series 2);
# our consignment goes with ours and comes back with theirs.
THIRD_PARTY_STOCK = [
    # El Tornillo's steel to be made into its screws: two returns of processed material so far
    Remittance(("000001", "01"), "MP0001", THEIRS_IN, Movement("000000501", 60, 500),
               (Movement("000000003", 20, 100), Movement("000000004", 10, 80))),
    Remittance(("000001", "01"), "MP0002", THEIRS_IN, Movement("000000502", 20, 100)),  # its resin, untouched
    Remittance(("000001", "01"), "MP0001", THEIRS_IN, Movement("000000480", 150, 200),
               (Movement("000000002", 120, 200),)),  # an older lot, all of it returned
    # our screws on consignment at El Tornillo: 600 came back
    Remittance(("000001", "01"), "PA0001", OURS_OUT, Movement("000000001", 120, 1000),
               (Movement("000000530", 60, 600),)),
    Remittance(("000002", "01"), "MP0002", THEIRS_IN, Movement("000000510", 10, 50),
               (Movement("000000005", 3, 20),)),
]


def _add_third_party_stock(session: Session, today: dt.date, customers) -> None:
    """Each remittance (B6_PODER3 'R', with its open balance) and a row per return ('D', the same
    B6_IDENT), and the invoice of every movement: the customer's (SF1, type B, from the customer)
    or ours (SF2, to the customer)."""
    for n, spec in enumerate(THIRD_PARTY_STOCK, start=1):
        product = PRODUCTS[spec.product]
        code, store = spec.customer
        common = dict(B6_CLIFOR=code, B6_LOJA=store, B6_PRODUTO=product.code, B6_LOCAL="01",
                      B6_PRUNIT=product.base_price, B6_UM=product.unit, B6_TIPO=spec.kind, B6_TPCF="C",
                      B6_IDENT=f"{n:06d}")
        for movement, power, theirs in spec.movements():
            on = days(today, -movement.days_ago)
            session.add(SB6(B6_DOC=movement.doc, B6_SERIE=CUSTOMER_SERIES if theirs else OUR_SERIES,
                            B6_EMISSAO=on, B6_DTDIGIT=on, B6_QUANT=Decimal(movement.quantity),
                            B6_SALDO=Decimal(spec.balance if power == "R" else 0), B6_PODER3=power, **common))
            if theirs:
                tes = RECEIVED_FOR_PROCESSING if spec.kind == THEIRS_IN else CONSIGNMENT_BACK
                _add_their_document(session, customers[spec.customer], movement, product, tes, on)
            else:
                tes = RETURNED_PROCESSED if spec.kind == THEIRS_IN else SENT_ON_CONSIGNMENT
                _add_our_document(session, customers[spec.customer], movement, product, tes, on)


def _add_their_document(session: Session, customer, movement: Movement, product, tes: str, on: dt.date) -> None:
    """A document the customer sent us with its material (type B: processing, of a customer)."""
    total = money(movement.quantity * product.base_price)
    key = dict(F1_DOC=movement.doc, F1_SERIE=CUSTOMER_SERIES, F1_FORNECE=customer.A1_COD, F1_LOJA=customer.A1_LOJA)
    session.add(SF1(**key, F1_TIPO="B", F1_ESPECIE="NF", F1_EMISSAO=days(on, -1), F1_DTDIGIT=on,
                    F1_VALMERC=total, F1_VALBRUT=total, F1_MOEDA=Decimal(1), F1_TRANSP=customer.A1_TRANSP))
    session.add(SD1(D1_DOC=movement.doc, D1_SERIE=CUSTOMER_SERIES, D1_FORNECE=customer.A1_COD,
                    D1_LOJA=customer.A1_LOJA, D1_ITEM="0001", D1_COD=product.code, D1_UM=product.unit,
                    D1_TP=product.type, D1_GRUPO=product.group, D1_QUANT=Decimal(movement.quantity),
                    D1_VUNIT=product.base_price, D1_TOTAL=total, D1_TES=tes, D1_TIPO="B", D1_LOCAL="01",
                    D1_DTDIGIT=on, D1_EMISSAO=days(on, -1)))


def _add_our_document(session: Session, customer, movement: Movement, product, tes: str, on: dt.date) -> None:
    """A document of ours that took third parties' material back, or ours to them."""
    quantity = Decimal(movement.quantity)
    total = money(quantity * product.base_price)
    per_box = max(product.per_package, 1)
    session.add(SF2(F2_DOC=movement.doc, F2_SERIE=OUR_SERIES, F2_CLIENTE=customer.A1_COD, F2_LOJA=customer.A1_LOJA,
                    F2_TIPO="N", F2_ESPECIE="REM", F2_EMISSAO=on, F2_DTENTR=days(on, 1), F2_EST=customer.A1_EST,
                    F2_TIPOCLI=customer.A1_TIPO, F2_VALBRUT=total, F2_VALMERC=total, F2_TRANSP=CARRIER,
                    F2_VOLUME1=(quantity / per_box).to_integral_value(), F2_ESPECI1="CAJAS",
                    F2_PLIQUI=quantity * Decimal(product.net_weight),
                    F2_PBRUTO=quantity * Decimal(product.gross_weight),
                    F2_MOEDA=Decimal(1), F2_PREFIXO=OUR_SERIES))
    session.add(SD2(D2_DOC=movement.doc, D2_SERIE=OUR_SERIES, D2_CLIENTE=customer.A1_COD, D2_LOJA=customer.A1_LOJA,
                    D2_ITEM="01", D2_COD=product.code, D2_UM=product.unit, D2_GRUPO=product.group, D2_TP=product.type,
                    D2_QUANT=quantity, D2_PRCVEN=product.base_price, D2_PRUNIT=product.base_price, D2_TOTAL=total,
                    D2_VALBRUT=total, D2_TES=tes, D2_LOCAL="01", D2_EMISSAO=on, D2_TIPO="N"))


# --- production orders ---------------------------------------------------------------------

# What one unit of each product consumes: [(component, quantity per unit)]
BILLS_OF_MATERIALS = {
    "PA0001": [("MP0001", "0.012")], "PA0002": [("MP0001", "0.004")],
    "PA0003": [("MP0001", "0.5"), ("MP0002", "0.05")], "PA0004": [("MP0001", "0.08")],
    "PA0005": [("MP0001", "0.7")], "PA0006": [("MP0001", "0.002")],
}
STEEL_LOT = "TOR0501"  # the lot of El Tornillo's steel (its document 000000501, 60 days ago)
STEEL_LOT_VALID = 3650 - 60  # days from today: ten years from its arrival
FIRM, PLANNED = "F", "P"  # C2_TPOP
NORMAL, SUSPENDED, CLOSED_OFF = "N", "U", "S"  # C2_STATUS
PRODUCTION_TM, REQUISITION_TM = "010", "999"  # D3_TM
# SX5 table 43: reasons of a loss (X5_CHAVE, Spanish, Portuguese, English)
LOSS_REASONS = [("01", "MATERIAL CON FALLAS", "MATERIAL COM DEFEITO", "FAULTY MATERIAL"),
                ("02", "FALLA DE MAQUINA", "FALHA DE MAQUINA", "MACHINE FAILURE"),
                ("03", "ERROR DE OPERACION", "ERRO DE OPERACAO", "OPERATING ERROR")]
SCRAP, REWORK = "S", "R"  # BC_TIPO


@dataclass(frozen=True)
class Loss:
    days_from_today: int
    quantity: int
    kind: str  # BC_TIPO
    reason: str  # SX5 43


@dataclass(frozen=True)
class ProductionOrderSpec:
    number: str
    product: str
    quantity: int
    issued: int  # days from today
    start: int
    end: int
    appointments: tuple[tuple[int, int], ...] = ()  # (days from today, quantity produced)
    losses: tuple[Loss, ...] = ()
    closed: int | None = None  # C2_DATRF, days from today
    situation: str = NORMAL
    kind: str = FIRM
    order: str = ""  # the sales order it is made for (blank: for stock)
    item: str = ""
    adjusted: tuple[int, str, int, str] | None = None  # start day, hour, end day, hour
    note: str = ""

    @property
    def key(self) -> str:
        """Its number as SD3/SD4/SBC name it: C2_NUM + C2_ITEM + C2_SEQUEN."""
        return f"{self.number}01001"

    @property
    def produced(self) -> int:
        return sum(q for _, q in self.appointments)

    @property
    def lost(self) -> int:
        return sum(loss.quantity for loss in self.losses)


PRODUCTION_ORDERS = [
    ProductionOrderSpec("000001", "PA0001", 300, -52, -50, -47, appointments=((-49, 150), (-47, 150)),
                        losses=(Loss(-47, 5, SCRAP, "02"),), closed=-46, situation=CLOSED_OFF,
                        order="000105", item="01", note="CON ACERO DEL CLIENTE"),
    ProductionOrderSpec("000002", "PA0003", 10, -6, -4, 7, order="000104", item="01"),
    ProductionOrderSpec("000003", "PA0002", 200, -2, -1, 10, appointments=((-1, 50),),
                        losses=(Loss(-1, 3, REWORK, "01"),), situation=SUSPENDED, order="000101", item="02",
                        adjusted=(2, "08:00", 12, "17:30"), note="SUSPENDIDA: FALTA MATRIZ"),
    ProductionOrderSpec("000004", "PA0003", 5, -4, -3, 5, appointments=((-2, 2),), order="000201", item="02"),
    ProductionOrderSpec("000005", "PA0005", 50, -15, -10, 5, appointments=((-8, 10), (-5, 10))),
    ProductionOrderSpec("000006", "PA0004", 10, -1, 5, 12, kind=PLANNED, order="000102", item="02"),
    ProductionOrderSpec("000007", "PA0006", 1000, -30, -28, -24, appointments=((-26, 600), (-24, 380)),
                        losses=(Loss(-24, 20, SCRAP, "03"),), closed=-23, order="000107", item="01"),
]
# (sales order, item) -> the production order made for it (C6_NUMOP)
PRODUCTION_OF_ORDER_ITEM = {(p.order, p.item): p.number for p in PRODUCTION_ORDERS if p.order}


def _add_production_orders(session: Session, today: dt.date) -> None:
    session.add_all(SX5(X5_TABELA="43", X5_CHAVE=code, X5_DESCSPA=es, X5_DESCRI=pt, X5_DESCENG=en)
                    for code, es, pt, en in LOSS_REASONS)
    sequence = 0  # D3_NUMSEQ
    for spec in PRODUCTION_ORDERS:
        product = PRODUCTS[spec.product]
        open_quantity = Decimal(0) if spec.closed is not None else Decimal(spec.quantity - spec.produced - spec.lost)
        start_adjusted, start_hour, end_adjusted, end_hour = spec.adjusted or (None, "", None, "")
        session.add(SC2(
            C2_NUM=spec.number, C2_ITEM="01", C2_SEQUEN="001", C2_PRODUTO=product.code, C2_LOCAL="01",
            C2_UM=product.unit, C2_QUANT=Decimal(spec.quantity), C2_QTSEGUM=_second_unit(product, spec.quantity),
            C2_QUJE=Decimal(spec.produced), C2_PERDA=Decimal(spec.lost), C2_EMISSAO=days(today, spec.issued),
            C2_DATPRI=days(today, spec.start), C2_DATPRF=days(today, spec.end),
            C2_DATAJI=days(today, start_adjusted) if spec.adjusted else None, C2_HORAJI=start_hour,
            C2_DATAJF=days(today, end_adjusted) if spec.adjusted else None, C2_HORAJF=end_hour,
            C2_DATRF=days(today, spec.closed) if spec.closed is not None else None,
            C2_PEDIDO=spec.order, C2_ITEMPV=spec.item, C2_STATUS=spec.situation, C2_TPOP=spec.kind,
            C2_PRIOR="500", C2_REVISAO="001", C2_CC="3100", C2_OBS=spec.note))
        for n, (component, per_unit) in enumerate(BILLS_OF_MATERIALS[spec.product], start=1):
            required = (Decimal(spec.quantity) * Decimal(per_unit)).quantize(CENT)
            lot = _lot(spec, component)
            session.add(SD4(D4_OP=spec.key, D4_COD=component, D4_LOCAL="01", D4_TRT=f"{n:03d}",
                            D4_DATA=days(today, spec.start), D4_QTDEORI=required,
                            D4_QUANT=(open_quantity * Decimal(per_unit)).quantize(CENT),
                            D4_LOTECTL=lot, D4_DTVALID=days(today, STEEL_LOT_VALID) if lot else None))
        appointed_on = {}  # day -> D3_NUMSEQ of its production
        for n, (day, quantity) in enumerate(spec.appointments, start=1):
            sequence += 1
            appointed_on[day] = f"{sequence:06d}"
            loss = sum(loss.quantity for loss in spec.losses if loss.days_from_today == day)
            _add_appointment(session, today, spec, product, day, n, appointed_on[day], quantity, loss)
        for loss in spec.losses:
            destination = BILLS_OF_MATERIALS[spec.product][0] if loss.kind == SCRAP else None
            session.add(SBC(
                BC_OP=spec.key, BC_PRODUTO=product.code, BC_LOCORIG="01", BC_QUANT=Decimal(loss.quantity),
                BC_CODDEST=destination[0] if destination else "", BC_LOCAL="01" if destination else "",
                BC_QTDDEST=(loss.quantity * Decimal(destination[1])).quantize(CENT) if destination else ZERO,
                BC_TIPO=loss.kind, BC_MOTIVO=loss.reason, BC_DATA=days(today, loss.days_from_today),
                BC_OPERADO="000012", BC_RECURSO="PRENSA", BC_OPERAC="10",
                BC_SEQSD3=appointed_on[loss.days_from_today]))
    session.add(ZSX(ZSX_CHAVE="SC2", ZSX_ULTIMO=max(p.number for p in PRODUCTION_ORDERS)))


def _lot(spec: ProductionOrderSpec, component: str) -> str:
    """El Tornillo's orders are made of its own steel, by its lot."""
    return STEEL_LOT if component == "MP0001" and spec.order in ("000105", "000101") else ""


def _second_unit(product, quantity) -> Decimal:
    return (Decimal(quantity) / product.per_package).quantize(CENT) if product.second_unit else ZERO


def _add_appointment(session: Session, today: dt.date, spec: ProductionOrderSpec, product, day: int, n: int,
                     sequence: str, quantity: int, loss: int) -> None:
    """A production appointment: the product made (PR0) and its components consumed (RE1)."""
    on = days(today, day)
    document = f"{spec.number}{n:03d}"
    common = dict(D3_OP=spec.key, D3_LOCAL="01", D3_DOC=document, D3_EMISSAO=on, D3_NUMSEQ=sequence,
                  D3_ESTORNO="", D3_CC="3100", D3_CONTA="1105010001")
    session.add(SD3(D3_TM=PRODUCTION_TM, D3_CF="PR0", D3_COD=product.code, D3_UM=product.unit,
                    D3_SEGUM=product.second_unit, D3_QUANT=Decimal(quantity),
                    D3_QTSEGUM=_second_unit(product, quantity), D3_PERDA=Decimal(loss),
                    D3_CUSTO1=money(quantity * product.base_price * Decimal("0.6")),
                    D3_LOTECTL=f"L{spec.number}", D3_DTVALID=on + dt.timedelta(days=product.shelf_life or 3650),
                    **common))
    for component, per_unit in BILLS_OF_MATERIALS[spec.product]:
        used = PRODUCTS[component]
        consumed = ((quantity + loss) * Decimal(per_unit)).quantize(CENT)
        lot = _lot(spec, component)
        session.add(SD3(D3_TM=REQUISITION_TM, D3_CF="RE1", D3_COD=component, D3_UM=used.unit, D3_QUANT=consumed,
                        D3_CUSTO1=money(consumed * used.base_price * Decimal("0.6")), D3_LOTECTL=lot,
                        D3_DTVALID=days(today, STEEL_LOT_VALID) if lot else None, **common))


def add_industrialization(session: Session, today: dt.date, customers) -> None:
    """The customers' catalogs, third parties' stock with its documents, and production orders."""
    _add_customer_catalogs(session)
    _add_third_party_stock(session, today, customers)
    _add_production_orders(session, today)
    session.add(ZSX(ZSX_CHAVE=f"SF2/{OUR_SERIES}", ZSX_ULTIMO=max(
        movement.doc for r in THIRD_PARTY_STOCK for movement, _, theirs in r.movements() if not theirs)))
