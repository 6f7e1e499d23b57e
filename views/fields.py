"""The vocabulary of a view description: fields, nested views and arrays."""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field

registry: dict[str, "View"] = {}

PICTURE_BY_KIND = {"C": "@!", "D": "", "L": ""}
LANGUAGE_INDEX = {"es": 0, "pt": 1, "en": 2}


def options(*pairs: tuple[str, str, str, str]) -> tuple[str, str, str]:
    """A combobox in the three languages from (code, Spanish, Portuguese, English) pairs."""
    return tuple(";".join(f"{p[0]}={p[1 + i]}" for p in pairs) for i in range(3))


def options_from_messages(prefix: str, codes) -> tuple[str, str, str]:
    """A combobox whose texts are the message catalog's ``<prefix><code>`` entries."""
    from model.messages import TEXTS

    return options(*((code, *TEXTS[f"{prefix}{code}"]) for code in codes))


@dataclass(frozen=True)
class ArrayOf:
    """An ``ARRAYOF<T>`` wrapper of a view or of ``"STRING"``."""

    item: "View | str"

    @property
    def type_name(self) -> str:
        name = self.item if isinstance(self.item, str) else self.item.name
        return f"ARRAYOF{name}"


@dataclass(frozen=True)
class Field:
    """One field of a view.

    ``kind`` is Protheus' field type: C text, N number, D date, L logical; a nested view or an
    ``ArrayOf`` for structures. ``titles`` are (Spanish, Portuguese, English).
    """

    name: str
    kind: "str | View | ArrayOf"
    size: int = 0
    decimals: int = 0
    titles: tuple[str, str, str] = ("", "", "")
    required: bool = False
    integer: bool = False  # a number sent as xsd:integer rather than xsd:float
    picture: str | None = None
    combobox: tuple[str, str, str] | None = None  # ("1=Alta;...", "1=Alta;...", "1=High;...")

    @property
    def is_scalar(self) -> bool:
        return isinstance(self.kind, str)

    def title(self, lang: str) -> str:
        return self.titles[LANGUAGE_INDEX[lang]] or self.name

    def options(self, lang: str) -> str | None:
        """HEADERCOMBOBOX in ``lang``: ``code=text`` pairs separated by ``;``."""
        return self.combobox[LANGUAGE_INDEX[lang]] if self.combobox else None

    def header_picture(self) -> str:
        if self.picture is not None:
            return self.picture
        if self.kind == "N":
            return numeric_picture(self.size, 0 if self.integer else self.decimals)
        return PICTURE_BY_KIND.get(self.kind, "")


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
class View:
    name: str
    fields: tuple[Field, ...] = dc_field(default_factory=tuple)

    def __post_init__(self):
        registry[self.name] = self

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


def C(name, size, es, pt, en, **kw) -> Field:
    """A text field."""
    return Field(name, "C", size, 0, (es, pt, en), **kw)


def N(name, size, decimals, es, pt, en, **kw) -> Field:
    """A numeric field (xsd:float, or xsd:integer with ``integer=True``)."""
    return Field(name, "N", size, decimals, (es, pt, en), **kw)


def D(name, es, pt, en, **kw) -> Field:
    """A date field."""
    return Field(name, "D", 8, 0, (es, pt, en), **kw)


def L(name, es, pt, en, **kw) -> Field:
    """A logical field."""
    return Field(name, "L", 1, 0, (es, pt, en), **kw)


def S(name, view, es="", pt="", en="", **kw) -> Field:
    """A nested structure or array."""
    return Field(name, view, 0, 0, (es, pt, en), **kw)
