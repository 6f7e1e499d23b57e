"""How a service module declares its Protheus web service.

The shape of every operation (parameters in order, their types and which are required, the
result) comes from the real contract (:mod:`views.contract`); a service module only says what
each operation does. It builds one :class:`Service` and decorates plain functions named after the
operations; each function takes a :class:`soap.call.Call` and the parameters under their
lowercase wire names, in wire order::

    SERVICE = Service("MTPRODUCT", "Productos")

    @SERVICE.operation()
    def GETCATALOG(call, usercode, typeofproductin, ..., customerid): ...

A function whose name or parameters differ from the contract is refused when the module is
imported. The parameters arrive as plain Python (trimmed text, Decimal, date, dicts and lists).
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field

from views import contract
from views.contract import OperationContract, ServiceContract
from views.headers import Grid


@dataclass
class Operation:
    name: str
    func: Callable
    contract: OperationContract
    writes: bool
    doc: str = ""
    field_names: dict[str, str] = field(default_factory=dict)  # column -> wire name, for faults

    @property
    def params(self):
        return self.contract.params

    @property
    def returns(self):
        return self.contract.result


@dataclass
class Service:
    name: str
    description: str
    operations: dict[str, Operation] = field(default_factory=dict)

    @property
    def contract(self) -> ServiceContract:
        return contract.service(self.name)

    def operation(self, *, writes: bool = False, field_names: dict[str, str] | None = None):
        """Declare the operation named like the function; ``writes=True`` runs it in a write
        transaction; ``field_names`` (column -> wire name) words the model's faults with the
        names the client sent."""

        def register(func):
            name = func.__name__
            if name not in self.contract.operations:
                raise TypeError(f"{self.name}.{name} is not an operation of the real {self.name}")
            spec = self.contract.operations[name]
            expected = ["call"] + [p.name.lower() for p in spec.params]
            got = list(inspect.signature(func).parameters)
            if got != expected:
                raise TypeError(f"{self.name}.{name} must take {expected}, not {got}")
            self.operations[name] = Operation(name, func, spec, writes, (func.__doc__ or "").strip(),
                                              dict(field_names or {}))
            return func

        return register

    def header_operation(self, *grids: Grid, name: str = "GETHEADER") -> None:
        """Declare GETHEADER (PRTHEADER for USERPORTAL) over ``grids``: GETHEADER(HEADERTYPE)
        answers the grid named HEADERTYPE, or nothing for an unknown one, as Protheus does; a
        GETHEADER without parameters answers its only grid."""
        by_name = {grid.name: grid for grid in grids}
        takes_type = bool(self.contract.operations[name].params)
        if not takes_type and len(grids) != 1:
            raise TypeError(f"{self.name}.{name} takes no HEADERTYPE: it describes one grid")

        if takes_type:
            def header(call, headertype):
                grid = by_name.get((headertype or "").strip().upper())
                return grid.headers(call.lang) if grid else []
        else:
            def header(call):
                return grids[0].headers(call.lang)

        header.__name__ = name
        header.__doc__ = "The grid header of " + ", ".join(by_name)
        self.operation()(header)

    def missing(self) -> list[str]:
        """Operations of the real service this server does not publish."""
        return [name for name in self.contract.operations if name not in self.operations]
