"""FINANCECUSTOMERBILL: the customer's receivables: open bills, paid bills with their payments,
credit notes."""
from model import currencies, receivables
from model.receivables import BillKey
from soap.service import Service
from views.finance import BILLVIEW, PAIDBILLVIEW, bill_view, payment_view

SERVICE = Service("FINANCECUSTOMERBILL", "Títulos a cobrar del cliente")


def _all(call):
    return lambda stmt: call.page(stmt, None, None)


@SERVICE.operation()
def BRWBILL(call, usercode, customerid, queryaddwhere, indexkey):
    """What the customer owes: its bills with a balance (not credit notes nor advances)."""
    customer = call.access(usercode, customerid).customer
    return [bill_view(b) for b in receivables.open_bills(call.session, customer, call.today, _all(call),
                                                         queryaddwhere=queryaddwhere, indexkey=indexkey)]


@SERVICE.operation()
def GETBILL(call, usercode, customerid, prefix, billnumber, installment, billtype):
    """One of the customer's bills, with its balance today (interest and discount included)."""
    customer = call.access(usercode, customerid).customer
    return bill_view(receivables.get_bill(call.session, customer, BillKey(prefix, billnumber, installment, billtype),
                                          call.today))


@SERVICE.operation()
def BRWPAIDBILL(call, usercode, customerid, datefrom, dateto, queryaddwhere, indexkey):
    """The customer's bills paid in full, with a receipt in the period."""
    customer = call.access(usercode, customerid).customer
    return [bill_view(b) for b in receivables.paid_bills(call.session, customer, call.today, _all(call),
                                                         date_from=datefrom, date_to=dateto,
                                                         queryaddwhere=queryaddwhere, indexkey=indexkey)]


@SERVICE.operation()
def GETPAIDBILL(call, usercode, customerid, prefix, billnumber, installment, billtype):
    """One of the customer's bills and its payments."""
    customer = call.access(usercode, customerid).customer
    bill, payments = receivables.paid_bill(call.session, customer, BillKey(prefix, billnumber, installment, billtype),
                                           call.today)
    symbol = currencies.symbols(call.session).get(currencies.LOCAL, "") if payments else ""
    return {"BILL": bill_view(bill), "PAYMENT": [payment_view(p, symbol, call.lang) for p in payments]}


@SERVICE.operation()
def BRWCREDITNOTE(call, usercode, customerid, queryaddwhere, indexkey):
    """The customer's credit notes with a balance left to use."""
    customer = call.access(usercode, customerid).customer
    return [bill_view(b) for b in receivables.credit_notes(call.session, customer, call.today, _all(call),
                                                           queryaddwhere=queryaddwhere, indexkey=indexkey)]


SERVICE.header_operation(BILLVIEW, PAIDBILLVIEW)
