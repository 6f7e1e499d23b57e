"""spyne types made from the contract's structures, one set per service namespace: the WSDL is
written from them.

Protheus declares every structure inside the namespace of the service that uses it, so
GENERICSTRUCT of MTPRODUCT and GENERICSTRUCT of USERPORTAL are two types in two namespaces.
"""
from __future__ import annotations

from decimal import Decimal
from functools import cache

from spyne import Array, Boolean, ByteArray, ComplexModel, Date, Float, Integer, Unicode
from spyne.model.complex import ComplexModelMeta

from views import ArrayOf, View

SCALARS = {"C": Unicode, "D": Date, "L": Boolean, "B": ByteArray}


def scalar_type(letter: str, integer: bool):
    if letter == "N":
        return Integer if integer else Float
    return SCALARS[letter]


def spyne_type(kind, ns: str, *, required: bool = False, integer: bool = False):
    """The spyne type of a kind (a scalar letter, a View or an ArrayOf) in ``ns``."""
    if isinstance(kind, View):
        base = complex_type(kind, ns)
    elif isinstance(kind, ArrayOf):
        base = array_type(kind, ns)
    else:
        base = scalar_type(kind, integer)
    return base.customize(min_occurs=1 if required else 0, nillable=not required)


@cache
def complex_type(view: View, ns: str):
    members = [(f.name, spyne_type(f.kind, ns, required=f.required, integer=f.integer)) for f in view.fields]
    return ComplexModelMeta(
        view.name,
        (ComplexModel,),
        {"__namespace__": ns, "__type_name__": view.name, "_type_info": members},
    )


@cache
def array_type(arr: ArrayOf, ns: str):
    if isinstance(arr.item, View):
        return Array(complex_type(arr.item, ns), type_name=arr.type_name).customize(__namespace__=ns)
    # ARRAYOFSTRING holds <STRING> elements of type xs:string, as Protheus declares it
    return Array(Unicode, member_name=arr.item, type_name=arr.type_name).customize(__namespace__=ns)


# --- spyne's values as plain Python -------------------------------------------------------------


def from_soap(kind, value, integer: bool = False):
    """Turn a spyne instance of ``kind`` into plain Python: dicts, lists, Decimals, trimmed text;
    what the server's operations took when spyne read the requests, and what the equivalence
    test (tests/model/test_decoder_equivalence.py) holds :mod:`soap.decoder` to."""
    if value is None:
        return None
    if isinstance(kind, View):
        return {f.name: from_soap(f.kind, getattr(value, f.name, None), f.integer) for f in kind.fields}
    if isinstance(kind, ArrayOf):
        item = kind.item if isinstance(kind.item, View) else "C"
        return [from_soap(item, v) for v in value]
    if kind == "N":
        return Decimal(str(value))
    if kind == "C" and isinstance(value, str):
        return value.strip()
    return value
