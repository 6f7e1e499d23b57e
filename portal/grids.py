"""Grids and records as the standard portal draws them: the columns come from the service's
GETHEADER (title, type, decimals, picture, options), the page names which fields it wants in
which order, a field the header does not describe is left out."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class Column:
    field: str
    title: str
    type: str  # C N D L M
    size: int
    decimals: int
    picture: str
    options: dict[str, str]
    required: bool

    @classmethod
    def of(cls, header: dict) -> Column:
        options = {}
        for pair in (header.get("HEADERCOMBOBOX") or "").split(";"):
            code, equals, label = pair.partition("=")
            if equals:
                options[code.strip()] = label.strip()
        return cls(header["HEADERFIELD"], header.get("HEADERTITLE") or header["HEADERFIELD"],
                   header.get("HEADERTYPE") or "C", int(header.get("HEADERSIZE") or 0),
                   int(header.get("HEADERDEC") or 0), header.get("HEADERPICTURE") or "", options,
                   bool(header.get("HEADEROBLIG")))

    @property
    def numeric(self) -> bool:
        return self.type == "N"

    def show(self, value, yes_no: tuple[str, str] = ("Sí", "No")) -> str:
        """The value as the page shows it: numbers with the header's decimals (``@E``: 1.234,56),
        dates dd/mm/yyyy, options by their label."""
        if value is None or value == "":
            return ""
        if self.options:
            code = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value).strip()
            if code in self.options:
                return self.options[code]
        if self.type == "N" or isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
            return number(value, self.decimals, european=self.picture.upper().startswith("@E") or not self.picture)
        if self.type == "L" or isinstance(value, bool):
            return yes_no[0] if value else yes_no[1]
        if isinstance(value, (dt.date, dt.datetime)):
            return date(value)
        return str(value)


def number(value, decimals: int, european: bool = True) -> str:
    quantum = Decimal(1).scaleb(-decimals)
    text = f"{Decimal(str(value)).quantize(quantum, ROUND_HALF_UP):,.{decimals}f}"
    if european:
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def columns(header: list[dict], wanted: list[str] | None = None) -> list[Column]:
    """The header's columns named in ``wanted`` (all, in header order, when None)."""
    by_field = {h["HEADERFIELD"]: h for h in header}
    names = wanted if wanted is not None else [h["HEADERFIELD"] for h in header]
    return [Column.of(by_field[name]) for name in names if name in by_field]


__all__ = ["Column", "columns", "date", "number"]
