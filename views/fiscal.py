"""Fiscal documents and sales statistics between the model and the wire: INVOICEVIEW with its
header (parties, carrier, taxes, volumes, installments) and items (taxes, lot, the order item),
the figures of FTCUSTOMERSALESSUMMARY, and the grids of MTCUSTOMERINVOICE and
FTCUSTOMERSALESSUMMARY, in Protheus' order, described like the dictionary fields Protheus uses."""
from __future__ import annotations

from model import invoices as docs
from model import messages
from model.invoices import Invoice, InvoiceItem
from model.sales_summary import Summary
from views.documents import order_item_view
from views.finance import bill_view
from views.headers import C, Grid, N, from_dictionary, options

INVOICEHEADERVIEW = Grid("INVOICEHEADERVIEW", (
    from_dictionary("SERIALNUMBER", "F2_SERIE", picture="@!"),
    from_dictionary("INVOICENUMBER", "F2_DOC"),
    from_dictionary("DOCUMENTTYPE", "F2_FORMUL", combobox=options(("S", "Sí", "Sim", "Yes"), ("N", "No", "Não", "No"))),
    from_dictionary("INVOICETYPE", "F2_TIPO", titles=("E/S", "E/S", "E/S"), size=4),
    from_dictionary("REGISTERDATE", "F1_EMISSAO"),
    from_dictionary("INVOICEDATE", "F1_DTDIGIT"),
    from_dictionary("EXPENSESVALUE", "F2_DESPESA"),
    from_dictionary("INSURANCEVALUE", "F2_SEGURO"),
    from_dictionary("FREIGHTVALUE", "F2_FRETE"),
    N("TOTALVALUE", 10, 2, "Total", "Total", "Total", picture="@E 999,999,999.99"),
    from_dictionary("INVOICESTATUS", "F1_STATUS"),
))

INVOICEITEMVIEW = Grid("INVOICEITEMVIEW", (
    from_dictionary("SEQUENTIALID", "D2_ITEM"),
    from_dictionary("PRODUCTCODE", "D2_COD"),
    from_dictionary("DESCRIPTIONPRODUCT", "C6_DESCRI"),
    from_dictionary("MEASUREUNIT", "D2_UM"),
    from_dictionary("QUANTITY", "D2_QUANT"),
    from_dictionary("UNITPRICE", "D2_PRCVEN"),
    from_dictionary("TOTALVALUE", "D2_TOTAL"),
    from_dictionary("DISCOUNTPERCENT", "D2_DESC"),
    from_dictionary("DISCOUNTVALUE", "D2_DESCON"),
    from_dictionary("EXPENSESVALUE", "D2_DESPESA"),
    from_dictionary("INSURANCEVALUE", "D2_SEGURO"),
    from_dictionary("FREIGHTVALUE", "D2_VALFRE"),
))

TAXESVIEW = Grid("TAXESVIEW", (
    C("TAXCODE", 3, "Impuesto", "Imposto", "Tax"),
    from_dictionary("TAXBASE", "F2_BASIMP1"),
    from_dictionary("TAXRATE", "D2_ALQIMP1"),
    from_dictionary("TAXAMOUNT", "F2_VALIMP1"),
))

LOTVIEW = Grid("LOTVIEW", (
    from_dictionary("LOTNUMBER", "D2_LOTECTL"),
    from_dictionary("POTENCYLOT", "D2_POTENCI"),
    from_dictionary("VALIDITYDATE", "D2_DTVALID"),
))

VALUESUMMARY = Grid("VALUESUMMARY", (
    from_dictionary("CODE", "E1_MOEDA", type="C", combobox=None),
    C("DESCRIPTION", 30, "Descripción", "Descricao", "Description", picture=""),
    from_dictionary("VALUE", "D2_TOTAL", required=False),
), structure="GENERICSTRUCT")

PRODUCTSUMMARY = Grid("PRODUCTSUMMARY", (
    from_dictionary("PRODUCTCODE", "D2_COD"),
    from_dictionary("DESCRIPTION", "B1_DESC"),
))


# --- documents -----------------------------------------------------------------------------------


def _taxes(found) -> list[dict]:
    return [{"TAXAMOUNT": t.amount, "TAXBASE": t.base, "TAXCODE": t.code, "TAXRATE": t.rate} for t in found]


def invoice_header_view(invoice: Invoice) -> dict:
    """An INVOICEHEADERVIEW: an outgoing invoice goes from us (FROMROLE) to the customer
    (TOROLE), with its carrier, volumes and installments; an incoming document the other way."""
    h = invoice.header
    issuer = {"CODE": invoice.issuer[0], "DESCRIPTION": invoice.issuer[1]}
    if invoice.outgoing:
        customer = {"CODE": h.F2_CLIENTE + h.F2_LOJA, "DESCRIPTION": invoice.customer_name}
        return {
            "CARRIER": {"CODE": h.F2_TRANSP, "DESCRIPTION": invoice.carrier_name or ""} if h.F2_TRANSP else None,
            "DELIVERYDATE": h.F2_EMISSAO, "DOCUMENTTYPE": None, "EXPENSESVALUE": h.F2_DESPESA,
            "FREIGHTVALUE": h.F2_FRETE, "FROMROLE": issuer, "INSURANCEVALUE": h.F2_SEGURO, "INVOICEDATE": h.F2_EMISSAO,
            "INVOICENUMBER": h.F2_DOC, "INVOICESTATUS": None, "INVOICETYPE": f"{docs.OUTGOING}/{h.F2_TIPO}",
            "PACKAGESVOLUMES": [{"CODE": n, "DESCRIPTION": species, "VALUE": quantity}
                                for n, species, quantity in docs.volumes(h)],
            "PAYMENTPLAN": [bill_view(b) for b in invoice.bills] if invoice.bills is not None else None,
            "REGISTERDATE": h.F2_EMISSAO, "SERIALNUMBER": h.F2_SERIE, "TAXES": _taxes(docs.header_taxes(invoice)),
            "TOROLE": customer, "TOTALVALUE": h.F2_VALBRUT, "USERFIELDS": [],
        }
    customer = {"CODE": h.F1_FORNECE + h.F1_LOJA, "DESCRIPTION": invoice.customer_name}
    return {
        "CARRIER": None, "DELIVERYDATE": h.F1_DTDIGIT, "DOCUMENTTYPE": h.F1_FORMUL, "EXPENSESVALUE": h.F1_DESPESA,
        "FREIGHTVALUE": h.F1_FRETE, "FROMROLE": customer, "INSURANCEVALUE": h.F1_SEGURO, "INVOICEDATE": h.F1_DTDIGIT,
        "INVOICENUMBER": h.F1_DOC, "INVOICESTATUS": h.F1_STATUS, "INVOICETYPE": f"{docs.INBOUND}/{h.F1_TIPO}",
        "PACKAGESVOLUMES": None, "PAYMENTPLAN": None, "REGISTERDATE": h.F1_EMISSAO, "SERIALNUMBER": h.F1_SERIE,
        "TAXES": _taxes(docs.header_taxes(invoice)), "TOROLE": issuer, "TOTALVALUE": h.F1_VALBRUT, "USERFIELDS": [],
    }


def _lot(number: str, sublot: str, potency, validity) -> dict | None:
    if not number and not sublot:
        return None
    return {"LOTNUMBER": number + sublot, "POTENCYLOT": potency, "VALIDITYDATE": validity}


def invoice_item_view(invoice: Invoice, item: InvoiceItem, lang: str) -> dict:
    r = item.row
    if invoice.outgoing:
        order = None
        if item.order_item is not None and item.order is not None:
            order = order_item_view(item.order_item, item.order, lang)
            order["QUANTITYDELIVERED"] = r.D2_QUANT  # what this invoice delivered, as Protheus answers
        return {
            "DESCRIPTIONPRODUCT": item.description, "DISCOUNTPERCENT": r.D2_DESC, "DISCOUNTVALUE": r.D2_DESCON,
            "EXPENSESVALUE": r.D2_DESPESA, "FREIGHTVALUE": r.D2_VALFRE, "INSURANCEVALUE": r.D2_SEGURO,
            "LOTIDENTIFIER": _lot(r.D2_LOTECTL, r.D2_NUMLOTE, r.D2_POTENCI, r.D2_DTVALID), "MEASUREUNIT": r.D2_UM,
            "PRODUCTCODE": r.D2_COD, "PURCHASEORDER": None, "QUALITYCONTROLDOCUMENT": None, "QUANTITY": r.D2_QUANT,
            "SALESORDER": order, "SEQUENTIALID": r.D2_ITEM, "TAXES": _taxes(docs.item_taxes(invoice, item)),
            "TOTALVALUE": r.D2_TOTAL, "UNITPRICE": r.D2_PRCVEN, "USERFIELDS": [],
        }
    return {
        "DESCRIPTIONPRODUCT": item.description, "DISCOUNTPERCENT": r.D1_DESC, "DISCOUNTVALUE": r.D1_VALDESC,
        "EXPENSESVALUE": r.D1_DESPESA, "FREIGHTVALUE": r.D1_VALFRE, "INSURANCEVALUE": r.D1_SEGURO,
        "LOTIDENTIFIER": _lot(r.D1_LOTECTL, r.D1_NUMLOTE, r.D1_POTENCI, r.D1_DTVALID), "MEASUREUNIT": r.D1_UM,
        "PRODUCTCODE": r.D1_COD, "PURCHASEORDER": None, "QUALITYCONTROLDOCUMENT": r.D1_NUMCQ, "QUANTITY": r.D1_QUANT,
        "SALESORDER": None, "SEQUENTIALID": r.D1_ITEM, "TAXES": _taxes(docs.item_taxes(invoice, item)),
        "TOTALVALUE": r.D1_TOTAL, "UNITPRICE": r.D1_VUNIT, "USERFIELDS": [],
    }


def invoice_view(invoice: Invoice, lang: str) -> dict:
    return {"INVOICEHEADER": invoice_header_view(invoice),
            "INVOICEITEM": [invoice_item_view(invoice, item, lang) for item in invoice.items or []]}


# --- sales statistics ----------------------------------------------------------------------------


def summary_values(summary: Summary, labels: str, currency: int, lang: str) -> list[dict]:
    """The GENERICSTRUCTs of one line of figures: CODE the currency (``02``), DESCRIPTION the
    figure's label of ``labels`` (sales, returns, orders, bonus), VALUE the figure."""
    return [{"CODE": f"{currency:02d}", "DESCRIPTION": messages.text(f"summary_{labels}_{name}", lang), "VALUE": value}
            for name, value in summary.values.items()]


def product_summary_view(summary: Summary, labels: str, currency: int, lang: str) -> dict:
    return {"DESCRIPTION": summary.description, "PRODUCTCODE": summary.product,
            "VALUESUMMARY": summary_values(summary, labels, currency, lang)}
