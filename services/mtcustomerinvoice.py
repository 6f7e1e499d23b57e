"""MTCUSTOMERINVOICE: the customer's fiscal documents, listed and read in full."""
from model import invoices
from model.errors import NotFound
from soap.service import Service
from views.finance import BILLVIEW, PAIDBILLVIEW
from views.fiscal import INVOICEHEADERVIEW, INVOICEITEMVIEW, LOTVIEW, TAXESVIEW, invoice_header_view, invoice_view
from views.sales import SALESORDERITEMVIEW
from views.shared import GENERICSTRUCT

SERVICE = Service("MTCUSTOMERINVOICE", "Documentos fiscales del cliente")


def _customer(call, usercode, customerorsupplier, customerorsupplierid):
    """The permission check for CUSTOMERORSUPPLIERID; a portal user has no supplier."""
    if not invoices.is_customer(customerorsupplier):
        call.access(usercode)
        raise NotFound("customer_not_registered")
    return call.access(usercode, customerorsupplierid).customer


@SERVICE.operation()
def BRWINVOICE(call, usercode, customerorsupplier, customerorsupplierid, registerdatefrom, registerdateto,
               deliverydatefrom, deliverydateto, queryaddwherenfe, queryaddwherenfs, indexkeynfe, indexkeynfs,
               purchasenumber, operationtype):
    """The documents the customer sent us (returns) and those we issued to it, in the periods
    (the last 30 days when not sent, as Protheus), headers with their installments."""
    customer = _customer(call, usercode, customerorsupplier, customerorsupplierid)
    filters = invoices.InvoiceFilter(
        register_from=registerdatefrom, register_to=registerdateto, delivery_from=deliverydatefrom,
        delivery_to=deliverydateto, where_incoming=queryaddwherenfe, where_outgoing=queryaddwherenfs,
        key_incoming=indexkeynfe, key_outgoing=indexkeynfs, purchase_number=purchasenumber,
        operation_type=operationtype)
    found = invoices.browse_invoices(call.session, customer, filters, (call.settings.company, call.settings.branch),
                                     call.today, lambda stmt: call.page(stmt, None, None))
    return [invoice_header_view(i) for i in found]


@SERVICE.operation()
def GETINVOICE(call, usercode, invoicetype, serialnumber, invoicenumber, documenttype, customerorsupplier,
               customerorsupplierid, queryaddwherenfe, queryaddwherenfs):
    """One of the customer's documents, header and items (INVOICETYPE ``S/N``, ``E/D``...)."""
    customer = _customer(call, usercode, customerorsupplier, customerorsupplierid)
    invoice = invoices.get_invoice(call.session, customer, invoicetype, serialnumber, invoicenumber, documenttype,
                                   (call.settings.company, call.settings.branch), call.today,
                                   where_incoming=queryaddwherenfe, where_outgoing=queryaddwherenfs)
    return invoice_view(invoice, call.lang)


SERVICE.header_operation(INVOICEHEADERVIEW, INVOICEITEMVIEW, GENERICSTRUCT, TAXESVIEW, BILLVIEW, SALESORDERITEMVIEW,
                         LOTVIEW, PAIDBILLVIEW)
