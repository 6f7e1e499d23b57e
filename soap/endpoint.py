"""The request path of a web service: from the bytes of a SOAP request to the bytes of its answer.

For every POST: the body is parsed once (lxml, no DTD, no entities, no network); the envelope must
be SOAP 1.1's (another namespace is ``soap:VersionMismatch``) and carry no header block marked
``mustUnderstand="1"`` for this server (``soap:MustUnderstand``: it processes none); the first
element of the Body names the operation; its parameters are read by the service's decoder
(:mod:`soap.decoder`); then, in one transaction, the service must still be served (AI7: checked
before the operation's first statement, within its permission check when it starts with one),
the operation runs, and its answer is written by :mod:`soap.xmlwriter`. Every fault comes from
:mod:`soap.faults`. spyne only declares the services and writes their WSDL.
"""
from __future__ import annotations

import logging
import threading

from lxml import etree

from appserver.ini import Settings
from model.access import NotServed
from model.database import Database
from model.errors import PortalError
from soap import audit, faults, xmlwriter
from soap.call import Call
from soap.decoder import DecodeError, ServiceDecoder
from soap.service import Service

log = logging.getLogger("portal.soap")
SOAP_ENV = faults.SOAP_ENV
ENVELOPE, HEADER, BODY = f"{{{SOAP_ENV}}}Envelope", f"{{{SOAP_ENV}}}Header", f"{{{SOAP_ENV}}}Body"
MUST_UNDERSTAND, ACTOR = f"{{{SOAP_ENV}}}mustUnderstand", f"{{{SOAP_ENV}}}actor"
ACTOR_NEXT = "http://schemas.xmlsoap.org/soap/actor/next"
OK = "200 OK"


_parsers = threading.local()


def _parser(encoding: str | None):
    """The hardened parser of this thread for ``encoding`` (None: as the document declares)."""
    cache = getattr(_parsers, "by_encoding", None)
    if cache is None:
        cache = _parsers.by_encoding = {}
    parser = cache.get(encoding)
    if parser is None:
        parser = cache[encoding] = etree.XMLParser(
            encoding=encoding, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
            collect_ids=False)
    return parser


def parse(body: bytes, charset: str | None, lang: str):
    """The document of a request; ``charset`` (from Content-Type) overrides the XML declaration."""
    encoding = None if charset is None or charset.lower().replace("-", "") in ("utf8", "ascii", "usascii") else charset
    try:
        return etree.fromstring(body, _parser(encoding))
    except etree.XMLSyntaxError as error:
        raise faults.malformed(lang, str(error)) from None
    except LookupError:
        raise faults.client(lang, "bad_encoding", charset=charset[:20]) from None


def body_element(root, lang: str):
    """The request element inside a SOAP 1.1 envelope, once the envelope and its header pass."""
    if root.tag != ENVELOPE:
        if etree.QName(root).localname == "Envelope":
            raise faults.version_mismatch(lang)
        raise faults.malformed(lang, "No Envelope element was found!")
    body = None
    for part in root:
        if part.tag == HEADER and body is None:
            for block in part:
                if isinstance(block.tag, str) and (block.get(MUST_UNDERSTAND) or "").strip() in ("1", "true") \
                        and (block.get(ACTOR) or ACTOR_NEXT) == ACTOR_NEXT:
                    raise faults.must_understand(lang, block.tag)
        elif part.tag == BODY:
            body = part
    if body is None:
        raise faults.malformed(lang, "No Body element was found!")
    for element in body:
        if isinstance(element.tag, str):
            return element
    raise faults.malformed(lang, "The Body holds no request element")


class Endpoint:
    """One web service's request path, prepared at start-up."""

    def __init__(self, service: Service, settings: Settings, db: Database, implemented: frozenset[str]):
        self.service, self.settings, self.db, self.implemented = service, settings, db, implemented
        self.namespace = settings.namespace_of(service.contract.namespace)
        self.decoder = ServiceDecoder(service, self.namespace)
        for op in service.operations.values():
            xmlwriter.prepare(op.returns, op.contract.result_integer)

    def answer(self, body: bytes, charset: str | None, remote_ip: str = "") -> tuple[str, bytes, str | None]:
        """(status, envelope, operation) for a request body that passed the guard; a fault is an
        answer too. Raises :class:`NotServed` when the service is not served."""
        lang = self.settings.language
        operation = None
        try:
            element = body_element(parse(body, charset, lang), lang)
            operation = etree.QName(element).localname
            decoder = self.decoder.operation(element)
            op = decoder.operation
            arguments = decoder.decode(element)
            return OK, self._run(op, arguments, remote_ip), operation
        except DecodeError as refused:
            return faults.STATUS, faults.invalid_request(lang, operation, refused.detail).envelope(), operation
        except PortalError as error:
            field_names = self.service.operations[operation].field_names if operation in self.service.operations \
                else None
            return faults.STATUS, faults.from_error(error, lang, operation, field_names).envelope(), operation
        except faults.SoapFault as fault:
            return faults.STATUS, fault.envelope(), operation

    def _run(self, op, arguments: dict, remote_ip: str) -> bytes:
        """The operation in one transaction (a write one when it writes): its answer's envelope."""
        try:
            with self.db.session(write=op.writes) as session:
                call = Call(self.service.name, op.name, self.settings, session, remote_ip=remote_ip,
                            implemented=self.implemented)
                try:
                    value = op.func(call, **arguments)
                except PortalError:
                    call.ensure_served()  # an unserved service is not found, whatever the fault
                    raise
                call.ensure_served()  # for an operation that read nothing
                if op.writes:
                    audit.written(call, op, arguments, value)  # in the same transaction
                return xmlwriter.response(op.name, op.returns, value, self.namespace,
                                          integer=op.contract.result_integer)
        except (PortalError, faults.SoapFault, NotServed):
            raise
        except Exception:  # noqa: BLE001 (anything unexpected is a Server fault with an incident id)
            raise faults.incident(log, f"{self.service.name}.{op.name}") from None
