"""The WSDL of a service, as spyne writes it plus Protheus' SOAPAction (``<namespace>/<OP>``)."""
from __future__ import annotations

from lxml import etree
from spyne import Application
from spyne.interface.wsdl import Wsdl11

WSDL_SOAP = "http://schemas.xmlsoap.org/wsdl/soap/"
WSDL = "http://schemas.xmlsoap.org/wsdl/"
XSD = "http://www.w3.org/2001/XMLSchema"


def wsdl_document(app: Application, endpoint: str, soap_action) -> bytes:
    """The WSDL of ``app`` at ``endpoint``; ``soap_action(op)`` gives each operation's SOAPAction."""
    document = Wsdl11(app.interface)
    document.build_interface_document(endpoint)
    tree = etree.fromstring(document.get_interface_document())
    for operation in tree.iterfind(f"{{{WSDL}}}binding/{{{WSDL}}}operation"):
        soap_operation = operation.find(f"{{{WSDL_SOAP}}}operation")
        soap_operation.set("soapAction", soap_action(operation.get("name")))
    _sort_schema(tree)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


def _sort_schema(tree) -> None:
    """spyne writes schema types in set order, which changes from process to process: sort them
    (imports first, then by kind and name) so the WSDL is the same bytes every time."""
    for schema in tree.iterfind(f"{{{WSDL}}}types/{{{XSD}}}schema"):
        children = list(schema)
        for child in children:
            schema.remove(child)
        rank = {f"{{{XSD}}}import": 0, f"{{{XSD}}}complexType": 1, f"{{{XSD}}}simpleType": 2, f"{{{XSD}}}element": 3}
        for child in sorted(children, key=lambda c: (rank.get(c.tag, 9), c.get("name") or c.get("namespace") or "")):
            schema.append(child)
