"""Descriptions of the views (the SOAP structures) the services return.

Each view is described once, here: its fields in wire order, their types, sizes, titles and
pictures. The SOAP types of every service and the GETHEADER/PRTHEADER answers are both made from
these descriptions.
"""
from views.fields import ArrayOf, Field, View, registry

__all__ = ["ArrayOf", "Field", "View", "registry", "find"]


def find(name: str) -> View | None:
    """The view called ``name`` (case-insensitive), or None."""
    _load_all()
    return registry.get(name.upper())


def _load_all() -> None:
    from views import crm, portal, product, sales, shared  # noqa: F401
