"""Turns a declared :class:`soap.service.Service` into a spyne Application in its namespace.

Each operation runs in one transaction; the model's errors become Client faults
``<OP> : <message>`` in the server's language; anything unexpected is logged with an id and
answered with a bare ``Internal Server Error``.
"""
from __future__ import annotations

import logging
import uuid

from spyne import Application, ServiceBase, rpc
from spyne.model.fault import Fault

from appserver.ini import Settings
from model.database import Database
from model.errors import PortalError
from soap.call import Call
from soap.protocol import ProtheusSoap11
from soap.service import Operation, Service
from soap import xmlwriter
from soap.types import from_soap, spyne_type

log = logging.getLogger("portal.soap")


def build_application(service: Service, settings: Settings, db: Database, implemented: frozenset[str]) -> Application:
    """The spyne Application of ``service``; ``implemented`` names every service published."""
    ns = settings.namespace_of(service.name)
    methods = {name: _rpc_method(service, op, ns, settings, db, implemented) for name, op in service.operations.items()}
    service_class = type(service.name, (ServiceBase,), methods)
    return Application(
        [service_class], tns=ns, name=service.name,
        in_protocol=ProtheusSoap11(validator="lxml", language=settings.language),
        out_protocol=ProtheusSoap11(language=settings.language),
    )


def _rpc_method(service: Service, op: Operation, ns: str, settings: Settings, db: Database,
                implemented: frozenset[str]):
    wire_names = [name for name, _kind, _req in op.params]
    in_types = [spyne_type(kind, ns, required=req) for _name, kind, req in op.params]
    returns = spyne_type(op.returns, ns)

    def handler(ctx, *args):
        kwargs = {name.lower(): from_soap(kind, value) for (name, kind, _r), value in zip(op.params, args)}
        try:
            with db.session(write=op.writes) as session:
                call = Call(service.name, op.name, settings, session, remote_ip=_remote_ip(ctx),
                            implemented=implemented)
                ctx.udc = call
                return xmlwriter.response(op.name, op.returns, op.func(call, **kwargs), ns)
        except PortalError as error:
            raise Fault("Client", f"{op.name} : {error.text(settings.language)}") from None
        except Fault:
            raise
        except Exception:
            incident = uuid.uuid4().hex[:12]
            log.exception("%s.%s failed, incident %s", service.name, op.name, incident)
            raise Fault("Server", f"Internal Server Error [{incident}]") from None

    handler.__name__ = op.name
    handler.__doc__ = op.doc
    return rpc(
        *in_types, _args=wire_names, _returns=returns,
        _out_message_name=f"{op.name}RESPONSE", _out_variable_name=f"{op.name}RESULT",
    )(handler)


def _remote_ip(ctx) -> str:
    environ = getattr(ctx.transport, "req_env", None) or {}
    return environ.get("REMOTE_ADDR", "")
