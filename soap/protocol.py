"""SOAP 1.1 as Protheus writes it: faults are ``soap:Client``/``soap:Server`` and their text is
``<OP> : <message>``, whatever part of the stack raised them."""
from __future__ import annotations

import spyne.const.xml as spyne_xml
from spyne.model.fault import Fault
from spyne.protocol.soap import Soap11

SOAP_ENV_PREFIX = "soap"
spyne_xml.NSMAP[SOAP_ENV_PREFIX] = spyne_xml.NS_SOAP11_ENV


class ProtheusSoap11(Soap11):
    soap_env = SOAP_ENV_PREFIX

    def fault_to_parent(self, ctx, cls, inst, parent, ns, *args, **kwargs):
        if isinstance(inst, Fault):
            inst = normalized_fault(ctx, inst)
        return super().fault_to_parent(ctx, cls, inst, parent, ns, *args, **kwargs)


def normalized_fault(ctx, fault: Fault) -> Fault:
    code = "Client" if str(fault.faultcode).startswith("Client") else "Server"
    text = str(fault.faultstring or "")
    operation = operation_name(ctx)
    if code == "Client" and operation and not text.startswith(f"{operation} : "):
        text = f"{operation} : {text}"
    return Fault(faultcode=code, faultstring=text)


def operation_name(ctx) -> str | None:
    name = getattr(ctx, "method_request_string", None)
    if not name:
        return None
    return name.rsplit("}", 1)[-1].split(".")[-1]
