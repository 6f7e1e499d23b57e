"""Production orders as a customer follows them (MTCUSTOMERPRODUCTIONORDER, MTPRODUCTIONORDER).

A production order (SC2) is the customer's when it was made for one of the customer's sales
orders (C2_PEDIDO -> SC5's customer and store); an order made for stock is nobody's. The portal
asks either for one customer's orders (CUSTOMERID) or, where the real operation takes no
CUSTOMERID, for those of every customer linked to the user (AI4): :class:`Owner` is either. An
order that is not the owner's is not found, exactly as one that does not exist.

An order is named by its number (C2_NUM), item (C2_ITEM) and sequence (C2_SEQUEN): POID, POITEM
and POSEQUENCE, which the portal also sends run together in POID. What belongs to an order
(requirements SD4, movements SD3, losses SBC) names it the same way, run together (D4_OP...).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import query
from model.access import Customer
from model.columns import same_text
from model.errors import NotFound, PortalError
from model.tables import AI4, SA1, SBC, SC2, SC5, SD3, SD4, SX5

OPEN, CLOSED = "OPEN", "CLOSE"  # STATUS: closed once it has an actual end (C2_DATRF)
NORMAL, SUSPENDED, CLOSED_OFF = "N", "U", "S"  # SITUATION (C2_STATUS)
FIRM, PLANNED = "F", "P"  # TYPEOFPO (C2_TPOP)
SITUATIONS, TYPES = (NORMAL, SUSPENDED, CLOSED_OFF), (FIRM, PLANNED)
LOSS_REASONS_TABLE = "43"  # SX5 table of the reasons of a loss
X5_DESCRIPTION = {"es": SX5.X5_DESCSPA, "pt": SX5.X5_DESCRI, "en": SX5.X5_DESCENG}
ORDER_COLUMNS = query.columns_of(SC2)
KEY = (SC2.C2_NUM, SC2.C2_ITEM, SC2.C2_SEQUEN, SC2.C2_ITEMGRD)
WIDTHS = (6, 2, 3, 3)  # of C2_NUM, C2_ITEM, C2_SEQUEN, C2_ITEMGRD


@dataclass(frozen=True)
class Owner:
    """Whose production orders: one customer's, or those of every customer linked to a portal
    user."""

    customer: Customer | None = None
    user: str | None = None

    def restrict(self, stmt):
        """``stmt`` (over SC2) narrowed to the owner's orders, by joins (one query)."""
        stmt = stmt.join(SC5, SC5.C5_NUM == SC2.C2_PEDIDO)
        if self.customer is not None:
            return stmt.where(SC5.C5_CLIENTE == self.customer.code, SC5.C5_LOJACLI == self.customer.store)
        return (stmt.join(AI4, (AI4.AI4_CODCLI == SC5.C5_CLIENTE) & (AI4.AI4_LOJCLI == SC5.C5_LOJACLI))
                .join(SA1, (SA1.A1_COD == AI4.AI4_CODCLI) & (SA1.A1_LOJA == AI4.AI4_LOJCLI))
                .where(AI4.AI4_CODUSU == self.user))


@dataclass(frozen=True)
class DateRanges:
    """The periods BRWPRODUCTIONORDER filters by, each (from, to), inclusive; a side left out is
    open. A blank date falls before any day, as in Protheus: an order without adjusted dates
    passes a ``...TO`` bound and fails a ``...FROM`` one."""

    issued: tuple = (None, None)  # PODATE: C2_EMISSAO
    start_forecast: tuple = (None, None)  # C2_DATPRI
    finish_forecast: tuple = (None, None)  # C2_DATPRF
    start_adjusted: tuple = (None, None)  # C2_DATAJI
    finish_adjusted: tuple = (None, None)  # C2_DATAJF

    def apply(self, stmt):
        for (date_from, date_to), column, name in (
                (self.issued, SC2.C2_EMISSAO, "PODATEFROM"),
                (self.start_forecast, SC2.C2_DATPRI, "STARTFORECASTDATEFROM"),
                (self.finish_forecast, SC2.C2_DATPRF, "FINISHFORECASTDATEFROM"),
                (self.start_adjusted, SC2.C2_DATAJI, "STARTADJUSTEDDATEFROM"),
                (self.finish_adjusted, SC2.C2_DATAJF, "FINISHADJUSTEDDATEFROM")):
            stmt = query.date_range(stmt, column, date_from, date_to, name)
        return stmt


def status(order: SC2) -> str:
    """OPEN until the order has an actual end (C2_DATRF), then CLOSE, as Protheus answers."""
    return CLOSED if order.C2_DATRF else OPEN


def number(order: SC2) -> str:
    """The order's number as SD3, SD4 and SBC name it: number, item, sequence (and grid item)."""
    return order.C2_NUM + order.C2_ITEM + order.C2_SEQUEN + order.C2_ITEMGRD


def _filtered(owner: Owner, ranges: DateRanges, queryaddwhere: str | None, stmt=None):
    stmt = owner.restrict(stmt if stmt is not None else select(SC2))
    return query.where(ranges.apply(stmt), queryaddwhere, ORDER_COLUMNS)


def browse(session: Session, owner: Owner, ranges: DateRanges, queryaddwhere: str | None, indexkey: str | None,
           paginate) -> list[SC2]:
    """BRWPRODUCTIONORDER: the owner's orders in the periods, ordered by INDEXKEY (default: by
    number) and paged. An empty page is a fault, as Protheus answers."""
    stmt = query.order_by(_filtered(owner, ranges, queryaddwhere), indexkey, ORDER_COLUMNS, list(KEY),
                          tiebreak=SC2.R_E_C_N_O_)
    orders = list(session.scalars(paginate(stmt)))
    if not orders:
        raise NotFound("no_production_order_found")
    return orders


def count(session: Session, owner: Owner, ranges: DateRanges, queryaddwhere: str | None) -> int:
    """BRWTOTALPRODUCTIONORDER: how many orders BRWPRODUCTIONORDER lists with the same filters."""
    return session.scalar(_filtered(owner, ranges, queryaddwhere, select(func.count(SC2.R_E_C_N_O_))))


def _key_parts(poid: str | None, poitem: str | None, posequence: str | None) -> list[str]:
    """POID + POITEM + POSEQUENCE run together, cut into number, item, sequence and grid item."""
    key = "".join((part or "").strip() for part in (poid, poitem, posequence))
    if not key:
        raise PortalError("required", field="POID")
    parts, start = [], 0
    for width in WIDTHS:
        parts.append(key[start:start + width])
        start += width
    if key[start:]:
        raise NotFound("production_order_not_found")
    return parts


def find(session: Session, owner: Owner, poid: str | None, poitem: str | None = "",
         posequence: str | None = "") -> SC2:
    """The owner's order named by POID, POITEM and POSEQUENCE: the first, by number, whose number
    begins with them run together (so a whole number in POID alone names it too, as the portal
    sends it). Another's order, or none, is not found."""
    stmt = owner.restrict(select(SC2))
    for column, width, part in zip(KEY, WIDTHS, _key_parts(poid, poitem, posequence)):
        if len(part) == width:
            stmt = stmt.where(column == part)
        elif part:
            stmt = stmt.where(column.startswith(part, autoescape=True))
    order = session.scalars(stmt.order_by(*KEY, SC2.R_E_C_N_O_).limit(1)).first()
    if order is None:
        raise NotFound("production_order_not_found")
    return order


def requirements(session: Session, order: SC2) -> list[SD4]:
    """BRWPOREQUIREMENTS: what the order requires of each component (SD4), by sequence."""
    rows = list(session.scalars(select(SD4).where(SD4.D4_OP == number(order))
                                .order_by(SD4.D4_TRT, SD4.D4_COD, SD4.R_E_C_N_O_)))
    if not rows:
        raise NotFound("no_requirement_found")
    return rows


def movements(session: Session, order: SC2) -> list[SD3]:
    """BRWPOAPPOINTMENT: the order's stock movements (SD3), its production and the consumption of
    its components, in the order they were recorded (reversed ones included, as Protheus lists
    them)."""
    rows = list(session.scalars(select(SD3).where(SD3.D3_OP == number(order))
                                .order_by(SD3.D3_EMISSAO, SD3.D3_NUMSEQ, SD3.R_E_C_N_O_)))
    if not rows:
        raise NotFound("no_appointment_found")
    return rows


@dataclass(frozen=True)
class Loss:
    loss: SBC
    reason: str  # the description of BC_MOTIVO (SX5 table 43) in the session's language


def losses(session: Session, order: SC2, lang: str) -> list[Loss]:
    """BRWPOLOSS: the order's losses (SBC) by date, each with the description of its reason."""
    rows = session.execute(
        select(SBC, func.coalesce(X5_DESCRIPTION[lang], ""))
        .outerjoin(SX5, (SX5.X5_TABELA == LOSS_REASONS_TABLE) & same_text(SX5.X5_CHAVE, SBC.BC_MOTIVO))
        .where(SBC.BC_OP == number(order)).order_by(SBC.BC_DATA, SBC.R_E_C_N_O_)).all()
    if not rows:
        raise NotFound("no_loss_found")
    return [Loss(loss, reason) for loss, reason in rows]
