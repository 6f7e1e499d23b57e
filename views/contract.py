"""The real Protheus contract: every service, its namespace and operations (parameters in order,
with their type and whether they are required, and the result), and every structure with its
fields. The facts are in ``contract.json`` beside this module, read from the WSDL clients that
TOTVS' own generator wrote from the real WSDLs (see docs/CONTRACT.md). Everything the server
publishes takes its shape from here, so no hand-written declaration can drift from the real one.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from views.fields import SCALAR_KINDS, ArrayOf, Field, View

CONTRACT_FILE = Path(__file__).with_name("contract.json")
ARRAY_PREFIX = "ARRAYOF"


@lru_cache(maxsize=1)
def facts() -> dict:
    return json.loads(CONTRACT_FILE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Param:
    name: str
    kind: str | View | ArrayOf
    required: bool
    integer: bool = False


@dataclass(frozen=True)
class OperationContract:
    name: str
    params: tuple[Param, ...]
    result: str | View | ArrayOf
    result_integer: bool = False


@dataclass(frozen=True)
class ServiceContract:
    name: str
    namespace: str
    operations: dict[str, OperationContract]

    def soap_action(self, operation: str, namespace: str | None = None) -> str:
        """``<namespace>/<OP>``; a namespace that ends with ``/`` takes the name directly."""
        namespace = namespace or self.namespace
        return f"{namespace}{operation}" if namespace.endswith("/") else f"{namespace}/{operation}"


def kind_of(type_name: str) -> str | View | ArrayOf:
    """The kind of a contract type: a scalar letter, a structure or an array wrapper."""
    if type_name in SCALAR_KINDS:
        return SCALAR_KINDS[type_name]
    if type_name.startswith(ARRAY_PREFIX) and type_name not in facts()["structures"]:
        item = type_name[len(ARRAY_PREFIX):]
        return ArrayOf("STRING" if item == "STRING" else structure(item))
    return structure(type_name)


@cache
def structure(name: str) -> View:
    """The structure ``name`` with its fields in wire order."""
    try:
        fields = facts()["structures"][name]
    except KeyError:
        raise KeyError(f"{name} is not a structure of the contract") from None
    return View(name, tuple(Field(field, kind_of(type_name), required, type_name == "integer")
                            for field, type_name, required in fields))


@cache
def service(name: str) -> ServiceContract:
    """The contract of web service ``name``."""
    try:
        raw = facts()["services"][name]
    except KeyError:
        raise KeyError(f"{name} is not a web service of the contract") from None
    operations = {}
    for op in raw["operations"]:
        params = tuple(Param(p, kind_of(t), required, t == "integer") for p, t, required in op["params"])
        operations[op["name"]] = OperationContract(op["name"], params, kind_of(op["result"]), op["result"] == "integer")
    return ServiceContract(name, raw["namespace"], operations)


def service_names() -> list[str]:
    return list(facts()["services"])


def all_structures() -> list[View]:
    return [structure(name) for name in facts()["structures"]]
