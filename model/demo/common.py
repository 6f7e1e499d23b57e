"""What every part of the demo shares: money and dates relative to the load day, the ledger of
documents for the customers' statistics."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from model import currencies
from model.tables import SC6, SE1, SF2

CENT = Decimal("0.01")
ZERO = Decimal(0)
LOCAL_CURRENCY = currencies.LOCAL
INVOICE_SERIES = "1"
SALES_NATURE = "1101"  # E1_NATUREZ of sales receivables


def money(value) -> Decimal:
    """Rounded to cents, half up (as Protheus rounds)."""
    return Decimal(value).quantize(CENT, ROUND_HALF_UP)


def percent_of(value: Decimal, rate: Decimal) -> Decimal:
    return money(value * rate / 100)


def days(today: dt.date, offset: int) -> dt.date:
    return today + dt.timedelta(days=offset)


@dataclass
class Ledger:
    """What the documents added so far amount to, for the customers' statistics (SA1)."""

    invoices: list[SF2] = field(default_factory=list)
    bills: list[SE1] = field(default_factory=list)
    order_items: list[SC6] = field(default_factory=list)

