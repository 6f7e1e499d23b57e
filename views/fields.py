"""The vocabulary of the wire shapes: a structure (View) is a list of fields, each a scalar, a
nested structure or an ``ARRAYOF`` wrapper. The shapes themselves are not written here: they
come from the real contract (:mod:`views.contract`)."""
from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field

# XSD type -> the letter a field's kind is written with (Protheus' field types, plus B for bytes)
SCALAR_KINDS = {"string": "C", "float": "N", "integer": "N", "date": "D", "boolean": "L", "base64Binary": "B"}


@dataclass(frozen=True)
class ArrayOf:
    """An ``ARRAYOF<T>`` wrapper: repeated ``<T>`` elements of a structure, or of ``STRING``."""

    item: View | str

    @property
    def type_name(self) -> str:
        name = self.item if isinstance(self.item, str) else self.item.name
        return f"ARRAYOF{name}"


@dataclass(frozen=True)
class Field:
    """One field of a structure, as the WSDL declares it.

    ``kind`` is a scalar letter (C text, N number, D date, L logical, B bytes), a nested View or
    an ArrayOf. ``integer`` tells an ``xsd:integer`` number from an ``xsd:float`` one."""

    name: str
    kind: str | View | ArrayOf
    required: bool = False
    integer: bool = False

    @property
    def is_scalar(self) -> bool:
        return isinstance(self.kind, str)

    @property
    def xsd_type(self) -> str:
        if isinstance(self.kind, View):
            return self.kind.name
        if isinstance(self.kind, ArrayOf):
            return self.kind.type_name
        if self.kind == "N":
            return "integer" if self.integer else "float"
        return {"C": "string", "D": "date", "L": "boolean", "B": "base64Binary"}[self.kind]


@dataclass(frozen=True, eq=False)
class View:
    """A structure: its fields in wire order (alphabetical, as Protheus writes them)."""

    name: str
    fields: tuple[Field, ...] = dc_field(default_factory=tuple)

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"View({self.name})"
