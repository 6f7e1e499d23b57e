"""CFGDICTIONARY over HTTP: the indexes a browse orders by (each one tried on its browse), MV_
parameters, the company's own fields (and the views that carry them) and field sizes."""
import datetime as dt

import pytest
from zeep.exceptions import Fault

from model import dictionary


@pytest.fixture
def cfg(portal):
    return portal.service("CFGDICTIONARY")


def fault_of(call, **kw) -> str:
    with pytest.raises(Fault) as fault:
        call(**kw)
    return fault.value.message


# --- GETINDEX, proved on the browses -------------------------------------------------------

FAR = dict(REGISTERDATEFROM=dt.date(2000, 1, 1), REGISTERDATETO=dt.date(2100, 1, 1))
# table -> the browse that orders it by INDEXKEY, and what else it needs
BROWSES = {
    "SB1": ("MTPRODUCT", "GETCATALOG", {}),
    "SBM": ("MTGROUPOFPRODUCT", "GETGROUP", {}),
    "SC5": ("MTCUSTOMERSALESORDER", "BRWSALESORDER", {"CUSTOMERID": "00000101", **FAR}),
    "SCJ": ("MTCUSTOMERBUDGET", "BRWBUDGET", {"CUSTOMERID": "00000101", "QUERYADDWHERE": "", "PAGELEN": 50,
                                              "PAGEFIRST": 1, **FAR}),
    "SA4": ("MTCARRIER", "BRWCARRIER", {"PAGELEN": 50, "PAGEFIRST": 1, "NAMELIKE": "", "NICKNAMELIKE": ""}),
    "SU5": ("CRMCUSTOMERCONTACT", "BRWCONTACT", {"CUSTOMERID": "00000101"}),
    "AD8": ("FTCUSTOMERTASK", "BRWTASK", {"CUSTOMERID": "00000101"}),
}


@pytest.mark.parametrize("alias", BROWSES)
def test_every_index_getindex_offers_orders_its_browse(portal, cfg, usercode, alias):
    indexes = cfg.GETINDEX(USERCODE=usercode, TABLE=alias)
    keys = [index.DESCRIPTION for index in indexes]
    assert keys and len(set(keys)) == len(keys)
    facts = {i["key"]: i for i in dictionary.table_facts(alias)["indexes"]}
    assert all(facts[index.DESCRIPTION]["description"]["es"] == index.CODE for index in indexes)
    assert [facts[key]["order"] for key in keys] == sorted(facts[key]["order"] for key in keys)  # SIX order
    service, operation, more = BROWSES[alias]
    browse = getattr(portal.service(service), operation)
    for key in keys:
        assert browse(USERCODE=usercode, INDEXKEY=key, **more), key  # accepted, and there are rows


def test_a_key_getindex_leaves_out_is_one_the_browse_refuses(portal, cfg, usercode):
    keys = [index.DESCRIPTION for index in cfg.GETINDEX(USERCODE=usercode, TABLE="SB1")]
    assert "B1_FILIAL+B1_PROC" not in keys
    assert fault_of(portal.service("MTPRODUCT").GETCATALOG, USERCODE=usercode, INDEXKEY="B1_FILIAL+B1_PROC") == (
        "GETCATALOG : INDEXKEY inválido, cerca de «B1_PROC»")


# what GETCATALOG's PRODUCTVIEW calls each column of SB1's index keys
PRODUCT_FIELDS = {"B1_COD": "PRODUCTCODE", "B1_TIPO": "TYPEOFPRODUCT", "B1_DESC": "DESCRIPTION",
                  "B1_GRUPO": "GROUPOFPRODUCT", "B1_CODBAR": "BARCODE"}


def test_the_catalog_comes_in_the_order_of_the_index_chosen(portal, cfg, usercode):
    catalog = portal.service("MTPRODUCT").GETCATALOG
    for index in cfg.GETINDEX(USERCODE=usercode, TABLE="SB1"):
        fields = [PRODUCT_FIELDS[part] for part in index.DESCRIPTION.split("+")[1:]]
        page = catalog(USERCODE=usercode, INDEXKEY=index.DESCRIPTION)
        rows = [tuple(getattr(p, f) or "" for f in fields) for p in page]
        assert len(rows) > 5 and rows == sorted(rows), index.DESCRIPTION


def test_indexes_of_a_table_no_browse_orders(cfg, usercode):
    assert not cfg.GETINDEX(USERCODE=usercode, TABLE="SA1")  # an empty ARRAYOFGENERICSTRUCT
    assert not cfg.GETINDEX(USERCODE=usercode, TABLE="XYZ")
    assert fault_of(cfg.GETINDEX, USERCODE=usercode, TABLE="") == "GETINDEX : El campo TABLE es obligatorio"
    assert fault_of(cfg.GETINDEX, USERCODE="nope", TABLE="SB1") == (
        "GETINDEX : Código de usuario inválido o sesión expirada")


def test_the_grid_of_the_indexes(cfg):
    assert [(h.HEADERFIELD, h.HEADERTYPE, h.HEADERSIZE, h.HEADERPICTURE, h.HEADERTITLE) for h in cfg.GETHEADER()] == [
        ("CODE", "C", 6, "@!", "Orden"), ("DESCRIPTION", "C", 30, "@!", "Clave")]


# --- GETPARAM ------------------------------------------------------------------------------


def test_parameters(cfg, usercode):
    assert cfg.GETPARAM(USERCODE=usercode, MVPARAM="MV_ALTPED") == "N"
    assert cfg.GETPARAM(USERCODE=usercode, MVPARAM="MV_ALTPED", BRANCH="02") == "S"
    assert cfg.GETPARAM(USERCODE=usercode, MVPARAM="MV_MOEDA2") == "DOLARES"
    assert cfg.GETPARAM(USERCODE=usercode, MVPARAM="MV_RELAUTH") == ".F."
    assert cfg.GETPARAM(USERCODE=usercode, MVPARAM="MV_NOEXISTE") == ".F."
    assert fault_of(cfg.GETPARAM, USERCODE="nope", MVPARAM="MV_ALTPED") == (
        "GETPARAM : Código de usuario inválido o sesión expirada")


def test_before_login_only_what_the_login_page_reads(cfg):
    assert cfg.GETPARAM(USERCODE="MSALPHA", MVPARAM="MV_ACESSPP") == "2"
    assert cfg.GETPARAM(USERCODE="MSALPHA", MVPARAM="MV_LOGSIGA") is None  # blank
    assert fault_of(cfg.GETPARAM, USERCODE="MSALPHA", MVPARAM="MV_ALTPED") == (
        "GETPARAM : Código de usuario inválido o sesión expirada")


# --- GETUSERFIELD and the views that carry the user fields ----------------------------------


def test_the_user_fields_of_a_table(cfg, usercode):
    fields = cfg.GETUSERFIELD(USERCODE=usercode, ALIAS="SA1")
    assert [(f.USERNAME, f.USERTYPE, f.USERSIZE, f.USERDEC, f.USEROBLIG, f.USERTITLE, f.USERTAG) for f in fields] == [
        ("A1_XSEGMEN", "C", 1, 0, True, "Segmento", None), ("A1_XCOMPRA", "C", 40, 0, False, "Resp.compras", None)]
    assert fields[0].USERCOMBOBOX == "1=Ferretería;2=Pinturería;3=Construcción"
    assert [f.USERNAME for f in cfg.GETUSERFIELD(USERCODE=usercode, ALIAS="SC5")] == ["C5_XOBRA"]
    assert not cfg.GETUSERFIELD(USERCODE=usercode, ALIAS="SC6")
    assert fault_of(cfg.GETUSERFIELD, USERCODE=usercode, ALIAS=" ") == "GETUSERFIELD : El campo ALIAS es obligatorio"


def test_the_catalog_carries_the_products_user_fields(portal, cfg, usercode):
    defined = [f.USERNAME for f in cfg.GETUSERFIELD(USERCODE=usercode, ALIAS="SB1")]
    page = portal.service("MTPRODUCT").GETCATALOG(USERCODE=usercode, PRODUCTCODELIKE="PA000")
    by_code = {p.PRODUCTCODE: {f.USERNAME: f.USERTAG for f in p.USERFIELDS.USERFIELD} for p in page}
    assert all(list(fields) == defined for fields in by_code.values())
    assert by_code["PA0003"] == {"B1_XMARCA": "TRAMONTINA", "B1_XGARANT": "12"}
    assert by_code["PA0001"] == {"B1_XMARCA": None, "B1_XGARANT": "0"}
    hammer = next(p for p in page if p.PRODUCTCODE == "PA0003").USERFIELDS.USERFIELD[1]
    assert (hammer.USERTYPE, hammer.USERPICTURE, hammer.USERTITLE) == ("N", "@E 999", "Garantía(m)")


# --- GETSX3FIELDSIZE -----------------------------------------------------------------------


def test_field_sizes_before_login(cfg):
    assert cfg.GETSX3FIELDSIZE(FIELD="AI3_LOGIN") == 50
    assert cfg.GETSX3FIELDSIZE(FIELD="B1_XMARCA") == 20
    assert fault_of(cfg.GETSX3FIELDSIZE, FIELD="B1_NADA") == (
        "GETSX3FIELDSIZE : El campo B1_NADA no existe en el diccionario de datos")


def test_order_headers_carry_theirs(portal, usercode):
    so = portal.service("MTCUSTOMERSALESORDER")
    orders = so.BRWSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", **FAR)
    assert orders and all([f.USERNAME for f in o.USERFIELDS.USERFIELD] == ["C5_XOBRA"] for o in orders)
    order = so.GETSALESORDER(USERCODE=usercode, CUSTOMERID="00000101", ORDERID=orders[0].ORDERID)
    assert [(f.USERNAME, f.USERTITLE, f.USERTAG) for f in order.SOHEADER.USERFIELDS.USERFIELD] == [
        ("C5_XOBRA", "Obra", None)]  # not filled in the demo
