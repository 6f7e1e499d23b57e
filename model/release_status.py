"""The status of a sales order item, read from its release (SC9), as Protheus' legend shows it.

| code | when |
|---|---|
| 1 portfolio | the item has no SC9 release yet |
| 2 released | C9_BLCRED and C9_BLEST blank |
| 3 credit lock | C9_BLCRED not blank, '10' or 'ZZ' ('09': rejected, also a credit lock) |
| 4 stock lock | C9_BLEST not blank, '10' or 'ZZ' |
| 5 invoiced | C9_BLCRED and C9_BLEST both '10' (or 'ZZ') |

This module is the one place that reads those codes; everything else asks it.
"""
from __future__ import annotations

from model import messages

PORTFOLIO, RELEASED, CREDIT_LOCK, STOCK_LOCK, INVOICED = "1", "2", "3", "4", "5"
STATUSES = (PORTFOLIO, RELEASED, CREDIT_LOCK, STOCK_LOCK, INVOICED)
DONE = ("10", "ZZ")  # C9_BLCRED / C9_BLEST once the item is invoiced

# Block codes the back office writes (MATA440/455/460).
CREDIT_BY_VALUE = "01"  # the release exceeds the credit limit
CREDIT_EXPIRED = "04"  # the credit limit is past its due date (A1_VENCLC)
STOCK_SHORT = "02"  # not enough available stock
INVOICED_CODE = "10"

# How far along the life of an order each status is: the order is as far as its least
# advanced item (a portfolio item keeps the whole order in portfolio).
_PROGRESS = {PORTFOLIO: 0, CREDIT_LOCK: 1, STOCK_LOCK: 2, RELEASED: 3, INVOICED: 4}


def release_status(blcred: str | None, blest: str | None, *, released: bool = True) -> str:
    """The status code of one release row (``released=False``: the item has none yet)."""
    if not released:
        return PORTFOLIO
    blcred, blest = (blcred or "").strip(), (blest or "").strip()
    if blcred in DONE and blest in DONE:
        return INVOICED
    if blcred and blcred not in DONE:
        return CREDIT_LOCK
    if blest and blest not in DONE:
        return STOCK_LOCK
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
