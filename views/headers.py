"""GETHEADER/PRTHEADER: the grid header of a structure, as Protheus builds it: a hand-made list
of columns per structure (not every field, in the order the portal's grids expect), each column
described like its data-dictionary field (title in the session language, type, size, decimals,
picture, options, look-up and whether it is required).

A :class:`Grid` is that list for one HEADERTYPE; the grids live beside the services that answer
them (``views/<area>.py``).
"""
from __future__ import annotations

from dataclasses import dataclass

LANGUAGE_INDEX = {"es": 0, "pt": 1, "en": 2}
PICTURE_BY_TYPE = {"C": "@!", "D": "", "L": "", "M": ""}


def options(*pairs: tuple[str, str, str, str]) -> tuple[str, str, str]:
    """A combobox in the three languages from (code, Spanish, Portuguese, English) tuples."""
    return tuple(";".join(f"{p[0]}={p[1 + i]}" for p in pairs) for i in range(3))


def options_from_messages(prefix: str, codes) -> tuple[str, str, str]:
    """A combobox whose texts are the message catalog's ``<prefix><code>`` entries."""
    from model.messages import TEXTS

    return options(*((code, *TEXTS[f"{prefix}{code}"]) for code in codes))


def numeric_picture(size: int, decimals: int) -> str:
    """Protheus' picture of a numeric field: the size counts the decimal point; the whole digits
    are grouped in thousands from the right (size 14, 2 decimals: ``@E 99,999,999,999.99``)."""
    if not decimals:
        return "@E " + "9" * max(size, 1)
    whole = "9" * max(size - decimals - 1, 1)
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"@E {','.join(groups)}.{'9' * decimals}"


@dataclass(frozen=True)
class Column:
    """One BRWHEADER: a field of the structure described like a dictionary field."""

    field: str
    type: str  # C, N, D, L or M
    size: int
    decimals: int
    titles: tuple[str, str, str]  # Spanish, Portuguese, English
    picture: str | None = None  # None: the usual picture of the type
    combobox: tuple[str, str, str] | None = None
    required: bool = False
    f3: str = ""

    def title(self, lang: str) -> str:
        return self.titles[LANGUAGE_INDEX[lang]] or self.field

    def header(self, lang: str) -> dict:
        picture = self.picture
        if picture is None:
            picture = numeric_picture(self.size, self.decimals) if self.type == "N" else PICTURE_BY_TYPE[self.type]
        return {
            "HEADERCOMBOBOX": self.combobox[LANGUAGE_INDEX[lang]] if self.combobox else "",
            "HEADERDEC": self.decimals, "HEADERF3": self.f3, "HEADERFIELD": self.field,
            "HEADEROBLIG": self.required, "HEADERPICTURE": picture, "HEADERSIZE": self.size,
            "HEADERTITLE": self.title(lang), "HEADERTYPE": self.type,
        }


def C(field, size, es, pt, en, **kw) -> Column:
    """A text column."""
    return Column(field, "C", size, 0, (es, pt, en), **kw)


def N(field, size, decimals, es, pt, en, **kw) -> Column:
    """A numeric column (size counts the decimal point, as in Protheus)."""
    return Column(field, "N", size, decimals, (es, pt, en), **kw)


def D(field, es, pt, en, **kw) -> Column:
    """A date column."""
    return Column(field, "D", 8, 0, (es, pt, en), **kw)


def L(field, es, pt, en, **kw) -> Column:
    """A logical column."""
    return Column(field, "L", 1, 0, (es, pt, en), **kw)


def M(field, es, pt, en, **kw) -> Column:
    """A memo (long text) column."""
    return Column(field, "M", 10, 0, (es, pt, en), **kw)


@dataclass(frozen=True)
class Grid:
    """The columns GETHEADER answers for one HEADERTYPE (``structure`` names the structure whose
    fields they are; a few HEADERTYPEs name no structure of their own)."""

    name: str
    columns: tuple[Column, ...]
    structure: str | None = None

    def headers(self, lang: str) -> list[dict]:
        return [c.header(lang) for c in self.columns]

    def column(self, field: str) -> Column:
        for c in self.columns:
            if c.field == field:
                return c
        raise KeyError(field)


def from_dictionary(field: str, column: str, **overrides) -> Column:
    """A column described like dictionary field ``column`` (``F2_SERIE``): its titles, type,
    size, decimals, picture (the type's usual one when the dictionary gives none), options,
    look-up and whether it is required, from model/dictionary's facts; ``overrides`` replace any
    of them (``titles=(es, pt, en)``, ``size=...``)."""
    from model.dictionary import table_facts

    prefix = column.split("_")[0]
    alias = prefix if len(prefix) == 3 else f"S{prefix}"
    facts = next(f for f in table_facts(alias)["fields"] if f["name"] == column)
    combobox = facts.get("combobox")
    described = dict(
        field=field, type=facts["type"], size=facts["size"], decimals=facts["decimals"],
        titles=(facts["title"]["es"], facts["title"]["pt"], facts["title"]["en"]), picture=facts["picture"] or None,
        combobox=(combobox["es"], combobox["pt"], combobox["en"]) if combobox else None,
        required=facts["required"], f3=facts["f3"])
    described.update(overrides)
    return Column(**described)
