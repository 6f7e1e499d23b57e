"""Writes an operation's answer straight from plain values and the view descriptions.

spyne's own serializer walks its type objects for every value; for answers of dozens of
structures that is most of a call's time. This writer produces the same elements (names,
order, text forms: floats as ``repr``, dates ISO, booleans ``true``/``false``, a None field left
out, an empty list as an empty wrapper) with lxml directly. The WSDL is still spyne's: this only
writes what it declares.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lxml import etree

from views import ArrayOf, Field, View


SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"


@dataclass(frozen=True)
class WrittenResult:
    """An answer already written: the whole envelope, and its body."""

    envelope: etree._Element
    body: etree._Element


def response(operation: str, kind, value, ns: str) -> WrittenResult:
    """The envelope of ``<OP>RESPONSE`` holding ``<OP>RESULT``, ``value`` written as ``kind``."""
    envelope = etree.Element(f"{{{SOAP_ENV}}}Envelope", nsmap={"soap": SOAP_ENV, "tns": ns})
    body = etree.SubElement(envelope, f"{{{SOAP_ENV}}}Body")
    write(etree.SubElement(body, f"{{{ns}}}{operation}RESPONSE"), f"{operation}RESULT", kind, value, ns)
    return WrittenResult(envelope, body)


XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


def write(parent, name: str, kind, value, ns: str, required: bool = False) -> None:
    """Write ``value`` as element ``name`` of ``kind`` under ``parent``. None leaves an optional
    element out; a required one is written nil, as spyne does."""
    if value is None:
        if required:
            etree.SubElement(parent, f"{{{ns}}}{name}").set(XSI_NIL, "true")
        return
    element = etree.SubElement(parent, f"{{{ns}}}{name}")
    if isinstance(kind, View):
        get = value.get if isinstance(value, dict) else (lambda key: getattr(value, key, None))
        for f in kind.fields:
            write(element, f.name, f if f.is_scalar else f.kind, get(f.name), ns, f.required)
    elif isinstance(kind, ArrayOf):
        item_name = kind.item.name if isinstance(kind.item, View) else kind.item
        for item in value:
            write(element, item_name, kind.item, item, ns)
    else:
        element.text = scalar_text(kind, value)


def scalar_text(kind, value) -> str:
    letter, integer = (kind.kind, kind.integer) if isinstance(kind, Field) else (kind, kind == "I")
    if letter in ("N", "F", "I"):
        return str(int(value)) if integer else repr(float(value))
    if letter == "D":
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    if letter == "L":
        return "true" if value else "false"
    return str(value)
