"""MTPRODUCT and MTGROUPOFPRODUCT over HTTP: the catalog, filtered, ordered and paged."""
import pytest
from sqlalchemy import select, update
from zeep.exceptions import Fault

from model.tables import AI6
from tests.support.back_office import back_office


def codes(products):
    return [p.PRODUCTCODE for p in products]


def test_catalog_by_type(portal, usercode):
    products = portal.service("MTPRODUCT").GETCATALOG(USERCODE=usercode, TYPEOFPRODUCTIN="PA")
    assert {p.TYPEOFPRODUCT for p in products} == {"PA"}
    assert "PA0001" in codes(products) and "PA0099" not in codes(products)  # blocked products are hidden
    first = products[0]
    assert first.PRODUCTCODE == "PA0001"
    assert first.DESCRIPTION == "TORNILLO HEXAGONAL 1/4"
    assert first.DESCRIPTIONTYPEOFPRODUCT == "Producto terminado"
    assert first.MEASUREUNIT == "UN" and first.SECONDMEASUREUNIT == "CX"
    assert first.DESCRIPTIONMEASUREUNIT and first.DESCRIPTIONSECONDMEASUREUNIT
    assert first.GROUPOFPRODUCT == "0001" and first.DESCRIPTIONGROUPOFPRODUCT == "TORNILLERIA"
    assert first.STANDARDWAREHOUSE == "01"
    several = portal.service("MTPRODUCT").GETCATALOG(USERCODE=usercode, TYPEOFPRODUCTIN="'ME','MP'")
    assert {p.TYPEOFPRODUCT for p in several} == {"ME", "MP"}


def test_catalog_by_group_code_and_description(portal, usercode):
    mt = portal.service("MTPRODUCT")
    tools = mt.GETCATALOG(USERCODE=usercode, GROUPOFPRODUCTIN="0002")
    assert tools and {p.GROUPOFPRODUCT for p in tools} == {"0002"}
    by_code = mt.GETCATALOG(USERCODE=usercode, PRODUCTCODELIKE="ME")
    assert codes(by_code) == ["ME0001", "ME0002", "ME0003"]
    by_prefix = mt.GETCATALOG(USERCODE=usercode, PRODUCTCODELIKE="PA000%")
    assert all(c.startswith("PA000") for c in codes(by_prefix)) and len(by_prefix) >= 5
    by_description = mt.GETCATALOG(USERCODE=usercode, DESCRIPTIONLIKE="tornillo")
    assert "PA0001" in codes(by_description)
    assert all("TORNILLO" in p.DESCRIPTION.upper() for p in by_description)
    assert not mt.GETCATALOG(USERCODE=usercode, DESCRIPTIONLIKE="no such thing")


def test_catalog_ordered_by_indexkey_and_paged(portal, usercode):
    mt = portal.service("MTPRODUCT")
    everything = mt.GETCATALOG(USERCODE=usercode, INDEXKEY="B1_DESC DESC")
    descriptions = [p.DESCRIPTION for p in everything]
    assert descriptions == sorted(descriptions, reverse=True)
    page1 = mt.GETCATALOG(USERCODE=usercode, INDEXKEY="B1_DESC DESC", PAGELEN=3, PAGEFIRST=1)
    page2 = mt.GETCATALOG(USERCODE=usercode, INDEXKEY="B1_DESC DESC", PAGELEN=3, PAGEFIRST=4)
    assert codes(page1) == codes(everything)[:3]
    assert codes(page2) == codes(everything)[3:6]
    by_two_keys = mt.GETCATALOG(USERCODE=usercode, INDEXKEY="B1_TIPO, B1_COD DESC")
    keys = [(p.TYPEOFPRODUCT, p.PRODUCTCODE) for p in by_two_keys]
    assert keys == sorted(keys, key=lambda k: (k[0], [-ord(c) for c in k[1]]))
    # an index key as Protheus writes it (SIX): the branch is skipped, "+" joins the columns
    by_index = mt.GETCATALOG(USERCODE=usercode, INDEXKEY="B1_FILIAL+B1_TIPO+B1_COD")
    assert [(p.TYPEOFPRODUCT, p.PRODUCTCODE) for p in by_index] == sorted(keys)


def test_queryaddwhere_filters_with_bound_values(portal, usercode):
    mt = portal.service("MTPRODUCT")
    found = mt.GETCATALOG(USERCODE=usercode, QUERYADDWHERE="B1_GRUPO = '0001' AND (B1_PRV1 > 1 OR B1_COD LIKE 'X%')")
    assert {"PA0001", "PA0002"} <= set(codes(found)) and "PA0006" not in codes(found)  # PA0006 costs 0.50
    assert {p.GROUPOFPRODUCT for p in found} == {"0001"}
    quoted = mt.GETCATALOG(USERCODE=usercode, QUERYADDWHERE="B1_DESC = 'O''BRIEN' OR B1_COD IN ('ME0001', 'MP0001')")
    assert codes(quoted) == ["ME0001", "MP0001"]


@pytest.mark.parametrize("where, token", [
    ("B1_COD = 'x'; DROP TABLE SB1010", ";"),
    ("B1_COD = 'x' OR 1=1", "1"),
    ("A1_COD = '000001'", "A1_COD"),
    ("B1_COD = 'x' UNION SELECT", "UNION"),
    ("D_E_L_E_T_ = '*'", "D_E_L_E_T_"),
    ("B1_COD = ", "<fin>"),
])
def test_queryaddwhere_outside_the_grammar_is_a_client_fault(portal, usercode, where, token):
    with pytest.raises(Fault) as fault:
        portal.service("MTPRODUCT").GETCATALOG(USERCODE=usercode, QUERYADDWHERE=where)
    assert fault.value.code == "soap:Client"
    assert fault.value.message == f"GETCATALOG : QUERYADDWHERE inválido, cerca de «{token}»"


@pytest.mark.parametrize("indexkey, token", [("B1_FOO", "B1_FOO"), ("B1_COD SIDEWAYS", "SIDEWAYS"),
                                             ("B1_COD;DROP", "B1_COD;DROP"), ("B1_COD+B1_NOPE", "B1_NOPE")])
def test_bad_indexkey_is_a_client_fault(portal, usercode, indexkey, token):
    with pytest.raises(Fault) as fault:
        portal.service("MTPRODUCT").GETCATALOG(USERCODE=usercode, INDEXKEY=indexkey)
    assert fault.value.message == f"GETCATALOG : INDEXKEY inválido, cerca de «{token}»"


def test_another_customers_id_is_refused_like_a_missing_one(portal, usercode, usercode2):
    mt = portal.service("MTPRODUCT")
    assert mt.GETCATALOG(USERCODE=usercode, CUSTOMERID="00000101", PAGELEN=1)
    with pytest.raises(Fault) as not_yours:
        mt.GETCATALOG(USERCODE=usercode2, CUSTOMERID="00000101", PAGELEN=1)
    with pytest.raises(Fault) as missing:
        mt.GETCATALOG(USERCODE=usercode2, CUSTOMERID="99999901", PAGELEN=1)
    assert not_yours.value.message == missing.value.message == "GETCATALOG : Cliente y/o Tienda no registrados."


def test_types_groups_and_header(portal, usercode):
    types = portal.service("MTPRODUCT").GETTYPEOFPRODUCT(USERCODE=usercode)
    assert {(t.CODE, t.DESCRIPTION) for t in types} >= {("PA", "Producto terminado")}
    groups = portal.service("MTGROUPOFPRODUCT").GETGROUP(USERCODE=usercode, INDEXKEY="BM_DESC")
    assert [g.DESCRIPTION for g in groups] == sorted(g.DESCRIPTION for g in groups)
    assert {g.GROUPCODE for g in groups} >= {"0001", "0002", "0003", "0004"}
    header = portal.service("MTPRODUCT").GETHEADER(HEADERTYPE="PRODUCTVIEW")
    assert header[0].HEADERFIELD == "PRODUCTCODE" and header[0].HEADERSIZE == 15
    weight = next(h for h in header if h.HEADERFIELD == "NETWEIGHT")
    assert (weight.HEADERTYPE, weight.HEADERDEC, weight.HEADERPICTURE) == ("N", 4, "@E 999,999.9999")


def test_an_operation_without_the_right_to_its_service_is_refused(portal, server):
    code = portal.login("cliente02", "cliente02")
    groups = portal.service("MTGROUPOFPRODUCT")
    assert groups.GETGROUP(USERCODE=code)
    with back_office(server) as session:
        right = session.scalars(select(AI6).where(AI6.AI6_CODUSU == "000002", AI6.AI6_WEBSRV == "MTGROUPOFPRODUCT")).one()
        right.D_E_L_E_T_ = "*"
    try:
        with pytest.raises(Fault) as fault:
            groups.GETGROUP(USERCODE=code)
        assert fault.value.message == "GETGROUP : Usuario sin acceso al servicio MTGROUPOFPRODUCT"
    finally:
        with back_office(server) as session:
            session.execute(update(AI6).where(AI6.AI6_CODUSU == "000002", AI6.AI6_WEBSRV == "MTGROUPOFPRODUCT")
                            .values(D_E_L_E_T_=" "))
    assert groups.GETGROUP(USERCODE=code)
