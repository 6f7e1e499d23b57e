"""Every WSDL the server publishes against the real Protheus contract (views/contract.json, facts read
from the clients TOTVS' generator wrote from the real WSDLs): namespace, operations and their
SOAPAction, request and response elements, every parameter in order with its type and whether it is
required, the result's type, and every structure reachable from them, field by field, in order.
The WSDL is read here with lxml alone, so what is compared is what a client sees."""
import json
from pathlib import Path

import pytest
import requests
from lxml import etree

import services

CONTRACT = json.loads((Path(__file__).resolve().parents[2] / "views" / "contract.json").read_text(encoding="utf-8"))
WSDL = "http://schemas.xmlsoap.org/wsdl/"
SOAP = "http://schemas.xmlsoap.org/wsdl/soap/"
XSD = "http://www.w3.org/2001/XMLSchema"
# Operations of a real service this server leaves unpublished, each with its reason in docs/DECISIONS.md.
UNPUBLISHED: dict[str, set[str]] = {
    # docs/decisions/framework.md: look-ups (SXB) that evaluate expressions the client sends, SX1
    # questions, the release, table sharing and the health portal's log
    "CFGDICTIONARY": {"GETACCESSMODE", "GETSX1PARAM", "GETSXBDATA", "GETSXBDATAPAGE", "GETSXBDBDATA",
                      "GETSXBDBRESULT", "GETSXBRESULT", "GETVERRELEASE", "PUTPLSLOGFIL", "PUTSX1PARAM"},
    # docs/decisions/industrial.md: only what the portal's production-order page calls from an order's item
    "MTPRODUCTIONORDER": {"BRWPRODUCTIONORDER", "BRWTOTALPRODUCTIONORDER", "PUTPRODUCTIONORDER", "DELPRODUCTIONORDER"},
}
SERVED = [service.name for service in services.ALL]


class Wsdl:
    def __init__(self, content: bytes):
        self.tree = etree.fromstring(content)
        self.tns = self.tree.get("targetNamespace")
        self.types = {}
        self.elements = {}
        for schema in self.tree.iter(f"{{{XSD}}}schema"):
            for child in schema:
                if child.tag == f"{{{XSD}}}complexType":
                    self.types[child.get("name")] = child
                elif child.tag == f"{{{XSD}}}element":
                    self.elements[child.get("name")] = child

    def qname(self, node, text: str) -> tuple[str, str]:
        prefix, _, local = text.rpartition(":")
        return node.nsmap.get(prefix or None), local

    def sequence(self, type_name: str) -> list[tuple[str, tuple[str, str], str, str]]:
        """(name, type qname, minOccurs, maxOccurs) of each element of a complex type."""
        complex_type = self.types[type_name]
        return [(e.get("name"), self.qname(e, e.get("type")), e.get("minOccurs", "1"), e.get("maxOccurs", "1"))
                for e in complex_type.iter(f"{{{XSD}}}element")]

    def element_type(self, name: str) -> str:
        element = self.elements[name]
        return self.qname(element, element.get("type"))[1]

    def soap_actions(self) -> dict[str, str]:
        return {op.get("name"): op.find(f"{{{SOAP}}}operation").get("soapAction")
                for op in self.tree.iterfind(f"{{{WSDL}}}binding/{{{WSDL}}}operation")}

    def port_operations(self) -> list[str]:
        return [op.get("name") for op in self.tree.iterfind(f"{{{WSDL}}}portType/{{{WSDL}}}operation")]


def expected_type(type_name: str, ns: str) -> tuple[str, str]:
    return (XSD, type_name) if type_name[:1].islower() else (ns, type_name)


def differences(service: str, wsdl: Wsdl) -> list[str]:
    """Everything in which the served WSDL of ``service`` differs from the real contract."""
    real = CONTRACT["services"][service]
    ns, found = real["namespace"], []
    if wsdl.tns != ns:
        found.append(f"namespace {wsdl.tns!r}, real {ns!r}")
    real_ops = {op["name"]: op for op in real["operations"]}
    published = wsdl.port_operations()
    for name in sorted(set(published) - set(real_ops)):
        found.append(f"{name}: not an operation of the real {service}")
    for name in sorted(set(real_ops) - set(published) - UNPUBLISHED.get(service, set())):
        found.append(f"{name}: an operation of the real {service} that is not published")
    actions = wsdl.soap_actions()
    structures: set[str] = set()
    for name in sorted(set(published) & set(real_ops)):
        op = real_ops[name]
        action = f"{ns}{name}" if ns.endswith("/") else f"{ns}/{name}"
        if actions.get(name) != action:
            found.append(f"{name}: SOAPAction {actions.get(name)!r}, real {action!r}")
        params = wsdl.sequence(wsdl.element_type(name))
        wanted = [(p, expected_type(t, ns), "1" if required else "0") for p, t, required in op["params"]]
        got = [(p, t, min_occurs) for p, t, min_occurs, _ in params]
        if got != wanted:
            found.append(f"{name}: parameters {got}, real {wanted}")
        response = wsdl.sequence(wsdl.element_type(f"{name}RESPONSE"))
        if [(r, t) for r, t, _, _ in response] != [(f"{name}RESULT", expected_type(op["result"], ns))]:
            found.append(f"{name}: result {response}, real {name}RESULT of {op['result']}")
        structures.update(t for _, t, _ in op["params"] if t[:1].isupper())
        structures.add(op["result"]) if op["result"][:1].isupper() else None
    checked: set[str] = set()
    while structures - checked:
        name = sorted(structures - checked)[0]
        checked.add(name)
        if name not in wsdl.types:
            found.append(f"structure {name} missing")
            continue
        fields = wsdl.sequence(name)
        if name not in CONTRACT["structures"]:  # ARRAYOF<T>: repeated <T>
            item = name[len("ARRAYOF"):]
            wanted = [(item, expected_type("string" if item == "STRING" else item, ns), "0", "unbounded")]
            if fields != wanted:
                found.append(f"{name}: {fields}, real {wanted}")
            structures.add(item) if item != "STRING" else None
            continue
        wanted = [(f, expected_type(t, ns), "1" if required else "0", "1")
                  for f, t, required in CONTRACT["structures"][name]]
        if fields != wanted:
            found.append(f"{name}: fields {fields}, real {wanted}")
        structures.update(t for _, t, _ in CONTRACT["structures"][name] if t[:1].isupper())
    return found


@pytest.mark.parametrize("service", SERVED)
def test_the_published_wsdl_is_the_real_contract(sqlite_server, service):
    served = requests.get(f"{sqlite_server.url}/ws/{service}.apw?WSDL", auth=("wsadmin", "wsadmin"))
    assert served.status_code == 200
    assert differences(service, Wsdl(served.content)) == []


def test_the_check_sees_a_difference():
    """The comparison itself: a WSDL that drops a parameter or changes a field's type is caught."""
    service = "MTGROUPOFPRODUCT"
    ns = CONTRACT["services"][service]["namespace"]
    wsdl = Wsdl(Path(__file__).resolve().parents[2].joinpath("wsdl", f"{service}.wsdl").read_bytes())
    assert differences(service, wsdl) == []
    getgroup = wsdl.types["GETGROUP"]
    getgroup.find(f".//{{{XSD}}}element[@name='INDEXKEY']").getparent().remove(
        getgroup.find(f".//{{{XSD}}}element[@name='INDEXKEY']"))
    wsdl.types["GROUPOFPRODUCTVIEW"].find(f".//{{{XSD}}}element[@name='GROUPCODE']").set("type", "xs:int")
    found = differences(service, wsdl)
    assert any(line.startswith("GETGROUP: parameters") for line in found)
    assert any(line.startswith("GROUPOFPRODUCTVIEW: fields") for line in found), found
    assert ns in CONTRACT["services"][service]["namespace"]
