"""The fast writer of answers writes what spyne itself would write for the same values, for
every view: the same elements in the same order, the same text forms, the same handling of None
and of empty lists."""
import datetime as dt

import pytest
from lxml import etree
from spyne.util.xml import get_object_as_xml

import views
from soap import xmlwriter
from soap.types import complex_type, to_soap
from views import ArrayOf, View

NS = "http://webservices.microsiga.com.br/test.apw"


def sample(kind, depth=0, empty=False):
    """A value of ``kind`` with every field filled (``empty``: None fields and empty lists)."""
    if isinstance(kind, View):
        return {f.name: (None if empty and i % 2 else sample(f if f.is_scalar else f.kind, depth + 1, empty))
                for i, f in enumerate(kind.fields)}
    if isinstance(kind, ArrayOf):
        return [] if empty or depth > 2 else [sample(kind.item, depth + 1), sample(kind.item, depth + 1)]
    letter = getattr(kind, "kind", kind)
    if letter == "N":
        return 7 if kind.integer else 1234.5678
    return {"D": dt.date(2026, 2, 28), "L": True, "STRING": "texto"}.get(letter, "Ñandú & <co>")


def all_views():
    views.find("PRODUCTVIEW")  # loads every description
    return sorted(views.registry.values(), key=lambda v: v.name)


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
