"""Quotes (SCJ header, SCK items) placed through the portal, with the same header and item rules
as sales orders (:mod:`model.sales_rules`); a quote changes or goes only while open, and becomes
a sales order when the customer accepts it (EFFECTBUDGET, Protheus' MATA416)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from model import documents, messages, query, sales_order
from model.access import Customer
from model.database import insert_rows, soft_delete
from model.documents import QUOTE
from model.errors import PortalError
from model.numbering import next_number
from model.sales_rules import (
    ZERO,
    HeaderColumns,
    ItemInput,
    PricedItem,
    columns_as_sent,
    document_terms,
    price_items,
    text_of,
)
from model.tables import SCJ, SCK
from model.validation import check_width

OPEN, CONVERTED, CANCELLED, NOT_BUDGETED, APPROVED = "A", "B", "C", "D", "E"  # CJ_STATUS
STATUSES = (OPEN, CONVERTED, CANCELLED, NOT_BUDGETED, APPROVED)
VALIDITY = dt.timedelta(days=30)  # a quote is valid 30 days unless the client says otherwise
HEADER_DISCOUNTS = ("CJ_DESC1", "CJ_DESC2", "CJ_DESC3", "CJ_DESC4")
HEADER_AS_SENT = ("CJ_COTCLI", "CJ_FRETE", "CJ_SEGURO", "CJ_DESPESA", "CJ_FRETAUT", "CJ_TIPLIB", "CJ_TPCARGA",
                  "CJ_DESCONT", "CJ_PDESCAB")
QUOTE_TERMS = HeaderColumns("CJ_CLIENTE", "CJ_LOJA", "CJ_CLIENT", "CJ_LOJAENT", "CJ_CONDPAG", "CJ_TABELA", "CJ_MOEDA",
                            HEADER_DISCOUNTS)
ITEM_AS_SENT = ("CK_PEDCLI", "CK_OBS", "CK_CLASFIS", "CK_FILVEN", "CK_FILENT")
BUDGET_COLUMNS = query.browse_columns(SCJ)
HEADER_COLUMNS_BY_NAME = {c.name: c for c in SCJ.__table__.columns}
ITEM_COLUMNS_BY_NAME = {c.name: c for c in SCK.__table__.columns}


@dataclass
class Budget:
    header: dict | SCJ
    items: list


def status_text(code: str, lang: str) -> str | None:
    """The text of a quote status in ``lang`` (None for a code Protheus does not know)."""
    return messages.text(f"budget_status_{code}", lang) if code in STATUSES else None



def build_budget(session: Session, customer: Customer, header: dict, items: list[ItemInput], day: dt.date,
                 number: str = "", reprice: bool = False, rate_day: dt.date | None = None) -> Budget:
    """Check and compute a quote for ``customer`` issued on ``day``; writes nothing."""
    shared = document_terms(session, customer, header, QUOTE_TERMS, day)
    validity = header.get("CJ_VALIDA") or day + VALIDITY
    if validity < day:
        raise PortalError("bad_value", field="CJ_VALIDA", value=validity.isoformat())
    sent = columns_as_sent(header, HEADER_AS_SENT, SCJ)
    priced = price_items(session, items, shared.pricing(session, day, reprice, rate_day), "CK_ITEM")
    row = sales_order.blank_row(SCJ)
    row.update({"CJ_NUM": number, "CJ_CLIENTE": shared.buyer.A1_COD, "CJ_LOJA": shared.buyer.A1_LOJA,
                "CJ_CLIENT": shared.delivery_customer, "CJ_LOJAENT": shared.delivery_store, "CJ_EMISSAO": day,
                "CJ_VALIDA": validity, "CJ_CONDPAG": shared.plan, "CJ_TABELA": shared.price_list,
                "CJ_MOEDA": Decimal(shared.currency), "CJ_STATUS": OPEN, **dict(zip(HEADER_DISCOUNTS, shared.discounts)),
                **sent})
    return Budget(row, [_item_columns(number, i) for i in priced])


def _item_columns(number: str, item: PricedItem) -> dict:
    row = sales_order.blank_row(SCK)
    row.update({"CK_NUM": number, "CK_ITEM": item.item, "CK_PRODUTO": item.product.B1_COD,
                "CK_DESCRI": item.product.B1_DESC, "CK_UM": item.product.B1_UM, "CK_QTDVEN": item.quantity,
                "CK_PRCVEN": item.net_price, "CK_PRUNIT": item.list_price, "CK_DESCONT": item.discount,
                "CK_VALDESC": item.discount_value, "CK_VALOR": item.total, "CK_OPER": item.operation,
                "CK_TES": item.tes.F4_CODIGO, "CK_LOCAL": item.warehouse, "CK_ENTREG": item.delivery})
    for column_name in ITEM_AS_SENT:
        value = item.extra.get(column_name)
        if value:
            row[column_name] = check_width(str(value), ITEM_COLUMNS_BY_NAME[column_name].type.length, column_name)
    return row


def total(items) -> Decimal:
    return sum(((i["CK_VALOR"] if isinstance(i, dict) else i.CK_VALOR) for i in items), ZERO)


# --- reading ---------------------------------------------------------------------------------


def get_budget(session: Session, customer: Customer, number: str) -> Budget:
    budget = documents.read_document(session, QUOTE, customer, number)
    return Budget(budget, documents.read_items(session, QUOTE, budget.CJ_NUM))


def _filtered(stmt, customer: Customer, date_from, date_to, reference_from, reference_to, queryaddwhere):
    stmt = stmt.where(documents.of_customer(QUOTE, customer))
    stmt = query.date_range(stmt, SCJ.CJ_EMISSAO, date_from, date_to, "REGISTERDATEFROM")
    if (reference_from or "").strip():
        stmt = stmt.where(SCJ.CJ_COTCLI >= reference_from.strip())
    if (reference_to or "").strip():
        stmt = stmt.where(SCJ.CJ_COTCLI <= reference_to.strip())
    return query.where(stmt, queryaddwhere, BUDGET_COLUMNS)


def browse_budgets(session: Session, customer: Customer, paginate, *, date_from=None, date_to=None,
                   reference_from=None, reference_to=None, queryaddwhere=None, indexkey=None) -> list[SCJ]:
    """BRWBUDGET: the customer's quotes issued in a period and within a range of the customer's
    references (CJ_COTCLI), ordered (default: issue date) and paged."""
    stmt = _filtered(select(SCJ), customer, date_from, date_to, reference_from, reference_to, queryaddwhere)
    stmt = query.order_by(stmt, indexkey, BUDGET_COLUMNS, [SCJ.CJ_EMISSAO], tiebreak=SCJ.R_E_C_N_O_)
    return list(session.scalars(paginate(stmt)))


def count_budgets(session: Session, customer: Customer, **filters) -> int:
    """BRWTOTALBUDGET: how many quotes BRWBUDGET would list with the same filters."""
    return session.scalar(_filtered(select(func.count(SCJ.R_E_C_N_O_)), customer, filters.get("date_from"),
                                    filters.get("date_to"), filters.get("reference_from"),
                                    filters.get("reference_to"), filters.get("queryaddwhere")))


# --- writing ---------------------------------------------------------------------------------


def _open(budget: SCJ) -> SCJ:
    if budget.CJ_STATUS != OPEN:
        raise PortalError("budget_not_open", budget=budget.CJ_NUM)
    return budget


def put_budget(session: Session, customer: Customer, header: dict, items: list[ItemInput], today: dt.date) -> str:
    """PUTBUDGET: a new quote (no number) or a change of an open one; the quote number."""
    number = text_of(header, "CJ_NUM")
    if not number:
        computed = build_budget(session, customer, header, items, today)
        number = next_number(session, "SCJ", 6)
        session.add(SCJ(**{**computed.header, "CJ_NUM": number}))
        insert_rows(session, SCK, [{**row, "CK_NUM": number} for row in computed.items])
        return number
    stored = _open(documents.find(session, QUOTE, customer, number, lock=True))
    computed = build_budget(session, customer, header, items, stored.CJ_EMISSAO or today, number, rate_day=today)
    for column_name, value in computed.header.items():
        if column_name not in ("CJ_NUM", "CJ_EMISSAO", "CJ_STATUS"):
            setattr(stored, column_name, value)
    documents.sync_items(session, QUOTE, documents.items_of(session, QUOTE, number), computed.items)
    return number


def simulate_budget(session: Session, customer: Customer, header: dict, items: list[ItemInput],
                    today: dt.date) -> Budget:
    """MTSIMULATIONBUDGET: the quote as PUTBUDGET would store it, writing nothing."""
    number = text_of(header, "CJ_NUM")
    issued = documents.find(session, QUOTE, customer, number).CJ_EMISSAO if number else today
    return build_budget(session, customer, header, items, issued or today, number, rate_day=today)


def delete_budget(session: Session, customer: Customer, number: str) -> None:
    """DELBUDGET: an open quote and its items are marked deleted."""
    budget = _open(documents.find(session, QUOTE, customer, number, lock=True))
    for row in (budget, *documents.items_of(session, QUOTE, budget.CJ_NUM)):
        soft_delete(row)


def effect_budget(session: Session, customer: Customer, number: str, today: dt.date) -> str:
    """EFFECTBUDGET: an open or approved quote becomes a sales order of today with its terms and
    items at the quote's prices; the quote is closed (B) and each item records the order
    (CK_NUMPV). The order's number."""
    budget = documents.find(session, QUOTE, customer, number, lock=True)
    if budget.CJ_STATUS not in (OPEN, APPROVED):
        raise PortalError("budget_not_open", budget=budget.CJ_NUM)
    items = documents.items_of(session, QUOTE, budget.CJ_NUM)
    header = {"C5_CLIENTE": budget.CJ_CLIENTE, "C5_LOJACLI": budget.CJ_LOJA, "C5_CLIENT": budget.CJ_CLIENT,
              "C5_LOJAENT": budget.CJ_LOJAENT, "C5_CONDPAG": budget.CJ_CONDPAG, "C5_TABELA": budget.CJ_TABELA,
              "C5_MOEDA": budget.CJ_MOEDA, "C5_FRETE": budget.CJ_FRETE, "C5_SEGURO": budget.CJ_SEGURO,
              "C5_DESPESA": budget.CJ_DESPESA, "C5_FRETAUT": budget.CJ_FRETAUT, "C5_TIPLIB": budget.CJ_TIPLIB,
              "C5_DESCONT": budget.CJ_DESCONT, "C5_PDESCAB": budget.CJ_PDESCAB,
              **{f"C5_DESC{n}": getattr(budget, f"CJ_DESC{n}") for n in range(1, 5)}}
    order_items = [ItemInput(item=i.CK_ITEM, product=i.CK_PRODUTO, quantity=i.CK_QTDVEN, tes=i.CK_TES,
                             net_price=i.CK_PRCVEN, list_price=i.CK_PRUNIT, discount=i.CK_DESCONT,
                             delivery=max(i.CK_ENTREG or today, today), warehouse=i.CK_LOCAL, operation=i.CK_OPER,
                             extra={"C6_PEDCLI": i.CK_PEDCLI})
                   for i in items]
    order = sales_order.add_order(session, sales_order.build_order(session, customer, header, order_items, today))
    budget.CJ_STATUS = CONVERTED
    for item in items:
        item.CK_NUMPV = order
    return order
