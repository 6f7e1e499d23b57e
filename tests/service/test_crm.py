"""The CRM group over HTTP: prices, stock, customer record, contacts, seller, tasks."""
import datetime as dt
import re

import pytest
from zeep.exceptions import Fault
from zeep.helpers import serialize_object

from tests.service.conftest import conout_sql, log_lines
from tests.support.portal_client import Portal

TODAY = dt.date.today()
NOT_REGISTERED = "Cliente y/o Tienda no registrados."


def test_prices_of_a_product_in_force_today(portal, usercode):
    prices = portal.service("MTPRODUCT").BRWPRICE(USERCODE=usercode, CUSTOMERID="00000101", PRODUCTCODE="PA0001")
    assert [(p.PRICELISTCODE, p.PRICE, p.CURRENCY) for p in prices] == [("001", 10.5, 1), ("002", 9.8, 1)]
    general = prices[0]
    assert general.PRICELISTDESCRIPTION == "LISTA GENERAL"
    assert general.VALIDFROM <= TODAY <= general.VALIDTO
    assert all(p.PRODUCTCODE == "PA0001" for p in prices)
    # list 003 expired ten days ago: on a date when it was in force it shows up
    before = portal.service("MTPRODUCT").BRWPRICE(USERCODE=usercode, PRODUCTCODE="PA0001",
                                                 PRICEDATE=TODAY - dt.timedelta(days=20))
    assert "003" in [p.PRICELISTCODE for p in before] and "004" not in [p.PRICELISTCODE for p in before]


def test_stock_per_warehouse(portal, usercode):
    stock = portal.service("MTPRODUCT").GETSTOCK(USERCODE=usercode, PRODUCTCODE="PA0001")
    assert [(s.WAREHOUSE, s.CURRENTQUANTITY, s.RESERVEDQUANTITY) for s in stock] == [("01", 500, 20), ("02", 150, 0)]
    assert [s.AVAILABLEQUANTITY for s in stock] == [475, 150]  # 500 - 20 reserved - 5 committed


def test_prices_and_stock_of_unknown_products_are_client_faults(portal, usercode):
    with pytest.raises(Fault, match=r"^GETSTOCK : PRODUCTCODE NOPE no registrado$"):
        portal.service("MTPRODUCT").GETSTOCK(USERCODE=usercode, PRODUCTCODE="PA0001,NOPE")
    with pytest.raises(Fault, match=r"^BRWPRICE : El campo PRODUCTCODE es obligatorio$"):
        portal.service("MTPRODUCT").BRWPRICE(USERCODE=usercode, PRODUCTCODE=" ")


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
        prices = mt.BRWPRICE(USERCODE=code, PRODUCTCODE=codes)
        stock = mt.GETSTOCK(USERCODE=code, PRODUCTCODE=codes)
        assert len(page) == length and prices and stock
        assert {p.PRODUCTCODE for p in stock} <= set(codes.split(","))
        counts = [conout_sql(server, f"MTPRODUCT.{op}", since) for op in ("GETCATALOG", "BRWPRICE", "GETSTOCK")]
        assert all(len(c) == 1 for c in counts), counts
        totals[length] = sum(c[0] for c in counts)
    assert totals[2] == totals[8], totals


def customer_view(customer, **changes):
    view = {
        "CUSTOMERCODE": customer.CUSTOMERCODE, "UNITCUSTOMERCODE": customer.UNITCUSTOMERCODE, "NAME": customer.NAME,
        "NICKNAME": customer.NICKNAME, "FEDERALID": customer.FEDERALID, "EMAIL": customer.EMAIL,
        "HOMEPAGE": customer.HOMEPAGE,
        "ADDRESSES": {"ADDRESSVIEW": [serialize_object(a, dict) for a in customer.ADDRESSES.ADDRESSVIEW]},
        "PHONES": {"PHONEVIEW": [serialize_object(p, dict) for p in customer.PHONES.PHONEVIEW]},
    }
    view.update(changes)
    return view


def test_customer_read(portal, usercode):
    customer = portal.service("MTCUSTOMER").GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    assert (customer.CUSTOMERCODE, customer.UNITCUSTOMERCODE, customer.FEDERALID) == ("000001", "01", "30711222334")
    assert customer.NAME == "Ferretería El Tornillo SA"
    addresses = {a.TYPEOFADDRESS: a for a in customer.ADDRESSES.ADDRESSVIEW}
    assert set(addresses) == {"1", "2", "3"}
    assert (addresses["1"].ADDRESS, addresses["1"].ADDRESSNUMBER, addresses["1"].ZONE) == (
        "Av. Rivadavia", "4520", "Buenos Aires")
    phones = {p.TYPEOFPHONE: p for p in customer.PHONES.PHONEVIEW}
    assert (phones["1"].COUNTRYAREACODE, phones["1"].LOCALAREACODE, phones["1"].PHONENUMBER) == ("54", "11", "4902-1234")
    assert phones["2"].PHONENUMBER == "4902-1235"


def test_customer_changed_and_read_back_by_another_login(portal, usercode):
    mt = portal.service("MTCUSTOMER")
    before = mt.GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000102")
    addresses = [serialize_object(a, dict) for a in before.ADDRESSES.ADDRESSVIEW if a.TYPEOFADDRESS != "3"]
    addresses.append({"TYPEOFADDRESS": "3", "ADDRESS": "Calle Nueva 123", "DISTRICT": "Núñez", "STATE": "BA",
                      "ZIPCODE": "1429", "ZONE": "Buenos Aires"})
    view = customer_view(before, NICKNAME="NORTE NUEVO", EMAIL="norte@eltornillo.example",
                         HOMEPAGE="https://norte.eltornillo.example", ADDRESSES={"ADDRESSVIEW": addresses},
                         PHONES={"PHONEVIEW": [{"TYPEOFPHONE": "1", "COUNTRYAREACODE": "54", "LOCALAREACODE": "11",
                                                "PHONENUMBER": "4700-0000"}]})
    assert mt.PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000102", CUSTOMER=view) is True
    other_login = portal.login("cliente01", "cliente01")
    after = mt.GETCUSTOMER(USERCODE=other_login, CUSTOMERID="00000102")
    assert (after.NICKNAME, after.EMAIL, after.HOMEPAGE) == (
        "NORTE NUEVO", "norte@eltornillo.example", "https://norte.eltornillo.example")
    delivery = next(a for a in after.ADDRESSES.ADDRESSVIEW if a.TYPEOFADDRESS == "3")
    assert (delivery.ADDRESS, delivery.DISTRICT, delivery.ZIPCODE) == ("Calle Nueva 123", "Núñez", "1429")
    assert [(p.TYPEOFPHONE, p.PHONENUMBER) for p in after.PHONES.PHONEVIEW] == [("1", "4700-0000")]
    assert after.FEDERALID == before.FEDERALID and after.NAME == before.NAME


@pytest.mark.parametrize("field, value", [("FEDERALID", "20111111112"), ("CUSTOMERCODE", "000009"),
                                          ("UNITCUSTOMERCODE", "07"), ("NAME", "Otra Razón SA")])
def test_read_only_fields_are_refused_and_nothing_is_written(portal, usercode, field, value):
    mt = portal.service("MTCUSTOMER")
    before = mt.GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    view = customer_view(before, EMAIL="changed@eltornillo.example", **{field: value})
    with pytest.raises(Fault) as fault:
        mt.PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101", CUSTOMER=view)
    assert fault.value.message == f"PUTCUSTOMER : El campo {field} no puede modificarse"
    after = mt.GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    assert after.EMAIL == before.EMAIL and getattr(after, field) == getattr(before, field)


def test_customer_input_is_checked(portal, usercode):
    mt = portal.service("MTCUSTOMER")
    before = mt.GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    with pytest.raises(Fault, match="^PUTCUSTOMER : Valor inválido para EMAIL: not-an-email$"):
        mt.PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101", CUSTOMER=customer_view(before, EMAIL="not-an-email"))
    with pytest.raises(Fault, match="^PUTCUSTOMER : El campo ADDRESS es obligatorio$"):
        mt.PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101",
                       CUSTOMER=customer_view(before, ADDRESSES={"ADDRESSVIEW": []}))
    with pytest.raises(Fault, match="^PUTCUSTOMER : Valor inválido para TYPEOFADDRESS: 9$"):
        mt.PUTCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101", CUSTOMER=customer_view(
            before, ADDRESSES={"ADDRESSVIEW": [{"TYPEOFADDRESS": "1", "ADDRESS": "X"}, {"TYPEOFADDRESS": "9"}]}))
    assert mt.GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101").ADDRESSES == before.ADDRESSES


def test_contacts_added_changed_and_listed(portal, usercode, usercode2):
    mt = portal.service("MTCUSTOMER")
    listed = mt.BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")
    assert {c.NAME for c in listed} >= {"Carlos Fernández", "Laura Martínez"}
    new = {"NAME": "Ana Ruiz", "EMAIL": "ana.ruiz@eltornillo.example", "JOBTITLE": "Depósito",
           "PHONES": {"PHONEVIEW": [{"TYPEOFPHONE": "1", "LOCALAREACODE": "11", "PHONENUMBER": "4902-1260"},
                                    {"TYPEOFPHONE": "3", "LOCALAREACODE": "11", "PHONENUMBER": "15-4000-1111"}]}}
    code = mt.PUTCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACT=new)
    assert re.fullmatch(r"\d{6}", code) and code not in {c.CONTACTCODE for c in listed}
    added = {c.CONTACTCODE: c for c in mt.BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")}[code]
    assert (added.NAME, added.EMAIL, added.JOBTITLE) == ("Ana Ruiz", "ana.ruiz@eltornillo.example", "Depósito")
    assert [(p.TYPEOFPHONE, p.PHONENUMBER) for p in added.PHONES.PHONEVIEW] == [("1", "4902-1260"), ("3", "15-4000-1111")]
    assert code not in {c.CONTACTCODE for c in mt.BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000102") or []}

    assert mt.PUTCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACT=dict(new, CONTACTCODE=code, JOBTITLE="Logística")) == code
    assert {c.CONTACTCODE: c for c in mt.BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")}[code].JOBTITLE == "Logística"

    # another customer's contact code is not found, for the other store as for another customer
    theirs = mt.BRWCONTACT(USERCODE=usercode2, CUSTOMERID="00000201")[0].CONTACTCODE
    for customer_id, contact_code in (("00000101", theirs), ("00000102", code)):
        with pytest.raises(Fault, match="^PUTCONTACT : Contacto no encontrado$"):
            mt.PUTCONTACT(USERCODE=usercode, CUSTOMERID=customer_id, CONTACT=dict(new, CONTACTCODE=contact_code))
    with pytest.raises(Fault, match="^PUTCONTACT : El campo NAME es obligatorio$"):
        mt.PUTCONTACT(USERCODE=usercode, CUSTOMERID="00000101", CONTACT={"EMAIL": "x@y.example"})


def test_seller(portal, usercode, usercode2):
    seller = portal.service("MTCUSTOMERSELLER").GETSELLER(USERCODE=usercode, CUSTOMERID="00000101")
    assert (seller.SELLERCODE, seller.NAME, seller.EMAIL) == ("000001", "Juan Pérez", "juan.perez@demo.example")
    assert seller.PHONES.PHONEVIEW[0].PHONENUMBER
    other = portal.service("MTCUSTOMERSELLER").GETSELLER(USERCODE=usercode2, CUSTOMERID="00000201")
    assert (other.SELLERCODE, other.NAME) == ("000002", "María Gómez")


def test_tasks_by_date_range(portal, usercode):
    ft = portal.service("FTCUSTOMERTASK")
    everything = ft.BRWTASK(USERCODE=usercode, CUSTOMERID="00000101")
    assert [t.TASKCODE for t in everything] == ["000001", "000002", "000004", "000006"]
    assert all(t.SELLERCODE == "000001" for t in everything)
    window = ft.BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=TODAY - dt.timedelta(days=1),
                        DATETO=TODAY + dt.timedelta(days=7))
    assert [(t.TASKCODE, t.STARTDATE) for t in window] == [
        ("000002", TODAY - dt.timedelta(days=1)), ("000004", TODAY + dt.timedelta(days=2))]
    from_today = ft.BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=TODAY)
    assert [t.TASKCODE for t in from_today] == ["000004", "000006"]
    urgent = ft.BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", QUERYADDWHERE="AD8_PRIOR = '1'",
                        INDEXKEY="AD8_DTINI DESC")
    assert [t.TASKCODE for t in urgent] == ["000004", "000002"]
    store2 = ft.BRWTASK(USERCODE=usercode, CUSTOMERID="00000102")
    assert [t.TASKCODE for t in store2] == ["000003", "000005"]
    with pytest.raises(Fault, match="^BRWTASK : Rango de fechas inválido: DATEFROM$"):
        ft.BRWTASK(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=TODAY, DATETO=TODAY - dt.timedelta(days=1))


def test_headers_of_the_crm_views(portal):
    header = portal.service("MTCUSTOMER").GETHEADER(HEADERTYPE="CUSTOMERVIEW")
    assert [h.HEADERFIELD for h in header] == ["CUSTOMERCODE", "UNITCUSTOMERCODE", "NAME", "NICKNAME", "FEDERALID",
                                                "EMAIL", "HOMEPAGE"]
    task = portal.service("FTCUSTOMERTASK").GETHEADER(HEADERTYPE="TASKVIEW")
    assert next(h for h in task if h.HEADERFIELD == "PRIORITY").HEADERCOMBOBOX == "1=Alta;2=Normal;3=Baja"
    prices = portal.service("MTPRODUCT").GETHEADER(HEADERTYPE="PRICEVIEW")
    assert next(h for h in prices if h.HEADERFIELD == "PRICE").HEADERDEC == 4
    assert portal.service("MTCUSTOMERSELLER").GETHEADER(HEADERTYPE="SELLERVIEW")[0].HEADERFIELD == "SELLERCODE"


OTHER_CUSTOMER_CALLS = [
    ("MTPRODUCT", "BRWPRICE", {"PRODUCTCODE": "PA0001"}),
    ("MTCUSTOMER", "GETCUSTOMER", {}),
    ("MTCUSTOMER", "PUTCUSTOMER", {"CUSTOMER": {"NICKNAME": "HACKED", "ADDRESSES": {
        "ADDRESSVIEW": [{"TYPEOFADDRESS": "1", "ADDRESS": "x"}]}}}),
    ("MTCUSTOMER", "BRWCONTACT", {}),
    ("MTCUSTOMER", "PUTCONTACT", {"CONTACT": {"NAME": "Intruso"}}),
    ("MTCUSTOMERSELLER", "GETSELLER", {}),
    ("FTCUSTOMERTASK", "BRWTASK", {}),
]


@pytest.mark.parametrize("service, operation, args", OTHER_CUSTOMER_CALLS, ids=[c[1] for c in OTHER_CUSTOMER_CALLS])
def test_cliente02_is_refused_on_00000101(portal, usercode, usercode2, service, operation, args):
    call = getattr(portal.service(service), operation)
    with pytest.raises(Fault) as fault:
        call(USERCODE=usercode2, CUSTOMERID="00000101", **args)
    assert fault.value.message == f"{operation} : {NOT_REGISTERED}"
    customer = portal.service("MTCUSTOMER").GETCUSTOMER(USERCODE=usercode, CUSTOMERID="00000101")
    assert customer.NICKNAME != "HACKED"
    assert "Intruso" not in {c.NAME for c in portal.service("MTCUSTOMER").BRWCONTACT(USERCODE=usercode, CUSTOMERID="00000101")}
