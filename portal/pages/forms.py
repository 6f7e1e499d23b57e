"""What the pages share: reading form values, date ranges, paging."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

PAGE_LEN = 10  # rows per page, as the standard portal's browses


def parse_date(text: str | None) -> dt.date | None:
    """A date typed as ``yyyy-mm-dd`` (an HTML date input) or ``dd/mm/yyyy``; None when blank or
    not a date (the web service then applies its own default)."""
    text = (text or "").strip()
    for layout in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, layout).date()
        except ValueError:
            continue
    return None


def parse_number(text: str | None) -> float | None:
    """``12.5``, ``12,5`` or ``1.234,5``; None when blank or not a number."""
    text = (text or "").strip().replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    try:
        return float(Decimal(text))
    except (InvalidOperation, ValueError):
        return None


def page_number(text: str | None) -> int:
    try:
        return max(int(text or 1), 1)
    except ValueError:
        return 1


def first_of(page: int, page_len: int = PAGE_LEN) -> int:
    """PAGEFIRST of a 1-based page: the 1-based number of its first record."""
    return (page - 1) * page_len + 1


def pages_of(total: int, page_len: int = PAGE_LEN) -> int:
    return max((int(total or 0) + page_len - 1) // page_len, 1)


def default_range(days: int = 90) -> tuple[dt.date, dt.date]:
    """A browse's default period: the last ``days`` days up to today."""
    today = dt.date.today()
    return today - dt.timedelta(days=days), today


def iso(value) -> str:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else ""


def options(rows: list[dict] | None, code: str = "CODE", label: str = "DESCRIPTION") -> list[tuple[str, str]]:
    return [((r.get(code) or "").strip(), r.get(label) or "") for r in rows or []]


__all__ = ["PAGE_LEN", "default_range", "first_of", "iso", "options", "page_number", "pages_of", "parse_date",
           "parse_number"]
