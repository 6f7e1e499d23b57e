"""The status of a sales order item, read from its release (SC9), as Protheus' legend shows it.

| code | when |
|---|---|
| 1 portfolio | the item has no SC9 release yet |
| 2 released | C9_BLCRED and C9_BLEST blank |
| 3 credit lock | C9_BLCRED not blank, '10' or 'ZZ' ('09': rejected, also a credit lock) |
| 4 stock lock | C9_BLEST not blank, '10' or 'ZZ' |
| 5 invoiced | C9_BLCRED and C9_BLEST both '10' (or 'ZZ') |
| 6 WMS lock | C9_BLWMS other than blank, '05', '06' or '07' (the released states of the warehouse) |

This module is the one place that reads those codes; everything else asks it.
"""
from __future__ import annotations

from model import messages

PORTFOLIO, RELEASED, CREDIT_LOCK, STOCK_LOCK, INVOICED, WMS_LOCK = "1", "2", "3", "4", "5", "6"
STATUSES = (PORTFOLIO, RELEASED, CREDIT_LOCK, STOCK_LOCK, INVOICED)
DONE = ("10", "ZZ")  # C9_BLCRED / C9_BLEST once the item is invoiced
WMS_RELEASED = ("", "05", "06", "07")  # C9_BLWMS

# Block codes the back office writes (MATA440/455/460).
CREDIT_BY_VALUE = "01"  # the release exceeds the credit limit
CREDIT_EXPIRED = "04"  # the credit limit is past its due date (A1_VENCLC)
CREDIT_NOT_EVALUATED = "02"  # C9_BLCRED: credit not evaluated because the stock is short (MV_BLQCRED)
STOCK_SHORT = "02"  # not enough available stock
INVOICED_CODE = "10"

# How far along the life of an order each status is: the order is as far as its least
# advanced item (a portfolio item keeps the whole order in portfolio).
_PROGRESS = {PORTFOLIO: 0, CREDIT_LOCK: 1, STOCK_LOCK: 2, WMS_LOCK: 2, RELEASED: 3, INVOICED: 4}


def release_status(blcred: str | None, blest: str | None, blwms: str | None = "", *, released: bool = True) -> str:
    """The status code of one release row (``released=False``: the item has none yet), the
    first case of the legend that fits."""
    if not released:
        return PORTFOLIO
    blcred, blest, blwms = (blcred or "").strip(), (blest or "").strip(), (blwms or "").strip()
    if not blcred and not blest and blwms in WMS_RELEASED:
        return RELEASED
    if blcred in DONE and blest in DONE:
        return INVOICED
    if blcred and blcred not in DONE:
        return CREDIT_LOCK
    if blest and blest not in DONE:
        return STOCK_LOCK
    if blwms not in WMS_RELEASED:
        return WMS_LOCK
    return RELEASED


def order_status(item_statuses) -> str:
    """The status of an order: that of its least advanced item (portfolio when it has none)."""
    statuses = list(item_statuses)
    if not statuses:
        return PORTFOLIO
    return min(statuses, key=_PROGRESS.__getitem__)


def status_text(code: str, lang: str) -> str:
    """The legend's text of a status code in ``lang``."""
    return messages.text(f"order_status_{code}", lang)


def order_status_text(release_statuses, lang: str) -> str:
    """GETSTATUSRELEASE: one text for an order from the statuses of its releases (SC9 rows, in
    their order), folded as Protheus folds them: ``Cartera`` without releases; ``Liberado`` when
    every row is released; otherwise the distinct texts joined by commas, a released state
    written first as ``Liberado con ...`` (Protheus' own quirks kept: the joiner's spaces and the
    comma that follows it)."""
    joined, blocked = "", False
    released = status_text(RELEASED, lang)
    for code in release_statuses:
        text = status_text(code, lang)
        if text in joined:
            continue
        if code == RELEASED:
            joined = "," + text + messages.text("status_joiner", lang) + joined[1:]
        else:
            joined += "," + text
            blocked = True
    if not joined:
        return status_text(PORTFOLIO, lang)
    joined = joined[1:]
    return released if not blocked and released in joined else joined
