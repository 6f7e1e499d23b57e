"""Turns a declared :class:`soap.service.Service` into a spyne Application in its namespace: the
description spyne writes the WSDL from (:mod:`soap.wsdl`).

Requests never reach spyne: :mod:`soap.endpoint` reads, runs and answers them. The methods
declared here only carry the signatures (parameters in order with their types, the result).
"""
from __future__ import annotations

from spyne import Application, ServiceBase, rpc

from appserver.ini import Settings
from soap.protocol import ProtheusSoap11
from soap.service import Operation, Service
from soap.types import spyne_type

SOAP_OVER_HTTP = "http://schemas.xmlsoap.org/soap/http"  # the transport the WSDL's binding names


def build_application(service: Service, settings: Settings) -> Application:
    """The spyne Application of ``service``, in the namespace it is served in."""
    ns = settings.namespace_of(service.contract.namespace)
    methods = {name: _declared(op, ns) for name, op in service.operations.items()}
    service_class = type(service.name, (ServiceBase,), methods)
    app = Application([service_class], tns=ns, name=service.name,
                      in_protocol=ProtheusSoap11(validator="lxml"), out_protocol=ProtheusSoap11())
    app.transport = SOAP_OVER_HTTP  # what spyne's own HTTP server would set
    return app


def _declared(op: Operation, ns: str):
    wire_names = [p.name for p in op.params]
    in_types = [spyne_type(p.kind, ns, required=p.required, integer=p.integer) for p in op.params]
    returns = spyne_type(op.returns, ns, integer=op.contract.result_integer)

    def declared(ctx, *args):
        raise NotImplementedError(f"{op.name} is served by soap.endpoint, not by spyne")

    declared.__name__ = op.name
    declared.__doc__ = op.doc
    return rpc(
        *in_types, _args=wire_names, _returns=returns,
        _out_message_name=f"{op.name}RESPONSE", _out_variable_name=f"{op.name}RESULT",
    )(declared)
