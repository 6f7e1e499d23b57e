"""The fast writer of answers writes what spyne itself would write for the same values, for
every view: the same elements in the same order, the same text forms, the same handling of None
and of empty lists."""
import datetime as dt
from decimal import Decimal

import pytest
from lxml import etree
from spyne.util.xml import get_object_as_xml

from soap import xmlwriter
from soap.types import complex_type
from views import ArrayOf, View, contract

NS = "http://webservices.microsiga.com.br/test.apw"


def to_soap(kind, value, ns: str, integer: bool = False):
    """The reference: plain values as spyne instances of ``kind``, for spyne's own serializer."""
    if value is None:
        return None
    if isinstance(kind, View):
        cls = complex_type(kind, ns)
        get = value.get if isinstance(value, dict) else (lambda k, _v=value: getattr(_v, k, None))
        return cls(**{f.name: to_soap(f.kind, get(f.name), ns, f.integer) for f in kind.fields})
    if isinstance(kind, ArrayOf):
        item = kind.item if isinstance(kind.item, View) else "C"
        return [to_soap(item, v, ns) for v in value]
    return _scalar(kind, value, integer)


def _scalar(letter: str, value, integer: bool):
    if letter == "N":
        return int(value) if integer else float(value)
    if letter == "D":
        return value if isinstance(value, dt.date) else None
    if letter == "L":
        return bool(value)
    if isinstance(value, Decimal):
        return str(value)
    return value


def sample(kind, depth=0, empty=False, integer=False):
    """A value of ``kind`` with every field filled (``empty``: None fields and empty lists)."""
    if isinstance(kind, View):
        return {f.name: (None if empty and i % 2 else sample(f.kind, depth + 1, empty, f.integer))
                for i, f in enumerate(kind.fields)}
    if isinstance(kind, ArrayOf):
        item = kind.item if isinstance(kind.item, View) else "C"
        return [] if empty or depth > 2 else [sample(item, depth + 1), sample(item, depth + 1)]
    if kind == "N":
        return 7 if integer else 1234.5678
    return {"D": dt.date(2026, 2, 28), "L": True}.get(kind, "Ñandú & <co>")


def all_views():
    return sorted(contract.all_structures(), key=lambda v: v.name)


@pytest.mark.parametrize("empty", [False, True], ids=["filled", "sparse"])
@pytest.mark.parametrize("view", all_views(), ids=lambda v: v.name)
def test_writer_matches_spyne(view, empty):
    value = sample(view, empty=empty)
    spyne_element = get_object_as_xml(to_soap(view, value, NS), complex_type(view, NS))
    parent = etree.Element("parent")
    xmlwriter.write(parent, view.name, view, value, NS)
    assert local(parent[0]) == local(spyne_element)


def local(element) -> bytes:
    """The tree with element names without namespace: spyne's stand-alone serializer leaves array
    items unqualified where its SOAP answers qualify them, like every other element."""
    copy = etree.fromstring(etree.tostring(element))
    for node in copy.iter():
        node.tag = etree.QName(node).localname
    etree.cleanup_namespaces(copy)
    return etree.tostring(copy, method="c14n")
