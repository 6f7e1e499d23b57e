"""Sales statistics over the demo, figures worked out by hand from the demo's documents: what
is counted, the filters, each document converted at its own day's rate, a missing rate."""
import datetime as dt
from decimal import ROUND_DOWN, Decimal

import pytest
from sqlalchemy import delete

from model import sales_summary as stats
from model.demo.finance import rate
from model.errors import PortalError
from model.tables import SM2
from tests.model.conftest import COLOR, HEAD_OFFICE, TODAY


def days(n):
    return TODAY + dt.timedelta(days=n)


def period(first, last, **kw):
    return stats.SummaryFilter(days(first), days(last), **kw)


def in_dollars(value: str, day: dt.date) -> Decimal:
    """As xMoeda: the value over the day's dollar rate, cut to cents."""
    return (Decimal(value) / rate(TODAY, day, 2)).quantize(Decimal("0.01"), ROUND_DOWN)


def test_sales_invoices_in_local_currency(session):
    # the old invoice (200 days ago): 400 screws at 10.00, 4 hammers at 120.00, 10 enamels at 170.00
    old = stats.invoiced(session, HEAD_OFFICE, period(-210, -190))[0].values
    assert old == {"net": Decimal("6180.00"), "volume": Decimal(414), "gross": Decimal("6180.00")}
    # order 000105's invoice (45 days ago): 300 screws at 10.50, 500 nuts at 2.25, 20 screwdrivers at
    # 45.90 (TES 502: no taxes, still a sale)
    recent = stats.invoiced(session, HEAD_OFFICE, period(-50, -40))[0].values
    assert recent == {"net": Decimal("5193.00"), "volume": Decimal(820), "gross": Decimal("5193.00")}
    assert stats.invoiced(session, HEAD_OFFICE, period(-210, -40))[0].values["net"] == Decimal("11373.00")


def test_each_invoice_is_converted_at_its_own_days_rate(session):
    both = stats.invoiced(session, HEAD_OFFICE, period(-210, -40, currency=2))[0].values
    assert both["net"] == in_dollars("6180.00", days(-200)) + in_dollars("5193.00", days(-45))
    assert both["volume"] == 1234  # volumes are never converted
    # the dollar invoice (25 days ago): 2,000 kg of resin at 0.065 = 130.00 dollars
    assert stats.invoiced(session, COLOR, period(-26, -24, currency=2))[0].values["net"] == Decimal("130.00")
    local = (Decimal("130.00") * rate(TODAY, days(-25), 2)).quantize(Decimal("0.01"), ROUND_DOWN)
    assert stats.invoiced(session, COLOR, period(-26, -24))[0].values["net"] == local


def test_bonuses_returns_and_orders(session):
    # order 000203's invoice: 50 washers given away with TES 506 (at the list price 0.50)
    assert stats.invoiced(session, COLOR, period(-11, -9), stats.BONUS)[0].values == {
        "net": Decimal("25.00"), "volume": Decimal(50), "gross": Decimal("25.00")}
    # ... and not among the sales: 10 latex cans at 310.00 and 6 rollers at 75.00
    assert stats.invoiced(session, COLOR, period(-11, -9))[0].values["net"] == Decimal("3550.00")
    # the return: 2 screws at 10.50
    assert stats.returned(session, HEAD_OFFICE, period(-31, -29))[0].values == {
        "net": Decimal("21.00"), "volume": Decimal(2), "gross": Decimal("21.00")}
    assert stats.returned(session, HEAD_OFFICE, period(-29, 0))[0].values["volume"] == 0
    # order 000201 (4 days ago, in portfolio): 24 enamels at 180.00 and 5 hammers at 125.00, all to deliver
    portfolio = stats.ordered(session, COLOR, period(-5, -3))[0].values
    assert portfolio == {"net": Decimal("4945.00"), "volume": Decimal(29), "gross": Decimal("4945.00"),
                         "net_balance": Decimal("4945.00"), "volume_balance": Decimal(29),
                         "gross_balance": Decimal("4945.00")}
    # order 000102 (12 days ago, released): 20 screws at 10.50 and 10 screwdrivers at 45.90 less 5 %
    released = stats.ordered(session, HEAD_OFFICE, period(-13, -11))[0].values
    assert (released["net"], released["gross"]) == (Decimal("210.00") + Decimal("436.10"), Decimal("669.00"))
    # order 000203, invoiced: nothing left to deliver; its bonus item counts among the bonuses
    assert stats.ordered(session, COLOR, period(-13, -11))[0].values["volume_balance"] == 0
    assert stats.ordered(session, COLOR, period(-13, -11), stats.BONUS)[0].values["volume"] == 50


def test_per_product_and_the_filters(session):
    lines = stats.invoiced(session, COLOR, period(-11, -9), by_product=True)
    assert [(s.product, s.description, s.values["volume"]) for s in lines] == [
        ("ME0001", "PINTURA LATEX BLANCA 4L", 10), ("ME0003", "RODILLO PINTOR 22CM", 6)]
    assert stats.invoiced(session, COLOR, period(-60, 0, product="ME0003"))[0].values["volume"] == 26  # 20 + 6
    assert stats.invoiced(session, COLOR, period(-60, 0, product_type="MP"))[0].values["volume"] == 2000
    assert stats.invoiced(session, HEAD_OFFICE, period(-210, -40, group="0002"))[0].values["volume"] == 24  # tools
    where = stats.invoiced(session, HEAD_OFFICE, period(-210, -40, queryaddwhere="D2_COD = 'PA0001'"))[0]
    assert where.values["volume"] == 700
    nothing = stats.invoiced(session, HEAD_OFFICE, period(1, 5))[0].values
    assert nothing == {"net": 0, "volume": 0, "gross": 0}
    assert stats.invoiced(session, HEAD_OFFICE, period(1, 5), by_product=True) == []


def test_a_missing_rate_is_a_fault_naming_the_day(session):
    session.execute(delete(SM2).where(SM2.M2_DATA == days(-45)))
    with pytest.raises(PortalError) as error:
        stats.invoiced(session, HEAD_OFFICE, period(-210, -40, currency=2))
    assert error.value.text("es") == f"No hay cotización de la moneda 2 para el {days(-45).isoformat()}"
    # in the local currency no rate is needed
    assert stats.invoiced(session, HEAD_OFFICE, period(-210, -40))[0].values["net"] == Decimal("11373.00")


@pytest.mark.parametrize("value, expected", [(None, 1), (0, 1), (2, 2), (5, 5)])
def test_the_currency_asked(value, expected):
    assert stats.currency_asked(value) == expected


@pytest.mark.parametrize("value", [6, -1])
def test_a_currency_that_does_not_exist(value):
    with pytest.raises(PortalError):
        stats.currency_asked(value)
