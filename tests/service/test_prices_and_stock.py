"""MTPRODUCT's prices and stock over HTTP, for one product or a whole catalog page (moved here from
the old CRM tests, to the real GETPRICE and GETSTOCK)."""
import pytest
from zeep.exceptions import Fault

from tests.service.conftest import conout_sql, log_lines
from tests.support.portal_client import Portal


def test_prices_of_a_product_in_force_today(portal, usercode):
    prices = portal.service("MTPRODUCT").GETPRICE(USERCODE=usercode, PRODUCTCODE="PA0001")
    assert [(p.PRICETABLECODE, p.PRICE, p.CURRENCY) for p in prices] == [
        ("1", 10.5, 1), ("001", 10.5, 1), ("001", 9.9, 1), ("002", 9.8, 1)]  # 003 expired ten days ago
    assert [p.QUANTITYLIMIT for p in prices][:3] == [0, 999.99, 999999.99]  # the general list's bands
    assert all(p.PRODUCTCODE == "PA0001" and p.CURRENCYSIMBOL == "$" for p in prices)


def test_stock_per_warehouse(portal, usercode):
    stock = portal.service("MTPRODUCT").GETSTOCK(USERCODE=usercode, PRODUCTCODE="PA0001", WAREHOUSE="")
    assert [(s.WAREHOUSE, s.QUANTITY) for s in stock] == [("01", 475), ("02", 150)]  # 500 - 20 reserved - 5 committed


def test_prices_and_stock_of_unknown_products_are_client_faults(portal, usercode):
    with pytest.raises(Fault, match=r"^GETSTOCK : PRODUCTCODE NOPE no registrado$"):
        portal.service("MTPRODUCT").GETSTOCK(USERCODE=usercode, PRODUCTCODE="PA0001,NOPE", WAREHOUSE="")
    with pytest.raises(Fault, match=r"^GETPRICE : El campo PRODUCTCODE es obligatorio$"):
        portal.service("MTPRODUCT").GETPRICE(USERCODE=usercode, PRODUCTCODE=" ")


def test_a_catalog_page_with_prices_and_stock_costs_the_same_sql_whatever_its_length(conout_server):
    server = conout_server
    portal = Portal(server.url)
    code = portal.login("cliente01", "cliente01")
    mt = portal.service("MTPRODUCT")
    totals = {}
    for length in (2, 8):
        since = log_lines(server)
        page = mt.GETCATALOG(USERCODE=code, PAGELEN=length, PAGEFIRST=1)
        codes = ",".join(p.PRODUCTCODE for p in page)
        prices = mt.GETPRICE(USERCODE=code, PRODUCTCODE=codes)
        stock = mt.GETSTOCK(USERCODE=code, PRODUCTCODE=codes, WAREHOUSE="")
        assert len(page) == length and prices and stock
        assert {p.PRODUCTCODE for p in stock} <= set(codes.split(","))
        counts = [conout_sql(server, f"MTPRODUCT.{op}", since) for op in ("GETCATALOG", "GETPRICE", "GETSTOCK")]
        assert all(len(c) == 1 for c in counts), counts
        totals[length] = sum(c[0] for c in counts)
    assert totals[2] == totals[8], totals
