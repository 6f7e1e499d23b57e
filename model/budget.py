"""Quotes (SCJ header, SCK items) placed through the portal, with the same header and item rules
as sales orders (:mod:`model.order_items`). A quote may change only while it is open."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import messages, query
from model.access import Customer
from model.database import insert_rows, soft_delete_where, update_rows
from model.errors import NotFound, PortalError
from model.numbering import next_number
from model.order_items import (ZERO, ItemInput, Terms, currency, document_customer, payment_plan, price_items,
                               price_list)
from model.tables import SCJ, SCK

OPEN, APPROVED, CANCELLED, NOT_BUDGETED = "A", "B", "C", "D"  # CJ_STATUS
VALIDITY = dt.timedelta(days=30)  # a quote is valid 30 days unless the client says otherwise
BUDGET_COLUMNS = query.columns_of(SCJ)


@dataclass(frozen=True)
class BudgetHeader:
    """The header fields a client sends (blank or None: not sent)."""

    number: str
    customer_code: str
    customer_store: str
    validity: dt.date | None = None
    payment_plan: str = ""
    price_list: str = ""
    currency: Decimal | None = None


@dataclass
class Budget:
    header: SCJ
    items: list[SCK]

    @property
    def total(self) -> Decimal:
        return sum((i.CK_VALOR for i in self.items), ZERO)


def status_text(code: str, lang: str) -> str:
    """The text of a quote status (A open, B approved, C cancelled, D not budgeted) in ``lang``."""
    return messages.text(f"budget_status_{code}", lang) if code in (OPEN, APPROVED, CANCELLED, NOT_BUDGETED) else ""


def find_budget(session: Session, customer: Customer, number: str, *, lock: bool = False) -> SCJ:
    """The customer's quote ``number``; another customer's is not found either."""
    stmt = select(SCJ).where(SCJ.CJ_NUM == (number or "").strip(), SCJ.CJ_CLIENTE == customer.code,
                             SCJ.CJ_LOJA == customer.store)
    budget = session.scalars(stmt.with_for_update() if lock else stmt).first()
    if budget is None:
        raise NotFound("budget_not_found")
    return budget


def items_of(session: Session, number: str) -> list[SCK]:
    return list(session.scalars(select(SCK).where(SCK.CK_NUM == number).order_by(SCK.CK_ITEM)))


def get_budget(session: Session, customer: Customer, number: str) -> Budget:
    budget = find_budget(session, customer, number)
    return Budget(budget, items_of(session, budget.CJ_NUM))


def browse_budgets(session: Session, customer: Customer, paginate, *, date_from=None, date_to=None,
                   queryaddwhere=None, indexkey=None) -> list[tuple[SCJ, Decimal]]:
    """The customer's quotes issued in a period with their totals, ordered (default CJ_NUM) and paged."""
    stmt = (select(SCJ, func.coalesce(func.sum(SCK.CK_VALOR), 0))
            .outerjoin(SCK, SCK.CK_NUM == SCJ.CJ_NUM)
            .where(SCJ.CJ_CLIENTE == customer.code, SCJ.CJ_LOJA == customer.store)
            .group_by(SCJ.R_E_C_N_O_))
    stmt = query.date_range(stmt, SCJ.CJ_EMISSAO, date_from, date_to, "REGISTERDATEFROM")
    stmt = query.where(stmt, queryaddwhere, BUDGET_COLUMNS)
    stmt = query.order_by(stmt, indexkey, BUDGET_COLUMNS, [SCJ.CJ_NUM], tiebreak=SCJ.R_E_C_N_O_)
    return [(budget, Decimal(total)) for budget, total in session.execute(paginate(stmt))]


def put_budget(session: Session, customer: Customer, header: BudgetHeader, items: list[ItemInput],
               today: dt.date) -> str:
    """PUTBUDGET: a new quote (no number) or a change of an open one; the quote number."""
    stored, day = None, today
    if header.number:
        stored = find_budget(session, customer, header.number, lock=True)
        if stored.CJ_STATUS != OPEN:
            raise PortalError("budget_not_open", budget=stored.CJ_NUM)
        day = stored.CJ_EMISSAO or today
    buyer = document_customer(session, customer, header.customer_code, header.customer_store)
    plan = payment_plan(session, header.payment_plan, buyer)
    table = price_list(session, header.price_list, buyer, day)
    money_code = currency(header.currency, "CURRENCY")
    validity = header.validity or day + VALIDITY
    if validity < day:
        raise PortalError("bad_value", field="VALIDITYDATE", value=validity.isoformat())
    priced = price_items(session, items, Terms(table, money_code, (), day))

    number = stored.CJ_NUM if stored else next_number(session, "SCJ", 6)
    values = dict(CJ_CLIENTE=buyer.A1_COD, CJ_LOJA=buyer.A1_LOJA, CJ_VALIDA=validity, CJ_CONDPAG=plan,
                  CJ_TABELA=table, CJ_MOEDA=Decimal(money_code))
    if stored is None:
        session.add(SCJ(CJ_NUM=number, CJ_EMISSAO=day, CJ_STATUS=OPEN, **values))
        by_item = {}
    else:
        for name, value in values.items():
            setattr(stored, name, value)
        by_item = {row.CK_ITEM: row.R_E_C_N_O_ for row in items_of(session, number)}
    rows = [dict(CK_NUM=number, CK_ITEM=i.item, CK_PRODUTO=i.product.B1_COD, CK_DESCRI=i.product.B1_DESC,
                 CK_QTDVEN=i.quantity, CK_PRCVEN=i.net_price, CK_PRUNIT=i.list_price, CK_DESCONT=i.discount,
                 CK_VALOR=i.total, CK_TES=i.tes.F4_CODIGO, CK_ENTREG=i.delivery) for i in priced]
    # items: the same item number is changed in place, new ones added, missing ones deleted
    sent = {row["CK_ITEM"] for row in rows}
    update_rows(session, SCK, [{**row, "R_E_C_N_O_": by_item[row["CK_ITEM"]]}
                               for row in rows if row["CK_ITEM"] in by_item])
    insert_rows(session, SCK, [row for row in rows if row["CK_ITEM"] not in by_item])
    gone = [recno for item, recno in by_item.items() if item not in sent]
    if gone:
        soft_delete_where(session, SCK, SCK.R_E_C_N_O_.in_(gone))
    return number
