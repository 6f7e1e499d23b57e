"""The customer portal's parts that need no server: its appserver.ini keys and thread sizing, the
menu from PRTLISTMENU, GETHEADER columns and how values are shown, form values, item numbering,
zeep's answers as plain values."""
import datetime as dt

import pytest

from appserver.ini import IniError, read_settings
from portal.grids import Column, columns
from portal.menu import menu_tree
from portal.pages.documents import ORDER, _numbered
from portal.pages.forms import first_of, pages_of, parse_date, parse_number
from portal.services import _unwrapped

INI = """[HTTP]
Port=8181
[WebServices]
Environment=P12
Instances=2,6
[P12]
DBURL=sqlite:///data/p12.db
"""


def settings_of(tmp_path, extra=""):
    path = tmp_path / "appserver.ini"
    path.write_text(INI + extra, encoding="utf-8")
    return read_settings(path)


def test_the_portal_is_off_unless_the_ini_says_so(tmp_path):
    settings = settings_of(tmp_path)
    assert (settings.portal_enable, settings.server_threads) == (False, 6)


def test_portal_keys_and_the_threads_they_add(tmp_path):
    settings = settings_of(tmp_path, "[Portal]\nEnable=1\nInstances=3\nAuthWS=wsadmin:s3cret:x\n")
    assert settings.portal_enable and settings.portal_instances == 3
    assert settings.server_threads == 6 + 3  # the web services keep their Instances whatever the pages do
    assert settings.portal_services_url == "http://127.0.0.1:8181/ws"  # this server, on the loopback address
    assert settings.portal_auth == ("wsadmin", "s3cret:x")
    assert "s3cret" not in repr(settings)
    located = settings_of(tmp_path, "[Portal]\nEnable=1\nWebServiceLocation=http://ws.example:8080/ws/\n")
    assert located.portal_services_url == "http://ws.example:8080/ws"


@pytest.mark.parametrize("line, expected", [("AuthWS=wsadmin", "user:password"), ("Instances=0", "from 1 to 64"),
                                            ("Enable=yes", "0 or 1"), ("WebServiceLocation=ftp://x", "base URL")])
def test_bad_portal_keys_stop_the_server(tmp_path, line, expected):
    with pytest.raises(IniError, match=rf"\[Portal\] {line.split('=')[0]}: expected .*{expected}"):
        settings_of(tmp_path, f"[Portal]\n{line}\n")


def menu_entry(code, superior, text, procedure="", service="", blocked=False):
    return {"CODE": code, "SUPERIORCODE": superior, "DESCRIPTION": text, "PROCEDURECALL": procedure,
            "WEBSERVICE": service, "MENUISBLOCKED": blocked}


def test_the_menu_tree_links_known_pages_and_blocks_the_rest():
    tree = menu_tree([
        menu_entry("000100", None, "CRM"),
        menu_entry("000101", "000100", "Catálogo", "w_pwsc030.apw", "MTPRODUCT"),
        menu_entry("000102", "000100", "Ficha", "W_PWSC180.APW", "FINANCECUSTOMERREGFORM", blocked=True),
        menu_entry("000103", "000100", "Otra cosa", "W_XYZ.APW", "MTPRODUCT"),
        menu_entry("000900", "", "Vacío"),
    ])
    assert [g.title for g in tree] == ["CRM"]  # a group with no item is left out
    assert [(i.code, i.path) for i in tree[0].items] == [("000101", "/catalog"), ("000102", None), ("000103", None)]


def test_values_are_shown_as_their_header_describes_them():
    header = [{"HEADERFIELD": "PRICE", "HEADERTITLE": "Precio", "HEADERTYPE": "N", "HEADERSIZE": 12, "HEADERDEC": 2,
               "HEADERPICTURE": "@E 999,999,999.99"},
              {"HEADERFIELD": "FREIGHTTYPE", "HEADERTITLE": "Flete", "HEADERTYPE": "C", "HEADERSIZE": 1,
               "HEADERDEC": 0, "HEADERPICTURE": "X", "HEADERCOMBOBOX": "C=CIF;F=FOB"},
              {"HEADERFIELD": "DAY", "HEADERTITLE": "Día", "HEADERTYPE": "D", "HEADERSIZE": 8, "HEADERDEC": 0,
               "HEADERPICTURE": ""}]
    price, freight, day = columns(header)
    assert price.show(1234567.5) == "1.234.567,50" and price.show(None) == ""
    assert freight.show("F") == "FOB" and freight.show("Z") == "Z"
    assert day.show(dt.date(2026, 11, 29)) == "29/11/2026"
    assert [c.field for c in columns(header, ["DAY", "NOPE", "PRICE"])] == ["DAY", "PRICE"]
    assert Column.of({"HEADERFIELD": "OK", "HEADERTYPE": "L"}).show(True, ("Sí", "No")) == "Sí"


def test_form_values():
    assert parse_date("2026-11-29") == parse_date("29/11/2026") == dt.date(2026, 11, 29)
    assert parse_date("") is None and parse_date("31/02/2026") is None
    assert parse_number("1.234,5") == 1234.5 and parse_number("12.5") == 12.5 and parse_number("x") is None
    assert (first_of(1), first_of(3), pages_of(0), pages_of(21)) == (1, 21, 1, 3)


def test_new_items_take_the_next_free_numbers():
    rows = [{"ORDERITEM": "02", "PRODUCTID": "A"}, {"ORDERITEM": "", "PRODUCTID": "B"},
            {"ORDERITEM": "", "PRODUCTID": "C"}]
    assert [r["ORDERITEM"] for r in _numbered(rows, ORDER)] == ["02", "01", "03"]


def test_arrays_of_the_contract_become_lists():
    answer = {"SOHEADER": {"ORDERID": "1", "SELLERS": {"GENERICSTRUCT": [{"CODE": "1"}]}},
              "SOITEM": {"SALESORDERITEMVIEW": [{"ORDERITEM": "01"}]}}
    assert _unwrapped(answer) == {"SOHEADER": {"ORDERID": "1", "SELLERS": [{"CODE": "1"}]},
                                  "SOITEM": [{"ORDERITEM": "01"}]}
