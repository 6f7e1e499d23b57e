"""The customer's sales statistics (FTCUSTOMERSALESSUMMARY): what it bought, returned, got as a
bonus and has on order in a period, in total or per product, in the currency asked for.

What is counted:

- sales invoices: the items of the customer's normal invoices (F2_TIPO ``N``) issued in the
  period whose TES generates receivables and moves stock and is not a bonus; net value = sum of
  D2_TOTAL (already net of the item's discount), volume = sum of D2_QUANT, gross value = sum of
  D2_TOTAL + D2_DESCON;
- bonus invoices: the same items whose TES is a bonus (F4_BONIF ``S``: goods given away);
- returns: the items of the customer's returns (D1_TIPO ``D``) entered in the period (D1_DTDIGIT);
  net = sum of D1_TOTAL - D1_VALDESC, volume, gross = sum of D1_TOTAL;
- orders (and bonus orders): the items of the customer's normal orders (C5_TIPO ``N``) issued in
  the period, TES as for invoices; net = C6_VALOR, volume = C6_QTDVEN, gross = C6_VALOR +
  C6_VALDESC, and what is still to deliver: volume C6_QTDVEN - C6_QTDENT, net at C6_PRCVEN,
  gross at C6_PRUNIT.

Every value is converted from the document's currency (F2_MOEDA, F1_MOEDA, C5_MOEDA) at the
rate of the document's own day (SM2), one sum per currency and day, as xMoeda does; volumes are
never converted. A day without the rate needed is a Client fault naming it.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Numeric, func, select, type_coerce
from sqlalchemy.orm import Session

from model import currencies, query
from model.access import Customer
from model.errors import PortalError
from model.sales_rules import ZERO, money
from model.tables import SB1, SC5, SC6, SD1, SD2, SF1, SF2, SF4

NORMAL, RETURN, YES = "N", "D", "S"
INVOICE_FIGURES = ("net", "volume", "gross")
ORDER_FIGURES = ("net", "volume", "gross", "net_balance", "volume_balance", "gross_balance")
VOLUMES = ("volume", "volume_balance")  # never converted
SALES, BONUS, RETURNS = "sales", "bonus", "returns"
INVOICE_COLUMNS = query.columns_of(SD2, SF2)
ORDER_COLUMNS = query.columns_of(SC5, SC6)
SUM_TYPE = Numeric(20, 4)


@dataclass(frozen=True)
class SummaryFilter:
    date_from: dt.date | None
    date_to: dt.date | None
    product_type: str = ""
    group: str = ""
    product: str = ""
    currency: int = currencies.LOCAL
    queryaddwhere: str | None = None


@dataclass
class Summary:
    """One line of figures, of every product (``product`` None) or of one."""

    product: str | None
    description: str
    values: dict[str, Decimal]


def currency_asked(value) -> int:
    """CURRENCY: 1 when not sent (or 0), else one of the five currencies."""
    if not value:
        return currencies.LOCAL
    if not 1 <= int(value) <= currencies.CURRENCY_COUNT:
        raise PortalError("bad_value", field="CURRENCY", value=value)
    return int(value)


def _tes(kind: str):
    """The TES of sales (receivables, stock, not a bonus) or of bonuses."""
    if kind == BONUS:
        return SF4.F4_BONIF == YES
    return (SF4.F4_DUPLIC == YES) & (SF4.F4_ESTOQUE == YES) & (SF4.F4_BONIF != YES)


def _code_filters(stmt, filters: SummaryFilter, type_column, group_column, product_column):
    for value, column, width in ((filters.product_type, type_column, 2), (filters.group, group_column, 4),
                                 (filters.product, product_column, 15)):
        value = (value or "").strip()[:width]
        if value:
            stmt = stmt.where(column == value)
    return stmt


def invoiced(session: Session, customer: Customer, filters: SummaryFilter, kind: str = SALES,
             by_product: bool = False) -> list[Summary]:
    """GETSALESINVOICE / GETBONUSINVOICE (and their GETPRODUCT... forms)."""
    stmt = (select(SD2.R_E_C_N_O_)
            .join(SF2, (SF2.F2_DOC == SD2.D2_DOC) & (SF2.F2_SERIE == SD2.D2_SERIE)
                  & (SF2.F2_CLIENTE == SD2.D2_CLIENTE) & (SF2.F2_LOJA == SD2.D2_LOJA))
            .join(SF4, SF4.F4_CODIGO == SD2.D2_TES)
            .where(SF2.F2_TIPO == NORMAL, SF2.F2_CLIENTE == customer.code, SF2.F2_LOJA == customer.store, _tes(kind)))
    stmt = query.date_range(stmt, SF2.F2_EMISSAO, filters.date_from, filters.date_to)
    stmt = _code_filters(stmt, filters, SD2.D2_TP, SD2.D2_GRUPO, SD2.D2_COD)
    stmt = query.where(stmt, filters.queryaddwhere, INVOICE_COLUMNS)
    figures = {"net": SD2.D2_TOTAL, "volume": SD2.D2_QUANT, "gross": SD2.D2_TOTAL + SD2.D2_DESCON}
    return _totals(session, stmt, figures, SD2.D2_COD, SF2.F2_MOEDA, SD2.D2_EMISSAO, filters.currency, by_product)


def returned(session: Session, customer: Customer, filters: SummaryFilter, by_product: bool = False) -> list[Summary]:
    """GETRETURNINVOICE (and GETPRODUCTRETURNINVOICE)."""
    stmt = (select(SD1.R_E_C_N_O_)
            .join(SF1, (SF1.F1_DOC == SD1.D1_DOC) & (SF1.F1_SERIE == SD1.D1_SERIE)
                  & (SF1.F1_FORNECE == SD1.D1_FORNECE) & (SF1.F1_LOJA == SD1.D1_LOJA) & (SF1.F1_TIPO == SD1.D1_TIPO))
            .where(SD1.D1_TIPO == RETURN, SD1.D1_FORNECE == customer.code, SD1.D1_LOJA == customer.store))
    stmt = query.date_range(stmt, SD1.D1_DTDIGIT, filters.date_from, filters.date_to)
    stmt = _code_filters(stmt, filters, SD1.D1_TP, SD1.D1_GRUPO, SD1.D1_COD)
    figures = {"net": SD1.D1_TOTAL - SD1.D1_VALDESC, "volume": SD1.D1_QUANT, "gross": SD1.D1_TOTAL}
    return _totals(session, stmt, figures, SD1.D1_COD, SF1.F1_MOEDA, SD1.D1_DTDIGIT, filters.currency, by_product)


def ordered(session: Session, customer: Customer, filters: SummaryFilter, kind: str = SALES,
            by_product: bool = False) -> list[Summary]:
    """GETSALESORDER / GETBONUSSALESORDER (and their GETPRODUCT... forms)."""
    stmt = (select(SC6.R_E_C_N_O_)
            .join(SC5, SC5.C5_NUM == SC6.C6_NUM)
            .join(SF4, SF4.F4_CODIGO == SC6.C6_TES)
            .join(SB1, SB1.B1_COD == SC6.C6_PRODUTO)
            .where(SC5.C5_TIPO == NORMAL, SC5.C5_CLIENTE == customer.code, SC5.C5_LOJACLI == customer.store,
                   _tes(kind)))
    stmt = query.date_range(stmt, SC5.C5_EMISSAO, filters.date_from, filters.date_to)
    stmt = _code_filters(stmt, filters, SB1.B1_TIPO, SB1.B1_GRUPO, SC6.C6_PRODUTO)
    stmt = query.where(stmt, filters.queryaddwhere, ORDER_COLUMNS)
    to_deliver = SC6.C6_QTDVEN - SC6.C6_QTDENT
    figures = {"net": SC6.C6_VALOR, "volume": SC6.C6_QTDVEN, "gross": SC6.C6_VALOR + SC6.C6_VALDESC,
               "net_balance": to_deliver * SC6.C6_PRCVEN, "volume_balance": to_deliver,
               "gross_balance": to_deliver * SC6.C6_PRUNIT}
    return _totals(session, stmt, figures, SC6.C6_PRODUTO, SC5.C5_MOEDA, SC5.C5_EMISSAO, filters.currency, by_product)


def _totals(session: Session, stmt, figures: dict, product_column, currency_column, day_column, to_currency: int,
            by_product: bool) -> list[Summary]:
    """Sum ``figures`` per (product,) currency and day in SQL, convert each sum at its day's rate,
    and add them up: per product (ordered by code) or in one line."""
    keys = ([product_column] if by_product else []) + [currency_column, day_column]
    sums = [func.sum(type_coerce(expression, SUM_TYPE)) for expression in figures.values()]
    rows = session.execute(stmt.with_only_columns(*keys, *sums).group_by(*keys)).all()
    needs = defaultdict(set)
    for row in rows:
        currency, day = int(row[-len(figures) - 2] or currencies.LOCAL), row[-len(figures) - 1]
        if currency != to_currency and day is not None:
            needs[day].update({currency, to_currency})
    rates = currencies.rates_of_days(session, needs)
    totals: dict[str | None, dict[str, Decimal]] = {}
    for row in rows:
        product = row[0] if by_product else None
        currency, day = int(row[-len(figures) - 2] or currencies.LOCAL), row[-len(figures) - 1]
        line = totals.setdefault(product, dict.fromkeys(figures, ZERO))
        for name, value in zip(figures, row[-len(figures):]):
            value = value or ZERO
            if name not in VOLUMES and currency != to_currency:
                value = currencies.convert(value, currency, to_currency, rates[day])
            line[name] += value
    if not by_product:
        line = totals.get(None, dict.fromkeys(figures, ZERO))
        return [Summary(None, "", _rounded(line))]
    codes = sorted(totals)
    names = dict(session.execute(select(SB1.B1_COD, SB1.B1_DESC).where(SB1.B1_COD.in_(codes))).all()) if codes else {}
    return [Summary(code, names.get(code, ""), _rounded(totals[code])) for code in codes]


def _rounded(line: dict[str, Decimal]) -> dict[str, Decimal]:
    return {name: (value if name in VOLUMES else money(value)) for name, value in line.items()}
