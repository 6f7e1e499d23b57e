"""SOAP calls written straight from the contract, for the tests that walk every operation.

:func:`envelope` writes the request of any operation of any served service from plain Python
values (text, numbers, dates, dicts for structures, lists for arrays), in the order and the
namespace the contract gives; :func:`minimal` fills a structure's required fields; :func:`answer`
reads a response back as a fault or a result. Nothing here knows one operation from another: a
service added to ``services.ALL`` is written the same way.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape

from lxml import etree

from views import ArrayOf, View

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return escape(str(value))


def _element(name: str, kind, value) -> str:
    """``<t:NAME>`` holding ``value`` as ``kind`` (a scalar letter, a View or an ArrayOf);
    a raw ``bytes`` value is written as it is (hostile tests send what no schema allows)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        return f"<t:{name}>{value.decode('utf-8', 'surrogateescape')}</t:{name}>"
    if isinstance(kind, View):
        return f"<t:{name}>{_fields(kind, value)}</t:{name}>"
    if isinstance(kind, ArrayOf):
        item_name = kind.item if isinstance(kind.item, str) else kind.item.name
        item_kind = "C" if isinstance(kind.item, str) else kind.item
        inner = "".join(_element(item_name, item_kind, item) for item in value)
        return f"<t:{name}>{inner}</t:{name}>"
    return f"<t:{name}>{_text(value)}</t:{name}>"


def _fields(view: View, values: dict) -> str:
    return "".join(_element(f.name, f.kind, values.get(f.name)) for f in view.fields)


def envelope(namespace: str, operation, values: dict) -> bytes:
    """The request of ``operation`` (an :class:`soap.service.Operation`) with ``values`` by wire
    name; a parameter left out is not sent."""
    body = "".join(_element(p.name, p.kind, values.get(p.name)) for p in operation.params)
    return (f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{SOAP_ENV}" xmlns:t="{namespace}">'
            f"<soap:Body><t:{operation.name}>{body}</t:{operation.name}></soap:Body></soap:Envelope>").encode()


SCALAR_SAMPLES = {"C": "1", "N": 1, "D": dt.date(2024, 1, 2), "L": False, "B": "AA=="}


def sample(kind, integer: bool = False):
    """A plain value of ``kind`` that its schema accepts: a structure with its required fields,
    an array with one item."""
    if isinstance(kind, View):
        return minimal(kind)
    if isinstance(kind, ArrayOf):
        return [sample("C" if isinstance(kind.item, str) else kind.item)]
    if kind == "N" and not integer:
        return Decimal(1)
    return SCALAR_SAMPLES[kind]


def minimal(view: View) -> dict:
    """``view`` with its required fields (and only them) filled with sample values."""
    return {f.name: sample(f.kind, f.integer) for f in view.fields if f.required}


@dataclass
class Answer:
    status: int
    code: str | None  # soap:Client / soap:Server for a fault, None for a result
    text: str  # the fault string, or the result as XML text
    raw: bytes

    @property
    def is_fault(self) -> bool:
        return self.code is not None


def answer(response) -> Answer:
    """The response of a SOAP call: its fault (code and text) or its result."""
    try:
        tree = etree.fromstring(response.content)
    except etree.XMLSyntaxError:
        return Answer(response.status_code, "(not XML)", response.text, response.content)
    fault = tree.find(f".//{{{SOAP_ENV}}}Fault")
    if fault is not None:
        return Answer(response.status_code, fault.findtext("faultcode"), fault.findtext("faultstring") or "",
                      response.content)
    body = tree.find(f"{{{SOAP_ENV}}}Body")
    result = body[0] if body is not None and len(body) else None
    text = etree.tostring(result, encoding="unicode") if result is not None else ""
    return Answer(response.status_code, None, text, response.content)


def is_empty_result(result: Answer) -> bool:
    """A result that holds no data: no element with text below the response element."""
    tree = etree.fromstring(result.text) if result.text else None
    return tree is None or not any((node.text or "").strip() for node in tree.iter())
