"""USERPRESENTATION over HTTP: the portal's home page from the files the MV_PORTAL parameters name,
open to any caller past the HTTP layer."""
import pytest
import requests
from sqlalchemy import update

from model.demo.framework import bitmap
from model.tables import SX6
from tests.support.back_office import back_office


@pytest.fixture
def home(portal):
    return portal.service("USERPRESENTATION")


def test_the_presentation_in_the_servers_language(home):
    text = home.GETPRESENTATION()
    assert text.startswith("<h2>Bienvenido al portal de El Proveedor Ferretero</h2><p>Consulte")
    assert "\n" not in text


def test_the_news(home):
    news = home.GETDAILYNEWS()
    assert [(n.CODE, n.DESCRIPTION) for n in news] == [
        ("Promoción", "10% de descuento en toda la línea de pinturas hasta fin de mes"),
        ("Horario", "Atendemos de lunes a viernes de 8 a 18 h"),
        (None, "Nuevo depósito en Córdoba: entregas en 48 h a todo el interior"),  # a line without a title
    ]
    assert all(n.VALUE is None for n in news)


def test_photo_and_logo_arrive_whole(home):
    assert home.GETPHOTO().startswith(b"\x89PNG\r\n\x1a\n")
    assert home.GETLOGO() == bitmap((13, 10, 120))  # LGRL01.BMP, line-break bytes included
    assert home.GETKEYAUTUSR() is None  # always empty


def test_what_the_parameters_name_is_what_is_served(home, server):
    with back_office(server) as session:
        session.execute(update(SX6).where(SX6.X6_VAR == "MV_PORTAL4").values(X6_CONTSPA="empresa.png"))
        session.execute(update(SX6).where(SX6.X6_VAR == "MV_PORTAL3").values(X6_CONTSPA="none.txt"))
    try:
        assert home.GETLOGO() == home.GETPHOTO()
        [hint] = home.GETDAILYNEWS()
        assert hint.CODE == "Configuración" and "MV_PORTAL3" in hint.DESCRIPTION
    finally:
        with back_office(server) as session:
            session.execute(update(SX6).where(SX6.X6_VAR.in_(["MV_PORTAL3", "MV_PORTAL4"]))
                            .values(X6_CONTSPA=SX6.X6_CONTEUD))
    assert home.GETLOGO() == bitmap((13, 10, 120))


def test_no_portal_login_but_the_http_layer_still(server):
    envelope = ('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
                '<GETPRESENTATION xmlns="http://webservices.microsiga.com.br/userpresentation.apw"/>'
                '</soap:Body></soap:Envelope>')
    url = f"{server.url}/ws/USERPRESENTATION.apw"
    assert requests.post(url, data=envelope, headers={"Content-Type": "text/xml"}).status_code == 401
    answer = requests.post(url, data=envelope, headers={"Content-Type": "text/xml"}, auth=("wsadmin", "wsadmin"))
    assert answer.status_code == 200 and "Bienvenido" in answer.text
