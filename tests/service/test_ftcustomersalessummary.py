"""FTCUSTOMERSALESSUMMARY over HTTP: the eleven operations; figures in currency 1 and 2 against
what the test computes from the invoices and the day's rates (SM2), returns subtracted; a
missing rate is a fault naming the day."""
import datetime as dt
from collections import defaultdict
from decimal import ROUND_DOWN, Decimal

import pytest
from sqlalchemy import delete, select
from zeep.exceptions import Fault

from model.tables import SD1, SD2, SF2, SF4, SM2
from tests.support.back_office import back_office

TODAY = dt.date.today()
FIRST, LAST = TODAY - dt.timedelta(days=60), TODAY
COLOR = "00000201"


def stats(portal):
    return portal.service("FTCUSTOMERSALESSUMMARY")


def figures(result) -> dict[str, Decimal]:
    return {r.DESCRIPTION: Decimal(str(r.VALUE)).quantize(Decimal("0.01")) for r in result}


def ask(portal, usercode, operation, currency=None, **kw):
    args = dict(USERCODE=usercode, CUSTOMERID=COLOR, DATEFROM=FIRST, DATETO=LAST, CURRENCY=currency, **kw)
    if operation in ("GETSALESINVOICE", "GETPRODUCTSALESINVOICE", "GETSALESORDER", "GETPRODUCTSALESORDER"):
        args.setdefault("QUERYADDWHERE", "")
    return getattr(stats(portal), operation)(**args) or []


def converted(sums: dict, currency: int, rates: dict) -> Decimal:
    """Sums per (document currency, day) in ``currency``, each at its day's rate, cut to cents."""
    total = Decimal(0)
    for (doc_currency, day), value in sums.items():
        if doc_currency != currency:
            value = (value * rates[day][doc_currency] / rates[day][currency]).quantize(Decimal("0.01"), ROUND_DOWN)
        total += value
    return total.quantize(Decimal("0.01"))


def from_the_data(server):
    """Net sales and net returns of Color in the period per (currency, day), and the day's rates."""
    sales, returns = defaultdict(Decimal), defaultdict(Decimal)
    with back_office(server) as session:
        for total, currency, day in session.execute(
                select(SD2.D2_TOTAL, SF2.F2_MOEDA, SD2.D2_EMISSAO)
                .join(SF2, (SF2.F2_DOC == SD2.D2_DOC) & (SF2.F2_SERIE == SD2.D2_SERIE))
                .join(SF4, SF4.F4_CODIGO == SD2.D2_TES)
                .where(SF2.F2_CLIENTE == "000002", SF2.F2_TIPO == "N", SF2.F2_EMISSAO.between(FIRST, LAST),
                       SF4.F4_DUPLIC == "S", SF4.F4_ESTOQUE == "S", SF4.F4_BONIF != "S")):
            sales[(int(currency or 1), day)] += total
        for total, discount, day in session.execute(
                select(SD1.D1_TOTAL, SD1.D1_VALDESC, SD1.D1_DTDIGIT)
                .where(SD1.D1_FORNECE == "000002", SD1.D1_TIPO == "D", SD1.D1_DTDIGIT.between(FIRST, LAST))):
            returns[(1, day)] += total - discount
        rates = {row.M2_DATA: {1: Decimal(1), 2: row.M2_MOEDA2} for row in session.scalars(
            select(SM2).where(SM2.M2_DATA.in_(sorted({d for _, d in [*sales, *returns]}))))}
    return sales, returns, rates


def test_sales_in_currency_1_and_2_agree_through_the_rates(server, portal, usercode2):
    sales, returns, rates = from_the_data(server)
    assert {currency for currency, _day in sales} == {1, 2}  # a dollar invoice among them
    for currency in (1, 2):
        invoiced = figures(ask(portal, usercode2, "GETSALESINVOICE", currency))
        returned = figures(ask(portal, usercode2, "GETRETURNINVOICE", currency))
        net_sales = invoiced["Valor neto vendido (ventas - descuentos)"]
        assert net_sales == converted(sales, currency, rates)
        assert returned["Valor neto devuelto (ventas - descuentos)"] == converted(returns, currency, rates)
        assert net_sales - returned["Valor neto devuelto (ventas - descuentos)"] == \
            converted(sales, currency, rates) - converted(returns, currency, rates)
        assert {r.CODE for r in ask(portal, usercode2, "GETSALESINVOICE", currency)} == {f"{currency:02d}"}
    # no currency: the local one
    assert figures(ask(portal, usercode2, "GETSALESINVOICE")) == figures(ask(portal, usercode2, "GETSALESINVOICE", 1))


def test_the_head_offices_return_is_subtracted(portal, usercode):
    def net(operation, currency):
        result = stats(portal)
        args = dict(USERCODE=usercode, CUSTOMERID="00000101", DATEFROM=TODAY - dt.timedelta(days=400),
                    DATETO=TODAY - dt.timedelta(days=1), CURRENCY=currency)
        if operation == "GETSALESINVOICE":
            args["QUERYADDWHERE"] = ""
        return list(figures(getattr(result, operation)(**args)).values())[0]

    # sales: 6,180.00 (the old invoice) + 5,193.00 (order 000105's); returned: 2 screws at 10.50
    assert net("GETSALESINVOICE", 1) - net("GETRETURNINVOICE", 1) == Decimal("11373.00") - Decimal("21.00")
    returned = stats(portal).GETPRODUCTRETURNINVOICE(USERCODE=usercode, CUSTOMERID="00000101",
                                                     DATEFROM=TODAY - dt.timedelta(days=400), DATETO=TODAY)
    assert [(p.PRODUCTCODE, [v.VALUE for v in p.VALUESUMMARY.GENERICSTRUCT]) for p in returned] == [
        ("PA0001", [21.0, 2.0, 21.0])]


def test_the_eleven_operations_answer(portal, usercode2):
    labels = {
        "GETSALESINVOICE": 3, "GETRETURNINVOICE": 3, "GETSALESORDER": 6, "GETBONUSINVOICE": 3,
        "GETBONUSSALESORDER": 6,
    }
    for operation, count in labels.items():
        result = ask(portal, usercode2, operation, 2)
        assert len(result) == count and all(r.CODE == "02" for r in result), operation
        per_product = ask(portal, usercode2, operation.replace("GET", "GETPRODUCT", 1), 2)
        assert (len(per_product) >= 1) == (operation != "GETRETURNINVOICE"), operation  # Color returned nothing
    bonus = figures(ask(portal, usercode2, "GETBONUSINVOICE"))
    assert (bonus["Volumen"], bonus["Valor neto (bonificación - descuentos)"]) == (Decimal(50), Decimal("25.00"))
    products = ask(portal, usercode2, "GETPRODUCTSALESINVOICE", 1, TYPEOFPRODUCT="ME")
    assert [(p.PRODUCTCODE, p.DESCRIPTION) for p in products] == [
        ("ME0001", "PINTURA LATEX BLANCA 4L"), ("ME0002", "ESMALTE SINTETICO NEGRO"), ("ME0003", "RODILLO PINTOR 22CM")]
    assert [v.DESCRIPTION for v in products[0].VALUESUMMARY.GENERICSTRUCT] == [
        "Valor neto vendido (ventas - descuentos)", "Volumen vendido", "Valor bruto vendido (ventas)"]
    orders = figures(ask(portal, usercode2, "GETSALESORDER", 1, PRODUCTCODE="PA0003"))
    assert orders["Saldo en volumen"] >= 5  # order 000201's hammers are still to deliver
    filtered = ask(portal, usercode2, "GETPRODUCTSALESORDER", 1, QUERYADDWHERE="C5_NUM = '000201'")
    assert [p.PRODUCTCODE for p in filtered] == ["ME0002", "PA0003"]


def test_a_missing_rate_is_a_fault_naming_the_day(server, portal, usercode2):
    day = TODAY - dt.timedelta(days=25)  # the dollar invoice's day
    with back_office(server) as session:
        row = session.scalars(select(SM2).where(SM2.M2_DATA == day)).one()
        saved = {c.name: getattr(row, c.name) for c in SM2.__table__.columns if c.name.startswith("M2_")}
        session.execute(delete(SM2).where(SM2.M2_DATA == day))
    try:
        with pytest.raises(Fault) as fault:
            ask(portal, usercode2, "GETSALESINVOICE", 1)
        assert fault.value.code == "soap:Client"
        assert fault.value.message == f"GETSALESINVOICE : No hay cotización de la moneda 2 para el {day.isoformat()}"
    finally:
        with back_office(server) as session:
            session.add(SM2(**saved))
    assert ask(portal, usercode2, "GETSALESINVOICE", 1)


def test_bad_input(portal, usercode2):
    with pytest.raises(Fault) as fault:
        ask(portal, usercode2, "GETSALESINVOICE", 7)
    assert fault.value.message == "GETSALESINVOICE : Valor inválido para CURRENCY: 7"
    with pytest.raises(Fault) as fault:
        ask(portal, usercode2, "GETSALESINVOICE", 1, QUERYADDWHERE="A1_NOME = 'x'")
    assert fault.value.message.startswith("GETSALESINVOICE : ")


def test_grids(portal):
    summary = stats(portal).GETHEADER(HEADERTYPE="VALUESUMMARY")
    assert [(h.HEADERFIELD, h.HEADERTYPE) for h in summary] == [("CODE", "C"), ("DESCRIPTION", "C"), ("VALUE", "N")]
    assert [h.HEADERFIELD for h in stats(portal).GETHEADER(HEADERTYPE="PRODUCTSUMMARY")] == ["PRODUCTCODE",
                                                                                            "DESCRIPTION"]
