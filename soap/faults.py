"""Every SOAP fault the server answers, built here and only here.

A fault is HTTP 500 with a SOAP 1.1 envelope whose ``faultcode`` is ``soap:Client`` (bad input, a
business rule), ``soap:Server`` (an unexpected error: ``Internal Server Error [<incident>]``, the
traceback in the log under that id), or one of SOAP 1.1's own ``soap:VersionMismatch`` and
``soap:MustUnderstand``. Client faults about an operation read ``<OP> : <message>``, the message
in the server's language (:mod:`model.messages`). The transport (:mod:`appserver.http`) and the
request path (:mod:`soap.endpoint`) both raise and answer :class:`SoapFault`.
"""
from __future__ import annotations

import logging
import uuid

from lxml import etree

from model import messages
from model.errors import PortalError

SOAP_ENV = "http://schemas.xmlsoap.org/soap/envelope/"
PREFIX = "soap"
CLIENT, SERVER, VERSION_MISMATCH, MUST_UNDERSTAND = "Client", "Server", "VersionMismatch", "MustUnderstand"
STATUS = "500 Internal Server Error"
CONTENT_TYPE = "text/xml; charset=utf-8"


class SoapFault(Exception):
    """A fault to answer: its code (without prefix) and its faultstring."""

    def __init__(self, code: str, text: str):
        super().__init__(code, text)
        self.code, self.text = code, text

    def envelope(self) -> bytes:
        root = etree.Element(f"{{{SOAP_ENV}}}Envelope", nsmap={PREFIX: SOAP_ENV})
        fault = etree.SubElement(etree.SubElement(root, f"{{{SOAP_ENV}}}Body"), f"{{{SOAP_ENV}}}Fault")
        etree.SubElement(fault, "faultcode").text = f"{PREFIX}:{self.code}"
        etree.SubElement(fault, "faultstring").text = self.text
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def response(self) -> tuple[str, list[tuple[str, str]], bytes]:
        """(status, headers, body) of the HTTP answer."""
        return STATUS, [("Content-Type", CONTENT_TYPE)], self.envelope()


def prefixed(operation: str | None, text: str) -> str:
    """``<OP> : <text>``, once."""
    if not operation or text.startswith(f"{operation} : "):
        return text
    return f"{operation} : {text}"


def client(lang: str, key: str, operation: str | None = None, **args) -> SoapFault:
    """A Client fault with the message ``key`` of :mod:`model.messages`."""
    return SoapFault(CLIENT, prefixed(operation, messages.text(key, lang, **args)))


def from_error(error: PortalError, lang: str, operation: str | None = None,
               field_names: dict[str, str] | None = None) -> SoapFault:
    """The Client fault of a model error; ``field_names`` words its column as the wire names it."""
    return SoapFault(CLIENT, prefixed(operation, error.text(lang, field_names)))


def invalid_request(lang: str, operation: str | None, detail: str) -> SoapFault:
    """A request the operation's declaration refuses (an unknown element, a value of the wrong kind)."""
    return client(lang, "invalid_request", operation, detail=detail)


def malformed(lang: str, detail: str) -> SoapFault:
    """A body that is not a SOAP envelope at all."""
    return client(lang, "malformed", detail=detail)


def version_mismatch(lang: str) -> SoapFault:
    return SoapFault(VERSION_MISMATCH, messages.text("version_mismatch", lang, namespace=SOAP_ENV))


def must_understand(lang: str, header: str) -> SoapFault:
    return SoapFault(MUST_UNDERSTAND, messages.text("must_understand", lang, header=header))


def incident(log: logging.Logger, what: str) -> SoapFault:
    """Log the exception being handled under a new incident id: the Server fault that names it."""
    number = uuid.uuid4().hex[:12]
    log.exception("%s failed, incident %s", what, number)
    return SoapFault(SERVER, f"Internal Server Error [{number}]")
