"""The request path over real HTTP: what legacy clients send (PHP's empty elements and typed
values), SOAP 1.1 to the letter (VersionMismatch, MustUnderstand), and numbers no field can hold
refused before anything is written, on both databases."""
import datetime as dt

import pytest
from lxml import etree
from sqlalchemy import func, select

from model.tables import SC5, SC6, SCJ, SCK, ZSX
from tests.support.back_office import back_office

NS = "http://webservices.microsiga.com.br/"
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
XSI_XSD = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"'


def envelope(service: str, op: str, body: str, header: str = "", soap: str = SOAP) -> str:
    head = f"<soap:Header>{header}</soap:Header>" if header else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{soap}" {XSI_XSD} '
            f'xmlns:t="{NS}{service.lower()}.apw">{head}<soap:Body><t:{op}>{body}</t:{op}></soap:Body>'
            f"</soap:Envelope>")


def answer(response):
    """('ok', the result element) or (faultcode, faultstring)."""
    tree = etree.fromstring(response.content)
    fault = tree.find(f".//{{{SOAP}}}Fault")
    if fault is not None:
        assert response.status_code == 500
        return fault.findtext("faultcode"), fault.findtext("faultstring")
    assert response.status_code == 200
    return "ok", tree.find(f"{{{SOAP}}}Body")[0][0]


def texts(result, tag: str) -> list[str]:
    return [e.text for e in result.iter(f"{{*}}{tag}")]


# --- what legacy clients send ----------------------------------------------------------------


def test_an_empty_date_filter_is_an_omitted_one(sqlite_server):
    """PHP's SoapClient sends '' for an unused date filter as an empty element."""
    portal = sqlite_server.portal()
    code = portal.login("cliente01", "cliente01")
    since = (dt.date.today() - dt.timedelta(days=60)).isoformat()
    common = f"<t:USERCODE>{code}</t:USERCODE><t:CUSTOMERID>00000101</t:CUSTOMERID>"
    empty = answer(portal.post("MTCUSTOMERSALESORDER", envelope("MTCUSTOMERSALESORDER", "BRWSALESORDER",
        common + f"<t:REGISTERDATEFROM>{since}</t:REGISTERDATEFROM><t:REGISTERDATETO></t:REGISTERDATETO>"
                 "<t:BIDNUMBERFROM></t:BIDNUMBERFROM><t:PAGELEN></t:PAGELEN><t:PAGEFIRST/>")))
    omitted = answer(portal.post("MTCUSTOMERSALESORDER", envelope("MTCUSTOMERSALESORDER", "BRWSALESORDER",
        common + f"<t:REGISTERDATEFROM>{since}</t:REGISTERDATEFROM>")))
    assert empty[0] == omitted[0] == "ok"
    assert texts(empty[1], "ORDERID") == texts(omitted[1], "ORDERID") != []


def test_a_derived_xsi_type_is_accepted_and_its_range_applies(sqlite_server):
    """PHP's SoapVar(3, XSD_INT) on an xs:integer parameter."""
    portal = sqlite_server.portal()
    code = portal.login("cliente01", "cliente01")
    typed = answer(portal.post("MTPRODUCT", envelope("MTPRODUCT", "GETCATALOG",
        f'<t:USERCODE xsi:type="xsd:string">{code}</t:USERCODE><t:PAGELEN xsi:type="xsd:int">3</t:PAGELEN>')))
    assert typed[0] == "ok" and len(texts(typed[1], "PRODUCTCODE")) == 3
    too_big = answer(portal.post("MTPRODUCT", envelope("MTPRODUCT", "GETCATALOG",
        f'<t:USERCODE>{code}</t:USERCODE><t:PAGELEN xsi:type="xsd:short">40000</t:PAGELEN>')))
    assert too_big == ("soap:Client", ("GETCATALOG : Requisición inválida: Element 'PAGELEN': '40000' is not a "
                                      "valid value of the atomic type 'xs:short'."))
    not_derived = answer(portal.post("MTPRODUCT", envelope("MTPRODUCT", "GETCATALOG",
        f'<t:USERCODE>{code}</t:USERCODE><t:PAGELEN xsi:type="xsd:string">3</t:PAGELEN>')))
    assert not_derived[0] == "soap:Client" and "'PAGELEN'" in not_derived[1]


def test_strict_where_it_matters_the_first_offending_element_is_named(sqlite_server):
    portal = sqlite_server.portal()
    unknown = answer(portal.post("MTPRODUCT", envelope("MTPRODUCT", "GETTYPEOFPRODUCT",
        "<t:USERCODE>x</t:USERCODE><t:SKIN>blue</t:SKIN>")))
    assert unknown == ("soap:Client", ("GETTYPEOFPRODUCT : Requisición inválida: Element 'SKIN': This element is "
                                      "not expected."))
    foreign = answer(portal.post("MTPRODUCT", envelope("MTPRODUCT", "GETTYPEOFPRODUCT",
        '<x:USERCODE xmlns:x="urn:other">x</x:USERCODE>')))
    assert foreign[0] == "soap:Client" and "'USERCODE' in namespace 'urn:other'" in foreign[1]
    wrong_kind = answer(portal.post("MTCUSTOMERSALESORDER", envelope("MTCUSTOMERSALESORDER", "BRWSALESORDER",
        "<t:USERCODE>x</t:USERCODE><t:CUSTOMERID>00000101</t:CUSTOMERID><t:REGISTERDATEFROM>31/12/2026"
        "</t:REGISTERDATEFROM>")))
    assert wrong_kind == ("soap:Client", ("BRWSALESORDER : Requisición inválida: Element 'REGISTERDATEFROM': "
                                         "'31/12/2026' is not a valid value of the atomic type 'xs:date'."))


# --- SOAP 1.1 to the letter ------------------------------------------------------------------


def test_a_soap_12_envelope_is_a_version_mismatch(sqlite_server):
    response = sqlite_server.portal().post("USERPORTAL", envelope("USERPORTAL", "PRTLISTPORTALS", "", soap=SOAP12),
                                           headers={"Content-Type": "application/soap+xml; charset=utf-8"})
    assert answer(response) == ("soap:VersionMismatch", ("Versión de SOAP no admitida: el sobre debe estar en "
                                                        "http://schemas.xmlsoap.org/soap/envelope/"))
    assert etree.fromstring(response.content).tag == f"{{{SOAP}}}Envelope"  # answered in SOAP 1.1


def test_a_header_block_that_must_be_understood_is_refused_and_others_are_ignored(sqlite_server):
    portal = sqlite_server.portal()
    security = ('<w:Security xmlns:w="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"'
                ' soap:mustUnderstand="{}"{}><w:UsernameToken/></w:Security>')
    refused = answer(portal.post("USERPORTAL", envelope("USERPORTAL", "PRTLISTPORTALS", "",
                                                        header=security.format("1", ""))))
    assert refused == ("soap:MustUnderstand", ("Bloque de cabecera no procesado: {http://docs.oasis-open.org/wss/2004/"
                                              "01/oasis-200401-wss-wssecurity-secext-1.0.xsd}Security"))
    for header in (security.format("0", ""), security.format("1", ' soap:actor="urn:somebody-else"'),
                   '<t:TRACE>on</t:TRACE>'):
        ignored = answer(portal.post("USERPORTAL", envelope("USERPORTAL", "PRTLISTPORTALS", "", header=header)))
        assert ignored[0] == "ok" and "000001" in texts(ignored[1], "CODE"), header


# --- numbers no field can hold -----------------------------------------------------------------


def stored(server) -> dict:
    with back_office(server) as session:
        return {table.__name__: session.scalar(select(func.count()).select_from(table)) for table in (SC5, SC6, SCJ, SCK)} | {
            "numbers": sorted(session.scalars(select(ZSX.ZSX_ULTIMO)))}


def fields(values: dict) -> str:
    """Elements in the order the structures declare them (alphabetical)."""
    return "".join(f"<t:{name}>{value}</t:{name}>" for name, value in sorted(values.items()))


def order(code: str, item: dict, header: str = "") -> str:
    return (f"<t:USERCODE>{code}</t:USERCODE><t:CUSTOMERID>00000101</t:CUSTOMERID><t:SALESORDER><t:SOHEADER>"
            f"<t:CUSTOMERCODE>000001</t:CUSTOMERCODE><t:CUSTOMERUNIT>01</t:CUSTOMERUNIT>{header}</t:SOHEADER>"
            f"<t:SOITEM><t:SALESORDERITEMVIEW>{fields({'ORDERITEM': '01', **item})}</t:SALESORDERITEMVIEW>"
            f"</t:SOITEM></t:SALESORDER>")


def quote(code: str, item: dict) -> str:
    return (f"<t:USERCODE>{code}</t:USERCODE><t:CUSTOMERID>00000101</t:CUSTOMERID><t:BUDGET><t:HEADER>"
            "<t:CUSTOMERCODE>000001</t:CUSTOMERCODE><t:CUSTOMERUNIT>01</t:CUSTOMERUNIT>"
            "<t:PAYMENTPLANCODE></t:PAYMENTPLANCODE></t:HEADER><t:ITENS><t:BUDGETITENSVIEW>"
            f"{fields({'BUDGETITEM': '01', **item})}</t:BUDGETITENSVIEW></t:ITENS></t:BUDGET>")


def item(product: str, quantity: str, price: str | None = None) -> dict:
    return {"PRODUCTID": product, "QUANTITY": quantity, **({"NETUNITPRICE": price} if price else {})}


@pytest.mark.parametrize("sent, field, shown", [
    (item("PA0007", "1e15"), "QUANTITY", "1000000000000000"),
    (item("PA0007", "9999999999"), "QUANTITY", "9999999999"),
    (item("PA0007", "NaN"), "QUANTITY", "NaN"),
    (item("PA0007", "INF"), "QUANTITY", "INF"),
    (item("PA0007", "5", "1e15"), "NETUNITPRICE", "1000000000000000"),
    (item("PA0007", "5", "-INF"), "NETUNITPRICE", "-INF"),
])
def test_a_number_no_field_can_hold_is_refused_before_any_work(server, sent, field, shown):
    portal = server.portal()
    code = portal.login("cliente01", "cliente01")
    before = stored(server)
    for service, operation, body in (("MTCUSTOMERSALESORDER", "PUTSALESORDER", order(code, sent)),
                                     ("MTCUSTOMERBUDGET", "PUTBUDGET", quote(code, sent)),
                                     ("MTSIMULATIONSALESORDER", "PUTSALESORDER", order(code, sent).replace(
                                         "SALESORDER>", "OLDSALESORDER>").replace("<t:CUSTOMERID>00000101</t:CUSTOMERID>", ""))):
        refused = answer(portal.post(service, envelope(service, operation, body)))
        assert refused == ("soap:Client", f"{operation} : Valor inválido para {field}: {shown}"), service
    assert stored(server) == before


@pytest.mark.parametrize("sent, header, field", [
    (item("ME0001", "200000"), "", "NETWEIGHT"),  # 200000 x 5.6 kg: more than C5_PESOL's 999999.9999
    (item("PA0007", "100", "99999999.99"), "", "NETTOTAL"),  # ten thousand million: more than C6_VALOR holds
    (item("PA0007", "1"), "<t:FREIGHTVALUE>99999999999.5</t:FREIGHTVALUE>", "FREIGHTVALUE"),
])
def test_computed_values_are_checked_before_writing(server, sent, header, field):
    portal = server.portal()
    code = portal.login("cliente01", "cliente01")
    before = stored(server)
    refused = answer(portal.post("MTCUSTOMERSALESORDER", envelope("MTCUSTOMERSALESORDER", "PUTSALESORDER",
                                                                  order(code, sent, header))))
    assert refused[0] == "soap:Client" and refused[1].startswith(f"PUTSALESORDER : Valor inválido para {field}: ")
    if field == "NETTOTAL":
        quoted = answer(portal.post("MTCUSTOMERBUDGET", envelope("MTCUSTOMERBUDGET", "PUTBUDGET", quote(code, sent))))
        assert quoted[0] == "soap:Client" and quoted[1].startswith("PUTBUDGET : Valor inválido para "), quoted
    assert stored(server) == before
