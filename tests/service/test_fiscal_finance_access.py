"""Every operation of the fiscal and financial services refuses cliente02 on El Tornillo's
head office (00000101) exactly as on a customer that does not exist; a user without the right
to a service is refused before anything is read."""
import datetime as dt

import pytest
from zeep.exceptions import Fault

TODAY = dt.date.today()
PERIOD = dict(DATEFROM=TODAY - dt.timedelta(days=365), DATETO=TODAY)
BILL = dict(PREFIX="1", BILLNUMBER="000000102", INSTALLMENT="A", BILLTYPE="NF")
INVOICE = dict(INVOICETYPE="S/N", SERIALNUMBER="1", INVOICENUMBER="000000102", CUSTOMERORSUPPLIER=1)
NOT_REGISTERED = "Cliente y/o Tienda no registrados."

# (service, operation, the parameter naming the customer, the other parameters)
OPERATIONS = [
    ("MTCUSTOMERINVOICE", "BRWINVOICE", "CUSTOMERORSUPPLIERID", dict(CUSTOMERORSUPPLIER=1)),
    ("MTCUSTOMERINVOICE", "GETINVOICE", "CUSTOMERORSUPPLIERID", INVOICE),
    ("FINANCECUSTOMERBILL", "BRWBILL", "CUSTOMERID", {}),
    ("FINANCECUSTOMERBILL", "GETBILL", "CUSTOMERID", BILL),
    ("FINANCECUSTOMERBILL", "BRWPAIDBILL", "CUSTOMERID", {}),
    ("FINANCECUSTOMERBILL", "GETPAIDBILL", "CUSTOMERID", BILL),
    ("FINANCECUSTOMERBILL", "BRWCREDITNOTE", "CUSTOMERID", {}),
    ("FINANCECUSTOMERREGFORM", "GETREGFORM", "CUSTOMERID", {}),
    *[("FTCUSTOMERSALESSUMMARY", op, "CUSTOMERID", dict(PERIOD, QUERYADDWHERE=""))
      for op in ("GETSALESINVOICE", "GETPRODUCTSALESINVOICE", "GETSALESORDER", "GETPRODUCTSALESORDER")],
    *[("FTCUSTOMERSALESSUMMARY", op, "CUSTOMERID", PERIOD)
      for op in ("GETRETURNINVOICE", "GETPRODUCTRETURNINVOICE", "GETBONUSINVOICE", "GETPRODUCTBONUSINVOICE",
                 "GETBONUSSALESORDER", "GETPRODUCTBONUSSALESORDER")],
]


def message_of(portal, usercode, service, operation, customer_field, args, customer_id):
    with pytest.raises(Fault) as fault:
        getattr(portal.service(service), operation)(USERCODE=usercode, **{customer_field: customer_id}, **args)
    assert fault.value.code == "soap:Client"
    return fault.value.message


def test_cliente02_is_refused_on_00000101_like_on_a_customer_that_does_not_exist(portal, usercode2):
    """(Each operation's own tests read 00000101 as cliente01.)"""
    for n, (service, operation, customer_field, args) in enumerate(OPERATIONS):
        refused = message_of(portal, usercode2, service, operation, customer_field, args, "00000101")
        assert refused == f"{operation} : {NOT_REGISTERED}"
        if n % 4 == 0:  # one check runs them all (model.access.check): a sample is enough
            assert message_of(portal, usercode2, service, operation, customer_field, args, "99999901") == refused


def test_the_form_by_tax_id_refuses_another_customers(portal, usercode2):
    with pytest.raises(Fault) as fault:
        portal.service("FINANCEREGFORM").GETREGFORM(USERCODE=usercode2, FEDERALID="30711222339")
    assert fault.value.message == "GETREGFORM : CUIT/CGC no encontrado"


def test_a_user_without_the_right_is_refused(portal):
    north = portal.login("cliente01.norte", "norte0001")  # no right to the financial forms
    for service, args in (("FINANCECUSTOMERREGFORM", dict(CUSTOMERID="00000102")),
                          ("FINANCEREGFORM", dict(FEDERALID="30711222339"))):
        with pytest.raises(Fault) as fault:
            portal.service(service).GETREGFORM(USERCODE=north, **args)
        assert fault.value.message == f"GETREGFORM : Usuario sin acceso al servicio {service}"
    with pytest.raises(Fault) as fault:
        portal.service("FINANCECUSTOMERBILL").BRWBILL(USERCODE="forged", CUSTOMERID="00000101")
    assert fault.value.message == "BRWBILL : Código de usuario inválido o sesión expirada"
