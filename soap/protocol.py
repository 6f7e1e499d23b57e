"""SOAP 1.1 as Protheus writes it: faults are ``soap:Client``/``soap:Server`` and their text is
``<OP> : <message>``, whatever part of the stack raised them."""
from __future__ import annotations

import re

import spyne.const.xml as spyne_xml
from spyne.model.fault import Fault
from spyne.protocol.soap import Soap11

from model import messages
from soap.xmlwriter import WrittenResult

SOAP_ENV_PREFIX = "soap"
# Envelopes as Protheus writes them: soap:Envelope, soap:Body, faultcode soap:Client.
spyne_xml.NSMAP.pop("soap11env", None)
spyne_xml.NSMAP[SOAP_ENV_PREFIX] = spyne_xml.NS_SOAP11_ENV
spyne_xml.PREFMAP[spyne_xml.NS_SOAP11_ENV] = SOAP_ENV_PREFIX


class ProtheusSoap11(Soap11):
    soap_env = SOAP_ENV_PREFIX

    def __init__(self, *args, language: str = "es", **kwargs):
        super().__init__(*args, **kwargs)
        self.language = language

    def serialize(self, ctx, message):
        if isinstance(ctx.out_error, Fault):
            ctx.out_error = normalized_fault(ctx, ctx.out_error, self.language)
        answer = ctx.out_object[0] if ctx.out_error is None and ctx.out_object else None
        if message is self.RESPONSE and isinstance(answer, WrittenResult):
            self.event_manager.fire_event("before_serialize", ctx)
            ctx.out_document, ctx.out_body_doc = answer.envelope, answer.body
            self.event_manager.fire_event("after_serialize", ctx)
            return None
        return super().serialize(ctx, message)


_LXML_PREFIX = re.compile(r"^b?[\"']?<string>:\d+:\d+:ERROR:\w+:\w+: ")
_NAMESPACE = re.compile(r"\{[^}]*\}")


def readable(text: str) -> str:
    """lxml's schema messages without their location prefix, bytes quoting and namespaces."""
    if _LXML_PREFIX.match(text):
        text = _LXML_PREFIX.sub("", text).rstrip("\"'")
    return _NAMESPACE.sub("", text)


# spyne's own Client faults (parsing, envelope, schema) -> the message that wraps their detail
SPYNE_FAULT_MESSAGES = {"Client.XMLSyntaxError": "malformed", "Client.SoapError": "malformed"}


def normalized_fault(ctx, fault: Fault, language: str) -> Fault:
    code = "Client" if str(fault.faultcode).startswith("Client") else "Server"
    text = readable(str(fault.faultstring or ""))
    if str(fault.faultcode).startswith("Client."):  # raised by spyne, not by an operation
        key = SPYNE_FAULT_MESSAGES.get(str(fault.faultcode), "invalid_request")
        text = messages.text(key, language, detail=text)
    operation = operation_name(ctx)
    if code == "Client" and operation and not text.startswith(f"{operation} : "):
        text = f"{operation} : {text}"
    return Fault(faultcode=code, faultstring=text)


def operation_name(ctx) -> str | None:
    name = getattr(ctx, "method_request_string", None)
    if not name:
        return None
    return name.rsplit("}", 1)[-1].split(".")[-1]
