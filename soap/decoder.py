"""Reads an operation's parameters from its request element, as its declaration says.

A :class:`ServiceDecoder` is built once per service, at start-up, from what the service declares
(:mod:`soap.service`: the operations, their parameters in order with their kind and whether they
are required, from :mod:`views.contract`; and the columns their fields fill, ``field_names``, for
the sizes of numbers). It reads what the WSDL's schema describes, as strictly as the schema for
what matters and leniently where legacy clients need it:

- elements come in the declared order, each once, in the service's namespace; an unknown or
  misplaced element, a missing required one, an attribute other than ``xsi:type``/``xsi:nil``, or
  a value that is not of its kind is refused, naming the first offending element;
- an empty element of an optional number, date, flag or bytes field is taken as omitted (an
  empty text is the empty text, as ever); ``xsi:nil`` empties an optional element and is refused
  on a required one;
- ``xsi:type`` may name the declared type or a built-in type derived from it (``xsd:int`` on an
  ``xs:integer``), whose own range then applies;
- no number is NaN or infinite, and none is beyond the size of the column it fills (the column
  named in ``field_names``), or 15 digits when it fills none.

Values come out as the operations take them: trimmed text, ``Decimal`` numbers (a float as the
nearest double writes it), ``date``, ``bool``, ``bytes``, a dict per structure (every field, None
when not sent) and a list per ``ARRAYOF``. Refusals are :class:`DecodeError` (worded like the
schema validator words them) or :class:`PortalError` (a number that fits no field).
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

from model import limits
from model.errors import PortalError
from soap.service import Operation, Service
from views import ArrayOf, View

XSD = "http://www.w3.org/2001/XMLSchema"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
XSI_TYPE, XSI_NIL = f"{{{XSI}}}type", f"{{{XSI}}}nil"
GENERIC_DIGITS = 15  # a number that fills no column: at most 15 whole digits (what a double holds exactly)
XSD_OF_LETTER = {"C": "string", "D": "date", "L": "boolean", "B": "base64Binary"}

# built-in types derived from the declared ones, and the range or pattern they add
INTEGER_RANGES = {
    "integer": (None, None), "long": (-2 ** 63, 2 ** 63 - 1), "int": (-2 ** 31, 2 ** 31 - 1),
    "short": (-2 ** 15, 2 ** 15 - 1), "byte": (-128, 127), "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None), "nonPositiveInteger": (None, 0), "negativeInteger": (None, -1),
    "unsignedLong": (0, 2 ** 64 - 1), "unsignedInt": (0, 2 ** 32 - 1), "unsignedShort": (0, 2 ** 16 - 1),
    "unsignedByte": (0, 255),
}
_NAME = r"[^\W\d][\w.\-]*"
STRING_PATTERNS = {
    "string": None, "normalizedString": None, "token": None,
    "language": re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*"),
    "Name": re.compile(r"[^\W\d:][\w.\-:]*"), "NCName": re.compile(_NAME), "ID": re.compile(_NAME),
    "IDREF": re.compile(_NAME), "ENTITY": re.compile(_NAME), "NMTOKEN": re.compile(r"[\w.\-:]+"),
}
_INTEGER = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|-?INF|NaN")
_DATE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(Z|[+-](\d\d):(\d\d))?")
_BOOLEAN = {"true": True, "1": True, "false": False, "0": False}


class DecodeError(Exception):
    """A request the declaration refuses; ``detail`` says why, naming the element."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _element(element) -> str:
    return f"Element '{_local(element.tag)}'"


# --- the nodes a declaration compiles to ------------------------------------------------------


@dataclass
class Slot:
    """One element of a sequence: its tag, the key its value goes under, whether it is required."""

    name: str
    tag: str
    key: str
    required: bool
    node: object


class Scalar:
    """A simple value: text, number, date, flag or bytes."""

    def __init__(self, xsd: str, limit: tuple[int, int] | None = None):
        self.xsd = xsd
        self.limit = limit  # (precision, decimals) of the column a number fills

    def accepts(self, namespace: str, name: str) -> str | None:
        """The type an ``xsi:type`` names, when it is this one or derived from it."""
        if namespace != XSD:
            return None
        if name == self.xsd or (self.xsd == "integer" and name in INTEGER_RANGES) or (
                self.xsd == "string" and name in STRING_PATTERNS):
            return name
        return None

    def decode(self, element, slot: Slot, type_name: str | None = None):
        text = element.text or ""
        if len(element):  # comments and processing instructions may split the text; elements may not
            if any(isinstance(child.tag, str) for child in element):
                raise DecodeError(f"{_element(element)}: Element content is not allowed, because the content type "
                                  "is a simple type definition.")
            text += "".join(child.tail or "" for child in element)
        type_name = type_name or self.xsd
        if self.xsd == "string":
            pattern = STRING_PATTERNS[type_name]
            if pattern is not None and not pattern.fullmatch(text.strip()):
                raise self._invalid(element, text, type_name)
            return text.strip()
        text = text.strip()
        if not text:
            if slot.required:
                raise self._invalid(element, text, type_name)
            return None  # an empty element is an omitted one
        try:
            value = self._parse(text, type_name)
        except (ValueError, ArithmeticError, LookupError, binascii.Error):
            raise self._invalid(element, text, type_name) from None
        if self.xsd in ("integer", "float"):
            self._check_number(value, text, slot.name)
        return value

    def _parse(self, text: str, type_name: str):
        if self.xsd == "integer":
            if not _INTEGER.fullmatch(text):
                raise ValueError(text)
            number = int(text)
            low, high = INTEGER_RANGES[type_name]
            if (low is not None and number < low) or (high is not None and number > high):
                raise ValueError(text)
            return Decimal(number)
        if self.xsd == "float":
            if not _FLOAT.fullmatch(text):
                raise ValueError(text)
            return Decimal(repr(float(text)))
        if self.xsd == "date":
            match = _DATE.fullmatch(text)
            if not match or (match.group(5) and (int(match.group(5)) > 14 or int(match.group(6)) > 59)):
                raise ValueError(text)
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if self.xsd == "boolean":
            return _BOOLEAN[text]
        return base64.b64decode("".join(text.split()), validate=True)

    def _check_number(self, value: Decimal, text: str, field: str) -> None:
        if not value.is_finite():
            raise PortalError("bad_value", field=field, value=text[:40])
        precision, decimals = self.limit or (GENERIC_DIGITS, 0)
        if not limits.number_fits(value, precision, decimals):
            raise PortalError("bad_value", field=field, value=limits.shown(value))

    @staticmethod
    def _invalid(element, text: str, type_name: str) -> DecodeError:
        return DecodeError(f"{_element(element)}: '{text}' is not a valid value of the atomic type 'xs:{type_name}'.")


class Sequence:
    """Elements in a declared order: a structure, or the operation's wrapper element."""

    def __init__(self, namespace: str, type_name: str):
        self.namespace, self.type_name = namespace, type_name
        self.slots: tuple[Slot, ...] = ()
        self.index: dict[str, int] = {}
        self.names: dict[str, int] = {}

    def fill(self, slots: list[Slot]) -> None:
        self.slots = tuple(slots)
        self.index = {slot.tag: n for n, slot in enumerate(slots)}
        self.names = {slot.name: n for n, slot in enumerate(slots)}

    def accepts(self, namespace: str, name: str) -> str | None:
        return name if (namespace, name) == (self.namespace, self.type_name) else None

    def decode(self, element, slot: Slot | None = None, type_name: str | None = None) -> dict:
        values = dict.fromkeys(s.key for s in self.slots)
        if element.text and element.text.strip():
            raise _text_not_allowed(element)
        position = 0
        for child in element:
            if not isinstance(child.tag, str):  # a comment or a processing instruction
                continue
            index = self.index.get(child.tag)
            if index is None or index < position:
                raise self._unexpected(child, position)
            if any(s.required for s in self.slots[position:index]):
                raise self._unexpected(child, position)
            found = self.slots[index]
            values[found.key] = read(child, found)
            position = index + 1
            if child.tail and child.tail.strip():
                raise _text_not_allowed(element)
        if any(s.required for s in self.slots[position:]):
            raise DecodeError(f"{_element(element)}: Missing child element(s).{self._expected(position)}")
        return values

    def _expected(self, position: int) -> str:
        """What lxml lists as expected from ``position``: up to the first required element."""
        names = []
        for s in self.slots[position:]:
            names.append(s.name)
            if s.required:
                break
        if not names:
            return ""
        return f" Expected is ( {names[0]} )." if len(names) == 1 else f" Expected is one of ( {', '.join(names)} )."

    def _unexpected(self, child, position: int) -> DecodeError:
        name = _local(child.tag)
        if name in self.names and child.tag != self.slots[self.names[name]].tag:  # the right name elsewhere
            namespace = child.tag[1:].split("}")[0] if child.tag.startswith("{") else ""
            return DecodeError(f"Element '{name}' in namespace '{namespace}': This element is not expected. "
                               f"Expected is ( {{{self.namespace}}}{name} ).")
        return DecodeError(f"{_element(child)}: This element is not expected.{self._expected(position)}")


class Array:
    """An ``ARRAYOF<T>`` wrapper: any number of ``<T>`` items, each nillable."""

    def __init__(self, namespace: str, type_name: str, item: Slot):
        self.namespace, self.type_name, self.item = namespace, type_name, item

    def accepts(self, namespace: str, name: str) -> str | None:
        return name if (namespace, name) == (self.namespace, self.type_name) else None

    def decode(self, element, slot: Slot | None = None, type_name: str | None = None) -> list:
        if element.text and element.text.strip():
            raise _text_not_allowed(element)
        items = []
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if child.tag != self.item.tag:
                raise DecodeError(f"{_element(child)}: This element is not expected. "
                                  f"Expected is ( {self.item.name} ).")
            items.append(read(child, self.item))
            if child.tail and child.tail.strip():
                raise _text_not_allowed(element)
        return items


def _text_not_allowed(element) -> DecodeError:
    return DecodeError(f"{_element(element)}: Character content other than whitespace is not allowed because the "
                       "content type is 'element-only'.")


def read(element, slot: Slot):
    """The value of ``element``, declared by ``slot``: attributes and nil first, then its node."""
    type_name = None
    for attribute, value in element.attrib.items():
        if attribute == XSI_NIL:
            continue
        if attribute != XSI_TYPE:
            shown = attribute if not attribute.startswith("{") else _local(attribute)
            raise DecodeError(f"{_element(element)}, attribute '{shown}': The attribute '{shown}' is not allowed.")
        type_name = _xsi_type(element, value, slot.node)
    nil = element.get(XSI_NIL)
    if nil is not None:
        nil = nil.strip()
        if nil not in _BOOLEAN:
            raise DecodeError(f"{_element(element)}, attribute 'nil': '{nil}' is not a valid value of the atomic "
                              "type 'xs:boolean'.")
        if _BOOLEAN[nil]:
            if slot.required:
                raise DecodeError(f"{_element(element)}: The element is not 'nillable'.")
            if len(element) or (element.text and element.text.strip()):
                raise DecodeError(f"{_element(element)}: The element cannot have character or element children "
                                  "since it is 'nilled'.")
            return None
    return slot.node.decode(element, slot, type_name)


def _xsi_type(element, value: str, node) -> str:
    prefix, _, name = value.strip().rpartition(":")
    namespace = element.nsmap.get(prefix or None)
    accepted = node.accepts(namespace, name) if namespace else None
    if accepted is None:
        if namespace == XSD and (name in INTEGER_RANGES or name in STRING_PATTERNS or name in (
                "float", "double", "decimal", "date", "dateTime", "boolean", "base64Binary", "anyType")):
            raise DecodeError(f"{_element(element)}: The type definition 'xs:{name}', specified by xsi:type, is "
                              "blocked or not validly derived from the type definition of the element declaration.")
        raise DecodeError(f"{_element(element)}: The QName value '{value.strip()}' of the xsi:type attribute does not "
                          "resolve to a type definition.")
    return accepted


# --- building the decoders from the declarations ----------------------------------------------


def number_sizes(field_names: dict[str, str]) -> dict[str, tuple[int, int]]:
    """Wire name -> (precision, decimals) of the numeric column it fills; the tightest when several
    columns are named alike."""
    sizes: dict[str, tuple[int, int]] = {}
    for column, wire in field_names.items():
        size = limits.numeric_size(column)
        if size is None:
            continue
        held = sizes.get(wire)
        if held is None or size[0] - size[1] < held[0] - held[1]:
            sizes[wire] = size
    return sizes


class _Builder:
    """Compiles the kinds of one operation into nodes (a structure once, even when it recurs)."""

    def __init__(self, namespace: str, sizes: dict[str, tuple[int, int]]):
        self.namespace, self.sizes = namespace, sizes
        self.views: dict[str, Sequence] = {}

    def slot(self, name: str, kind, required: bool, integer: bool, key: str | None = None) -> Slot:
        return Slot(name, f"{{{self.namespace}}}{name}", key or name, required, self.node(name, kind, integer))

    def node(self, name: str, kind, integer: bool):
        if isinstance(kind, View):
            if kind.name not in self.views:
                sequence = self.views[kind.name] = Sequence(self.namespace, kind.name)
                sequence.fill([self.slot(f.name, f.kind, f.required, f.integer) for f in kind.fields])
            return self.views[kind.name]
        if isinstance(kind, ArrayOf):
            item_name = kind.item.name if isinstance(kind.item, View) else kind.item
            item_kind = kind.item if isinstance(kind.item, View) else "C"
            return Array(self.namespace, kind.type_name, self.slot(item_name, item_kind, False, False))
        if kind == "N":
            return Scalar("integer" if integer else "float", self.sizes.get(name))
        return Scalar(XSD_OF_LETTER[kind])


class OperationDecoder:
    """The parameters of one operation, read from its request element."""

    def __init__(self, operation: Operation, namespace: str):
        self.operation = operation
        builder = _Builder(namespace, number_sizes(operation.field_names))
        self.wrapper = Sequence(namespace, operation.name)
        self.wrapper.fill([builder.slot(p.name, p.kind, p.required, p.integer, key=p.name.lower())
                           for p in operation.params])
        self.slot = Slot(operation.name, f"{{{namespace}}}{operation.name}", operation.name, True, self.wrapper)

    def decode(self, element) -> dict:
        """The operation's keyword arguments (lowercase wire names)."""
        return read(element, self.slot)


class ServiceDecoder:
    """Every operation of a service, by the tag of its request element."""

    def __init__(self, service: Service, namespace: str):
        self.namespace = namespace
        self.operations = {f"{{{namespace}}}{name}": OperationDecoder(op, namespace)
                           for name, op in service.operations.items()}

    def operation(self, element) -> OperationDecoder:
        found = self.operations.get(element.tag)
        if found is None:
            raise DecodeError(f"{_element(element)}: No matching global declaration available for the validation "
                              "root.")
        return found
