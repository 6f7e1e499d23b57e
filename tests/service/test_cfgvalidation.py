"""CFGVALIDATION over HTTP: federal tax ids and state registrations told valid or not."""
import pytest
from sqlalchemy import update
from zeep.exceptions import Fault

from model.tables import AI6
from tests.support.back_office import back_office


@pytest.fixture
def validation(portal):
    return portal.service("CFGVALIDATION")


def fault_of(call, **kw) -> str:
    with pytest.raises(Fault) as fault:
        call(**kw)
    assert fault.value.code.endswith("Client")
    return fault.value.message


@pytest.mark.parametrize("number", ["390.533.447-05", "39053344705", "16.727.230/0001-97", "16727230000197"])
def test_valid_cpf_and_cnpj(validation, usercode, number):
    assert validation.CHECKFEDERALID(USERCODE=usercode, COUNTRY="BRA", FEDERALID=number) == "FederalID is valid!"


@pytest.mark.parametrize("number", ["390.533.447-06", "16.727.230/0001-98", "111.111.111-11", "1234"])
def test_invalid_cpf_and_cnpj(validation, usercode, number):
    assert fault_of(validation.CHECKFEDERALID, USERCODE=usercode, COUNTRY="BRA", FEDERALID=number) == (
        "CHECKFEDERALID : FederalID is not valid!")


def test_other_countries(validation, usercode):
    assert validation.CHECKFEDERALID(USERCODE=usercode, COUNTRY="ARG", FEDERALID="30711222339") == (
        "FederalID is valid!")  # the demo customer's CUIT
    assert fault_of(validation.CHECKFEDERALID, USERCODE=usercode, COUNTRY="ARG", FEDERALID="30711222334") == (
        "CHECKFEDERALID : FederalID is not valid!")
    assert validation.CHECKFEDERALID(USERCODE=usercode, COUNTRY="BOL", FEDERALID="123") is None  # no rule


def test_state_registrations(validation, usercode):
    assert validation.CHECKSTATEID(USERCODE=usercode, STATE="SP", STATEID="110.042.490.114") == "StateID is valid!"
    assert validation.CHECKSTATEID(USERCODE=usercode, STATE="MG", STATEID="ISENTO") == "StateID is valid!"
    assert fault_of(validation.CHECKSTATEID, USERCODE=usercode, STATE="SP", STATEID="110.042.490.115") == (
        "CHECKSTATEID : StateID is not valid!")
    assert fault_of(validation.CHECKSTATEID, USERCODE=usercode, STATE="XX", STATEID="1") == (
        "CHECKSTATEID : StateID is not valid!")
    # a province of the demo's table of states: no rule to apply, nothing to object
    assert validation.CHECKSTATEID(USERCODE=usercode, STATE="CF", STATEID="901-234567-8") is None


def test_behind_the_portal_login_and_the_right(validation, portal, server):
    assert fault_of(validation.CHECKFEDERALID, USERCODE="nope", COUNTRY="BRA", FEDERALID="39053344705") == (
        "CHECKFEDERALID : Código de usuario inválido o sesión expirada")
    code = portal.login("cliente02", "cliente02")
    revoke = AI6.AI6_CODUSU == "000002", AI6.AI6_WEBSRV == "CFGVALIDATION"
    with back_office(server) as session:
        session.execute(update(AI6).where(*revoke).values(D_E_L_E_T_="*"))
    try:
        assert fault_of(validation.CHECKSTATEID, USERCODE=code, STATE="SP", STATEID="110042490114") == (
            "CHECKSTATEID : Usuario sin acceso al servicio CFGVALIDATION")
    finally:
        with back_office(server) as session:
            session.execute(update(AI6).where(*revoke).values(D_E_L_E_T_=" "))
    assert validation.CHECKSTATEID(USERCODE=code, STATE="SP", STATEID="110042490114") == "StateID is valid!"
