"""spyne types made from the view descriptions, one set per service namespace.

Protheus declares every structure inside the namespace of the service that uses it, so
GENERICSTRUCT of MTPRODUCT and GENERICSTRUCT of USERPORTAL are two types in two namespaces.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from spyne import Array, Boolean, ComplexModel, Date, Float, Integer, Unicode
from spyne.model.complex import ComplexModelMeta

from views import ArrayOf, Field, View

SCALARS = {"C": Unicode, "D": Date, "L": Boolean}


def scalar_type(f: Field):
    if f.kind == "N":
        return Integer if f.integer else Float
    return SCALARS[f.kind]


def spyne_type(kind, ns: str, *, required: bool = False):
    """The spyne type of a field kind (a scalar letter, a View or an ArrayOf) in ``ns``."""
    if isinstance(kind, View):
        base = complex_type(kind, ns)
    elif isinstance(kind, ArrayOf):
        base = array_type(kind, ns)
    elif kind == "STRING":
        base = Unicode
    else:
        base = {"C": Unicode, "D": Date, "L": Boolean, "F": Float, "I": Integer}[kind]
    return base.customize(min_occurs=1 if required else 0, nillable=not required)


def _field_type(f: Field, ns: str):
    if f.is_scalar:
        base = scalar_type(f)
        return base.customize(min_occurs=1 if f.required else 0, nillable=not f.required)
    return spyne_type(f.kind, ns, required=f.required)


@lru_cache(maxsize=None)
def complex_type(view: View, ns: str):
    members = [(f.name, _field_type(f, ns)) for f in view.fields]
    return ComplexModelMeta(
        view.name,
        (ComplexModel,),
        {"__namespace__": ns, "__type_name__": view.name, "_type_info": members},
    )


@lru_cache(maxsize=None)
def array_type(arr: ArrayOf, ns: str):
    if isinstance(arr.item, View):
        return Array(complex_type(arr.item, ns), type_name=arr.type_name).customize(__namespace__=ns)
    # ARRAYOFSTRING holds <STRING> elements of type xs:string, as Protheus declares it
    return Array(Unicode, member_name=arr.item, type_name=arr.type_name).customize(__namespace__=ns)


# --- values from the wire (answers are written by soap.xmlwriter) -----------------------------


def from_soap(kind, value):
    """Turn a spyne instance of ``kind`` into plain Python: dicts, lists, Decimals, trimmed text."""
    if value is None:
        return None
    if isinstance(kind, View):
        return {f.name: from_soap(f.kind if not f.is_scalar else f, getattr(value, f.name, None)) for f in kind.fields}
    if isinstance(kind, ArrayOf):
        return [from_soap(kind.item, v) for v in value]
    letter = kind.kind if isinstance(kind, Field) else kind
    if letter in ("N", "F", "I"):
        return Decimal(str(value))
    if letter in ("C", "STRING") and isinstance(value, str):
        return value.strip()
    return value
