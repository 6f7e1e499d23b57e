"""Transport, framing and both authentication layers, over real HTTP."""
import base64

import pytest
import requests
from lxml import etree
from zeep.exceptions import Fault

from tests.support.portal_client import Portal

NS = "http://webservices.microsiga.com.br/"
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"


def envelope(service: str, op: str, body: str) -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{SOAP}" '
            f'xmlns:t="{NS}{service.lower()}.apw"><soap:Body><t:{op}>{body}</t:{op}></soap:Body></soap:Envelope>')


def fault_of(response) -> tuple[str, str]:
    tree = etree.fromstring(response.content)
    fault = tree.find(f".//{{{SOAP}}}Fault")
    return fault.findtext("faultcode"), fault.findtext("faultstring")


def test_zeep_sees_the_protheus_names_and_namespaces(sqlite_server):
    client = Portal(sqlite_server.url).client("MTPRODUCT")
    service = next(iter(client.wsdl.services.values()))
    assert service.name == "MTPRODUCT"
    port = next(iter(service.ports.values()))
    operations = port.binding._operations
    assert {"GETCATALOG", "GETTYPEOFPRODUCT", "GETHEADER"} <= set(operations)
    catalog = operations["GETCATALOG"]
    assert catalog.soapaction == f"{NS}mtproduct.apw/GETCATALOG"
    assert catalog.input.body.qname.text == f"{{{NS}mtproduct.apw}}GETCATALOG"
    assert catalog.output.body.qname.text == f"{{{NS}mtproduct.apw}}GETCATALOGRESPONSE"
    result = catalog.output.body.type.elements[0]
    assert result[0] == "GETCATALOGRESULT"
    assert result[1].type.qname.text == f"{{{NS}mtproduct.apw}}ARRAYOFPRODUCTVIEW"
    assert [name for name, _ in catalog.input.body.type.elements] == [
        "USERCODE", "TYPEOFPRODUCTIN", "GROUPOFPRODUCTIN", "PRODUCTCODELIKE", "DESCRIPTIONLIKE", "PAGELEN",
        "PAGEFIRST", "QUERYADDWHERE", "INDEXKEY", "CUSTOMERID"]
    view = client.get_type(f"{{{NS}mtproduct.apw}}PRODUCTVIEW")
    assert [name for name, _ in view.elements][:3] == ["BARCODE", "DESCRIPTION", "DESCRIPTIONGROUPOFPRODUCT"]
    # a shared structure lives in each service's own namespace
    assert client.get_type(f"{{{NS}mtproduct.apw}}GENERICSTRUCT")
    userportal = Portal(sqlite_server.url).client("USERPORTAL")
    assert userportal.get_type(f"{{{NS}userportal.apw}}GENERICSTRUCT")


def test_paths_are_case_insensitive_and_wsdl_in_any_case(sqlite_server):
    auth = ("wsadmin", "wsadmin")
    upper = requests.get(f"{sqlite_server.url}/WS/MTPRODUCT.APW?WSDL", auth=auth)
    lower = requests.get(f"{sqlite_server.url}/ws/mtproduct.apw?wsdl", auth=auth)
    assert upper.status_code == lower.status_code == 200
    assert upper.content == lower.content
    assert b'targetNamespace="http://webservices.microsiga.com.br/mtproduct.apw"' in upper.content
    assert requests.get(f"{sqlite_server.url}/ws/NOSUCHSERVICE.apw?WSDL", auth=auth).status_code == 404


def test_index_lists_every_service_with_its_operations(sqlite_server):
    for path in ("/ws/", "/ws/wsindex.apw", "/WS/WSINDEX.APW"):
        page = requests.get(sqlite_server.url + path, auth=("wsadmin", "wsadmin"))
        assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
        assert "MTPRODUCT.apw?WSDL" in page.text and "GETCATALOG" in page.text and "PRTLOGIN" in page.text


@pytest.mark.parametrize("path", ["/ws/MTPRODUCT.apw?WSDL", "/ws/", "/ws/USERPORTAL.apw"])
def test_security_on_asks_for_basic_credentials(sqlite_server, path):
    missing = requests.get(sqlite_server.url + path)
    wrong = requests.get(sqlite_server.url + path, auth=("wsadmin", "bad"))
    unknown = requests.get(sqlite_server.url + path, auth=("nobody", "wsadmin"))
    for response in (missing, wrong, unknown):
        assert response.status_code == 401
        assert response.headers["WWW-Authenticate"].startswith('Basic realm="')


def test_soap_call_without_credentials_is_401(sqlite_server):
    response = requests.post(f"{sqlite_server.url}/ws/USERPORTAL.apw", data=envelope(
        "USERPORTAL", "PRTLOGIN", "<t:USERLOGIN>cliente01</t:USERLOGIN><t:USERPASSWORD>cliente01</t:USERPASSWORD>"))
    assert response.status_code == 401


def test_security_key_absent_means_on(start_server):
    server = start_server("sqlite", webservices={"Security": None})
    assert requests.get(f"{server.url}/ws/MTPRODUCT.apw?WSDL").status_code == 401
    assert requests.get(f"{server.url}/ws/MTPRODUCT.apw?WSDL", auth=("wsadmin", "wsadmin")).status_code == 200


def test_security_off_gives_free_http_access_but_keeps_the_portal_check(start_server):
    server = start_server("sqlite", webservices={"Security": "0"})
    assert requests.get(f"{server.url}/ws/MTPRODUCT.apw?WSDL").status_code == 200
    portal = Portal(server.url, auth=None)
    code = portal.login("cliente01", "cliente01")
    assert portal.service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=2)
    with pytest.raises(Fault, match="Código de usuario inválido"):
        portal.service("MTPRODUCT").GETCATALOG(USERCODE="forged", PAGELEN=2)
    assert "Security=0" in server.log.text()


def test_a_doctype_is_refused_with_a_client_fault(sqlite_server):
    portal = Portal(sqlite_server.url)
    xxe = ('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
           + envelope("USERPORTAL", "PRTLOGIN", "<t:USERLOGIN>&x;</t:USERLOGIN><t:USERPASSWORD>a</t:USERPASSWORD>")
           .split("?>", 1)[1])
    response = portal.post("USERPORTAL", xxe)
    assert response.status_code == 500
    assert fault_of(response) == ("soap:Client", "Documento XML con DOCTYPE no permitido")
    assert b"root:" not in response.content


def test_oversized_malformed_and_misencoded_bodies_are_client_faults(sqlite_server):
    portal = Portal(sqlite_server.url)
    huge = envelope("MTPRODUCT", "GETTYPEOFPRODUCT", "<t:USERCODE>" + "x" * (5 * 1024 * 1024) + "</t:USERCODE>")
    response = portal.post("MTPRODUCT", huge)
    assert response.status_code == 500
    assert fault_of(response)[0] == "soap:Client" and "demasiado grande" in fault_of(response)[1]

    broken = portal.post("MTPRODUCT", envelope("MTPRODUCT", "GETTYPEOFPRODUCT", "<t:USERCODE>x</t:USERCOD>"))
    assert broken.status_code == 500 and fault_of(broken)[0] == "soap:Client"

    latin1 = envelope("MTPRODUCT", "GETTYPEOFPRODUCT", "<t:USERCODE>caf\xe9</t:USERCODE>").encode("latin-1")
    misencoded = portal.post("MTPRODUCT", latin1)
    assert misencoded.status_code == 500
    assert fault_of(misencoded) == ("soap:Client", "El cuerpo no es texto válido en utf-8")

    assert fault_of(broken)[1].startswith("Sobre SOAP mal formado: ")
    not_soap = portal.post("MTPRODUCT", "<hello/>")
    assert fault_of(not_soap) == ("soap:Client", "Sobre SOAP mal formado: No Envelope element was found!")
    assert b"Traceback" not in not_soap.content + broken.content


def test_unknown_operation_and_bad_types_are_client_faults(sqlite_server):
    portal = Portal(sqlite_server.url)
    unknown = portal.post("MTPRODUCT", envelope("MTPRODUCT", "NOSUCHOP", ""))
    assert unknown.status_code == 500 and fault_of(unknown)[0] == "soap:Client"
    bad_type = portal.post("MTPRODUCT", envelope(
        "MTPRODUCT", "GETCATALOG", "<t:USERCODE>x</t:USERCODE><t:PAGELEN>many</t:PAGELEN>"))
    assert fault_of(bad_type) == ("soap:Client", "GETCATALOG : Requisición inválida: Element 'PAGELEN': 'many' is "
                                                 "not a valid value of the atomic type 'xs:integer'.")


def test_soapaction_header_is_not_needed(sqlite_server):
    portal = Portal(sqlite_server.url)
    body = envelope("USERPORTAL", "PRTLISTPORTALS", "")
    for action in ({}, {"SOAPAction": '"whatever"'}, {"SOAPAction": ""}):
        assert portal.post("USERPORTAL", body, headers=action).status_code == 200


@pytest.mark.parametrize("language, message, freight", [
    ("Spanish", "PRTLOGIN : Usuario o contraseña inválidos", ("Tipo flete", "C=CIF;F=FOB;T=Por cuenta de terceros")),
    ("Portuguese", "PRTLOGIN : Usuário ou senha inválidos", ("Tipo Frete", "C=CIF;F=FOB;T=Por conta terceiros")),
    ("English", "PRTLOGIN : Invalid user or password", ("Freight type", "C=CIF;F=FOB;T=Third party")),
])
def test_faults_and_headers_speak_the_rpo_language(start_server, language, message, freight):
    server = start_server("sqlite", language=language)
    portal = Portal(server.url)
    with pytest.raises(Fault) as fault:
        portal.login("cliente01", "wrong")
    assert fault.value.message == message
    header = portal.service("MTCUSTOMERSALESORDER").GETHEADER(HEADERTYPE="SALESORDERHEADERVIEW")
    field = next(h for h in header if h.HEADERFIELD == "FREIGHTTYPE")
    assert (field.HEADERTITLE, field.HEADERCOMBOBOX.startswith(freight[1])) == (freight[0], True)


def test_trace_writes_envelopes_with_passwords_masked(start_server):
    server = start_server("sqlite", webservices={"Trace": "1"})
    Portal(server.url).login("cliente01", "cliente01")
    trace = (server.ini.parent / "wsstrace.log").read_text()
    assert "PRTLOGIN" in trace and "PRTLOGINRESPONSE" in trace
    assert "cliente01</" in trace  # the login is there
    assert ">cliente01</" not in trace.split("USERPASSWORD", 1)[1].split("USERPASSWORD", 1)[0]
    assert "********" in trace


def test_static_usercode_when_portal_session_is_off(start_server):
    server = start_server("sqlite", webservices={"PortalSession": "0"})
    portal = Portal(server.url)
    assert portal.login("cliente01", "cliente01") == "000001"
    assert portal.service("MTPRODUCT").GETCATALOG(USERCODE="000001", PAGELEN=1)


def test_max_page_len_caps_every_page(start_server):
    server = start_server("sqlite", webservices={"MaxPageLen": "4"})
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    assert len(portal.service("MTPRODUCT").GETCATALOG(USERCODE=code)) == 4
    assert len(portal.service("MTPRODUCT").GETCATALOG(USERCODE=code, PAGELEN=50)) == 4


def test_a_service_not_registered_in_ai7_is_not_served(start_server):
    from sqlalchemy import select

    from model.database import soft_delete
    from model.tables import AI7
    from tests.support.back_office import back_office

    server = start_server("sqlite")
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    catalog_menu_item = "000101"
    with back_office(server) as session:
        soft_delete(session.scalars(select(AI7).where(AI7.AI7_WEBSRV == "MTPRODUCT")).one())
    response = requests.get(f"{server.url}/ws/MTPRODUCT.apw?WSDL", auth=("wsadmin", "wsadmin"))
    assert response.status_code == 404
    menu = {m.CODE: m for m in portal.service("USERPORTAL").PRTLISTMENU(USERPORTALCODE="000001", USERCODE=code,
                                                                        USERLOGIN="cliente01")}
    assert menu[catalog_menu_item].MENUISBLOCKED is True
    index = requests.get(f"{server.url}/ws/", auth=("wsadmin", "wsadmin")).text
    assert "MTPRODUCT.apw" not in index and "USERPORTAL.apw" in index


def test_basic_credentials_must_be_well_formed(sqlite_server):
    garbage = {"Authorization": "Basic " + base64.b64encode(b"no-colon-here").decode()}
    assert requests.get(f"{sqlite_server.url}/ws/", headers=garbage).status_code == 401
    assert requests.get(f"{sqlite_server.url}/ws/", headers={"Authorization": "Basic !!!"}).status_code == 401


def test_an_unexpected_error_is_a_bare_server_fault_and_the_traceback_stays_in_the_log(start_server, backend):
    from sqlalchemy import text

    from tests.support.back_office import back_office

    server = start_server(backend)
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    with back_office(server) as session:
        session.execute(text('DROP TABLE "SB1010"'))  # the back office breaks the database
    response = portal.post("MTPRODUCT", envelope("MTPRODUCT", "GETCATALOG", f"<t:USERCODE>{code}</t:USERCODE>"))
    assert response.status_code == 500
    faultcode, faultstring = fault_of(response)
    assert faultcode == "soap:Server"
    incident = faultstring.removeprefix("Internal Server Error [").removesuffix("]")
    assert faultstring == f"Internal Server Error [{incident}]" and len(incident) == 12
    assert b"Traceback" not in response.content and b"SB1010" not in response.content
    log = server.log.text()
    assert f"incident {incident}" in log and "Traceback" in log
