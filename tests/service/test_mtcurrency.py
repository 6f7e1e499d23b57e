"""MTCURRENCY over HTTP: the currencies, behind the right to MTCURRENCY."""
import pytest
from sqlalchemy import update
from zeep.exceptions import Fault

from model.tables import AI6
from tests.support.back_office import back_office


def test_currencies_named_by_their_parameters(portal, usercode):
    currencies = portal.service("MTCURRENCY").GETCURRENCY(USERCODE=usercode)
    assert [(c.CODE, c.DESCRIPTION) for c in currencies] == [
        ("1", "PESOS"), ("2", "DOLARES"), ("3", "EUROS"), ("4", "UFIR"), ("5", "YENES")]
    with pytest.raises(Fault) as fault:
        portal.service("MTCURRENCY").GETCURRENCY(USERCODE="nope")
    assert fault.value.message == "GETCURRENCY : Código de usuario inválido o sesión expirada"


def test_the_right_checked_is_mtcurrencys(portal, server):
    code = portal.login("cliente02", "cliente02")
    mt = portal.service("MTCURRENCY")
    with back_office(server) as session:
        session.execute(update(AI6).where(AI6.AI6_CODUSU == "000002", AI6.AI6_WEBSRV == "MTCURRENCY")
                        .values(D_E_L_E_T_="*"))
    try:
        with pytest.raises(Fault) as fault:
            mt.GETCURRENCY(USERCODE=code)
        assert fault.value.message == "GETCURRENCY : Usuario sin acceso al servicio MTCURRENCY"
    finally:
        with back_office(server) as session:
            session.execute(update(AI6).where(AI6.AI6_CODUSU == "000002", AI6.AI6_WEBSRV == "MTCURRENCY")
                            .values(D_E_L_E_T_=" "))
    assert mt.GETCURRENCY(USERCODE=code)


def test_the_grid(portal):
    header = portal.service("MTCURRENCY").GETHEADER()
    assert [(h.HEADERFIELD, h.HEADERTYPE, h.HEADERSIZE, h.HEADERPICTURE, h.HEADERTITLE) for h in header] == [
        ("CODE", "C", 2, "99", "Moneda"), ("DESCRIPTION", "C", 30, None, "Descripción")]
