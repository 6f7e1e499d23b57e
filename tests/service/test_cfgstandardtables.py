"""CFGSTANDARDTABLES over HTTP: the generic tables of SX5 and their grid."""
import pytest
from zeep.exceptions import Fault


@pytest.fixture
def tables(portal):
    return portal.service("CFGSTANDARDTABLES")


def test_the_states(tables, usercode):
    states = tables.GETSTANDARDTABLE(USERCODE=usercode, STANDARDTABLECODE="12")
    codes = [s.CODE for s in states]
    assert codes == sorted(codes) and len(codes) == 25
    assert {(s.CODE, s.DESCRIPTION) for s in states} >= {("CF", "Ciudad de Buenos Aires"), ("CB", "Córdoba"),
                                                          ("MZ", "Mendoza"), ("EX", "Extranjero")}


def test_other_tables_and_an_unknown_one(tables, usercode):
    assert [(t.CODE, t.DESCRIPTION) for t in tables.GETSTANDARDTABLE(USERCODE=usercode, STANDARDTABLECODE="00")] == [
        ("00", "Tablas genéricas"), ("02", "Tipos de producto"), ("12", "Provincias")]
    assert [t.CODE for t in tables.GETSTANDARDTABLE(USERCODE=usercode, STANDARDTABLECODE="02")] == [
        "ME", "MP", "PA", "SV"]
    assert not tables.GETSTANDARDTABLE(USERCODE=usercode, STANDARDTABLECODE="ZZ")


def test_behind_the_portal_login(tables):
    with pytest.raises(Fault) as fault:
        tables.GETSTANDARDTABLE(USERCODE="nope", STANDARDTABLECODE="12")
    assert fault.value.message == "GETSTANDARDTABLE : Código de usuario inválido o sesión expirada"


def test_the_grid(tables):
    assert [(h.HEADERFIELD, h.HEADERTYPE, h.HEADERSIZE, h.HEADERPICTURE, h.HEADERTITLE, h.HEADEROBLIG)
            for h in tables.GETHEADER()] == [("CODE", "C", 6, "@!", "Código", False),
                                             ("DESCRIPTION", "C", 30, "@!", "Descripción", False)]
