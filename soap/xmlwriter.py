"""Writes an operation's answer straight from plain values and the view descriptions.

Each kind an answer can hold gets a plan once, when the server starts (:func:`prepare`): for a
structure, its fields in wire order, each with its tags already written and the writer of its
kind. Writing an answer then only walks the values. The elements are those the WSDL declares and
spyne itself would write (names, order, text forms: floats as ``repr``, integers whole, dates
ISO, booleans ``true``/``false``, bytes in base64, a None field left out or nil when required, an
empty list as an empty wrapper); a test checks the writer against spyne's serializer for every
structure of the contract. Every element is in the service's namespace, prefix ``tns``.
"""
from __future__ import annotations

import base64
import datetime as dt
import re
import threading
from collections.abc import Callable

from lxml import etree

from views import ArrayOf, View

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

Writer = Callable[[list, object], None]  # appends the content of an element holding the value


def _escaped(text: str) -> str:
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return text


def scalar_text(letter: str, value, integer: bool = False) -> str:
    if letter == "N":
        return str(int(value)) if integer else repr(float(value))
    if letter == "D":
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    if letter == "L":
        return "true" if value else "false"
    if letter == "B":
        return base64.b64encode(value).decode("ascii")
    return str(value)


def _scalar_writer(letter: str, integer: bool) -> Writer:
    if letter == "C":
        return lambda out, value: out.append(_escaped(value if type(value) is str else str(value)))
    return lambda out, value: out.append(scalar_text(letter, value, integer))


def _nil(name: str) -> str:
    return f'<tns:{name} xmlns:xsi="{XSI}" xsi:nil="true"/>'


_plans: dict = {}
_building = threading.Lock()


def plan(kind, integer: bool = False) -> Writer:
    """The writer of the content of an element of ``kind`` (a scalar letter, a View, an ArrayOf),
    built on first use and kept."""
    found = _plans.get((kind, integer))
    if found is None:
        with _building:
            found = _plans.get((kind, integer)) or _build(kind, integer)
    return found


TEXT, FLOAT, INTEGER, OTHER = range(4)  # how a field's value becomes its element


def _how(kind, integer: bool) -> int:
    if kind == "C":
        return TEXT
    if kind == "N":
        return INTEGER if integer else FLOAT
    return OTHER


def _build(kind, integer: bool) -> Writer:
    if isinstance(kind, View):
        fields: list = []

        def write_view(out: list, value) -> None:
            get = value.get if type(value) is dict else (lambda key: getattr(value, key, None))
            for name, opening, closing, nil, how, content in fields:
                field_value = get(name)
                if field_value is None:
                    if nil:
                        out.append(nil)
                elif how is TEXT:
                    out.append(opening + _escaped(field_value if type(field_value) is str else str(field_value))
                               + closing)
                elif how is FLOAT:
                    out.append(opening + repr(float(field_value)) + closing)
                elif how is INTEGER:
                    out.append(opening + str(int(field_value)) + closing)
                else:
                    out.append(opening)
                    content(out, field_value)
                    out.append(closing)

        _plans[(kind, integer)] = write_view  # before its fields: a structure may hold itself
        fields.extend((f.name, f"<tns:{f.name}>", f"</tns:{f.name}>", _nil(f.name) if f.required else None,
                       _how(f.kind, f.integer), _plans.get((f.kind, f.integer)) or _build(f.kind, f.integer))
                      for f in kind.fields)
        return write_view
    if isinstance(kind, ArrayOf):
        name = kind.item.name if isinstance(kind.item, View) else kind.item
        item_kind = kind.item if isinstance(kind.item, View) else "C"
        item = _plans.get((item_kind, False)) or _build(item_kind, False)
        opening, closing = f"<tns:{name}>", f"</tns:{name}>"

        def write_items(out: list, values) -> None:
            for value in values:
                if value is not None:
                    out.append(opening)
                    item(out, value)
                    out.append(closing)

        writer = write_items
    else:
        writer = _scalar_writer(kind, integer)
    _plans[(kind, integer)] = writer
    return writer


def prepare(kind, integer: bool = False) -> None:
    """Build the plans of ``kind`` and of everything it holds (at start-up)."""
    plan(kind, integer)


def _element(name: str, kind, value, required: bool, integer: bool) -> list:
    if value is None:
        return [_nil(name)] if required else []
    out = [f"<tns:{name}>"]
    plan(kind, integer)(out, value)
    out.append(f"</tns:{name}>")
    return out


def _checked(text: str) -> bytes:
    if _NOT_XML.search(text):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")
    return text.encode("utf-8")


def response(operation: str, kind, value, ns: str, integer: bool = False) -> bytes:
    """The envelope of ``<OP>RESPONSE`` holding ``<OP>RESULT``, ``value`` written as ``kind``."""
    out = [(f"<?xml version='1.0' encoding='UTF-8'?>\n<soap:Envelope xmlns:soap=\"{SOAP_ENV}\" xmlns:tns=\"{ns}\">"
            f"<soap:Body><tns:{operation}RESPONSE>")]
    out += _element(f"{operation}RESULT", kind, value, False, integer)
    out.append(f"</tns:{operation}RESPONSE></soap:Body></soap:Envelope>")
    return _checked("".join(out))


def write(parent, name: str, kind, value, ns: str, required: bool = False, integer: bool = False) -> None:
    """Write ``value`` as element ``name`` of ``kind`` under the lxml element ``parent``. None
    leaves an optional element out; a required one is written nil, as spyne does."""
    parts = _element(name, kind, value, required, integer)
    if parts:
        holder = etree.fromstring(_checked(f'<holder xmlns:tns="{ns}">' + "".join(parts) + "</holder>"))
        parent.append(holder[0])
