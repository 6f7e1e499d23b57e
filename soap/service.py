"""How a service module declares its Protheus web service and operations.

A service module builds one :class:`Service` and decorates plain functions with
:meth:`Service.operation`, naming each parameter with its wire name and kind, in wire order::

    SERVICE = Service("MTPRODUCT", "Productos")

    @SERVICE.operation(returns=ArrayOf(PRODUCTVIEW), USERCODE=required("C"), PAGELEN="I")
    def GETCATALOG(call, usercode, pagelen): ...

Kinds are ``"C"`` text, ``"I"`` integer, ``"F"`` float, ``"D"`` date, ``"L"`` boolean, a View
or an ArrayOf. The function receives a :class:`soap.call.Call` and the parameters under their
lowercase names, as plain Python (trimmed text, Decimal, date, dicts and lists).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from model.errors import PortalError
from views.headers import brw_headers
from views.shared import ARRAYOFBRWHEADER


@dataclass(frozen=True)
class Required:
    kind: object


def required(kind) -> Required:
    """A parameter the WSDL marks minOccurs=1."""
    return Required(kind)


@dataclass
class Operation:
    name: str
    func: Callable
    params: list[tuple[str, object, bool]]  # (wire name, kind, required)
    returns: object
    writes: bool
    doc: str = ""


@dataclass
class Service:
    name: str
    description: str
    operations: dict[str, Operation] = field(default_factory=dict)

    def operation(self, *, returns, writes: bool = False, **params):
        """Declare an operation; ``writes=True`` runs it in a write transaction."""

        def register(func):
            spec = []
            for wire_name, kind in params.items():
                is_required = isinstance(kind, Required)
                spec.append((wire_name, kind.kind if is_required else kind, is_required))
            name = func.__name__
            self.operations[name] = Operation(name, func, spec, returns, writes, (func.__doc__ or "").strip())
            return func

        return register

    def header_operation(self, *views, name: str = "GETHEADER") -> None:
        """Declare GETHEADER(HEADERTYPE) (PRTHEADER for USERPORTAL) over the views this service
        returns: the grid header of each, from its description."""
        by_name = {view.name: view for view in views}

        def header(call, headertype):
            view = by_name.get((headertype or "").upper())
            if view is None:
                raise PortalError("unknown_header", value=headertype or "")
            return brw_headers(view, call.lang)

        header.__name__ = name
        header.__doc__ = "The grid header of " + ", ".join(by_name)
        self.operation(returns=ARRAYOFBRWHEADER, HEADERTYPE=required("C"))(header)
